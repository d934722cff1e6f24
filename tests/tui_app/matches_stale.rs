//! `H` left open while another shell logs an event both people were at
//! (trial 26n): enter on that row opened "introduce A and B" without a
//! word that they know each other now. The form asks the journal when it
//! opens, and says so; the shell's `intro` says it too.

use super::*;

/// Runs `words` on the journal as another shell would.
fn elsewhere(journal: &Journal, words: &[String]) {
    let typed = givegive::words::parse(words, today()).expect("parse");
    let config = Config::defaults();
    let env = givegive::command::Env::unattended(
        today(),
        &config,
        givegive::words::label(&typed.command),
    );
    givegive::command::run(journal, &env, typed.command).expect("run");
}

/// What the introduction's form says at 80x24, if it is open.
fn intro_form(app: &App) -> Option<(String, Vec<String>)> {
    let Some(Overlay::Form(form)) = app.overlay() else {
        return None;
    };
    Some((draw(app, 80, 24), form.notes.clone()))
}

#[test]
fn the_intro_form_says_when_the_two_know_each_other_since_the_list_opened() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let mut checked = 0;
    for row in 0..app.data().people.len() {
        select_row(&mut app, &mut rt, row);
        send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
        let Some(Overlay::Matches { report, .. }) = app.overlay() else {
            continue;
        };
        let Some((_, m)) = report.all().first().copied() else {
            send(&mut app, &mut rt, &[Msg::Cancel]);
            continue;
        };
        let (a, b) = (report.person.name.clone(), m.name.clone());
        // Fresh, the list offers nobody known: the form says nothing.
        send(&mut app, &mut rt, &[Msg::Submit]);
        let (_, notes) = intro_form(&app).expect("the intro form");
        assert!(
            notes.iter().all(|n| !n.contains("know each other")),
            "{notes:?}"
        );
        send(&mut app, &mut rt, &[Msg::Cancel]);
        // The list stays open while another shell logs an event both
        // were at; enter on the same row says it.
        send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
        let event = format!("Drinks {checked}");
        let s = |t: &str| t.to_string();
        elsewhere(
            &f.journal,
            &[
                s("event"),
                event.clone(),
                s("--with"),
                a.clone(),
                s("--with"),
                b.clone(),
            ],
        );
        send(&mut app, &mut rt, &[Msg::Submit]);
        let (screen, notes) = intro_form(&app).expect("the intro form, all the same");
        let said = format!("they know each other already: both at {event}");
        assert!(notes.contains(&said), "{a} / {b}: {notes:?}");
        assert!(screen.contains(&said), "{screen}");
        send(&mut app, &mut rt, &[Msg::Cancel]);
        rt.reload(&mut app);
        checked += 1;
        if checked == 3 {
            break;
        }
    }
    assert_eq!(checked, 3);
}
