//! The review's rules through the real binary: one rule for "followed up",
//! snoozes that hide what they say (or are refused in one line), a person
//! set aside, and settings that would silence the review refused.

use serde_json::Value;

use super::Journal;

#[path = "review_done_key.rs"]
mod done_key;
#[path = "review_line.rs"]
mod line;
#[path = "review_snoozes.rs"]
mod snoozes;

struct J(Journal);

impl std::ops::Deref for J {
    type Target = Journal;

    fn deref(&self) -> &Journal {
        &self.0
    }
}

impl J {
    /// Dana, Marco and Eve, met at a meetup two days ago (the 21st) that
    /// is not logged yet; Marco asked two things of you.
    fn new() -> J {
        let j = J(Journal::lingerless());
        for name in ["Dana Reyes", "Marco Bianchi", "Eve Stone"] {
            j.ok(&["add", name]);
        }
        j
    }

    /// Today's review as (key, why).
    fn review(&self) -> Vec<(String, String)> {
        let queue: Value = serde_json::from_str(&self.ok(&["review", "--json"])).expect("JSON");
        queue["items"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|i| {
                let text = |f: &str| i[f].as_str().unwrap_or_default().to_string();
                (text("key"), text("why"))
            })
            .collect()
    }

    fn config(&self, text: &str) {
        let dir = self.dir.path().join("config/givegive");
        std::fs::create_dir_all(&dir).expect("config dir");
        std::fs::write(dir.join("config.toml"), text).expect("config");
    }
}

#[test]
fn a_meetup_logged_after_following_up_brings_nobody_back_as_fresh() {
    let j = J::new();
    j.ok(&[
        "met",
        "dana",
        "a quick thank-you",
        "--kind",
        "message",
        "--on",
        "2026-11-22",
    ]);
    j.ok(&["gave", "marco", "the slides", "--on", "2026-11-22"]);
    j.ok(&["intro", "eve", "marco", "both into embedded Rust"]);
    let logged = j.ok(&[
        "met",
        "dana",
        "marco",
        "eve",
        "Rust meetup",
        "--kind",
        "event",
        "--on",
        "2026-11-21",
        "--follow-up",
        "2026-11-24",
    ]);
    assert_eq!(
        logged,
        "logged event with Dana Reyes, Marco Bianchi, Eve Stone: Rust meetup (#7, Saturday 21 November)\n\
         no follow-up for Dana Reyes: already followed up on 2026-11-22, after this; `givegive follow-up 'Dana Reyes' 2026-11-24 TEXT` plans one anyway\n\
         no follow-up for Marco Bianchi: already followed up on 2026-11-22, after this; `givegive follow-up 'Marco Bianchi' 2026-11-24 TEXT` plans one anyway\n\
         no follow-up for Eve Stone: already followed up on 2026-11-23, after this; `givegive follow-up 'Eve Stone' 2026-11-24 TEXT` plans one anyway\n"
    );
    assert_eq!(j.review(), Vec::new());
    // Someone not touched since is fresh, and the follow-up planned for
    // them is done by the first touch, which says so.
    j.ok(&["add", "Tom Ng"]);
    let met = j.ok(&[
        "met",
        "tom",
        "pitch night",
        "--on",
        "2026-11-22",
        "--follow-up",
        "2026-11-30",
    ]);
    assert!(
        met.ends_with("follow-up due Monday 30 November (#10)\n"),
        "{met}"
    );
    j.ok(&["follow-up", "tom", "2026-12-20", "ask about the seed round"]);
    assert_eq!(j.review(), Vec::new(), "a follow-up is planned");
    // An ask either way, a give of theirs: not my follow-up.
    for args in [
        &["asked", "tom", "an intro to his CTO"][..],
        &["asked-by", "tom", "a look at his deck"],
        &["got", "tom", "a coffee"],
    ] {
        let out = j.ok(args);
        assert!(!out.contains("also done"), "{args:?}: {out}");
    }
    let gave = j.ok(&["gave", "tom", "the pitch template"]);
    assert!(
        gave.ends_with("also done: follow-up with Tom Ng: pitch night (#10)\n"),
        "{gave}"
    );
    let show = j.ok(&["show", "tom"]);
    assert!(
        show.contains("2026-11-23  #10     follow-up   done: pitch night"),
        "{show}"
    );
    assert!(
        show.contains("2026-12-20  #11     follow-up   due: ask about the seed round"),
        "its own text stays open: {show}"
    );
}

#[test]
fn each_snooze_that_would_hide_nothing_is_refused_in_one_line() {
    let j = J::new();
    j.ok(&["met", "dana", "coffee", "--on", "2026-11-21"]);
    let before = j.review();
    assert_eq!(before.len(), 1);
    for (args, line) in [
        (
            &["snooze", "nobody", "1d"][..],
            "givegive: nobody in the journal matches 'nobody' (add them with: givegive add \"nobody\")",
        ),
        (
            &["snooze", "1:fresh_meting", "1d"],
            "givegive: 'fresh_meting' is not a reason of the review (follow_up_due, date_coming, fresh_meeting, request_open, promise_open, signals_piled_up, pattern_seen, reciprocity_owed, past_cadence, one_sided)",
        ),
        (
            &["snooze", "99:fresh_meeting", "1d"],
            "givegive: there is no person #99 (in 99:fresh_meeting)",
        ),
        (
            &["snooze", "dana:fresh_meeting", "1d"],
            "givegive: 'dana:fresh_meeting' is not a review key (PERSON:REASON as review --json shows it, e.g. 7:past_cadence)",
        ),
        (
            &["snooze", "1:one_sided", "1d"],
            "givegive: Dana Reyes has no one-sided line in today's review matching 1:one_sided: nothing to hide",
        ),
        (
            &["snooze", "12345", "1d"],
            "givegive: there is no record #12345",
        ),
        (
            &["snooze", "4", "1d"],
            "givegive: #4 is not a follow-up or a person: snooze a review line by its key (review --json)",
        ),
        // Said plainly (trial 28b), in English and Italian alike.
        (
            &["snooze", "dana", "2020-01-01"],
            "givegive: Wednesday 1 January 2020 has gone by: a snooze ends on a day after today \
             (tomorrow, friday, 2w; or domani, venerdì)",
        ),
        (
            &["snooze", "1:fresh_meeting", "today"],
            "givegive: a snooze until today (Monday 23 November) would hide nothing: give a day \
             after today (tomorrow, friday, 2w; or domani, venerdì)",
        ),
        (
            &["snooze", "dana", "oggi"],
            "givegive: a snooze until today (Monday 23 November) would hide nothing: give a day \
             after today (tomorrow, friday, 2w; or domani, venerdì)",
        ),
    ] {
        assert_eq!(j.refused(args), line, "{args:?}");
    }
    let bogus = j.refused(&["snooze", "99:bogus", "1d"]);
    assert!(
        bogus.starts_with("givegive: 'bogus' is not a reason of the review"),
        "{bogus}"
    );
    assert_eq!(j.review(), before, "nothing was hidden");
}

#[test]
fn a_person_snoozed_stays_out_until_the_date_but_for_news() {
    let j = J::new();
    j.ok(&["met", "marco", "coffee", "--on", "2026-11-21"]);
    j.ok(&[
        "asked-by",
        "marco",
        "a review of his talk",
        "--open",
        "--on",
        "2026-11-20",
    ]);
    j.ok(&[
        "follow-up",
        "marco",
        "2026-11-25",
        "send the two firmware leads",
    ]);
    let said = j.ok(&["snooze", "marco", "2026-11-30"]);
    assert_eq!(
        said,
        "Marco Bianchi is out of the review until Monday 30 November; hidden now:\n  \
         asked you 3 days ago: a review of his talk\n\
         1 follow-up due before then snoozed to Monday 30 November\n\
         anything new (a follow-up planned, a meeting, a request, a promise, a give from them) brings them back sooner\n"
    );
    assert_eq!(j.review(), Vec::new());
    // Logged late, dated before the snooze: not news.
    j.ok(&["met", "marco", "a lunch I forgot", "--on", "2026-11-22"]);
    assert_eq!(j.review(), Vec::new());
    // A new request is.
    j.ok(&["asked-by", "marco", "an intro to Sara", "--open"]);
    let keys: Vec<String> = j.review().into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["2:request_open:9"]);
    // The snoozed follow-up is not overdue while it waits.
    let stats = j.ok(&["stats"]);
    assert!(stats.contains("0 overdue"), "{stats}");
}

#[test]
fn one_lines_key_hides_that_line_only_and_says_so() {
    let j = J::new();
    j.ok(&[
        "asked-by",
        "marco",
        "a review of his talk",
        "--open",
        "--on",
        "2026-11-20",
    ]);
    j.ok(&["asked-by", "marco", "an intro to Sara", "--open"]);
    let keys: Vec<String> = j.review().into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["2:request_open:4", "2:request_open:5"]);
    let said = j.ok(&["snooze", "2:request_open:4", "1w"]);
    assert_eq!(
        said,
        "hidden until Monday 30 November: Marco Bianchi asked you 3 days ago: a review of his talk\n"
    );
    let keys: Vec<String> = j.review().into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["2:request_open:5"]);
}

#[test]
fn settings_that_would_silence_the_review_are_refused_with_the_key() {
    let j = J::new();
    j.ok(&["follow-up", "dana", "2026-11-20", "send the deck"]);
    j.config("[review]\ncapacity = 0\n");
    let line = j.refused(&["review"]);
    assert!(line.starts_with("givegive: "), "{line}");
    assert!(
        line.ends_with(
            "config.toml line 2: [review] capacity: 0 would show nobody (use 1 or more)"
        ),
        "{line}"
    );
    j.config("[review]\nfresh_days = -1\n");
    assert!(
        j.refused(&["review"])
            .contains("[review] fresh_days: -1 would")
    );
    j.config("[review]\ncapacity = 1\n");
    assert_eq!(j.review().len(), 1);
}

/// Trial one: the review said "you asked more (1) than you gave (0)" beside
/// a card saying "balance even". One rule (`Tallies::asked_and_gave`): after
/// each step of a ledger, the review's line and the card's say the same.
#[test]
fn the_review_and_the_card_agree_on_whether_you_asked_more() {
    let j = J::new();
    j.ok(&["add", "Kai Lund"]);
    // What the review says of asking, and what `show` says, after each step.
    let said = |j: &J| {
        let review = j.ok(&["review"]);
        let show = j.ok(&["show", "kai"]);
        let pick = |text: &str| {
            text.find("you asked more (")
                .map(|at| text[at..].split(')').take(2).collect::<Vec<_>>().join(")"))
        };
        (pick(&review), pick(&show))
    };
    let mut seen = Vec::new();
    let mut request = String::new();
    for step in [
        vec!["asked", "kai", "an intro to his CTO"],
        vec!["asked-by", "kai", "a review of the deck", "--weight", "3"],
        vec!["done", "REQUEST"],
        vec!["asked", "kai", "the slides", "--weight", "3"],
        vec!["gave", "kai", "the dbt article", "--weight", "2"],
    ] {
        let step: Vec<String> = step
            .into_iter()
            .map(|w| {
                if w == "REQUEST" {
                    request.clone()
                } else {
                    w.to_string()
                }
            })
            .collect();
        let step: Vec<&str> = step.iter().map(String::as_str).collect();
        let out = j.ok(&step);
        if step[0] == "asked-by" {
            // "… (#3, 2026-11-23)": the request's id, to grant it.
            let at = out.find("(#").expect("an id") + 2;
            request = out[at..].chars().take_while(char::is_ascii_digit).collect();
        }
        let step = step.join(" ");
        let (review, card) = said(&j);
        assert_eq!(review, card, "after {step:?}");
        seen.push(review.is_some());
    }
    // Both ways were seen: asked more, then not, then again, then not.
    assert_eq!(seen, [true, true, false, true, false], "{seen:?}");
    // Trial six: "even; you asked more" read as a contradiction. The lean
    // is said as help's, the asks apart.
    j.ok(&["add", "Ida Berg"]);
    j.ok(&["asked", "ida", "an intro"]);
    let show = j.ok(&["show", "ida"]);
    assert!(
        show.contains("lean 0 (help even) · but you asked more (1) than you gave (0)"),
        "{show}"
    );
}

/// A follow-up done records no give, whatever its words promise ("send
/// Marco the two firmware leads"): when the person keeps a line only a
/// give ends, `done` says so and how to record one; the command it names
/// records the give, and the line goes. With no such line it says nothing
/// more (`command::StillOwed`, docs/review.md "What done does").
#[test]
fn a_follow_up_done_says_the_line_only_a_give_ends() {
    let j = J::new();
    j.ok(&["asked", "marco", "an intro to his CTO", "--weight", "2"]);
    let id = |said: &str| {
        said.trim_end()
            .rsplit_once('(')
            .and_then(|(_, id)| id.strip_suffix(')'))
            .expect("an id")
            .to_string()
    };
    let planned = j.ok(&[
        "follow-up",
        "marco",
        "today",
        "send Marco the two firmware leads",
    ]);
    let said = j.ok(&["done", &id(&planned)]);
    assert_eq!(
        said,
        "done: follow-up with Marco Bianchi: send Marco the two firmware leads\n\
         Marco Bianchi's review line stays: you asked more (2) than you gave (0); \
         `givegive gave marco \"the two firmware leads\"` records the give\n"
    );
    assert!(
        j.review()
            .iter()
            .any(|(key, _)| key.starts_with("2:one_sided:")),
        "{:?}",
        j.review()
    );
    // The command it names, as a user would paste it.
    let gave = said
        .split('`')
        .nth(1)
        .and_then(|line| shell_words::split(line).ok())
        .expect("a command");
    let words: Vec<&str> = gave.iter().skip(1).map(String::as_str).collect();
    assert_eq!(
        j.ok(&words),
        "gave Marco Bianchi: the two firmware leads (#6, 2026-11-23)\n"
    );
    j.ok(&["gave", "marco", "a beer"]);
    assert_eq!(j.review(), Vec::new());
    let planned = j.ok(&["follow-up", "marco", "today", "ask about the CTO"]);
    assert_eq!(
        j.ok(&["done", &id(&planned)]),
        "done: follow-up with Marco Bianchi: ask about the CTO\n"
    );
}

/// Fresh eyes: `event ... --no-follow-up` the day before, and the review
/// still said "you met Giulia yesterday ... follow up while it is fresh".
/// A meeting said to need no follow-up makes no line, from either command
/// (the event form's "no" runs `event`); one logged without it does.
#[test]
fn a_meeting_said_to_need_no_follow_up_makes_no_line() {
    let j = J::new();
    j.ok(&[
        "event",
        "Design Week drinks",
        "--on",
        "yesterday",
        "--with",
        "Giulia Conti",
        "--with",
        "Marta Fontana",
        "--no-follow-up",
    ]);
    j.ok(&[
        "add",
        "James Park",
        "--met",
        "the bakery",
        "--on",
        "yesterday",
        "--no-follow-up",
    ]);
    j.ok(&[
        "add",
        "Rosa Neri",
        "--met",
        "the bakery",
        "--on",
        "yesterday",
    ]);
    let kinds: Vec<String> = j
        .review()
        .into_iter()
        .map(|(key, why)| format!("{key} {why}"))
        .collect();
    assert!(
        kinds.iter().all(|k| !k.contains("fresh_meeting")),
        "{kinds:?}"
    );
    // Rosa's meeting planned its follow-up: that is her one line.
    assert_eq!(kinds.len(), 1, "{kinds:?}");
    assert!(kinds[0].contains(":follow_up_due:"), "{kinds:?}");
}

/// Snoozing a follow-up by id says whose and which, as hiding a review
/// line does (the TUI's `z` and `x` read alike), never the record's id.
#[test]
fn a_follow_up_snoozed_by_id_names_the_person_and_the_line() {
    let j = J::new();
    let said = j.ok(&["follow-up", "marco", "2026-11-25", "send the leads"]);
    let id = said
        .split('#')
        .nth(1)
        .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
        .expect(&said)
        .to_string();
    let said = j.ok(&["snooze", &id, "2026-11-30"]);
    assert_eq!(
        said,
        "snoozed until Monday 30 November: follow-up with Marco Bianchi: send the leads\n"
    );
    // A meeting's follow-up says its label once (`followed::after_label`),
    // as every other line does: never `follow-up "follow up on: …"`.
    let met = j.ok(&[
        "met",
        "marco",
        "Fintech drinks",
        "--follow-up",
        "2026-11-26",
    ]);
    let id = met
        .rsplit('#')
        .next()
        .expect(&met)
        .trim_end()
        .trim_end_matches(')');
    let said = j.ok(&["snooze", id, "2026-11-30"]);
    assert_eq!(
        said,
        "snoozed until Monday 30 November: follow-up with Marco Bianchi: Fintech drinks\n"
    );
}

/// A follow-up snoozed past its day says, when the snooze ends, the day
/// it was first due (trial 26q: due 2 December, snoozed for a week on the
/// 4th, read "due today" on the 11th).
#[test]
fn a_snoozed_follow_up_says_when_it_was_first_due() {
    let j = J::new();
    let said = j.ok(&["follow-up", "marco", "2026-11-21", "send the leads"]);
    let id = said
        .rsplit('#')
        .next()
        .expect(&said)
        .trim_end()
        .trim_end_matches(')');
    j.ok(&["snooze", id, "1w"]);
    let out = j
        .cmd(&["review"])
        .env("GIVEGIVE_TODAY", "2026-11-30")
        .output()
        .expect("review");
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.contains("follow-up due today (first due 21 November): send the leads"),
        "{out}"
    );
}
