//! The README runs as written (issue 28): every `sh` block of README.md,
//! in order, one command at a time, on a fresh journal in a fresh home,
//! with `givegive` on the PATH being the binary under test. Each must exit
//! 0. The files the examples import are there as a user's would be: the
//! address books and exports other programs wrote (`../shared/real-world`,
//! the LinkedIn and Google exports of `tests/fixtures`), under the names
//! the README gives them. The set-up block (`cargo …`) is what CI runs
//! itself and is left out.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The README's `sh` blocks, each a list of commands (continuation lines
/// joined, comments and blank lines dropped).
fn blocks(readme: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut lines = readme.lines();
    while let Some(line) = lines.next() {
        if line.trim() != "```sh" {
            continue;
        }
        let mut commands: Vec<String> = Vec::new();
        let mut open = String::new();
        for line in lines.by_ref() {
            if line.trim() == "```" {
                break;
            }
            let text = line.trim();
            if open.is_empty() && (text.is_empty() || text.starts_with('#')) {
                continue;
            }
            match text.strip_suffix('\\') {
                Some(head) => {
                    open.push_str(head);
                    open.push(' ');
                }
                None => {
                    open.push_str(text);
                    commands.push(std::mem::take(&mut open));
                }
            }
        }
        out.push(commands);
    }
    out
}

/// The ids a command's comment says it prints: each "(#N" in it, as in
/// `asked marco "…"   # a request (#12: the id it printed)`. Later lines
/// type them (`--answers 12`), so one that drifts fails here by name.
fn ids_promised(command: &str) -> Vec<String> {
    let Some((_, comment)) = command.split_once("  # ") else {
        return Vec::new();
    };
    comment
        .split("(#")
        .skip(1)
        .map(|rest| rest.chars().take_while(char::is_ascii_digit).collect())
        .filter(|id: &String| !id.is_empty())
        .collect()
}

/// Whether `out` prints `#id` (not the start of a longer number).
fn printed_id(out: &str, id: &str) -> bool {
    out.match_indices(&format!("#{id}"))
        .any(|(at, m)| !out[at + m.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

fn copy(from: &Path, to: &Path) {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir).expect("a folder for the file");
    }
    std::fs::copy(from, to).expect("copy a file the README imports");
}

/// A home and a working folder holding what the README's examples read.
fn home() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let home = dir.path().join("home");
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let real = manifest.join("../shared/real-world/vcard");
    let fixtures = manifest.join("tests/fixtures");
    copy(
        &real.join("ezvcard_John_Doe_IPHONE.vcf"),
        &home.join("contacts.vcf"),
    );
    copy(
        &real.join("ezvcard_outlook-2007.vcf"),
        &home.join("new.vcf"),
    );
    for file in ["Connections.csv", "Invitations.csv", "messages.csv"] {
        copy(&fixtures.join("linkedin").join(file), &home.join(file));
    }
    copy(
        &fixtures.join("google/contacts.csv"),
        &home.join("contacts.csv"),
    );
    for card in ["aosp_v40_sort_as.vcf", "ezvcard_fullcontact.vcf"] {
        copy(
            &real.join(card),
            &home.join(".contacts/personal").join(card),
        );
    }
    // A fish user has its configuration folder.
    std::fs::create_dir_all(home.join(".config/fish")).expect("fish folder");
    let bin = dir.path().join("bin");
    std::fs::create_dir_all(&bin).expect("bin folder");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_givegive"), bin.join("givegive"))
        .expect("givegive on the PATH");
    (dir, home)
}

#[test]
fn every_shell_example_in_the_readme_runs_as_written_on_a_fresh_journal() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(manifest.join("README.md")).expect("README.md");
    let (dir, home) = home();
    let path = format!(
        "{}:{}",
        dir.path().join("bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut ran = 0;
    let mut failed = Vec::new();
    for commands in blocks(&readme) {
        // The set-up block builds and tests givegive itself.
        if commands.iter().any(|c| c.starts_with("cargo ")) {
            continue;
        }
        for command in commands {
            let out = Command::new("bash")
                .args(["-c", &command])
                .current_dir(&home)
                .env_clear()
                .env("PATH", &path)
                .env("HOME", &home)
                .env("GIVEGIVE_TODAY", "2026-12-07")
                .env("GIVEGIVE_LINGER", "0")
                .env("GIVEGIVE_PASSPHRASE", "correct horse battery staple")
                .output()
                .expect("run bash");
            // Shown with --nocapture: the tour as a reader would see it.
            eprintln!(
                "$ {command}\n{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            let said = String::from_utf8_lossy(&out.stdout);
            for id in ids_promised(&command) {
                if !printed_id(&said, &id) {
                    failed.push(format!(
                        "{command}\n  its comment says #{id}; it printed:\n{said}"
                    ));
                }
            }
            if !out.status.success() {
                failed.push(format!(
                    "{command}\n  ({}) {}{}",
                    out.status,
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
            ran += 1;
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {ran} README examples failed:\n{}",
        failed.len(),
        failed.join("\n")
    );
    assert!(ran > 50, "only {ran} README examples found");
}
