//! How the review is tuned: capacity, thresholds, cadences by tier.

use chrono::NaiveDate;

use crate::domain::Tier;

/// Review settings (the `[review]` section of the config).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// How many people a day's review shows; the rest wait.
    pub capacity: usize,
    /// Warning signals that make the review propose closing.
    pub signal_threshold: usize,
    /// A meeting this recent without a follow-up is "fresh".
    pub fresh_days: i64,
    /// Days after a first meeting that `add` plans its follow-up.
    pub follow_up_days: i64,
    /// How many days ahead the review announces birthdays and other days.
    pub dates_ahead: i64,
    /// Default stay-in-touch cadence per tier, in days (`None`: no cadence).
    pub cadence_inner: Option<u16>,
    pub cadence_close: Option<u16>,
    pub cadence_active: Option<u16>,
    pub cadence_none: Option<u16>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            capacity: 10,
            signal_threshold: 3,
            fresh_days: 3,
            follow_up_days: 1,
            dates_ahead: 7,
            cadence_inner: Some(14),
            cadence_close: Some(30),
            cadence_active: Some(90),
            cadence_none: None,
        }
    }
}

/// The settings of `[review]` that 0 would silence, with what 0 would
/// do: the least they take is 1, and a number below 0 is told so too, not
/// "0 or more" to be refused again at 0.
pub const AT_LEAST_ONE: [(&str, &str); 2] = [
    ("capacity", "would show nobody"),
    ("signal_threshold", "would propose closing everyone"),
];

impl Settings {
    /// When to follow up a meeting on `met`, written down `today`:
    /// `follow_up_days` after it; today when that day has passed but the
    /// meeting is still fresh; never for an older acquaintance, whose
    /// follow-up would only be late on arrival.
    pub fn follow_up_due(&self, met: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
        let due = met + chrono::Duration::days(self.follow_up_days.max(0));
        if due >= today {
            Some(due)
        } else if (today - met).num_days() <= self.fresh_days {
            Some(today)
        } else {
            None
        }
    }

    /// Why these settings would silence the review (or make it say
    /// nonsense), naming the key: the config refuses them when it is read,
    /// rather than the review saying "Nothing needs you today" with
    /// follow-ups overdue.
    pub fn silencing(&self) -> Result<(), (&'static str, String)> {
        for (key, silenced) in AT_LEAST_ONE {
            let value = match key {
                "capacity" => self.capacity,
                _ => self.signal_threshold,
            };
            if value == 0 {
                return Err((key, format!("0 {silenced} (use 1 or more)")));
            }
        }
        for (key, value, silenced) in [
            ("fresh_days", self.fresh_days, "no meeting fresh"),
            (
                "dates_ahead",
                self.dates_ahead,
                "no birthday or other day coming",
            ),
            (
                "follow_up_days",
                self.follow_up_days,
                "follow-ups due before the meeting",
            ),
        ] {
            if value < 0 {
                return Err((
                    key,
                    format!("{value} would make {silenced} (use 0 or more)"),
                ));
            }
        }
        Ok(())
    }

    /// The cadence that applies to a person: their own, else their tier's.
    pub fn cadence(&self, own: Option<u16>, tier: Tier) -> Option<u16> {
        own.or(match tier {
            Tier::Inner => self.cadence_inner,
            Tier::Close => self.cadence_close,
            Tier::Active => self.cadence_active,
            Tier::None => self.cadence_none,
        })
    }
}
