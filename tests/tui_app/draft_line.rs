//! `w` on a review line drafts about what the line names: "follow-up due:
//! Fintech drinks" drafts about the drinks, even when another meeting came
//! first that day (trial F2: the line named the drinks, the draft the
//! breakfast).

use super::*;
use givegive::domain::{InteractionKind, Voice};
use givegive::journal::{ContactDraft, InteractionDraft};

#[test]
fn a_drafts_moment_is_the_one_its_review_line_names() {
    let f = Fixture::empty();
    let yesterday = today() - chrono::Days::new(1);
    let anna = f
        .journal
        .add_contact(
            &ContactDraft {
                name: "Anna Rossi".into(),
                ..ContactDraft::default()
            },
            yesterday,
        )
        .expect("add")
        .id;
    for (summary, follow_up) in [
        ("pricing breakfast", None),
        ("Fintech drinks", Some(today())),
    ] {
        let met = InteractionDraft {
            contacts: vec![anna],
            kind: InteractionKind::Met,
            summary: summary.into(),
            details: String::new(),
            from: Voice::Both,
            date: yesterday,
            follow_up,
            unwanted: false,
        };
        f.journal.log_interaction(&met, yesterday).expect("met");
    }
    let (mut app, mut rt) = f.opened();
    assert_eq!(app.screen(), Screen::Review);
    let at = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.reason.kind() == "follow_up_due")
        .expect("the drinks' follow-up");
    send(&mut app, &mut rt, &[act(Action::Top)]);
    send(&mut app, &mut rt, &vec![act(Action::Down); at]);
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    let Some(Overlay::Draft(view)) = app.overlay() else {
        panic!("no draft: {:?}", app.status());
    };
    assert!(view.text.contains("Fintech drinks"), "{}", view.text);
    assert!(!view.text.contains("breakfast"), "{}", view.text);
}
