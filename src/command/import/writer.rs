//! The people of an import's files, written a batch at a time: each new
//! person added, each one already in the journal given what the file adds
//! (see [`crate::domain::patch::merge`]), every batch one transaction and
//! all of them one undo group, named by what the import did.

use std::collections::{BTreeMap, HashMap, HashSet};

use anyhow::{Result, anyhow};

use super::known::{Found, Known, phone_key};
use super::lines::{excerpts, listed};
use super::stop::Stop;
use super::{BATCH, BATCH_BYTES};
use crate::command::Env;
use crate::domain::labelled::Labelled;
use crate::domain::patch::merge::{Differs, Kind, Said, merge_since};
use crate::domain::patch::{Dropped, PersonFields};
use crate::domain::text::{count, fold};
use crate::domain::{Contact, Id};
use crate::journal::{ContactDraft, Journal, Prepared};
use std::borrow::Cow;

pub(super) struct Writer<'a> {
    pub(super) journal: &'a Journal,
    pub(super) env: &'a Env<'a>,
    pub(super) dry_run: bool,
    pub(super) known: Known,
    /// The files, as `undo` names the import: "linkedin.csv", "3 files".
    pub(super) from: String,
    pending: Vec<Prepared>,
    /// Where each pending person is in `pending`.
    at: HashMap<Id, usize>,
    /// A dry run's people as they would be: nothing is written.
    imagined: HashMap<Id, Contact>,
    /// Roughly how many bytes the pending people hold.
    pending_bytes: usize,
    pub(super) added: usize,
    pub(super) updated: HashSet<Id>,
    pub(super) unchanged: usize,
    /// What the updates added, by kind.
    gained: BTreeMap<Kind, usize>,
    /// People written only to remember what their card said (an import
    /// into a journal from before store v12): no change anyone sees.
    remembered: usize,
    /// What they took out (values of lists gone from a card), by kind.
    lost: BTreeMap<Kind, usize>,
    /// "Anna Rossi gained phone +39 333 123 4567" (report 27t #12).
    reached: Vec<String>,
    /// Whether a row's profile URL identifies its card (LinkedIn's).
    by_url: bool,
    /// Each person's changes, new people included, for a dry run to list.
    pub(super) changes: Vec<String>,
    /// People whose file says otherwise than the journal, and what.
    differs: Vec<summary::Differing>,
    /// Where each person is in `differs`.
    differs_at: HashMap<Id, usize>,
    /// The people this import added, and how many more of its cards
    /// each took in: three cards of one person are one person added, not
    /// one added and one updated, and where they differ it is between
    /// cards, not against the journal.
    here: HashMap<Id, usize>,
    pub(super) near: Vec<String>,
    pub(super) written: Vec<Id>,
    /// How many new people are saved.
    pub(super) saved: usize,
    /// How many batches (undo steps) are written.
    pub(super) steps: u64,
    pub(super) progress: indicatif::ProgressBar,
    stop: &'a Stop,
    /// Why writing stopped before the files' end.
    pub(super) failed: Option<anyhow::Error>,
    pub(super) stopped: bool,
}

impl<'a> Writer<'a> {
    pub(super) fn new(
        journal: &'a Journal,
        env: &'a Env<'a>,
        dry_run: bool,
        from: String,
        by_url: bool,
        stop: &'a Stop,
    ) -> Result<Writer<'a>> {
        // Every batch joins one undo group from the first on.
        journal.group_next_changes(&env.label);
        Ok(Writer {
            journal,
            env,
            dry_run,
            known: Known::load(journal)?,
            from,
            pending: Vec::new(),
            at: HashMap::new(),
            imagined: HashMap::new(),
            pending_bytes: 0,
            added: 0,
            updated: HashSet::new(),
            unchanged: 0,
            gained: BTreeMap::new(),
            lost: BTreeMap::new(),
            reached: Vec::new(),
            remembered: 0,
            by_url,
            changes: Vec::new(),
            differs: Vec::new(),
            differs_at: HashMap::new(),
            here: HashMap::new(),
            near: Vec::new(),
            written: Vec::new(),
            saved: 0,
            steps: 0,
            progress: indicatif::ProgressBar::hidden(),
            stop,
            failed: None,
            stopped: false,
        })
    }

    /// Takes one person; false once writing is to stop.
    pub(super) fn push(&mut self, draft: &ContactDraft) -> bool {
        match self.take(draft) {
            Ok(more) => more,
            Err(e) => {
                self.failed = Some(e);
                false
            }
        }
    }

    fn take(&mut self, d: &ContactDraft) -> Result<bool> {
        self.progress.inc(1);
        let mut d = Cow::Borrowed(d);
        if d.related.iter().any(|r| r.value().contains(':')) {
            let related = d.related.iter().filter_map(|r| self.known.named(r));
            d.to_mut().related = related.collect();
        }
        let d = &*d;
        let fields = fields(d);
        let said = self
            .card(d)
            .map(|card| Said::of(&card, &d.name, &fields, &d.related, &d.handles));
        match self.known.find(d) {
            Found::Same(id) => self.merge(id, d, &fields, said)?,
            found => self.add(d, &fields, found, said)?,
        }
        if self.pending.len() >= BATCH || self.pending_bytes >= BATCH_BYTES {
            self.commit()?;
        }
        if self.stop.asked() {
            self.commit()?;
            self.stopped = true;
            return Ok(false);
        }
        Ok(true)
    }

    /// What identifies the row's card from one import to the next: its
    /// vCard UID, or LinkedIn's profile URL; never a name or an email,
    /// which two cards can share (Google's CSV carries no identifier).
    fn card(&self, d: &ContactDraft) -> Option<String> {
        d.external_ids.first().cloned().or_else(|| {
            let url = d.urls.first().filter(|_| self.by_url)?;
            Some(fold(url.trim_end_matches('/')))
        })
    }

    fn add(
        &mut self,
        d: &ContactDraft,
        fields: &PersonFields,
        found: Found,
        said: Option<Said>,
    ) -> Result<()> {
        // By id too: two people of one name told apart (trial 28c: "Sara
        // O’Neil (like Sara O’Neil)" could not be followed up).
        let like_one = |id: Id| self.known.name(id).map(|n| (format!("like {n} {id}"), id));
        let like = match found {
            Found::Namesake(id) => like_one(id),
            Found::SharesPhone(id) => self.shared_phone(id, d)?.map(|why| (why, id)),
            _ => self.known.near_one(d).and_then(like_one),
        };
        if self.dry_run {
            // Listed as the updates are: who the file brings, in its order.
            self.changes.push(match &like {
                Some((like, _)) => format!("{} ({like}): new person", d.name),
                None => format!("{}: new person", d.name),
            });
            if let Some((like, _)) = &like {
                self.near.push(format!("{} ({like})", d.name));
            }
            let id = Id(u64::MAX - self.added as u64);
            let mut stand_in = Contact::new(id, d.name.clone(), self.env.today);
            fields
                .apply(&Dropped::default(), &mut stand_in)
                .map_err(|e| anyhow!(e))?;
            stand_in.external_ids.clone_from(&d.external_ids);
            if let Some(said) = said {
                said.remember(&mut stand_in);
            }
            self.known.add(&stand_in);
            self.known.added_here(id);
            self.here.insert(id, 0);
            self.imagined.insert(id, stand_in);
        } else {
            let mut person = self.journal.prepare_contact(d, self.env.today)?;
            if let Some(said) = said {
                person.remember(said);
            }
            let id = person.contact().id;
            // The new person by id, for `show` (the name is the other's
            // too), and the merge that makes them one (issue 28).
            if let Some((like, other)) = &like {
                self.near.push(format!(
                    "{} {id} ({like}: givegive merge {} {})",
                    d.name, other.0, id.0
                ));
            }
            self.known.add(person.contact());
            self.known.added_here(id);
            self.here.insert(id, 0);
            self.hold(person, d.name.len() + d.notes.len());
        }
        self.added += 1;
        Ok(())
    }

    /// Why a new person is listed when another has their number: "shares
    /// the phone +39 333 1111111 with Sara Bianchi" (the other's writing).
    fn shared_phone(&self, id: Id, d: &ContactDraft) -> Result<Option<String>> {
        let theirs: Vec<_> = d
            .phones
            .iter()
            .filter_map(|p| phone_key(p.value()))
            .collect();
        let have = self.current(id)?;
        let number = have
            .phones
            .iter()
            .find(|p| phone_key(p.value()).is_some_and(|k| theirs.contains(&k)));
        Ok(number.map(|n| {
            format!(
                "shares the phone {} with {} {}",
                n.value(),
                have.name,
                have.id
            )
        }))
    }

    fn hold(&mut self, person: Prepared, bytes: usize) {
        self.at.insert(person.contact().id, self.pending.len());
        self.pending.push(person);
        self.pending_bytes += bytes + 256;
    }

    /// The person as they are now: in the batch under way, in a dry run's
    /// imagination, or in the journal.
    fn current(&self, id: Id) -> Result<Contact> {
        if let Some(&i) = self.at.get(&id) {
            return Ok(self.pending[i].contact().clone());
        }
        if let Some(c) = self.imagined.get(&id) {
            return Ok(c.clone());
        }
        Ok(self.journal.contact(id)?)
    }

    fn merge(
        &mut self,
        id: Id,
        d: &ContactDraft,
        fields: &PersonFields,
        said: Option<Said>,
    ) -> Result<()> {
        let have = self.current(id)?;
        let was = said.as_ref().and_then(|s| Said::find(&have, &s.card));
        // A related name already linked is not a new one.
        let linked: Vec<String> = have
            .links
            .iter()
            .filter_map(|l| self.known.name(l.to).map(fold))
            .collect();
        let related: Vec<Labelled> = d
            .related
            .iter()
            .filter(|r| !linked.contains(&fold(r.value())))
            .cloned()
            .collect();
        let named: Vec<Labelled> = have
            .links
            .iter()
            .filter_map(|l| Some(Labelled::new(l.word(), self.known.name(l.to)?)))
            .collect();
        let m = merge_since(&have, &d.name, fields, &d.external_ids, was)
            .with_people(&have, &named, &related, &d.handles, was)
            .with_parts(d.name_parts.as_ref());
        // Another card of someone this import added (the nth of theirs):
        // merged into them, and compared with the earlier cards.
        let nth = self
            .here
            .get_mut(&id)
            .map(|n| std::mem::replace(n, *n + 1) + 1);
        let (mine, theirs) = match nth {
            Some(_) => ("earlier card", "later card"),
            None => ("journal", "file"),
        };
        let quoted = |x: &Differs| {
            let (a, b) = excerpts(&x.journal, &x.file);
            format!("{mine} '{a}', {theirs} '{b}'")
        };
        let differs: Vec<String> = m
            .differs
            .iter()
            .map(|x| format!("{} differs: {} (kept the {mine}'s)", x.field, quoted(x)))
            .collect();
        if !m.differs.is_empty() {
            let i = *self.differs_at.entry(id).or_insert_with(|| {
                self.differs.push(summary::Differing::new(&have.name));
                self.differs.len() - 1
            });
            let each = m.differs.iter().map(|x| (x.field, quoted(x)));
            self.differs[i].take(nth.is_some(), each);
        }
        let who = match nth {
            Some(n) => format!("{} (their card {} in this import)", have.name, n + 1),
            None => have.name.clone(),
        };
        if m.shows_nothing() {
            if nth.is_none() {
                self.unchanged += 1;
            }
            if !differs.is_empty() {
                self.changes.push(format!("{who}: {}", differs.join("; ")));
            }
        } else {
            if nth.is_none() {
                self.updated.insert(id);
                self.reach(&have.name, &m);
                self.count_gained(&m);
                for (kind, _) in &m.removed {
                    *self.lost.entry(*kind).or_default() += 1;
                }
            }
            self.changes.push(listed(&who, &m, &differs));
        }
        // What the card said is kept even when it changes nothing the
        // user sees: the next import compares against it.
        let remembered = said
            .as_ref()
            .is_some_and(|s| Said::find(&have, &s.card) != Some(s));
        if m.adds_nothing() && !remembered {
            return Ok(());
        }
        self.remembered += usize::from(m.shows_nothing());
        if self.dry_run {
            let mut c = have;
            m.add.apply(&m.drop, &mut c).map_err(|e| anyhow!(e))?;
            m.apply_rest(&mut c);
            if let Some(said) = said {
                said.remember(&mut c);
            }
            self.known.add(&c);
            self.imagined.insert(id, c);
        } else if let Some(&i) = self.at.get(&id) {
            self.journal.merge_into(&mut self.pending[i], &m)?;
            if let Some(said) = said {
                self.pending[i].remember(said);
            }
            self.known.add(self.pending[i].contact());
        } else {
            let mut person = self.journal.prepare_update(have, &m)?;
            if let Some(said) = said {
                person.remember(said);
            }
            self.known.add(person.contact());
            let bytes = person.contact().notes.len() + 256 * m.added.len();
            self.hold(person, bytes);
        }
        Ok(())
    }

    /// Writes the pending people in one transaction, one step of the
    /// import's undo group, named by all the import has done so far.
    pub(super) fn commit(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.pending);
        self.at.clear();
        self.pending_bytes = 0;
        let new = batch.iter().filter(|p| p.is_new()).count();
        let relate = batch.iter().any(|p| {
            let c = p.contact();
            !c.related.is_empty() || self.known.awaited(&c.name)
        });
        self.journal.group_next_changes(&self.undo_label());
        let ids = self
            .journal
            .add_prepared(batch, relate)
            .map_err(|e| match self.saved {
                0 => anyhow!(e),
                saved => anyhow!(
                    "{e} ({} had been added before it)",
                    count(saved, "person", "people")
                ),
            })?;
        self.written.extend(ids);
        self.saved += new;
        self.steps += 1;
        Ok(())
    }

    /// What `undo` says it took back: "import of 7 people from
    /// linkedin.csv".
    fn undo_label(&self) -> String {
        if self.added + self.updated.len() == 0 {
            let cards = count(self.remembered, "card", "cards");
            return format!(
                "import from {}: what its {cards} said, remembered",
                self.from
            );
        }
        let people = count(self.added + self.updated.len(), "person", "people");
        let mut label = format!("import of {people} from {}", self.from);
        if !self.updated.is_empty() {
            label.push_str(&format!(
                " ({} added, {} updated)",
                self.added,
                self.updated.len()
            ));
        }
        label
    }
}

/// A file's person as the one patch type of a person's fields.
fn fields(d: &ContactDraft) -> PersonFields {
    let text = |s: &str| (!s.trim().is_empty()).then(|| s.to_string());
    PersonFields {
        aliases: d.aliases.clone(),
        met: text(&d.met_text),
        on: d.met_on,
        org: text(&d.org),
        role: text(&d.role),
        emails: d.emails.clone(),
        phones: d.phones.clone(),
        urls: d.urls.clone(),
        tags: d.tags.clone(),
        needs: d.needs.clone(),
        offers: d.offers.clone(),
        notes: text(&d.notes),
        dates: d.dates.clone(),
        addresses: d.addresses.clone(),
        ..PersonFields::default()
    }
}

mod summary;
