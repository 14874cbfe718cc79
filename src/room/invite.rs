//! What the record's owner hands the room (`plenary invite`): the note-takers' join codes and
//! the phone page's URL, read from the record folder, so it works while the host runs and
//! after it stopped. The host writes where it listens into the folder when it starts.

use std::fmt::{self, Write as _};
use std::net::SocketAddr;
use std::path::Path;

use crate::phone::TOKEN_FILE;
use crate::room_net::code::parse_addrs;
use crate::room_net::identity::IDENTITY_FILE;
use crate::room_net::{HostIdentity, JoinCode, ShortCode};
use crate::store::files::write_atomically;

/// The record folder's file naming the addresses its host last listened on, one a line.
pub const ADDRESSES_FILE: &str = "room-addresses";

/// Everything a note-taker or a phone needs to reach the room of one record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invite {
    /// The full join code: addresses, the certificate's fingerprint and the token.
    pub full: JoinCode,
    /// The phone page's URL, behind its read token; None before the page was ever served.
    pub phone_url: Option<String>,
    /// The short code a person can say across the room.
    pub short: ShortCode,
}

impl fmt::Display for Invite {
    /// The full code on the first line and the phone page's URL on the second (scripts read
    /// them by line), then the short code and the addresses for people.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.full)?;
        match &self.phone_url {
            Some(url) => writeln!(f, "{url}")?,
            None => writeln!(f, "(no phone page yet)")?,
        }
        let addrs: Vec<String> = self.full.addrs.iter().map(ToString::to_string).collect();
        writeln!(f, "short code: {}", self.short)?;
        writeln!(f, "addresses: {}", addrs.join(", "))?;
        // A short code with an address joins where mDNS does not reach.
        if let Some(first) = self.full.addrs.first() {
            writeln!(f, "to join: plenary join {}@{first}", self.short)?;
        }
        Ok(())
    }
}

/// Keeps where the host listens, for `plenary invite`: written (owner-only, synced) each
/// time the host starts, since the port may be chosen afresh.
pub fn keep_addresses(record_dir: &Path, addrs: &[SocketAddr]) -> std::io::Result<()> {
    let mut text = String::new();
    for addr in addrs {
        let _ = writeln!(text, "{addr}");
    }
    write_atomically(record_dir, ADDRESSES_FILE, text.as_bytes())
}

/// The invitation to the room of the record in `record_dir`; an error a person can act on
/// when the record was never hosted.
pub fn invite(record_dir: &Path) -> Result<Invite, String> {
    let never = || {
        format!(
            "{} has never hosted a room: open it with `plenary resume {} --host` first",
            record_dir.display(),
            record_dir.display()
        )
    };
    if !record_dir.join(IDENTITY_FILE).exists() {
        return Err(never());
    }
    let identity = HostIdentity::load(record_dir).map_err(|e| e.to_string())?;
    let path = record_dir.join(ADDRESSES_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(never()),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let lines: Vec<&str> = text.lines().collect();
    let addrs = parse_addrs(&lines.join(",")).map_err(|e| format!("{}: {e}", path.display()))?;
    let phone_url = std::fs::read_to_string(record_dir.join(TOKEN_FILE))
        .ok()
        .zip(addrs.first())
        .map(|(token, addr)| format!("http://{addr}/{}", token.trim()));
    Ok(Invite {
        full: identity.join_code(addrs),
        phone_url,
        short: identity.short_code,
    })
}
