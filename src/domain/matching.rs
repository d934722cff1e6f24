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
mod tests;
