//! Every key a screen's `?` lists, pressed at 80x24 on the demo journal,
//! either acts (the screen, an overlay or the status changes, or a write
//! runs) or says why it does nothing: never silence (`end` over a
//! command's output, for one, did nothing at all).

use super::*;
use givegive::app::Layer;

/// The message a key bound to `action` sends (as `tui::keys` reads it).
fn msg_of(action: Action) -> Msg {
    match action {
        Action::Yes => Msg::Yes,
        Action::No => Msg::No,
        Action::Submit => Msg::Submit,
        Action::Cancel => Msg::Cancel,
        Action::Copy => Msg::Copy,
        Action::EditHere => Msg::EditHere,
        Action::EditInEditor => Msg::EditText,
        other => Msg::Act(other),
    }
}

#[test]
fn every_listed_key_acts_or_says_why_not() {
    let f = Fixture::demo();
    let config = Config::defaults();
    let screens = [
        Action::ScreenReview,
        Action::ScreenContacts,
        Action::ScreenInterests,
        Action::ScreenLedger,
        Action::ScreenStats,
        Action::ScreenEvents,
    ];
    let mut silent = Vec::new();
    for screen in screens {
        for focus in [0, 1] {
            let (mut app, mut rt) = f.opened();
            send(&mut app, &mut rt, &[act(screen)]);
            send(&mut app, &mut rt, &vec![act(Action::FocusNext); focus]);
            let layer = app.screen().layer();
            let mut keys = config.keymap.help_keys(layer, layer);
            keys.extend(config.keymap.layer(Layer::Global));
            for (key, action) in keys {
                // Moving at a list's edge, leaving, going where one is: the
                // keys that may rightly change nothing.
                if moves_or_leaves(action) || action == screen {
                    continue;
                }
                let (mut app, mut rt) = f.opened();
                send(&mut app, &mut rt, &[act(screen)]);
                send(&mut app, &mut rt, &vec![act(Action::FocusNext); focus]);
                let before = cells(&app);
                let effects = app.update(msg_of(action));
                let wrote = !effects.is_empty();
                rt.perform(&mut app, effects);
                if !wrote && cells(&app) == before {
                    silent.push(format!("{screen:?} pane {focus}: {key} ({action:?})"));
                }
            }
        }
    }
    silent.dedup();
    assert!(silent.is_empty(), "silent keys:\n{}", silent.join("\n"));
}

/// The keys that may rightly change nothing: a move at a list's edge, a
/// pane change with one pane, quitting (the loop ends), leaving a list.
fn moves_or_leaves(action: Action) -> bool {
    matches!(
        action,
        Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom
            | Action::FocusNext
            | Action::FocusPrev
            | Action::Back
            | Action::Quit
    )
}

/// The screen drawn at 80x24, styles and all (a selection is a style).
fn cells(app: &App) -> ratatui::buffer::Buffer {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let config = Config::defaults();
    terminal
        .draw(|frame| {
            givegive::ui::render(app, &config, frame);
        })
        .expect("draw");
    terminal.backend().buffer().clone()
}

/// The same over each overlay opened from a person (their `?` lists the
/// overlay's keys first): a key there acts or says why not. Moving down
/// from the top is tried on a command's long output (`end` there did
/// nothing).
#[test]
fn every_overlay_key_acts_or_says_why_not() {
    let f = Fixture::demo();
    let config = Config::defaults();
    let anna = |more: &[Msg]| {
        [
            vec![act(Action::Filter)],
            typed("anna rossi"),
            vec![Msg::Submit],
            more.to_vec(),
        ]
        .concat()
    };
    let opens: [(&str, Vec<Msg>); 6] = [
        ("H", anna(&[act(Action::WhoCouldHelp)])),
        ("w", anna(&[act(Action::Draft)])),
        ("?", anna(&[act(Action::Help)])),
        ("H ?", anna(&[act(Action::WhoCouldHelp), act(Action::Help)])),
        (
            "enter on history",
            anna(&[act(Action::FocusNext), act(Action::Open)]),
        ),
        (
            ":list",
            [
                vec![act(Action::CommandLine)],
                typed("list"),
                vec![Msg::Submit],
            ]
            .concat(),
        ),
    ];
    let mut silent = Vec::new();
    for (what, msgs) in opens {
        let (mut app, mut rt) = f.app();
        send(&mut app, &mut rt, &msgs);
        assert!(app.overlay().is_some(), "{what}: {:?}", app.status());
        let layer = givegive::tui::layer_of(&app);
        let keys: Vec<_> = config.keymap.layer(layer).collect();
        let under: Vec<_> = match layer.fallback() {
            Some(global) => config
                .keymap
                .layer(global)
                .filter(|(_, a)| layer.takes_from_under(*a))
                .collect(),
            None => Vec::new(),
        };
        for (key, action) in keys.into_iter().chain(under) {
            // Moving is tried on the long output only (from its top, down):
            // elsewhere all may be in view already.
            let moving = matches!(
                action,
                Action::Up
                    | Action::PageUp
                    | Action::Top
                    | Action::Down
                    | Action::PageDown
                    | Action::Bottom
            );
            if moving
                && (what != ":list" || matches!(action, Action::Up | Action::PageUp | Action::Top))
            {
                continue;
            }
            let (mut app, mut rt) = f.app();
            send(&mut app, &mut rt, &msgs);
            let before = cells(&app);
            let effects = app.update(msg_of(action));
            let wrote = !effects.is_empty();
            rt.perform(&mut app, effects);
            if !wrote && cells(&app) == before {
                silent.push(format!("{what}: {key} ({action:?})"));
            }
        }
    }
    assert!(silent.is_empty(), "silent keys:\n{}", silent.join("\n"));
}
