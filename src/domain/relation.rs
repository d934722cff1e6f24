//! Who is related to whom among the people in the journal: partner, child,
//! parent, sibling, colleague, friend, who introduced whom, or a word of the
//! user's own ("mentor"). "Anna's daughter Sofia" stops living in free text.
//!
//! A link is kept on both people, each side in its own words (Sofia is
//! Anna's child, Anna is Sofia's parent), written in one transaction: both
//! cards show it, and neither can be left pointing at the other alone
//! (`givegive check` looks).

use serde::{Deserialize, Serialize};

use super::Id;
use super::text::{fold, tidy};

/// What the other person is to this one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    Partner,
    Child,
    Parent,
    Sibling,
    Colleague,
    Friend,
    /// The other introduced this person (to someone).
    IntroducedBy,
    /// This person introduced the other.
    Introduced,
    /// A word of the user's own, the same both ways ("cousin").
    Other,
}

/// Words of a known kind that each side says of the other alike, kept as
/// the file or the user gave them: a card's `RELATED;TYPE=spouse` comes
/// back out as spouse, not partner.
const SAME_BOTH_WAYS: [&str; 3] = ["spouse", "co-worker", "coworker"];

/// Words of the user's own that are true both ways: Luca's cousin Anna has
/// Luca for a cousin.
const MUTUAL: [&str; 16] = [
    "cousin",
    "neighbour",
    "neighbor",
    "roommate",
    "flatmate",
    "housemate",
    "classmate",
    "schoolmate",
    "teammate",
    "bandmate",
    "cofounder",
    "co-founder",
    "business-partner",
    "acquaintance",
    "ex",
    "relative",
];

/// Words whose other side has a word of its own: Anna's mentor Bob has
/// Anna for a mentee. Each word appears once, so the other side's other
/// side is the word typed.
const PAIRS: [(&str, &str); 7] = [
    ("mentor", "mentee"),
    ("teacher", "student"),
    ("landlord", "tenant"),
    ("employer", "employee"),
    ("grandparent", "grandchild"),
    ("godparent", "godchild"),
    ("client", "supplier"),
];

/// Italian words said of one side, and the word for the other side, in
/// Italian too (trial 28d: "cugina" read "cousin" on the other card while
/// "capo" read "capo di"). Whoever has a cugina for a cousin may be a man
/// or a woman, which the journal does not know, so the other side says
/// both, the way Italian forms do ("cugino/a"); that word is its own
/// other side. The third word is what journals before this said on the
/// other side, still taken as its answer ([`Link::answered_by`]).
const ITALIAN_MUTUAL: [(&str, &str, &str); 8] = [
    ("cugino", "cugino/a", "cousin"),
    ("cugina", "cugino/a", "cousin"),
    ("vicino", "vicino/a", "neighbour"),
    ("vicina", "vicino/a", "neighbour"),
    ("coinquilino", "coinquilino/a", "flatmate"),
    ("coinquilina", "coinquilino/a", "flatmate"),
    ("compagno-di-classe", "compagno/a di classe", "classmate"),
    ("compagna-di-classe", "compagno/a di classe", "classmate"),
];

/// Whether `a` and `b` are an Italian word and the English word older
/// journals put on its other side, either way round.
fn said_before(a: &str, b: &str) -> bool {
    let (a, b) = (key(a), key(b));
    ITALIAN_MUTUAL
        .iter()
        .any(|(it, _, en)| (*it == a && *en == b) || (*en == a && *it == b))
}

/// A word as the lists hold it: folded, with dashes for spaces.
fn key(label: &str) -> String {
    fold(label).replace(['_', ' '], "-")
}

/// Italian words said of one side whose other side has a word for
/// either: a zia's or a zio's nephew or niece is their "nipote". One way
/// only: a nipote's other side may be a zio or a zia, so it is "nipote
/// di" ([`other_side`]).
const ITALIAN_PAIRS: [(&str, &str); 2] = [("zia", "nipote"), ("zio", "nipote")];

/// The word that follows a word of one's own on the other side, in that
/// word's language: "boss of", "capo di" (trial 28b: "capo of Elena
/// Greco" put English inside Italian words).
fn of_word(label: &str) -> &'static str {
    let key = fold(label);
    let known = ITALIAN_PAIRS.iter().any(|(a, b)| *a == key || *b == key);
    match known || super::draft::name_in(label, super::draft::Language::Italian) {
        true => "di",
        false => "of",
    }
}

/// `label` without the "of" or "di" that makes it the other side.
fn stem(label: &str) -> Option<&str> {
    label
        .strip_suffix(" of")
        .or_else(|| label.strip_suffix(" di"))
        .map(str::trim_end)
        .filter(|s| !s.is_empty())
}

/// What a word of the user's own is from the other side: its pair
/// ("mentor", "mentee"), itself where it is true both ways ("cousin"),
/// and otherwise the word with "of" in its language ("boss" → "boss of",
/// "capo" → "capo di"): Bob, whom Anna calls her boss, is "boss of Anna
/// Rossi" on his own card, which is true whatever the word means. Applied
/// twice it gives the word back.
fn other_side(label: &str) -> String {
    let key = key(label);
    if let Some(stem) = stem(label) {
        return stem.to_string();
    }
    let neutral = ITALIAN_MUTUAL
        .iter()
        .any(|(_, both, _)| self::key(both) == key);
    if MUTUAL.contains(&key.as_str()) || neutral {
        return label.to_string();
    }
    if let Some((_, both, _)) = ITALIAN_MUTUAL.iter().find(|(it, _, _)| *it == key) {
        return (*both).to_string();
    }
    if let Some((_, theirs)) = ITALIAN_PAIRS.iter().find(|(it, _)| *it == key) {
        return (*theirs).to_string();
    }
    for (a, b) in PAIRS {
        if key == a {
            return b.to_string();
        }
        if key == b {
            return a.to_string();
        }
    }
    format!("{label} {}", of_word(label))
}

/// The words of the known kinds, as typed, each side of each.
const KINDS: [&str; 36] = [
    "partner",
    "wife",
    "husband",
    "spouse",
    "girlfriend",
    "boyfriend",
    "moglie",
    "marito",
    "compagna",
    "compagno",
    "fidanzata",
    "fidanzato",
    "child",
    "son",
    "daughter",
    "figlio",
    "figlia",
    "parent",
    "mother",
    "father",
    "madre",
    "padre",
    "mamma",
    "sibling",
    "brother",
    "sister",
    "fratello",
    "sorella",
    "colleague",
    "coworker",
    "collega",
    "friend",
    "amico",
    "amica",
    "introduced-by",
    "introduced",
];

/// Every word `relate` knows, as typed: a word one slip from one of them
/// and none itself is refused with it ("partnr" → "did you mean
/// partner?"), so a typo does not become a word of one's own on two cards.
fn known() -> impl Iterator<Item = &'static str> {
    (KINDS.iter().copied())
        .chain(MUTUAL)
        .chain(PAIRS.iter().flat_map(|(a, b)| [*a, *b]))
        .chain(ITALIAN_MUTUAL.iter().map(|(it, _, _)| *it))
        .chain(ITALIAN_PAIRS.iter().flat_map(|(a, b)| [*a, *b]))
}

/// The known word `typed` is one slip from, when it is not a known word
/// itself: what `relate` refuses it with.
pub fn slip_of(typed: &str) -> Option<&'static str> {
    let typed = tidy(typed);
    let key = key(stem(&typed).unwrap_or(&typed));
    let neutral = ITALIAN_MUTUAL
        .iter()
        .any(|(_, both, _)| self::key(both) == key);
    if known().any(|k| k == key) || neutral || key.chars().count() < 4 {
        return None;
    }
    super::text::nearest(&key, known())
}

/// Words that say whose a relation is: "mia cugina" on Lucia's card would
/// read "mia cugina di Anna Rossi", and may even mean the user's own
/// cousin, which `relate` cannot say (trial 28d).
const POSSESSIVES: [&str; 19] = [
    "my", "mine", "our", "his", "her", "their", "mio", "mia", "miei", "mie", "nostro", "nostra",
    "nostri", "nostre", "suo", "sua", "suoi", "sue", "loro",
];

/// The word `typed` says whose ("mia", "la mia", "my") and the words
/// after it ("cugina"), when it starts with one: `relate` refuses it with
/// the word alone.
pub fn possessive(typed: &str) -> Option<(String, String)> {
    let words: Vec<&str> = typed.split_whitespace().collect();
    let article = ["il", "lo", "la", "i", "gli", "le", "the"];
    let skip = usize::from(words.len() > 2 && article.contains(&fold(words[0]).as_str()));
    let whose = fold(words.get(skip)?);
    let rest = words.get(skip + 1..).filter(|r| !r.is_empty())?;
    POSSESSIVES
        .contains(&whose.as_str())
        .then(|| (words[..=skip].join(" "), rest.join(" ")))
}

/// One person's link to another. A stored layout (inside `Contact`):
/// fields are only added with a new record version.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Link {
    pub to: Id,
    pub kind: RelationKind,
    /// The word of an `Other` link, or of a known kind said the same both
    /// ways ("spouse"); empty for the rest.
    pub label: String,
}

impl Link {
    /// Reads what the other person is, as typed: `partner`, `wife`,
    /// `son`, `mother`, `brother`, `colleague`, `friend`, `introduced-by`,
    /// `introduced`, or any other word, kept as it is.
    pub fn parse(to: Id, text: &str) -> Result<Link, String> {
        let label = tidy(text);
        if label.is_empty() {
            return Err("say what they are to each other: partner, child, parent, sibling, colleague, friend, introduced-by, introduced, or a word of your own".into());
        }
        let folded = fold(&label).replace(['_', ' '], "-");
        let kind = match folded.as_str() {
            "partner" | "wife" | "husband" | "spouse" | "girlfriend" | "boyfriend" | "moglie"
            | "marito" | "compagna" | "compagno" | "fidanzata" | "fidanzato" => {
                RelationKind::Partner
            }
            "child" | "son" | "daughter" | "kid" | "figlio" | "figlia" => RelationKind::Child,
            "parent" | "mother" | "father" | "mum" | "mom" | "dad" | "madre" | "padre"
            | "mamma" | "papa" | "babbo" => RelationKind::Parent,
            "sibling" | "brother" | "sister" | "fratello" | "sorella" => RelationKind::Sibling,
            "colleague" | "coworker" | "co-worker" | "collega" => RelationKind::Colleague,
            "friend" | "amico" | "amica" => RelationKind::Friend,
            "introduced-by" => RelationKind::IntroducedBy,
            "introduced" => RelationKind::Introduced,
            _ => RelationKind::Other,
        };
        // The word typed is kept on the side it was said of ("wife",
        // "son"); the other side says the kind's own word ("partner",
        // "parent"), unless the word says the same both ways ("spouse").
        let mut link = Link {
            to,
            kind,
            label: String::new(),
        };
        link.label = if kind == RelationKind::Other {
            // "mentor of" typed is "mentee" ("Anna is Bob's mentor"), so
            // a word and its other side are each written one way.
            match stem(&label) {
                Some(stem) if other_side(stem) != format!("{stem} {}", of_word(stem)) => {
                    other_side(stem)
                }
                _ => label,
            }
        } else if folded == link.word().replace(' ', "-") {
            String::new()
        } else {
            folded
        };
        Ok(link)
    }

    /// The same link seen from the other side: the link `to` has back to
    /// `from`.
    pub fn inverse(&self, from: Id) -> Link {
        let kind = match self.kind {
            RelationKind::Child => RelationKind::Parent,
            RelationKind::Parent => RelationKind::Child,
            RelationKind::IntroducedBy => RelationKind::Introduced,
            RelationKind::Introduced => RelationKind::IntroducedBy,
            same => same,
        };
        let label = if self.kind == RelationKind::Other {
            other_side(&self.label)
        } else if SAME_BOTH_WAYS.contains(&self.label.as_str()) {
            self.label.clone()
        } else {
            String::new()
        };
        Link {
            to: from,
            kind,
            label,
        }
    }

    /// What the other person is, in words a card puts before their name:
    /// "partner", "child", "introduced by", "cousin".
    pub fn word(&self) -> &str {
        if !self.label.is_empty() {
            return &self.label;
        }
        match self.kind {
            RelationKind::Partner => "partner",
            RelationKind::Child => "child",
            RelationKind::Parent => "parent",
            RelationKind::Sibling => "sibling",
            RelationKind::Colleague => "colleague",
            RelationKind::Friend => "friend",
            RelationKind::IntroducedBy => "introduced by",
            RelationKind::Introduced => "introduced",
            RelationKind::Other => &self.label,
        }
    }

    /// Whether `back`, held by the person this link points to, is its
    /// other side: the same relation seen from there. The word counts only
    /// for a word of the user's own, from either side ("cugina" is answered
    /// by "cugino/a", whose own other side is "cugino/a"), or the same on
    /// both (as journals written before words had other sides hold them),
    /// or the English word journals once put opposite an Italian one; a kind
    /// said the same both ways may be said in each side's word ([`answer`]).
    pub fn answered_by(&self, from: Id, back: &Link) -> bool {
        let want = self.inverse(from);
        back.to == want.to
            && back.kind == want.kind
            && (want.kind != RelationKind::Other
                || back.label == want.label
                || other_side(&back.label) == self.label
                || back.label == self.label
                || said_before(&self.label, &back.label))
    }

    /// The text `relate` reads back as this link.
    pub fn as_typed(&self) -> String {
        match self.kind {
            RelationKind::IntroducedBy => "introduced-by".into(),
            _ => self.word().to_string(),
        }
    }
}

/// Sets the other side of a link, `link` (an inverse), unless `links`
/// already holds that side in its own word: Marco's card says Anna is his
/// spouse, Anna's that Marco is her partner, and each keeps its word.
pub fn answer(links: &mut Vec<Link>, link: Link) {
    if !links.iter().any(|l| l.to == link.to && l.kind == link.kind) {
        set(links, link);
    }
}

/// Sets `link` in `links`: one link to a person, the newest replacing the
/// one before.
pub fn set(links: &mut Vec<Link>, link: Link) {
    links.retain(|l| l.to != link.to);
    links.push(link);
}

#[cfg(test)]
mod tests;
