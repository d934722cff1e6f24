//! The people close to someone ("her sister", "i suoi figli") with their
//! gender and number, when the word says them: after a clause about a
//! relative, a later pronoun or verb that cannot be theirs is the
//! recipient's ("tom: his wife just had a baby, he is raising a seed
//! round": "he" is not the wife, so it is Tom). A relative whose word says
//! neither ("partner", "collega") leaves every later pronoun unsure.

use crate::domain::text::fold;

use super::forms::{EN_VERBS, IT_VERBS};
use super::lexicon::{CLITICS, CONNECTIVES};
use super::second::{it_verb, lead, lookup, split_tail};

/// A gender a word says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    Female,
    Male,
}

/// Someone close, as the relation word says them: `None` when the word
/// says no gender ("partner", "collega").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Kin {
    pub(super) gender: Option<Gender>,
    pub(super) plural: bool,
}

use Gender::{Female as F, Male as M};

/// The closed table of relation words, folded, English and Italian.
const KIN: &[(&str, Option<Gender>, bool)] = &[
    ("wife", Some(F), false),
    ("husband", Some(M), false),
    ("partner", None, false),
    ("boyfriend", Some(M), false),
    ("girlfriend", Some(F), false),
    ("fiance", Some(M), false),
    ("fiancee", Some(F), false),
    ("son", Some(M), false),
    ("daughter", Some(F), false),
    ("child", None, false),
    ("children", None, true),
    ("kids", None, true),
    ("kid", None, false),
    ("baby", None, false),
    ("mother", Some(F), false),
    ("father", Some(M), false),
    ("mom", Some(F), false),
    ("mum", Some(F), false),
    ("dad", Some(M), false),
    ("parents", None, true),
    ("sister", Some(F), false),
    ("brother", Some(M), false),
    ("siblings", None, true),
    ("aunt", Some(F), false),
    ("uncle", Some(M), false),
    ("cousin", None, false),
    ("grandmother", Some(F), false),
    ("grandfather", Some(M), false),
    ("grandma", Some(F), false),
    ("grandpa", Some(M), false),
    ("friend", None, false),
    ("friends", None, true),
    ("boss", None, false),
    ("manager", None, false),
    ("cofounder", None, false),
    ("co-founder", None, false),
    ("colleague", None, false),
    ("colleagues", None, true),
    ("ex", None, false),
    ("moglie", Some(F), false),
    ("marito", Some(M), false),
    ("compagno", Some(M), false),
    ("compagna", Some(F), false),
    ("fidanzato", Some(M), false),
    ("fidanzata", Some(F), false),
    ("figlio", Some(M), false),
    ("figlia", Some(F), false),
    ("figli", None, true),
    ("figlie", Some(F), true),
    ("bambino", Some(M), false),
    ("bambina", Some(F), false),
    ("bambini", None, true),
    ("madre", Some(F), false),
    ("padre", Some(M), false),
    ("mamma", Some(F), false),
    ("papa", Some(M), false),
    ("genitori", None, true),
    ("fratelli", None, true),
    ("sorelle", Some(F), true),
    ("nonni", None, true),
    ("sorella", Some(F), false),
    ("fratello", Some(M), false),
    ("zia", Some(F), false),
    ("zio", Some(M), false),
    ("cugino", Some(M), false),
    ("cugina", Some(F), false),
    ("nonna", Some(F), false),
    ("nonno", Some(M), false),
    ("amico", Some(M), false),
    ("amica", Some(F), false),
    ("amici", None, true),
    ("capo", None, false),
    ("socio", Some(M), false),
    ("socia", Some(F), false),
    ("collega", None, false),
    ("colleghi", None, true),
];

/// The relative a folded word names, if it is a relation word.
pub(super) fn kin(word: &str) -> Option<Kin> {
    KIN.iter()
        .find(|(w, _, _)| *w == word)
        .map(|(_, gender, plural)| Kin {
            gender: *gender,
            plural: *plural,
        })
}

/// Whether a clause after relatives were brought in speaks of the
/// recipient and of none of them: every third-person word in it has one
/// gender that no singular relative shares ("he" after "his wife"; "lei"
/// after "suo fratello"), or, with no such word, it opens with a singular
/// verb and every relative is plural ("è stata promossa" after "i suoi
/// figli"). A relative whose word says no gender ("boss", "capo") may be
/// anyone, unless the recipient's own gender, said before (`recipient`,
/// [`pronoun_gender`] of a clause said to them), is the pronoun's: after
/// "her boss asked her to lead the board", "she" is the one asked. "they"
/// is anyone.
pub(super) fn refers_back(clause: &str, relatives: &[Kin], recipient: Option<Gender>) -> bool {
    if relatives.is_empty() {
        return false;
    }
    let genders = genders(clause);
    if genders.contains(&None) {
        return false;
    }
    match genders.first() {
        Some(Some(g)) => {
            genders.iter().all(|x| x == &Some(*g))
                && relatives.iter().all(|k| {
                    k.plural
                        || match k.gender {
                            Some(kg) => kg != *g,
                            None => recipient == Some(*g),
                        }
                })
        }
        _ => singular_verb_first(clause) && relatives.iter().all(|k| k.plural),
    }
}

/// The one gender a clause's third-person words say ("her boss asked
/// her", "il suo capo le ha chiesto"), if they say one: of a clause said
/// to the recipient, every such word was theirs, so it is their gender.
pub(super) fn pronoun_gender(clause: &str) -> Option<Gender> {
    let genders = genders(clause);
    let first = *genders.first()?;
    genders
        .iter()
        .all(|g| *g == first)
        .then_some(first)
        .flatten()
}

/// The genders of a clause's third-person words, in order: `None` for
/// "they" and its forms, which may be anyone. Italian's "le" counts only
/// before a verb ("le piace"), where it is "to her", not an article.
fn genders(clause: &str) -> Vec<Option<Gender>> {
    let words: Vec<String> = fold(clause)
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| match w.as_str() {
            "she" | "her" | "hers" | "herself" | "she's" | "lei" => Some(Some(F)),
            "le" if words.get(i + 1).is_some_and(|n| it_verb(n)) => Some(Some(F)),
            "he" | "him" | "his" | "himself" | "he's" | "lui" => Some(Some(M)),
            "they" | "them" | "their" | "theirs" | "themselves" | "loro" => Some(None),
            _ => None,
        })
        .collect()
}

/// Whether a clause opens with a singular third-person verb, its subject
/// left out ("è stata promossa", "si trasferisce a Berlino").
fn singular_verb_first(clause: &str) -> bool {
    let all: Vec<&str> = clause.split_whitespace().collect();
    let mut words = all[lead(&all, CONNECTIVES)..].iter().copied();
    let Some(mut first) = words.next() else {
        return false;
    };
    if CLITICS.contains(&fold(first).as_str()) {
        first = words.next().unwrap_or(first);
    }
    let core = split_tail(first).0;
    lookup(IT_VERBS, core).is_some() || lookup(EN_VERBS, core).is_some()
}

/// Close family, said with a possessive and no article in the singular
/// ("tuo marito") and with both in the plural ("i tuoi figli").
pub(super) const IT_FAMILY: &[&str] = &[
    "marito", "moglie", "figlio", "figlia", "madre", "padre", "sorella", "fratello", "zia", "zio",
    "cugino", "cugina", "nonna", "nonno", "figli", "figlie", "genitori", "fratelli", "sorelle",
    "nonni",
];

/// What an Italian definite article before close family of theirs
/// becomes said to them: "il marito lavora" means her husband, so "tuo
/// marito"; "i figli" are hers, "i tuoi figli". Others keep the article ("il capo ti ha detto" is already
/// said to them), as does a relative named someone's after it ("il
/// marito di Paola").
pub(super) fn it_article_yours(
    article: &str,
    noun: &str,
    after: Option<&str>,
) -> Option<&'static str> {
    let k = kin(noun).filter(|_| IT_FAMILY.contains(&noun))?;
    if after.is_some_and(|a| matches!(a, "di" | "del" | "della" | "dello")) {
        return None;
    }
    match (article, k.gender, k.plural) {
        ("il", Some(M), false) => Some("tuo"),
        ("la", Some(F), false) => Some("tua"),
        ("i", _, true) => Some("i tuoi"),
        ("le", Some(F), true) => Some("le tue"),
        _ => None,
    }
}
