//! `H` on someone nobody can be introduced to: no enter hint, enter says
//! why and keeps the list; every "not offered" reason is read whole.

use super::*;

#[test]
fn nothing_offerable_says_so_and_reasons_are_whole() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let people = app.data().people.len();
    let mut seen = 0;
    for row in 0..people {
        select_row(&mut app, &mut rt, row);
        send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
        let Some(Overlay::Matches { report, .. }) = app.overlay() else {
            continue;
        };
        let (none, reasons) = (report.all().is_empty(), report.not_offered().len());
        let screen = draw(&app, 80, 24);
        // No reason of a row left out is cut while rows are free.
        if reasons <= 3 {
            let cut = screen
                .lines()
                .any(|l| l.starts_with("\"│ │") && l.contains("…") && !l.contains("more"));
            assert!(!cut, "{screen}");
        }
        if none && reasons > 0 {
            seen += 1;
            assert!(!screen.contains("enter: record"), "{screen}");
            send(&mut app, &mut rt, &[Msg::Submit]);
            assert!(matches!(app.overlay(), Some(Overlay::Matches { .. })));
            assert!(
                app.status().text.contains("nobody here can be introduced"),
                "{:?}",
                app.status()
            );
        }
        send(&mut app, &mut rt, &[Msg::Cancel]);
    }
    assert!(seen > 0, "someone with only rows not offered");
}
