//! A file system in memory that forgets, when it is cut, every write not
//! yet synced: what a power cut does to a disk, and what a kill does not
//! (the kernel's page cache outlives a killed process).
//!
//! The model, stated so that a failure can be judged:
//! - A file's content, its bytes and its length, is what it was when the
//!   file was last synced (`fsync` or `fdatasync`); a cut puts every file
//!   back to that. A file created and never synced is empty after a cut.
//! - Names are kept as they are: creating, renaming and removing files and
//!   folders is never undone, as on a journaling file system that commits
//!   its metadata in order. A file renamed before it was synced keeps its
//!   new name and loses its content, as on ext4 without `auto_da_alloc`.
//!
//! The power can go at a chosen change (a write, a sync, a name made or
//! removed, a size set): from that one on, nothing reaches the file system
//! and every request waits, so the processes writing stop where they are,
//! as they would with the power gone; the test then kills them and cuts.
//!
//! Every file is opened for direct I/O and no attribute is cached, so a
//! process started after a cut reads what the file system holds, not what
//! the kernel remembers. `flock` is left to the kernel, which keeps it for
//! the processes of this machine as on any file system.

use std::any::Any;
use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use fuser::{
    FileAttr, FileType, Filesystem, ReplyAttr, ReplyCreate, ReplyData, ReplyDirectory, ReplyEmpty,
    ReplyEntry, ReplyOpen, ReplyStatfs, ReplyWrite, Request, TimeOrNow, consts,
};

const ROOT: u64 = 1;
const NO_CACHE: Duration = Duration::ZERO;
const ENOENT: i32 = 2;
const EIO: i32 = 5;
const EEXIST: i32 = 17;
const ENOTDIR: i32 = 20;
const EISDIR: i32 = 21;
const EINVAL: i32 = 22;
const ENOTEMPTY: i32 = 39;
/// `renameat2`'s flag: fail if the target exists.
const RENAME_NOREPLACE: u32 = 1;

enum Body {
    Dir(BTreeMap<OsString, u64>),
    File {
        /// What a read sees.
        data: Vec<u8>,
        /// What is left after a cut.
        synced: Vec<u8>,
    },
}

struct Node {
    body: Body,
    mode: u16,
    mtime: SystemTime,
}

#[derive(Default)]
struct Disk {
    nodes: BTreeMap<u64, Node>,
    next: u64,
    /// Bytes written, and written then forgotten by a cut.
    written: u64,
    forgotten: u64,
    syncs: u64,
    /// Changes asked for since the last `arm`.
    changes: u64,
    /// The change at which the power goes.
    power_off_at: Option<u64>,
    off: bool,
    /// The requests that came once the power was off, unanswered: a
    /// reply dropped answers its request with an I/O error.
    waiting: Vec<Box<dyn Any + Send>>,
}

impl Disk {
    fn new() -> Disk {
        let mut disk = Disk {
            next: ROOT + 1,
            ..Disk::default()
        };
        disk.nodes.insert(
            ROOT,
            Node {
                body: Body::Dir(BTreeMap::new()),
                mode: 0o700,
                mtime: SystemTime::now(),
            },
        );
        disk
    }

    fn attr(&self, ino: u64) -> Option<FileAttr> {
        let node = self.nodes.get(&ino)?;
        let (kind, size) = match &node.body {
            Body::Dir(_) => (FileType::Directory, 0),
            Body::File { data, .. } => (FileType::RegularFile, data.len() as u64),
        };
        Some(FileAttr {
            ino,
            size,
            blocks: size.div_ceil(512),
            atime: node.mtime,
            mtime: node.mtime,
            ctime: node.mtime,
            crtime: node.mtime,
            kind,
            perm: node.mode,
            nlink: 1,
            // The user who mounted it owns everything.
            uid: rustix::process::getuid().as_raw(),
            gid: rustix::process::getgid().as_raw(),
            rdev: 0,
            blksize: 4096,
            flags: 0,
        })
    }

    fn dir(&mut self, ino: u64) -> Result<&mut BTreeMap<OsString, u64>, i32> {
        match self.nodes.get_mut(&ino).map(|n| &mut n.body) {
            Some(Body::Dir(children)) => Ok(children),
            Some(Body::File { .. }) => Err(ENOTDIR),
            None => Err(ENOENT),
        }
    }

    fn child(&mut self, parent: u64, name: &OsStr) -> Result<u64, i32> {
        self.dir(parent)?.get(name).copied().ok_or(ENOENT)
    }

    fn add(&mut self, parent: u64, name: &OsStr, body: Body, mode: u32) -> Result<u64, i32> {
        if self.dir(parent)?.contains_key(name) {
            return Err(EEXIST);
        }
        let ino = self.next;
        self.next += 1;
        self.nodes.insert(
            ino,
            Node {
                body,
                mode: (mode & 0o7777) as u16,
                mtime: SystemTime::now(),
            },
        );
        self.dir(parent)?.insert(name.to_os_string(), ino);
        Ok(ino)
    }

    fn file(&mut self, ino: u64) -> Result<(&mut Vec<u8>, &mut Vec<u8>), i32> {
        match self.nodes.get_mut(&ino).map(|n| &mut n.body) {
            Some(Body::File { data, synced }) => Ok((data, synced)),
            Some(Body::Dir(_)) => Err(EISDIR),
            None => Err(ENOENT),
        }
    }
}

/// The file system, shared between its FUSE session and the test.
#[derive(Clone)]
pub struct Forgetful {
    disk: Arc<Mutex<Disk>>,
}

/// What a cut forgot, and what the disk saw in all.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub written: u64,
    pub forgotten: u64,
    pub syncs: u64,
}

impl Forgetful {
    pub fn new() -> Forgetful {
        Forgetful {
            disk: Arc::new(Mutex::new(Disk::new())),
        }
    }

    fn disk(&self) -> MutexGuard<'_, Disk> {
        self.disk.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The power goes: every file goes back to what was last synced. Call
    /// it only once the processes writing are gone (killed and reaped: the
    /// kernel answers or drops every request of a dead process first).
    pub fn cut(&self) -> u64 {
        let mut disk = self.disk();
        let mut forgotten = 0;
        for node in disk.nodes.values_mut() {
            if let Body::File { data, synced } = &mut node.body
                && data != synced
            {
                forgotten += data.len().abs_diff(synced.len()) as u64
                    + data
                        .iter()
                        .zip(synced.iter())
                        .filter(|(a, b)| a != b)
                        .count() as u64;
                data.clone_from(synced);
            }
        }
        disk.forgotten += forgotten;
        forgotten
    }

    /// From now on, counts the changes asked for; the power goes at the
    /// `at`-th (never with `None`).
    pub fn arm(&self, at: Option<u64>) {
        let mut disk = self.disk();
        disk.changes = 0;
        disk.power_off_at = at;
        disk.off = false;
    }

    /// How many changes were asked for since `arm`.
    pub fn changes(&self) -> u64 {
        self.disk().changes
    }

    /// Whether the power has gone.
    pub fn off(&self) -> bool {
        self.disk().off
    }

    /// Answers what waits with an I/O error, so that killed processes can
    /// end. Nothing of it reaches the file system.
    pub fn let_go(&self) {
        let waiting = std::mem::take(&mut self.disk().waiting);
        drop(waiting);
    }

    /// Lets a request through, or keeps it waiting once the power is off;
    /// a change counts towards the moment the power goes.
    fn gate<R: Send + 'static>(&self, reply: R, change: bool) -> Option<R> {
        let mut disk = self.disk();
        if change && !disk.off {
            disk.changes += 1;
            if disk.power_off_at == Some(disk.changes) {
                disk.off = true;
            }
        }
        if disk.off {
            disk.waiting.push(Box::new(reply));
            return None;
        }
        Some(reply)
    }

    pub fn tally(&self) -> Tally {
        let disk = self.disk();
        Tally {
            written: disk.written,
            forgotten: disk.forgotten,
            syncs: disk.syncs,
        }
    }
}

impl Filesystem for Forgetful {
    fn lookup(&mut self, _req: &Request<'_>, parent: u64, name: &OsStr, reply: ReplyEntry) {
        let Some(reply) = self.gate(reply, false) else {
            return;
        };
        let mut disk = self.disk();
        match disk.child(parent, name) {
            Ok(ino) => match disk.attr(ino) {
                Some(attr) => reply.entry(&NO_CACHE, &attr, 0),
                None => reply.error(ENOENT),
            },
            Err(e) => reply.error(e),
        }
    }

    fn getattr(&mut self, _req: &Request<'_>, ino: u64, _fh: Option<u64>, reply: ReplyAttr) {
        let Some(reply) = self.gate(reply, false) else {
            return;
        };
        match self.disk().attr(ino) {
            Some(attr) => reply.attr(&NO_CACHE, &attr),
            None => reply.error(ENOENT),
        }
    }

    fn setattr(
        &mut self,
        _req: &Request<'_>,
        ino: u64,
        mode: Option<u32>,
        _uid: Option<u32>,
        _gid: Option<u32>,
        size: Option<u64>,
        _atime: Option<TimeOrNow>,
        _mtime: Option<TimeOrNow>,
        _ctime: Option<SystemTime>,
        _fh: Option<u64>,
        _crtime: Option<SystemTime>,
        _chgtime: Option<SystemTime>,
        _bkuptime: Option<SystemTime>,
        _flags: Option<u32>,
        reply: ReplyAttr,
    ) {
        let Some(reply) = self.gate(reply, true) else {
            return;
        };
        let mut disk = self.disk();
        if let Some(size) = size {
            match disk.file(ino) {
                Ok((data, _)) => data.resize(size as usize, 0),
                Err(e) => return reply.error(e),
            }
        }
        let Some(node) = disk.nodes.get_mut(&ino) else {
            return reply.error(ENOENT);
        };
        if let Some(mode) = mode {
            node.mode = (mode & 0o7777) as u16;
        }
        node.mtime = SystemTime::now();
        match disk.attr(ino) {
            Some(attr) => reply.attr(&NO_CACHE, &attr),
            None => reply.error(ENOENT),
        }
    }

    fn mkdir(
        &mut self,
        _req: &Request<'_>,
        parent: u64,
        name: &OsStr,
        mode: u32,
        umask: u32,
        reply: ReplyEntry,
    ) {
        let Some(reply) = self.gate(reply, true) else {
            return;
        };
        let mut disk = self.disk();
        match disk.add(parent, name, Body::Dir(BTreeMap::new()), mode & !umask) {
            Ok(ino) => match disk.attr(ino) {
                Some(attr) => reply.entry(&NO_CACHE, &attr, 0),
                None => reply.error(EIO),
            },
            Err(e) => reply.error(e),
        }
    }

    fn create(
        &mut self,
        _req: &Request<'_>,
        parent: u64,
        name: &OsStr,
        mode: u32,
        umask: u32,
        _flags: i32,
        reply: ReplyCreate,
    ) {
        let Some(reply) = self.gate(reply, true) else {
            return;
        };
        let mut disk = self.disk();
        let body = Body::File {
            data: Vec::new(),
            synced: Vec::new(),
        };
        match disk.add(parent, name, body, mode & !umask) {
            Ok(ino) => match disk.attr(ino) {
                Some(attr) => reply.created(&NO_CACHE, &attr, 0, 0, consts::FOPEN_DIRECT_IO),
                None => reply.error(EIO),
            },
            Err(e) => reply.error(e),
        }
    }

    fn unlink(&mut self, _req: &Request<'_>, parent: u64, name: &OsStr, reply: ReplyEmpty) {
        let Some(reply) = self.gate(reply, true) else {
            return;
        };
        let mut disk = self.disk();
        match disk.dir(parent).map(|d| d.remove(name)) {
            Ok(Some(_)) => reply.ok(),
            Ok(None) => reply.error(ENOENT),
            Err(e) => reply.error(e),
        }
    }

    fn rmdir(&mut self, _req: &Request<'_>, parent: u64, name: &OsStr, reply: ReplyEmpty) {
        let Some(reply) = self.gate(reply, true) else {
            return;
        };
        let mut disk = self.disk();
        let ino = match disk.child(parent, name) {
            Ok(ino) => ino,
            Err(e) => return reply.error(e),
        };
        match disk.dir(ino) {
            Ok(children) if children.is_empty() => {}
            Ok(_) => return reply.error(ENOTEMPTY),
            Err(e) => return reply.error(e),
        }
        if let Ok(dir) = disk.dir(parent) {
            dir.remove(name);
        }
        reply.ok();
    }

    fn rename(
        &mut self,
        _req: &Request<'_>,
        parent: u64,
        name: &OsStr,
        newparent: u64,
        newname: &OsStr,
        flags: u32,
        reply: ReplyEmpty,
    ) {
        let Some(reply) = self.gate(reply, true) else {
            return;
        };
        let mut disk = self.disk();
        let ino = match disk.child(parent, name) {
            Ok(ino) => ino,
            Err(e) => return reply.error(e),
        };
        let exists = match disk.dir(newparent) {
            Ok(dir) => dir.contains_key(newname),
            Err(e) => return reply.error(e),
        };
        if exists && flags & RENAME_NOREPLACE != 0 {
            return reply.error(EEXIST);
        }
        if flags & !RENAME_NOREPLACE != 0 {
            return reply.error(EINVAL);
        }
        if let Ok(dir) = disk.dir(parent) {
            dir.remove(name);
        }
        if let Ok(dir) = disk.dir(newparent) {
            dir.insert(newname.to_os_string(), ino);
        }
        reply.ok();
    }

    fn open(&mut self, _req: &Request<'_>, ino: u64, _flags: i32, reply: ReplyOpen) {
        let Some(reply) = self.gate(reply, false) else {
            return;
        };
        match self.disk().nodes.get(&ino) {
            Some(_) => reply.opened(0, consts::FOPEN_DIRECT_IO),
            None => reply.error(ENOENT),
        }
    }

    fn read(
        &mut self,
        _req: &Request<'_>,
        ino: u64,
        _fh: u64,
        offset: i64,
        size: u32,
        _flags: i32,
        _lock_owner: Option<u64>,
        reply: ReplyData,
    ) {
        let Some(reply) = self.gate(reply, false) else {
            return;
        };
        let mut disk = self.disk();
        match disk.file(ino) {
            Ok((data, _)) => {
                let start = (offset.max(0) as usize).min(data.len());
                let end = (start + size as usize).min(data.len());
                reply.data(&data[start..end]);
            }
            Err(e) => reply.error(e),
        }
    }

    fn write(
        &mut self,
        _req: &Request<'_>,
        ino: u64,
        _fh: u64,
        offset: i64,
        bytes: &[u8],
        _write_flags: u32,
        _flags: i32,
        _lock_owner: Option<u64>,
        reply: ReplyWrite,
    ) {
        let Some(reply) = self.gate(reply, true) else {
            return;
        };
        let mut disk = self.disk();
        let Ok(offset) = usize::try_from(offset) else {
            return reply.error(EINVAL);
        };
        match disk.file(ino) {
            Ok((data, _)) => {
                if data.len() < offset + bytes.len() {
                    data.resize(offset + bytes.len(), 0);
                }
                data[offset..offset + bytes.len()].copy_from_slice(bytes);
            }
            Err(e) => return reply.error(e),
        }
        disk.written += bytes.len() as u64;
        if let Some(node) = disk.nodes.get_mut(&ino) {
            node.mtime = SystemTime::now();
        }
        reply.written(bytes.len() as u32);
    }

    fn flush(
        &mut self,
        _req: &Request<'_>,
        _ino: u64,
        _fh: u64,
        _lock_owner: u64,
        reply: ReplyEmpty,
    ) {
        let Some(reply) = self.gate(reply, false) else {
            return;
        };
        // Closing a file syncs nothing.
        reply.ok();
    }

    fn fsync(
        &mut self,
        _req: &Request<'_>,
        ino: u64,
        _fh: u64,
        _datasync: bool,
        reply: ReplyEmpty,
    ) {
        let Some(reply) = self.gate(reply, true) else {
            return;
        };
        let mut disk = self.disk();
        match disk.file(ino) {
            Ok((data, synced)) => synced.clone_from(data),
            // A folder's names are never forgotten.
            Err(EISDIR) => {}
            Err(e) => return reply.error(e),
        }
        disk.syncs += 1;
        reply.ok();
    }

    fn fsyncdir(
        &mut self,
        _req: &Request<'_>,
        _ino: u64,
        _fh: u64,
        _datasync: bool,
        reply: ReplyEmpty,
    ) {
        let Some(reply) = self.gate(reply, false) else {
            return;
        };
        reply.ok();
    }

    fn readdir(
        &mut self,
        _req: &Request<'_>,
        ino: u64,
        _fh: u64,
        offset: i64,
        reply: ReplyDirectory,
    ) {
        let Some(mut reply) = self.gate(reply, false) else {
            return;
        };
        let mut disk = self.disk();
        let children: Vec<(OsString, u64)> = match disk.dir(ino) {
            Ok(children) => children.iter().map(|(n, i)| (n.clone(), *i)).collect(),
            Err(e) => return reply.error(e),
        };
        let entries = [
            (OsString::from("."), ino, FileType::Directory),
            (OsString::from(".."), ino, FileType::Directory),
        ]
        .into_iter()
        .chain(children.into_iter().map(|(name, child)| {
            let kind = match disk.nodes.get(&child).map(|n| &n.body) {
                Some(Body::Dir(_)) => FileType::Directory,
                _ => FileType::RegularFile,
            };
            (name, child, kind)
        }));
        for (n, (name, child, kind)) in entries.enumerate().skip(offset.max(0) as usize) {
            if reply.add(child, (n + 1) as i64, kind, &name) {
                break;
            }
        }
        reply.ok();
    }

    fn statfs(&mut self, _req: &Request<'_>, _ino: u64, reply: ReplyStatfs) {
        let Some(reply) = self.gate(reply, false) else {
            return;
        };
        reply.statfs(1 << 24, 1 << 23, 1 << 23, 1 << 20, 1 << 19, 4096, 255, 4096);
    }

    fn access(&mut self, _req: &Request<'_>, ino: u64, _mask: i32, reply: ReplyEmpty) {
        let Some(reply) = self.gate(reply, false) else {
            return;
        };
        match self.disk().nodes.get(&ino) {
            Some(_) => reply.ok(),
            None => reply.error(ENOENT),
        }
    }
}
