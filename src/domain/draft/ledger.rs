//! What the ledger lets a message say: thanks for what they gave me, and
//! "as promised" for what I said I would send them.
//!
//! Ledger texts and follow-ups are written by me, for me ("30 minutes on my
//! pitch deck", "send Marco the two firmware leads"). A message keeps my
//! first person ("my pitch deck" is still mine), speaks to them ("Marco",
//! "him" are left out, "his slides" becomes "your slides"), and says only
//! what it can say whole: a promise that is not something to send, or a
//! text that still speaks of someone in the third person, is not said.

use super::details::speaks_of;
use super::second::to_second_person;
use super::tongue::{Tongue, tongue};
use super::{Fact, Language};
use crate::domain::Id;
use crate::domain::text::fold;

/// Verbs of sending that open a promise or a follow-up ("send", "share",
/// "manda"), in English and Italian, present and past.
const SEND: &[&str] = &[
    "send",
    "share",
    "forward",
    "email",
    "mail",
    "bring",
    "lend",
    "give",
    "pass",
    "sent",
    "shared",
    "forwarded",
    "emailed",
    "lent",
    "mandare",
    "manda",
    "mando",
    "mandargli",
    "mandarle",
    "inviare",
    "invia",
    "invio",
    "girare",
    "gira",
    "giro",
    "condividere",
    "condividi",
    "passare",
    "passa",
    "prestare",
    "presta",
];

/// Words that stand for the recipient right after a verb of sending.
const THEM: &[&str] = &["him", "her", "them", "gli", "le", "lui", "lei"];

/// Words a thing sent may start with when the promise has no verb ("the
/// pricing article", "i contatti").
const THING_STARTS: &[&str] = &[
    "the", "a", "an", "my", "our", "some", "this", "that", "these", "those", "il", "lo", "la", "i",
    "gli", "le", "un", "uno", "una", "dei", "degli", "delle", "del", "della", "qualche", "mio",
    "mia", "miei", "mie",
];

/// Past forms that do not end in -ed, and the form after "thank you for".
const EN_IRREGULAR: &[(&str, &str)] = &[
    ("sent", "sending"),
    ("lent", "lending"),
    ("gave", "giving"),
    ("made", "making"),
    ("took", "taking"),
    ("found", "finding"),
    ("brought", "bringing"),
    ("told", "telling"),
    ("showed", "showing"),
    ("shown", "showing"),
    ("wrote", "writing"),
    ("put", "putting"),
    ("ran", "running"),
    ("paid", "paying"),
    ("did", "doing"),
    ("got", "getting"),
    ("bought", "buying"),
    ("read", "reading"),
    ("proofread", "proofreading"),
    ("spent", "spending"),
    ("held", "holding"),
    ("met", "meeting"),
    ("taught", "teaching"),
    ("built", "building"),
    ("set", "setting"),
    ("let", "letting"),
    ("gave up", "giving up"),
];

/// What I promised to send them, as the thing a message sends: "send Marco
/// the two firmware leads" → "the two firmware leads". `None` when it is
/// not something to send (a verb of another kind, "ask about the designer",
/// or a bare phrase that is not a thing) or still speaks of someone.
pub fn promised(text: &str, recipient: &str, lang: Language) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let first = words.first().map(|w| fold(w))?;
    let verb = SEND.contains(&first.as_str());
    let mut rest: &[&str] = if verb { &words[1..] } else { &words };
    if !verb
        && !rest
            .first()
            .is_some_and(|w| THING_STARTS.contains(&fold(w).as_str()))
    {
        return None;
    }
    let name: Vec<String> = recipient.split_whitespace().map(fold).collect();
    let is_them = |ws: &[&str]| -> usize {
        // "Marco", "Marco Verdi", "him": how many words name them.
        match ws.first().map(|w| fold(w.trim_end_matches([',', '.']))) {
            Some(w) if THEM.contains(&w.as_str()) => 1,
            Some(w) if name.first() == Some(&w) => {
                let full = ws.len() >= name.len()
                    && ws[..name.len()]
                        .iter()
                        .zip(&name)
                        .all(|(a, b)| fold(a.trim_end_matches([',', '.'])) == *b);
                if full { name.len() } else { 1 }
            }
            _ => 0,
        }
    };
    if verb {
        let n = is_them(rest);
        let n = if n == 0 && rest.first().is_some_and(|w| fold(w) == "a") {
            // "manda a Marco i contatti"
            match is_them(&rest[1..]) {
                0 => 0,
                k => k + 1,
            }
        } else {
            n
        };
        rest = &rest[n..];
    }
    // "… to Marco", "… a Marco", "… for him" at the end.
    if let Some(pos) = rest.iter().rposition(|w| {
        matches!(
            fold(w).as_str(),
            "to" | "a" | "for" | "per" | "with" | "con"
        )
    }) && pos > 0
        && is_them(&rest[pos + 1..]) == rest.len() - pos - 1
        && pos + 1 < rest.len()
    {
        rest = &rest[..pos];
    }
    let object = rest.join(" ");
    let object = object.trim().trim_end_matches('.').trim();
    if object.is_empty() {
        return None;
    }
    let worded = match tongue(text, lang) {
        Tongue::Same => to_second_person(object, recipient, true, false, lang),
        // Only in the draft's language: the journal notes why.
        Tongue::Other | Tongue::Unclear => return None,
    };
    (!speaks_of(&worded, recipient)).then_some(worded)
}

/// What they gave me, as "thank you for …" says it: "reviewed my rates" →
/// "reviewing my rates"; "30 minutes on my pitch deck" as it is. For a
/// request of mine they granted, what they gave is after its ": ". `None`
/// when the text cannot be said to them (in Italian, a text that starts
/// with a verb, whose form this cannot choose).
pub fn thanked_for(text: &str, recipient: &str, lang: Language) -> Option<String> {
    let text = text
        .rsplit_once(": ")
        .map_or(text, |(_, given)| given)
        .trim();
    // What I noted of them after the thing ("…, always pays") is mine.
    let text = super::details::thing_given(text);
    match tongue(text, lang) {
        Tongue::Same => {}
        // Only in the draft's language: the journal notes why.
        Tongue::Other | Tongue::Unclear => return None,
    }
    // Thanks are for the very thing received: "a code review of my
    // parser" is "the code review of my parser" ("una revisione" "la
    // revisione"); an opening the table cannot make definite ("qualche
    // consiglio") is thanked for without naming it.
    let Some(text) = definite(text, lang) else {
        return Some(your_help(lang));
    };
    let text = text.as_str();
    let words: Vec<&str> = text.split_whitespace().collect();
    let first = fold(words.first()?);
    let past = first.ends_with("ed") && !first.ends_with("eed") && first.chars().count() > 4;
    let irregular = EN_IRREGULAR
        .iter()
        .find(|(p, _)| *p == first)
        .map(|(_, ing)| *ing);
    let said = match lang {
        Language::English => {
            let head = if let Some(ing) = irregular {
                ing.to_string()
            } else if past && first.ends_with("ied") {
                format!("{}ying", &first[..first.len() - 3])
            } else if past {
                format!("{}ing", &first[..first.len() - 2])
            } else if super::forms::EN_VERBS.iter().any(|(v, _)| *v == first)
                || super::forms::EN_PAST.contains(&first.as_str())
            {
                return None;
            } else if first.ends_with("ing")
                || THING_STARTS.contains(&first.as_str())
                || words[0].starts_with(char::is_uppercase)
                || matches!(first.as_str(), "your" | "his" | "her" | "their")
            {
                words[0].to_string()
            } else {
                // "intro to Marta", "30 minutes on my deck": the thing
                // they gave.
                format!("the {}", words[0])
            };
            std::iter::once(head.as_str())
                .chain(words[1..].iter().copied())
                .collect::<Vec<_>>()
                .join(" ")
        }
        Language::Italian => {
            let verb = past
                || irregular.is_some()
                || super::forms::EN_PAST.contains(&first.as_str())
                || ["ato", "uto", "ito"].iter().any(|e| first.ends_with(e))
                || matches!(first.as_str(), "ha" | "mi" | "hanno");
            if verb {
                return None;
            }
            // "report sul venture capital" → "il report …".
            if THING_STARTS.contains(&first.as_str()) || first.starts_with("l'") {
                text.to_string()
            } else {
                format!("{}{text}", super::words::it_article(text))
            }
        }
    };
    let worded = to_second_person(&said, recipient, true, false, lang);
    (!speaks_of(&worded, recipient)).then_some(worded)
}

/// Their help, named by its day when that is not the moment's: "Thank
/// you for your help last Wednesday", never read as thanks for the evening
/// the draft opens with.
pub fn your_help_on(lang: Language, date: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
    format!(
        "{} {}",
        your_help(lang),
        lang.of_day(&lang.when(date, today))
    )
}

/// What they gave, thanked for without naming it ("Thank you for your
/// help."): what they gave is still owed thanks when its words cannot be
/// said to them, so the draft never drops the thanks, only the specifics.
pub fn your_help(lang: Language) -> String {
    match lang {
        Language::English => "your help",
        Language::Italian => "il tuo aiuto",
    }
    .to_string()
}

/// English openings that say "some of a kind", and all say "the" for the
/// thing itself ("a few tips" → "the tips"), longest first.
const EN_INDEFINITE: &[&str] = &[
    "a couple of ",
    "a number of ",
    "a lot of ",
    "a bit of ",
    "lots of ",
    "a little ",
    "a few ",
    "some ",
    "an ",
    "a ",
];

/// Italian indefinite and partitive articles and the definite one each
/// becomes, by the gender and number it already says: "un" is "il" (or
/// "l'" before a vowel), "una" "la", "dei" "i"… `None` for a masculine
/// plural, whose "i"/"gli" the next word decides.
const IT_INDEFINITE: &[(&str, Option<&str>)] = &[
    ("un ", Some("il ")),
    ("uno ", Some("lo ")),
    ("una ", Some("la ")),
    ("del ", Some("il ")),
    ("dello ", Some("lo ")),
    ("della ", Some("la ")),
    ("delle ", Some("le ")),
    ("alcune ", Some("le ")),
    ("dei ", Some("i ")),
    ("degli ", Some("gli ")),
    ("alcuni ", None),
];

/// Italian openings whose definite form needs more than an article
/// ("qualche consiglio" is "i consigli"): a thanks does not name the thing.
const IT_UNSURE: &[&str] = &[
    "qualche ",
    "un po' ",
    "un po’ ",
    "parecchi",
    "diversi ",
    "diverse ",
];

/// `text` with an indefinite opening made definite, as thanks for the
/// thing received say it; `None` when the closed tables cannot say which
/// definite article it takes.
fn definite(text: &str, lang: Language) -> Option<String> {
    let lower = text.to_lowercase();
    match lang {
        Language::English => Some(
            match EN_INDEFINITE.iter().find(|a| lower.starts_with(**a)) {
                Some(a) => format!("the {}", &text[a.len()..]),
                None => text.to_string(),
            },
        ),
        Language::Italian => {
            if IT_UNSURE.iter().any(|a| lower.starts_with(a)) {
                return None;
            }
            for elided in ["un'", "un’", "dell'", "dell’"] {
                if lower.starts_with(elided) {
                    return Some(format!("l'{}", &text[elided.len()..]));
                }
            }
            let Some((a, the)) = IT_INDEFINITE.iter().find(|(a, _)| lower.starts_with(a)) else {
                return Some(text.to_string());
            };
            let rest = &text[a.len()..];
            let vowel = fold(rest).starts_with(['a', 'e', 'i', 'o', 'u', 'h']);
            let the = match the {
                Some("il " | "lo ") if vowel => "l'",
                Some("la ") if vowel => "l'",
                Some(the) => the,
                // "gli" where the singular takes "lo" or "l'".
                None if vowel || super::words::it_article(rest) == "lo " => "gli ",
                None => "i ",
            };
            Some(format!("{the}{rest}"))
        }
    }
}

/// What a draft says as promised, from my open promises to them (by id),
/// and a note for each it leaves out, with the true reason. A promise
/// whose words another promise says already ("i due contatti firmware",
/// said by "manda a Marco i due contatti firmware") is that same thing:
/// it is kept with it, never noted as left out of a draft that says it.
pub(crate) fn promises(
    list: &[(Id, &str)],
    recipient: &str,
    lang: Language,
) -> (Vec<Fact<String>>, Vec<String>) {
    let mut said = Vec::new();
    let mut unsaid = Vec::new();
    for &(id, text) in list {
        match promised(text, recipient, lang) {
            Some(what) => said.push(Fact { what, from: id }),
            None => unsaid.push((id, text)),
        }
    }
    let mut notes = Vec::new();
    for (id, text) in unsaid {
        let words = fold(text.trim().trim_end_matches('.'));
        if let Some(same) = said
            .iter()
            .find(|f| !words.is_empty() && fold(&f.what).contains(&words))
        {
            let what = same.what.clone();
            said.push(Fact { what, from: id });
        } else if let Some(why) = super::not_in_language(text, lang) {
            notes.push(format!("left out \"{text}\" ({id}): {why}"));
        } else {
            notes.push(format!(
                "left out \"{text}\" ({id}): only something to send can be said as promised; write it in yourself"
            ));
        }
    }
    (said, notes)
}
