//! A follow-up message drafted for a person: read with the records each
//! line came from, copied, edited here or in $EDITOR, marked sent.

use crate::app::navigate::moves;
use crate::app::review::Counted;
use crate::app::{Action, App, EditTarget, Effect, Msg, Overlay};
use crate::command::{Command, Meeting, Who};
use crate::domain::{Id, InteractionKind, Voice};
use crate::keymap::Layer;

/// The keys the draft takes while open.
pub(super) const LAYER: Layer = Layer::Draft;

/// A drafted follow-up and what it answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftView {
    pub contact: Id,
    pub name: String,
    /// The follow-up that sending the message completes, if any.
    pub follow_up: Option<Id>,
    pub text: String,
    /// The draft as built, line by line with the records each came from:
    /// shown beside the text until it is edited.
    pub lines: Vec<crate::domain::draft::DraftLine>,
    /// The line that sends what was promised, and what it delivers.
    pub delivers: Option<crate::domain::draft::DraftLine>,
    /// The day the draft wishes them well for, and the line that does.
    pub wishes: Option<(chrono::NaiveDate, String)>,
    /// What was left out and why, for the person sending it.
    pub notes: Vec<String>,
    /// The text being edited in place, while it is.
    pub editor: Option<Box<DraftEditor>>,
    /// The first line shown of the text and its notes, scrolled as one:
    /// a long draft's notes are below the panel at 80x24.
    pub scroll: usize,
}

/// A draft's text being edited inside the TUI (a multi-line text area).
#[derive(Clone, Debug)]
pub struct DraftEditor(pub ratatui_textarea::TextArea<'static>);

impl DraftEditor {
    pub fn new(text: &str) -> DraftEditor {
        let mut area = ratatui_textarea::TextArea::new(text.lines().map(str::to_string).collect());
        area.set_wrap_mode(ratatui_textarea::WrapMode::Word);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        DraftEditor(area)
    }

    /// The text as edited so far.
    pub fn text(&self) -> String {
        self.0.lines().join("\n").trim_end().to_string()
    }
}

/// Two editors are the same when they hold the same text with the cursor
/// in the same place: what the app's state is compared by.
impl PartialEq for DraftEditor {
    fn eq(&self, other: &DraftEditor) -> bool {
        self.0.lines() == other.0.lines() && self.0.cursor() == other.0.cursor()
    }
}

impl Eq for DraftEditor {}

/// A key on the open draft.
pub(super) fn update(app: &mut App, view: DraftView, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Copy => {
            // The runtime says where it went, once it knows.
            let text = view.text.clone();
            app.overlay = Some(Overlay::Draft(view));
            return vec![Effect::Copy(text)];
        }
        Msg::EditText => {
            let text = view.text.clone();
            app.overlay = Some(Overlay::Draft(view));
            return vec![Effect::Edit(EditTarget::Draft(text))];
        }
        Msg::EditHere => {
            let mut view = view;
            view.editor = Some(Box::new(DraftEditor::new(&view.text)));
            app.overlay = Some(Overlay::Draft(view));
        }
        Msg::DraftKey(key) => {
            let mut view = view;
            if let Some(editor) = &mut view.editor {
                editor.0.input(key);
            }
            app.overlay = Some(Overlay::Draft(view));
        }
        // Done editing here: the text is what was typed.
        Msg::Submit if view.editor.is_some() => {
            let mut view = view;
            if let Some(editor) = view.editor.take() {
                view.text = editor.text();
            }
            app.overlay = Some(Overlay::Draft(view));
        }
        Msg::Yes => {
            let message = Command::Met(Meeting {
                people: vec![Who::Id(view.contact)],
                kind: InteractionKind::Message,
                summary: crate::domain::SENT_SUMMARY.into(),
                details: view.text.clone(),
                from: Voice::Me,
                on: None,
                follow_up: None,
                no_follow_up: false,
            });
            let mut effects = Vec::new();
            let mut done: Vec<Id> = view.follow_up.into_iter().collect();
            // Sent with the line that delivers them, what was
            // promised is delivered.
            if let Some(line) = &view.delivers
                && view.text.contains(&line.text)
            {
                done.extend(
                    line.from
                        .iter()
                        .filter(|id| !done.contains(id))
                        .copied()
                        .collect::<Vec<_>>(),
                );
            }
            // Each follow-up and promise done is said by name with the
            // message's count: "1 follow-up sent" alone did not say which
            // of Tom's two due follow-ups it was (trial 26y3).
            app.review.promises = done.clone();
            for id in done {
                effects.push(Effect::run(Command::Done { id }));
            }
            // What the draft was, in the pass's count: wishes when it
            // wishes them well and completes no follow-up ("1 follow-up
            // sent" for birthday wishes, trial 28e); else a follow-up.
            let wished = view
                .wishes
                .as_ref()
                .is_some_and(|(_, line)| view.text.contains(line.as_str()));
            let counted = match (view.follow_up, wished) {
                (None, true) => Counted::WishesSent,
                _ => Counted::FollowUpSent,
            };
            // Wished well for their day: the review's line about it
            // has been acted on, until the day after.
            if let Some((on, line)) = &view.wishes
                && view.text.contains(line.as_str())
                && let Some(after) = on.succ_opt()
            {
                let key = format!("{}:date_coming:{on}", view.contact.0);
                if app.data.review.items.iter().any(|i| i.key == key) {
                    effects.push(Effect::run(Command::Snooze {
                        target: key,
                        until: after,
                    }));
                }
            }
            app.review.counting = Some((counted, Some(message.clone())));
            app.review.to = Some(view.contact);
            effects.push(Effect::run(message));
            return effects;
        }
        Msg::Act(action) if moves::is_move(action) => {
            let mut view = view;
            view.scroll = moves::scrolled(action, view.scroll, app.room);
            app.overlay = Some(Overlay::Draft(view));
        }
        Msg::No | Msg::Cancel | Msg::Act(Action::Back | Action::Quit) => {}
        _ => app.overlay = Some(Overlay::Draft(view)),
    }
    Vec::new()
}
