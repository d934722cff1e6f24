//! `H` read at 80x24 by a fresh tester: `?` over it was headed "In a list
//! to pick from" and said "enter pick the selected row"; the longest row
//! label ran into its reasons; a need was said once per thing that
//! answers it ("needs "a designer"; … · needs "a designer"; …").

use super::*;

/// The needs a row's reasons quote (`needs "N"`, `for "N"`, `close to
/// "N"`), in order.
fn needs_quoted(reasons: &str) -> Vec<String> {
    let mut out = Vec::new();
    for lead in ["needs \"", "for \"", "close to \""] {
        for (at, _) in reasons.match_indices(lead) {
            let rest = &reasons[at + lead.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].to_string());
            }
        }
    }
    out
}

#[test]
fn who_could_help_names_itself_in_its_help_and_says_each_need_once() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let people = app.data().people.len();
    let mut rows_seen = 0;
    for row in 0..people {
        select_row(&mut app, &mut rt, row);
        send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
        let Some(Overlay::Matches { report, .. }) = app.overlay() else {
            continue;
        };
        let (name, all) = (report.person.name.to_string(), report.all().len());
        for (_, m) in report.all() {
            let mut needs = needs_quoted(&m.reasons.join(" · "));
            let said = needs.len();
            needs.sort();
            needs.dedup();
            assert_eq!(needs.len(), said, "{}: {:?}", m.name, m.reasons);
            rows_seen += 1;
        }
        // Each label ends before its reasons begin.
        let screen = draw(&app, 80, 24);
        for line in screen.lines() {
            for label in ["can help ", "shares a passion"] {
                if let Some(at) = line.find(label) {
                    let rest = &line[at..];
                    let end = rest.find(['·', '"']).unwrap_or(rest.len());
                    assert!(rest[..end].contains(':'), "{line}");
                }
            }
        }
        send(&mut app, &mut rt, &[act(Action::Help)]);
        let help = draw(&app, 80, 24);
        assert!(
            help.contains(&format!("In who could help {name}")),
            "{help}"
        );
        assert!(!help.contains("pick the selected row"), "{help}");
        let enter = if all > 0 {
            "introduce the selected person"
        } else {
            "records nothing"
        };
        assert!(help.contains(enter), "{help}");
        send(&mut app, &mut rt, &[Msg::Cancel, Msg::Cancel]);
        assert!(app.overlay().is_none(), "{:?}", app.overlay());
    }
    assert!(rows_seen > 10, "only {rows_seen} rows");
}
