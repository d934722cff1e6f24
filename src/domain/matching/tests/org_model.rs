//! Someone at an organisation, against a model of needs and
//! organisations' names on random draws: the name is a proper noun, so
//! a need that names the organisation whole after "at", "in", "da",
//! "presso"... offers them, whatever it asks for ("someone at Satispay",
//! "an intro to their CTO at Klarheit": trial 26y3); a word that stems
//! like the name ("posto", "Poste"), a word of a group ("design" for
//! "Design Studio"), a longer name ("Satispay Labs") or a city the need
//! and the name share ("a Milano", "Comune di Milano") never does (user
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
    "Satispay",
    "Satispay Labs",
    "Università di Pavia",
];

/// What needs ask for, English and Italian.
const HEADS: &[&str] = &[
    "un nuovo lavoro",
    "a new job",
    "un posto",
    "contacts",
    "advice",
    "a designer",
    "a rust developer",
    "someone",
    "a referral",
    "qualcuno",
    "an intro to their CTO",
];

/// Places a need may name, as a qualifier: never an organisation.
const PLACES: &[&str] = &["a Milano", "in Berlin", "a Roma"];

/// The words that put an organisation after a need.
const AT: &[&str] = &[
    "at",
    "in",
    "al",
    "presso",
    "da",
    "di",
    "from",
    "at the",
    "presso la",
];

proptest::proptest! {
    /// Someone whose only field is their organisation is offered iff the
    /// need names that organisation whole; never for a place or a word
    /// like the name.
    #[test]
    fn someone_at_an_organisation_is_offered_only_when_the_need_names_it(
        head in 0..HEADS.len(),
        named in proptest::option::of((0..ORGS.len(), 0..AT.len())),
        place in proptest::option::of(0..PLACES.len()),
        org in 0..ORGS.len(),
        shout in proptest::bool::ANY,
    ) {
        let text = HEADS[head];
        let mut need = text.to_string();
        if let Some((o, at)) = named {
            // Case and accents aside, as for "both at Satispay".
            let name = if shout { ORGS[o].to_uppercase() } else { ORGS[o].to_string() };
            need.push_str(&format!(" {} {name}", AT[at]));
        }
        if let Some(p) = place {
            need.push_str(&format!(" {}", PLACES[p]));
        }
        let asks = p(1, "Bruno", &[&need], &[], &[]);
        let mut at = p(2, "Alessandro", &[], &[], &[]);
        at.org = ORGS[org].into();
        let offered = !who_could_help(&asks, std::slice::from_ref(&at)).is_empty();
        let model = named.is_some_and(|(o, _)| o == org);
        proptest::prop_assert_eq!(offered, model, "{} / at {}", need, ORGS[org]);
    }
}
