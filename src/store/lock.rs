//! One writer per record: an exclusive lock on the record's lock file, holding the writer's pid.
//!
//! The operating system drops the lock when its process dies, so a lock left by a killed
//! process never blocks the next run.

use std::fs::{File, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::Path;

use super::files::private_options;

/// The name of the lock file inside a record folder.
pub const LOCK_FILE: &str = "lock";

/// Why the lock was not taken.
#[derive(Debug)]
pub enum LockError {
    /// Another process holds it; its pid when it could be read.
    Held(Option<u32>),
    /// The lock file could not be opened or locked.
    Io(std::io::Error),
}

/// The pid written in a held lock. The holder writes it just after taking the lock, so a
/// racer that looks at that very moment finds it empty, or still naming the previous holder,
/// which has exited: look again for a little while before giving up on naming anyone.
fn holder(file: &mut File) -> Option<u32> {
    for _ in 0..20 {
        let mut text = String::new();
        let pid = file
            .rewind()
            .and_then(|()| file.read_to_string(&mut text))
            .ok()
            .and_then(|_| text.trim().parse::<u32>().ok());
        if let Some(pid) = pid
            && alive(pid)
        {
            return Some(pid);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    None
}

/// Whether a process with this pid runs (only known on Linux; elsewhere assumed).
fn alive(pid: u32) -> bool {
    !cfg!(target_os = "linux") || Path::new(&format!("/proc/{pid}")).exists()
}

/// Takes the record's lock and writes our pid into it; the lock lasts as long as the file.
pub fn lock(dir: &Path) -> Result<File, LockError> {
    let mut file = private_options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(dir.join(LOCK_FILE))
        .map_err(LockError::Io)?;
    // A lock can outlive its holder by a moment: a child process forked by the holder keeps
    // the lock's open file until it execs (or a plenary that just quit is still exiting).
    // Try again for a little while before saying another plenary has the record.
    let mut tries = 0;
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(TryLockError::WouldBlock) if tries < 40 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            Err(TryLockError::WouldBlock) => return Err(LockError::Held(holder(&mut file))),
            Err(TryLockError::Error(e)) => return Err(LockError::Io(e)),
        }
    }
    // The pid only helps the message another plenary gives; the lock itself is taken. On a
    // full disk the pid may not fit, and that must not keep anyone from their record.
    let _ = file
        .set_len(0)
        .and_then(|()| file.rewind())
        .and_then(|_| write!(file, "{}", std::process::id()));
    Ok(file)
}
