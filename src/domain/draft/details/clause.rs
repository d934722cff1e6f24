//! One clause of an item worded for the recipient, or why it is left out:
//! the rules of `draft/details.rs` applied to each clause, so that a clause
//! that cannot be said leaves the rest of its item in the draft.

use super::super::Language;
use super::super::kin::{Gender, Kin, pronoun_gender, refers_back};
use super::super::lexicon::CONNECTIVES;
use super::super::second::{it_verb, lead, named_subject, split_tail, to_second_person};
use super::super::tongue::{Tongue, tongue};
use super::{
    LeftOut, People, names_someone_else, object_pronoun, pronoun_after_someone, relative,
    relatives, speaks_of, subjectless, tokens,
};
use crate::domain::text::fold;

/// What the clauses of an item so far have said of whom.
pub(super) struct ClauseState {
    /// Someone else has been spoken of in this moment's details.
    pub(super) someone_else: bool,
    /// Someone else has been spoken of in this item: a later "she" or
    /// "lei" in it may be them.
    pub(super) in_item: bool,
    /// A clause of this item was someone else's: the rest of the item may
    /// go on about them ("Paolo's wife is pregnant, due in March").
    pub(super) other: bool,
    /// The item is surely the recipient's as it starts: named for them, or
    /// they were the only one there and nobody else was spoken of.
    pub(super) sure: bool,
    /// The relatives this item brought in ("his wife"): a later pronoun
    /// none of them can be is the recipient's (`draft::kin`).
    pub(super) kin: Vec<Kin>,
    /// Whose the item's last clause's subject was: the recipient's (said
    /// to them), someone else's or not surely theirs (`Some(false)`), or
    /// no clause yet. A clause with no subject of its own has that one
    /// ("il suo socio l'ha lasciata e quindi cerca clienti": the partner?).
    pub(super) subject: Option<bool>,
    /// Someone not theirs has been spoken of in this moment's details (a
    /// name, another's item, a "she" that is not them): a later unmarked
    /// item may be about them.
    pub(super) stranger: bool,
    /// The item follows one that brought in relatives of theirs (`kin`
    /// holds them): a pronoun or a missing subject opening it may be those
    /// relatives', a subject of its own with their possessive or the
    /// family article ("il marito lavora a Monaco") is theirs.
    pub(super) carried: bool,
    /// The recipient's gender, as the third-person words of a clause said
    /// to them have shown it ("her boss asked her"): a relative whose word
    /// says no gender is not who a later pronoun of theirs is.
    pub(super) gender: Option<Gender>,
}

/// One clause worded for the recipient, or why it is left out; a clause
/// with no subject takes the last clause's: turned when that was the
/// recipient, left out when it was anyone else or unsure.
pub(super) fn clause_for(
    clause: &str,
    people: People<'_>,
    lang: Language,
    st: &mut ClauseState,
) -> Result<String, LeftOut> {
    let bare = subjectless(clause);
    let (before, sure) = (st.subject, st.sure && !st.in_item);
    let result = worded(clause, people, lang, st, bare.then_some(before).flatten());
    // A relative as the subject ("il suo socio l'ha lasciata") is someone
    // else's; a thing ("le piace la vela") leaves them the topic.
    let own = names_subject(clause, people.recipient);
    let relative_subject = !bare && !own && (relative(clause) || acts_on_them(clause));
    if result.is_ok()
        && let Some(g) = pronoun_gender(clause)
    {
        st.gender = Some(g);
    }
    st.subject = Some(match &result {
        Ok(_) => !relative_subject,
        // Left out for its language alone, it still says whose the next
        // clause is.
        // So is a request of theirs ("mi ha chiesto…" was said by them),
        // and my judgement of them ("è arrogante con i junior, ha appena
        // lanciato l'app": the launch is theirs).
        Err(LeftOut::NotInLanguage(_) | LeftOut::Asked(_) | LeftOut::YourNote(_)) if bare => {
            before.unwrap_or(sure)
        }
        Err(LeftOut::NotInLanguage(_) | LeftOut::Asked(_) | LeftOut::YourNote(_)) => {
            !relative_subject && sure
        }
        Err(_) => false,
    });
    result
}

/// Whether someone named before an object pronoun acts on them ("il suo
/// editore l'ha lasciata", "the board fired him"): that someone is the
/// subject. A clitic that opens the clause ("le piace", "le hanno
/// chiesto") leaves the recipient the topic.
fn acts_on_them(clause: &str) -> bool {
    let words = tokens(clause);
    object_pronoun(clause)
        || words
            .windows(2)
            .skip(1)
            .any(|w| matches!(w[0].as_str(), "le" | "gli" | "lo" | "la" | "l") && it_verb(&w[1]))
}

/// Whether a clause opens with the recipient as its subject: their first
/// name or a pronoun, after any joining word ("ma lei non è sicura").
fn names_subject(clause: &str, recipient: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let first = fold(super::super::first_name(recipient));
    words
        .get(lead(&words, CONNECTIVES))
        .map(|w| fold(split_tail(w).0))
        .is_some_and(|w| w == first || matches!(w.as_str(), "she" | "he" | "lei" | "lui"))
}

/// One clause worded for the recipient, or why it is left out;
/// `follows`: it has no subject, and whether the last clause's was theirs.
fn worded(
    clause: &str,
    people: People<'_>,
    lang: Language,
    st: &mut ClauseState,
    follows: Option<bool>,
) -> Result<String, LeftOut> {
    let someone = |st: &mut ClauseState| {
        st.someone_else = true;
        st.stranger = true;
        st.in_item = true;
        st.other = true;
        LeftOut::SomeoneElse(clause.to_string())
    };
    if st.other || names_someone_else(clause, people) {
        return Err(someone(st));
    }
    if super::asked::asks_of_me(clause) {
        // "mi ha chiesto di presentargli un CFO": their request, not news.
        return Err(LeftOut::Asked(clause.to_string()));
    }
    if has_verb(clause)
        && matches!(tongue(clause, lang), Tongue::Same)
        && first_person_word(clause, lang).is_some()
    {
        // "è amica di mia cugina": a verb, so news, but "mia" is the
        // user's: that, not "your own note", is why it stays out.
        return Err(LeftOut::FirstPerson(clause.to_string()));
    }
    if super::mine::my_note(clause) {
        // "weak on research", "always pays": how I see them, not theirs.
        return Err(LeftOut::YourNote(clause.to_string()));
    }
    let third = speaks_of(clause, people.recipient);
    match tongue(clause, lang) {
        Tongue::Same => {}
        // Only what is clearly in the draft's language, never quoted.
        Tongue::Unclear if third => return Err(LeftOut::NotToThem(clause.to_string())),
        Tongue::Other | Tongue::Unclear => {
            return Err(LeftOut::NotInLanguage(clause.to_string()));
        }
    }
    if first_person_word(clause, lang).is_some() {
        // "I am moving to Berlin": their words as they said them, or mine?
        // Either way, sent from me it would read as my own news.
        return Err(LeftOut::FirstPerson(clause.to_string()));
    }
    let sure = match follows {
        Some(true) => true,
        // Someone else's subject before: theirs only if it cannot be that
        // someone's ("i suoi figli vanno…, è stata promossa").
        Some(false) => st.sure && refers_back(clause, &st.kin, st.gender),
        None => {
            st.sure
                && (!st.in_item || refers_back(clause, &st.kin, st.gender))
                && (!st.carried || own_subject(clause) || refers_back(clause, &st.kin, st.gender))
        }
    };
    if let Some(said) = joint(clause, people.recipient, lang) {
        // "she and her wife moved": said whole to them, or left out.
        st.someone_else = true;
        st.in_item = true;
        st.kin.extend(relatives(clause));
        return match said.filter(|_| sure) {
            Some(said) => Ok(said),
            None => Err(LeftOut::Together(clause.to_string())),
        };
    }
    if subjectless(clause) && object_pronoun(clause) {
        // "told her about the job": whose subject is it, mine?
        return Err(LeftOut::NotToThem(clause.to_string()));
    }
    if relative(clause) {
        // "her sister is getting divorced": the sister's news, and a "she"
        // or a verb after it may be the sister's too. Named for the
        // recipient ("anna: her daughter started climbing") it is what
        // they told of their own family: theirs to hear back; so is it
        // when they were the only one there and nobody else was spoken of
        // ("i suoi figli vanno a scuola a Monza").
        st.someone_else = true;
        st.in_item = true;
        if !sure {
            st.other = true;
            st.stranger = true;
            return Err(LeftOut::SomeoneElse(clause.to_string()));
        }
        st.kin.extend(relatives(clause));
    }
    if pronoun_after_someone(clause) {
        // "her husband lost his job": "his" is the husband's.
        return Err(someone(st));
    }
    if !sure && subjectless(clause) {
        // "wants to leave the job", "vuole lasciare il lavoro": whose?
        return Err(LeftOut::SomeoneElse(clause.to_string()));
    }
    let worded = to_second_person(clause, people.recipient, sure, true, lang);
    if !sure && worded != to_second_person(clause, people.recipient, true, true, lang) {
        // "il marito lavora a Monaco" after "sua figlia …": turned it is
        // "tuo marito", unturned it is half-said (whose husband?). A kept
        // clause is said as it is alone, or not at all.
        return Err(if st.someone_else || st.in_item {
            LeftOut::SomeoneElse(clause.to_string())
        } else {
            LeftOut::NotToThem(clause.to_string())
        });
    }
    if speaks_of(&worded, people.recipient) && (st.someone_else || st.in_item) {
        // "she" after "Paolo's wife": not the recipient.
        Err(LeftOut::SomeoneElse(clause.to_string()))
    } else if speaks_of(&worded, people.recipient) {
        Err(LeftOut::NotToThem(clause.to_string()))
    } else {
        Ok(worded)
    }
}

/// Whether a clause says its subject by words of its own and no pronoun
/// could stand for someone spoken of before ("i figli giocano", "il
/// marito lavora", "her son graduated"): not a missing subject, no
/// "she"/"lei", no object "her"/"le ha", no "si" of nobody named.
fn own_subject(clause: &str) -> bool {
    let words = tokens(clause);
    !subjectless(clause)
        && !object_pronoun(clause)
        && !words.iter().any(|w| {
            matches!(
                w.as_str(),
                "she" | "he" | "lei" | "lui" | "they" | "them" | "loro" | "herself" | "himself"
            )
        })
        && !words
            .windows(2)
            .any(|w| matches!(w[0].as_str(), "le" | "gli" | "lo" | "la" | "l") && it_verb(&w[1]))
        && !(0..words.len()).any(|i| words[i] == "si" && !named_subject(&words[..i]))
}

/// The word with which a clause speaks with "I" as its subject or of what
/// is "mine" ("I am moving to Berlin", "my sister"; "io", "ho", "mio",
/// "noi"): in the user's notes that is the user, or their words as they
/// said them, and sent from the user it reads as the user's own news
/// either way. "Me" as the object stays ("mi chiede se conosco…": they
/// asked me). Italian's article "i" is not English's "I", so each
/// language has its own words.
pub(super) fn first_person_word(clause: &str, lang: Language) -> Option<String> {
    const EN: [&str; 8] = [
        "i",
        "my",
        "mine",
        "myself",
        "we",
        "our",
        "ours",
        "ourselves",
    ];
    const IT: [&str; 11] = [
        "io", "ho", "mio", "mia", "miei", "mie", "noi", "nostro", "nostra", "nostri", "nostre",
    ];
    let words: &[&str] = match lang {
        Language::English => &EN,
        Language::Italian => &IT,
    };
    tokens(clause)
        .into_iter()
        .find(|w| words.contains(&w.as_str()))
}

/// The clauses of an item: split on `,`, `/`, " and ", " e ", except
/// where " and "/" e " joins the subject before its verb ("lei e sua
/// moglie si sono trasferite", "she and her wife moved"): split there,
/// "tua moglie si sono trasferite" would say a half of it, and wrongly.
pub(super) fn clauses(item: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in item.split([',', '/']) {
        let (mut start, mut from) = (0, 0);
        while let Some((at, len)) = [" and ", " e "]
            .iter()
            .filter_map(|sep| part[from..].find(sep).map(|i| (from + i, sep.len())))
            .min()
        {
            from = at + len;
            if !has_verb(&part[start..at]) && has_verb(&part[from..]) {
                continue;
            }
            out.push(&part[start..at]);
            start = from;
        }
        out.push(&part[start..]);
    }
    out.into_iter()
        .map(|c| c.trim().trim_end_matches('.').trim())
        .filter(|c| !c.is_empty())
        .collect()
}

/// Whether a text has a verb (`mine::verb`): a clause of its own, not a
/// subject waiting for one.
fn has_verb(text: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(super::mine::verb)
}

/// The recipient and others joined as one subject ("she and her wife
/// moved to Turin", "lei e sua moglie si sono trasferite a Torino"):
/// `None` when the clause's subject is not that, `Some(None)` when it is
/// and cannot surely be said to them, else the clause said to them whole
/// ("you and your wife moved to Turin", "tu e tua moglie vi siete
/// trasferite a Torino"). English's plural verb is already the one of
/// "you"; Italian's is turned by a closed table of auxiliaries, any
/// other left out.
fn joint(clause: &str, recipient: &str, lang: Language) -> Option<Option<String>> {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let verb = words
        .iter()
        .position(|w| w.to_lowercase() == "si" || super::mine::verb(&w.to_lowercase()))?;
    let subject = &words[..verb];
    let first = fold(super::super::first_name(recipient));
    let opens = subject
        .first()
        .map(|w| fold(split_tail(w).0))
        .is_some_and(|w| w == first || matches!(w.as_str(), "she" | "he" | "lei" | "lui"));
    let joined = subject
        .iter()
        .skip(1)
        .any(|w| matches!(fold(w).as_str(), "and" | "e"));
    if !(opens && joined) {
        return None;
    }
    let others = to_second_person(&subject[1..].join(" "), recipient, true, false, lang);
    let rest = &words[verb..];
    let said = match lang {
        Language::English => format!("you {others} {}", rest.join(" ")),
        Language::Italian => {
            let (reflexive, at) = match rest.first() {
                Some(w) if fold(w) == "si" => ("vi ", 1),
                _ => ("", 0),
            };
            let Some((aux, tail)) = rest.get(at).map(|w| split_tail(w)) else {
                return Some(None);
            };
            let Some(ours) = IT_JOINT
                .iter()
                .find(|(theirs, _)| *theirs == aux.to_lowercase())
                .map(|(_, ours)| ours)
            else {
                return Some(None);
            };
            let after = rest[at + 1..].join(" ");
            format!("tu {others} {reflexive}{ours}{tail} {after}")
        }
    };
    let said = said.trim().to_string();
    Some((!speaks_of(&said, recipient)).then_some(said))
}

/// Italian's third person plural auxiliaries and the second person plural
/// they are with "tu e …" as the subject ("sono" → "siete").
const IT_JOINT: &[(&str, &str)] = &[
    ("sono", "siete"),
    ("hanno", "avete"),
    ("stanno", "state"),
    ("erano", "eravate"),
    ("avevano", "avevate"),
    ("saranno", "sarete"),
    ("avranno", "avrete"),
    ("vanno", "andate"),
    ("fanno", "fate"),
];

/// The item without the frame of reported speech around it ("she told me
/// her startup pivoted" is "her startup pivoted"): a draft already says
/// "what you told me", and "what you told me: you told me …" read twice
/// (trial 26z5). Only a frame at the start, and only with something after it.
pub(super) fn unframed(item: &str) -> &str {
    const FRAMES: [&str; 16] = [
        "he told me that ",
        "she told me that ",
        "they told me that ",
        "told me that ",
        "he told me ",
        "she told me ",
        "they told me ",
        "told me ",
        "lui mi ha detto che ",
        "lei mi ha detto che ",
        "mi ha detto che ",
        "lui mi ha raccontato che ",
        "lei mi ha raccontato che ",
        "mi ha raccontato che ",
        "mi ha detto ",
        "mi ha raccontato ",
    ];
    let lower = item.to_lowercase();
    FRAMES
        .iter()
        .find(|f| lower.starts_with(*f) && lower.len() > f.len() && item.is_char_boundary(f.len()))
        .map_or(item, |f| item[f.len()..].trim_start())
}
