//! The command line, declared with clap. Names follow the product contract
//! in `shared/product.md`; every flag here has a `--help` line.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::domain::Id;

mod parts;

use super::complete;

pub use parts::{
    AddArgs, ContactFields, DropFields, EditArgs, EventArgs, ExportFormat, FollowUpArgs,
    ImportFormat, InterestCommand, IntroArgs, LedgerArgs, ListArgs, MetArgs, SignalArgs,
};

/// `event --help`'s example, as it is typed.
/// `--granted` on a give: refused, and its help says why.
const GRANTED_IS_FOR_ASKS: &str = "Only for asked and asked-by: a give is granted by being given";
/// `--answers` on an ask: refused, and its help says why.
const ANSWERS_IS_FOR_GIVES: &str =
    "Only for got and gave: a give answers an open request ID, counted once";
/// `--open` on an ask: every request is open until settled.
const ASK_IS_OPEN: &str =
    "Not needed: a request is open until you settle it (done ID, or decline ID)";

const EVENT_EXAMPLE: &str = "Example:
  givegive event \"Product meetup\" --on yesterday --with anna \\
    --with \"Marco Bianchi\" --details \"marco: moving to Berlin\" \\
    --need \"marco: a flat\" --follow-up friday";

/// A relationship journal for the terminal: remember how you met, give
/// first, follow up, keep it reciprocal.
#[derive(Debug, Parser)]
#[command(
    name = "givegive",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// The journal to use, a directory (default: the platform data dir,
    /// e.g. ~/.local/share/givegive/journal).
    #[arg(long, global = true, env = "GIVEGIVE_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Start on a new throwaway journal filled with sample people.
    #[arg(long)]
    pub demo: bool,

    /// Pretend today is this date (YYYY-MM-DD); for scripts and tests.
    #[arg(
        long,
        global = true,
        env = "GIVEGIVE_TODAY",
        value_name = "DATE",
        hide = true
    )]
    pub today: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add a person.
    Add(Box<AddArgs>),
    /// Change a person's details.
    Edit(Box<EditArgs>),
    /// Move a person (with their history) or one record (by id) to the trash.
    Rm {
        /// A name, or the id of any record (42, or '#42' quoted: # starts a shell comment).
        #[arg(add = complete::person())]
        target: String,
    },
    /// List what is in the trash.
    Trash {
        /// Print JSON (see docs/json.md).
        #[arg(long)]
        json: bool,
    },
    /// Bring a record back from the trash (by its id), or a whole journal
    /// back from a backup file (into an empty journal; `check` runs after).
    Restore {
        /// The id shown by `givegive trash`, or a backup file: a daily
        /// backup (`givegive backup --list`) or a JSON export.
        target: String,
        /// The age key file (from age-keygen) that opens a sealed backup;
        /// one sealed with a passphrase asks for it.
        #[arg(long, value_name = "KEYFILE")]
        identity: Option<PathBuf>,
    },
    /// Rebuild a journal that cannot be opened from its write log: the
    /// backup it starts from plus every change saved since. The damaged
    /// files are kept in JOURNAL-backups/damaged-TIME; `check` runs first.
    Recover {
        /// The age key file that opens a sealed backup; one sealed with a
        /// passphrase asks for it.
        #[arg(long, value_name = "KEYFILE")]
        identity: Option<PathBuf>,
    },
    /// Record something I gave them.
    #[command(mut_arg("granted", |a| a.help(GRANTED_IS_FOR_ASKS)))]
    #[command(mut_arg("answers", |a| a.help(
        "What you gave answers their open request ID: the request is granted and counts once, not twice"
    )))]
    Gave(LedgerArgs),
    /// Record something they gave me.
    #[command(mut_arg("granted", |a| a.help(GRANTED_IS_FOR_ASKS)))]
    Got(LedgerArgs),
    /// Record something I asked of them.
    #[command(mut_arg("open", |a| a.help(ASK_IS_OPEN)))]
    #[command(mut_arg("granted", |a| a.help(
        "A request of yours they already granted: recorded done, it counts as help received"
    )))]
    #[command(mut_arg("answers", |a| a.help(ANSWERS_IS_FOR_GIVES)))]
    Asked(LedgerArgs),
    /// Record something they asked of me.
    #[command(mut_arg("open", |a| a.help(ASK_IS_OPEN)))]
    #[command(mut_arg("granted", |a| a.help(
        "A request of theirs you already granted: recorded done, it counts as help given"
    )))]
    #[command(mut_arg("answers", |a| a.help(ANSWERS_IS_FOR_GIVES)))]
    AskedBy(LedgerArgs),
    /// Log a meeting (or call, message, event, note) with one or more people.
    Met(MetArgs),
    /// Log an event and everyone you met there, in one write (one undo).
    ///
    /// Each --with is one person: someone in the journal (by the usual name
    /// rules; several fitting is refused, as everywhere) or, when nobody
    /// fits, a new person added with the event as how you met. Each gets
    /// their own record of the event, their --details (kept for them alone:
    /// a draft for anyone else never uses them), their --need and one
    /// follow-up. Someone already logged as met there that day keeps that
    /// meeting, now the event, instead of a second one.
    #[command(after_long_help = EVENT_EXAMPLE)]
    Event(EventArgs),
    /// Record an introduction I made between two people (a give to both).
    Intro(IntroArgs),
    /// Record a warning signal about a relationship.
    Signal(SignalArgs),
    /// Close a relationship; its history is kept and it can be reopened.
    Close {
        /// Who: a name, an alias, part of one, or an id.
        #[arg(add = complete::person())]
        who: String,
        /// Why it is being closed.
        #[arg(long, allow_hyphen_values = true)]
        reason: String,
    },
    /// Reopen a closed relationship.
    Reopen {
        #[arg(add = complete::person())]
        who: String,
    },
    /// Plan a follow-up with someone.
    FollowUp(FollowUpArgs),
    /// Mark a follow-up or an open give/ask as done.
    Done {
        /// The id of the follow-up or ledger entry, as shown by `givegive
        /// show`; or a review line's key, as `review --json` shows it
        /// (`8:request_open:31`): what `d` does to that line in the TUI.
        target: String,
    },
    /// Mark an open give or ask as declined.
    Decline {
        /// The id of the ledger entry, as shown by `givegive show`.
        id: Id,
    },
    /// Manage interests.
    #[command(subcommand)]
    Interest(InterestCommand),
    /// Show a person's card and whole history, newest first.
    Show {
        /// Who: a name, an alias, part of one, or an id.
        #[arg(add = complete::person())]
        who: String,
        /// Print JSON (see docs/json.md).
        #[arg(long)]
        json: bool,
    },
    /// List people.
    List(ListArgs),
    /// The reciprocity table, most one-sided first.
    Balance {
        /// Print JSON (see docs/json.md).
        #[arg(long)]
        json: bool,
    },
    /// Every interest and who shares it, yours first.
    Interests {
        /// Print JSON (see docs/json.md).
        #[arg(long)]
        json: bool,
    },
    /// Today's review: who needs something, and why, most urgent first.
    Review {
        /// Also list everyone in line past the day's capacity, in the
        /// order they wait in.
        #[arg(long)]
        all: bool,
        /// Print JSON (see docs/json.md).
        #[arg(long)]
        json: bool,
    },
    /// Stats that measure depth: active relationships by tier, one-sided
    /// ones, gives and asks per month, follow-through, neglected people.
    Stats {
        /// Print JSON (see docs/json.md).
        #[arg(long)]
        json: bool,
    },
    /// Say how two people are related: OTHER is WHO's WHAT (`relate anna
    /// sofia daughter`: Sofia is Anna's daughter, Anna Sofia's parent).
    /// Both cards show it; a link between them before is replaced.
    Relate {
        /// The first person.
        #[arg(add = complete::person())]
        who: String,
        /// The second person.
        #[arg(add = complete::person())]
        other: String,
        /// What the second is to the first: partner, child, parent,
        /// sibling, colleague, friend, introduced-by, introduced, or a word
        /// of your own, whose other side is its pair (mentor: mentee), the
        /// same word where it is mutual (cousin), or else "of" (boss: boss of).
        what: String,
    },
    /// Take away how two people are related, from both.
    Unrelate {
        #[arg(add = complete::person())]
        who: String,
        #[arg(add = complete::person())]
        other: String,
    },
    /// People and records holding every word: names, aliases,
    /// organisations, roles, emails, phones, notes, interests, tags, needs,
    /// offers, how you met, history and ledger texts (case and accents
    /// ignored). Each result says what matched; names first, then a
    /// person's other fields, then history, newest first. Exits 1 when
    /// nothing matches.
    Search {
        /// What to look for; several words must all match in one person or
        /// one record.
        #[arg(required = true, num_args = 1..)]
        words: Vec<String>,
        /// Print JSON (see docs/json.md).
        #[arg(long)]
        json: bool,
    },
    /// Email addresses matching TEXT (in a name, an alias, an address or
    /// an organisation), for mutt's, neomutt's and aerc's address
    /// completion: a message line, then EMAIL<TAB>NAME<TAB>ORGANISATION
    /// lines. Exits 1 when nothing matches.
    Query {
        /// What to look for; several words must all match.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
        /// No message line first (aerc reads every line as an address).
        #[arg(long)]
        no_header: bool,
        /// Print JSON (see docs/json.md).
        #[arg(long)]
        json: bool,
    },
    /// Events and the people met there: met, followed up, ongoing.
    Events {
        /// Print JSON (see docs/json.md).
        #[arg(long)]
        json: bool,
    },
    /// Who could help someone (their needs against others' offers, interests,
    /// tags), and whom they could help.
    Match {
        #[arg(add = complete::person())]
        who: String,
        /// List everyone, not the first ten of each list.
        #[arg(long)]
        all: bool,
        /// Print JSON (see docs/json.md).
        #[arg(long)]
        json: bool,
    },
    /// Draft a personal follow-up message from what you know about someone.
    Draft {
        #[arg(add = complete::person())]
        who: String,
        /// The meeting to follow up on (default: their latest since your last message, the one the review follows up).
        #[arg(long, value_name = "ID")]
        meeting: Option<Id>,
        /// Print JSON: the text, each line with the records it came from, and what was left
        /// out (see docs/json.md).
        #[arg(long)]
        json: bool,
    },
    /// Snooze a person (by name or id), a follow-up (by id) or a review line (by its key, e.g. 7:past_cadence).
    Snooze {
        /// A person, a follow-up id, or a review line's key as `review --json` shows it.
        target: String,
        /// Until when: tomorrow, 1w, friday, 2026-12-01..., or never (a
        /// review line: until something new happens with them, as x does).
        until: String,
    },
    /// Take everything out (json: lossless, for backups and other tools).
    Export {
        /// csv is for spreadsheets (one row a person: their single fields,
        /// emails and phones; not their other lists or history); google is
        /// Google Contacts' CSV, to bring people back; json is lossless.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// json, csv, google, ics: the file to write (owner-only; default:
        /// standard output). vcard: the people to export (default: everyone
        /// active).
        /// markdown: the person.
        args: Vec<String>,
        /// Write here (owner-only) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Overwrite the file if it exists.
        #[arg(long)]
        force: bool,
        /// vCard version: 3 (default) or 4.
        #[arg(long, value_name = "3|4", default_value_t = 3)]
        vcard_version: u8,
        /// ics: follow-ups as to-dos (VTODO) instead of all-day events.
        #[arg(long)]
        as_todo: bool,
        /// Seal the file with age for the holder of this public key
        /// (age1..., from age-keygen); repeat for several.
        #[arg(long, value_name = "AGE_KEY")]
        recipient: Vec<String>,
        /// Seal the file with age and a passphrase, asked for twice (or
        /// taken from GIVEGIVE_PASSPHRASE).
        #[arg(long, conflicts_with = "recipient")]
        passphrase: bool,
        /// vcard: write one .vcf per person into DIR, named by UID (a vdir,
        /// as khard and vdirsyncer use); each re-export updates the files.
        #[arg(long, value_name = "DIR", conflicts_with_all = ["output", "recipient", "passphrase"])]
        vdir: Option<PathBuf>,
        /// vcard: leave out the people imported from a vCard address book
        /// (their cards carry X-GIVEGIVE-SOURCE-UID), so khard reading that
        /// book beside givegive's folder shows each person once.
        #[arg(long)]
        skip_imported: bool,
    },
    /// Bring people in (json: a givegive export, into an empty journal;
    /// vcard: .vcf files from phones and address books; linkedin: the
    /// Connections.csv of LinkedIn's data export; google: a Google Contacts
    /// CSV export).
    Import {
        #[arg(long, value_enum)]
        format: ImportFormat,
        /// The files; `-` reads standard input, and a directory (a vdir)
        /// gives every .vcf in it.
        #[arg(required = true, num_args = 1..)]
        files: Vec<PathBuf>,
        /// Show who would be added, and what each person already here would gain; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Import the good files and list the bad ones (default: a bad file
        /// stops the import and nothing is written).
        #[arg(long)]
        skip_bad: bool,
        /// json: the age key file that opens a sealed export.
        #[arg(long, value_name = "KEYFILE")]
        identity: Option<PathBuf>,
    },
    /// Merge two records of the same person: everything of the second moves
    /// to the first; `restore` with the second's id undoes it.
    Merge {
        /// The person who stays.
        #[arg(add = complete::person())]
        keep: String,
        /// The duplicate, merged into the first.
        #[arg(add = complete::person())]
        gone: String,
    },
    /// Verify the journal: indexes, records and balances.
    Check,
    /// Write today's backup now (givegive writes one on the first run of
    /// each day; see [backup] in the config), or list the backups kept.
    Backup {
        /// List the backups kept instead.
        #[arg(long)]
        list: bool,
    },
    /// Take back the last change, whoever made it (a capture, an edit, an
    /// import, a merge...); again for the one before.
    Undo,
    /// Make again the last change undone (until a new change is made).
    Redo,
    /// Fill an empty journal with the demo network (givegive --demo opens a
    /// throwaway one instead), or with a large synthetic one for measuring.
    Demo {
        /// Generate this many synthetic people instead of the demo network.
        #[arg(long, value_name = "N")]
        generate: Option<usize>,
        /// The seed of the generated journal: same seed, same journal.
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
    /// The process that keeps the journal open between commands, so each
    /// is answered at once: whether one runs, or make it let go.
    Holder {
        #[command(subcommand)]
        action: Option<HolderAction>,
    },
    /// Print shell completions.
    Completions { shell: clap_complete::Shell },
    /// The names WORD could mean, one a line: what shell completion asks.
    #[command(hide = true)]
    CompleteNames { word: String },
    /// Print the default config, every setting with what it does (every
    /// key action and [theme] colour), and say where your config file is:
    /// copy any part of it there and change it.
    Config,
    /// Print the man page (roff).
    Man,
}

/// What `givegive holder` does.
#[derive(Debug, Subcommand)]
pub enum HolderAction {
    /// Say whether a process holds the journal, and which (the default).
    Status,
    /// Make the journal's holder let it go and exit (a TUI keeps it).
    Stop,
    /// Be the holder: keep the journal open and answer commands until
    /// idle for LINGER seconds. Commands start it; it is not typed.
    #[command(hide = true)]
    Serve {
        #[arg(long)]
        linger: u64,
    },
}
