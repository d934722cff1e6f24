//! Who could help a person, and whom they could help: picking one opens
//! the introduction's form.

use crate::app::{Action, App, Effect, Form, Msg, Overlay};
use crate::domain::Id;
use crate::domain::matching::Acquaintance;
use crate::journal::{MatchReport, Side};
use crate::keymap::Layer;

/// The keys the list takes while open (those of a picker).
pub(super) const LAYER: Layer = Layer::Picker;

/// A key on the open list: move, pick, or close. The rows go on past
/// those who can be introduced into who is not offered, and why: every
/// row is reached with the list's keys (trial 26z4: "+5 more not offered
/// (givegive match NAME --all)" sent the user to the shell, and end did
/// nothing).
pub(super) fn update(app: &mut App, report: MatchReport, selected: usize, msg: Msg) -> Vec<Effect> {
    let offered = report.all().len();
    let last = (offered + report.not_offered().len()).saturating_sub(1);
    let page = app.room.page.max(1);
    let selected = match msg {
        Msg::Act(Action::Down) => (selected + 1).min(last),
        Msg::Act(Action::Up) => selected.saturating_sub(1),
        Msg::Act(Action::PageDown) => (selected + page).min(last),
        Msg::Act(Action::PageUp) => selected.saturating_sub(page),
        Msg::Act(Action::Top) => 0,
        Msg::Act(Action::Bottom) => last,
        Msg::Submit | Msg::Yes | Msg::Act(Action::Open) => {
            let all = report.all();
            let Some((_, m)) = all.get(selected).copied() else {
                // A row of who is not offered says why it is not.
                let why = report
                    .not_offered()
                    .get(selected.saturating_sub(offered))
                    .map(|(m, why)| format!("{} is not offered: {why}", m.name));
                let said = match (offered, why) {
                    (0, Some(why)) => {
                        format!("enter records nothing: nobody here can be introduced; {why}")
                    }
                    (_, Some(why)) => format!("enter records nothing: {why}"),
                    (_, None) => {
                        "enter records nothing: nobody here can be introduced (each row says why)"
                            .into()
                    }
                };
                app.overlay = Some(Overlay::Matches { report, selected });
                return app.nothing_here(&said);
            };
            // The list may be older than what another shell logged since
            // (an event both were at): the form opens once the journal
            // says whether they know each other now ([`App::knew`]).
            let ask = Effect::AskKnows(report.person.id, m.contact);
            app.overlay = Some(Overlay::Matches { report, selected });
            return vec![ask];
        }
        Msg::No | Msg::Cancel | Msg::Act(Action::Back | Action::Quit) => {
            return Vec::new();
        }
        _ => selected,
    };
    app.overlay = Some(Overlay::Matches { report, selected });
    Vec::new()
}

impl App {
    /// Whether `a` and `b` know each other, as the journal said when
    /// enter was pressed on `b`'s row: the introduction's form opens
    /// (it may have had a reason), saying how they do above its keys.
    pub(crate) fn knew(&mut self, a: Id, b: Id, how: Option<Acquaintance>) {
        let Some(Overlay::Matches { report, selected }) = self.overlay.take() else {
            return;
        };
        let all = report.all();
        let Some((side, m)) = all.iter().find(|(_, m)| m.contact == b).copied() else {
            self.overlay = Some(Overlay::Matches { report, selected });
            return;
        };
        if report.person.id != a {
            self.overlay = Some(Overlay::Matches { report, selected });
            return;
        }
        // Why is pre-filled with the need it answers, in the words it was
        // written, never the English reason (saved unnoticed: p7); the
        // request that need came from is the one it answers, whose it is.
        let why = m.needs.first().map_or("", String::as_str);
        let whose = match side {
            Side::HelpsThem => &report.person.name,
            _ => &m.name,
        };
        let request = m
            .request
            .map(|id| (id, crate::domain::draft::first_name(whose)));
        // Why, how big, the request it answers and when to check how it
        // went are asked before anything is recorded. Recorded from the
        // review, it counts in the pass.
        if self.screen == crate::app::Screen::Review {
            self.review.counting = Some((crate::app::review::Counted::Introduced, None));
        }
        let mut form = Form::intro((a, &report.person.name), (b, &m.name), why, request);
        if let Some(how) = how {
            form.notes
                .push(format!("they know each other already: {}", how.why()));
            form.notes
                .push("enter records the introduction all the same".into());
        }
        self.overlay = Some(Overlay::Form(form));
    }
}

/// The help's heading over the list: it names this list, whose enter
/// introduces (the picker's "In a list to pick from" said nothing of it).
pub(super) fn heading(report: &MatchReport) -> String {
    format!(
        "In who could help {}, and whom they could help",
        report.person.name
    )
}

/// What `action` does on this list, for its help: written beside
/// [`update`], which does it. `None`: it does nothing here.
pub(super) fn key_does(report: &MatchReport, action: Action) -> Option<&'static str> {
    Some(match action {
        Action::Help => "show or hide this help",
        Action::Submit if report.all().is_empty() => {
            "records nothing: nobody here can be introduced (each row says why)"
        }
        Action::Submit => {
            "introduce the selected person: a form asks why, how big and when to check \
             how it went, then records a give to both and that follow-up"
        }
        Action::Cancel => "close: nothing is recorded",
        Action::Up => "the row above",
        Action::Down => "the row below, then who is not offered and why",
        Action::PageUp => "a page of rows up",
        Action::PageDown => "a page of rows down",
        Action::Top => "the first row",
        Action::Bottom => "the last row: the last one not offered, if any",
        _ => return None,
    })
}
