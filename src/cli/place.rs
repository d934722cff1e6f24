//! Where the journal is: its one path, and the journal beside a path
//! that is a slip of its name.

use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow};

use crate::journal::Journal;

/// The journal's one path, whichever way it was reached (a link, a
/// relative path): every process writes its backups and finds its socket
/// by this path. A journal not made yet gets its folder's real path.
pub(super) fn canonical(path: PathBuf) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(&path) {
        return real;
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match (std::fs::canonicalize(folder), path.file_name()) {
        (Ok(real), Some(name)) => real.join(name),
        _ => std::path::absolute(&path).unwrap_or(path),
    }
}

/// Takes away the journal this command opened where none was, when the
/// command was refused before writing anything: a journal is started only
/// by something written in it, as a dry run starts none, so the next
/// command still says "no journal at …" (trial 28c #9), and a TUI quit with
/// nothing written leaves none (trial 28d #5).
/// A folder the user made for it (`folder`) stays, emptied.
pub(super) fn unmake(journal: Journal, path: &Path, folder: bool) {
    drop(journal);
    let emptied = match folder {
        true => std::fs::read_dir(path).and_then(|entries| {
            entries
                .flatten()
                .try_for_each(|e| match e.file_type()?.is_dir() {
                    true => std::fs::remove_dir_all(e.path()),
                    false => std::fs::remove_file(e.path()),
                })
        }),
        false => std::fs::remove_dir_all(path),
    };
    if let Err(e) = emptied {
        eprintln!(
            "givegive: warning: could not take away the empty journal at {}: {e}",
            path.display()
        );
    }
}

/// Refuses a path named with `--db` or `GIVEGIVE_DB` that is most likely
/// a slip, before anything is made there: a folder that holds a journal
/// (`~/.local/share/givegive` for its `journal`), a name beside a
/// journal's that is a slip of it, a command that only reads where no
/// journal is, and a journal to start in a folder that does not exist (a
/// mistyped deep path would otherwise become a tree of folders). `starts`:
/// the command (or the TUI) may start a journal.
pub(super) fn refuse_named(path: &Path, starts: bool) -> Result<()> {
    // An empty folder is no journal (trial 28f: `review` there made one
    // and said "Nothing needs you"); made for one, it starts one.
    if empty_folder(path) {
        return match starts {
            true => Ok(()),
            false => Err(anyhow!(
                "no journal at {}: the folder is empty (add, import or the TUI start a new one there)",
                path.display()
            )),
        };
    }
    if path.exists() {
        return match journal_inside(path) {
            Some(inner) => Err(anyhow!(
                "{} is not a givegive journal, but {} in it is: did you mean {}?",
                path.display(),
                inner.display(),
                inner.display()
            )),
            None => Ok(()),
        };
    }
    let near = journal_beside(path);
    if !starts {
        let hint = near.as_ref().map_or_else(
            || "check the path (add, import or the TUI start a new one)".to_string(),
            |near| format!("did you mean {}?", near.display()),
        );
        return Err(anyhow!("no journal at {}: {hint}", path.display()));
    }
    if let Some(near) = near {
        return Err(anyhow!(
            "no journal at {}, but {} is one: did you mean it? Nothing was written (to start a new journal there anyway, make its folder first: mkdir {})",
            path.display(),
            near.display(),
            path.display()
        ));
    }
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() && !folder.is_dir() => Err(anyhow!(
            "the folder {} does not exist: make it first (mkdir -p {}) to start a journal there",
            folder.display(),
            folder.display()
        )),
        _ => Ok(()),
    }
}

/// Whether `path` is a folder with nothing in it: where no journal is yet.
pub(super) fn empty_folder(path: &Path) -> bool {
    std::fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_none())
}

/// The journal in the folder `path` when `path` is not a journal itself:
/// the folder named instead of the journal it holds. Its only one, or the
/// one named `journal` as the default is.
fn journal_inside(path: &Path) -> Option<PathBuf> {
    if !path.is_dir() || path.join("conf").is_file() {
        return None;
    }
    let inside: Vec<PathBuf> = std::fs::read_dir(path)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("db").is_file())
        .collect();
    match inside.as_slice() {
        [one] => Some(one.clone()),
        _ => inside.into_iter().find(|p| p.ends_with("journal")),
    }
}

/// A journal beside `path` whose folder's name is a slip of its name
/// (`jornal` for `journal`, `tri` for `try`): a path typed with a typo
/// would otherwise start a new journal and take what the user meant for
/// the one beside it.
pub(super) fn journal_beside(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    std::fs::read_dir(path.parent()?)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("db").is_file())
        .filter_map(|p| Some((slip(name, p.file_name()?.to_str()?)?, p)))
        .min_by_key(|(d, _)| *d)
        .map(|(_, p)| p)
}

/// How far `typed` is from `other`, a journal's name, when it is a slip of
/// it: its case, two letters swapped, or one letter changed, added or
/// dropped where the longer name has 3 letters or more (`Try`, `rty`,
/// `tri`, `tr`, `tryy` for `try`), two in a name of 6 or more. Numbered
/// names are given on purpose: names that differ only in digits (`j1`,
/// `j2`; `work2`, `work`) or end in different numbers (`run1`, `rum2`)
/// are never slips of each other. Otherwise names differ in more than a
/// letter or two (`work`, `home`), and are another journal.
fn slip(typed: &str, other: &str) -> Option<usize> {
    let letters = |n: &str| {
        n.chars()
            .filter(|c| !c.is_ascii_digit())
            .collect::<String>()
    };
    let number = |n: &str| {
        let digits = n.len() - n.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        n[n.len() - digits..].to_string()
    };
    if letters(typed) == letters(other) || number(typed) != number(other) {
        return None;
    }
    let (t, o) = (typed.to_lowercase(), other.to_lowercase());
    let d = strsim::damerau_levenshtein(&t, &o);
    let (short, long) = {
        let (a, b) = (t.chars().count(), o.chars().count());
        (a.min(b), a.max(b))
    };
    let most = match long {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    };
    (short >= 2 && d <= most || d == 0).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::slip;
    use proptest::prelude::*;

    #[test]
    fn the_slips_of_a_short_name_are_caught_and_other_names_are_not() {
        for typed in ["tri", "tr", "tryy", "trz", "rty", "Try"] {
            assert!(slip(typed, "try").is_some(), "{typed}");
        }
        for (typed, other) in [
            ("work", "home"),
            ("j1", "j2"),
            ("work2", "work"),
            ("t", "try"),
        ] {
            assert_eq!(slip(typed, other), None, "{typed} beside {other}");
        }
    }

    proptest! {
        /// One letter changed, added or dropped in a name of 3 letters or
        /// more is a slip of it.
        #[test]
        fn one_letter_off_is_a_slip(
            name in "[a-z]{3,12}",
            at in 0usize..12,
            letter in "[a-z]",
            how in 0u8..3,
        ) {
            let mut typed: Vec<char> = name.chars().collect();
            let at = at % typed.len();
            let letter = letter.chars().next().unwrap_or('x');
            match how {
                0 => typed[at] = letter,
                1 => typed.insert(at, letter),
                _ => { typed.remove(at); }
            }
            let typed: String = typed.into_iter().collect();
            prop_assume!(typed != name);
            prop_assert!(slip(&typed, &name).is_some(), "{} beside {}", typed, name);
        }

        /// Names numbered apart are never slips, however alike their letters.
        #[test]
        fn numbered_names_are_on_purpose(
            name in "[a-z]{1,8}",
            typo in "[a-z]{0,1}",
            a in 0u32..100,
            b in 0u32..100,
        ) {
            prop_assume!(a != b);
            let typed = format!("{name}{typo}{a}");
            prop_assert_eq!(slip(&typed, &format!("{name}{b}")), None);
            prop_assert_eq!(slip(&format!("{name}{a}"), &name), None);
        }

        /// Names three or more letters apart are other journals.
        #[test]
        fn other_names_are_not_slips(typed in "[a-z]{1,8}", other in "[a-z]{1,8}") {
            prop_assume!(strsim::damerau_levenshtein(&typed, &other) >= 3);
            prop_assert_eq!(slip(&typed, &other), None);
        }
    }
}
