//! Trial 26y3: `H` on Sofia Rinaldi (the demo's "a referral at Satispay")
//! offered nobody while Lea Barbieri works at Satispay. `H` offers her,
//! saying why at 80x24, whole on the lines her row wraps onto, or cut
//! with "…".

use super::*;

#[test]
fn h_offers_someone_at_the_organisation_a_request_names() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let rows = app.data().people.len();
    let sofia = (0..rows).find(|row| {
        select_row(&mut app, &mut rt, *row);
        selected_name(&app) == "Sofia Rinaldi"
    });
    assert!(sofia.is_some(), "Sofia in the demo");
    send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
    let Some(Overlay::Matches { report, .. }) = app.overlay() else {
        panic!("no matches for Sofia: {:?}", app.status());
    };
    let lea = report.could_help.iter().find(|m| m.name == "Lea Barbieri");
    let reason = "works at Satispay, for \"a referral at Satispay\"";
    assert!(
        lea.is_some_and(|m| m.reasons.iter().any(|r| r == reason)),
        "{:?}",
        report.could_help
    );
    // Her row, and the lines it wraps onto (blank in the name column).
    let screen = draw(&app, 80, 24);
    let inside = |l: &str| {
        let l = l.trim_matches('"');
        l.strip_prefix("  │")
            .and_then(|l| l.strip_suffix("│  "))
            .map(str::to_string)
    };
    let lines: Vec<String> = screen.lines().filter_map(inside).collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("Lea Barbieri "))
        .unwrap_or_else(|| panic!("Lea's row\n{screen}"));
    let wrapped = lines[at + 1..]
        .iter()
        .take_while(|l| l.starts_with("                     ") && !l.trim().is_empty());
    let row: Vec<&str> = std::iter::once(&lines[at][21..])
        .chain(wrapped.map(String::as_str))
        .flat_map(str::split_whitespace)
        .collect();
    let said = row.join(" ");
    let whole = said.contains(reason);
    let cut = said.ends_with('…');
    assert!(whole || cut, "{said}\n{screen}");
}
