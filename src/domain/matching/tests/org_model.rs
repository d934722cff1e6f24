//! Someone at an organisation, against a model of job needs and
//! organisations' names on random draws: the name is a proper noun, so
//! only a need for help, contacts or a job that names the organisation
//! offers them; a word that stems like the name ("posto", "Poste"), a
//! word of a group ("design" for "Design Studio") or a city the need and
//! the name share ("a Milano", "Comune di Milano") never does (user
//! trials).

use super::*;

/// Organisations' names.
const ORGS: &[&str] = &[
    "Poste",
    "Paymo",
    "Comune di Milano",
    "Berlin Labs",
    "Design Studio",
    "Rust Developers",
];

/// Needs: (text, general: help, contacts or a job), English and Italian.
const HEADS: &[(&str, bool)] = &[
    ("un nuovo lavoro", true),
    ("a new job", true),
    ("un posto", true),
    ("contacts", true),
    ("advice", true),
    ("a designer", false),
    ("a rust developer", false),
];

/// Places a need may name, as a qualifier: never an organisation.
const PLACES: &[&str] = &["a Milano", "in Berlin", "a Roma"];

/// The words that put an organisation after a need.
const AT: &[&str] = &["at", "in", "al", "presso"];

proptest::proptest! {
    /// Someone whose only field is their organisation is offered iff the
    /// need asks for help, contacts or a job and names that organisation
    /// whole; never for a place or a word like the name.
    #[test]
    fn someone_at_an_organisation_is_offered_only_when_the_need_names_it(
        head in 0..HEADS.len(),
        named in proptest::option::of((0..ORGS.len(), 0..AT.len())),
        place in proptest::option::of(0..PLACES.len()),
        org in 0..ORGS.len(),
    ) {
        let (text, general) = HEADS[head];
        let mut need = text.to_string();
        if let Some((o, at)) = named {
            need.push_str(&format!(" {} {}", AT[at], ORGS[o]));
        }
        if let Some(p) = place {
            need.push_str(&format!(" {}", PLACES[p]));
        }
        let asks = p(1, "Bruno", &[&need], &[], &[]);
        let mut at = p(2, "Alessandro", &[], &[], &[]);
        at.org = ORGS[org].into();
        let offered = !who_could_help(&asks, std::slice::from_ref(&at)).is_empty();
        let model = general && named.is_some_and(|(o, _)| o == org);
        proptest::prop_assert_eq!(offered, model, "{} / at {}", need, ORGS[org]);
    }
}
