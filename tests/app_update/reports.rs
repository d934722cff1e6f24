//! Where a command's report is said: on the status line when it is read
//! whole there at 80 columns, else in the output, titled in words.

use proptest::prelude::*;

use super::*;

fn meeting(details: &str) -> Command {
    Command::Met(Meeting {
        people: vec![Who::Id(Id(1))],
        kind: InteractionKind::Call,
        summary: "telefonata".into(),
        details: details.into(),
        from: givegive::domain::Voice::Both,
        on: None,
        follow_up: None,
        no_follow_up: false,
    })
}

fn ran(command: Command, out: Vec<String>) -> Msg {
    let done = Done {
        lines: out.clone(),
        undoable: true,
        ..Done::default()
    };
    Msg::Ran(Box::new(Ran {
        command,
        json: false,
        result: Ok(Report::Done(done)),
        printed: Printed {
            out,
            err: Vec::new(),
        },
    }))
}

proptest! {
    /// Trial four: a `met` of three short lines opened an output titled
    /// "met 35 telefonata --details 'il suo editore l'\\''ha…" and the
    /// status said only "u undoes it". A report the status line holds is
    /// on it, whole, with how to undo it; one it cannot hold opens the
    /// output titled by the command and the people it names, in words.
    #[test]
    fn a_report_is_on_the_status_line_when_it_fits(
        lines in prop::collection::vec("[a-z]{1,12}( [a-z]{1,12}){0,8}", 1..12),
    ) {
        let mut app = app();
        let details = "il suo editore l'ha lasciato";
        app.update(ran(meeting(details), lines.clone()));
        let whole = format!(" {} · u undoes it ", lines.join(" · "));
        let rows = textwrap::wrap(&whole, textwrap::Options::new(79).break_words(false)).len();
        match app.overlay() {
            None => {
                prop_assert!(rows <= 3, "{rows} rows on the status line");
                prop_assert_eq!(&app.status().text, whole.trim());
            }
            Some(Overlay::Output { title, lines: shown, .. }) => {
                prop_assert!(rows > 3 && lines.len() > 1, "{rows} rows in an output");
                prop_assert_eq!(title, "met Anna");
                prop_assert_eq!(shown, &lines);
                prop_assert!(app.status().text.ends_with("u undoes it"));
                prop_assert!(app.status().text.starts_with(&lines[0]));
            }
            other => prop_assert!(false, "{other:?}"),
        }
    }
}

fn drawn(app: &App) -> Vec<String> {
    use ratatui::{Terminal, backend::TestBackend};
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let config = givegive::config::Config::defaults();
    terminal
        .draw(|frame| {
            givegive::ui::render(app, &config, frame);
        })
        .expect("draw");
    let screen = format!("{}", terminal.backend());
    screen
        .lines()
        .map(|row| row.trim_matches('"').trim_end().to_string())
        .collect()
}

proptest! {
    /// Trial four: a long status line cut at three rows hid its end (a
    /// refusal's advice, how to copy by hand) for good. Cut, it ends by
    /// naming the key that shows it all; that key shows every word of it,
    /// and the line still says it after.
    #[test]
    fn a_cut_status_line_names_the_key_that_shows_it_whole(
        parts in prop::collection::vec("[a-z]{1,14}( [a-z]{1,14}){0,10}", 1..10),
    ) {
        let mut app = app();
        let text = parts.join(" · ");
        app.update(Msg::Warning(text.clone()));
        let rows = drawn(&app);
        let tail = rows[rows.len() - 3..].join(" ");
        let shown: Vec<&str> = tail.split_whitespace().collect();
        let said: Vec<&str> = text.split_whitespace().collect();
        let cut = !shown.windows(said.len()).any(|w| w == said.as_slice());
        prop_assert_eq!(
            cut,
            rows[rows.len() - 1].ends_with("… (L shows all)"),
            "{:?}", rows
        );
        app.update(act(Action::ShowStatus));
        let Some(Overlay::Output { lines, .. }) = app.overlay() else {
            return Err(TestCaseError::fail(format!("{:?}", app.overlay())));
        };
        prop_assert_eq!(lines, &parts);
        app.update(Msg::Cancel);
        prop_assert_eq!(&app.status().text, &text);
    }
}
