//! Introductions and `match` (trials 26y, 26z): an introduction I made to
//! someone who meets a need answers it, as a give does, in `match` and in
//! the draft alike; a request for an introduction is answered only by an
//! introduction; a draft offering someone for an open request says so.

use super::Journal;

/// What `args` printed, stdout then stderr (a draft's notes, a note).
fn said(j: &Journal, args: &[&str]) -> String {
    let out = j.cmd(args).output().expect("run");
    let text = |b: Vec<u8>| String::from_utf8(b).expect("utf-8");
    format!("{}{}", text(out.stdout), text(out.stderr))
}

/// Trial 26z: after Marco was introduced to Nicola, a CFO, `match marco`
/// still offered Dora for "un CFO" while his draft said the introduction
/// answered it.
#[test]
fn an_introduction_to_someone_who_meets_a_need_answers_it() {
    let j = Journal::new();
    j.ok(&["add", "Marco Bianchi", "--need", "a CFO"]);
    j.ok(&["add", "Nicola Longo", "--role", "CFO"]);
    j.ok(&["add", "Dora Finzi", "--offer", "CFO services"]);
    let marco = j.ok(&["match", "marco"]);
    assert!(marco.contains("Dora Finzi (#3)"), "{marco}");
    j.ok(&["intro", "marco", "nicola", "a CFO"]);
    let marco = j.ok(&["match", "marco"]);
    assert!(!marco.contains("Dora Finzi (#3): offers"), "{marco}");
    assert!(
        marco.contains("\"a CFO\": your introduction to Nicola Longo answers it"),
        "{marco}"
    );
    let draft = said(&j, &["draft", "marco"]);
    assert!(!draft.contains("Dora"), "{draft}");
    assert!(
        draft.contains("left out their need \"a CFO\": your introduction to Nicola Longo"),
        "{draft}"
    );
}

/// Trial 26y: Rita asked for "an intro to a good CFO"; a give of "a list
/// of three fractional CFOs" met her need "a CFO", not the introduction
/// she asked for: Dora is still offered for it.
#[test]
fn a_request_for_an_introduction_is_answered_only_by_one() {
    let j = Journal::new();
    j.ok(&["add", "Rita Moro", "--need", "a CFO"]);
    j.ok(&["add", "Dora Finzi", "--offer", "CFO services"]);
    j.ok(&["asked-by", "rita", "an intro to a good CFO"]);
    j.ok(&["gave", "rita", "a list of three fractional CFOs"]);
    let rita = j.ok(&["match", "rita"]);
    assert!(
        rita.contains("Dora Finzi (#2): offers \"CFO services\" for \"a good CFO\""),
        "{rita}"
    );
    assert!(rita.contains("\"a CFO\": what you gave them on "), "{rita}");
}

/// Trial 26z: a draft offering Dora for "un CFO" said below it that
/// Marco's request "presentargli un CFO" was open and no draft answered
/// it; and `intro` beside it names the shell's way to count it once.
#[test]
fn a_draft_offering_someone_for_a_request_says_so() {
    let j = Journal::new();
    j.ok(&["add", "Marco Bianchi", "--need", "a CFO"]);
    j.ok(&["add", "Dora Finzi", "--offer", "CFO services"]);
    j.ok(&["asked-by", "marco", "an intro to a CFO"]);
    let draft = said(&j, &["draft", "marco"]);
    assert!(
        draft.contains("is still open: this draft offers Dora Finzi for it; once you introduce them, givegive intro \"Marco Bianchi\" \"Dora Finzi\" --closes 3 records it and closes the request"),
        "{draft}"
    );
    assert!(!draft.contains("no draft answers it"), "{draft}");
    let note = said(&j, &["intro", "marco", "dora", "a CFO"]);
    assert!(
        note.contains("`undo` and record it with --closes 3 so it counts once"),
        "{note}"
    );
}
