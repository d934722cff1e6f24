//! "If I can't help, who do I know who can?": ranking people whose offers,
//! interests, tags or organisation answer someone's needs.
//!
//! Needs and offers are short phrases ("a designer for the new app", "UX
//! reviews"), so they are compared word by word after folding, ignoring small
//! words, with a word matching its longer forms ("design" ~ "designer").
//! Every point of a score comes with the reason shown to the user.

use serde::Serialize;

use super::Id;
use super::text::fold;

/// What matching needs to know about a person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    pub id: Id,
    pub name: String,
    pub needs: Vec<String>,
    pub offers: Vec<String>,
    pub interests: Vec<String>,
    pub tags: Vec<String>,
    pub org: String,
    pub role: String,
    /// What I wrote about them: may say what they do.
    pub notes: String,
}

/// One candidate, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Match {
    pub contact: Id,
    pub name: String,
    pub score: u32,
    pub reasons: Vec<String>,
}

/// How many candidates a ranking lists.
pub const TOP: usize = 10;

const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "for", "of", "to", "and", "or", "in", "on", "at", "with", "by", "from", "my",
    "his", "her", "their", "our", "your", "new", "some", "any", "who", "can", "un", "una", "il",
    "la", "lo", "le", "gli", "di", "da", "per", "con", "e",
];

/// Words too general to make a match on their own ("pricing advice" does
/// not answer "career advice").
const GENERIC_WORDS: &[&str] = &[
    "advice",
    "help",
    "feedback",
    "contacts",
    "contact",
    "introductions",
    "introduction",
    "intro",
    "support",
    "tips",
    "insights",
    "ideas",
    "people",
    "work",
    "job",
    "consigli",
    "aiuto",
];

fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2 && !SMALL_WORDS.contains(w))
        .map(str::to_string)
        .collect()
}

/// What a record must hold, in ASCII lower case, to answer `need` word by
/// word: the first four letters of each specific word (a match allows a
/// word to extend another, "design" ~ "designer"). Empty when the need is
/// not plain ASCII or nothing in it is specific: then every record must be
/// read. A record that spells the word with an accent in its first letters
/// ("café" for "cafe") is passed over: this only narrows a suggestion (the
/// draft's "who could help"); `match` reads everyone.
pub fn stems(need: &str) -> Vec<String> {
    let specific: Vec<String> = words(need)
        .into_iter()
        .filter(|w| !GENERIC_WORDS.contains(&w.as_str()))
        .collect();
    if specific.is_empty() || !need.is_ascii() {
        return Vec::new();
    }
    specific
        .into_iter()
        .map(|w| w.chars().take(4).collect())
        .collect()
}

/// Whether two words are the same word, allowing one to extend the other
/// ("design" and "designer", "invest" and "investors").
fn same_word(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long || (short.chars().count() >= 4 && long.starts_with(short))
}

/// Words two phrases share, when at least one of them is specific.
fn overlap(a: &str, b: &str) -> Vec<String> {
    let wb = words(b);
    let mut shared: Vec<String> = Vec::new();
    for w in words(a) {
        if wb.iter().any(|x| same_word(&w, x)) && !shared.contains(&w) {
            shared.push(w);
        }
    }
    if shared.iter().all(|w| GENERIC_WORDS.contains(&w.as_str())) {
        shared.clear();
    }
    shared
}

/// How two people already know each other, as far as the journal knows:
/// an introduction is never offered between them (by `match` or a draft).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Acquaintance {
    /// Both at this organisation.
    SameOrg(String),
    /// Related with `relate`.
    Related,
    /// An introduction on record joined them.
    Introduced,
    /// They were at a meeting, call or event together.
    MetTogether,
}

impl Acquaintance {
    /// How they know each other, said after a name: "Carla Neri (#2):
    /// both at Paymo".
    pub fn why(&self) -> String {
        match self {
            Acquaintance::SameOrg(org) => format!("both at {org}"),
            Acquaintance::Related => "related in your journal".into(),
            Acquaintance::Introduced => "introduced by you".into(),
            Acquaintance::MetTogether => "met together with you".into(),
        }
    }
}

/// Whether two people work at the same organisation: folded, and never
/// for an empty one (nobody knows everyone without an organisation).
pub fn same_org(a: &str, b: &str) -> bool {
    let a = fold(a.trim());
    !a.is_empty() && a == fold(b.trim())
}

fn folded_eq(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// The people among `others` who could help `person`, best first.
pub fn who_could_help(person: &Profile, others: &[Profile]) -> Vec<Match> {
    rank(person, others, |candidate| {
        score(&person.needs, candidate, person)
    })
}

/// The people among `others` whose interests or tags alone come close to
/// `person`'s needs: an interest is not a skill, so they are not offered,
/// only said to be left out ("into rust, close to \"a Rust developer\"").
pub fn interest_only(person: &Profile, others: &[Profile]) -> Vec<Match> {
    rank(person, others, |candidate| {
        if skill(&person.needs, candidate).0 > 0 {
            return (0, Vec::new());
        }
        affinity(&person.needs, candidate)
    })
}

/// The people among `others` whom `person` could help, best first.
pub fn whom_could_they_help(person: &Profile, others: &[Profile]) -> Vec<Match> {
    rank(person, others, |candidate| {
        score(&candidate.needs, person, candidate)
    })
}

/// The people among `others` who share a passion with `person`, however
/// their needs and offers stand: people to introduce to each other, each
/// with the interests they share as the reason. Those sharing more come
/// first.
pub fn kindred(person: &Profile, others: &[Profile]) -> Vec<Match> {
    rank(person, others, |candidate| {
        let shared: Vec<&str> = candidate
            .interests
            .iter()
            .filter(|i| person.interests.iter().any(|j| folded_eq(i, j)))
            .map(String::as_str)
            .collect();
        if shared.is_empty() {
            return (0, Vec::new());
        }
        let points = 2 * u32::try_from(shared.len()).unwrap_or(1);
        (points, vec![format!("both into {}", shared.join(", "))])
    })
}

fn rank(
    person: &Profile,
    others: &[Profile],
    score: impl Fn(&Profile) -> (u32, Vec<String>),
) -> Vec<Match> {
    let mut out: Vec<Match> = others
        .iter()
        .filter(|o| o.id != person.id)
        .filter_map(|o| {
            let (points, reasons) = score(o);
            (points > 0 && !reasons.is_empty()).then(|| Match {
                contact: o.id,
                name: o.name.clone(),
                score: points,
                reasons,
            })
        })
        .collect();
    out.sort_by(|a, b| b.score.cmp(&a.score).then(a.name.cmp(&b.name)));
    out.truncate(TOP);
    out
}

/// How well `helper` answers `needs` of `needy`. Only what they do
/// answers a need: their offers, role, organisation or notes. Interests
/// and tags, and interests shared with `needy`, only add to a candidate
/// who answers one: an interest is not a skill.
fn score(needs: &[String], helper: &Profile, needy: &Profile) -> (u32, Vec<String>) {
    let (mut points, mut reasons) = skill(needs, helper);
    if points == 0 {
        return (0, Vec::new());
    }
    let (more, why) = affinity(needs, helper);
    points += more;
    reasons.extend(why);
    let shared: Vec<&String> = helper
        .interests
        .iter()
        .filter(|i| needy.interests.iter().any(|j| folded_eq(i, j)))
        .collect();
    if !shared.is_empty() {
        points += 2 * u32::try_from(shared.len()).unwrap_or(1);
        let names: Vec<&str> = shared.iter().map(|s| s.as_str()).collect();
        reasons.push(format!("both into {}", names.join(", ")));
    }
    (points, reasons)
}

/// What `helper` does that answers `needs`: offers, role, organisation,
/// notes.
fn skill(needs: &[String], helper: &Profile) -> (u32, Vec<String>) {
    let mut points = 0;
    let mut reasons = Vec::new();
    for need in needs {
        for offer in &helper.offers {
            let shared = overlap(need, offer);
            if !shared.is_empty() {
                points += 10 * u32::try_from(shared.len()).unwrap_or(1);
                reasons.push(format!("offers \"{offer}\" for \"{need}\""));
            }
        }
        if !helper.role.is_empty() && !overlap(need, &helper.role).is_empty() {
            points += 5;
            reasons.push(format!("works as {}, close to \"{need}\"", helper.role));
        }
        if !helper.org.is_empty() && !overlap(need, &helper.org).is_empty() {
            points += 5;
            reasons.push(format!("at {}, close to \"{need}\"", helper.org));
        }
        if !overlap(need, &helper.notes).is_empty() {
            points += 3;
            reasons.push(format!("your notes on them are close to \"{need}\""));
        }
    }
    (points, reasons)
}

/// What `helper` is into or tagged with that comes close to `needs`.
fn affinity(needs: &[String], helper: &Profile) -> (u32, Vec<String>) {
    let mut points = 0;
    let mut reasons = Vec::new();
    for need in needs {
        for interest in &helper.interests {
            if !overlap(need, interest).is_empty() {
                points += 4;
                reasons.push(format!("into {interest}, close to \"{need}\""));
            }
        }
        for tag in &helper.tags {
            if !overlap(need, tag).is_empty() {
                points += 3;
                reasons.push(format!("tagged {tag}, close to \"{need}\""));
            }
        }
    }
    (points, reasons)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_who_share_only_a_passion_are_proposed_to_meet() {
        let beatrice = p(1, "Beatrice", &["a new job"], &[], &["Photography", "Jazz"]);
        let elisabetta = p(2, "Elisabetta", &[], &[], &["photography"]);
        let both = p(3, "Carla", &[], &[], &["jazz", "PHOTOGRAPHY"]);
        let nobody = p(4, "Dario", &[], &["tax returns"], &["chess"]);
        let others = [elisabetta.clone(), both, nobody];
        assert!(who_could_help(&beatrice, &others).is_empty());
        let kin = kindred(&beatrice, &others);
        let names: Vec<&str> = kin.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Carla", "Elisabetta"], "more shared first");
        assert_eq!(kin[1].reasons, ["both into photography"]);
        assert_eq!(kin[0].reasons, ["both into jazz, PHOTOGRAPHY"]);
    }

    #[test]
    fn colleagues_know_each_other_but_no_organisation_is_nobody() {
        for (a, b, same) in [
            ("Paymo", " paymo", true),
            ("Caffè Nero", "CAFFE NERO", true),
            ("", "", false),
            ("  ", "", false),
            ("Paymo", "Paymo Labs", false),
        ] {
            assert_eq!(same_org(a, b), same, "{a:?} / {b:?}");
        }
        assert_eq!(Acquaintance::SameOrg("Paymo".into()).why(), "both at Paymo");
    }

    #[test]
    fn stems_are_what_a_matching_record_must_hold() {
        assert_eq!(stems("a designer for the new app"), ["desi", "app"]);
        assert_eq!(stems("career advice"), ["care"]);
        assert!(
            stems("advice").is_empty(),
            "nothing specific: read everyone"
        );
        assert!(stems("un caffè").is_empty(), "folding: read everyone");
        // Every word that matches a need word holds its stem.
        for (need, offer) in [
            ("designer", "design"),
            ("design", "designers"),
            ("UX", "ux reviews"),
        ] {
            let holds = stems(need)
                .iter()
                .any(|s| offer.to_ascii_lowercase().contains(s.as_str()));
            assert!(holds, "{need} / {offer}");
        }
    }

    fn p(id: u64, name: &str, needs: &[&str], offers: &[&str], interests: &[&str]) -> Profile {
        let v = |x: &[&str]| x.iter().map(|s| (*s).to_string()).collect();
        Profile {
            id: Id(id),
            name: name.into(),
            needs: v(needs),
            offers: v(offers),
            interests: v(interests),
            ..Profile::default()
        }
    }

    #[test]
    fn offers_answer_needs_with_reasons() {
        let anna = p(
            1,
            "Anna",
            &["a designer for the new app"],
            &["pricing advice"],
            &["Climbing"],
        );
        let others = [
            p(
                2,
                "Giulia",
                &[],
                &["UX reviews", "app design"],
                &["Climbing"],
            ),
            p(3, "Marco", &[], &["Rust mentoring"], &["Climbing"]),
            p(4, "Sara", &["pricing help"], &[], &["Design"]),
        ];
        let ranked = who_could_help(&anna, &others);
        let names: Vec<&str> = ranked.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            ["Giulia"],
            "Marco shares an interest but answers no need; Sara is into design, which is not a skill"
        );
        assert!(
            ranked[0]
                .reasons
                .contains(&"offers \"app design\" for \"a designer for the new app\"".to_string())
        );
        assert!(
            ranked[0]
                .reasons
                .contains(&"both into Climbing".to_string())
        );
        assert_eq!(
            interest_only(&anna, &others)[0].reasons,
            ["into Design, close to \"a designer for the new app\""]
        );

        let helped = whom_could_they_help(&anna, &others);
        assert_eq!(helped.len(), 1);
        assert_eq!(helped[0].name, "Sara");
        assert_eq!(
            helped[0].reasons,
            ["offers \"pricing advice\" for \"pricing help\""]
        );
    }

    #[test]
    fn small_words_and_short_prefixes_do_not_match() {
        assert!(
            overlap("a job in a product team", "the product roadmap")
                .contains(&"product".to_string())
        );
        assert!(overlap("a job", "jo").is_empty());
        assert!(overlap("for the", "for the").is_empty());
        assert!(same_word("invest", "investors"));
        assert!(
            overlap("career advice", "pricing advice").is_empty(),
            "generic words alone"
        );
        let mut giulia = p(2, "Giulia", &[], &[], &[]);
        giulia.role = "Designer".into();
        let anna = p(1, "Anna", &["a designer for the app"], &[], &[]);
        assert_eq!(
            who_could_help(&anna, &[giulia])[0].reasons,
            ["works as Designer, close to \"a designer for the app\""]
        );
        assert!(!same_word("art", "artificial"));
    }
}
