//! The output overlay's rows at 80x24: a wrapped line goes on under its
//! own text, never at column 0 under the numbers (trial 26z4).

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

/// A line as outputs have them: some leading spaces, maybe a number, then
/// words enough to wrap or not.
fn line() -> impl Strategy<Value = (usize, Option<u8>, Vec<String>)> {
    (
        0usize..7,
        proptest::option::of(1u8..40),
        proptest::collection::vec("[a-z]{1,14}", 1..30),
    )
}

/// The screen's rows, each a string of its cells.
fn screen(lines: &[String]) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    terminal
        .draw(|frame| {
            super::draw(frame, Rect::new(0, 0, 80, 24), "show", lines, 0);
        })
        .expect("draw");
    let buffer = terminal.backend().buffer().clone();
    (0..24)
        .map(|y| {
            (0..80)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn a_wrapped_line_goes_on_under_its_own_words(
        (spaces, number, words) in line(),
    ) {
        let lead = format!(
            "{}{}",
            " ".repeat(spaces),
            number.map_or(String::new(), |n| format!("{n}. "))
        );
        let text = format!("{lead}{}", words.join(" "));
        let rows = screen(std::slice::from_ref(&text));
        // The overlay's rows inside its border, as far as the line goes.
        let inside: Vec<String> = rows
            .iter()
            .filter_map(|r| {
                let cells: Vec<char> = r.chars().collect();
                let (first, last) = (cells.iter().position(|c| *c == '│')?, cells.iter().rposition(|c| *c == '│')?);
                (last > first).then(|| cells[first + 1..last].iter().collect::<String>())
            })
            .filter(|r| !r.trim().is_empty())
            .collect();
        prop_assert!(!inside.is_empty(), "{rows:#?}");
        prop_assert!(inside[0].starts_with(&lead), "{inside:#?}");
        for row in &inside[1..] {
            let indent = row.len() - row.trim_start().len();
            prop_assert_eq!(indent, lead.len(), "{:#?}", inside);
        }
        // Every word is drawn, in order.
        let drawn: Vec<&str> = inside.iter().flat_map(|r| r.split_whitespace()).collect();
        let said: Vec<&str> = text.split_whitespace().collect();
        prop_assert_eq!(drawn, said);
    }
}
