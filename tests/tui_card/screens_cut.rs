//! Every screen at 80x24 with long values (a long name, a long give):
//! no word drawn is cut without `…` — the list's rows, the ledger's, the
//! card's, the review's and the status line (the people list showed
//! `=HYPERLINK("http://evil.e` with no mark), and the stats.

use super::*;

#[test]
fn no_screen_cuts_a_word_without_a_mark_at_80x24() {
    let (_dir, journal) = journal();
    let long = "Maximiliana Konstantinopoulou-Wolfeschlegelsteinhausen";
    let draft = ContactDraft {
        name: long.into(),
        org: "Konstantinopoulou Internationale Beratungsgesellschaft".into(),
        ..Default::default()
    };
    journal.add_person(&draft, None, today()).expect("add");
    let (mut app, mut rt) = opened(&journal);
    // A long give, for the ledger's rows, the history's and the status line.
    let line = "gave maximiliana 'an introduction to the Konstantinopoulou \
                Internationale Beratungsgesellschaft procurement department'";
    let mut msgs = vec![Msg::Act(Action::CommandLine)];
    msgs.extend(line.chars().map(|c| Msg::Edit(InputRequest::InsertChar(c))));
    msgs.push(Msg::Submit);
    send(&mut app, &mut rt, &msgs);
    assert!(!app.status().warning, "{:?}", app.status());
    let screens = [
        Action::ScreenReview,
        Action::ScreenContacts,
        Action::ScreenInterests,
        Action::ScreenLedger,
        Action::ScreenStats,
        Action::ScreenEvents,
    ];
    let mut bad = Vec::new();
    for screen in screens {
        send(&mut app, &mut rt, &[Msg::Act(screen)]);
        for _ in 0..12 {
            let whole: HashSet<String> = tokens(&draw(&app, (600, 120))).into_iter().collect();
            let rows = draw(&app, (80, 24));
            // An event's counts are figures when its row is short
            // ("3/1/1"), as its title says; the stats' bars scale.
            let cut: Vec<String> = unmarked_cuts(&tokens(&rows), &whole)
                .into_iter()
                .filter(|t| {
                    !t.chars()
                        .all(|c| c.is_ascii_digit() || "/▁▂▃▄▅▆▇█".contains(c))
                })
                .collect();
            if !cut.is_empty() {
                bad.push(format!("{screen:?}: {cut:?}\n{}", rows.join("\n")));
            }
            send(&mut app, &mut rt, &[Msg::Act(Action::Down)]);
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n\n"));
}
