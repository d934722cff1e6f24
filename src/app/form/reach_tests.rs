//! A form refuses what cannot be in a list (an email among the phones),
//! by the rule `add` and `edit` use: the form stays open on the field at
//! fault, the problem under it, nothing typed lost.

use super::Slot;
use super::msg_tests::{app, form, send, tab_to, today, typed, with_card};
use crate::app::{Action, App, Effect, Msg, Overlay};
use crate::command::Command;
use crate::domain::{Contact, Id};

/// Types `text` into the field of `slot`, after what it holds.
fn type_into(app: &mut App, slot: Slot, text: &str) {
    let at = form(app).fields.iter().position(|f| f.slot == slot);
    let at = at.unwrap_or_else(|| panic!("the form asks for {slot:?}"));
    let to = tab_to(app, at);
    send(app, &to);
    send(app, &typed(text));
}

/// Saves from the first field; the slot the form then points at, with the
/// problem shown under it and on the status line.
fn refused_at(app: &mut App) -> (Slot, String) {
    let to = tab_to(app, 0);
    send(app, &to);
    let effects = send(app, &[Msg::Submit]);
    assert!(effects.is_empty(), "nothing runs: {effects:?}");
    let f = form(app);
    let (at, why) = f.problem.clone().expect("a problem is shown");
    assert_eq!(at, f.focus, "the focus is on the field at fault");
    assert!(app.status.warning && app.status.text.contains(&why));
    (f.fields[at].slot, why)
}

/// The form's words of the screen's rows inside the form's frame.
fn form_words(app: &App) -> String {
    let drawn = super::msg_tests::drawn(app, 80, 24);
    let inside: Vec<&str> = drawn
        .lines()
        .filter_map(|row| row.split('│').nth(1))
        .collect();
    inside
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A fresh tester: the refusal quoted the label with the value
/// ("home=giulia.conti@gmail"), named only the first bad value, and was
/// cut under its field at 80x24. It names every bad value, alone, and is
/// read whole under the field.
#[test]
fn the_edit_form_refuses_every_value_in_the_wrong_list_at_once() {
    let mut anna = Contact::new(Id(1), "Anna".into(), today());
    anna.emails = vec!["anna@x.it".into()];
    let mut app = with_card(anna);
    send(&mut app, &[Msg::Act(Action::EditContact)]);
    type_into(&mut app, Slot::Emails, ", gmail, home=giulia.conti@gmail");
    type_into(&mut app, Slot::Phones, "work=anna@y.it");
    type_into(&mut app, Slot::Urls, "+39 333 1234567");

    let (slot, why) = refused_at(&mut app);
    assert_eq!(slot, Slot::Emails);
    assert_eq!(
        why,
        "\"gmail\" is not an email address; write it as name@example.com · \
         \"giulia.conti@gmail\" is not an email address; write it as name@example.com · \
         \"anna@y.it\" is not a phone number; emails go under email · \
         \"+39 333 1234567\" is not a web address; phones go under phone"
    );
    let words: String = why.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(form_words(&app).contains(&words), "{}", form_words(&app));
    let value = |app: &App, slot| {
        let f = form(app).fields.iter().find(|f| f.slot == slot);
        f.map(|f| f.input.value().to_string()).unwrap_or_default()
    };
    assert_eq!(
        value(&app, Slot::Emails),
        "anna@x.it, gmail, home=giulia.conti@gmail",
        "nothing typed is lost"
    );
    send(&mut app, &[Msg::Edit(tui_input::InputRequest::DeleteLine)]);
    send(&mut app, &typed("anna@x.it, a.r@gmail.com"));

    let (slot, why) = refused_at(&mut app);
    assert_eq!(slot, Slot::Phones);
    assert_eq!(
        why,
        "\"anna@y.it\" is not a phone number; emails go under email · \
         \"+39 333 1234567\" is not a web address; phones go under phone"
    );
    send(&mut app, &[Msg::Edit(tui_input::InputRequest::DeleteLine)]);
    send(&mut app, &typed("cell=+39 333 7654321"));

    let (slot, _) = refused_at(&mut app);
    assert_eq!(slot, Slot::Urls);
    assert_eq!(value(&app, Slot::Urls), "+39 333 1234567");
    send(&mut app, &[Msg::Edit(tui_input::InputRequest::DeleteLine)]);
    send(&mut app, &typed("https://x.it/anna"));

    let effects = send(&mut app, &[Msg::Submit]);
    let [
        Effect::Run {
            command: Command::Edit(edit),
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("the edit runs: {effects:?}");
    };
    assert_eq!(edit.fields.emails, ["a.r@gmail.com"]);
    assert_eq!(edit.fields.phones, ["cell=+39 333 7654321"]);
    assert_eq!(edit.fields.urls, ["https://x.it/anna"]);
}

#[test]
fn the_new_person_form_refuses_a_phone_as_an_email() {
    let mut app = app();
    send(&mut app, &[Msg::Act(Action::AddContact)]);
    send(&mut app, &typed("Nadia Ferrante"));
    type_into(&mut app, Slot::Emails, "+39 333");
    let (slot, why) = refused_at(&mut app);
    assert_eq!(slot, Slot::Emails);
    assert_eq!(
        why,
        "\"+39 333\" is not an email address; phones go under phone"
    );
    assert!(matches!(app.overlay, Some(Overlay::Form(_))));
    assert_eq!(form(&app).fields[0].input.value(), "Nadia Ferrante");
}

/// Words a list field takes: emails, phones and web addresses must be
/// what they say.
pub(super) fn words(slot: Slot) -> [&'static str; 5] {
    match slot {
        Slot::Emails => ["a@b.it", "c.d@x.org", "e@f.de", "g@h.com", "i@j.eu"],
        Slot::Phones => [
            "+39 333 1234",
            "+39 02 12345",
            "030 123456",
            "55501",
            "12345",
        ],
        Slot::Urls => ["x.it", "b.org/a", "https://c.de", "d.eu/x", "e.com"],
        _ => ["jazz", "climbing", "rust", "a@b.it", "+39 333"],
    }
}
