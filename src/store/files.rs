//! Owner-only files and atomic replacement: the file-system habits every record file shares.

use std::fs::{DirBuilder, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Creates a folder (and its parents) that only its owner can enter, and syncs the folder
/// holding each one it created (and the one holding `dir`, even if `dir` was already there),
/// so the new folders survive a power cut.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    create_private_dir_syncing(dir, sync_dir)
}

/// [`create_private_dir`] with the sync it calls for each folder whose entries changed; the
/// tests watch the calls through it.
fn create_private_dir_syncing(
    dir: &Path,
    mut sync: impl FnMut(&Path) -> std::io::Result<()>,
) -> std::io::Result<()> {
    // The folders this call creates, innermost first; `dir` itself even when it is there,
    // since whoever made it (a run that crashed) may not have synced its entry.
    let mut new: Vec<&Path> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && std::fs::symlink_metadata(d).is_err())
        .collect();
    if new.is_empty() {
        new.push(dir);
    }
    let mut builder = DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    for made in new {
        let parent = match made.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        sync(parent)?;
    }
    Ok(())
}

/// Keeps `bytes` in a new file `dir/NAME.damaged-N`, the first N not taken, synced with its
/// folder, so what a writer is about to cut is never lost and never overwrites an earlier
/// one. Returns the file, or the file it could not write and why.
pub fn set_aside(
    dir: &Path,
    name: &str,
    bytes: &[u8],
) -> Result<PathBuf, (PathBuf, std::io::Error)> {
    let mut n = 1u64;
    loop {
        let path = dir.join(format!("{name}.damaged-{n}"));
        match private_options().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                let kept = file
                    .write_all(bytes)
                    .and_then(|()| file.sync_all())
                    .and_then(|()| sync_dir(dir));
                return match kept {
                    Ok(()) => Ok(path),
                    Err(e) => {
                        // Only a part may have landed (a full disk): no file should claim to
                        // hold what it does not, and the bytes are still in the journal.
                        let _ = std::fs::remove_file(&path);
                        Err((path, e))
                    }
                };
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => n += 1,
            Err(e) => return Err((path, e)),
        }
    }
}

/// Options that create a file readable and writable by its owner only.
pub fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

/// Replaces `dir/name` with `bytes` so that a crash leaves the old file or the new one, never
/// a mix: write a temporary file in the same folder, sync it, rename it, sync the folder.
pub fn write_atomically(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    // tempfile creates its files owner-only (0600).
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(dir.join(name)).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// Replaces `dir/name` with `bytes` so readers see the old file or the new one, never a mix;
/// without syncing, for files whose loss in a crash costs nothing (what a screen shows).
pub fn replace_quickly(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.persist(dir.join(name)).map_err(|e| e.error)?;
    Ok(())
}

/// Makes a folder's entries (new files, renames) durable.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creating_folders_syncs_the_folder_that_holds_each_new_one() {
        let root = tempfile::tempdir().expect("a temporary folder");
        let dir = root.path().join("sessions").join("meeting");
        let mut synced = Vec::new();
        create_private_dir_syncing(&dir, |d| {
            // Each sync comes after the folder it makes durable exists.
            assert!(dir.is_dir(), "synced {} before creating", d.display());
            synced.push(d.to_owned());
            Ok(())
        })
        .expect("create");
        assert_eq!(
            synced,
            [root.path().join("sessions"), root.path().to_owned()]
        );

        // A folder already there may be one a crashed run made and never synced: its entry is
        // synced again.
        synced.clear();
        create_private_dir_syncing(&dir, |d| {
            synced.push(d.to_owned());
            Ok(())
        })
        .expect("create again");
        assert_eq!(synced, [root.path().join("sessions")]);
    }

    #[test]
    fn a_relative_folder_syncs_the_current_one() {
        let name = format!("plenary-files-test-{}", std::process::id());
        let mut synced = Vec::new();
        let made = create_private_dir_syncing(Path::new(&name), |d| {
            synced.push(d.to_owned());
            Ok(())
        });
        let _ = std::fs::remove_dir(&name);
        made.expect("create");
        assert_eq!(synced, [PathBuf::from(".")]);
    }

    #[test]
    fn a_failed_sync_fails_the_creation() {
        let root = tempfile::tempdir().expect("a temporary folder");
        let err = create_private_dir_syncing(&root.path().join("rec"), |_| {
            Err(std::io::Error::other("no sync"))
        })
        .expect_err("the sync failed");
        assert_eq!(err.to_string(), "no sync");
    }

    #[test]
    fn set_aside_never_overwrites_an_earlier_file() {
        let root = tempfile::tempdir().expect("a temporary folder");
        let first = set_aside(root.path(), "journal", b"one").expect("first");
        let second = set_aside(root.path(), "journal", b"two").expect("second");
        assert_eq!(first, root.path().join("journal.damaged-1"));
        assert_eq!(second, root.path().join("journal.damaged-2"));
        assert_eq!(std::fs::read(first).expect("read"), b"one");
        assert_eq!(std::fs::read(second).expect("read"), b"two");
    }
}
