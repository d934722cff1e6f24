//! The shell contract, through the real binary on temporary journals.

use crate::common;
use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;
use tempfile::TempDir;

// The review's rules through the real binary, in this test binary so the
// suite links one fewer.
#[path = "cli/review.rs"]
mod review;
// Several people met at one event.
#[path = "cli/event.rs"]
mod event;
#[path = "cli/search.rs"]
mod search;
// Drafts that read right to the person they are for.
#[path = "cli/drafts_asked.rs"]
mod drafts_asked;
#[path = "cli/drafts_known.rs"]
mod drafts_known;
// A draft's words: "nice to meet you" only the first time.
#[path = "cli/drafts_words.rs"]
mod drafts_words;
// Who could help whom: the head of a need, the right subject, "+N more".
#[path = "cli/matching.rs"]
mod matching;
#[path = "cli/matching_intro.rs"]
mod matching_intro;
#[path = "cli/matching_org.rs"]
mod matching_org;
// Fields that refuse what is not theirs.
#[path = "cli/fields.rs"]
mod fields;
// `edit` says what it changed.
#[path = "cli/edit_says.rs"]
mod edit_says;
// History rows: the text first, the kind and weight only when they say something.
#[path = "cli/history_rows.rs"]
mod history_rows;
#[path = "cli/one_favour.rs"]
mod one_favour;
// An id merged away or deleted says where the person went.
#[path = "cli/gone.rs"]
mod gone;
#[path = "cli/undo_labels.rs"]
mod undo_labels;
// Details for one person: no "WHO:" naming them is stored.
#[path = "cli/details_whom.rs"]
mod details_whom;
// Inputs checked at the door: dates in English and Italian, a journal's path.
#[path = "cli/door.rs"]
mod door;
#[path = "cli/door_days.rs"]
mod door_days;
// The README's shell examples, run as written.
#[path = "cli/readme.rs"]
mod readme;
// A config file's mistakes, said in one line and never stopping a capture.
#[path = "cli/config_said.rs"]
mod config_said;
// Nothing printed by any command can drive the terminal.
#[path = "cli/hostile.rs"]
mod hostile;
// Taking out what a person does not have is refused, naming what they have.
#[path = "cli/drops.rs"]
mod drops;
// `met --no-follow-up`, as `event` and `add --met` take it.
#[path = "cli/met.rs"]
mod met;
// An empty list says why: nobody yet, nobody open, nobody matching.
#[path = "cli/list_empty.rs"]
mod list_empty;
// Exports say what they hold.
#[path = "cli/exports.rs"]
mod exports;
// A name that fits several people writes to none of them (issues 27, 28).
#[path = "cli/names_fit.rs"]
mod names_fit;
// The words of the review, undo, edits, dates and relations (trials 28b, 28c).
#[path = "cli/words_said.rs"]
mod words_said;
// Small words that were untrue or confusing (trials 27e, 28e).
#[path = "cli/words_wrd.rs"]
mod words_wrd;

use common::TODAY;

struct Journal {
    dir: TempDir,
    /// Whether commands leave a holder behind for a while (as a user's
    /// shell does) or none (`GIVEGIVE_LINGER=0`), for the modules that run
    /// many short commands.
    linger: bool,
}

impl Journal {
    fn new() -> Journal {
        Journal {
            dir: tempfile::tempdir().expect("temp dir"),
            linger: true,
        }
    }

    /// A journal whose commands leave no holder running.
    fn lingerless() -> Journal {
        Journal {
            linger: false,
            ..Journal::new()
        }
    }

    fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("journal")
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = common::givegive(&self.path(), &self.dir.path().join("config"));
        if !self.linger {
            cmd.env("GIVEGIVE_LINGER", "0");
        }
        cmd.args(args);
        cmd
    }

    /// Runs a command that must be refused: exit 1, nothing on stdout,
    /// one line on stderr. Returns that line.
    fn refused(&self, args: &[&str]) -> String {
        let out = self.cmd(args).assert().code(1).get_output().clone();
        assert!(out.stdout.is_empty(), "{args:?} printed {:?}", out.stdout);
        let err = String::from_utf8(out.stderr).expect("utf-8");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        err.trim_end().to_string()
    }

    /// Runs a command that must succeed and returns its stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self
            .cmd(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).expect("utf-8")
    }

    /// Makes the journal's holder, started by the commands before, let go:
    /// before the test opens or damages the files itself.
    fn let_go(&self) {
        self.ok(&["holder", "stop"]);
    }

    /// Opens the journal in this process, as another givegive would hold it.
    ///
    /// The commands just run have exited, yet once in a few hundred runs the
    /// directory lock was still taken at the first try (seen only with the
    /// whole suite running); a command waits up to 3 s for the lock, and so
    /// does this.
    fn hold(&self) -> givegive::journal::Journal {
        self.let_go();
        let mut tries = 0;
        loop {
            match givegive::journal::Journal::open(&self.path()) {
                Ok(journal) => return journal,
                Err(e) if tries < 30 && e.to_string().contains("another givegive process") => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                Err(e) => panic!("first opener: {e}"),
            }
        }
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).expect("valid JSON")
    }

    fn with_people() -> Journal {
        let j = Journal::new();
        j.ok(&[
            "add",
            "Anna",
            "Rossi",
            "--met",
            "pricing breakfast",
            "--interest",
            "Climbing",
        ]);
        j.ok(&["add", "Anna Bianchi", "--org", "Studio"]);
        j.ok(&[
            "add",
            "Marco Verdi",
            "--alias",
            "Marchino",
            "--interest",
            "climbing",
        ]);
        j
    }

    fn history_len(&self, who: &str) -> usize {
        self.json(&["show", who, "--json"])["history"]
            .as_array()
            .map_or(0, Vec::len)
    }
}

#[test]
fn clear_fuzzy_and_alias_matches_resolve() {
    let j = Journal::with_people();
    j.cmd(&["gave", "marchino", "sent", "the", "deck"])
        .assert()
        .success()
        .stdout(contains("gave Marco Verdi: sent the deck"));
    j.cmd(&["got", "rossi", "a tip"])
        .assert()
        .success()
        .stdout(contains("Anna Rossi"));
    j.cmd(&["got", "mrcvrd", "typo still finds him"])
        .assert()
        .success()
        .stdout(contains("Marco Verdi"));
    j.cmd(&["show", "anna rossi"])
        .assert()
        .success()
        .stdout(contains("pricing breakfast"));
}

#[test]
fn an_ambiguous_name_lists_candidates_and_writes_nothing() {
    let j = Journal::with_people();
    // Anna Rossi's first meeting and its follow-up.
    assert_eq!(j.history_len("anna rossi"), 2);
    j.cmd(&["gave", "anna", "something"])
        .assert()
        .failure()
        .stderr(
            contains("'anna' could be")
                .and(contains("Anna Rossi"))
                .and(contains("Anna Bianchi")),
        )
        .stderr(contains("nothing was done"));
    assert_eq!(j.history_len("anna rossi"), 2);
    assert_eq!(j.history_len("anna bianchi"), 0);
    let totals = &j.json(&["balance", "--json"])["totals"];
    assert_eq!(totals["my_gives"]["count"], 0);
}

#[test]
fn an_unknown_name_says_so_and_suggests_add() {
    let j = Journal::with_people();
    j.cmd(&["gave", "xavier", "something"])
        .assert()
        .code(1)
        .stderr(contains("nobody in the journal matches 'xavier'").and(contains("givegive add")));
    j.cmd(&["show", "#999"])
        .assert()
        .failure()
        .stderr(contains("#999 is not a contact"));
}

#[test]
fn an_id_picks_exactly_one_person() {
    let j = Journal::with_people();
    let rows = j.json(&["list", "--json"]);
    let bianchi = rows
        .as_array()
        .and_then(|r| r.iter().find(|r| r["name"] == "Anna Bianchi"))
        .map(|r| r["id"].to_string())
        .expect("Anna Bianchi listed");
    j.ok(&["gave", &format!("#{bianchi}"), "a coffee"]);
    assert_eq!(j.history_len("anna bianchi"), 1);
}

#[test]
fn relative_dates_resolve_against_today() {
    let j = Journal::with_people();
    let entry = |args: &[&str]| {
        j.ok(args);
        let card = j.json(&["show", "marco", "--json"]);
        card["history"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|h| h["text"] == args[2])
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(
        entry(&["gave", "marco", "a", "--on", "yesterday"])["date"],
        "2026-11-22"
    );
    assert_eq!(
        entry(&["gave", "marco", "b", "--on", "3d"])["date"],
        "2026-11-20"
    );
    assert_eq!(
        entry(&["gave", "marco", "c", "--on", "friday"])["date"],
        "2026-11-20"
    );
    assert_eq!(
        entry(&["gave", "marco", "d", "--on", "2026-01-05"])["date"],
        "2026-01-05"
    );
    j.ok(&["follow-up", "marco", "friday", "send the link"]);
    j.ok(&["follow-up", "marco", "in 2 weeks", "check in"]);
    let card = j.json(&["show", "marco", "--json"]);
    let dues: Vec<&str> = card["history"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|h| h["type"] == "follow_up")
        .filter_map(|h| h["due"].as_str())
        .collect();
    assert!(dues.contains(&"2026-11-27"), "next Friday: {dues:?}");
    assert!(dues.contains(&"2026-12-07"), "in 2 weeks: {dues:?}");
    j.cmd(&["gave", "marco", "x", "--on", "someday"])
        .assert()
        .failure()
        .stderr(contains("'someday' is not a date"));
    // A day past its month's end says why (trial 28b).
    assert_eq!(
        j.refused(&["gave", "marco", "x", "--on", "2026-02-30"]),
        "givegive: '2026-02-30' is not a day: February has 28 days in 2026"
    );
    assert_eq!(
        j.refused(&["met", "marco", "x", "--on", "31/11"]),
        "givegive: '31/11' is not a day: November has 30 days"
    );
    assert_eq!(
        j.refused(&["follow-up", "marco", "30/02", "x"]),
        "givegive: '30/02' is not a day: February has 28 days, 29 in a leap year"
    );
}

#[test]
fn asking_before_giving_warns_and_still_records() {
    let j = Journal::with_people();
    j.cmd(&["asked", "marco", "an intro to his CTO"])
        .assert()
        .success()
        .stderr(contains(
            "you have never given to Marco Verdi: give before you ask",
        ));
    assert_eq!(j.history_len("marco"), 1);
    j.ok(&["gave", "anna rossi", "a book"]);
    j.cmd(&["asked", "anna rossi", "a review"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}

#[test]
fn balances_add_up_after_mixed_entries() {
    let j = Journal::with_people();
    j.ok(&["gave", "marco", "deck", "--weight", "3"]);
    let promised = j.ok(&["gave", "marco", "promised intro", "--weight", "2", "--open"]);
    // Open, it is a promise, and said so.
    assert!(promised.starts_with("promised Marco"), "{promised}");
    j.ok(&[
        "got", "marco", "advice", "--weight", "2", "--kind", "advice",
    ]);
    j.ok(&["asked", "marco", "a favour", "--weight", "1", "--granted"]);
    j.ok(&["asked-by", "marco", "a review", "--weight", "4"]);
    let card = j.json(&["show", "marco", "--json"]);
    let t = &card["balance"]["tallies"];
    assert_eq!(t["my_gives"]["weight"], 3);
    assert_eq!(t["my_open_promises"], 1);
    assert_eq!(t["their_gives"]["weight"], 2);
    assert_eq!(t["my_asks"]["weight"], 1);
    assert_eq!(t["my_asks_granted"]["weight"], 1);
    assert_eq!(t["their_asks"]["weight"], 4);
    assert_eq!(t["their_open_requests"], 1);
    assert_eq!(card["lean"], 3 - 2 - 1);
    assert_eq!(card["balance"]["last_touch"], TODAY);

    // Fulfilling their request and my promise moves the balance.
    let open: Vec<String> = card["history"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|h| h["state"] == "open")
        .map(|h| h["id"].to_string())
        .collect();
    assert_eq!(open.len(), 2);
    for id in &open {
        j.cmd(&["done", id])
            .assert()
            .success()
            .stdout(contains("done:"));
    }
    let card = j.json(&["show", "marco", "--json"]);
    assert_eq!(card["lean"], (3 + 2 + 4) - 2 - 1);
    j.cmd(&["done", &open[0]])
        .assert()
        .failure()
        .stderr(contains("already done"));

    let table = j.json(&["balance", "--json"]);
    assert_eq!(table["rows"][0]["name"], "Marco Verdi");
    assert_eq!(table["totals"]["my_gives"]["weight"], 5);
    j.cmd(&["balance"])
        .assert()
        .success()
        .stdout(contains("Marco Verdi").and(contains("all")));
    j.ok(&["check"]);
}

#[test]
fn declining_an_open_ask() {
    let j = Journal::with_people();
    j.ok(&["asked-by", "marco", "a loan", "--open", "--weight", "5"]);
    let id = j.json(&["show", "marco", "--json"])["history"][0]["id"].to_string();
    j.cmd(&["decline", &id])
        .assert()
        .success()
        .stdout(contains("declined: a loan"));
    let t = &j.json(&["show", "marco", "--json"])["balance"]["tallies"];
    assert_eq!(t["their_open_requests"], 0);
    assert_eq!(t["their_asks_granted"]["count"], 0);
    j.ok(&["check"]);
}

#[test]
fn an_introduction_shows_on_both_sides_and_counts_for_each() {
    let j = Journal::with_people();
    j.cmd(&["intro", "anna rossi", "marco", "both", "climb", "+climbing"])
        .assert()
        .success()
        .stdout(contains("introduced Anna Rossi and Marco Verdi"));
    for who in ["anna rossi", "marco"] {
        let card = j.json(&["show", who, "--json"]);
        assert_eq!(card["history"][0]["kind"], "introduction");
        assert_eq!(card["balance"]["tallies"]["my_gives"]["count"], 1);
        assert!(card["contact"]["tags"].to_string().contains("climbing"));
    }
    j.cmd(&["show", "marco"])
        .assert()
        .success()
        .stdout(contains("(with Anna Rossi)"));
    assert_eq!(
        j.json(&["balance", "--json"])["totals"]["my_gives"]["count"],
        2
    );
    j.cmd(&["intro", "marco", "marchino", "self"])
        .assert()
        .failure()
        .stderr(contains("two different people"));
}

#[test]
fn meetings_log_details_tags_and_follow_ups() {
    let j = Journal::with_people();
    j.cmd(&[
        "met",
        "anna rossi",
        "marco",
        "climbing gym +climbers",
        "--details",
        "Anna wants a designer",
        "--follow-up",
        "3d",
    ])
    .assert()
    .success()
    .stdout(
        contains("logged meeting with Anna Rossi, Marco Verdi")
            .and(contains("follow-up due Thursday 26 November")),
    );
    let card = j.json(&["show", "anna rossi", "--json"]);
    let kinds: Vec<&str> = card["history"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|h| h["type"].as_str())
        .collect();
    assert!(kinds.contains(&"interaction") && kinds.contains(&"follow_up"));
    assert!(card["contact"]["tags"].to_string().contains("climbers"));
    j.cmd(&["show", "anna rossi"])
        .assert()
        .success()
        .stdout(contains("details: Anna wants a designer").and(contains("(with Marco Verdi)")));
    let follow_up = card["history"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|h| h["type"] == "follow_up")
        .map(|h| h["id"].to_string())
        .expect("a follow-up");
    j.cmd(&["done", &follow_up])
        .assert()
        .success()
        .stdout(contains("done: follow-up with Anna Rossi"));
    j.cmd(&["met", "marco", "call", "--kind", "video"])
        .assert()
        .failure()
        .code(2)
        .stderr(
            contains("invalid value 'video' for '--kind")
                .and(contains("possible values: met, call, message, event, note")),
        );
    j.ok(&["check"]);
}

#[test]
fn signals_warn_at_the_threshold_and_closing_is_reversible() {
    let j = Journal::with_people();
    j.cmd(&["signal", "marco", "late again"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    j.ok(&["signal", "marco", "ignored my message"]);
    j.cmd(&["signal", "marco", "took credit"])
        .assert()
        .success()
        .stderr(contains("3 warning signals").and(contains("consider closing")));
    j.cmd(&["close", "marco", "--reason", "one-sided"])
        .assert()
        .success()
        .stdout(contains("closed Marco Verdi"));
    assert!(!j.ok(&["list"]).contains("Marco Verdi"));
    assert!(j.ok(&["list", "--closed"]).contains("Marco Verdi [closed]"));
    j.cmd(&["close", "marco", "--reason", "again"])
        .assert()
        .failure()
        .stderr(contains("already closed"));
    j.cmd(&["gave", "marco", "late gift"])
        .assert()
        .success()
        .stderr(contains("is closed"));
    j.ok(&["reopen", "marco"]);
    assert!(j.ok(&["list"]).contains("Marco Verdi"));
    assert_eq!(j.history_len("marco"), 4);
}

#[test]
fn trash_and_restore_bring_everything_back() {
    let j = Journal::with_people();
    j.ok(&["gave", "marco", "deck", "--weight", "2"]);
    j.ok(&["met", "marco", "anna rossi", "lunch"]);
    j.ok(&["intro", "marco", "anna bianchi", "design help"]);
    j.ok(&["follow-up", "marco", "2d", "ping"]);
    j.ok(&["signal", "marco", "late"]);
    let before_marco = j.json(&["show", "marco", "--json"]);
    let before_bianchi = j.json(&["show", "anna bianchi", "--json"]);
    let id = before_marco["contact"]["id"].to_string();

    j.cmd(&["rm", "marco"])
        .assert()
        .success()
        .stdout(contains("moved contact Marco Verdi"));
    j.cmd(&["show", "marchino"]).assert().failure();
    assert_eq!(
        j.history_len("anna bianchi"),
        0,
        "the introduction left with him"
    );
    assert_eq!(
        j.history_len("anna rossi"),
        3,
        "the shared lunch stayed with Anna, beside her first meeting and its follow-up"
    );
    j.cmd(&["trash"])
        .assert()
        .success()
        .stdout(contains("Marco Verdi"));
    j.ok(&["check"]);

    j.cmd(&["restore", &id])
        .assert()
        .success()
        .stdout(contains("restored contact Marco Verdi"));
    assert_eq!(j.json(&["show", "marco", "--json"]), before_marco);
    assert_eq!(j.json(&["show", "anna bianchi", "--json"]), before_bianchi);
    j.ok(&["check"]);
    j.cmd(&["trash"])
        .assert()
        .success()
        .stdout(contains("empty"));

    // A single entry goes and comes back too.
    let entry = before_marco["history"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|h| h["text"] == "deck")
        .map(|h| h["id"].to_string())
        .expect("the deck entry");
    j.ok(&["rm", &entry]);
    assert_eq!(
        j.json(&["show", "marco", "--json"])["balance"]["tallies"]["my_gives"]["weight"],
        1
    );
    j.ok(&["check"]);
    j.ok(&["restore", &entry]);
    assert_eq!(j.json(&["show", "marco", "--json"]), before_marco);
    j.cmd(&["restore", &entry])
        .assert()
        .failure()
        .stderr(contains("not in the trash"));
    j.ok(&["check"]);
}

#[test]
fn restoring_an_entry_needs_its_people() {
    let j = Journal::with_people();
    j.ok(&["gave", "marco", "deck"]);
    let entry = j.json(&["show", "marco", "--json"])["history"][0]["id"].to_string();
    let marco = j.json(&["show", "marco", "--json"])["contact"]["id"].to_string();
    j.ok(&["rm", &entry]);
    j.ok(&["rm", &marco]);
    j.cmd(&["restore", &entry])
        .assert()
        .failure()
        .stderr(contains("restore"));
    j.ok(&["restore", &marco]);
    j.ok(&["restore", &entry]);
    assert_eq!(j.history_len("marco"), 1);
    j.ok(&["check"]);
}

#[test]
fn adding_and_editing_contacts() {
    let j = Journal::with_people();
    j.cmd(&["add", "anna rossi"])
        .assert()
        .failure()
        .stderr(contains("already in the journal"));
    j.ok(&["add", "Anna Rossi", "--duplicate", "--org", "Other"]);
    j.cmd(&["gave", "Anna Rossi", "x"])
        .assert()
        .failure()
        .stderr(contains("could be Anna Rossi").and(contains(", Anna Rossi")));
    j.ok(&[
        "add",
        "Luca",
        "--via",
        "marco",
        "--met",
        "dinner +foodie",
        "--on",
        "2w",
        "--tier",
        "inner",
        "--cadence",
        "14",
    ]);
    let luca = j.json(&["show", "luca", "--json"]);
    assert_eq!(luca["via"]["name"], "Marco Verdi");
    assert_eq!(luca["contact"]["met"]["on"], "2026-11-09");
    assert_eq!(luca["contact"]["tier"], "inner");
    assert_eq!(luca["contact"]["cadence_days"], 14);
    assert_eq!(luca["contact"]["tags"][0], "foodie");
    j.ok(&[
        "edit",
        "luca",
        "--name",
        "Luca Ferri",
        "--email",
        "luca@example.org",
        "--tag",
        "cto",
        "--untag",
        "FOODIE",
        "--interest",
        "Jazz",
        "--need",
        "a designer",
        "--cadence",
        "0",
    ]);
    let luca = j.json(&["show", "luca ferri", "--json"]);
    assert_eq!(luca["contact"]["emails"][0]["value"], "luca@example.org");
    assert_eq!(luca["contact"]["tags"].as_array().map(Vec::len), Some(1));
    assert_eq!(luca["contact"]["cadence_days"], Value::Null);
    assert_eq!(luca["interests"][0]["name"], "Jazz");
    j.cmd(&["edit", "luca"])
        .assert()
        .failure()
        .stderr(contains("nothing to change"));
    j.cmd(&["add", "Bad", "--tier", "best"])
        .assert()
        .failure()
        .code(2)
        .stderr(
            contains("invalid value 'best' for '--tier")
                .and(contains("possible values: inner, close, active, none")),
        );
    j.ok(&["check"]);
}

#[test]
fn interests_fold_case_and_accents_and_show_what_is_shared() {
    let j = Journal::with_people();
    j.ok(&["interest", "add", "CLIMBING", "--mine"]);
    j.ok(&["add", "Zoë", "--interest", "Café culture"]);
    j.ok(&["edit", "anna rossi", "--interest", "cafe CULTURE"]);
    let rows = j.json(&["interests", "--json"]);
    assert_eq!(rows[0]["name"], "Climbing");
    assert_eq!(rows[0]["mine"], true);
    assert_eq!(rows[0]["people"].as_array().map(Vec::len), Some(2));
    assert_eq!(rows[1]["name"], "Café culture");
    assert_eq!(rows[1]["people"].as_array().map(Vec::len), Some(2));
    j.cmd(&["interests"])
        .assert()
        .success()
        .stdout(contains("* Climbing (2) shared: Anna Rossi, Marco Verdi"));
    let card = j.json(&["show", "marco", "--json"]);
    assert_eq!(card["interests"][0]["shared"], true);
    let listed = j.json(&["list", "--interest", "climbing", "--json"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(2));
}

#[test]
fn list_filters_by_tag_and_tier() {
    let j = Journal::with_people();
    j.ok(&["edit", "marco", "--tag", "Rust", "--tier", "close"]);
    let by_tag = j.json(&["list", "--tag", "rust", "--json"]);
    assert_eq!(by_tag.as_array().map(Vec::len), Some(1));
    let by_tier = j.json(&["list", "--tier", "close", "--json"]);
    assert_eq!(by_tier[0]["name"], "Marco Verdi");
    let text = j.ok(&["list"]);
    let order: Vec<usize> = ["Anna Bianchi", "Anna Rossi", "Marco Verdi"]
        .iter()
        .filter_map(|n| text.find(n))
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "sorted by name:\n{text}"
    );
}

#[test]
fn bad_input_is_one_line_and_writes_nothing() {
    let j = Journal::with_people();
    for args in [
        &["gave", "marco", "   "][..],
        &["gave", "marco", "x", "--weight", "9"],
        &["gave", "marco", "x", "--weight", "0"],
        &["gave", "marco", "x", "--kind", "bribe"],
        &["done", "#123456"],
        &["done", "abc"],
        &["restore", "#1"],
        &["close", "marco", "--reason", " "],
    ] {
        let out = j.cmd(args).assert().failure().get_output().clone();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
            "{args:?}: {err}"
        );
        assert!(!err.trim().is_empty(), "{args:?} gave no message");
    }
    assert_eq!(j.history_len("marco"), 0);
    j.ok(&["check"]);
}

#[test]
fn the_db_flag_works_before_or_after_the_subcommand() {
    let j = Journal::with_people();
    let db = j.path();
    let db = db.to_str().expect("utf-8 path");
    let mut before = Command::cargo_bin("givegive").expect("binary");
    before
        .env_remove("GIVEGIVE_DB")
        .args(["--db", db, "list"])
        .assert()
        .success()
        .stdout(contains("Marco"));
    let mut after = Command::cargo_bin("givegive").expect("binary");
    after
        .env_remove("GIVEGIVE_DB")
        .args(["list", "--db", db])
        .assert()
        .success()
        .stdout(contains("Marco"));
}

#[test]
fn the_store_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let j = Journal::new();
    j.ok(&["add", "Anna"]);
    let mode = std::fs::metadata(j.path())
        .expect("journal dir")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700);
    for entry in std::fs::read_dir(j.path()).expect("journal dir") {
        let entry = entry.expect("entry");
        let mode = entry.metadata().expect("metadata").permissions().mode() & 0o777;
        let kind = entry.file_type().expect("type");
        // The holder's socket: only its owner may connect.
        let want = if kind.is_dir() || std::os::unix::fs::FileTypeExt::is_socket(&kind) {
            0o700
        } else {
            0o600
        };
        assert_eq!(mode, want, "{}", entry.path().display());
    }
    // A journal copied in with loose modes is tightened on open, with a
    // warning (a new journal gets none: sled's files are born loose).
    j.let_go();
    std::fs::set_permissions(
        j.path().join("conf"),
        std::fs::Permissions::from_mode(0o644),
    )
    .expect("chmod");
    j.cmd(&["list"])
        .assert()
        .success()
        .stderr(contains("warning: 1 file of the journal, ").and(contains(
            "conf, could be read by others; it is owner-only now",
        )));
    j.cmd(&["list"]).assert().success().stderr("");
    let mode = std::fs::metadata(j.path().join("conf"))
        .expect("conf")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn a_second_process_gets_a_clear_message() {
    let j = Journal::with_people();
    let held = j.hold();
    j.cmd(&["gave", "marco", "x"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(1)
        .stderr(contains("is open in another givegive process"));
    drop(held);
    j.ok(&["gave", "marco", "x"]);
}

#[test]
fn a_capture_waits_for_a_command_holding_the_journal() {
    let j = Journal::with_people();
    let held = j.hold();
    // The holder lets go well within the 3 s a command waits.
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        drop(held);
    });
    j.cmd(&["gave", "marco", "typed while another command ran"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .success();
    release.join().expect("release");
    assert!(
        j.ok(&["show", "marco"])
            .contains("typed while another command ran")
    );
}

#[test]
fn a_capture_waits_longer_while_the_holder_writes_the_days_backup() {
    let j = Journal::with_people();
    let held = j.hold();
    // What a backup in progress leaves in the journal directory.
    let marker = j.path().join("backing-up");
    std::fs::write(&marker, "").expect("marker");
    // Longer than the 3 s a command waits for anything else; and the holder
    // still takes a moment to close once its backup is over.
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(3500));
        std::fs::remove_file(&marker).expect("backup over");
        std::thread::sleep(std::time::Duration::from_millis(500));
        drop(held);
    });
    j.cmd(&["gave", "marco", "typed while a backup ran"])
        .timeout(std::time::Duration::from_secs(30))
        .assert()
        .success()
        .stderr(contains("waiting for today's backup of the journal to end"));
    release.join().expect("release");
    assert!(
        j.ok(&["show", "marco"])
            .contains("typed while a backup ran")
    );
}

#[test]
fn a_directory_that_is_not_a_journal_is_refused_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "precious").expect("write");
    let mut cmd = Command::cargo_bin("givegive").expect("binary");
    cmd.args(["--db", dir.path().to_str().expect("utf-8"), "add", "Anna"])
        .assert()
        .failure()
        .stderr(contains("is not a givegive journal"));
    assert_eq!(
        std::fs::read_to_string(&notes).expect("still there"),
        "precious"
    );
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);

    let file = dir.path().join("notes.txt");
    let mut cmd = Command::cargo_bin("givegive").expect("binary");
    cmd.args(["--db", file.to_str().expect("utf-8"), "list"])
        .assert()
        .failure()
        .stderr(contains("is not a givegive journal"));
}

#[test]
fn check_reports_a_damaged_index_and_fails() {
    let j = Journal::with_people();
    j.ok(&["gave", "marco", "deck", "--weight", "2"]);
    j.cmd(&["check"])
        .assert()
        .success()
        .stdout(contains("ok: 3 contacts"));
    j.let_go();
    {
        let db = sled::open(j.path()).expect("raw open");
        let history = db.open_tree("histories").expect("tree");
        let first = history
            .iter()
            .keys()
            .next()
            .expect("an entry")
            .expect("key");
        history.remove(first).expect("remove");
        let balances = db.open_tree("balances").expect("tree");
        let (k, _) = balances.iter().next().expect("a balance").expect("entry");
        balances.insert(k, vec![0, 1, 0]).expect("overwrite");
        db.flush().expect("flush");
    }
    j.cmd(&["check"])
        .assert()
        .code(1)
        .stdout(contains("history index: record for").and(contains("cannot be read")))
        .stderr(contains("check found"));
}

#[test]
fn check_notices_an_id_counter_behind_the_records() {
    let j = Journal::with_people();
    j.ok(&["check"]);
    j.let_go();
    {
        let db = sled::open(j.path()).expect("raw open");
        db.open_tree("meta")
            .expect("meta")
            .insert("next_id", &1u64.to_be_bytes())
            .expect("write");
        db.flush().expect("flush");
    }
    j.cmd(&["check"]).assert().code(1).stdout(contains(
        "the id counter (#1) is behind the highest id in use",
    ));
}

#[test]
fn a_journal_from_a_newer_givegive_is_refused() {
    let j = Journal::with_people();
    j.let_go();
    {
        let db = sled::open(j.path()).expect("raw open");
        db.open_tree("meta")
            .expect("meta")
            .insert("schema", &99u32.to_be_bytes())
            .expect("write");
        db.flush().expect("flush");
    }
    j.cmd(&["list"])
        .assert()
        .failure()
        .stderr(contains("written by a newer givegive"));
}

#[test]
fn a_byte_flipped_store_never_panics() {
    let j = Journal::with_people();
    j.ok(&["gave", "marco", "deck"]);
    let db = j.path().join("db");
    let mut bytes = std::fs::read(&db).expect("db file");
    for i in (0..bytes.len().min(4096)).step_by(7) {
        bytes[i] ^= 0x5a;
    }
    std::fs::write(&db, bytes).expect("damage");
    let out = j.cmd(&["check"]).assert().get_output().clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    if !out.status.success() {
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(err.starts_with("givegive: "), "{err}");
    }
}

#[test]
fn the_review_lists_what_needs_doing_with_reasons() {
    let j = Journal::new();
    j.ok(&["demo"]);
    let queue = j.json(&["review", "--json"]);
    let items = queue["items"].as_array().cloned().unwrap_or_default();
    let mut people: Vec<&Value> = items.iter().map(|i| &i["contact"]).collect();
    people.dedup();
    assert_eq!(people.len(), 10, "the default daily capacity, in people");
    let mut once = people.clone();
    once.sort_by_key(|p| p.as_u64());
    once.dedup();
    assert_eq!(
        once.len(),
        people.len(),
        "each person once, all their reasons together"
    );
    assert!(queue["waiting"].as_u64().unwrap_or(0) > 0);
    // People come most urgent first: by the first of their reasons.
    let firsts: Vec<&str> = items
        .iter()
        .enumerate()
        .filter(|(n, i)| *n == 0 || items[n - 1]["contact"] != i["contact"])
        .filter_map(|(_, i)| i["reason"].as_str())
        .collect();
    // Someone waiting on me (my own follow-up, their requests) first.
    assert_eq!(
        &firsts[..3],
        ["follow_up_due", "request_open", "request_open"],
        "{firsts:?}"
    );
    assert!(
        items[0]["why"]
            .as_str()
            .unwrap_or("")
            .contains("2 days late")
    );
    j.cmd(&["review"])
        .assert()
        .success()
        .stdout(contains(" 1. Marco Bianchi").and(contains("more people wait for another day")));

    // Snoozing the follow-up and hiding an item take them out today.
    let follow_up = items[0]["follow_up"]["id"].to_string();
    j.cmd(&["snooze", &follow_up, "1w"])
        .assert()
        .success()
        .stdout(contains("until Monday 30 November"));
    let fresh_key = items
        .iter()
        .find(|i| i["reason"] == "fresh_meeting")
        .and_then(|i| i["key"].as_str())
        .unwrap_or_default()
        .to_string();
    j.cmd(&["snooze", &fresh_key, "tomorrow"])
        .assert()
        .success();
    let queue = j.json(&["review", "--json"]);
    let first: Vec<&str> = queue["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["key"].as_str())
        .collect();
    assert!(!first.contains(&fresh_key.as_str()));
    assert_ne!(queue["items"][0]["name"], "Marco Bianchi");
    j.ok(&["check"]);
}

#[test]
fn review_settings_come_from_the_config_file() {
    let j = Journal::new();
    j.ok(&["demo"]);
    let dir = j.dir.path().join("config/givegive");
    std::fs::create_dir_all(&dir).expect("config dir");
    std::fs::write(dir.join("config.toml"), "[review]\ncapacity = 3\n").expect("config");
    let items = j.json(&["review", "--json"])["items"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut people: Vec<&Value> = items.iter().map(|i| &i["contact"]).collect();
    people.dedup();
    assert_eq!(people.len(), 3);
    std::fs::write(dir.join("config.toml"), "[review]\ncapacity = \"many\"\n").expect("config");
    j.cmd(&["review"])
        .assert()
        .failure()
        .stderr(contains("config.toml"));
    j.ok(&["gave", "marco", "a broken config does not stop captures"]);
    // Keys and colours are the TUI's: a typo there stops no command, and
    // the review still reads its own settings from the same file.
    std::fs::write(
        dir.join("config.toml"),
        "[keys.contactz]\nx = \"gave\"\n[keys.global]\n\"q\" = \"explode\"\n[theme]\naccent = \"plaid\"\n[review]\ncapacity = 2\n",
    )
    .expect("config");
    let items = j.json(&["review", "--json"])["items"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut people: Vec<&Value> = items.iter().map(|i| &i["contact"]).collect();
    people.dedup();
    assert_eq!(people.len(), 2);
    j.ok(&["draft", "marco"]);
    // A relative XDG_CONFIG_HOME is ignored (the XDG spec), and said so.
    j.cmd(&["review"])
        .env("XDG_CONFIG_HOME", "config")
        .assert()
        .success()
        .stderr(contains(
            "warning: XDG_CONFIG_HOME 'config' is not an absolute path, so it is ignored",
        ));
}

#[test]
fn drafts_use_what_was_said_and_ask_when_nothing_was() {
    let j = Journal::new();
    j.ok(&["demo"]);
    j.cmd(&["draft", "anna"]).assert().success().stdout(
        contains("Hi Anna,")
            .and(contains("you need the redesign by spring"))
            // Introduced to Giulia, then at the design review with her:
            // the introduction did its work, no hope said, no second offer.
            .and(contains("the introduction to Giulia Conti").not())
            .and(contains("a designer for the new app").not())
            // Giulia's part of the same meeting is hers.
            .and(contains("booked").not()),
    );
    // Nothing of theirs yet: the moment alone, and a note says what to add.
    j.ok(&["add", "Nora Ek", "--met", "a dinner", "--on", "2d"]);
    j.cmd(&["draft", "nora"])
        .assert()
        .success()
        .stdout(contains("Hi Nora,").and(contains("dinner")))
        .stderr(contains("no details of what Nora told you were used"));
    // A note that speaks of them is left out, and the draft says so.
    j.ok(&[
        "met",
        "nora",
        "coffee",
        "--details",
        "she cooks amazing pasta; moving to Oslo",
    ]);
    j.cmd(&["draft", "nora"])
        .assert()
        .success()
        .stdout(contains("you are moving to Oslo").and(contains("pasta").not()))
        .stderr(contains("note: left out \"she cooks amazing pasta\""));
    let dir = j.dir.path().join("config/givegive");
    std::fs::create_dir_all(&dir).expect("config dir");
    std::fs::write(dir.join("config.toml"), "[drafts]\nlanguage = \"it\"\n").expect("config");
    j.cmd(&["draft", "anna"])
        .assert()
        .success()
        // "design review" is not Italian: the moment is said by its kind.
        .stdout(
            contains("Ciao Anna,")
                .and(contains("è stato bello vederti"))
                .and(contains("design review").not()),
        );
}

/// The five ways drafts went wrong in the second week (issue 24), through
/// the real binary: each draft is exact, and what is left out is said.
#[test]
fn drafts_follow_what_happened_and_say_only_what_is_theirs() {
    let j = Journal::new();
    let draft = |who: &str| j.ok(&["draft", who]);
    let refused = |who: &str| {
        let out = j.cmd(&["draft", who]).assert().code(1).get_output().clone();
        assert!(out.stdout.is_empty());
        String::from_utf8(out.stderr).expect("utf-8")
    };
    // A moment with nothing to say of it is drafted: the notes say why.
    let noted = |who: &str| {
        let out = j
            .cmd(&["draft", who])
            .assert()
            .success()
            .get_output()
            .clone();
        String::from_utf8(out.stderr).expect("utf-8")
    };
    // 1. A message of mine is never quoted back; after it, only what is new.
    j.ok(&[
        "add",
        "Lena Park",
        "--met",
        "product meetup",
        "--on",
        "2026-11-16",
        "--details",
        "moving to Berlin in March",
    ]);
    let sent = draft("lena");
    assert!(sent.contains("you are moving to Berlin in March"), "{sent}");
    j.ok(&[
        "met",
        "lena",
        "sent a follow-up message",
        "--kind",
        "message",
        "--from",
        "me",
        "--on",
        "2026-11-17",
        "--details",
        &sent,
    ]);
    assert!(
        refused("lena").contains(
            "no meeting or message of theirs since your message of 2026-11-17 to Lena Park"
        )
    );
    j.ok(&[
        "met",
        "lena",
        "coffee",
        "--details",
        "found a flat in Kreuzberg",
    ]);
    assert_eq!(
        draft("lena"),
        "Hi Lena,\nit was great to see you over coffee today.\n\
         I have been thinking about what you told me: you found a flat in Kreuzberg.\nTalk soon\n"
    );
    // 2. Someone else's news is never told.
    j.ok(&[
        "add",
        "Marta Neri",
        "--met",
        "dinner at Paolo's",
        "--on",
        "yesterday",
        "--details",
        "Paolo's wife is pregnant; she wants to leave her job",
    ]);
    let out = j
        .cmd(&["draft", "marta"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&out.stdout).contains("great to meet you"));
    let why = String::from_utf8_lossy(&out.stderr);
    assert!(why.contains(
        "left out \"Paolo's wife is pregnant\": it speaks, or may speak, of someone else"
    ));
    assert!(why.contains(
        "left out \"she wants to leave her job\": it speaks, or may speak, of someone else"
    ));
    j.ok(&[
        "add",
        "Bruno Galli",
        "--met",
        "demo day",
        "--on",
        "yesterday",
        "--details",
        "Lucia mentioned her startup raised a seed",
        "--interest",
        "Sailing",
    ]);
    assert!(noted("bruno").contains("left out \"Lucia mentioned her startup raised a seed\""));
    // 3. What happened: an introduction made is not offered again.
    j.ok(&[
        "add",
        "Anna Rossi",
        "--met",
        "pricing breakfast",
        "--on",
        "2026-11-20",
        "--need",
        "a designer",
        "--details",
        "launching a new app",
    ]);
    j.ok(&[
        "add",
        "Giulia Conti",
        "--offer",
        "product design",
        "--role",
        "designer",
    ]);
    assert!(draft("anna").contains(
        "Giulia Conti might be the right person, and I would be happy to introduce you."
    ));
    j.ok(&["intro", "anna", "giulia", "both care about design"]);
    assert_eq!(
        draft("anna"),
        "Hi Anna,\nit was great to meet you at the pricing breakfast last Friday.\n\
         I have been thinking about what you told me: you are launching a new app.\n\
         I hope the introduction to Giulia Conti is useful.\nTalk soon\n"
    );
    // Never offered again: the introduction answered the need.
    let matches = j.ok(&["match", "anna"]);
    assert!(!matches.contains("Giulia Conti (#"), "{matches}");
    assert!(
        matches.contains("\"a designer\": your introduction to Giulia Conti answers it"),
        "{matches}"
    );
    // Thanks for what they gave, once it answers my request.
    j.ok(&[
        "add",
        "Dana Kim",
        "--met",
        "pitch practice",
        "--on",
        "2026-11-20",
    ]);
    let ask = j.ok(&["asked", "dana", "feedback on my pitch deck"]);
    let ask: String = ask
        .split_once("(#")
        .map(|(_, n)| n.chars().take_while(char::is_ascii_digit).collect())
        .unwrap_or_default();
    j.ok(&[
        "got",
        "dana",
        "30 minutes on my pitch deck",
        "--answers",
        &ask,
    ]);
    assert_eq!(
        draft("dana"),
        "Hi Dana,\nit was great to meet you at the pitch practice last Friday.\n\
         Thank you for the 30 minutes on my pitch deck.\nTalk soon\n"
    );
    // As promised: what a follow-up of mine says I would send.
    j.ok(&[
        "add",
        "Marco Verdi",
        "--met",
        "firmware meetup",
        "--on",
        "2026-11-21",
        "--details",
        "building a drone controller",
        "--no-follow-up",
    ]);
    j.ok(&[
        "follow-up",
        "marco",
        "tomorrow",
        "send Marco the two firmware leads",
    ]);
    assert_eq!(
        draft("marco"),
        "Hi Marco,\nit was great to meet you at the firmware meetup last Saturday.\n\
         I have been thinking about what you told me: you are building a drone controller.\n\
         As promised, I am sending you the two firmware leads.\nTalk soon\n"
    );
    // A birthday in the review gets a greeting.
    j.ok(&["add", "Sara Bianchi", "--birthday", "1990-11-25"]);
    assert!(j.ok(&["review"]).contains("birthday in 2 days"));
    assert_eq!(
        draft("sara"),
        "Hi Sara,\nwishing you a wonderful birthday on Wednesday.\nTalk soon\n"
    );
    // Wished once: the next draft does not wish again.
    j.ok(&[
        "met",
        "sara",
        "wishes",
        "--kind",
        "message",
        "--from",
        "me",
        "--details",
        &draft("sara"),
    ]);
    assert!(refused("sara").contains("no details to make this personal"));
    // A line I wrote them is not written again.
    j.ok(&["interest", "add", "climbing", "--mine"]);
    j.ok(&[
        "add",
        "Ugo Neri",
        "--interest",
        "climbing",
        "--met",
        "bouldering gym",
        "--on",
        "yesterday",
        "--details",
        "training for a competition",
    ]);
    let first = draft("ugo");
    assert!(
        first.contains("By the way, I saw we are both into climbing."),
        "{first}"
    );
    j.ok(&[
        "met",
        "ugo",
        "reply",
        "--kind",
        "message",
        "--from",
        "me",
        "--details",
        &first,
    ]);
    j.ok(&[
        "met",
        "ugo",
        "call",
        "--kind",
        "call",
        "--details",
        "got a sponsor",
    ]);
    let again = j
        .cmd(&["draft", "ugo"])
        .assert()
        .success()
        .get_output()
        .clone();
    let (text, notes) = (
        String::from_utf8_lossy(&again.stdout),
        String::from_utf8_lossy(&again.stderr),
    );
    assert!(
        text.contains("you got a sponsor") && !text.contains("climbing"),
        "{text}"
    );
    assert!(
        notes.contains("left out \"By the way, I saw we are both into climbing.\": you wrote it to Ugo on 2026-11-23"),
        "{notes}"
    );
    // No help is promised that nobody backs; a need already said is named.
    j.ok(&[
        "add",
        "Tom Ng",
        "--met",
        "founder dinner",
        "--on",
        "2026-11-21",
        "--need",
        "a lawyer",
        "--details",
        "incorporating in Delaware",
    ]);
    j.cmd(&["draft", "tom"])
        .assert()
        .success()
        .stdout(contains("help").not())
        .stderr(contains("left out their need \"a lawyer\""));
    j.ok(&[
        "add",
        "Pia Ruiz",
        "--met",
        "running club",
        "--on",
        "2026-11-21",
        "--need",
        "a running coach",
        "--details",
        "looking for a running coach",
    ]);
    j.ok(&["add", "Tom Becker", "--offer", "running coaching"]);
    assert!(draft("pia").contains(
        "you are looking for a running coach.\nTom Becker might be the right person, and I would be happy to introduce you."
    ));
    // Their message is answered, never quoted back as what we talked about.
    j.ok(&[
        "met",
        "ugo",
        "email",
        "--kind",
        "message",
        "--from",
        "them",
        "--details",
        "thanks for the intro, super useful! send me the slides",
    ]);
    let answer = j.cmd(&["draft", "ugo"]).assert().get_output().clone();
    let (text, notes) = (
        String::from_utf8_lossy(&answer.stdout),
        String::from_utf8_lossy(&answer.stderr),
    );
    assert!(
        !text.contains("slides") && !text.contains("super useful"),
        "{text}"
    );
    assert!(notes.contains("is their own words"), "{notes}");
    // Someone they are related to already knows them: never offered.
    j.ok(&["add", "Sam One", "--need", "a luthier"]);
    j.ok(&["add", "Zoe Two", "--offer", "luthier work"]);
    let sam = draft("sam");
    assert!(sam.contains("Zoe Two might be the right person"), "{sam}");
    j.ok(&["relate", "sam", "zoe", "partner"]);
    let sam = j.cmd(&["draft", "sam"]).assert().get_output().clone();
    assert!(!String::from_utf8_lossy(&sam.stdout).contains("Zoe"));
    // Each line names the records it came from.
    let built = j.json(&["draft", "marco", "--json"]);
    let lines = built["lines"].as_array().cloned().unwrap_or_default();
    assert!(lines.iter().any(|l| {
        l["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("As promised"))
            && l["from"].as_array().is_some_and(|f| f.len() == 1)
    }));
    // Italian says the same things in Italian.
    let dir = j.dir.path().join("config/givegive");
    std::fs::create_dir_all(&dir).expect("config dir");
    std::fs::write(dir.join("config.toml"), "[drafts]\nlanguage = \"it\"\n").expect("config");
    assert!(noted("marta").contains("left out \"Paolo's wife is pregnant\""));
    j.ok(&["add", "Rita Galli", "--birthday", "1990-11-25"]);
    assert_eq!(
        draft("rita"),
        "Ciao Rita,\nti auguro un buon compleanno mercoledì.\nA presto\n"
    );
    // What was typed in English is not put in an Italian sentence: it is
    // left out, and the notes say so.
    let marco = noted("marco");
    assert!(
        marco.contains("left out \"send Marco the two firmware leads\" (#")
            && marco.contains("it is written in English, and this draft is in Italian"),
        "{marco}"
    );
}

#[test]
fn match_ranks_who_could_help_with_reasons() {
    let j = Journal::new();
    j.ok(&["demo"]);
    let report = j.json(&["match", "anna", "--json"]);
    let helpers: Vec<&str> = report["could_help"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["name"].as_str())
        .collect();
    // The demo introduced Anna to Giulia, a designer, for her one need:
    // that introduction answers it, so nobody is offered, and `match`
    // says why.
    assert!(helpers.is_empty(), "{helpers:?}");
    j.cmd(&["match", "anna"])
        .assert()
        .success()
        .stdout(contains(
            "\"a designer for the new app\": your introduction to Giulia Conti answers it",
        ));
    // Sara needs "early-stage fintech deals": Anna's "fintech contacts"
    // share a word, not what is needed.
    assert!(!report["they_could_help"].to_string().contains("fintech"));
    let luca = j.json(&["match", "luca ferri", "--json"]);
    assert!(
        luca["they_could_help"]
            .to_string()
            .contains("needs \\\"a fractional CTO\\\"; Luca works as CTO"),
        "{luca}"
    );
    j.cmd(&["match", "luca ferri"])
        .assert()
        .success()
        // Each of what Marco does names only part of "a senior Rust
        // engineer": not offered, said with what is not named.
        .stdout(contains(
            "works as Embedded engineer, not \"a senior Rust engineer\": \"rust\" not named",
        ));
}

#[test]
fn stats_and_events_measure_depth() {
    let j = Journal::new();
    j.ok(&["demo"]);
    let stats = j.json(&["stats", "--json"]);
    assert_eq!(stats["months"].as_array().map(Vec::len), Some(12));
    assert!(stats["follow_through"]["missed"].as_u64().unwrap_or(0) >= 1);
    assert_eq!(stats["neglected"].as_array().map(Vec::len), Some(5));
    assert!(
        !stats.to_string().contains("contacts_count"),
        "no vanity count"
    );
    j.cmd(&["stats"])
        .assert()
        .success()
        .stdout(contains("Active relationships").and(contains("Follow-ups:")));
    let events = j.json(&["events", "--json"]);
    let rustlab = events
        .as_array()
        .into_iter()
        .flatten()
        .find(|e| e["name"] == "RustLab Florence")
        .cloned()
        .expect("the demo event");
    assert_eq!(rustlab["met"], 3);
    // Yuki's only record since is her ask: hers, not my follow-up.
    assert_eq!(rustlab["followed_up"], 1);
    j.cmd(&["events"])
        .assert()
        .success()
        .stdout(contains("RustLab Florence: met 3, followed up 1"));
}

#[test]
fn merging_duplicates_moves_everything_and_can_be_undone() {
    let j = Journal::with_people();
    j.ok(&[
        "add",
        "A. Rossi",
        "--email",
        "anna@example.org",
        "--tag",
        "fintech",
        "--duplicate",
    ]);
    j.ok(&["gave", "a. rossi", "a book", "--weight", "2"]);
    j.ok(&[
        "met",
        "a. rossi",
        "marco",
        "dinner",
        "--details",
        "likes jazz",
    ]);
    j.ok(&["intro", "anna rossi", "a. rossi", "meet yourself"]);
    j.ok(&["got", "anna rossi", "advice"]);
    let before_anna = j.json(&["show", "anna rossi", "--json"]);
    let before_dup = j.json(&["show", "a. rossi", "--json"]);
    let before_marco = j.json(&["show", "marco", "--json"]);
    let dup_id = before_dup["contact"]["id"].to_string();
    let totals_before = j.json(&["balance", "--json"])["totals"].clone();

    j.cmd(&["merge", "anna rossi", "a. rossi"])
        .assert()
        .success()
        .stdout(
            contains("merged A. Rossi into Anna Rossi").and(contains(format!("restore {dup_id}"))),
        );
    let anna = j.json(&["show", "anna rossi", "--json"]);
    assert_eq!(anna["contact"]["aliases"][0], "A. Rossi");
    assert_eq!(anna["contact"]["emails"][0]["value"], "anna@example.org");
    assert_eq!(anna["contact"]["tags"][0], "fintech");
    let history = anna["history"].to_string();
    assert!(
        history.contains("a book") && history.contains("likes jazz") && history.contains("advice")
    );
    assert_eq!(
        anna["balance"]["tallies"]["my_gives"]["weight"],
        2 + 1,
        "the book and the intro, once"
    );
    let dup_ref = format!("#{dup_id}");
    j.cmd(&["show", &dup_ref]).assert().failure();
    j.ok(&["check"]);

    j.cmd(&["restore", &dup_id])
        .assert()
        .success()
        .stdout(contains("A. Rossi merged into Anna Rossi"));
    assert_eq!(j.json(&["show", "anna rossi", "--json"]), before_anna);
    assert_eq!(j.json(&["show", &dup_ref, "--json"]), before_dup);
    assert_eq!(j.json(&["show", "marco", "--json"]), before_marco);
    assert_eq!(j.json(&["balance", "--json"])["totals"], totals_before);
    j.ok(&["check"]);
    j.cmd(&["merge", "marco", "marchino"])
        .assert()
        .failure()
        .stderr(contains("same person"));
}

#[test]
fn without_a_terminal_the_tui_says_what_to_do() {
    let j = Journal::new();
    j.cmd(&[])
        .assert()
        .failure()
        .stderr(contains("the givegive TUI needs a terminal"));
}

#[test]
fn completions_and_man_page_are_generated() {
    let j = Journal::new();
    j.cmd(&["completions", "bash"])
        .assert()
        .success()
        .stdout(contains("givegive"));
    // The script asks givegive itself on each TAB (tests/shell.rs).
    j.cmd(&["completions", "zsh"])
        .assert()
        .success()
        .stdout(contains("COMPLETE=\"zsh\""));
    let man = j.ok(&["man"]);
    assert!(man.starts_with(".ie \\n(.g .ds Aq") || man.contains(".TH givegive"));
    // One page: every command is in it, and it points at no other page.
    for section in [
        ".SH COMMANDS",
        ".SH FILES",
        ".SH ENVIRONMENT",
        ".SH \"EXIT STATUS\"",
    ] {
        assert!(man.contains(section), "{section}");
    }
    for command in [
        "givegive add",
        "givegive interest add",
        "givegive query",
        "givegive holder stop",
    ] {
        assert!(
            man.contains(&format!("\\fB{}\\fR", command.replace('-', "\\-"))),
            "{command}"
        );
    }
    assert!(
        man.contains("\\fB\\-\\-tier\\fR \\fITIER\\fR"),
        "options with their values"
    );
    assert!(
        !man.contains("givegive\\-add(1)") && !man.contains("(1)\n"),
        "no sub-pages"
    );
    assert!(
        !man.contains("complete\\-names"),
        "hidden commands stay hidden"
    );
}

#[test]
fn undo_and_redo_take_back_and_make_again_the_last_changes() {
    let j = Journal::with_people();
    j.ok(&["gave", "marco", "the deck"]);
    j.ok(&["edit", "marco", "--tier", "inner"]);
    j.cmd(&["undo"])
        .assert()
        .success()
        .stdout("undid: edit 'Marco Verdi' --tier inner\n");
    j.cmd(&["undo"])
        .assert()
        .success()
        .stdout("undid: gave 'Marco Verdi' 'the deck'\n");
    let shown = j.ok(&["show", "marco"]);
    assert!(
        !shown.contains("the deck") && !shown.contains("inner"),
        "{shown}"
    );
    j.ok(&["check"]);
    j.cmd(&["redo"])
        .assert()
        .success()
        .stdout("redid: gave 'Marco Verdi' 'the deck'\n");
    assert!(j.ok(&["show", "marco"]).contains("the deck"));
    // A new change ends what could be redone.
    j.ok(&["asked", "marco", "an intro"]);
    j.cmd(&["redo"])
        .assert()
        .code(1)
        .stderr("givegive: there is nothing to redo\n");
    j.ok(&["check"]);
}

#[test]
fn undo_with_nothing_left_says_there_is_nothing() {
    let j = Journal::new();
    j.ok(&["add", "Anna Rossi"]);
    j.ok(&["undo"]);
    j.cmd(&["undo"])
        .assert()
        .code(1)
        .stderr("givegive: there is nothing to undo\n");
}

#[test]
fn restoring_an_export_cannot_be_undone_nor_what_came_before() {
    let j = Journal::new();
    j.ok(&["add", "Anna Rossi"]);
    j.ok(&["rm", "anna"]);
    let export = j.path().with_extension("json");
    let other = Journal::with_people();
    other.ok(&[
        "export",
        "--format",
        "json",
        "-o",
        export.to_str().expect("utf-8"),
    ]);
    j.ok(&[
        "import",
        "--format",
        "json",
        export.to_str().expect("utf-8"),
    ]);
    j.cmd(&["undo"])
        .assert()
        .code(1)
        .stderr("givegive: there is nothing to undo\n");
    j.ok(&["check"]);
}

#[test]
fn a_truncated_store_is_called_damaged_not_taken_for_a_new_one() {
    let j = Journal::with_people();
    j.let_go();
    let db = j.path().join("db");
    std::fs::OpenOptions::new()
        .write(true)
        .open(&db)
        .and_then(|f| f.set_len(100))
        .expect("cut the store short");
    j.cmd(&["list"])
        .assert()
        .code(1)
        .stderr(contains("is damaged"));
    // Without its snapshot either, sled finds nothing at all: an empty
    // database where a journal was, not a new journal to stamp.
    for entry in std::fs::read_dir(j.path()).expect("journal") {
        let entry = entry.expect("entry");
        if entry.file_name().to_string_lossy().starts_with("snap.") {
            std::fs::remove_file(entry.path()).expect("remove snapshot");
        }
    }
    j.cmd(&["list"]).assert().code(1).stderr(contains(
        "is damaged (its records are gone: the file was cut short",
    ));
    j.cmd(&["add", "Somebody New"]).assert().code(1);

    // The first command of the day backed the journal up and started the
    // write log from it: the message names the one command that rebuilds it.
    let backups = j.path().with_file_name("journal-backups");
    let daily = givegive::backups::list(&backups)
        .pop()
        .expect("the day's backup")
        .path;
    j.cmd(&["list"]).assert().code(1).stderr(
        contains("its write log can rebuild it from the backup")
            .and(contains(daily.display().to_string()))
            .and(contains("run: givegive --db"))
            .and(contains(" recover")),
    );
    // Without its write log, the backup and the command that restores it.
    let log = j.path().join("writes.log");
    let kept = std::fs::read(&log).expect("the write log");
    std::fs::remove_file(&log).expect("remove the log");
    j.cmd(&["list"]).assert().code(1).stderr(
        contains("the latest backup is")
            .and(contains(daily.display().to_string()))
            .and(contains("then run: givegive --db")),
    );
    std::fs::write(&log, kept).expect("the log back");

    // Without a daily backup, it names the copy taken before an upgrade.
    std::fs::remove_file(&daily).expect("remove the daily backup");
    let copy = backups.join("before-v5-from-v4");
    std::fs::create_dir_all(&copy).expect("copy dir");
    std::fs::write(copy.join("conf"), "").expect("conf");
    j.cmd(&["list"]).assert().code(1).stderr(
        contains("a copy from before the last upgrade is in").and(contains("before-v5-from-v4")),
    );
}

#[test]
fn another_programs_sled_database_is_refused_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("other");
    {
        let db = sled::open(&path).expect("their database");
        db.open_tree("orders")
            .expect("tree")
            .insert("1", "theirs")
            .expect("write");
        db.flush().expect("flush");
    }
    let mut cmd = Command::cargo_bin("givegive").expect("binary");
    cmd.args(["--db", path.to_str().expect("utf-8"), "list"])
        .assert()
        .failure()
        .stderr(contains("is not a givegive journal"));
    let db = sled::open(&path).expect("still theirs");
    assert!(!db.tree_names().iter().any(|n| n.as_ref() == b"meta"));
}

/// Escape sequences, an OSC 52 clipboard payload, bidi overrides and other
/// control characters in what a person typed (or an import brought in) are
/// printed inert by every command, and exported exactly as they were. A
/// name or an alias keeps only what shows of it, and `add` says what it
/// left out.
#[test]
fn hostile_text_is_printed_inert_and_exported_unchanged() {
    let j = Journal::new();
    let name = "Eve \u{1b}]52;c;ZXZpbA==\u{7} \u{1b}[31mRed\u{202E}gnp.exe\u{202C}";
    let note = "line one\r\n\u{1b}[2Jcleared? \u{2066}isolated\u{2069} \u{8}\u{7f}";
    let added = j.ok(&[
        "add",
        name,
        "--notes",
        note,
        "--alias",
        "E\u{200B}vie\u{1b}[0m",
    ]);
    assert!(
        added.contains("added Eve Redgnp.exe (#1) (left out 4 invisible characters)"),
        "{added}"
    );
    j.ok(&["gave", "eve", "a \u{1b}[5mblinking\u{1b}[0m deck"]);
    for args in [&["list"][..], &["show", "eve"], &["balance"], &["review"]] {
        let out = j.ok(args);
        for c in [
            '\u{1b}', '\u{7}', '\u{202E}', '\u{202C}', '\u{2066}', '\u{2069}', '\u{8}', '\u{7f}',
            '\r',
        ] {
            assert!(!out.contains(c), "{args:?} printed {c:?} raw:\n{out}");
        }
    }
    let shown = j.ok(&["show", "evie"]);
    assert!(shown.contains("Eve Redgnp.exe"), "{shown}");
    assert!(shown.contains("�[2Jcleared?"), "{shown}");
    let export = j.json(&["export", "--format", "json"]);
    assert_eq!(export["contacts"][0]["name"], "Eve Redgnp.exe");
    assert_eq!(export["contacts"][0]["aliases"][0], "Evie");
    assert_eq!(export["contacts"][0]["notes"], note);
    assert_eq!(
        export["ledger"][0]["text"],
        "a \u{1b}[5mblinking\u{1b}[0m deck"
    );
    // JSON keeps every byte; the other exports are read by people or by
    // programs that print them: none carries a control character.
    let markdown = j.ok(&["export", "--format", "markdown", "eve"]);
    assert!(markdown.contains("\\[2Jcleared?"), "{markdown}");
    let vcard = j.ok(&["export", "--format", "vcard"]);
    assert!(vcard.contains("[2Jcleared?"), "{vcard}");
    for export in [markdown, vcard] {
        assert!(
            !export.contains(['\u{1b}', '\u{7}', '\u{8}', '\u{7f}']),
            "{export}"
        );
    }
}

/// The id a command's line gave what it wrote: "(#12, 2026-11-23)" → "12".
fn first_id(out: &str) -> String {
    out.split("(#")
        .nth(1)
        .and_then(|s| s.split([',', ')']).next())
        .unwrap_or_else(|| panic!("no id in {out:?}"))
        .to_string()
}

#[test]
fn an_ask_is_a_request_and_its_answer_counts_once() {
    let j = Journal::with_people();
    let asked = j.ok(&["asked", "marco", "a code review", "--weight", "2"]);
    let id = first_id(&asked);
    let card = j.json(&["show", "marco", "--json"]);
    let t = &card["balance"]["tallies"];
    assert_eq!(t["my_asks"]["weight"], 2);
    assert_eq!(t["my_asks_granted"]["weight"], 0);
    assert_eq!(card["lean"], 0, "asking is not help received");
    assert!(j.ok(&["show", "marco"]).contains("lean 0 (help even)"));

    // What they gave, recorded without saying what it answers: a note.
    j.cmd(&["got", "marco", "an hour on my parser"])
        .assert()
        .success()
        .stderr(contains(format!("--answers {id} so it counts once")));
    j.ok(&["undo"]);
    // Answered before it was asked: refused (a day given is the day the
    // request was settled, never before it).
    j.cmd(&[
        "got",
        "marco",
        "an hour on my parser",
        "--answers",
        &id,
        "--on",
        "3d",
    ])
    .assert()
    .code(1)
    .stderr(contains("cannot be answered before"));
    j.cmd(&[
        "got",
        "marco",
        "an hour on my parser",
        "--answers",
        &id,
        "--weight",
        "3",
    ])
    .assert()
    .success()
    .stdout(contains(format!("Marco Verdi granted your request #{id}")));
    let card = j.json(&["show", "marco", "--json"]);
    let t = &card["balance"]["tallies"];
    assert_eq!(t["my_asks_granted"]["weight"], 3);
    assert_eq!(t["their_gives"]["weight"], 0, "not counted a second time");
    assert_eq!(card["lean"], -3);
    let show = j.ok(&["show", "marco"]);
    assert!(
        show.contains(
            "help given 0 · help received 3 · lean -3 (you received more help than you gave)"
        ),
        "the lean beside the help it is the difference of: {show}"
    );
    // The table says the same, the granted ask under help received and
    // under what was asked, never under what they gave.
    let table = j.ok(&["balance"]);
    let head: Vec<&str> = table
        .lines()
        .next()
        .unwrap_or_default()
        .split("  ")
        .filter(|c| !c.trim().is_empty())
        .map(str::trim)
        .collect();
    assert_eq!(
        head,
        [
            "who",
            "help given",
            "help received",
            "you asked",
            "they asked",
            "lean"
        ]
    );
    let row = table
        .lines()
        .find(|l| l.starts_with("Marco Verdi"))
        .unwrap_or_default();
    assert_eq!(
        row.split_whitespace().skip(2).take(5).collect::<Vec<_>>(),
        ["0", "3", "3", "0", "-3"],
        "{table}"
    );
    assert!(
        j.ok(&["stats"])
            .contains("help given 0 · help received 3 · lean -3"),
        "the stats' overall help"
    );
    assert!(
        show.contains("granted: a code review — answered with: an hour on my parser"),
        "{show}"
    );
    j.cmd(&["got", "marco", "again", "--answers", &id])
        .assert()
        .code(1)
        .stderr(contains("only an open request can be answered"));
    j.ok(&["asked", "anna rossi", "a reference", "--granted"]);
    let anna = j.json(&["show", "anna rossi", "--json"]);
    assert_eq!(anna["lean"], -1, "a granted ask is help received");
    j.ok(&["check"]);
}

#[test]
fn an_introduction_can_answer_a_request_and_plan_its_follow_up() {
    let j = Journal::with_people();
    let asked = j.ok(&["asked-by", "marco", "a designer for his app"]);
    let id = first_id(&asked);
    let out = j.ok(&[
        "intro",
        "marco",
        "anna bianchi",
        "Anna designs apps",
        "--closes",
        &id,
        "--follow-up",
        "2w",
    ]);
    assert!(
        out.contains(&format!(
            "done: Marco Verdi asked you: a designer for his app (#{id})"
        )),
        "{out}"
    );
    assert!(out.contains("follow-up due Monday 7 December"), "{out}");
    let card = j.json(&["show", "marco", "--json"]);
    assert_eq!(card["balance"]["tallies"]["their_open_requests"], 0);
    // Granted by the introduction, which counts the favour: one, not two.
    assert_eq!(card["balance"]["tallies"]["their_asks_granted"]["count"], 0);
    assert_eq!(card["help"]["given"]["count"], 1);
    j.ok(&["undo"]);
    let t = &j.json(&["show", "marco", "--json"])["balance"]["tallies"];
    assert_eq!(t["their_open_requests"], 1, "one write, one undo");
    j.ok(&["check"]);
}

#[test]
fn adding_someone_you_met_records_the_meeting_and_its_follow_up() {
    let j = Journal::new();
    let out = j.ok(&[
        "add",
        "Tom Ng",
        "--met",
        "pitch night at Talent Garden",
        "--on",
        "yesterday",
        "--details",
        "raising a seed round",
    ]);
    assert!(
        out.contains("logged meeting: pitch night at Talent Garden"),
        "{out}"
    );
    assert!(
        out.contains("follow-up due today, Monday 23 November"),
        "{out}"
    );
    let review = j.ok(&["review"]);
    assert!(
        review.contains("Tom Ng  follow-up due today: pitch night at Talent Garden"),
        "{review}"
    );
    // An old acquaintance: the meeting, no follow-up late on arrival.
    let out = j.ok(&["add", "Lea B", "--met", "my former intern", "--on", "2y"]);
    assert!(
        out.contains("logged meeting") && !out.contains("follow-up"),
        "{out}"
    );
    let out = j.ok(&["add", "Kai N", "--met", "coworking", "--no-follow-up"]);
    assert!(!out.contains("follow-up"), "{out}");
    j.cmd(&["add", "Nora E", "--details", "x"])
        .assert()
        .failure()
        .stderr(contains("--met"));
    j.ok(&["undo"]);
    j.cmd(&["show", "kai"]).assert().failure();
    j.ok(&["check"]);
}

#[test]
fn names_are_found_as_they_are_typed_without_their_letters() {
    let j = Journal::new();
    for name in ["Søren Kierkegaard", "Łukasz Nowak", "Hanna Weiß"] {
        j.ok(&["add", name]);
    }
    assert!(j.ok(&["show", "soren"]).starts_with("Søren Kierkegaard"));
    assert!(j.ok(&["show", "lukasz"]).starts_with("Łukasz Nowak"));
    assert!(j.ok(&["show", "weiss"]).starts_with("Hanna Weiß"));
    j.ok(&["gave", "lukasz", "a book"]);
    j.ok(&["check"]);
}

#[path = "cli/dates_said.rs"]
mod dates_said;
