//! Finding and killing the journal's holder processes: what the holder
//! and crash tests share.

use std::path::Path;
use std::process::Command;

/// The processes serving as the holder of `db`, from /proc.
pub fn holders_of(db: &Path) -> Vec<u32> {
    let Ok(procs) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let want = db.as_os_str().as_encoded_bytes();
    procs
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let Ok(line) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
                return false;
            };
            let args: Vec<&[u8]> = line.split(|b| *b == 0).collect();
            args.windows(2).any(|w| w == [b"holder".as_slice(), b"serve"])
                && args.contains(&want)
                // A holder that exited but is not reaped yet is gone.
                && !std::fs::read_to_string(format!("/proc/{pid}/stat"))
                    .is_ok_and(|s| s.contains(") Z "))
        })
        .collect()
}

pub fn kill(pid: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status();
}

/// Sends `signal` (`STOP`, `CONT`, ...) to `pid`.
#[allow(dead_code)] // the disk-full tests stop nothing
pub fn signal(pid: u32, signal: &str) {
    let _ = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status();
}
