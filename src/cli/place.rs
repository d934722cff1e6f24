//! Where the journal is: its one path, and the journal beside a path
//! that is a slip of its name.

use std::path::{Path, PathBuf};

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

/// A journal beside `path` whose folder's name is a slip of its name
/// (`jornal` for `journal`): a path typed with a typo would otherwise start
/// a new journal and take what the user meant for the one beside it.
pub(super) fn journal_beside(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    // Numbered names (`j1`, `j2`; `work2`) are names given on purpose.
    let letters = |n: &str| {
        n.chars()
            .filter(|c| !c.is_ascii_digit())
            .collect::<String>()
    };
    // A short name is a slip only by case or two letters swapped (`Copy`,
    // `tyr` beside `copy`, `try`), never by a letter more or less.
    let sorted = |n: &str| {
        let mut c: Vec<char> = n.to_lowercase().chars().collect();
        c.sort_unstable();
        c
    };
    let short = name.chars().count() < 5;
    let most = (name.chars().count() / 3).clamp(1, 2);
    std::fs::read_dir(path.parent()?)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("db").is_file())
        .filter_map(|p| {
            let other = p.file_name()?.to_str()?.to_string();
            if letters(&other) == letters(name) {
                return None;
            }
            let d = strsim::damerau_levenshtein(&name.to_lowercase(), &other.to_lowercase());
            let slip = if short {
                other.chars().count() >= 3 && d <= 1 && sorted(name) == sorted(&other)
            } else {
                d <= most
            };
            slip.then_some((d, p))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, p)| p)
}
