//! Real address books' files keep every phone, email, address, date,
//! relation, URL and chat handle of every card (issue 27).
//!
//! Each file under `../shared/real-world/vcard` (written by Android,
//! Evolution, iPhone, the Mac, Gmail, Outlook, khard's tests...) is
//! imported alone into an empty journal. What the file holds (but for a
//! value the import said it left out, one `add` would refuse) is counted
//! with calcard, independently of the importer: per card, the distinct
//! values of `TEL` and Outlook's `X-MS-TEL`, `EMAIL` (and how many of
//! them have a label: a `TYPE`, or a type written alone as vCard 2.1 does
//! (`TEL;MODEM`), other than pref, voice or internet, or Apple's
//! `X-ABLabel`) and `ADR`, the days (`BDAY`, `ANNIVERSARY`, the `X-`
//! anniversaries, `X-ABDATE` and FullContact's `X-FC-OtherDates`; two
//! forms of one day under one `ALTID` are one day), related names
//! (`RELATED`, `X-ABRELATEDNAMES`, `X-*-SPOUSE`, `X-*-MANAGER`,
//! `X-*-ASSISTANT`, FullContact's `X-FC-RelatedNames`), URLs (`URL`,
//! `FBURL`, `X-SOCIALPROFILE`) and chat handles (`IMPP`, `X-AIM`...,
//! `X-MS-IMADDRESS`). The journal's JSON export must hold as many of
//! each. A file no importer could read (khard's deliberately unparsable
//! one) is skipped.
//!
//! Not counted, because givegive does not keep them: `PHOTO`, `LOGO`,
//! `SOUND` and `KEY` (pictures, sounds and keys are not a journal's);
//! `LABEL` (the printed form of an `ADR`, which is kept); `GEO` and `TZ`;
//! `X-ABADR` (Apple's country code for an address); `REV`, `PRODID` and
//! FullContact's `X-FC-TAGS`/`X-FC-LIST-ID` (bookkeeping, not the person).

use super::common;
use super::together::{Said, said_left_out};

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use calcard::vcard::{VCard, VCardParameterName, VCardParameterValue, VCardProperty};
use calcard::{Entry, Parser};

const FIELDS: [&str; 9] = [
    "phone",
    "phone label",
    "email",
    "email label",
    "address",
    "date",
    "relation",
    "url",
    "handle",
];

/// The old chat properties, one per service.
const CHATS: [&str; 9] = [
    "X-AIM",
    "X-JABBER",
    "X-SKYPE",
    "X-SKYPE-USERNAME",
    "X-MSN",
    "X-YAHOO",
    "X-ICQ",
    "X-GOOGLE-TALK",
    "X-MS-IMADDRESS",
];

/// Types that are no label (which value comes first, a voice line...).
const SILENT: [&str; 8] = [
    "pref",
    "voice",
    "internet",
    "x400",
    "msg",
    "quoted-printable",
    "base64",
    "8bit",
];

pub(super) fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/real-world/vcard")
}

fn other(p: &VCardProperty) -> String {
    match p {
        VCardProperty::Other(n) => n.to_ascii_uppercase(),
        _ => String::new(),
    }
}

/// FullContact's hex-encoded property name, decoded.
fn fullcontact(x: &str) -> String {
    let hex = x.strip_prefix("X-FCENCODED-").unwrap_or_default();
    let bytes: Vec<u8> = (0..hex.len() / 2)
        .filter_map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok())
        .collect();
    String::from_utf8_lossy(&bytes).to_string()
}

/// Which of the fields a property is, if any.
pub(super) fn field(p: &VCardProperty) -> Option<&'static str> {
    let x = other(p);
    let fc = fullcontact(&x);
    match p {
        VCardProperty::Tel => Some("phone"),
        VCardProperty::Url | VCardProperty::Fburl => Some("url"),
        VCardProperty::Impp => Some("handle"),
        _ if x == "X-MS-TEL" => Some("phone"),
        _ if x == "X-SOCIALPROFILE" => Some("url"),
        _ if CHATS.contains(&x.as_str()) => Some("handle"),
        _ if fc.starts_with("X-FC-RelatedNames:") => Some("relation"),
        _ if fc.starts_with("X-FC-OtherDates:") => Some("date"),
        VCardProperty::Email => Some("email"),
        VCardProperty::Adr => Some("address"),
        VCardProperty::Bday | VCardProperty::Anniversary => Some("date"),
        VCardProperty::Related => Some("relation"),
        _ if x.ends_with("ANNIVERSARY") || x == "X-ABDATE" => Some("date"),
        _ if x == "X-ABRELATEDNAMES"
            || (x.starts_with("X-")
                && ["-SPOUSE", "-MANAGER", "-ASSISTANT"]
                    .iter()
                    .any(|r| x.ends_with(r))) =>
        {
            Some("relation")
        }
        _ => None,
    }
}

/// The card's fields, counted: distinct values (case aside), and one day
/// per property and `ALTID`; a value the import said it left out aside.
fn count(card: &VCard, into: &mut BTreeMap<&'static str, usize>, said: &Said) {
    let mut seen: HashSet<(&str, String)> = HashSet::new();
    for e in &card.entries {
        let Some(f) = field(&e.name) else { continue };
        let left_out = e
            .values
            .iter()
            .filter_map(|v| v.as_text())
            .any(|v| said.contains(&(f, v.trim().to_string())));
        if left_out {
            continue;
        }
        let altid = e.params.iter().find_map(|p| match p.name {
            VCardParameterName::Altid => Some(format!("{:?}", p.value)),
            _ => None,
        });
        let key = match (f, altid) {
            ("date", Some(a)) => format!("{:?}{a}", e.name),
            ("date", None) => format!("{:?}{}", e.name, seen.len()),
            _ => format!("{:?}", e.values).to_lowercase(),
        };
        let empty = e.values.iter().all(|v| format!("{v:?}").contains("\"\""));
        if !empty && seen.insert((f, key)) {
            *into.entry(f).or_default() += 1;
            if matches!(f, "phone" | "email") && labelled(card, e) {
                *into
                    .entry(if f == "phone" {
                        "phone label"
                    } else {
                        "email label"
                    })
                    .or_default() += 1;
            }
        }
    }
}

/// Whether a phone or email has a label: a type that says something, or
/// Apple's `X-ABLabel` on its group.
fn labelled(card: &VCard, e: &calcard::vcard::VCardEntry) -> bool {
    let typed = e.params.iter().any(|p| {
        let bare = matches!(
            (&p.name, &p.value),
            (VCardParameterName::Other(_), VCardParameterValue::Null)
        );
        (p.name == VCardParameterName::Type || bare) && {
            let v = format!("{:?}{:?}", p.name, p.value).to_lowercase();
            let v = v
                .replace("type", "")
                .replace("null", "")
                .replace("other", "");
            !SILENT.iter().any(|s| v.contains(s))
        }
    });
    let grouped = e.group.as_deref().is_some_and(|g| {
        card.entries.iter().any(|x| {
            other(&x.name) == "X-ABLABEL"
                && x.group
                    .as_deref()
                    .is_some_and(|h| h.eq_ignore_ascii_case(g))
        })
    });
    typed || grouped
}

/// What the file holds, by field, but for what the import said it left out.
fn in_file(path: &Path, said: &Said) -> BTreeMap<&'static str, usize> {
    let text = String::from_utf8_lossy(&std::fs::read(path).expect("read"))
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = BTreeMap::new();
    let mut parser = Parser::new(&text);
    loop {
        match parser.entry() {
            Entry::VCard(card) => count(&card, &mut out, said),
            Entry::Eof => break,
            _ => {}
        }
    }
    out
}

/// What the journal holds after importing the file alone, by field, and
/// what the import said it left out.
fn kept(path: &Path) -> Option<(BTreeMap<&'static str, usize>, Said)> {
    let dir = tempfile::tempdir().expect("temp dir");
    let (db, config) = (dir.path().join("j"), dir.path().join("config"));
    let mut import = common::givegive(&db, &config);
    import.args(["import", "--format", "vcard"]).arg(path);
    let imported = import.output().expect("runs");
    if !imported.status.success() {
        return None;
    }
    let said = said_left_out(&String::from_utf8_lossy(&imported.stderr));
    let out = common::givegive(&db, &config)
        .args(["export", "--format", "json"])
        .output()
        .expect("runs");
    let journal: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let mut counts = BTreeMap::new();
    for c in journal["contacts"].as_array().into_iter().flatten() {
        let len = |k: &str| c[k].as_array().map_or(0, Vec::len);
        let labels = |k: &str| {
            c[k].as_array()
                .into_iter()
                .flatten()
                .filter(|v| v["label"].as_str().is_some_and(|l| !l.is_empty()))
                .count()
        };
        for (f, n) in [
            ("phone", len("phones")),
            ("phone label", labels("phones")),
            ("email", len("emails")),
            ("email label", labels("emails")),
            ("address", len("addresses")),
            ("date", len("dates")),
            ("relation", len("related") + len("links")),
            ("url", len("urls")),
            ("handle", len("handles")),
        ] {
            *counts.entry(f).or_default() += n;
        }
    }
    Some((counts, said))
}

#[test]
fn every_real_file_keeps_every_field_of_every_card() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared())
        .expect("the shared real-world files")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "vcf"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "{files:?}");
    let mut lost = Vec::new();
    println!("file | field | in | kept");
    for path in &files {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let Some((kept, said)) = kept(path) else {
            assert!(name.contains("unparsable"), "{name} did not import");
            continue;
        };
        let held = in_file(path, &said);
        for f in FIELDS {
            let (n, k) = (
                held.get(f).copied().unwrap_or(0),
                kept.get(f).copied().unwrap_or(0),
            );
            println!("{name} | {f} | {n} | {k}");
            if k < n {
                lost.push(format!("{name}: {f} {k} of {n}"));
            }
        }
    }
    assert!(lost.is_empty(), "lost: {lost:#?}");
}

/// Everyone in journal `db`, as `show` prints them (ids left out: a fresh
/// journal numbers people afresh), by name and organisation.
fn everyone(j: &super::J, db: &str) -> String {
    let list: serde_json::Value =
        serde_json::from_str(&j.out(db, &["list", "--json"])).expect("json");
    let mut people: Vec<(String, String, String)> = list
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let id = p["id"].to_string();
            let name = p["name"].as_str().unwrap_or_default().to_string();
            (name, p["org"].to_string(), id)
        })
        .collect();
    people.sort();
    let mut out = String::new();
    for (_, _, id) in people {
        let shown = j.out(db, &["show", &id]);
        let (head, rest) = shown.split_once('\n').unwrap_or((&shown, ""));
        let head = head.rsplit_once("  #").map_or(head, |(h, _)| h);
        out.push_str(&format!("{}\n{rest}", head.trim_end()));
    }
    out
}

/// Each real file, imported, exported as vCard 3.0, 4.0, a vdir, Google's
/// CSV and JSON, and imported into an empty journal, shows everyone the
/// same. Before, Apple's related name "Spouse" came back from 4.0 as
/// "spouse".
#[test]
fn every_real_file_comes_back_through_every_export() {
    let files = readable();
    let exports: [(&str, &[&str], &str); 5] = [
        ("v3.vcf", &["--format", "vcard", "-o"], "vcard"),
        (
            "v4.vcf",
            &["--format", "vcard", "--vcard-version", "4", "-o"],
            "vcard",
        ),
        ("vdir", &["--format", "vcard", "--vdir"], "vcard"),
        ("google.csv", &["--format", "google", "-o"], "google"),
        ("all.json", &["--format", "json", "-o"], "json"),
    ];
    let mut differ = Vec::new();
    for path in &files {
        let j = super::J::new();
        j.out(
            "a",
            &["import", "--format", "vcard", path.to_str().expect("utf-8")],
        );
        let before = everyone(&j, "a");
        for (file, args, format) in exports {
            let out = j.path(file).display().to_string();
            j.out("a", &[&["export"], args, &[&out]].concat());
            let db = format!("from-{file}");
            j.out(&db, &["import", "--format", format, &out]);
            let after = everyone(&j, &db);
            if after != before {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                differ.push(format!("{name} through {file}:\n{before}\n---\n{after}"));
            }
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n\n"));
}

/// The distinct values a journal holds, by field (case aside), and how
/// many days: what "keeps every phone, email, address, date and
/// relation" counts when several files bring the same person.
fn values(j: &super::J, db: &str) -> BTreeMap<&'static str, (HashSet<String>, usize)> {
    let all: serde_json::Value =
        serde_json::from_str(&j.out(db, &["export", "--format", "json"])).expect("json");
    let mut out: BTreeMap<&'static str, (HashSet<String>, usize)> = BTreeMap::new();
    for c in all["contacts"].as_array().into_iter().flatten() {
        let list = |k: &str| c[k].as_array().cloned().unwrap_or_default();
        let text = |v: &serde_json::Value| v.to_string().to_lowercase();
        for (field, key, part) in [
            ("phone", "phones", "value"),
            ("email", "emails", "value"),
            ("address", "addresses", "street"),
            ("relation", "related", "value"),
        ] {
            let entry = out.entry(field).or_default();
            entry.0.extend(list(key).iter().map(|v| text(&v[part])));
        }
        out.entry("date").or_default().1 += list("dates").len();
        out.entry("relation").or_default().1 += list("links").len();
    }
    out
}

/// The real files every import reads (khard's unparsable one aside).
pub(super) fn readable() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared())
        .expect("the shared real-world files")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "vcf"))
        .filter(|p| !p.to_string_lossy().contains("unparsable"))
        .collect();
    files.sort();
    files
}

/// `files` imported one after another into `db` of `j`.
fn import_each(j: &super::J, db: &str, files: &[PathBuf]) {
    for f in files {
        j.out(
            db,
            &["import", "--format", "vcard", f.to_str().expect("utf-8")],
        );
    }
}

/// What the files hold: every value any of them brings imported alone,
/// and how many days they give in their own order.
fn reference() -> &'static BTreeMap<&'static str, (HashSet<String>, usize)> {
    static ONCE: std::sync::OnceLock<BTreeMap<&'static str, (HashSet<String>, usize)>> =
        std::sync::OnceLock::new();
    ONCE.get_or_init(|| {
        let j = super::J::new();
        let files = readable();
        let mut all = BTreeMap::new();
        for (i, f) in files.iter().enumerate() {
            let db = format!("alone{i}");
            import_each(&j, &db, std::slice::from_ref(f));
            for (field, (set, _)) in values(&j, &db) {
                let entry: &mut (HashSet<String>, usize) = all.entry(field).or_default();
                entry.0.extend(set);
            }
        }
        import_each(&j, "sorted", &files);
        for (field, (_, n)) in values(&j, "sorted") {
            all.entry(field).or_default().1 = n;
        }
        all
    })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 3, ..Default::default() })]

    /// The real files imported one after another in any order keep every
    /// phone, email, address and related name any of them brings alone,
    /// and as many days and links (cards of one person that disagree on
    /// a birthday keep the first, and say so).
    #[test]
    fn the_real_files_in_any_order_keep_every_value(
        files in proptest::strategy::Strategy::prop_shuffle(proptest::strategy::Just(readable()))
    ) {
        let j = super::J::new();
        import_each(&j, "a", &files);
        let got = values(&j, "a");
        for (field, (want, n)) in reference() {
            let (have, m) = got.get(field).cloned().unwrap_or_default();
            let lost: Vec<&String> = want.difference(&have).collect();
            proptest::prop_assert!(lost.is_empty(), "{} lost {:?}", field, lost);
            proptest::prop_assert_eq!(m, *n, "{} count", field);
        }
    }
}
