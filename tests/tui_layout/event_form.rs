//! Issue 28: the `V` form (an event and everyone met there) at 80x24
//! scrolled the event's name and its day out of view once a few people
//! were in it, and its top rows were values whose labels had gone. At
//! every field of a form of one to seven people, the event and when rows
//! stay in view, and so do the focused field, its label and the cursor.

use super::*;
use givegive::app::Overlay;

/// The screen's rows and where the cursor is (none when hidden).
fn with_cursor(app: &App, (width, height): (u16, u16)) -> (Vec<String>, Option<(u16, u16)>) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let config = Config::defaults();
    terminal
        .draw(|frame| {
            givegive::ui::render(app, &config, frame);
        })
        .expect("draw");
    let cursor = terminal.get_cursor_position().ok().map(|p| (p.x, p.y));
    let cursor = cursor.filter(|p| *p != (0, 0));
    (rows(&format!("{}", terminal.backend())), cursor)
}

/// The event form, named and dated, with `people` rows: the known Anna
/// Rossi and new people, each with what they told.
fn event_form(people: usize) -> (TempDir, Journal, App) {
    let (dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    send(&mut app, &mut rt, &[act(Action::ScreenContacts)]);
    let mut msgs = vec![act(Action::LogEvent)];
    msgs.extend(typed("Design night"));
    msgs.push(act(Action::Down));
    msgs.extend(typed("yesterday"));
    msgs.push(act(Action::Down));
    for n in 0..people {
        if n > 0 {
            msgs.push(act(Action::AddPerson));
        }
        let name = if n == 1 {
            "Anna Rossi".to_string()
        } else {
            format!("Guest Number{n}")
        };
        msgs.extend(typed(&name));
        msgs.push(act(Action::Down));
        msgs.extend(typed("runs a ceramics studio"));
    }
    send(&mut app, &mut rt, &msgs);
    drop(rt);
    (dir, journal, app)
}

#[test]
fn the_event_form_keeps_its_name_its_day_and_the_focus_in_view_at_80x24() {
    for people in 1..=7 {
        let (_dir, journal, mut app) = event_form(people);
        let mut rt = Runtime::new(&journal, today(), Config::defaults());
        let focus = |app: &App| match app.overlay() {
            Some(Overlay::Form(form)) => (form.focus, form.fields.len()),
            _ => panic!("a form"),
        };
        let (_, fields) = focus(&app);
        for _ in 0..fields {
            if focus(&app).0 > 0 {
                send(&mut app, &mut rt, &[act(Action::Up)]);
            }
        }
        for at in 0..fields {
            let Some(Overlay::Form(form)) = app.overlay() else {
                panic!("a form");
            };
            assert_eq!(form.focus, at, "{people} people");
            let label = form.fields[at].label.trim().to_string();
            let (rows, cursor) = with_cursor(&app, (80, 24));
            let screen = rows.join("\n");
            let what = format!("{people} people, field {at} ({label})");
            assert!(
                rows.iter()
                    .any(|r| r.contains("│event ") && r.contains("Design night")),
                "{what}: no event row\n{screen}"
            );
            assert!(
                rows.iter()
                    .any(|r| r.contains("│when (today)") && r.contains("yesterday")),
                "{what}: no when row\n{screen}"
            );
            let (_, y) = cursor.unwrap_or_else(|| panic!("{what}: no cursor\n{screen}"));
            let y = usize::from(y);
            let labelled = rows[y].contains(&label) || rows[y - 1].contains(&label);
            assert!(labelled, "{what}: cursor on row {y}\n{screen}");
            if people == 5 && at == fields - 2 {
                insta::assert_snapshot!("event_form_5_people_80x24", screen);
            }
            send(&mut app, &mut rt, &[act(Action::Down)]);
        }
    }
}
