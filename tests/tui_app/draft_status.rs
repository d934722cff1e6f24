//! Trial o9: a draft refused for Priya stayed on the status line under
//! Bea's draft. A refusal is about one person: it goes once another is
//! selected or another person's overlay opens (the copy key's rule).

use super::*;

fn draft_for(contact: givegive::domain::Id) -> givegive::app::DraftView {
    givegive::app::DraftView {
        contact,
        name: "someone".into(),
        follow_up: None,
        text: "Hi".into(),
        lines: Vec::new(),
        delivers: None,
        wishes: None,
        notes: Vec::new(),
        editor: None,
        scroll: 0,
    }
}

#[test]
fn a_draft_refusal_goes_when_another_person_is_in_view() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::ScreenContacts)]);
    select_row(&mut app, &mut rt, 0);
    let refused = Msg::DraftLoaded(Box::new(Err("nothing to say to them".into())));
    send(&mut app, &mut rt, std::slice::from_ref(&refused));
    assert_eq!(app.status().text, "nothing to say to them");
    select_row(&mut app, &mut rt, 1);
    assert_eq!(app.status().text, "", "another person selected");

    // Another's draft opened over the same row.
    send(&mut app, &mut rt, &[refused]);
    let other = app.data().people[app.contacts().visible[2].index].row.id;
    send(
        &mut app,
        &mut rt,
        &[Msg::DraftLoaded(Box::new(Ok(draft_for(other))))],
    );
    assert_eq!(app.status().text, "", "another person's draft open");
}
