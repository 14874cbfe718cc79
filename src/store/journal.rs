//! The journal: an append-only file of changes, each framed with its length and a checksum,
//! so a torn or damaged tail is found, and set aside by the next writer, at the last whole
//! change.
//!
//! The header names the journal's format version (`plenary journal v1`): the framing below and
//! the JSON of each entry ([`Entry`]: a host's change as it always was, a joined writer's
//! wrapped in `By` with its writer and number, which a plenary from before the room refuses as
//! an op it does not know). A journal of a later version is refused with a message saying so,
//! never read as damage.

use std::fs::File;
use std::io::Write;

use crate::core::history::{Change, Entry};

/// The first bytes of every journal.
pub const HEADER: &[u8] = b"plenary journal v1\n";

/// The journal format this plenary reads and writes, as its header names it.
pub(crate) const VERSION: u64 = 1;

/// What every journal header starts with, whatever its version.
const HEADER_PREFIX: &[u8] = b"plenary journal v";

/// Bytes before each change: its length and its CRC-32, both little-endian u32.
const FRAME_HEAD: usize = 8;

/// No single change is this large; a length above it means damage.
const MAX_FRAME: usize = 64 * 1024 * 1024;

/// What reading a journal found.
#[derive(Debug)]
pub struct Scan {
    /// Where the scan started: the offset of the first change in `changes`.
    pub start: u64,
    /// The whole changes, in order, each with who sent it and the offset just after it.
    pub changes: Vec<(Entry, u64)>,
    /// Bytes of the file that hold the header and whole changes.
    pub good_len: u64,
    /// What was wrong past `good_len`, if anything.
    pub damage: Option<String>,
    /// The scan stopped at a whole change, its checksum right, that does not decode: written by
    /// another version of plenary, not torn. It must not be cut like damage.
    pub foreign: bool,
    /// Bytes that follow the change the scan stopped at: 0 for a torn tail, which is all a
    /// crash leaves; more means damage in the middle, which must never be cut.
    pub trailing: u64,
}

/// Why a journal cannot be read at all.
#[derive(Debug, thiserror::Error)]
pub enum NotAJournal {
    /// The file does not start with a journal header.
    #[error("it does not start like a plenary journal")]
    Foreign,
    /// The header names a later format than this plenary reads.
    #[error(
        "it is of journal format v{0}, written by a newer plenary; this one reads format v{VERSION}, so upgrade plenary to open it"
    )]
    Newer(u64),
}

/// Frames one change of the host's own as it is written to the journal.
pub fn frame(change: &Change) -> serde_json::Result<Vec<u8>> {
    Ok(framed(&serde_json::to_vec(change)?))
}

/// Frames one entry, whoever sent it, as it is written to the journal.
pub fn frame_entry(entry: &Entry) -> serde_json::Result<Vec<u8>> {
    Ok(framed(&serde_json::to_vec(entry)?))
}

fn framed(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(FRAME_HEAD + payload.len());
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// Reads the changes of a journal, starting at byte `from` (the header's end or later),
/// stopping at the first frame that is torn, fails its checksum or does not decode.
pub fn scan(bytes: &[u8], from: u64) -> Result<Scan, NotAJournal> {
    if bytes.len() < HEADER.len() {
        // A crash while the journal was being created leaves a prefix of the header.
        if HEADER.starts_with(bytes) {
            return Ok(Scan {
                start: 0,
                changes: Vec::new(),
                good_len: 0,
                damage: (!bytes.is_empty()).then(|| "a torn journal header".to_owned()),
                foreign: false,
                trailing: 0,
            });
        }
        return Err(NotAJournal::Foreign);
    }
    if !bytes.starts_with(HEADER) {
        return Err(match header_version(bytes) {
            Some(version) if version > VERSION => NotAJournal::Newer(version),
            _ => NotAJournal::Foreign,
        });
    }
    let at = (from as usize).max(HEADER.len()).min(bytes.len());
    Ok(frames(bytes, at))
}

/// The version a journal header names (`plenary journal vN` and a line break), if it is one.
fn header_version(bytes: &[u8]) -> Option<u64> {
    let rest = bytes.strip_prefix(HEADER_PREFIX)?;
    let end = rest.iter().position(|&b| b == b'\n')?;
    let digits = std::str::from_utf8(&rest[..end]).ok()?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Reads whole frames from `bytes[at..]`, where `at` is a frame boundary; offsets in the
/// result count from the start of `bytes`. Stops at the first frame that is torn, fails its
/// checksum or does not decode.
pub fn frames(bytes: &[u8], mut at: usize) -> Scan {
    let start = at as u64;
    let mut changes = Vec::new();
    let mut foreign = false;
    let mut trailing = 0;
    let damage = loop {
        let rest = &bytes[at.min(bytes.len())..];
        if rest.is_empty() {
            break None;
        }
        if rest.len() < FRAME_HEAD {
            break Some(format!("a torn change of {} bytes", rest.len()));
        }
        let len = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
        let crc = u32::from_le_bytes([rest[4], rest[5], rest[6], rest[7]]);
        if len > MAX_FRAME {
            trailing = whole_changes_after(rest);
            break Some(format!("a change claiming {len} bytes"));
        }
        if len == 0 {
            // No change is empty; zeros are what some file systems leave after a power cut.
            trailing = whole_changes_after(rest);
            break Some("zeros where a change should start".to_owned());
        }
        let Some(payload) = rest.get(FRAME_HEAD..FRAME_HEAD + len) else {
            trailing = whole_changes_after(rest);
            break Some(if trailing > 0 {
                format!("a length of {len} bytes that does not fit")
            } else {
                format!(
                    "a torn change ({} of {} bytes)",
                    rest.len() - FRAME_HEAD,
                    len
                )
            });
        };
        if crc32fast::hash(payload) != crc {
            // Whole changes after it mean damage in the middle; bytes that are not (the rest
            // of a change whose length lost a bit) are the damaged last change's own.
            trailing = whole_changes_after(rest);
            break Some("a change whose checksum does not match".to_owned());
        }
        let change = match serde_json::from_slice::<Entry>(payload) {
            Ok(change) => change,
            Err(e) => {
                foreign = true;
                trailing = (rest.len() - FRAME_HEAD - len) as u64;
                break Some(undecodable(&e));
            }
        };
        at += FRAME_HEAD + len;
        changes.push((change, at as u64));
    };
    Scan {
        start,
        changes,
        good_len: at as u64,
        damage,
        foreign,
        trailing,
    }
}

/// Why a whole change does not decode, short: serde's list of every op it expected is left out.
fn undecodable(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let short = full.split(", expected").next().unwrap_or(&full);
    format!("an op this plenary does not know: {short}")
}

/// A crash only ever tears the last change. If whole changes follow a change that looks torn
/// (its length was damaged, say), the damage is in the middle: returns how many bytes of whole
/// changes, running to the very end, start after its first byte; 0 if none do.
fn whole_changes_after(rest: &[u8]) -> u64 {
    // Bounded work: a damaged tail this long is no crash's doing anyway.
    const LOOK: usize = 16 * 1024 * 1024;
    if rest.len() > LOOK {
        return rest.len() as u64;
    }
    (1..rest.len())
        .find(|&q| chains_to_end(&rest[q..]))
        .map_or(0, |q| (rest.len() - q) as u64)
}

/// Whether `bytes` is one or more whole, non-empty, checksummed changes and nothing else. A
/// change need not decode to count: one of a newer version after damage still makes the damage
/// a middle one, never to be cut.
fn chains_to_end(mut bytes: &[u8]) -> bool {
    if bytes.len() <= FRAME_HEAD {
        return false;
    }
    while !bytes.is_empty() {
        let Some(head) = bytes.get(..FRAME_HEAD) else {
            return false;
        };
        let len = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let crc = u32::from_le_bytes([head[4], head[5], head[6], head[7]]);
        let Some(payload) = bytes.get(FRAME_HEAD..FRAME_HEAD.saturating_add(len)) else {
            return false;
        };
        if len == 0 || len > MAX_FRAME || crc32fast::hash(payload) != crc {
            return false;
        }
        bytes = &bytes[FRAME_HEAD + len..];
    }
    true
}

/// How many whole frames the journal holds before byte `upto`, checking each one's length and
/// checksum (without decoding it), with the payload of the last of them (None when there are
/// none): what a snapshot is checked against. None unless a frame ends exactly at `upto`.
pub(crate) fn last_frame(bytes: &[u8], upto: u64) -> Option<(u64, Option<&[u8]>)> {
    let upto = usize::try_from(upto).ok()?;
    if !bytes.starts_with(HEADER) || upto > bytes.len() || upto < HEADER.len() {
        return None;
    }
    let mut at = HEADER.len();
    let mut count = 0;
    let mut last = None;
    while at < upto {
        let head = bytes.get(at..at + FRAME_HEAD)?;
        let len = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let crc = u32::from_le_bytes([head[4], head[5], head[6], head[7]]);
        let payload = bytes.get(at + FRAME_HEAD..(at + FRAME_HEAD).checked_add(len)?)?;
        if crc32fast::hash(payload) != crc {
            return None;
        }
        at += FRAME_HEAD + len;
        count += 1;
        last = Some(payload);
    }
    (at == upto).then_some((count, last))
}

/// Appends one framed change and waits until it is on disk.
pub(crate) fn append_durably(file: &mut File, framed: &[u8]) -> std::io::Result<()> {
    file.write_all(framed)?;
    file.sync_data()
}
