//! Trial 28c #17: the edit form (`E`) showed only "add an address", so an
//! address typed by mistake could not be seen or taken out. Each address
//! the person has is a field of its own, filled as `--address` reads it:
//! emptied it is taken out, rewritten it is replaced, through the same
//! `edit` the shell's `--drop-address` and `--address` run.

use super::*;
use givegive::app::form::Slot;

fn lia_with_two_addresses(f: &Fixture) -> (App, Runtime<'_>) {
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(
        &mut app,
        &mut rt,
        &typed(
            "add \"Lia Moro\" --address \"home=31/11/1990\" \
             --address \"work=Via Po 2;Torino;TO;10123;Italy\"",
        ),
    );
    send(&mut app, &mut rt, &[Msg::Submit]);
    send(&mut app, &mut rt, &[act(Action::ScreenContacts)]);
    assert_eq!(selected_name(&app), "Lia Moro", "{:?}", app.status());
    send(&mut app, &mut rt, &[act(Action::EditContact)]);
    (app, rt)
}

fn field_at(app: &App, slot: Slot) -> usize {
    let Some(Overlay::Form(form)) = app.overlay() else {
        panic!("the edit form: {:?}", app.status());
    };
    form.fields
        .iter()
        .position(|f| f.slot == slot)
        .unwrap_or_else(|| panic!("no {slot:?} field"))
}

/// Goes to the field of `slot` and replaces what it holds with `text`.
fn retype(app: &mut App, rt: &mut Runtime<'_>, slot: Slot, text: &str) {
    let at = field_at(app, slot);
    send(app, rt, &vec![Msg::Complete; at]);
    send(app, rt, &[Msg::Edit(InputRequest::DeleteLine)]);
    send(app, rt, &typed(text));
}

fn addresses(f: &Fixture) -> Vec<String> {
    let lia = f.journal.resolve("lia").expect("lia");
    let card = f.journal.card(lia).expect("card");
    card.contact.addresses.iter().map(|a| a.shown()).collect()
}

#[test]
fn the_edit_form_shows_each_address_and_takes_out_the_one_emptied() {
    let f = Fixture::demo();
    let (mut app, mut rt) = lia_with_two_addresses(&f);
    let Some(Overlay::Form(form)) = app.overlay() else {
        panic!("the edit form: {:?}", app.status());
    };
    let shown: Vec<(String, String)> = form
        .fields
        .iter()
        .filter(|f| matches!(f.slot, Slot::HeldAddress(_) | Slot::Address))
        .map(|f| (f.label.to_string(), f.input.value().to_string()))
        .collect();
    assert_eq!(
        shown,
        [
            (
                "address 1 (empty it to remove)".into(),
                "home=31/11/1990".into()
            ),
            (
                "address 2 (empty it to remove)".into(),
                "work=Via Po 2;Torino;TO;10123;Italy".into()
            ),
            ("add an address".into(), String::new()),
        ]
    );
    // At 80x24 every field is in view, the addresses and the one to add.
    insta::assert_snapshot!("edit_addresses_80x24", draw(&app, 80, 24));
    retype(&mut app, &mut rt, Slot::HeldAddress(0), "");
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(
        app.status().text.starts_with("updated Lia Moro"),
        "{:?}",
        app.status()
    );
    assert_eq!(addresses(&f), ["work: Via Po 2, 10123 Torino, TO, Italy"]);

    // Rewritten: replaced, in the shell's words for it.
    send(&mut app, &mut rt, &[act(Action::EditContact)]);
    retype(
        &mut app,
        &mut rt,
        Slot::HeldAddress(0),
        "work=Via Po 4, Torino",
    );
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert_eq!(addresses(&f), ["work: Via Po 4, Torino"]);

    // What `--address` refuses is refused under its field, nothing lost.
    send(&mut app, &mut rt, &[act(Action::EditContact)]);
    retype(&mut app, &mut rt, Slot::HeldAddress(0), "a;b");
    send(&mut app, &mut rt, &[Msg::Submit]);
    let Some(Overlay::Form(form)) = app.overlay() else {
        panic!("the form stays open: {:?}", app.status());
    };
    let (at, why) = form.problem.clone().unwrap_or_default();
    assert_eq!(at, field_at(&app, Slot::HeldAddress(0)));
    assert!(why.contains("five parts"), "{why}");
    assert_eq!(addresses(&f), ["work: Via Po 4, Torino"]);
}

/// Two addresses the card shows on the same line: emptying one takes out
/// that one only (the shell's `--drop-address` names both by that line).
#[test]
fn emptying_one_of_two_alike_keeps_the_other() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(
        &mut app,
        &mut rt,
        &typed("add \"Lia Moro\" --address \"home=Via Roma 1\" --address \"work=Via Roma 1\""),
    );
    send(
        &mut app,
        &mut rt,
        &[Msg::Submit, act(Action::ScreenContacts)],
    );
    send(&mut app, &mut rt, &[act(Action::EditContact)]);
    retype(&mut app, &mut rt, Slot::HeldAddress(1), "");
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert_eq!(addresses(&f), ["home: Via Roma 1"], "{:?}", app.status());
}
