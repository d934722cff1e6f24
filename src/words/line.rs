//! A command written back as the words that make it: what `undo` calls a
//! change, and the title of a command's output in the TUI.

use crate::command::{Command, PersonFields, Sealing};
use crate::domain::{FavourKind, InteractionKind, Nature, OccasionKind, Voice};

/// What `undo` calls the change `command` makes: the command as it would
/// be typed, on one line and cut short (notes written in `$EDITOR` can be
/// pages long). Only the label is kept, so a cut says what it leaves out
/// in words: a bare `…` read as the screen's cut, with a key to see the
/// rest that there is not. The cut falls between words as they read, inside
/// a long quoted text too, and the count is of those words: counting the
/// command's arguments said "3 more words" for a text of 17 (trial 28e).
pub fn label(command: &Command) -> String {
    const ROOM: usize = 100;
    let whole = crate::domain::text::clip(&line(command), usize::MAX);
    let words = read_words(&whole);
    let mut kept = 0;
    for (n, &(_, end)) in words.iter().enumerate() {
        if n > 0 && whole[..end].chars().count() > ROOM {
            let left = crate::domain::text::count(words.len() - n, "more word", "more words");
            return format!("{} … and {left}", &whole[..kept]);
        }
        kept = end;
    }
    whole
}

/// Where each word of `text` starts and ends, as a reader parts them: at
/// spaces and at the `⏎` a kept line break is shown as.
fn read_words(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace() || c == '⏎', start) {
            (true, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    words
}

/// `command` as words that parse back to it (except a meeting's details,
/// which only `$EDITOR` writes, and the demo, which is its script).
pub fn line(command: &Command) -> String {
    shell_words::join(written(command))
}

/// A command's words: its name and arguments, then its options.
pub(super) struct Words {
    name: Vec<&'static str>,
    positional: Vec<String>,
    options: Vec<String>,
}

impl Words {
    pub(super) fn new(name: &[&'static str]) -> Words {
        Words {
            name: name.to_vec(),
            positional: Vec::new(),
            options: Vec::new(),
        }
    }

    pub(super) fn arg(mut self, value: impl ToString) -> Words {
        self.positional.push(value.to_string());
        self
    }

    /// `--flag value`; `--flag=value` when the value starts with a dash,
    /// so it cannot be taken for an option.
    pub(super) fn opt(&mut self, flag: &str, value: Option<impl ToString>) {
        if let Some(v) = value {
            let v = v.to_string();
            if v.starts_with('-') {
                self.options.push(format!("{flag}={v}"));
            } else {
                self.options.push(flag.to_string());
                self.options.push(v);
            }
        }
    }

    pub(super) fn each(&mut self, flag: &str, values: &[String]) {
        for v in values {
            self.opt(flag, Some(v));
        }
    }

    pub(super) fn switch(&mut self, flag: &str, on: bool) {
        if on {
            self.options.push(flag.to_string());
        }
    }

    /// Arguments first, as people type them; behind `--` when one starts
    /// with a dash, so it cannot be taken for an option.
    pub(super) fn done(self) -> Vec<String> {
        let mut words: Vec<String> = self.name.iter().map(|w| (*w).to_string()).collect();
        if self.positional.iter().any(|p| p.starts_with('-')) {
            words.extend(self.options);
            words.push("--".into());
            words.extend(self.positional);
        } else {
            words.extend(self.positional);
            words.extend(self.options);
        }
        words
    }
}

fn written(command: &Command) -> Vec<String> {
    let simple = |name: &'static str| Words::new(&[name]).done();
    match command {
        Command::Add(p) => {
            let mut w = Words::new(&["add"]).arg(&p.name);
            if p.at_event {
                let fields = PersonFields {
                    met: None,
                    ..p.fields.clone()
                };
                person_fields(&mut w, &fields);
                w.opt("--at", p.fields.met.as_ref());
            } else {
                person_fields(&mut w, &p.fields);
            }
            w.switch("--duplicate", p.duplicate);
            if p.fields.met.is_some() {
                w.opt("--details", (!p.details.is_empty()).then_some(&p.details));
                w.switch("--no-follow-up", !p.follow_up);
                w.opt("--follow-up", p.follow_up_on.filter(|_| p.follow_up));
            }
            w.done()
        }
        Command::Edit(e) => {
            let mut w = Words::new(&["edit"]).arg(&e.who);
            w.opt("--name", e.name.as_ref());
            person_fields(&mut w, &e.fields);
            let d = &e.dropped;
            w.each("--unalias", &d.aliases);
            w.each("--drop-email", &d.emails);
            w.each("--drop-phone", &d.phones);
            w.each("--drop-url", &d.urls);
            w.each("--untag", &d.tags);
            w.each("--drop-interest", &d.interests);
            w.each("--drop-need", &d.needs);
            w.each("--drop-offer", &d.offers);
            w.each("--drop-date", &d.dates);
            w.each("--drop-address", &d.addresses);
            w.each("--drop-related", &d.related);
            w.done()
        }
        Command::Remove { target } => Words::new(&["rm"]).arg(target).done(),
        Command::Trash => simple("trash"),
        Command::RestoreRecord { id } => Words::new(&["restore"]).arg(id.0).done(),
        Command::RestoreJournal { file, identity } => {
            let mut w = Words::new(&["restore"]).arg(file.display());
            w.opt("--identity", identity.as_ref().map(|p| p.display()));
            w.done()
        }
        Command::Backup => simple("backup"),
        Command::Backups => vec!["backup".into(), "--list".into()],
        Command::Record(n) => {
            let name = super::words_for(n.direction, n.nature);
            let mut w = Words::new(&[name]).arg(&n.who).arg(&n.text);
            w.opt("--kind", (n.kind != FavourKind::Other).then_some(n.kind));
            w.opt("--weight", (n.weight != 1).then_some(n.weight));
            w.opt("--on", n.on);
            match n.nature {
                Nature::Give => w.switch("--open", n.open),
                Nature::Ask => w.switch("--granted", !n.open),
            }
            w.opt("--answers", n.answers.map(|id| id.0));
            w.done()
        }
        Command::Met(m) => {
            let mut w = Words::new(&["met"]);
            for p in &m.people {
                w = w.arg(p);
            }
            let mut w = w.arg(&m.summary);
            w.opt("--details", (!m.details.is_empty()).then_some(&m.details));
            w.opt("--kind", (m.kind != InteractionKind::Met).then_some(m.kind));
            w.opt("--from", (m.from != Voice::Both).then_some(m.from));
            w.opt("--on", m.on);
            w.opt("--follow-up", m.follow_up);
            w.switch("--no-follow-up", m.no_follow_up);
            w.done()
        }
        Command::Event(e) => super::event::written(e),
        Command::Intro(i) => {
            let mut w = Words::new(&["intro"]).arg(&i.a).arg(&i.b).arg(&i.text);
            w.opt("--weight", (i.weight != 1).then_some(i.weight));
            w.opt("--on", i.on);
            w.opt("--closes", i.closes.map(|id| id.0));
            w.opt("--follow-up", i.follow_up);
            w.done()
        }
        Command::Signal { who, text, on } => {
            let mut w = Words::new(&["signal"]).arg(who).arg(text);
            w.opt("--on", *on);
            w.done()
        }
        Command::Close { who, reason } => {
            let mut w = Words::new(&["close"]).arg(who);
            w.opt("--reason", Some(reason));
            w.done()
        }
        Command::Reopen { who } => Words::new(&["reopen"]).arg(who).done(),
        Command::FollowUp { who, due, text } => Words::new(&["follow-up"])
            .arg(who)
            .arg(due)
            .arg(text)
            .done(),
        Command::Done { id } => Words::new(&["done"]).arg(id.0).done(),
        Command::DoneLine { key } => Words::new(&["done"]).arg(key).done(),
        Command::Decline { id } => Words::new(&["decline"]).arg(id.0).done(),
        Command::SetNotes { id, notes } => {
            let mut w = Words::new(&["edit"]).arg(id.0);
            w.opt("--notes", Some(notes));
            w.done()
        }
        Command::SetDetails { interaction, .. } => {
            vec![format!("the details of meeting {}", interaction.0)]
        }
        Command::AddInterest { name, mine } => {
            let mut w = Words::new(&["interest", "add"]).arg(name);
            w.switch("--mine", *mine);
            w.done()
        }
        Command::Show { who } => Words::new(&["show"]).arg(who).done(),
        Command::List(q) => {
            let mut w = Words::new(&["list"]);
            w.opt("--interest", q.interest.as_ref());
            w.opt("--tag", q.tag.as_ref());
            w.opt("--tier", q.tier);
            w.switch("--closed", q.closed);
            w.done()
        }
        Command::Balance => simple("balance"),
        Command::Interests => simple("interests"),
        Command::Review { all } => {
            let mut w = Words::new(&["review"]);
            if *all {
                w.options.push("--all".into());
            }
            w.done()
        }
        Command::Stats => simple("stats"),
        Command::Events => simple("events"),
        Command::Relate { who, other, what } => {
            Words::new(&["relate"]).arg(who).arg(other).arg(what).done()
        }
        Command::Unrelate { who, other } => Words::new(&["unrelate"]).arg(who).arg(other).done(),
        Command::Names { word } => Words::new(&["complete-names"]).arg(word).done(),
        Command::Search { words } => Words::new(&["search"]).arg(words).done(),
        Command::Query { text, header } => {
            let mut w = Words::new(&["query"]).arg(text);
            if !header {
                w.options.push("--no-header".into());
            }
            w.done()
        }
        Command::Match { who, all } => {
            let mut w = Words::new(&["match"]).arg(who);
            if *all {
                w.options.push("--all".into());
            }
            w.done()
        }
        Command::Draft { who, meeting } => {
            let mut w = Words::new(&["draft"]).arg(who);
            w.opt("--meeting", meeting.map(|m| m.0));
            w.done()
        }
        Command::Snooze { target, until } => Words::new(&["snooze"]).arg(target).arg(until).done(),
        Command::Undo => simple("undo"),
        Command::Redo => simple("redo"),
        Command::Check => simple("check"),
        Command::Export(r) => {
            let mut w = Words::new(&["export"]);
            for a in &r.args {
                w = w.arg(a);
            }
            w.opt("--format", Some(r.format.as_str()));
            w.opt("--output", r.output.as_ref().map(|p| p.display()));
            w.switch("--force", r.force);
            w.opt(
                "--vcard-version",
                (r.vcard_version != 3).then_some(r.vcard_version),
            );
            w.switch("--as-todo", r.as_todo);
            w.opt("--vdir", r.vdir.as_ref().map(|p| p.display()));
            w.switch("--skip-imported", r.skip_imported);
            match &r.sealing {
                Sealing::Open => {}
                Sealing::Keys(keys) => w.each("--recipient", keys),
                Sealing::Passphrase => w.switch("--passphrase", true),
            }
            w.done()
        }
        Command::Import(r) => {
            let mut w = Words::new(&["import"]);
            for f in &r.files {
                w = w.arg(f.display());
            }
            w.opt("--format", Some(r.format.as_str()));
            w.switch("--dry-run", r.dry_run);
            w.switch("--skip-bad", r.skip_bad);
            w.opt("--identity", r.identity.as_ref().map(|p| p.display()));
            w.done()
        }
        Command::Merge { keep, gone } => Words::new(&["merge"]).arg(keep).arg(gone).done(),
        Command::Demo(_) => simple("demo"),
        Command::Generate { people, seed } => {
            let mut w = Words::new(&["demo"]);
            w.opt("--generate", Some(people));
            w.opt("--seed", (*seed != 42).then_some(seed));
            w.done()
        }
    }
}

fn person_fields(w: &mut Words, f: &PersonFields) {
    w.each("--alias", &f.aliases);
    w.opt("--met", f.met.as_ref());
    w.opt("--on", f.on);
    w.opt("--via", f.via.as_ref());
    w.opt("--org", f.org.as_ref());
    w.opt("--role", f.role.as_ref());
    let typed = |items: &[crate::domain::Labelled]| -> Vec<String> {
        items.iter().map(crate::domain::Labelled::typed).collect()
    };
    w.each("--email", &typed(&f.emails));
    w.each("--phone", &typed(&f.phones));
    w.each("--url", &f.urls);
    w.each("--tag", &f.tags);
    w.each("--interest", &f.interests);
    w.each("--need", &f.needs);
    w.each("--offer", &f.offers);
    w.opt("--notes", f.notes.as_ref());
    w.opt("--cadence", f.cadence);
    w.opt("--tier", f.tier);
    for d in &f.dates {
        let flag = match d.kind {
            OccasionKind::Birthday => "--birthday",
            OccasionKind::Anniversary => "--anniversary",
            OccasionKind::Other => "--date",
        };
        w.opt(flag, Some(d.as_typed()));
    }
    for a in &f.addresses {
        w.opt("--address", Some(a.as_typed()));
    }
}
