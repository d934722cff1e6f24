//! The screens: welcome, contacts, shared interests, ledger; the search
//! is drawn in `screens/search.rs`.

mod scrolled;
mod search;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Paragraph, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{NARROW, Regions, card, column, offset, rows_in};
use crate::app::{App, Pane, PersonRow, Screen};
use crate::config::Config;
use crate::domain::text::{inert, loose};
use crate::domain::{Direction, EntryState, FavourKind, Nature};
use crate::keymap::{Action, Layer};
use scrolled::Scrolled;

pub fn body(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect, regions: &mut Regions) {
    match app.screen() {
        Screen::Welcome => welcome(config, frame, area),
        Screen::Review => super::review::screen(app, config, frame, area, regions),
        Screen::Stats => super::insights::stats(app, config, frame, area),
        Screen::Events => super::insights::events(app, config, frame, area, regions),
        Screen::Contacts => contacts(app, config, frame, area, regions),
        Screen::Interests => interests(app, config, frame, area, regions),
        Screen::Ledger => ledger(app, config, frame, area, regions),
        Screen::Search => search::screen(app, config, frame, area, regions),
    }
}

fn welcome(config: &Config, frame: &mut Frame<'_>, area: Rect) {
    let theme = &config.theme;
    // The keys as bound, so a rebound key is the one named.
    let key = |layer, action| {
        config
            .keymap
            .key_for(layer, action)
            .map_or_else(|| "?".to_string(), |k| k.to_string())
    };
    let mut text = vec![
        Line::styled("Welcome to givegive", theme.accent()),
        Line::raw(""),
        Line::raw("A journal for fewer, deeper, reciprocal relationships:"),
        Line::raw(""),
        Line::raw("  Relationships  remember how you met, what you talked about, and follow up."),
        Line::raw("  Interests      what you share with people starts the real conversations."),
        Line::raw("  Give ledger    give first; see at a glance who you owe and who owes you."),
        Line::raw(""),
        Line::raw("To begin:"),
    ];
    // One key a row, its words in a column after the widest key (a key
    // rebound to `ctrl-a` too), each row short enough for 80 columns
    // (trial 28c: one long sentence wrapped mid-example).
    let rows = [
        (
            key(Layer::Contacts, Action::AddContact),
            "add your first person",
        ),
        (
            key(Layer::Global, Action::CommandLine),
            "type any command, for example: add Anna --met \"breakfast\"",
        ),
        (
            format!("{}demo", key(Layer::Global, Action::CommandLine)),
            "fill this empty journal with 27 sample people to look around",
        ),
        // `--demo` opens a throwaway journal and fills nothing (trial 28d).
        (String::new(), "(or, from the shell: givegive demo;"),
        (
            String::new(),
            " givegive --demo looks around a throwaway journal)",
        ),
        (key(Layer::Global, Action::Help), "every key"),
        (key(Layer::Global, Action::Quit), "quit"),
    ];
    let width = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    text.extend(rows.into_iter().map(|(k, words)| {
        Line::from(vec![
            Span::styled(format!("  {k}"), theme.accent()),
            Span::raw(format!("{:pad$}  {words}", "", pad = width - k.width())),
        ])
    }));
    frame.render_widget(
        Paragraph::new(text)
            .block(Block::bordered())
            .wrap(Wrap { trim: false }),
        area,
    );
}

/// Splits `area` into the list and detail panes, or gives the whole area to
/// the focused one when the terminal is narrow.
fn panes(area: Rect, pane: Pane, list_share: u16) -> (Option<Rect>, Option<Rect>) {
    if area.width < NARROW {
        return match pane {
            Pane::List => (Some(area), None),
            Pane::Detail => (None, Some(area)),
        };
    }
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(list_share), Constraint::Fill(1)]).areas(area);
    (Some(left), Some(right))
}

fn border(title: String, area: Rect, focused: bool, config: &Config) -> Block<'static> {
    let style = if focused {
        config.theme.accent()
    } else {
        config.theme.muted()
    };
    super::titled(&title, area.width).border_style(style)
}

/// `text` in runs of matched and unmatched characters. A zero-width
/// character (combining mark, joiner) stays in its base character's run:
/// drawn alone it would be lost.
fn highlighted(text: &str, hits: &[usize], matched: Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    for (n, c) in text.chars().enumerate() {
        let hit = if UnicodeWidthChar::width(c) == Some(0) {
            run_hit
        } else {
            hits.contains(&n)
        };
        if hit != run_hit && !run.is_empty() {
            let style = if run_hit { matched } else { Style::default() };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_hit = hit;
        run.push(c);
    }
    if !run.is_empty() {
        let style = if run_hit { matched } else { Style::default() };
        spans.push(Span::styled(run, style));
    }
    spans
}

fn contacts(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect, regions: &mut Regions) {
    let theme = &config.theme;
    let state = &app.contacts();
    let (list_area, detail_area) = panes(area, state.pane, 34);
    if let Some(list_area) = list_area {
        let height = rows_in(list_area);
        let first = offset(state.selected, height);
        regions.list(list_area, Pane::List, first, state.visible.len());
        let mut lines = Vec::with_capacity(height);
        for (i, visible) in state.visible.iter().enumerate().skip(first).take(height) {
            let person = &app.data().people[visible.index];
            let inner = usize::from(list_area.width.saturating_sub(2));
            let mut after = Vec::new();
            if let Some(tag) = apart(&app.data().people, visible.index, inner) {
                after.push(Span::styled(tag, theme.muted()));
            }
            if person.row.closed {
                after.push(Span::styled(" (closed)", theme.muted()));
            }
            let lean = person.row.lean;
            if lean != 0 {
                let style = if lean > 0 { theme.give() } else { theme.ask() };
                after.push(Span::styled(format!(" {lean:+}"), style));
            }
            // A long name gives way, marked; what tells it from its
            // namesakes and its lean stay in view.
            let room = inner.saturating_sub(after.iter().map(Span::width).sum());
            let name = highlighted(&inert(&person.row.name), &visible.hits, theme.matched());
            let mut line = super::fit_line(Line::from(name), room);
            line.spans.extend(after);
            if i == state.selected {
                line = line.style(theme.selected());
            }
            lines.push(line);
        }
        let title = if state.filter.is_empty() {
            format!(
                " people {} · by {} ",
                state.visible.len(),
                state.sort.label()
            )
        } else {
            filter_title(state.visible.len(), &inert(&state.filter), list_area.width)
        };
        if state.visible.is_empty() {
            // The filter reads names, orgs, interests and tags only: what
            // someone told you is found by the search.
            // "Nobody" only of what a filter or the closed left out: an
            // empty journal says it has nobody yet (trial 28c).
            let hint = if app.data().people.is_empty() {
                "No one in this journal yet: n adds someone, : runs any command"
            } else if state.filter.is_empty() {
                "nobody open: c shows closed, n adds"
            } else {
                "nobody here: / searches notes and details, f filters, c shows closed, n adds"
            };
            lines.extend(super::note(hint, list_area.width, theme.muted()));
        }
        // Trial four: "Elena Russo +1" said nothing of what the number is.
        let data = app.data();
        let label = state
            .visible
            .iter()
            .any(|v| data.people[v.index].row.lean != 0)
            .then_some(" +n: you gave n more ");
        let block = Scrolled::of(first, height, state.visible.len()).border(
            title,
            label,
            list_area,
            state.pane == Pane::List,
            config,
        );
        frame.render_widget(Paragraph::new(lines).block(block), list_area);
    }
    if let Some(detail) = detail_area {
        card::person(
            app,
            config,
            frame,
            detail,
            state.pane == Pane::Detail,
            regions,
        );
    }
}

/// What tells the person at `index` of `people` from their namesakes on
/// a list row `width` columns wide (issue 28: two "John Doe" of two
/// address books read the same): their organisation when no namesake
/// shares it and it takes at most half the row, else their id; nothing
/// for a name no one else has. `people` is in the lists' order, by folded
/// name, so namesakes are neighbours.
fn apart(people: &[PersonRow], index: usize, width: usize) -> Option<String> {
    let me = people.get(index)?;
    let same = |p: &&PersonRow| p.folded == me.folded;
    let before = people[..index].iter().rev().take_while(same);
    let after = people[index + 1..].iter().take_while(same);
    let others: Vec<&PersonRow> = before.chain(after).collect();
    if others.is_empty() {
        return None;
    }
    let org = inert(me.row.org.trim());
    let mine = loose(me.row.org.trim());
    let shared = others.iter().any(|p| loose(p.row.org.trim()) == mine);
    let tag = format!(" · {org}");
    if org.is_empty() || shared || tag.width() > width.div_ceil(2) {
        Some(format!(" {}", me.row.id))
    } else {
        Some(tag)
    }
}

/// The contacts pane's title while a filter is typed: what was typed is
/// shown whole while any wording holds it ("people" goes first, at 80
/// columns the pane is 27 wide), and cut with `…` only when none does.
fn filter_title(count: usize, typed: &str, width: u16) -> String {
    let room = usize::from(width.saturating_sub(2));
    let long = format!(" people {count} matching '{typed}' ");
    if long.width() <= room {
        return long;
    }
    format!(" {count} matching '{typed}' ")
}

fn interests(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect, regions: &mut Regions) {
    let theme = &config.theme;
    let state = &app.interests();
    let (list_area, detail_area) = panes(area, state.pane, 40);
    if let Some(list_area) = list_area {
        let height = rows_in(list_area);
        let first = offset(state.selected, height);
        regions.list(list_area, Pane::List, first, app.data().interests.len());
        let mut lines: Vec<Line<'_>> = app
            .data()
            .interests
            .iter()
            .enumerate()
            .skip(first)
            .take(height)
            .map(|(i, r)| {
                let mark = if r.mine { "★ " } else { "  " };
                let line = Line::from(vec![
                    Span::styled(mark, theme.give()),
                    Span::raw(inert(&r.name)),
                    Span::styled(format!(" ({})", r.people.len()), theme.muted()),
                ]);
                if i == state.selected {
                    line.style(theme.selected())
                } else {
                    line
                }
            })
            .collect();
        if app.data().interests.is_empty() {
            let hint = "no interests yet: :interest add climbing --mine";
            lines.extend(super::note(hint, list_area.width, theme.muted()));
        }
        let scrolled = Scrolled::of(first, height, app.data().interests.len());
        frame.render_widget(
            Paragraph::new(lines).block(scrolled.border(
                " interests (★ yours) ".into(),
                None,
                list_area,
                state.pane == Pane::List,
                config,
            )),
            list_area,
        );
    }
    if let Some(detail) = detail_area {
        let Some(interest) = app.data().interests.get(state.selected) else {
            frame.render_widget(Block::bordered(), detail);
            return;
        };
        let height = rows_in(detail);
        let first = offset(state.person, height);
        regions.list(detail, Pane::Detail, first, interest.people.len());
        let lines: Vec<Line<'_>> = interest
            .people
            .iter()
            .enumerate()
            .skip(first)
            .take(height)
            .map(|(i, p)| {
                let row = app.data().people.iter().find(|r| r.row.id == p.id);
                let touch = row.and_then(|r| r.row.last_touch).map_or_else(
                    || "never".to_string(),
                    |d| format!("{}d ago", (app.today() - d).num_days()),
                );
                let lean = row.map_or(0, |r| r.row.lean);
                let mut spans = vec![
                    Span::raw(format!("{} ", column(&inert(&p.name), 21))),
                    Span::styled(format!("{touch:>9}"), theme.muted()),
                    Span::raw(format!("  {lean:+}")),
                ];
                // As on the contacts screen: a closed relationship says so.
                if row.is_some_and(|r| r.row.closed) {
                    spans.push(Span::styled(" (closed)", theme.muted()));
                }
                let line = Line::from(spans);
                if state.pane == Pane::Detail && i == state.person {
                    line.style(theme.selected())
                } else {
                    line
                }
            })
            .collect();
        let shared = if interest.mine {
            ", shared with you"
        } else {
            ""
        };
        let scrolled = Scrolled::of(first, height, interest.people.len());
        frame.render_widget(
            Paragraph::new(lines).block(scrolled.border(
                format!(" {}{shared} · last touch, lean ", inert(&interest.name)),
                None,
                detail,
                state.pane == Pane::Detail,
                config,
            )),
            detail,
        );
    }
}

fn ledger(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect, regions: &mut Regions) {
    let theme = &config.theme;
    let state = &app.ledger();
    let chart_height = if area.height >= 20 { 9 } else { 0 };
    let [list_area, chart_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(chart_height)]).areas(area);
    let height = rows_in(list_area);
    let first = offset(state.selected, height);
    regions.list(list_area, Pane::List, first, state.visible.len());
    let mut lines: Vec<Line<'_>> = Vec::with_capacity(height);
    // The names as wide as the longest on screen (an introduction names
    // two), within two fifths of the row.
    let names = (state.visible.iter().skip(first).take(height))
        .map(|i| inert(&app.data().ledger[*i].names).width())
        .fold(12, usize::max)
        .min((usize::from(area.width) * 2 / 5).max(12));
    for (i, index) in state.visible.iter().enumerate().skip(first).take(height) {
        let line = &app.data().ledger[*index];
        let e = &line.entry;
        let style = match e.nature {
            Nature::Give => theme.give(),
            Nature::Ask => theme.ask(),
        };
        let open = match e.state {
            EntryState::Open => "open ",
            EntryState::Done => "     ",
            EntryState::Declined => "no   ",
        };
        let row = Line::from(vec![
            Span::styled(format!("{} ", e.date), theme.muted()),
            Span::styled(format!("{:<11}", e.verb()), style),
            Span::raw(format!("{} ", column(&inert(&line.names), names))),
            Span::styled(open, theme.muted()),
            Span::raw(inert(&e.text)),
            Span::styled(e.aside(), theme.muted()),
        ]);
        let row = super::fit_line(row, usize::from(area.width.saturating_sub(2)));
        lines.push(if i == state.selected {
            row.style(theme.selected())
        } else {
            row
        });
    }
    if state.visible.is_empty() {
        // The filter keys as bound, so a rebound key is the one named.
        let keys: Vec<String> = [
            Action::CycleDirection,
            Action::CycleNature,
            Action::CycleState,
            Action::CycleKind,
        ]
        .iter()
        .filter_map(|a| config.keymap.key_for(Layer::Ledger, *a))
        .map(|k| k.to_string())
        .collect();
        let hint = format!("no entries match: {} change the filters", keys.join(", "));
        lines.extend(super::note(&hint, list_area.width, theme.muted()));
    }
    let filter = format!(
        " ledger {} · {} · {} · {} · {} · open first ",
        state.visible.len(),
        match state.direction {
            None => "both ways",
            Some(Direction::MeToThem) => "from me",
            Some(Direction::ThemToMe) => "to me",
        },
        match state.nature {
            None => "gives and asks",
            Some(Nature::Give) => "gives",
            Some(Nature::Ask) => "asks",
        },
        state.state.map_or("any state", EntryState::as_str),
        state.kind.map_or("any kind", FavourKind::as_str),
    );
    let scrolled = Scrolled::of(first, height, state.visible.len());
    frame.render_widget(
        Paragraph::new(lines).block(scrolled.border(filter, None, list_area, true, config)),
        list_area,
    );
    if chart_height > 0 {
        monthly_chart(app, config, frame, chart_area);
    }
}

/// Given and asked per month over the last year, by me, in weight: as
/// many of the last months as the width holds.
fn monthly_chart(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect) {
    let theme = &config.theme;
    let fits = usize::from(area.width.saturating_sub(2) / 8).max(1);
    let months = &app.data().ledger_months;
    let groups: Vec<BarGroup<'_>> = months[months.len().saturating_sub(fits)..]
        .iter()
        .map(|m| {
            BarGroup::with_label(
                crate::domain::dates::month_label(&m.month),
                vec![
                    // No figures inside the bars (3 columns cut them into
                    // the blocks); the title has the totals.
                    Bar::new(u64::from(m.gave))
                        .style(theme.give())
                        .text_value(""),
                    Bar::new(u64::from(m.asked))
                        .style(theme.ask())
                        .text_value(""),
                ],
            )
        })
        .collect();
    // The totals only when they fit whole: cut, they read as other figures.
    let head = " per month: help you gave (left) vs what you asked (right) ";
    let totals = format!("· all time: {} ", app.data().totals.help().figures());
    let room = usize::from(area.width.saturating_sub(2));
    let title = if head.width() + totals.width() <= room {
        format!("{head}{totals}")
    } else {
        super::fit(head, room).into_owned()
    };
    let mut chart = BarChart::grouped(groups)
        .bar_width(3)
        .bar_gap(0)
        .group_gap(2);
    chart = chart.block(super::titled(&title, area.width).border_style(theme.muted()));
    frame.render_widget(chart, area);
}
