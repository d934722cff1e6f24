//! An `H` row at 80x24 is one sentence about the person in its name
//! column (trial 26n read "Irene Sala  Davide can help them needs "un
//! designer"" as two phrases run together): the label goes on from that
//! name, so its reasons ("needs …", "offers …") speak of them.

use givegive::journal::Side;

use super::*;

#[test]
fn each_row_label_goes_on_from_the_name_before_it() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let mut sides = [0; 3];
    for row in 0..app.data().people.len() {
        select_row(&mut app, &mut rt, row);
        send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
        let Some(Overlay::Matches { report, .. }) = app.overlay() else {
            continue;
        };
        let rows: Vec<(Side, String)> = report
            .all()
            .iter()
            .map(|(side, m)| (*side, m.name.clone()))
            .collect();
        let screen = draw(&app, 80, 24);
        for (side, name) in rows {
            // The row's line in the box (over the list, whose rows name
            // people too): its name column, then the label.
            let Some(line) = screen
                .lines()
                .find(|l| l.contains(&format!("  │{name:<20} ")))
            else {
                continue;
            };
            let at = line.find(name.as_str()).unwrap_or(0) + 21;
            let label = line.get(at..).unwrap_or("").trim_start();
            // No second subject: the label starts as a verb would.
            assert!(
                label.starts_with(|c: char| c.is_lowercase()),
                "{side:?}: {line}"
            );
            sides[side as usize] += 1;
        }
        send(&mut app, &mut rt, &[Msg::Cancel]);
    }
    assert!(sides.iter().all(|n| *n > 0), "rows of each side: {sides:?}");
}
