//! Whether a need names someone's organisation: "someone at Satispay",
//! "a referral at Satispay", "un contatto in Satispay", "qualcuno da
//! Satispay", "an intro to their CTO at Klarheit". Whoever works there can
//! help: they are offered for it (`match`, `H`, a draft's "who could
//! help"), as "works at Satispay" (trial 26y3: `match piero` said nobody
//! offers "someone at Satispay" while Lea Barbieri works there).

use super::head;

/// The words that put an organisation after a need, English and Italian,
/// with the Italian ones joined to an article ("al Comune di Milano",
/// "dall'Agenzia", folded to "dall agenzia"). "for" is not one: "a
/// designer for Satispay" is someone to work for them, not one of them.
const AT: &[&str] = &[
    "at", "from", "in", "da", "presso", "di", "al", "alla", "allo", "ai", "agli", "alle", "all",
    "nel", "nella", "nello", "nei", "negli", "nelle", "nell", "dal", "dalla", "dallo", "dai",
    "dagli", "dalle", "dall", "del", "della", "dello", "dei", "degli", "delle", "dell",
];

/// Articles that may stand between those words and the name ("at the
/// Comune di Milano", "presso la Satispay").
const ARTICLES: &[&str] = &["the", "il", "lo", "la", "l", "i", "gli", "le"];

/// Whether `need` names `org`: right after one of [`AT`] (and perhaps an
/// article) come the organisation's words, all of them and in order, and
/// then the need ends or a word that only links ("at Satispay for
/// Sofia"). Words are compared whole, case and accents aside (the
/// folding of [`super::same_org`]): a name is a proper noun, never
/// stemmed nor joined through a group of words ("Poste" is no "posto"),
/// and never guessed from capital letters: only an organisation someone
/// in the journal works at is looked for. A longer name is another
/// organisation ("at Satispay Labs" does not name Satispay), and a city
/// the need shares with a name ("un lavoro a Milano", "Comune di
/// Milano") is where, not whom.
pub(crate) fn names_org(need: &str, org: &str) -> bool {
    let name = head::all_words(org);
    if !name.iter().any(|w| head::content(w)) {
        return false;
    }
    let said = head::all_words(need);
    let named_at = |at: usize| {
        said.get(at..at + name.len()) == Some(name.as_slice())
            && said.get(at + name.len()).is_none_or(|w| !head::content(w))
    };
    said.iter().enumerate().any(|(i, w)| {
        AT.contains(&w.as_str())
            && (named_at(i + 1)
                || said
                    .get(i + 1)
                    .is_some_and(|a| ARTICLES.contains(&a.as_str()))
                    && named_at(i + 2))
    })
}

#[cfg(test)]
mod tests {
    use super::names_org;

    #[test]
    fn a_need_names_an_organisation_after_at_in_da_presso_di() {
        for need in [
            "someone at Satispay",
            "a referral at Satispay",
            "a referral at SATISPAY for Sofia",
            "un contatto in Satispay",
            "qualcuno da Satispay",
            "qualcuno presso la Satispay",
            "someone from Satispay",
        ] {
            assert!(names_org(need, "Satispay"), "{need}");
        }
        assert!(names_org("an intro to their CTO at Klarheit", "Klarheit"));
        assert!(names_org(
            "un lavoro al Comune di Milano",
            "Comune di Milano"
        ));
        assert!(names_org(
            "un lavoro all'Università di Pavia",
            "universita di pavia"
        ));
        for (need, org) in [
            ("someone at Satispay Labs", "Satispay"),
            ("someone at Satispay", "Satispay Labs"),
            ("Satispay people", "Satispay"),
            ("un lavoro a Milano", "Comune di Milano"),
            ("un posto", "Poste"),
            ("a designer for Satispay", "Satispay"),
            ("someone at Satispay", ""),
        ] {
            assert!(!names_org(need, org), "{need} / {org}");
        }
    }
}
