//! "If I can't help, who do I know who can?": ranking people whose offers,
//! interests, tags or organisation answer someone's needs.
//!
//! Needs and offers are short phrases ("a designer for the new app", "UX
//! reviews"). What someone does (an offer, their role, notes) answers a
//! need only when it names every essential word of it ([`answers`]);
//! naming only some ("workshop" for "a venue for a workshop") is only said,
//! never offered. A need that names where someone works ("someone at
//! Satispay", [`org::names_org`]) is answered by them. Interests and tags
//! are compared word by word; every point of a score comes with the
//! reason shown to the user.

mod acquaintance;
mod answer;
mod head;
mod needs;
mod org;
mod role;
mod said;

pub use acquaintance::{Acquaintance, same_org};

pub(crate) use answer::{Answer, answers, names_head};
pub(crate) use head::touches;
pub(crate) use needs::{Needs, needs, sought};
use serde::Serialize;

use super::Id;
use super::text::fold;
use said::Said;

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
    /// Their open requests of me, each by the need it seeks
    /// ([`needs()`]): what an introduction for that need answers.
    pub requests: Vec<(String, Id)>,
}

/// One candidate, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Match {
    pub contact: Id,
    pub name: String,
    pub score: u32,
    pub reasons: Vec<String>,
    /// The needs this introduction is for, in the words they were
    /// written: what `H`'s form pre-fills as why, never the English
    /// reason (trial p7). Empty for a shared passion or a near miss.
    #[serde(skip)]
    pub needs: Vec<String>,
    /// The open request of the one in need that these needs came from:
    /// what `H`'s form records the introduction as answering, so one
    /// favour is counted once (trials 26y, 26z).
    #[serde(skip)]
    pub request: Option<Id>,
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

/// What a record must hold, in ASCII lower case, to answer `need`, or to
/// be said to come close to it: the first four letters of each of its
/// essential words in any of their forms, its head's first ("deve",
/// "svil", "rust"). Empty when the need is not plain ASCII or has no
/// head: then every record must be read. A record that spells the word
/// with an accent in its first letters ("café" for "cafe") is passed
/// over: this only narrows a suggestion (the draft's "who could help");
/// `match` reads everyone.
pub fn stems(need: &str) -> Vec<String> {
    let Some(h) = head::head(need).filter(|_| need.is_ascii()) else {
        return Vec::new();
    };
    let mut forms = head::forms(&h);
    for w in head::essential(need) {
        forms.extend(head::forms(&w));
    }
    let mut out: Vec<String> = Vec::new();
    for f in forms {
        let stem: String = f.chars().take(4).collect();
        if !out.contains(&stem) {
            out.push(stem);
        }
    }
    out
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

fn folded_eq(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// The people among `others` who could help `person`, best first.
pub fn who_could_help(person: &Profile, others: &[Profile]) -> Vec<Match> {
    let mut out = rank(person, others, |candidate| {
        score(&person.needs, candidate, person, &Said::ByHelper)
    });
    for m in &mut out {
        if let Some(helper) = others.iter().find(|o| o.id == m.contact) {
            m.needs = answered(&person.needs, helper);
            request_first(person, m);
        }
    }
    out
}

/// The needs among `needs` that `helper` answers by a skill ([`skill`]),
/// as they were written.
fn answered(needs: &[String], helper: &Profile) -> Vec<String> {
    needs
        .iter()
        .filter(|n| skill(std::slice::from_ref(*n), helper, &Said::ByHelper).0 > 0)
        .cloned()
        .collect()
}

/// The first of `m`'s needs that came from an open request of `needy`,
/// or that such a request names (a need "a CTO" and the request "find a
/// CTO for his side project": trial 26w2), put first, and that request:
/// the need the introduction is for, and the request it closes (its form
/// pre-fills both).
fn request_first(needy: &Profile, m: &mut Match) {
    let Some((at, id)) = m.needs.iter().enumerate().find_map(|(at, n)| {
        let (_, id) = needy
            .requests
            .iter()
            .find(|(r, _)| r == n || matches!(answers(n, r), Answer::Yes(_)))?;
        Some((at, *id))
    }) else {
        return;
    };
    let need = m.needs.remove(at);
    m.needs.insert(0, need);
    m.request = Some(id);
}

/// The people among `others` who share only lesser words with `person`'s
/// needs, or name another market: not offered, only said, with why
/// ("offers "workshop facilitation", not "a venue for a workshop": only
/// "workshop" in common").
pub fn near_misses(person: &Profile, others: &[Profile]) -> Vec<Match> {
    rank(person, others, |candidate| {
        let (points, _, misses) = skill(&person.needs, candidate, &Said::ByHelper);
        let n = u32::try_from(misses.len()).unwrap_or(1);
        if points > 0 {
            (0, Vec::new())
        } else {
            (n, misses)
        }
    })
}

/// The people among `others` whose interests or tags alone come close to
/// `person`'s needs: an interest is not a skill, so they are not offered,
/// only said to be left out ("into rust, close to \"a Rust developer\"").
pub fn interest_only(person: &Profile, others: &[Profile]) -> Vec<Match> {
    rank(person, others, |candidate| {
        if skill(&person.needs, candidate, &Said::ByHelper).0 > 0 {
            return (0, Vec::new());
        }
        affinity(&person.needs, candidate)
    })
}

/// The people among `others` whom `person` could help, best first. Each
/// line is about them, so it says what they need and what `person`
/// offers ("needs "a CFO"; Aisha works as CFO").
pub fn whom_could_they_help(person: &Profile, others: &[Profile]) -> Vec<Match> {
    let said = Said::ByNeedy(super::draft::first_name(&person.name).to_string());
    let mut out = rank(person, others, |candidate| {
        score(&candidate.needs, person, candidate, &said)
    });
    for m in &mut out {
        if let Some(needy) = others.iter().find(|o| o.id == m.contact) {
            m.needs = answered(&needy.needs, person);
            request_first(needy, m);
        }
    }
    out
}

/// The people among `others` who share a passion with `person`, however
/// their needs and offers stand: people to introduce to each other, each
/// with the interests they share as the reason. Those sharing more come
/// first.
pub fn kindred(person: &Profile, others: &[Profile]) -> Vec<Match> {
    rank(person, others, |candidate| {
        let shared = shared_interests(person, candidate);
        if shared.is_empty() {
            return (0, Vec::new());
        }
        let points = 2 * u32::try_from(shared.len()).unwrap_or(1);
        (points, vec![format!("both into {}", shared.join(", "))])
    })
}

/// The interests `a` and `b` share, as `b` names them: one rule for
/// "both into" wherever it is said.
fn shared_interests<'a>(a: &Profile, b: &'a Profile) -> Vec<&'a str> {
    b.interests
        .iter()
        .filter(|i| a.interests.iter().any(|j| folded_eq(i, j)))
        .map(String::as_str)
        .collect()
}

/// Everyone who scores, best first (all of them: a list shown short says
/// how many more there are).
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
                needs: Vec::new(),
                request: None,
            })
        })
        .collect();
    out.sort_by(|a, b| b.score.cmp(&a.score).then(a.name.cmp(&b.name)));
    out
}

/// How well `helper` answers `needs` of `needy`. Only what they do
/// answers a need: their offers, role, organisation or notes. Interests
/// and tags, and interests shared with `needy`, only add to a candidate
/// who answers one: an interest is not a skill.
fn score(needs: &[String], helper: &Profile, needy: &Profile, said: &Said) -> (u32, Vec<String>) {
    let (mut points, mut reasons, _) = skill(needs, helper, said);
    if points == 0 {
        return (0, Vec::new());
    }
    let (more, why) = affinity(needs, helper);
    points += more;
    reasons.extend(why);
    let shared = shared_interests(needy, helper);
    if !shared.is_empty() {
        points += 2 * u32::try_from(shared.len()).unwrap_or(1);
        reasons.push(format!("both into {}", shared.join(", ")));
    }
    (points, reasons)
}

/// What `helper` does that answers `needs` (offers, role, organisation,
/// notes: [`answers`]), with the reasons, and the offers and role that
/// only come close, with why not.
fn skill(needs: &[String], helper: &Profile, said: &Said) -> (u32, Vec<String>, Vec<String>) {
    let mut points = 0;
    let (mut reasons, mut misses) = (Vec::new(), Vec::new());
    for need in needs {
        let mut found = Vec::new();
        for offer in &helper.offers {
            match answers(need, offer) {
                Answer::Yes(n) => {
                    points += 10 * n;
                    let does = format!("offers \"{offer}\"");
                    found.push((format!("{does} for \"{need}\""), does));
                }
                Answer::Miss(why) => {
                    misses.push(format!("offers \"{offer}\", not \"{need}\": {why}"))
                }
                Answer::No => {}
            }
        }
        if !helper.role.is_empty() {
            match answers(need, &helper.role) {
                Answer::Yes(_) => {
                    points += 5;
                    let does = role::works(&helper.role);
                    found.push((format!("{does}, for \"{need}\""), does));
                }
                Answer::Miss(why) => misses.push(format!(
                    "{}, not \"{need}\": {why}",
                    role::works(&helper.role)
                )),
                Answer::No => {}
            }
        }
        if org::names_org(need, &helper.org) {
            points += 5;
            let does = format!("works at {}", helper.org.trim());
            found.push((format!("{does}, for \"{need}\""), does));
        }
        if matches!(answers(need, &helper.notes), Answer::Yes(_)) {
            points += 3;
            let mine = format!("your notes on them are close to \"{need}\"");
            found.push((mine, "fits it, by your notes".to_string()));
        }
        reasons.extend(said.once(need, found));
    }
    (points, reasons, misses)
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
