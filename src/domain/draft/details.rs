//! What they told you, sorted by whom it is about and worded for the
//! person a draft is for.
//!
//! A moment's details are split into items (lines and `;`). An item is
//! someone's when it starts with their name and a colon ("anna: her
//! daughter started climbing"), mine when it starts with "me:" or "io:"
//! (what I said is never quoted back), and otherwise the moment's as a
//! whole.
//!
//! An item is used for the recipient only when it speaks of nobody else:
//! it names no other participant and nobody else in the journal, and no
//! capitalised word in it reads as another person's name (a possessive
//! "Paolo's", a subject "Lucia mentioned", a name anywhere but after a
//! word of place: "at Klarheit", "in Berlin" and months stay). What speaks
//! of someone else is left out and said beside the draft: a confidence is
//! never repeated to anyone else.
//!
//! Notes are written about people ("Giulia is booked until March"), but a
//! draft speaks to them: the usual third-person forms are turned to the
//! second ("you are booked until March", "your daughter"). Pronouns are
//! only turned when the item is surely the recipient's: named for them, or
//! said with them alone and after nothing about anyone else ("Paolo's wife
//! is pregnant; she wants to leave her job": "she" is not the recipient).
//! An item that still speaks of someone in the third person is left out
//! and reported, never pasted as if addressed to them.

use super::Language;
use crate::domain::text::fold;
use crate::domain::whom::{self, Whose};

use super::forms::{EN_AFTER_OBJECT, EN_DOING, EN_PAST, EN_VERBS, IT_VERBS, THIRD_PERSON};
use super::kin::{Kin, kin};
use super::lexicon::{
    ADVERBS, CLITICS, CONFIDED, CONNECTIVES, HARD_NEWS, MODALS, NOT_NAMES, PEOPLE_CUES,
    POSSESSIVES, SPEAKING, STARTERS,
};
use super::second::{it_verb, lead, lookup, named_subject, names_a_thing, split_tail};

mod asked;
mod clause;
mod judged;
mod mine;
mod note;
pub(crate) use asked::point_to_recorded;
use clause::{ClauseState, clause_for, clauses, unframed};
pub(super) use mine::thing_given;
pub use note::LeftOut;

/// Who a draft's details may speak of.
#[derive(Clone, Copy, Debug)]
pub struct People<'a> {
    /// The person the draft is for.
    pub recipient: &'a str,
    /// The other participants of the moment, by name.
    pub others: &'a [String],
    /// Words of the item that name somebody else in the journal (folded):
    /// the journal looks them up, since only it knows everyone.
    pub known: &'a [String],
    /// The recipient's organisation: its name is theirs, no one else's.
    pub org: &'a str,
    /// The record is theirs alone (an event's record of them): by the
    /// whom rule, an item with no "WHO:" in it is theirs.
    pub theirs: bool,
}

/// The details of one moment for the recipient, worded for them, and the
/// items left out with why. Each item is taken clause by clause (split on
/// `,` `/` " and " " e "): a clause that cannot be said to them is left
/// out alone, and the rest of its item stays.
pub fn for_recipient(
    details: &str,
    people: People<'_>,
    lang: Language,
) -> (Vec<String>, Vec<LeftOut>) {
    let (mut kept, mut left_out) = (Vec::new(), Vec::new());
    // Once anyone not theirs has been spoken of, a later "she" may be
    // them; after their own relatives ("sua figlia …"), only a clause
    // that cannot be about those relatives is surely theirs (`carried`).
    let mut stranger = false;
    let (mut kin, mut subject): (Vec<Kin>, Option<bool>) = (Vec::new(), None);
    let mut gender = None;
    for item in items(details) {
        let someone_else = stranger || !kin.is_empty();
        let prefixed = owner_prefix(item, people.recipient, people.others);
        let (owner, body) = match prefixed {
            Some((owner, body)) => (Some(owner), body),
            // A record of theirs alone holds only their items (`event`
            // files each under whom the whom rule names), until an item
            // speaks of someone else: a "he" after it may be them.
            None if people.theirs && !stranger => (Some(Owner::Recipient), item),
            None => (None, item),
        };
        match owner {
            Some(Owner::Me) => continue,
            Some(Owner::Other) => {
                stranger = true;
                continue;
            }
            Some(Owner::Unknown) => {
                stranger = true;
                let name = item.split_once(':').map_or("", |(h, _)| h.trim());
                left_out.push(LeftOut::UnknownName {
                    item: item.to_string(),
                    name: name.to_string(),
                });
                continue;
            }
            _ => {}
        }
        // A confidence is the whole item's: "pregnant, only told close
        // friends" keeps none of its clauses.
        if confided(body) {
            left_out.push(LeftOut::Confided(body.to_string()));
            continue;
        }
        if hard_news(body) {
            left_out.push(LeftOut::HardNews(body.to_string()));
            continue;
        }
        let body = unframed(body);
        let owned = owner == Some(Owner::Recipient);
        // "sara: …" says whose the item is, whatever came before it.
        let named = owned && prefixed.is_some();
        let mut clause_state = ClauseState {
            someone_else,
            in_item: false,
            other: false,
            sure: owned || (people.others.is_empty() && !stranger),
            kin: kin.clone(),
            // "sara: quindi cerca clienti": the name is the subject a
            // clause without one takes, whatever the item before said.
            subject: if named {
                Some(true)
            } else {
                subject.filter(|_| !kin.is_empty())
            },
            stranger,
            carried: !kin.is_empty() && !named,
            gender,
        };
        for clause in clauses(body) {
            match clause_for(clause, people, lang, &mut clause_state) {
                Ok(worded) => kept.push(worded),
                Err(why) => left_out.push(why),
            }
        }
        stranger = clause_state.stranger;
        subject = clause_state.subject;
        gender = clause_state.gender;
        // The next item reads after every relative brought in before it,
        // even past a clause surely theirs: "lei" two items after "sua
        // figlia" may still be the daughter (when unsure, left out).
        kin = clause_state.kin;
    }
    (kept, left_out)
}

/// A need of theirs said to them ("a CTO for his side project": "for
/// your side project"), or `None` when it would still speak of someone in
/// the third person: a need is theirs, so its "his" and "her" are too.
pub(super) fn need_for(need: &str, recipient: &str, lang: Language) -> Option<String> {
    let turned = super::second::to_second_person(need, recipient, true, false, lang);
    (!speaks_of(&turned, recipient)).then_some(turned)
}

/// The items of a details text: its lines and `;`-separated parts.
pub(super) fn items(details: &str) -> impl Iterator<Item = &str> {
    details
        .split(['\n', ';'])
        .map(|i| i.trim().trim_end_matches('.').trim())
        .filter(|i| !i.is_empty())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Owner {
    Recipient,
    Other,
    Me,
    /// A name before the colon that is nobody's at the meeting.
    Unknown,
}

/// "anna: …" names whose item it is by the one rule of
/// [`crate::domain::whom`] (their whole name, first or last name); "me: …"
/// and "io: …" are mine.
fn owner_prefix<'a>(item: &'a str, recipient: &str, others: &[String]) -> Option<(Owner, &'a str)> {
    let (head, body) = whom::prefix(item)?;
    let people: Vec<Vec<String>> = std::iter::once(recipient)
        .chain(others.iter().map(String::as_str))
        .map(|name| whom::answers_to([name]))
        .collect();
    match whom::whose(head, &people) {
        Whose::Person(0) => return Some((Owner::Recipient, body)),
        Whose::Person(_) => return Some((Owner::Other, body)),
        // Two people there answer to it: whose, cannot be known.
        Whose::Several => return Some((Owner::Unknown, body)),
        Whose::Nobody => {}
    }
    let h = fold(head);
    if matches!(h.as_str(), "me" | "io" | "i") {
        Some((Owner::Me, body))
    } else if head.split_whitespace().count() <= 2
        && head
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '-')
    {
        // Someone's, by a name that is no participant's ("julie:" for
        // Julia, "sarah:" for Sara): whose, cannot be known.
        Some((Owner::Unknown, body))
    } else {
        None
    }
}

fn tokens(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The words of a text that could name someone, folded, for the journal
/// to look up ([`People::known`]).
pub fn name_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = tokens(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 2 && w.chars().any(char::is_alphabetic))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// Whether `text` names the person (first name or whole name, as a word).
fn names(text: &str, name: &str) -> bool {
    let first = fold(super::first_name(name));
    !first.is_empty() && tokens(text).contains(&first)
}

/// Whether an item speaks of anyone but the recipient: another
/// participant, someone else in the journal, or a capitalised word that
/// reads as a person's name. A capitalised word is a person's only with a
/// cue that it is one: a name word of someone in the journal, a possessive
/// ("Paolo's"), a word of people before it ("her friend Lucia", "la moglie
/// di Paolo", "with Marco", "told Giulia", "talked to Kai"), a verb after
/// it ("Lucia mentioned", "Marco si sposa"), or a clause that is only
/// names. Anything else capitalised is a place, an organisation or a
/// product ("launching Revolut Business in Italy", "moved to Milan").
fn names_someone_else(item: &str, people: People<'_>) -> bool {
    let own: Vec<String> = people
        .recipient
        .split_whitespace()
        .chain(people.org.split_whitespace())
        .map(fold)
        .collect();
    if people.others.iter().any(|o| names(item, o)) {
        return true;
    }
    let words: Vec<&str> = item.split_whitespace().collect();
    let bare_of = |raw: &str| -> (String, bool, bool) {
        let (core, _) = split_tail(raw.trim_start_matches(['(', '"', '\'', '“']));
        let possessive = core.ends_with("'s") || core.ends_with("’s");
        let bare = core
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_end_matches('\'');
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        (bare.to_string(), possessive, capital)
    };
    let mut all_names = !words.is_empty();
    for (i, raw) in words.iter().enumerate() {
        let (bare, possessive, capital) = bare_of(raw);
        let folded = fold(&bare);
        if names_a_thing(&words[..i]) {
            continue;
        }
        if people.known.contains(&folded) && !own.contains(&folded) {
            return true;
        }
        all_names &= capital;
        if !capital || folded.is_empty() || folded == "i" || own.contains(&folded) {
            continue;
        }
        let acronym = bare
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && bare.chars().count() >= 2;
        let sentence_start = i == 0 || words[i - 1].ends_with(['.', '!', '?', ':']);
        if acronym
            || bare.chars().any(|c| c.is_ascii_digit())
            || NOT_NAMES.contains(&folded.as_str())
            || super::words::calendar_word(&folded)
            || (sentence_start && opening_word(&bare))
        {
            continue;
        }
        if possessive || people_before(&words[..i]) || verb_after(&words[i + 1..]) {
            return true;
        }
    }
    // "Paolo", "Anna e Marco" split to "Marco": a clause of names only.
    all_names && !words.iter().all(|w| own.contains(&fold(split_tail(w).0)))
}

/// Whether a capitalised first word is how a note opens ("The", "She",
/// "Launched"), not a name.
fn opening_word(word: &str) -> bool {
    let folded = fold(word);
    STARTERS.contains(&folded.as_str())
        || lookup(EN_VERBS, word).is_some()
        || lookup(IT_VERBS, word).is_some()
        || EN_PAST.contains(&folded.as_str())
        || EN_DOING.contains(&folded.as_str())
        || folded.ends_with("ing")
        || (folded.ends_with("ed") && folded.chars().count() > 4)
}

/// Whether the words before a capitalised word make it a person's name:
/// a relation ("her friend Lucia"), a title, a word of meeting or telling
/// ("with", "met", "told"), "di"/"of" after a relation ("la moglie di
/// Paolo"), "to"/"a" after a word of speaking ("talked to Kai").
fn people_before(before: &[&str]) -> bool {
    let word = |back: usize| {
        before
            .len()
            .checked_sub(back)
            .map(|j| fold(split_tail(before[j]).0))
    };
    let Some(b) = word(1) else {
        return false;
    };
    let kin_at = |back: usize| word(back).is_some_and(|w| kin(&w).is_some());
    kin(&b).is_some()
        || PEOPLE_CUES.contains(&b.as_str())
        || (matches!(b.as_str(), "di" | "of" | "del" | "della") && kin_at(2))
        || (matches!(b.as_str(), "to" | "a" | "ad")
            && word(2).is_some_and(|w| SPEAKING.contains(&w.as_str())))
}

/// Whether a verb follows a capitalised word, past other capitalised words
/// of the same name and adverbs ("Giulia Conti just joined", "Lucia
/// mentioned", "Marco si sposa"): the word is its subject, a person.
fn verb_after(after: &[&str]) -> bool {
    let next = after.iter().map(|w| split_tail(w).0).find(|w| {
        !w.chars().next().is_some_and(char::is_uppercase) && !ADVERBS.contains(&fold(w).as_str())
    });
    next.is_some_and(|w| {
        let folded = fold(w);
        lookup(EN_VERBS, w).is_some()
            || lookup(IT_VERBS, w).is_some()
            || EN_PAST.contains(&folded.as_str())
            || CLITICS.contains(&folded.as_str())
            || MODALS.contains(&folded.as_str())
            || (folded.ends_with("ed") && folded.chars().count() > 4)
    })
}

/// Whether an item is hard news (`HARD_NEWS`): a word of it starts with
/// one, or it holds one of several words.
fn hard_news(text: &str) -> bool {
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let spaced = words.join(" ");
    HARD_NEWS.iter().any(|h| match h.contains(' ') {
        true => format!(" {spaced} ").contains(&format!(" {h}")),
        false => words.iter().any(|w| w.starts_with(h)),
    })
}

/// Whether an item asks to be kept quiet.
fn confided(text: &str) -> bool {
    let folded = fold(text);
    CONFIDED.iter().any(|c| folded.contains(c))
}

/// Whether an item brings in a relative or someone close with a
/// possessive ("her sister", "his new boss", "il suo compagno"): their
/// news, not the recipient's to be told back.
fn relative(text: &str) -> bool {
    !relatives(text).is_empty()
}

/// The relatives an item brings in with a possessive, as their words say
/// them ("his wife": one woman); "had a baby" brings in no one.
pub(super) fn relatives(text: &str) -> Vec<Kin> {
    let words = tokens(text);
    // "Anna's sister" folds to "anna s sister": the "s" is a possessive.
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| POSSESSIVES.contains(&w.as_str()) || *w == "s")
        .filter_map(|(i, _)| words[i + 1..].iter().take(2).find_map(|n| kin(n)))
        .collect()
}

/// Whether a third-person word follows someone the item brought in with a
/// possessive ("her husband lost his job", "his wife says she …"): that
/// word may be theirs, not the recipient's.
fn pronoun_after_someone(text: &str) -> bool {
    let words = tokens(text);
    // "told her about …": "her" is the object there, nobody new.
    let possessive = |i: usize| {
        let w = words[i].as_str();
        POSSESSIVES.contains(&w)
            && (w != "her"
                || words
                    .get(i + 1)
                    .is_some_and(|n| !EN_AFTER_OBJECT.contains(&n.as_str())))
    };
    // "his partner left him": an object of the possessive's own gender
    // cannot be the subject who acted (that would be "himself"), so it is
    // the one the possessive is, the recipient, as Italian's clitic in "il
    // suo socio l'ha lasciata".
    let theirs = |owner: &str, i: usize| {
        let object = words[i] == "him"
            || (words[i] == "her"
                && words
                    .get(i + 1)
                    .is_none_or(|n| EN_AFTER_OBJECT.contains(&n.as_str())));
        object && matches!((owner, words[i].as_str()), ("his", "him") | ("her", "her"))
    };
    (0..words.len()).find(|i| possessive(*i)).is_some_and(|p| {
        (p + 1..words.len())
            .any(|i| THIRD_PERSON.contains(&words[i].as_str()) && !theirs(&words[p], i))
    })
}

/// Whether a note speaks of someone as the object ("told her", "met him"):
/// when its subject is left out too, who did what cannot be said to them.
fn object_pronoun(text: &str) -> bool {
    let words = tokens(text);
    words.iter().enumerate().any(|(i, w)| {
        w == "him"
            || (w == "her"
                && words
                    .get(i + 1)
                    .is_none_or(|n| EN_AFTER_OBJECT.contains(&n.as_str())))
    })
}

/// Whether a note starts with its verb, its subject left out ("got the
/// job", "vuole lasciare il lavoro").
fn subjectless(text: &str) -> bool {
    // "e quindi cerca", "and so is looking", "also looking": past the
    // words that join it and the adverbs.
    let all: Vec<&str> = text.split_whitespace().collect();
    let joined = lead(&all, CONNECTIVES);
    let mut words = all[joined + lead(&all[joined..], ADVERBS)..]
        .iter()
        .copied();
    let Some(mut first) = words.next() else {
        return false;
    };
    // "mi chiede …", "l'ha lasciata": the verb after the pronoun.
    if CLITICS.contains(&fold(first).as_str()) {
        first = words.next().unwrap_or(first);
    } else if let Some((_, verb)) = first.split_once(['\'', '’'])
        && fold(first).starts_with('l')
    {
        first = verb;
    }
    let (core, _) = split_tail(first);
    let folded = fold(core);
    lookup(EN_VERBS, core).is_some()
        || lookup(IT_VERBS, core).is_some()
        || EN_PAST.contains(&folded.as_str())
        || EN_DOING.contains(&folded.as_str())
}

/// Whether `text` still speaks of the recipient, or of anyone, in the
/// third person.
pub(super) fn speaks_of(text: &str, recipient: &str) -> bool {
    let words = tokens(text);
    names(text, recipient)
        || words.iter().any(|t| THIRD_PERSON.contains(&t.as_str()))
        || words.windows(2).any(|w| {
            // "le piace", "gli ha detto", "l'ha lasciata": her, him as
            // the object in Italian.
            matches!(w[0].as_str(), "le" | "gli" | "lo" | "la" | "l") && it_verb(&w[1])
        })
        // "si trasferisce": their own, unless a subject named before it
        // has it ("tua figlia si trasferisce").
        || (0..words.len()).any(|i| words[i] == "si" && !named_subject(&words[..i]))
}
