//! The writers the host has admitted, each with its own credential, and which of them the
//! facilitator revoked; kept in the record folder so a restarted host still knows them.

use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::NetError;
use super::code::{base32_decode, base32_encode};
use super::identity::Secret;
use crate::store::files::write_atomically;

/// The file in the record folder that lists the admitted writers (owner-only).
pub const ROSTER_FILE: &str = "writers.json";

/// A writer the host admitted, numbered from 1 in the order they joined; never reused, so a
/// revoked writer's number never names someone else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct WriterId(pub u32);

impl fmt::Display for WriterId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "writer {}", self.0)
    }
}

/// One admitted writer.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    writer: WriterId,
    name: String,
    /// The SHA-256 of the writer's credential, base32.
    credential: String,
    revoked: bool,
}

/// Why a writer's credential was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unknown {
    /// No writer with this number and credential.
    Wrong,
    /// The facilitator revoked it.
    Revoked,
}

/// The admitted writers.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roster {
    writers: Vec<Entry>,
}

impl Roster {
    /// The roster kept in a record folder; empty when none was written yet.
    pub fn load(record_dir: &Path) -> Result<Roster, NetError> {
        let path = record_dir.join(ROSTER_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| NetError::Io(format!("{}: {e}", path.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Roster::default()),
            Err(e) => Err(NetError::Io(format!("{}: {e}", path.display()))),
        }
    }

    /// Writes the roster into a record folder, atomically and synced.
    pub(crate) fn save(&self, record_dir: &Path) -> Result<(), NetError> {
        let bytes = serde_json::to_vec_pretty(self).map_err(|e| NetError::Io(e.to_string()))?;
        write_atomically(record_dir, ROSTER_FILE, &bytes)
            .map_err(|e| NetError::Io(format!("{}: {e}", record_dir.join(ROSTER_FILE).display())))
    }

    /// The writers whose credential still admits them, with their names.
    pub fn active(&self) -> impl Iterator<Item = (WriterId, &str)> {
        self.writers
            .iter()
            .filter(|e| !e.revoked)
            .map(|e| (e.writer, e.name.as_str()))
    }

    /// The name a writer joined with.
    pub fn name(&self, writer: WriterId) -> Option<&str> {
        self.writers
            .iter()
            .find(|e| e.writer == writer)
            .map(|e| e.name.as_str())
    }

    /// Admits a new writer under `name` with a fresh credential, or None when `max` writers
    /// already hold one.
    pub(crate) fn admit(
        &mut self,
        name: &str,
        max: usize,
    ) -> Result<Option<(WriterId, Secret)>, NetError> {
        if self.active().count() >= max {
            return Ok(None);
        }
        let credential = Secret::generate()?;
        let next = self.writers.iter().map(|e| e.writer.0).max().unwrap_or(0) + 1;
        self.writers.push(Entry {
            writer: WriterId(next),
            name: name.to_owned(),
            credential: base32_encode(&credential.digest()),
            revoked: false,
        });
        Ok(Some((WriterId(next), credential)))
    }

    /// Whether `credential` is `writer`'s, still valid.
    pub(crate) fn check(&self, writer: WriterId, credential: Secret) -> Result<(), Unknown> {
        let entry = self
            .writers
            .iter()
            .find(|e| e.writer == writer)
            .ok_or(Unknown::Wrong)?;
        if base32_decode(&entry.credential) != Some(credential.digest().to_vec()) {
            return Err(Unknown::Wrong);
        }
        if entry.revoked {
            return Err(Unknown::Revoked);
        }
        Ok(())
    }

    /// Revokes a writer's credential; false if there was no such writer.
    pub(crate) fn revoke(&mut self, writer: WriterId) -> bool {
        match self.writers.iter_mut().find(|e| e.writer == writer) {
            Some(entry) => {
                entry.revoked = true;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_credential_admits_its_writer_only_until_revoked_and_survives_a_restart() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut roster = Roster::default();
        let (ana, ana_key) = roster.admit("Ana", 8).expect("random").expect("room");
        let (ben, ben_key) = roster.admit("Ben", 8).expect("random").expect("room");
        assert_eq!((ana, ben), (WriterId(1), WriterId(2)));
        assert_eq!(roster.check(ana, ana_key), Ok(()));
        assert_eq!(roster.check(ana, ben_key), Err(Unknown::Wrong));
        assert_eq!(roster.check(WriterId(3), ana_key), Err(Unknown::Wrong));
        assert!(roster.revoke(ana));
        roster.save(dir.path()).expect("save");

        let again = Roster::load(dir.path()).expect("load");
        assert_eq!(again.check(ana, ana_key), Err(Unknown::Revoked));
        assert_eq!(again.check(ben, ben_key), Ok(()));
        assert_eq!(again.name(ben), Some("Ben"));
        let text = std::fs::read_to_string(dir.path().join(ROSTER_FILE)).expect("read");
        assert!(
            !text.contains(&base32_encode(&ben_key.0)),
            "only digests are kept"
        );
    }

    #[test]
    fn a_full_room_admits_no_one_and_revoking_makes_room_without_reusing_numbers() {
        let mut roster = Roster::default();
        for name in ["a", "b"] {
            roster.admit(name, 2).expect("random").expect("room");
        }
        assert!(roster.admit("c", 2).expect("random").is_none());
        roster.revoke(WriterId(1));
        let (c, _) = roster.admit("c", 2).expect("random").expect("room");
        assert_eq!(c, WriterId(3));
    }
}
