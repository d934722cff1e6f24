//! Notes turned to the second person: what a draft says to someone of what
//! was written about them ("Giulia is booked until March" → "you are
//! booked until March"), with the word forms of `draft::forms`. Only what
//! is surely theirs is turned; the caller leaves out what still speaks of
//! someone in the third person.

use super::Language;
use super::forms::{
    EN_AFTER_OBJECT, EN_DOING, EN_PAST, EN_VERBS, IT_MORE_VERBS, IT_PLURAL_VERBS, IT_POSSESSIVES,
    IT_TO_THEM_VERBS, IT_VERBS,
};
use super::lexicon::{ADVERBS, CONNECTIVES, OBJECTS};
use crate::domain::text::fold;

/// A word split from the punctuation that follows it ("March," →
/// "March", ",").
pub(super) fn split_tail(word: &str) -> (&str, &str) {
    let end = word
        .char_indices()
        .rev()
        .take_while(|(_, c)| matches!(c, ',' | '.' | '!' | '?' | ')' | ':'))
        .last()
        .map_or(word.len(), |(i, _)| i);
    (&word[..end], &word[end..])
}

/// A word's form in a table, compared in lower case (not folded: "è" is
/// not "e").
pub(super) fn lookup<'a>(table: &'a [(&str, &str)], word: &str) -> Option<&'a str> {
    let w = word.to_lowercase();
    table
        .iter()
        .find(|(third, _)| *third == w)
        .map(|(_, second)| *second)
}

/// The item turned to the second person, as far as that is sure. A note
/// may leave its subject out ("booked until March"): with `subject`, a
/// first word that is a verb gets "you" (a note's item); without, the text
/// is a phrase that follows other words ("thank you for …").
pub(super) fn to_second_person(
    item: &str,
    recipient: &str,
    sure: bool,
    subject: bool,
    lang: Language,
) -> String {
    let name_words: Vec<String> = recipient.split_whitespace().map(fold).collect();
    let first = name_words.first().cloned().unwrap_or_default();
    // The whole name said once is the first name ("Anna Rossi is" → "Anna is").
    let raw: Vec<&str> = item.split_whitespace().collect();
    let mut words: Vec<String> = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let n = name_words.len();
        if n > 1
            && i + n <= raw.len()
            && (0..n).all(|k| fold(split_tail(raw[i + k]).0) == name_words[k])
        {
            let tail = split_tail(raw[i + n - 1]).1;
            words.push(format!("{}{tail}", super::first_name(recipient)));
            i += n;
        } else {
            words.push(raw[i].to_string());
            i += 1;
        }
    }
    let mut out: Vec<String> = Vec::new();
    // The clause is said of them as its subject or object: an infinitive
    // of theirs in it is turned too ("di candidarsi" → "di candidarti").
    let mut theirs = false;
    let mut i = 0;
    while i < words.len() {
        let (core, tail) = split_tail(&words[i]);
        let folded = fold(core);
        let next = words.get(i + 1).map(|w| split_tail(w).0.to_string());
        let subject =
            folded == first || (sure && matches!(folded.as_str(), "she" | "he" | "lei" | "lui"));
        let possessive_name = folded == format!("{first}'s") || folded == format!("{first}’s");
        // Notes may be in either language whatever the draft's: both sets
        // of forms are turned.
        if possessive_name || (sure && folded == "his") {
            out.push(format!("your{tail}"));
        } else if sure && (folded == "she's" || folded == "he's") {
            out.push(format!("you're{tail}"));
        } else if sure
            && (folded == "him" || (folded == "her" && object_her(tail, next.as_deref())))
        {
            out.push(format!("you{tail}"));
        } else if sure && folded == "her" {
            out.push(format!("your{tail}"));
        } else if sure && folded == "hers" {
            out.push(format!("yours{tail}"));
        } else if sure && (folded == "herself" || folded == "himself") {
            out.push(format!("yourself{tail}"));
        } else if sure
            && matches!(folded.as_str(), "le" | "gli")
            && next
                .as_deref()
                .is_some_and(|n| IT_TO_THEM_VERBS.contains(&fold(n).as_str()))
        {
            // "le piace la vela" → "ti piace la vela".
            out.push(format!("ti{tail}"));
        } else if sure
            && (!out.is_empty() || next.as_deref().is_some_and(it_plural))
            && let Some(rest) = object_clitic(&words[i], next.as_deref())
        {
            // A plural verb after it ("le hanno chiesto") has its own
            // subject, "they": the clitic is them, even opening the clause.
            // "il suo editore l'ha lasciata" → "… ti ha lasciata", "gli ha
            // detto" → "ti ha detto": them as the object of someone named
            // before; the verb stays that someone's. A clause that opens
            // with the clitic says nobody's subject and keeps it (left out).
            out.push(format!("ti{rest}"));
            theirs = true;
        } else if sure
            && folded == "si"
            && !named_subject(&words[..i])
            && let Some(v) = next.as_deref().and_then(|n| lookup(IT_VERBS, n))
        {
            // "si trasferisce" → "ti trasferisci": their own reflexive.
            let ntail = split_tail(&words[i + 1]).1;
            out.push("ti".into());
            theirs = true;
            out.push(format!("{v}{ntail}"));
            i += 2;
            continue;
        } else if let Some(p) = lookup(IT_POSSESSIVES, core).filter(|_| sure) {
            out.push(format!("{p}{tail}"));
        } else if subject
            && tail.is_empty()
            && lang == Language::Italian
            && next.as_deref().is_some_and(|n| fold(n) == "si")
        {
            // "Giulia si trasferisce" → "ti trasferisci": the reflexive
            // says the subject.
        } else if subject && tail.is_empty() && next.is_some() {
            // "she just moved": adverbs stay between "you" and the verb.
            let adverbs = words[i + 1..]
                .iter()
                .take_while(|w| {
                    let (c, t) = split_tail(w);
                    t.is_empty() && ADVERBS.contains(&fold(c).as_str())
                })
                .count();
            if adverbs > 0
                && let Some(verb) = words.get(i + 1 + adverbs)
            {
                let (n, ntail) = split_tail(verb);
                if let Some(v) = lookup(IT_VERBS, n) {
                    // "lei non è sicura" → "non sei sicura": Italian
                    // leaves the subject out.
                    theirs = true;
                    out.extend(words[i + 1..i + 1 + adverbs].iter().cloned());
                    out.push(format!("{v}{ntail}"));
                    i += 2 + adverbs;
                    continue;
                }
                let turned = lookup(EN_VERBS, n)
                    .map(|v| format!("{v}{ntail}"))
                    .or_else(|| {
                        (EN_PAST.contains(&fold(n).as_str())
                            || EN_DOING.contains(&fold(n).as_str()))
                        .then(|| verb.clone())
                    });
                if let Some(v) = turned {
                    out.push("you".into());
                    out.extend(words[i + 1..i + 1 + adverbs].iter().cloned());
                    out.push(v);
                    i += 2 + adverbs;
                    continue;
                }
            }
            let next_word = &words[i + 1];
            let (n, ntail) = split_tail(next_word);
            if let Some(v) = lookup(EN_VERBS, n) {
                out.push("you".into());
                out.push(format!("{v}{ntail}"));
                i += 2;
                continue;
            } else if let Some(v) = lookup(IT_VERBS, n) {
                // Italian leaves the subject out: "Giulia è" → "sei".
                theirs = true;
                out.push(format!("{v}{ntail}"));
                i += 2;
                continue;
            } else if EN_PAST.contains(&fold(n).as_str()) || fold(n).ends_with("ed") {
                out.push("you".into());
            } else if folded == first {
                out.push(you(lang, out.is_empty()).into());
            } else {
                out.push(words[i].clone());
            }
        } else if folded == first {
            out.push(format!("{}{tail}", you(lang, out.is_empty())));
        } else {
            out.push(words[i].clone());
        }
        i += 1;
    }
    // A note that starts with its verb has left its subject out: when the
    // note is surely theirs, that subject is them.
    // After words that join it to the clause before ("quindi cerca", "so
    // is looking"), the verb is past them; "you" goes before any adverb
    // ("you are also looking").
    let joined = lead(&out, CONNECTIVES);
    let at = joined + lead(&out[joined..], ADVERBS);
    if sure
        && subject
        && let Some(w) = out.get(at).cloned()
    {
        let (core, tail) = split_tail(&w);
        let folded = fold(core);
        let second = match lang {
            Language::English => lookup(EN_VERBS, core)
                .map(|v| format!("you {v}{tail}"))
                .or_else(|| {
                    EN_PAST
                        .contains(&folded.as_str())
                        .then(|| format!("you {w}"))
                })
                .or_else(|| {
                    EN_DOING
                        .contains(&folded.as_str())
                        .then(|| format!("you are {w}"))
                })
                .or_else(|| {
                    // "booked until March": a state, said of them;
                    // "placed a designer": something they did.
                    let done_to = out
                        .get(1)
                        .is_some_and(|n| OBJECTS.contains(&fold(split_tail(n).0).as_str()));
                    (folded.ends_with("ed")
                        && !folded.ends_with("eed")
                        && folded.chars().count() > 4
                        && folded.chars().all(char::is_alphabetic))
                    .then(|| {
                        if done_to {
                            format!("you {w}")
                        } else {
                            format!("you are {w}")
                        }
                    })
                }),
            Language::Italian => lookup(IT_VERBS, core).map(|v| format!("{v}{tail}")),
        };
        if let Some(second) = second {
            theirs = true;
            // "you are" goes before the adverbs, the verb stays after them.
            match second.rsplit_once(' ') {
                Some((you, verb)) => {
                    out[at] = verb.to_string();
                    out.insert(joined, you.to_string());
                }
                None => out[at] = second,
            }
        } else if lang == Language::Italian
            && matches!(folded.as_str(), "mi" | "ci")
            && let Some(w) = out.get(at + 1).cloned()
        {
            // "mi chiede se …" → "mi chiedi se …".
            let (core, tail) = split_tail(&w);
            if let Some(v) = lookup(IT_VERBS, core) {
                out[at + 1] = format!("{v}{tail}");
            }
        }
    }
    if theirs && lang == Language::Italian {
        for w in &mut out {
            let (core, tail) = split_tail(w);
            if let Some(stem) = core.strip_suffix("rsi").filter(|s| s.chars().count() >= 3) {
                *w = format!("{stem}rti{tail}");
            }
        }
    }
    out.join(" ")
}

/// How many of the first words are among `words` (folded).
pub(super) fn lead<S: AsRef<str>>(text: &[S], words: &[&str]) -> usize {
    text.iter()
        .take_while(|w| {
            let (core, tail) = split_tail(w.as_ref());
            tail.is_empty() && words.contains(&fold(core).as_str())
        })
        .count()
}

/// An Italian object clitic before a verb ("l'ha", "la ha", "gli ha",
/// "le dice"): what to put after "ti" (" ha" for "l'ha").
fn object_clitic(word: &str, next: Option<&str>) -> Option<String> {
    let lower = word.to_lowercase();
    if let Some(rest) = ["l'", "l’"].iter().find_map(|p| lower.strip_prefix(p)) {
        let verb = &word[word.len() - rest.len()..];
        return it_verb(split_tail(verb).0).then(|| format!(" {verb}"));
    }
    let (core, tail) = split_tail(word);
    (matches!(fold(core).as_str(), "lo" | "la" | "le" | "gli") && next.is_some_and(it_verb))
        .then(|| tail.to_string())
}

/// Whether the words before a verb end with its own subject, a noun said
/// with its determiner ("sua figlia", "il suo capo", "la startup") or a
/// relative: "sua figlia si trasferisce" is the daughter's move, so its
/// "si" and verb stay hers and only the possessive turns.
pub(super) fn named_subject(before: &[String]) -> bool {
    let core = |w: &String| fold(split_tail(w).0);
    let Some(last) = before
        .last()
        .filter(|w| split_tail(w).1.is_empty() && w.chars().all(char::is_alphabetic))
    else {
        return false;
    };
    // "un cane che si chiama": the relative "che" stands for the noun.
    if fold(last) == "che" {
        return named_subject(&before[..before.len() - 1]);
    }
    let determiner = before.len() >= 2 && {
        let d = core(&before[before.len() - 2]);
        DETERMINERS.contains(&d.as_str()) || lookup(IT_POSSESSIVES, &d).is_some()
    };
    determiner || super::kin::kin(&core(last)).is_some()
}

/// Words that open a noun phrase, Italian and English: what follows is a
/// noun.
const DETERMINERS: &[&str] = &[
    "il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "a", "an", "the",
];

/// Whether the words before a capitalised word give a name to something
/// ("un cane che si chiama Bruno", "a dog called Bruno"): that word names
/// the thing, nobody spoken of. "she called Bruno" (on the phone) and "ha
/// chiamato Bruno" have no noun before the verb and stay people.
pub(super) fn names_a_thing(before: &[&str]) -> bool {
    let word = |back: usize| {
        before
            .len()
            .checked_sub(back)
            .map(|j| fold(split_tail(before[j]).0))
    };
    match word(1).as_deref() {
        Some("chiama" | "chiamano") => word(2).as_deref() == Some("si"),
        Some("called" | "named" | "chiamato" | "chiamata" | "chiamati" | "chiamate") => {
            word(3).is_some_and(|d| DETERMINERS.contains(&d.as_str()))
        }
        _ => false,
    }
}

/// Whether a word is an Italian verb of the third person plural ("le
/// hanno chiesto": they asked her).
fn it_plural(word: &str) -> bool {
    IT_PLURAL_VERBS.contains(&fold(split_tail(word).0).as_str())
}

/// Whether a word is an Italian verb form of the third person.
pub(super) fn it_verb(word: &str) -> bool {
    let w = word.to_lowercase();
    it_plural(&w)
        || lookup(IT_VERBS, &w).is_some()
        || IT_TO_THEM_VERBS.contains(&w.as_str())
        || IT_MORE_VERBS.contains(&w.as_str())
}

/// The recipient named in a note, addressed: "you"; in Italian "tu" as
/// the subject, "te" after a preposition ("a te").
fn you(lang: Language, first: bool) -> &'static str {
    match (lang, first) {
        (Language::English, _) => "you",
        (Language::Italian, true) => "tu",
        (Language::Italian, false) => "te",
    }
}

/// Whether "her" is the object here ("told her", "for her."), not a
/// possessive ("her daughter").
fn object_her(tail: &str, next: Option<&str>) -> bool {
    !tail.is_empty() || next.is_none_or(|n| EN_AFTER_OBJECT.contains(&fold(n).as_str()))
}
