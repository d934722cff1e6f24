//! A burst of keys means what the same keys pressed one by one mean: the
//! terminal's bytes for a burst of esc and letters, read in one go by a
//! model of crossterm's parser (its rules for ESC, checked against
//! crossterm 0.29's `parse_event`), then split by `presses` and
//! `keys::unfold`, are the keys pressed.

use super::presses;
use crate::app::{App, Data};
use crate::config::Config;
use crate::tui::keys::unfold;
use chrono::NaiveDate;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;

/// crossterm's reading of one read's bytes, for esc and plain letters:
/// ESC ESC is one esc, ESC then a letter is alt+letter, an ESC that ends
/// the read is esc. Each key comes with whether more of the read waits.
fn crossterm_reads(bytes: &[u8]) -> Vec<(KeyEvent, bool)> {
    let mut keys = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let (key, used) = match (bytes[at], bytes.get(at + 1)) {
            (0x1b, Some(0x1b)) => (KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE), 2),
            (0x1b, Some(c)) => (
                KeyEvent::new(KeyCode::Char(*c as char), KeyModifiers::ALT),
                2,
            ),
            (0x1b, None) => (KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE), 1),
            (c, _) => (
                KeyEvent::new(KeyCode::Char(c as char), KeyModifiers::NONE),
                1,
            ),
        };
        at += used;
        keys.push((key, at < bytes.len()));
    }
    keys
}

fn press(c: char) -> KeyEvent {
    match c {
        '\x1b' => KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
        c => KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
    }
}

proptest! {
    /// Any burst of esc and letters that ends in a letter (an ESC ESC
    /// that ends a read is one esc to crossterm: nothing tells it apart).
    #[test]
    fn a_burst_is_the_keys_pressed(burst in "[\x1byx3]{0,8}[yx3]") {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a day");
        let app = App::new(Data::default(), today, "journal".into());
        let config = Config::defaults();
        let mut read = Vec::new();
        for (key, more) in crossterm_reads(burst.as_bytes()) {
            for event in presses(Event::Key(key), more) {
                let Event::Key(key) = event else { continue };
                read.extend(unfold(&app, &config, key));
            }
        }
        let pressed: Vec<KeyEvent> = burst.chars().map(press).collect();
        prop_assert_eq!(read, pressed);
    }
}
