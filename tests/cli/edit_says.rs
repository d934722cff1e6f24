//! `edit` says what it changed, in the words an import's summary counts
//! fields with (trial 26y: "updated Anna Rossi (#1)" said nothing of the
//! org, the email and the cadence just set).

use std::collections::BTreeSet;

use proptest::prelude::*;

use super::Journal;

/// An edit's flags, and what the confirmation says of each: gained, or
/// taken out.
const EDITS: [(&[&str], &str, bool); 8] = [
    (&["--org", "Fintastic"], "org", true),
    (&["--role", "CFO"], "role", true),
    (&["--email", "anna@fintastic.it"], "1 email", true),
    (&["--interest", "climbing"], "1 interest", true),
    (&["--cadence", "2w"], "cadence", true),
    (&["--need", "a CFO"], "1 need", true),
    (&["--tag", "fintech"], "1 tag", true),
    (&["--drop-phone", "+39 333 1234567"], "1 phone", false),
];

/// The words of a comma-separated list.
fn set(s: &str) -> BTreeSet<&str> {
    s.split(", ").filter(|w| !w.is_empty()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    #[test]
    fn edit_says_what_it_changed(chosen in prop::collection::vec(any::<bool>(), EDITS.len())) {
        prop_assume!(chosen.contains(&true));
        let j = Journal::lingerless();
        j.ok(&["add", "Anna Rossi", "--phone", "+39 333 1234567", "--org", "Acme"]);
        let mut args = vec!["edit", "anna"];
        let (mut gained, mut lost) = (BTreeSet::new(), BTreeSet::new());
        for ((flags, word, gains), on) in EDITS.iter().zip(&chosen) {
            if *on {
                args.extend_from_slice(flags);
                if *gains { gained.insert(*word) } else { lost.insert(*word) };
            }
        }
        let out = j.ok(&args);
        let said = out
            .trim_end()
            .strip_prefix("updated Anna Rossi (#1): ")
            .unwrap_or_else(|| panic!("{out}"));
        prop_assert_eq!(out.lines().count(), 1, "{}", out);
        let (g, l) = match said.split_once("took out ") {
            Some((g, l)) => (g.trim_end_matches("; "), l),
            None => (said, ""),
        };
        prop_assert_eq!(set(g), gained, "{}", out);
        prop_assert_eq!(set(l), lost, "{}", out);
    }
}
