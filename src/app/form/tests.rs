use std::path::PathBuf;

use chrono::NaiveDate;
use tui_input::InputRequest;

use super::*;
use crate::command::{Command, ExportFormat, LedgerNote, PersonFields, Who};
use crate::domain::FavourKind;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("a day")
}

/// The command a form makes, or its problem in words.
fn said(form: &Form) -> Result<Command, String> {
    form.command(today()).map_err(|p| match p {
        Problem::Unchanged => "nothing changed".into(),
        Problem::Field(_, why) | Problem::At(_, why) => why,
    })
}

/// Where the field for `slot` is.
fn at(form: &Form, slot: Slot) -> usize {
    form.fields
        .iter()
        .position(|f| f.slot == slot)
        .unwrap_or_else(|| panic!("no {slot:?} field"))
}

fn fill(form: &mut Form, values: &[&str]) {
    for (i, v) in values.iter().enumerate() {
        form.focus = i;
        if let Some(input) = form.focused() {
            *input = Input::new((*v).to_string());
        }
    }
}

#[test]
fn a_capture_form_builds_its_command() {
    let mut f = Form::capture(Verb::Gave, Id(12), "Anna");
    fill(
        &mut f,
        &["sent the deck", "resource", "3", "yesterday", "y"],
    );
    assert_eq!(
        said(&f),
        Ok(Command::Record(LedgerNote {
            who: Who::Id(Id(12)),
            direction: Direction::MeToThem,
            nature: Nature::Give,
            kind: FavourKind::Resource,
            text: "sent the deck".into(),
            weight: 3,
            open: true,
            answers: None,
            on: NaiveDate::from_ymd_opt(2026, 11, 22),
        }))
    );
    let mut empty = Form::capture(Verb::Signal, Id(1), "Zoe");
    assert_eq!(
        said(&empty),
        Err("what was the warning sign is needed".into())
    );
    if let Some(i) = empty.focused() {
        i.handle(InputRequest::InsertChar('x'));
    }
    assert!(said(&empty).is_ok());
}

#[test]
fn a_bad_value_names_its_field() {
    let mut f = Form::capture(Verb::Got, Id(2), "Kai");
    fill(&mut f, &["a ticket", "bribe"]);
    let problem = said(&f).expect_err("no such kind");
    assert!(
        problem.starts_with("kind (advice, resource, time, ...): 'bribe'"),
        "{problem}"
    );
    fill(&mut f, &["a ticket", "", "", "next century"]);
    let problem = said(&f).expect_err("no such day");
    assert!(problem.starts_with("when (today): "), "{problem}");
}

#[test]
fn follow_ups_ask_what_then_read_when_as_one_date() {
    let mut f = Form::capture(Verb::FollowUp, Id(3), "Marco");
    fill(&mut f, &["send the leads", "in 2 weeks"]);
    assert_eq!(
        said(&f),
        Ok(Command::FollowUp {
            who: Who::Id(Id(3)),
            due: NaiveDate::from_ymd_opt(2026, 12, 7).expect("a day"),
            text: "send the leads".into(),
        })
    );
    // Every phrase the shell takes, such as two words with a weekday
    // (next week's Tuesday, said on Monday 23 November).
    fill(&mut f, &["send the leads", "next tuesday"]);
    assert!(matches!(
        said(&f),
        Ok(Command::FollowUp { due, .. }) if due == NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day")
    ));
    // A day gone by, read from words, is refused under the field.
    fill(&mut f, &["send the leads", "ieri"]);
    let problem = said(&f).expect_err("a day gone by");
    assert!(
        problem.contains("a follow-up is due today or later"),
        "{problem}"
    );
}

#[test]
fn edits_send_only_what_changed_and_lists_split_on_commas() {
    let mut c = Contact::new(Id(7), "Luca".into(), NaiveDate::default());
    c.cadence_days = Some(30);
    let mut f = Form::edit_contact(&c, &[]);
    assert_eq!(said(&f), Err("nothing changed".into()));
    fill(&mut f, &["Luca", "", "", "", "CTO", "jazz, climbing ,"]);
    f.focus = at(&f, Slot::Cadence);
    if let Some(i) = f.focused() {
        *i = Input::new(String::new());
    }
    let Ok(Command::Edit(edit)) = said(&f) else {
        panic!("an edit");
    };
    assert_eq!(edit.who, Who::Id(Id(7)));
    assert_eq!(edit.name, None);
    assert_eq!(
        edit.fields,
        PersonFields {
            role: Some("CTO".into()),
            interests: vec!["jazz".into(), "climbing".into()],
            // An emptied cadence clears the person's own.
            cadence: Some(0),
            ..PersonFields::default()
        }
    );
}

#[test]
fn an_export_form_names_its_format_and_file() {
    let mut f = Form::export();
    fill(&mut f, &["VCARD", "anna 'marco b'", "/tmp/out.vcf"]);
    let Ok(Command::Export(r)) = said(&f) else {
        panic!("an export");
    };
    assert_eq!(r.format, ExportFormat::Vcard);
    assert_eq!(r.args, vec!["anna".to_string(), "marco b".to_string()]);
    assert_eq!(r.output, Some(PathBuf::from("/tmp/out.vcf")));
    fill(&mut f, &["pdf", "", "/tmp/out"]);
    assert!(said(&f).is_err_and(|e| e.contains("'pdf' is not a format")));
}

#[test]
fn a_birthday_and_an_address_are_set_changed_and_emptied_in_the_forms() {
    use crate::domain::{Contact, Occasion, OccasionKind};
    let mut f = Form::add_contact();
    for field in &mut f.fields {
        let text = match field.slot {
            Slot::Text => "Anna Rossi",
            Slot::Birthday => "1985-03-14",
            Slot::Address => "home=Via Roma 1, Milano",
            _ => continue,
        };
        field.input = Input::new(text.to_string());
    }
    let Ok(Command::Add(add)) = said(&f) else {
        panic!("an add");
    };
    assert_eq!(add.fields.dates[0].year, Some(1985));
    assert_eq!(add.fields.addresses[0].label, "home");

    let mut anna = Contact::new(Id(7), "Anna Rossi".into(), today());
    anna.dates.push(
        Occasion::parse(OccasionKind::Birthday, "", "1985-03-14").unwrap_or_else(|e| panic!("{e}")),
    );
    let set = |f: &mut Form, text: &str| {
        for field in &mut f.fields {
            if field.slot == Slot::Birthday {
                field.input = Input::new(text.to_string());
            }
        }
    };
    let mut f = Form::edit_contact(&anna, &[]);
    set(&mut f, "");
    let Ok(Command::Edit(edit)) = said(&f) else {
        panic!("an edit");
    };
    assert_eq!(edit.dropped.dates, ["birthday"], "emptied: taken away");
    assert!(edit.fields.dates.is_empty());
    let mut f = Form::edit_contact(&anna, &[]);
    set(&mut f, "31 feb");
    assert!(
        said(&f).is_err_and(|e| e.contains("birthday")),
        "a wrong date is said"
    );
    // A birthday ahead is refused on its field, drawn under it, as any
    // field's refusal is (trial 28b: only the status line said it).
    let mut f = Form::edit_contact(&anna, &[]);
    set(&mut f, "2027-01-01");
    f.focus = 0;
    assert!(matches!(f.save(today()), Saved::Refused(_)));
    let (at_field, why) = f.problem.clone().unwrap_or_default();
    assert_eq!(
        (f.focus, at_field),
        (at(&f, Slot::Birthday), at(&f, Slot::Birthday))
    );
    assert!(why.contains("1 January 2027 is after today"), "{why}");
}
