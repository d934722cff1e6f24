//! An introduction typed on the command line while one of the two has a
//! request still open says, on the status line, how to count the two as
//! one favour the TUI's way (`u`, then the intro form's "answers the
//! request": trials 26y, 26z read the shell's `undo` and `--closes`);
//! given with `--closes`, it says nothing of the kind and the request is
//! granted once.

use super::*;

fn run(app: &mut App, rt: &mut Runtime<'_>, line: &str) {
    send(app, rt, &[act(Action::CommandLine)]);
    send(app, rt, &typed(line));
    send(app, rt, &[Msg::Submit]);
}

#[test]
fn an_introduction_beside_an_open_request_says_so_in_the_status() {
    let f = Fixture::empty();
    let (mut app, mut rt) = f.app();
    run(&mut app, &mut rt, "add Sara Greco");
    run(&mut app, &mut rt, "add Davide Neri");
    run(&mut app, &mut rt, "asked-by sara 'presentarle un designer'");
    let id = app
        .status()
        .text
        .split('#')
        .nth(1)
        .and_then(|s| s.split(',').next())
        .unwrap_or_default()
        .to_string();
    run(
        &mut app,
        &mut rt,
        "intro davide sara 'Sara cerca un designer'",
    );
    let said = &app.status().text;
    assert!(
        said.contains(&format!(
            "Sara Greco's request #{id} 'presentarle un designer' is still open"
        )) && said.contains(&format!(
            "u takes it back; then introduce them from H with {id} in \"answers the request\" so it counts once"
        )) && !said.contains("--closes")
            && !said.contains("`undo`"),
        "{said:?}"
    );
    run(&mut app, &mut rt, "undo");
    run(
        &mut app,
        &mut rt,
        &format!("intro davide sara 'Sara cerca un designer' --closes {id}"),
    );
    assert!(
        !app.status().text.contains("still open"),
        "{:?}",
        app.status()
    );
    let sara = f.journal.resolve("sara").expect("sara");
    let help = f.journal.card(sara).expect("card").help;
    assert_eq!((help.given.count, help.given.weight), (1, 1));
}
