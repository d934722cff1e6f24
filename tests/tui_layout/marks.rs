//! Marks that say what a row or a pane leaves unsaid: whose the totals
//! beside the tabs are, and that a list goes on above or below what it
//! shows (trials 26s and 26t at 80x24 and 120x36).

use super::*;

/// Trial 26s: at 120 columns "help given 2 · help received 0 · lean +2"
/// sat beside the tabs, above a card that said 0, and read as that
/// person's. At every width the totals are labelled as the journal's, or
/// not shown; at 120 columns they are.
#[test]
fn the_totals_beside_the_tabs_say_they_are_the_whole_journals() {
    let (_dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    send(&mut app, &mut rt, &[act(Action::ScreenContacts)]);
    for width in 40..=200 {
        let top = rows(&draw(&app, (width, 24)))[0].clone();
        if top.contains("given") {
            assert!(
                top.contains(" overall: help given "),
                "{width}: unlabelled totals: {top}"
            );
        } else {
            assert!(width < 120, "{width}: no totals: {top}");
        }
    }
}

/// Trials 26s and 26t at 80x24: "review: 9 people today" over 8 people
/// and a blank row, with no mark. Wherever the cursor is, a list that
/// shows fewer people than its header counts says "↓" on its border, and
/// leaves no row blank while it does.
#[test]
fn the_review_list_marks_who_is_out_of_view_and_leaves_no_blank_row() {
    let (_dir, journal) = journal();
    let mut marked = 0;
    for down in 0..12 {
        let (mut app, mut rt) = opened(&journal);
        send(&mut app, &mut rt, &[act(Action::ScreenReview)]);
        send(&mut app, &mut rt, &vec![act(Action::Down); down]);
        let people = app.data().review.people();
        let screen = draw(&app, (80, 24));
        let rows = rows(&screen);
        // The list's rows: inside its border, up to the bottom corner.
        let bottom = rows
            .iter()
            .position(|r| r.starts_with('└'))
            .expect("bottom");
        let inner: Vec<String> = rows[2..bottom]
            .iter()
            .map(|r| {
                r.trim_start_matches('│')
                    .split('│')
                    .next()
                    .unwrap_or("")
                    .to_string()
            })
            .collect();
        let numbers: Vec<usize> = inner
            .iter()
            .filter_map(|r| r.split_whitespace().next()?.parse().ok())
            .collect();
        let low = numbers.iter().min().copied().unwrap_or(1);
        let high = numbers.iter().max().copied().unwrap_or(0);
        let mark = &rows[bottom];
        // A name on the last row has its line out of view.
        let bare = inner
            .last()
            .and_then(|r| r.split_whitespace().next()?.parse::<usize>().ok())
            .is_some();
        assert!(
            mark.contains('↓') || (high == people && !bare),
            "{down}: {people} people, {high} the last in view\n{screen}"
        );
        assert!(
            mark.contains('↑') || low == 1,
            "{down}: from {low}\n{screen}"
        );
        if mark.contains('↓') {
            marked += 1;
            assert!(
                inner.iter().all(|r| !r.trim().is_empty()),
                "{down}: a blank row while someone is out of view\n{screen}"
            );
        }
    }
    assert!(marked > 0, "the demo's review is longer than 80x24 holds");
}

/// Trial 26s: with Sara selected the contacts list began at Elena, and
/// nothing said Anna to Dora were above. The border counts the rows out
/// of view above ("↑5") and below ("↓7"), wherever the cursor is.
#[test]
fn the_contacts_list_counts_the_rows_out_of_view() {
    let (_dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    // From the top (the review's first person is carried to the list).
    send(
        &mut app,
        &mut rt,
        &[act(Action::ScreenContacts), act(Action::Top)],
    );
    // The people listed, as the title counts them (closed ones hidden).
    let title = rows(&draw(&app, (80, 24)))[1].clone();
    let total: usize = title
        .split_whitespace()
        .skip_while(|w| *w != "people")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("people N");
    // Inside the border, between the tabs and the status line.
    let height = 24 - 2 - 2;
    for down in 0..total + 2 {
        let screen = draw(&app, (80, 24));
        let rows = rows(&screen);
        let selected = down.min(total - 1);
        let first = selected.saturating_sub(height - 1);
        let below = total - first - height.min(total - first);
        let top = rows[1].split('┐').next().unwrap_or_default().to_string();
        let bottom = rows[22].split('┘').next().unwrap_or_default().to_string();
        if first > 0 {
            assert!(
                top.contains(&format!("↑{first} ")),
                "{down}: {top}\n{screen}"
            );
        } else {
            assert!(!top.contains('↑'), "{down}: {top}");
        }
        if below > 0 {
            assert!(
                bottom.contains(&format!("↓{below} ")),
                "{down}: {bottom}\n{screen}"
            );
        } else {
            assert!(!bottom.contains('↓'), "{down}: {bottom}");
        }
        send(&mut app, &mut rt, &[act(Action::Down)]);
    }
}

/// A copy's status as the runtime says it when the terminal cannot
/// confirm it: the bar shows its first line, whole at 80 columns, and L
/// shows the rest (trial 26t: every copy was cut "…up to the b…").
#[test]
fn the_status_bar_shows_a_messages_first_line_and_l_the_rest() {
    let (_dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    let first = "giulia@studioconti.it (email, 1 of 2, again: next) · L if paste fails";
    let rest = "sent to the terminal's clipboard (OSC 52), which cannot confirm it";
    send(
        &mut app,
        &mut rt,
        &[Msg::Warning(format!("{first}\n{rest}"))],
    );
    let screen = rows(&draw(&app, (80, 24)));
    assert_eq!(screen[23].trim(), first, "{screen:#?}");
    assert!(!screen.join("\n").contains("OSC 52"), "{screen:#?}");
    send(&mut app, &mut rt, &[act(Action::ShowStatus)]);
    let shown = draw(&app, (80, 24));
    assert!(shown.contains(rest), "{shown}");
}
