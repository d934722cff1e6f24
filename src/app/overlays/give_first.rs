//! An ask to someone I never gave to: record a give first, ask anyway, or
//! go back to the form.

use crate::app::{Action, App, Effect, Form, Msg, Overlay, Status, Verb};
use crate::command::Command;
use crate::domain::Id;
use crate::keymap::Layer;

/// The keys the question takes while open (those of a confirmation).
pub(super) const LAYER: Layer = Layer::Confirm;

/// A key on the open question.
pub(super) fn update(
    app: &mut App,
    (ask, form): (Command, Form),
    (who, name): (Id, String),
    msg: Msg,
) -> Vec<Effect> {
    match msg {
        Msg::Yes | Msg::Submit => {
            app.submitted = Some(form);
            return vec![Effect::run(ask)];
        }
        Msg::Act(Action::Gave) => {
            app.overlay = Some(Overlay::Form(Form::capture(Verb::Gave, who, &name)));
            app.after_give = Some((who, form));
            app.status = Status {
                text: format!("give {name} something first; the ask comes back after"),
                warning: false,
            };
        }
        Msg::No | Msg::Cancel | Msg::Act(Action::Back | Action::Quit) => {
            app.overlay = Some(Overlay::Form(form));
        }
        _ => {
            app.overlay = Some(Overlay::GiveFirst {
                ask,
                form,
                who,
                name,
            });
        }
    }
    Vec::new()
}
