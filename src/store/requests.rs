//! The requests other processes sent: each command that came over the
//! journal's socket carries an id its sender made, and the process that
//! runs it records the id in the same transaction as the change (so the
//! write log logs it too), then the answer beside it once it is made. A
//! request sent again (its sender could not tell whether it ran) finds its
//! id and gets the first answer instead of running twice.
//!
//! Keys: `i` + id -> when it was saved (8 bytes) + the answer, if made;
//! `t` + when + id -> nothing, so old ids are pruned in the order they came.

use std::thread::ThreadId;
use std::time::{SystemTime, UNIX_EPOCH};

use super::images::Writer;
use super::{Result, Store, T, TxResult};

/// How long an id is kept: a sender waits minutes at most before it gives
/// up, so a day is ample, and a storm of captures stays bounded.
const KEEP_SECONDS: u64 = 24 * 60 * 60;

/// The largest answer kept: a capture's is a line; a longer one is
/// answered again as "already saved".
const MAX_ANSWER: usize = 64 * 1024;

/// A request seen before: its change was saved.
#[derive(Debug, PartialEq, Eq)]
pub struct Seen {
    /// The answer it got, if that was saved too.
    pub answer: Option<Vec<u8>>,
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn id_key(id: &str) -> Vec<u8> {
    [b"i".as_slice(), id.as_bytes()].concat()
}

fn time_key(when: u64, id: &str) -> Vec<u8> {
    [b"t".as_slice(), &when.to_be_bytes(), id.as_bytes()].concat()
}

/// Records `id` inside the transaction that makes its change.
pub(super) fn note(w: &Writer<'_>, id: &str) -> TxResult<()> {
    let tree = T::Requests as usize;
    if w.get(tree, &id_key(id))?.is_some() {
        return Ok(());
    }
    let when = now();
    w.insert(tree, &id_key(id), &when.to_be_bytes())?;
    w.insert(tree, &time_key(when, id), &[])?;
    Ok(())
}

impl Store {
    /// Makes every transaction of this thread record `id` until it is set
    /// to `None`: the command layer writes on behalf of one request without
    /// every command carrying its id. Other threads (a TUI's backup) write
    /// on their own behalf.
    pub fn on_behalf_of(&self, id: Option<&str>) {
        if let Ok(mut current) = self.on_behalf.lock() {
            *current = id.map(|id| (std::thread::current().id(), id.to_string()));
        }
    }

    /// The request this thread writes for, if any.
    pub(super) fn behalf(&self, thread: ThreadId) -> Option<String> {
        self.on_behalf.lock().ok().and_then(|c| {
            c.as_ref()
                .filter(|(t, _)| *t == thread)
                .map(|(_, id)| id.clone())
        })
    }

    /// Whether the request `id` was run here before, and its answer.
    pub fn seen(&self, id: &str) -> Result<Option<Seen>> {
        Ok(self.tree(T::Requests).get(id_key(id))?.map(|raw| Seen {
            answer: raw.get(8..).filter(|a| !a.is_empty()).map(<[u8]>::to_vec),
        }))
    }

    /// Keeps `answer` beside the id of a request whose change was saved,
    /// and prunes the ids older than a day. Not logged: after a rebuild a
    /// request sent again is told its change was saved, without the words.
    pub fn answered(&self, id: &str, answer: &[u8]) -> Result<()> {
        let tree = self.tree(T::Requests);
        let key = id_key(id);
        if let Some(raw) = tree.get(&key)?
            && raw.len() == 8
            && answer.len() <= MAX_ANSWER
        {
            tree.insert(key, [&raw[..], answer].concat())?;
        }
        let cutoff = now().saturating_sub(KEEP_SECONDS);
        for item in tree.range(b"t".to_vec()..time_key(cutoff, "")) {
            let (old, _) = item?;
            tree.remove(&old)?;
            tree.remove(id_key(&String::from_utf8_lossy(&old[9..])))?;
        }
        Ok(())
    }
}
