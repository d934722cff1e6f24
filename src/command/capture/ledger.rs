//! The ledger captures: a give or an ask recorded (`record`), with the note
//! for a request still open between the same people that the give may have
//! answered. Their own unit because that note, which differs by command and by
//! surface, is the ledger's alone; meetings, introductions and settling live
//! beside them in `capture`.

use super::*;

/// What the note says that a give gets while a request between the same
/// people is still open (`got` and mine, `gave` or `intro` and theirs): a
/// front end that already asked which request it answers (the TUI's form)
/// leaves the note out. The shell's and the TUI's notes both hold it.
pub const STILL_OPEN: &str = "is still open; if this answered it,";

/// What was recorded beside a request still open: the way to record it
/// again as answering that request differs by it, and by surface.
#[derive(Clone, Copy)]
pub(crate) enum Again {
    /// `got`, beside my request: `--answers`, or the got form's field.
    Got,
    /// `gave`, beside theirs: `--answers`, or `g` on their request's line.
    Gave,
    /// `intro`, beside theirs: `--closes`, or the intro form's field.
    Intro,
}

/// The note for the open request `open` beside a give that may have
/// answered it: `whose` request ("your", "Sara Greco's"), and how to
/// record the two as one favour on `surface`: the shell's `undo` and flag,
/// the TUI's keys and field (trials 26y, 26z: the TUI named `--closes`).
fn still_open(whose: &str, open: &LedgerEntry, again: Again, surface: Surface) -> String {
    let n = open.id.0;
    let how = match (surface, again) {
        (Surface::Shell, Again::Intro) => format!("`undo` and record it with --closes {n}"),
        (Surface::Shell, _) => format!("`undo` and record it with --answers {n}"),
        (Surface::Tui, Again::Intro) => format!(
            "u takes it back; then introduce them from H with {n} in \"answers the request\""
        ),
        (Surface::Tui, Again::Gave) => {
            "u takes it back; then g on their request's line in the review records it as its answer"
                .to_string()
        }
        (Surface::Tui, Again::Got) => {
            format!("u takes it back; then record it again with {n} in \"answers your request\"")
        }
    };
    format!(
        "note: {whose} request {} '{}' {STILL_OPEN} {how} so it counts once",
        open.id, open.text
    )
}

/// The notes for the open requests of `people` to me beside a give of
/// mine recorded without saying which one it answers: the newest of each.
pub(crate) fn theirs_still_open(
    journal: &Journal,
    people: &[Id],
    again: Again,
    surface: Surface,
) -> Result<Vec<String>, CommandError> {
    let mut notes = Vec::new();
    for &who in people {
        if let Some(open) = journal.open_asks(who, Direction::ThemToMe)?.first() {
            notes.push(still_open(
                &format!("{}'s", journal.name_of(who)?),
                open,
                again,
                surface,
            ));
        }
    }
    Ok(notes)
}

pub(crate) fn record(journal: &Journal, env: &Env<'_>, note: LedgerNote) -> Ran {
    let contact = resolve(journal, &note.who)?;
    if let Some(ask) = note.answers {
        // The request keeps the day it was asked; the day given (`--on`,
        // or today) is the day it was settled.
        let (e, followed_up) = journal.answer(
            ask,
            &Answer {
                contact,
                by: note.direction,
                kind: note.kind,
                text: note.text,
                weight: note.weight,
                on: note.on.unwrap_or(env.today),
            },
        )?;
        let name = journal.name_of(e.contact)?;
        let line = match note.direction {
            Direction::ThemToMe => format!(
                "{name} granted your request {}: {} (counted once, as help received)",
                e.id, e.text
            ),
            Direction::MeToThem => format!(
                "you granted {name}'s request {}: {} (counted once, as help given)",
                e.id, e.text
            ),
        };
        let mut lines = vec![line];
        lines.extend(also_done(journal, &followed_up)?);
        journal.flush()?;
        return Ok(Report::Done(Done {
            lines,
            written: vec![e.id],
            ..Done::default()
        }));
    }
    let draft = LedgerDraft {
        contact,
        direction: note.direction,
        nature: note.nature,
        kind: note.kind,
        text: note.text,
        weight: note.weight,
        state: if note.open {
            EntryState::Open
        } else {
            EntryState::Done
        },
        date: note.on.unwrap_or(env.today),
    };
    let recorded = journal.record(&draft)?;
    let e = &recorded.entry;
    let mut warnings: Vec<String> = recorded
        .warnings
        .iter()
        .map(|w| format!("warning: {w}"))
        .collect();
    match (e.direction, e.nature) {
        (Direction::ThemToMe, Nature::Give) => {
            if let Some(open) = journal.open_asks(e.contact, Direction::MeToThem)?.first() {
                warnings.push(still_open("your", open, Again::Got, env.surface));
            }
        }
        (Direction::MeToThem, Nature::Give) => {
            warnings.extend(theirs_still_open(
                journal,
                &[e.contact],
                Again::Gave,
                env.surface,
            )?);
        }
        _ => {}
    }
    // An open give of mine is a promise, and is said so (trial 26y3 read
    // "gave Laura: three designer portfolios" for `gave --open`).
    let verb = match (e.direction, e.nature, e.state) {
        (Direction::MeToThem, Nature::Give, EntryState::Open) => "promised",
        _ => e.verb(),
    };
    let mut lines = vec![format!(
        "{verb} {}: {} ({}, {})",
        journal.name_of(e.contact)?,
        e.text,
        e.id,
        e.date
    )];
    lines.extend(also_done(journal, &recorded.followed_up)?);
    journal.flush()?;
    Ok(Report::Done(Done {
        lines,
        warnings,
        written: vec![e.id],
        ..Done::default()
    }))
}
