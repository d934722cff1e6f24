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

/// Italian words said of one side, and the word for both: "cugina" is a
/// woman, and whoever has her for a cousin may not be.
const ITALIAN_MUTUAL: [(&str, &str); 8] = [
    ("cugino", "cousin"),
    ("cugina", "cousin"),
    ("vicino", "neighbour"),
    ("vicina", "neighbour"),
    ("coinquilino", "flatmate"),
    ("coinquilina", "flatmate"),
    ("compagno-di-classe", "classmate"),
    ("compagna-di-classe", "classmate"),
];

/// What a word of the user's own is from the other side: its pair
/// ("mentor", "mentee"), itself where it is true both ways ("cousin"),
/// and otherwise the word with "of" ("boss" → "boss of"): Bob, whom Anna
/// calls her boss, is "boss of Anna Rossi" on his own card, which is true
/// whatever the word means. Applied twice it gives the word back.
fn other_side(label: &str) -> String {
    let key = fold(label).replace(['_', ' '], "-");
    if let Some(stem) = label.strip_suffix(" of") {
        return stem.to_string();
    }
    if MUTUAL.contains(&key.as_str()) {
        return label.to_string();
    }
    if let Some((_, both)) = ITALIAN_MUTUAL.iter().find(|(it, _)| *it == key) {
        return (*both).to_string();
    }
    for (a, b) in PAIRS {
        if key == a {
            return b.to_string();
        }
        if key == b {
            return a.to_string();
        }
    }
    format!("{label} of")
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
            match label.strip_suffix(" of").map(str::trim_end) {
                Some(stem) if !stem.is_empty() && other_side(stem) != format!("{stem} of") => {
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
    /// by "cousin", whose own other side is "cousin"), or the same on both
    /// (as journals written before words had other sides hold them); a kind
    /// said the same both ways may be said in each side's word ([`answer`]).
    pub fn answered_by(&self, from: Id, back: &Link) -> bool {
        let want = self.inverse(from);
        back.to == want.to
            && back.kind == want.kind
            && (want.kind != RelationKind::Other
                || back.label == want.label
                || other_side(&back.label) == self.label
                || back.label == self.label)
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
mod tests {
    use super::*;

    #[test]
    fn each_side_says_it_in_its_own_words() {
        let sofia = Link::parse(Id(2), "Daughter").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(sofia.kind, RelationKind::Child);
        let anna = sofia.inverse(Id(1));
        assert_eq!((anna.to, anna.word()), (Id(1), "parent"));
        // Back again, the kind's own word: "daughter" was said of Sofia.
        assert_eq!(anna.inverse(Id(2)).word(), "child");
        assert!(sofia.answered_by(Id(1), &anna) && anna.answered_by(Id(2), &sofia));
        let by = Link::parse(Id(3), "introduced by").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(by.inverse(Id(1)).word(), "introduced");
        let cousin = Link::parse(Id(4), " Cousin ").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (cousin.word(), cousin.inverse(Id(1)).word()),
            ("Cousin", "Cousin")
        );
        for link in [sofia, anna, by, cousin] {
            assert_eq!(Link::parse(link.to, &link.as_typed()), Ok(link));
        }
        assert!(Link::parse(Id(5), "  ").is_err());
    }

    /// Report 27b #11: a card's `RELATED;TYPE=spouse` read "partner" on
    /// both sides and in every export.
    #[test]
    fn a_word_said_the_same_both_ways_is_kept() {
        let anna = Link::parse(Id(2), "Spouse").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(anna.kind, RelationKind::Partner);
        assert_eq!(
            (anna.word(), anna.inverse(Id(1)).word()),
            ("spouse", "spouse")
        );
        // A word that says who is who is kept on its side (issue 28:
        // `relate chris emily wife` read "partner" on Chris's card).
        let wife = Link::parse(Id(2), "wife").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (wife.word(), wife.inverse(Id(1)).word()),
            ("wife", "partner")
        );
        let son = Link::parse(Id(2), "Son").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((son.word(), son.inverse(Id(1)).word()), ("son", "parent"));
        assert!(son.answered_by(Id(1), &son.inverse(Id(1))));
        assert_eq!(Link::parse(wife.to, &wife.as_typed()), Ok(wife));
        let partner = Link::parse(Id(2), "partner").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(partner.label, "");
        assert_eq!(Link::parse(anna.to, &anna.as_typed()), Ok(anna));
    }

    /// Trial 28a: `relate anna bob boss` put "boss Anna Rossi" on Bob's
    /// card. Every word typed reads true from both sides: the other side
    /// says its own word, the same word where it is mutual, or "of".
    #[test]
    fn a_word_of_ones_own_reads_true_from_the_other_side() {
        for (typed, mine, theirs) in [
            ("boss", "boss", "boss of"),
            ("Mentor", "Mentor", "mentee"),
            ("mentor of", "mentee", "mentor"),
            ("boss of", "boss of", "boss"),
            ("cousin", "cousin", "cousin"),
            ("cugina", "cugina", "cousin"),
            ("moglie", "moglie", "partner"),
            ("figlia", "figlia", "parent"),
        ] {
            let link = Link::parse(Id(2), typed).unwrap_or_else(|e| panic!("{e}"));
            let back = link.inverse(Id(1));
            assert_eq!((link.word(), back.word()), (mine, theirs), "{typed}");
            assert!(link.answered_by(Id(1), &back), "{typed}");
            assert!(back.answered_by(Id(2), &link), "{typed}");
        }
    }

    proptest::proptest! {
        /// Whatever is typed, each side answers the other, and the other
        /// side seen back again is what it was: `check`, a merge and a
        /// restore (which rebuild one side from the other) agree.
        #[test]
        fn both_sides_answer_each_other(
            word in proptest::sample::select(vec![
                "boss", "mentor", "mentee", "cousin", "cugina", "wife", "moglie", "son",
                "introduced by", "landlord", "tenant", "spouse", "friend", "coach",
            ]),
            own in "[a-z]{1,8}",
            of in proptest::bool::ANY,
            mine in proptest::bool::ANY,
        ) {
            let typed = if mine { own } else { word.to_string() };
            let typed = if of { format!("{typed} of") } else { typed };
            let link = Link::parse(Id(2), &typed).unwrap_or_else(|e| panic!("{e}"));
            let back = link.inverse(Id(1));
            proptest::prop_assert!(link.answered_by(Id(1), &back), "{:?} {:?}", link, back);
            proptest::prop_assert!(back.answered_by(Id(2), &link), "{:?} {:?}", link, back);
            proptest::prop_assert_eq!(back.inverse(Id(2)).inverse(Id(1)), back);
        }
    }
}
