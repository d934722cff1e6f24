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
            "partner" | "wife" | "husband" | "spouse" | "girlfriend" | "boyfriend" => {
                RelationKind::Partner
            }
            "child" | "son" | "daughter" | "kid" => RelationKind::Child,
            "parent" | "mother" | "father" | "mum" | "mom" | "dad" => RelationKind::Parent,
            "sibling" | "brother" | "sister" => RelationKind::Sibling,
            "colleague" | "coworker" | "co-worker" => RelationKind::Colleague,
            "friend" => RelationKind::Friend,
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
            label
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
        let both_ways =
            self.kind == RelationKind::Other || SAME_BOTH_WAYS.contains(&self.label.as_str());
        Link {
            to: from,
            kind,
            label: if both_ways {
                self.label.clone()
            } else {
                String::new()
            },
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
    /// for a word of the user's own; a kind said the same both ways may be
    /// said in each side's word ([`answer`]).
    pub fn answered_by(&self, from: Id, back: &Link) -> bool {
        let want = self.inverse(from);
        back.to == want.to
            && back.kind == want.kind
            && (want.kind != RelationKind::Other || back.label == want.label)
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
        let cousin = Link::parse(Id(4), " cousin ").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (cousin.word(), cousin.inverse(Id(1)).word()),
            ("cousin", "cousin")
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
}
