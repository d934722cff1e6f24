//! `H`'s enter opens the introduction's form with "why they should meet"
//! pre-filled. Trial p7 found it filled with the English match reason
//! (`works as CFO a tempo parziale, for "un CFO"`), saved into the
//! ledger unnoticed. It holds the needs the introduction is for, in the
//! words they were written (or nothing), on the first rows of
//! the demo's people (kept short to run in seconds).

use givegive::domain::Id;

use super::*;

#[test]
fn why_is_prefilled_with_needs_as_written_never_the_reason() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let (mut filled, mut people) = (0, 0);
    for row in 0..app.data().people.len() {
        select_row(&mut app, &mut rt, row);
        send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
        let Some(Overlay::Matches { report, .. }) = app.overlay() else {
            continue;
        };
        let rows: Vec<(Id, Id, Vec<String>)> = report
            .all()
            .iter()
            .map(|(_, m)| (report.person.id, m.contact, m.reasons.clone()))
            .take(3)
            .collect();
        for (n, (a, b, reasons)) in rows.iter().enumerate() {
            let mut needs = f.journal.contact(*a).expect("a").needs;
            needs.extend(f.journal.contact(*b).expect("b").needs);
            for _ in 0..n {
                send(&mut app, &mut rt, &[act(Action::Down)]);
            }
            send(&mut app, &mut rt, &[Msg::Submit]);
            let Some(Overlay::Form(form)) = app.overlay() else {
                panic!("no intro form on row {n}");
            };
            let why = form.fields[0].input.value().to_string();
            for part in why.split("; ").filter(|p| !p.is_empty()) {
                assert!(
                    needs.iter().any(|need| need == part),
                    "why {why:?} is not a need of the two ({needs:?}); reasons {reasons:?}"
                );
            }
            filled += usize::from(!why.is_empty());
            send(&mut app, &mut rt, &[Msg::Cancel]);
            send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
        }
        send(&mut app, &mut rt, &[Msg::Cancel]);
        people += usize::from(!rows.is_empty());
        if people == 8 {
            break;
        }
    }
    assert!(filled > 0, "no row pre-filled a need");
}
