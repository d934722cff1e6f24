//! Every line givegive prints to a terminal is inert (issue 28): text that
//! came from the user or from a file (names, notes, records, an imported
//! card, a phrase refused) cannot drive the terminal through any command,
//! its confirmation, its warning or its error. The list of invocations is
//! checked against the subcommands `givegive --help` names, so a new
//! subcommand without one here fails.

use super::{Journal, first_id};

/// Escape sequences (a colour, a window title, a screen clear, an OSC 52
/// clipboard write), a bell, a carriage return, a backspace, DEL, a C1
/// control and the bidi controls that reorder text.
const H: &str = "\u{1b}[31m\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}\r\u{8}\u{7f}\u{9b}\u{202E}\u{2066}";

/// Whether a terminal would act on something in `out` (newlines and tabs
/// aside, and the CRLF line ends vCard and iCalendar require).
fn live(out: &str) -> Option<char> {
    let mut chars = out.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if (c.is_control() && !matches!(c, '\n' | '\t'))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        {
            return Some(c);
        }
    }
    None
}

/// The subcommands `givegive --help` lists.
fn subcommands(j: &Journal) -> Vec<String> {
    let out = j.ok(&["--help"]);
    out.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty() && !l.starts_with("Options:"))
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

#[test]
fn no_command_prints_anything_a_terminal_would_act_on() {
    let j = Journal::lingerless();
    let eve = format!("Eve{H} Marsh");
    let mallory = format!("Mallory{H} Reed");
    let t = |what: &str| format!("{what}{H} end");
    let card = j.dir.path().join("hostile.vcf");
    std::fs::write(
        &card,
        format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Trent{H}\r\nN:Trent;;;;\r\nORG:{H}\r\nEND:VCARD\r\n"
        ),
    )
    .expect("a hostile card");
    let card = card.to_str().expect("utf-8").to_string();

    // The subcommand each invocation ran.
    let mut ran: Vec<String> = Vec::new();
    let mut run = |args: Vec<String>| {
        let out = j
            .cmd(&args.iter().map(String::as_str).collect::<Vec<_>>())
            // An export given a path writes it here, never into the checkout.
            .current_dir(j.dir.path())
            .output();
        let out = out.expect("run givegive");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            live(&text).is_none(),
            "{args:?} printed {:?} raw:\n{text:?}",
            live(&text)
        );
        ran.push(args[0].clone());
        text
    };
    let v = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();

    run(v(&[
        "add",
        &eve,
        "--met",
        &t("party"),
        "--org",
        &t("org"),
        "--notes",
        &t("note"),
    ]));
    run(v(&[
        "add",
        &mallory,
        "--need",
        &t("need"),
        "--offer",
        &t("offer"),
    ]));
    run(v(&["add", &eve]));
    run(v(&[
        "edit",
        "eve",
        "--role",
        &t("role"),
        "--tag",
        &t("tag"),
    ]));
    // Values refused while the words are read quote what was typed
    // (trial 28a: a phone retitled the terminal).
    for (option, value) in [
        ("--phone", "+39"),
        ("--email", "a@b"),
        ("--url", "x"),
        ("--tier", "close"),
    ] {
        run(v(&["edit", "eve", option, &format!("{value}{H}")]));
    }
    run(v(&["import", "--format", &t("vcard"), "x.vcf"]));
    let typo = j.cmd(&[&t("lsit")]).output().expect("run givegive");
    let said = String::from_utf8_lossy(&typo.stderr).to_string();
    assert!(
        live(&said).is_none(),
        "a mistyped subcommand printed raw: {said:?}"
    );
    run(v(&["gave", "eve", &t("a deck")]));
    run(v(&["got", "eve", &t("advice")]));
    let asked = run(v(&["asked", "mallory", &t("an intro")]));
    run(v(&["asked-by", "eve", &t("feedback")]));
    run(v(&[
        "met",
        "eve",
        "mallory",
        &t("coffee"),
        "--details",
        &t("said"),
    ]));
    run(v(&[
        "event",
        &t("party"),
        "--with",
        "eve",
        "--with",
        &t("Newt"),
    ]));
    run(v(&["intro", "eve", "mallory", &t("why")]));
    run(v(&["signal", "mallory", &t("signal")]));
    let planned = run(v(&["follow-up", "eve", "friday", &t("send")]));
    run(v(&["done", &first_id(&planned)]));
    run(v(&["decline", &first_id(&asked)]));
    run(v(&["interest", "add", &t("knitting"), "--mine"]));
    run(v(&["interest", "list"]));
    run(v(&["relate", "eve", "mallory", &t("rival")]));
    run(v(&["unrelate", "eve", "mallory"]));
    run(v(&["close", "mallory", "--reason", &t("reason")]));
    run(v(&["reopen", "mallory"]));
    run(v(&["snooze", "eve", &t("friday")]));
    run(v(&["snooze", "eve", "friday"]));
    for read in [
        v(&["show", "eve"]),
        v(&["show", &t("nobody")]),
        v(&["list"]),
        v(&["balance"]),
        v(&["interests"]),
        v(&["review"]),
        v(&["stats"]),
        v(&["search", "end"]),
        v(&["search", &t("nothing")]),
        v(&["query", &t("eve")]),
        v(&["events"]),
        v(&["match", "eve"]),
        v(&["draft", "eve"]),
        v(&["trash"]),
        v(&["check"]),
        v(&["backup", "--list"]),
        v(&["holder"]),
    ] {
        run(read);
    }
    run(v(&["import", "--format", "vcard", &card]));
    run(v(&["import", "--format", "vcard", "--dry-run", &card]));
    for format in ["markdown", "csv", "vcard", "ics"] {
        run(v(&["export", "--format", format, "eve"]));
    }
    run(v(&["merge", "eve", &t("Trent")]));
    let removed = run(v(&["rm", "trent"]));
    let id = removed.rsplit(' ').next().unwrap_or_default().trim();
    run(v(&["restore", id]));
    run(v(&["undo"]));
    run(v(&["redo"]));
    run(v(&["backup"]));
    run(v(&["recover"]));
    run(v(&["demo"]));
    run(v(&["completions", "bash"]));
    run(v(&["config"]));
    run(v(&["man"]));
    run(v(&["help", "add"]));

    let missing: Vec<String> = subcommands(&j)
        .into_iter()
        .filter(|s| !ran.contains(s))
        .collect();
    assert!(
        missing.is_empty(),
        "subcommands never run here: {missing:?}"
    );
}
