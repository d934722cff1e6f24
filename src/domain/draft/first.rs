//! Whether a moment is when we first met: "great to meet you" /
//! "piacere di conoscerti" is said only to someone new.

use chrono::NaiveDate;

use crate::domain::{Id, InteractionKind};

/// One record with them before a moment: its day, id (ids grow as
/// things are logged) and, for an interaction, its kind.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Before {
    pub(crate) date: NaiveDate,
    pub(crate) id: Id,
    /// `None` for a ledger entry or a signal.
    pub(crate) kind: Option<InteractionKind>,
}

/// A moment is a first meeting only when nothing at all with them came
/// before: anything on an earlier day (a give, a request, an introduction,
/// a signal, a note or a cancelled call) means they were known already.
/// The same day counts only a meeting logged before it (or, for a message,
/// anything said between us): what was done that day may be logged in
/// any order ("introduced Luca to Marco" typed before the meetup it
/// happened at). How-we-met naming an earlier day decides too.
pub(crate) fn first_meeting(
    (date, id, kind): (NaiveDate, Id, InteractionKind),
    history: impl IntoIterator<Item = Before>,
    met_on: Option<NaiveDate>,
) -> bool {
    let meeting = |k: InteractionKind| {
        matches!(
            k,
            InteractionKind::Met | InteractionKind::Event | InteractionKind::Call
        )
    };
    let known = history.into_iter().any(|b| {
        b.date < date
            || (b.date == date
                && b.id < id
                && b.kind.is_some_and(|k| {
                    meeting(k) || (kind == InteractionKind::Message && k != InteractionKind::Note)
                }))
    });
    let met_before = met_on.is_some_and(|on| (date - on).num_days() > 1);
    !known && !met_before
}
