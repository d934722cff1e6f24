//! Every real file imported together, in two orders, keeps every value
//! of every card (issue 27), or says it left it out (one `add` would
//! refuse): the counts of `real_files` per file, here across cards of one
//! person merged (John Doe's four cards).

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use calcard::{Entry, Parser};

use super::real_files::{field, readable};

/// Values an import said it left out, by field.
pub(super) type Said = HashSet<(&'static str, String)>;

/// The values an import said on stderr it left out, by field: a phone,
/// email or web address `add` would refuse (a "phone" `12`, an email with
/// no `@`) is not kept, and not lost unsaid (trial 27t #5).
pub(super) fn said_left_out(stderr: &str) -> Said {
    let mut out = HashSet::new();
    for line in stderr.lines() {
        for (f, word, noun) in [
            ("phone", "phone", "a phone number"),
            ("email", "email", "an email address"),
            ("url", "web address", "a web address"),
        ] {
            let (start, end) = (format!(": {word} '"), format!("' is not {noun}, left out"));
            if let (Some(at), Some(rest)) = (line.find(&start), line.strip_suffix(&end)) {
                out.insert((f, rest[at + start.len()..].to_string()));
            }
        }
    }
    out
}

/// Every value of `field` in the files, as the combined test compares it:
/// phones by their digits (a `tel:` URI's too), the rest folded.
fn values_in_files(files: &[PathBuf]) -> BTreeMap<&'static str, HashSet<String>> {
    let mut out: BTreeMap<&'static str, HashSet<String>> = BTreeMap::new();
    for path in files {
        let text = String::from_utf8_lossy(&std::fs::read(path).expect("read"))
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        let mut parser = Parser::new(&text);
        while let Entry::VCard(card) = parser.entry() {
            for e in &card.entries {
                let Some(f @ ("phone" | "email" | "url" | "relation")) = field(&e.name) else {
                    continue;
                };
                for v in e.values.iter().filter_map(|v| v.as_text()) {
                    out.entry(f).or_default().insert(norm(f, v));
                }
            }
        }
    }
    out.retain(|_, v| {
        v.remove("");
        !v.is_empty()
    });
    out
}

fn norm(field: &str, value: &str) -> String {
    match field {
        "phone" => value.chars().filter(char::is_ascii_digit).collect(),
        _ => value.trim().to_lowercase(),
    }
}

/// What the journal in `db` holds of each field, by the same norm.
fn values_kept(j: &super::J, db: &str) -> BTreeMap<&'static str, HashSet<String>> {
    let journal: serde_json::Value =
        serde_json::from_str(&j.out(db, &["export", "--format", "json"])).expect("JSON");
    let people = journal["contacts"].as_array().cloned().unwrap_or_default();
    let name = |id: &serde_json::Value| {
        people
            .iter()
            .find(|p| p["id"] == *id)
            .and_then(|p| p["name"].as_str())
            .unwrap_or_default()
            .to_string()
    };
    let mut out: BTreeMap<&'static str, HashSet<String>> = BTreeMap::new();
    for c in &people {
        let each = |k: &str| c[k].as_array().cloned().unwrap_or_default();
        for (f, key) in [
            ("phone", "phones"),
            ("email", "emails"),
            ("relation", "related"),
        ] {
            for v in each(key) {
                let v = v["value"].as_str().unwrap_or_default().to_string();
                out.entry(f).or_default().insert(norm(f, &v));
            }
        }
        for u in each("urls") {
            let u = u.as_str().unwrap_or_default().to_string();
            out.entry("url").or_default().insert(norm("url", &u));
        }
        for l in each("links") {
            out.entry("relation")
                .or_default()
                .insert(norm("relation", &name(&l["to"])));
        }
    }
    out
}

/// Every file imported together, in name order and the reverse, keeps
/// every phone, email, URL and related name any card holds: cards of one
/// person merged (John Doe's four) lose none of them, whichever came first.
/// Before, a 4.0 `tel:` number, Outlook's callback and FullContact's
/// fourteen related names were not in the journal.
#[test]
fn every_real_file_imported_together_in_either_order_keeps_every_value() {
    let files = readable();
    let want = values_in_files(&files);
    let j = super::J::new();
    for (db, order) in [
        ("forward", files.clone()),
        ("backward", {
            let mut f = files.clone();
            f.reverse();
            f
        }),
    ] {
        let paths: Vec<&str> = order.iter().filter_map(|p| p.to_str()).collect();
        let imported = j
            .cmd(
                db,
                &[&["import", "--format", "vcard"], paths.as_slice()].concat(),
            )
            .assert()
            .success();
        // What `add` would refuse is left out, and said (trial 27t #5).
        let said: Said = said_left_out(&String::from_utf8_lossy(&imported.get_output().stderr))
            .into_iter()
            .map(|(f, v)| (f, norm(f, &v)))
            .collect();
        let kept = values_kept(&j, db);
        for (f, values) in &want {
            let missing: Vec<&String> = values
                .iter()
                .filter(|v| !kept.get(f).is_some_and(|k| k.contains(*v)))
                .filter(|v| !said.contains(&(*f, (*v).clone())))
                .collect();
            assert!(missing.is_empty(), "{db}: {f} lost {missing:?}");
        }
    }
}
