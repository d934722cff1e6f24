//! Labels of the phones and emails a file and the journal both hold.

use super::{Differs, Merged};
use crate::domain::labelled::{Labelled, same_label};
use crate::domain::reach;
use crate::domain::text::fold;

/// The values of `list`, each once.
pub(super) fn values(list: &[Labelled]) -> Vec<String> {
    crate::domain::labelled::values(list)
        .map(str::to_string)
        .collect()
}

/// Labels of the file's phones or emails: a value the journal holds with
/// no label, or gains from this file, takes every label the file gives it (so import order does not decide
/// whether a label is kept); a value the two label otherwise, with no
/// label in common, is a difference, kept as the journal has it and
/// reported like any other.
pub(super) fn labels(m: &mut Merged, field: &'static str, have: &[Labelled], file: &[Labelled]) {
    let (add, same): (_, fn(&str) -> String) = match field {
        "phone label" => (&mut m.add.phones, reach::phone_key),
        _ => (&mut m.add.emails, fold),
    };
    for value in crate::domain::labelled::values(file) {
        let key = same(value);
        let of = |list: &[Labelled]| -> Vec<Labelled> {
            list.iter()
                .filter(|x| same(x.value()) == key && !x.label.trim().is_empty())
                .cloned()
                .collect()
        };
        let (mine, theirs) = (of(have), of(file));
        let held = have.iter().find(|h| same(h.value()) == key);
        if theirs.is_empty() {
            continue;
        }
        // A value new to the journal, or held with no label, takes every
        // label the file gives it (an Android number can be cell and work),
        // on the value as the journal writes it ("111-555-4444" typed
        // takes the card's cell of "(111) 555-4444").
        if held.is_none() || mine.is_empty() {
            if add.iter().any(|a| same(a.value()) == key) || held.is_some() {
                add.retain(|a| same(a.value()) != key);
                let written = held.map_or(value, Labelled::value);
                add.extend(theirs.iter().map(|t| Labelled::new(&t.label, written)));
            }
        } else if !theirs
            .iter()
            .any(|t| mine.iter().any(|h| same_label(&h.label, &t.label)))
        {
            let shown =
                |l: &[Labelled]| l.iter().map(Labelled::shown).collect::<Vec<_>>().join(", ");
            m.differs.push(Differs {
                field,
                journal: shown(&mine),
                file: shown(&theirs),
            });
        }
    }
}
