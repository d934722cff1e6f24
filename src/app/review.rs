//! The review screen: today's queue, one key per action, and the pass's
//! summary. Every action is a command (`done`, `snooze`, a capture), so
//! the review changes the journal exactly as the shell would.

use chrono::NaiveDate;

use super::{Action, App, Effect, Form, Overlay, Screen, Verb};
use crate::command::{Command, Who};
use crate::domain::review::{Doing, Item, Reason, Way};

/// What the user did with the review items so far in this session.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub done: usize,
    pub follow_ups_sent: usize,
    /// Drafts sent that wished them well for their day, and no follow-up
    /// due: said as wishes, not as a follow-up (trial 28e).
    pub wishes_sent: usize,
    pub gives: usize,
    pub logged: usize,
    /// Follow-ups planned (`F`): a day set for later, not something done
    /// (trial 26z4 read "1 logged" for a planned follow-up).
    pub planned: usize,
    pub snoozed: usize,
    pub dismissed: usize,
    pub introduced: usize,
    /// Relationships closed from the review (`d` on piled-up signals):
    /// a close is not a done, and the pass says which it was.
    pub closed: usize,
    /// Warning signs recorded as signals (`d` on a pattern): noting a
    /// sign is not doing anything with the person, so not "done".
    pub signals: usize,
    /// Gives logged on `g` right after a line was done (`d`, a draft's
    /// `y`) left its person a give to record: the same line, not one more
    /// (trial 28c: `d` then `g` said "2 reviewed: 1 done, 1 give").
    pub gave_too: usize,
}

impl Summary {
    pub fn reviewed(&self) -> usize {
        self.done
            + self.follow_ups_sent
            + self.wishes_sent
            + self.gives
            + self.logged
            + self.planned
            + self.snoozed
            + self.dismissed
            + self.introduced
            + self.closed
            + self.signals
    }

    /// "7 reviewed: 3 follow-ups sent, 2 gives, 2 snoozed".
    pub fn line(&self) -> String {
        let parts: Vec<String> = [
            (self.follow_ups_sent, "follow-up sent", "follow-ups sent"),
            (self.wishes_sent, "wish sent", "wishes sent"),
            (self.done, "done", "done"),
            (self.gives, "give", "gives"),
            (self.logged, "logged", "logged"),
            (self.planned, "follow-up planned", "follow-ups planned"),
            (self.snoozed, "snoozed", "snoozed"),
            (self.dismissed, "dismissed", "dismissed"),
            (self.introduced, "introduction", "introductions"),
            (self.closed, "closed", "closed"),
            (self.signals, "signal recorded", "signals recorded"),
        ]
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| crate::domain::text::count(*n, one, many))
        .collect();
        if parts.is_empty() {
            return "nothing reviewed yet".into();
        }
        let too = match self.gave_too {
            0 => String::new(),
            1 => ", and a give logged with it".into(),
            n => format!(", and {n} gives logged with them"),
        };
        format!("{} reviewed: {}{too}", self.reviewed(), parts.join(", "))
    }
}

/// Which counter a review action moves once its command succeeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    Done,
    FollowUpSent,
    /// A draft sent that wishes them well for their day.
    WishesSent,
    Give,
    Logged,
    Planned,
    Snoozed,
    Dismissed,
    /// An introduction recorded from `H` on the review.
    Introduced,
    /// A relationship closed from the review.
    Closed,
    /// A warning sign recorded as a signal.
    Signal,
    /// A give that ends the line just done: counted with it.
    GaveToo,
}

impl Counted {
    /// Whether it counts a draft sent with `y`, whatever the draft was.
    pub(super) fn is_sent(self) -> bool {
        matches!(self, Counted::FollowUpSent | Counted::WishesSent)
    }
}

#[derive(Clone, Debug, Default)]
pub struct ReviewState {
    pub selected: usize,
    /// The queue, or the selected person's history on the card.
    pub pane: super::Pane,
    pub summary: Summary,
    /// The action whose command is running, counted if it succeeds: the
    /// command, or none for the next form submitted.
    pub(super) counting: Option<(Counted, Option<Command>)>,
    /// What `d` marks done, in words, for the status once it is
    /// ("Sara's request 'a feedback on her deck'").
    pub(super) done_what: Option<String>,
    /// The changes `u` can take back in this session, newest last, each
    /// with what it counted in the summary; and those undone, for a redo.
    /// An undo takes its change's count back off the summary.
    steps: Vec<Option<Counted>>,
    undone: Vec<Option<Counted>>,
    /// Where the person went, said by a reload between an action's
    /// commands (the promises `y` marks done run before the message it
    /// counts): the counted command's status says it again.
    pub(super) went: Option<String>,
    /// A follow-up done left its person a line only a give ends
    /// (`command::StillOwed`): said once the action is told whole.
    pub(super) owed: Option<crate::command::StillOwed>,
    /// The give the status just offered on `g` (`App::give_offered`).
    pub(super) offered: Option<crate::command::StillOwed>,
    /// The last change's own status (what it did, what it hid, `u`
    /// undoes it; or what another shell changed), without the pass's
    /// summary: on an empty review, "review finished" comes after it
    /// rather than in its place.
    pub(super) told: Option<String>,
    /// What the commands run before the counted one said (a draft's `y`
    /// marks the promise it keeps done first): said after its count.
    pub(super) kept: Vec<String>,
    /// The promises a draft's `y` marks done, whose words go in `kept`.
    pub(super) promises: Vec<crate::domain::Id>,
    /// Whom the draft being sent is for, until its message is counted.
    pub(super) to: Option<crate::domain::Id>,
    /// A message to this person was just counted sent: the reload after
    /// it says whether their selected line stays, and what ends it (only
    /// theirs: the cursor may have gone on to someone else's line).
    pub(super) sent: Option<crate::domain::Id>,
}

impl ReviewState {
    /// Counts the running action if `command` is its command and it
    /// succeeded (`ok`); says what it counted. A snooze the command layer
    /// refused (a day gone by) is not counted.
    pub fn count(&mut self, command: &Command, ok: bool) -> Option<Counted> {
        let (what, expected) = self.counting.take()?;
        if expected.as_ref().is_some_and(|c| c != command) {
            self.counting = Some((what, expected));
            return None;
        }
        if !ok {
            // A refused form opens again: what it counts waits for it
            // (cancelling it forgets it).
            if expected.is_none() {
                self.counting = Some((what, expected));
            }
            return None;
        }
        self.summary.add(what, true);
        let to = self.to.take();
        self.sent = what.is_sent().then_some(to).flatten();
        Some(what)
    }

    /// How a give offered on `g` counts: with the line whose done
    /// offered it when the last change was that line's, else as a give.
    pub(super) fn offered_give(&self) -> Counted {
        match self.steps.last() {
            Some(Some(c)) if *c == Counted::Done || c.is_sent() => Counted::GaveToo,
            _ => Counted::Give,
        }
    }

    /// Follows the changes `u` takes back: a change that left an undo
    /// step (`undoable`) is remembered with what it `counted`; an undo
    /// takes the newest off the summary, a redo puts it back.
    pub(super) fn track(&mut self, command: &Command, undoable: bool, counted: Option<Counted>) {
        match command {
            Command::Undo => {
                if let Some(step) = self.steps.pop() {
                    if let Some(what) = step {
                        self.summary.add(what, false);
                    }
                    self.undone.push(step);
                }
            }
            Command::Redo => {
                if let Some(step) = self.undone.pop() {
                    if let Some(what) = step {
                        self.summary.add(what, true);
                    }
                    self.steps.push(step);
                }
            }
            _ if undoable => {
                self.steps.push(counted);
                self.undone.clear();
            }
            _ => {}
        }
    }

    /// The status after a counted action: the pass's summary; after an
    /// action that sets a day (a snooze, a follow-up, a meeting) also the
    /// command's own line (`own`), which says the day with its weekday as
    /// the shell does and what a snooze hid (`docs/review.md` "Snoozing
    /// and setting aside"; trial 26z4: `F` with "next friday" said only
    /// "1 reviewed: 1 logged", and which Friday was never seen); after a done what
    /// it marked done; and after any action what else it did in the
    /// command's own words (`also`: "also done: follow-up with Laura
    /// Bassi: …", as the shell says it; trial 26q saw only "1 done" in the
    /// TUI, trial 26w only "1 give" after a give that did a follow-up).
    pub(super) fn said(&mut self, command: &Command, own: String, also: &[String]) -> String {
        let line = self.summary.line();
        let done = self.done_what.take();
        match (command, done) {
            (Command::Snooze { .. } | Command::FollowUp { .. }, _) => format!("{line} · {own}"),
            // A meeting whose day or follow-up's day was typed (`m`), not
            // the message a draft's `y` records today.
            (Command::Met(m), _) if m.on.is_some() || m.follow_up.is_some() => {
                format!("{line} · {own}")
            }
            // What the close did ("closed Zoe Martin: …"), then the count.
            (Command::Close { .. }, _) => format!("{own} · {line}"),
            (Command::Done { .. }, Some(what)) => std::iter::once(format!("done: {what}"))
                .chain(also.iter().cloned())
                .chain([line])
                .collect::<Vec<_>>()
                .join(" · "),
            _ => std::iter::once(line)
                .chain(also.iter().cloned())
                .collect::<Vec<_>>()
                .join(" · "),
        }
    }
}

impl Summary {
    /// One more (`up`) or one fewer of `what`.
    fn add(&mut self, what: Counted, up: bool) {
        let n = match what {
            Counted::Done => &mut self.done,
            Counted::FollowUpSent => &mut self.follow_ups_sent,
            Counted::WishesSent => &mut self.wishes_sent,
            Counted::Give => &mut self.gives,
            Counted::Logged => &mut self.logged,
            Counted::Planned => &mut self.planned,
            Counted::Snoozed => &mut self.snoozed,
            Counted::Dismissed => &mut self.dismissed,
            Counted::Introduced => &mut self.introduced,
            Counted::Closed => &mut self.closed,
            Counted::Signal => &mut self.signals,
            Counted::GaveToo => &mut self.gave_too,
        };
        *n = if up { *n + 1 } else { n.saturating_sub(1) };
    }
}

/// The key of each way out of a line "done" cannot do, as the default
/// keymap has it (the status names keys as the hints do).
fn key(way: Way) -> &'static str {
    match way {
        Way::Give => "g",
        Way::Meet => "m",
        Way::Draft => "w",
        Way::SnoozeWeek => "S",
        Way::Dismiss => "x",
    }
}

/// The day `days` after `today`.
fn in_days(today: NaiveDate, days: u64) -> NaiveDate {
    today + chrono::Days::new(days)
}

impl App {
    pub fn selected_item(&self) -> Option<&Item> {
        self.data.review.items.get(self.review.selected)
    }

    pub(super) fn act_on_review(&mut self, action: Action) -> Vec<Effect> {
        let Some(item) = self.selected_item().cloned() else {
            return self.nothing_here("the review is empty");
        };
        self.review.done_what = None;
        let record = item.reason.record();
        let target = |prefer_record: bool| match record {
            Some(id) if prefer_record => id.0.to_string(),
            _ => item.key.clone(),
        };
        let is_follow_up = matches!(item.reason, Reason::FollowUpDue { .. });
        let today = self.today;
        let snooze = |target: String, days: u64| Command::Snooze {
            target,
            until: in_days(today, days),
        };
        let (command, counted): (Command, Counted) = match action {
            // `C`, and `d` on a line that proposes closing: one close, and
            // the pass counts it (trial 26y3: `C` left "1 reviewed: 1 done").
            Action::CloseRelationship => return self.close_from_review(&item),
            Action::Done => match item.doing() {
                Doing::Close => return self.close_from_review(&item),
                Doing::Signal(text) => (
                    Command::Signal {
                        who: Who::Id(item.contact),
                        text,
                        on: None,
                    },
                    Counted::Signal,
                ),
                Doing::Settle { id, what } => {
                    self.review.done_what = Some(what);
                    (Command::Done { id }, Counted::Done)
                }
                refused @ Doing::Nothing { .. } => {
                    let said = refused.refusal(|w| key(w).to_string()).unwrap_or_default();
                    self.status = super::Status {
                        text: said,
                        warning: true,
                    };
                    return Vec::new();
                }
            },
            Action::Snooze => (snooze(target(is_follow_up), 1), Counted::Snoozed),
            Action::SnoozeWeek => (snooze(target(is_follow_up), 7), Counted::Snoozed),
            Action::SnoozeDate => {
                self.overlay = Some(Overlay::Form(Form::snooze(
                    target(is_follow_up),
                    &item.name,
                )));
                self.review.counting = Some((Counted::Snoozed, None));
                return Vec::new();
            }
            // The line's own key, for good: its key names what it is
            // about (the record, the day a cadence counts from, how many
            // asks), so something new with them is a new line.
            Action::Dismiss => (
                Command::Snooze {
                    target: item.key.clone(),
                    until: crate::domain::review::keys::FOR_GOOD,
                },
                Counted::Dismissed,
            ),
            Action::Draft => {
                let meeting = match &item.reason {
                    Reason::FreshMeeting { meeting, .. } => Some(meeting.id),
                    _ => None,
                };
                let follow_up = match &item.reason {
                    Reason::FollowUpDue { follow_up, .. } => Some(follow_up.id),
                    _ => None,
                };
                return vec![Effect::Draft {
                    contact: item.contact,
                    meeting,
                    follow_up,
                }];
            }
            // Who waits past the day's people: `review --all`, shown
            // whole as the shell prints it (trial 26y3: nobody could see).
            Action::InLine if self.data.review.waiting == 0 => {
                self.say("nobody is in line: the review shows everyone it has today".into());
                return Vec::new();
            }
            Action::InLine => return vec![Effect::run(Command::Review { all: true })],
            Action::Skip => {
                let last = self.data.review.items.len().saturating_sub(1);
                self.review.selected = (self.review.selected + 1).min(last);
                return self.card_effects();
            }
            Action::Gave
            | Action::Got
            | Action::Asked
            | Action::AskedBy
            | Action::Met
            | Action::FollowUp
            | Action::Signal => {
                let Some(verb) = Verb::for_action(action) else {
                    return Vec::new();
                };
                let mut form = self.capture_form(verb, item.contact, &item.name);
                // Filled with what the line is about: their request, or
                // what the follow-up said I would send (trial 26y3).
                match (verb, &item.reason) {
                    (Verb::Gave, Reason::RequestOpen { entry, .. }) => {
                        form = form.answering(entry);
                    }
                    (Verb::Gave, Reason::FollowUpDue { follow_up, .. }) => {
                        if let Some(thing) =
                            crate::domain::followed::sends(&follow_up.text, &item.name)
                        {
                            form = form.sending(&thing);
                        }
                    }
                    _ => {}
                }
                self.overlay = Some(Overlay::Form(form));
                let counted = match action {
                    Action::Gave => Counted::Give,
                    Action::FollowUp => Counted::Planned,
                    _ => Counted::Logged,
                };
                self.review.counting = Some((counted, None));
                return Vec::new();
            }
            // The contacts screen's keys, for the item's person.
            other => return self.act_on_selected(other),
        };
        self.review.counting = Some((counted, Some(command.clone())));
        vec![Effect::run(command)]
    }

    /// The close form for the line's person, counted in the pass once it
    /// is saved.
    fn close_from_review(&mut self, item: &Item) -> Vec<Effect> {
        self.overlay = Some(Overlay::Form(Form::close(item.contact, &item.name)));
        self.review.counting = Some((Counted::Closed, None));
        Vec::new()
    }

    /// A form closed without saving: what it would have counted is not.
    pub(super) fn forget_form_count(&mut self) {
        if matches!(self.review.counting, Some((_, None))) {
            self.review.counting = None;
        }
    }

    /// After the queue reloads, keep the selection in range; an emptied
    /// queue shows the pass's summary.
    pub(super) fn clamp_review(&mut self) {
        let len = self.data.review.items.len();
        self.review.selected = self.review.selected.min(len.saturating_sub(1));
        let told = self.review.told.take();
        if len == 0 && self.screen == Screen::Review && self.review.summary.reviewed() > 0 {
            let finished = format!("review finished: {}", self.review.summary.line());
            match told {
                Some(told) if !told.is_empty() => {
                    self.status.text = format!("{told} · {finished}");
                }
                _ => {
                    self.status.text = finished;
                    self.status.warning = false;
                }
            }
        }
    }
}
