//! The command line, through messages alone: it says at once what it
//! cannot read, and removing a person is asked first, however it is typed;
//! paths typed in the import and export forms start at home, as there.

use super::msg_tests::{app, send, typed};
use crate::app::{Action, App, Effect, Msg, Overlay, Ran};
use crate::command::{Command, CommandError};
use crate::domain::Id;

/// The status line as drawn at 80x24 (the text field while one is open).
fn bottom_line(app: &App) -> String {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("a terminal");
    let config = crate::config::Config::defaults();
    terminal
        .draw(|frame| {
            crate::ui::render(app, &config, frame);
        })
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    (0..80)
        .map(|x| buffer[(x, 23)].symbol().to_string())
        .collect()
}

#[test]
fn the_command_line_says_at_once_what_it_cannot_read() {
    let mut app = app();
    let mut msgs = vec![Msg::Act(Action::CommandLine)];
    msgs.extend(typed("gave anna \"the deck"));
    send(&mut app, &msgs);
    let line = bottom_line(&app);
    assert!(line.starts_with(":gave anna \"the deck"), "{line}");
    assert!(line.contains("cannot read that"), "{line}");
    // Enter keeps what was typed, and still says why.
    assert!(send(&mut app, &[Msg::Submit]).is_empty());
    assert!(bottom_line(&app).contains("cannot read that"));
    // Closed, it reads and runs.
    let effects = send(&mut app, &typed("\""));
    assert!(effects.is_empty());
    assert!(!bottom_line(&app).contains("cannot read that"));
    assert!(matches!(
        send(&mut app, &[Msg::Submit]).as_slice(),
        [Effect::Run {
            command: Command::Record(_),
            ..
        }]
    ));
}

#[test]
fn removing_a_person_from_the_command_line_asks_as_the_delete_key_does() {
    let remove = |target: &str| {
        vec![Effect::run(Command::Remove {
            target: target.into(),
        })]
    };
    for (line, who, label) in [
        ("rm 2", Id(2), "Bruno and their history"),
        ("rm '#3'", Id(3), "Carla and their history"),
        ("rm anna", Id(1), "Anna and their history"),
    ] {
        let mut app = app();
        let mut msgs = vec![Msg::Act(Action::CommandLine)];
        msgs.extend(typed(line));
        msgs.push(Msg::Submit);
        assert!(send(&mut app, &msgs).is_empty(), "{line}: nothing yet");
        assert_eq!(
            app.overlay,
            Some(Overlay::Confirm {
                id: who,
                label: label.into()
            }),
            "{line}"
        );
        assert_eq!(send(&mut app, &[Msg::Yes]), remove(&who.0.to_string()));
        let mut app = self::app();
        send(&mut app, &msgs);
        assert!(send(&mut app, &[Msg::No]).is_empty(), "{line}: kept");
        assert_eq!(app.overlay, None);
    }
    // One record (not a person) goes as it did.
    let mut app = app();
    let mut msgs = vec![Msg::Act(Action::CommandLine)];
    msgs.extend(typed("rm 40"));
    msgs.push(Msg::Submit);
    assert_eq!(send(&mut app, &msgs), remove("40"));
    // A name picked after an ambiguous one is asked about too.
    let ran = Ran {
        command: Command::Remove { target: "a".into() },
        json: false,
        result: Err(CommandError::Ambiguous {
            query: "a".into(),
            candidates: vec![(Id(1), "Anna".into()), (Id(3), "Carla".into())],
            message: "'a' could be Anna or Carla".into(),
        }),
        printed: crate::app::Printed::default(),
    };
    app.update(Msg::Ran(Box::new(ran)));
    assert!(send(&mut app, &[Msg::Act(Action::Down), Msg::Yes]).is_empty());
    assert!(
        matches!(app.overlay, Some(Overlay::Confirm { id: Id(3), .. })),
        "{:?}",
        app.overlay
    );
    assert_eq!(send(&mut app, &[Msg::Yes]), remove("3"));
}

#[test]
fn import_and_export_paths_start_at_home_as_in_a_shell() {
    let Ok(home) = std::env::var("HOME") else {
        return;
    };
    let home = home.trim_end_matches('/').to_string();
    let mut app = app();
    let mut msgs = vec![Msg::Act(Action::Import)];
    msgs.extend(typed("vcard"));
    msgs.push(Msg::Complete);
    msgs.extend(typed(r#"~/in.vcf ~ "~/as typed.vcf" a~/b ~anna/c.vcf '~'"#));
    msgs.push(Msg::Submit);
    let effects = send(&mut app, &msgs);
    let [
        Effect::Run {
            command: Command::Import(import),
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("the import runs: {effects:?}");
    };
    let files: Vec<String> = import
        .files
        .iter()
        .map(|f| f.display().to_string())
        .collect();
    assert_eq!(
        files,
        [
            format!("{home}/in.vcf"),
            home.clone(),
            "~/as typed.vcf".into(),
            "a~/b".into(),
            "~anna/c.vcf".into(),
            "~".into(),
        ]
    );

    let mut app = self::app();
    let mut msgs = vec![Msg::Act(Action::Export)];
    msgs.extend(typed("json"));
    msgs.extend([Msg::Complete, Msg::Complete]);
    msgs.extend(typed("~/out.json"));
    msgs.push(Msg::Submit);
    let effects = send(&mut app, &msgs);
    let [
        Effect::Run {
            command: Command::Export(export),
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("the export runs: {effects:?}");
    };
    assert_eq!(
        export.output.as_ref().map(|p| p.display().to_string()),
        Some(format!("{home}/out.json"))
    );
}
