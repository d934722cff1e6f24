//! The arguments commands share or group: a person's fields, a capture's
//! options, the formats.

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Subcommand};

use crate::words::complete;

use crate::domain::{FavourKind, InteractionKind, Tier, Voice};

/// A parser of one of a domain enum's names (any case), which also tells
/// `--help` and shell completion what the names are.
fn named<T>(names: impl IntoIterator<Item = &'static str>) -> impl TypedValueParser<Value = T>
where
    T: std::str::FromStr<Err = String> + Clone + Send + Sync + 'static,
{
    PossibleValuesParser::new(names).try_map(|s| s.parse::<T>())
}

fn tiers() -> impl TypedValueParser<Value = Tier> {
    named(Tier::ALL.map(Tier::as_str))
}

fn favours() -> impl TypedValueParser<Value = FavourKind> {
    named(FavourKind::ALL.iter().map(|k| k.as_str()))
}

fn interactions() -> impl TypedValueParser<Value = InteractionKind> {
    named(InteractionKind::ALL.iter().map(|k| k.as_str()))
}

fn voices() -> impl TypedValueParser<Value = Voice> {
    named(Voice::ALL.iter().map(|k| k.as_str()))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Json,
    Vcard,
    Ics,
    Markdown,
    Csv,
    Google,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    Json,
    Vcard,
    Linkedin,
    Google,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("first_meeting").args(["met", "at"])))]
pub struct AddArgs {
    /// Their name (several words are joined).
    #[arg(required = true, num_args = 1..)]
    pub name: Vec<String>,
    #[command(flatten)]
    pub fields: ContactFields,
    /// Add even if someone with this exact name exists.
    #[arg(long)]
    pub duplicate: bool,
    /// You met them at this event (with --on, its day): they join it on
    /// the events screen. --met with an event's exact name and day joins
    /// it too.
    #[arg(
        long,
        value_name = "EVENT",
        conflicts_with = "met",
        allow_hyphen_values = true
    )]
    pub at: Option<String>,
    /// What they told you when you met, for a personal follow-up (with
    /// --met or --at, which record the meeting in their history).
    #[arg(long, requires = "first_meeting", allow_hyphen_values = true)]
    pub details: Option<String>,
    /// Plan no follow-up for the meeting (one is planned
    /// `review.follow_up_days` after it by default).
    #[arg(long, requires = "first_meeting")]
    pub no_follow_up: bool,
    /// When to follow up the meeting, instead of
    /// `review.follow_up_days` after it (3d, friday, 2026-12-01...).
    #[arg(
        long,
        value_name = "WHEN",
        requires = "first_meeting",
        conflicts_with = "no_follow_up",
        allow_hyphen_values = true
    )]
    pub follow_up: Option<String>,
}

#[derive(Debug, Args)]
pub struct EventArgs {
    /// The event's name (several words are joined).
    #[arg(required = true, num_args = 1..)]
    pub name: Vec<String>,
    /// When it was (default today): yesterday, friday, 2026-11-20...
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub on: Option<String>,
    /// Someone you met there: a name (or part of one) in the journal, or a
    /// new person's name. Once for each person.
    #[arg(
        long = "with",
        required = true,
        value_name = "WHO",
        allow_hyphen_values = true
    )]
    #[arg(add = complete::person())]
    pub with: Vec<String>,
    /// What someone told you, as "WHO: text" (WHO as given to --with, or
    /// their first or last name; with one person, just the text), in one
    /// --details with `;` between them or one --details each. Each part
    /// is kept in its person's record alone.
    #[arg(long, value_name = "WHO: TEXT", allow_hyphen_values = true)]
    pub details: Vec<String>,
    /// Something someone is looking for, as "WHO: text": added to their needs.
    #[arg(long, value_name = "WHO: TEXT", allow_hyphen_values = true)]
    pub need: Vec<String>,
    /// When to follow up with each of them (default
    /// `review.follow_up_days` after the event).
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub follow_up: Option<String>,
    /// Plan no follow-up.
    #[arg(long, conflicts_with = "follow_up")]
    pub no_follow_up: bool,
}

/// The details `add` sets and `edit` changes. List options add one item each
/// time they are given.
#[derive(Debug, Args)]
pub struct ContactFields {
    /// Another name they go by.
    #[arg(long, allow_hyphen_values = true)]
    pub alias: Vec<String>,
    /// How and where we met; `+tag` words become tags.
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub met: Option<String>,
    /// When we met (2026-11-20, yesterday, 3d, friday...).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub on: Option<String>,
    /// Who introduced us.
    #[arg(long, value_name = "WHO", allow_hyphen_values = true)]
    pub via: Option<String>,
    /// Their organisation.
    #[arg(long, allow_hyphen_values = true)]
    pub org: Option<String>,
    /// Their role or title.
    #[arg(long, allow_hyphen_values = true)]
    pub role: Option<String>,
    /// An email address.
    #[arg(long, allow_hyphen_values = true)]
    pub email: Vec<String>,
    /// A phone number.
    #[arg(long, allow_hyphen_values = true)]
    pub phone: Vec<String>,
    /// A web address (profile, site).
    #[arg(long, allow_hyphen_values = true)]
    pub url: Vec<String>,
    /// A tag.
    #[arg(long, allow_hyphen_values = true)]
    pub tag: Vec<String>,
    /// An interest (case and accents do not matter).
    #[arg(long, allow_hyphen_values = true)]
    pub interest: Vec<String>,
    /// Something they are looking for.
    #[arg(long, allow_hyphen_values = true)]
    pub need: Vec<String>,
    /// Something they can help with.
    #[arg(long, allow_hyphen_values = true)]
    pub offer: Vec<String>,
    /// Free notes (`edit` replaces them).
    #[arg(long, allow_hyphen_values = true)]
    pub notes: Option<String>,
    /// Stay in touch every DAYS days, or 2w, 3m (0: no cadence of their own).
    #[arg(long, value_name = "DAYS", value_parser = crate::domain::dates::days)]
    pub cadence: Option<u16>,
    /// inner, close, active or none.
    #[arg(long, value_parser = tiers(), ignore_case = true)]
    pub tier: Option<Tier>,
    /// Their birthday: 1985-03-14, or 03-14 without the year.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub birthday: Option<String>,
    /// An anniversary (a wedding, a first day), yearly: 2010-06-20 or 06-20.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub anniversary: Option<String>,
    /// Another day to remember: "Sofia's recital=2027-03-12" happens once,
    /// "name day=06-24" or "...=every 2019-06-24" every year.
    #[arg(long, value_name = "NAME=DATE", allow_hyphen_values = true)]
    pub date: Vec<String>,
    /// A postal address: free text ("home=Via Roma 1, Milano"), or
    /// "[LABEL=]street;city;region;postcode;country".
    #[arg(long, value_name = "ADDRESS", allow_hyphen_values = true)]
    pub address: Vec<String>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Who: a name, an alias, part of one, or an id.
    #[arg(add = complete::person())]
    pub who: String,
    /// A new name.
    #[arg(long, allow_hyphen_values = true)]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: ContactFields,
    #[command(flatten)]
    pub drop: DropFields,
}

/// What `edit` removes from list fields (matched ignoring case and accents).
#[derive(Debug, Args)]
pub struct DropFields {
    /// Remove an alias.
    #[arg(long, value_name = "ALIAS", allow_hyphen_values = true)]
    pub unalias: Vec<String>,
    /// Remove an email address.
    #[arg(long, value_name = "EMAIL", allow_hyphen_values = true)]
    pub drop_email: Vec<String>,
    /// Remove a phone number.
    #[arg(long, value_name = "PHONE", allow_hyphen_values = true)]
    pub drop_phone: Vec<String>,
    /// Remove a web address.
    #[arg(long, value_name = "URL", allow_hyphen_values = true)]
    pub drop_url: Vec<String>,
    /// Remove a tag.
    #[arg(long, value_name = "TAG", allow_hyphen_values = true)]
    pub untag: Vec<String>,
    /// Remove an interest.
    #[arg(long, value_name = "INTEREST", allow_hyphen_values = true)]
    pub drop_interest: Vec<String>,
    /// Remove a need.
    #[arg(long, value_name = "NEED", allow_hyphen_values = true)]
    pub drop_need: Vec<String>,
    /// Remove an offer.
    #[arg(long, value_name = "OFFER", allow_hyphen_values = true)]
    pub drop_offer: Vec<String>,
    /// Remove a day: birthday, anniversary, or a date's name.
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub drop_date: Vec<String>,
    /// Remove an address, by its label or as shown on one line.
    #[arg(long, value_name = "ADDRESS", allow_hyphen_values = true)]
    pub drop_address: Vec<String>,
    /// Remove a related name held as text ("Big Blue"); `unrelate` takes
    /// out a link to a person.
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub drop_related: Vec<String>,
}

#[derive(Debug, Args)]
pub struct LedgerArgs {
    /// Who: a name, an alias, part of one, or an id.
    #[arg(add = complete::person())]
    pub who: String,
    /// What it was; several words are joined, `+tag` words tag the person.
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// introduction, advice, resource, referral, time, favour or other.
    #[arg(long, default_value = "other", value_parser = favours(), ignore_case = true)]
    pub kind: FavourKind,
    /// 1 (small) to 5 (big).
    #[arg(long, default_value_t = 1)]
    pub weight: u8,
    /// When (default today).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub on: Option<String>,
    /// A give not delivered yet: a promise, counted once delivered (done ID).
    #[arg(long)]
    pub open: bool,
    /// An ask already granted: recorded done (each command says whose help
    /// it counts as).
    #[arg(long, conflicts_with = "open")]
    pub granted: bool,
    /// What they gave answers your open request ID: the request is granted
    /// and counts once, not twice.
    #[arg(long, value_name = "ID", conflicts_with_all = ["open", "granted"])]
    pub answers: Option<String>,
}

#[derive(Debug, Args)]
pub struct MetArgs {
    /// One or more people, then what happened, quoted: met anna marco "coffee at the station".
    #[arg(required = true, num_args = 2.., value_name = "WHO")]
    #[arg(add = complete::person())]
    pub args: Vec<String>,
    /// The specifics they mentioned, for a personal follow-up; with
    /// several people, as "WHO: text" (their first or last name), in one
    /// --details with `;` between them or one --details each.
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub details: Vec<String>,
    /// met, call, message, event or note.
    #[arg(long, default_value = "met", value_parser = interactions(), ignore_case = true)]
    pub kind: InteractionKind,
    /// Whose words the details are: both (said between you, the default), them (they wrote
    /// to you) or me (you wrote or told them: never quoted back in a draft).
    #[arg(long, default_value = "both", value_parser = voices(), ignore_case = true)]
    pub from: Voice,
    /// When (default today).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub on: Option<String>,
    /// Open a follow-up with each person (3d, 2w, friday, 2026-12-01...).
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub follow_up: Option<String>,
    /// Plan no follow-up (the review then asks for none while the meeting
    /// is fresh).
    #[arg(long, conflicts_with = "follow_up")]
    pub no_follow_up: bool,
}

#[derive(Debug, Args)]
pub struct IntroArgs {
    /// The first person.
    #[arg(add = complete::person())]
    pub a: String,
    /// The second person.
    #[arg(add = complete::person())]
    pub b: String,
    /// What it was; several words are joined.
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// 1 (small) to 5 (big).
    #[arg(long, default_value_t = 1)]
    pub weight: u8,
    /// When (default today).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub on: Option<String>,
    /// The open request (of either person) this introduction answers: it
    /// is marked done in the same write.
    #[arg(long, value_name = "ID")]
    pub closes: Option<String>,
    /// Plan a follow-up with the first person to see how it went (2w,
    /// next month...).
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub follow_up: Option<String>,
}

#[derive(Debug, Args)]
pub struct SignalArgs {
    /// Who: a name, an alias, part of one, or an id.
    #[arg(add = complete::person())]
    pub who: String,
    /// What it was; several words are joined.
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// When (default today).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub on: Option<String>,
}

#[derive(Debug, Args)]
pub struct FollowUpArgs {
    /// Who: a name, an alias, part of one, or an id.
    #[arg(add = complete::person())]
    pub who: String,
    /// When: 3d, 2w, "in 2 weeks", friday, 2026-12-01...
    pub when: String,
    /// What it was; several words are joined.
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum InterestCommand {
    /// Add an interest; --mine marks it as one of yours.
    Add {
        /// The interest (several words are joined).
        #[arg(required = true, num_args = 1..)]
        name: Vec<String>,
        /// It is one of mine.
        #[arg(long)]
        mine: bool,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only people with this interest.
    #[arg(long, allow_hyphen_values = true)]
    pub interest: Option<String>,
    /// Only people with this tag.
    #[arg(long, allow_hyphen_values = true)]
    pub tag: Option<String>,
    /// inner, close, active or none.
    #[arg(long, value_parser = tiers(), ignore_case = true)]
    pub tier: Option<Tier>,
    /// Include closed relationships.
    #[arg(long)]
    pub closed: bool,
    /// Print JSON (see docs/json.md).
    #[arg(long)]
    pub json: bool,
}
