//! The phone page's read token.

use std::io;
use std::path::Path;

use crate::store::files::write_atomically;

/// The file in a record folder that keeps the phone page's read token, owner-only: a host
/// resumed after a restart serves the same URL, so phones that had it reconnect by themselves.
pub const TOKEN_FILE: &str = "phone-token";

/// Bytes of randomness in a token: 128 bits, too many to guess over a room's Wi-Fi.
const TOKEN_BYTES: usize = 16;

/// A fresh read token from the OS's random source, as 32 lowercase hex digits.
pub(super) fn read_token() -> io::Result<String> {
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::fill(&mut bytes).map_err(|e| io::Error::other(format!("no randomness: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The read token kept in the record folder `dir`, made and kept there (durably) the first
/// time; a file that does not hold a token is replaced.
pub fn record_token(dir: &Path) -> io::Result<String> {
    match std::fs::read_to_string(dir.join(TOKEN_FILE)) {
        Ok(text) if is_token(text.trim()) => return Ok(text.trim().to_owned()),
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let token = read_token()?;
    write_atomically(dir, TOKEN_FILE, format!("{token}\n").as_bytes())?;
    Ok(token)
}

/// Whether `text` is a token as [`read_token`] makes them.
fn is_token(text: &str) -> bool {
    text.len() == 2 * TOKEN_BYTES && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether `given` is `token`, in a time that does not tell how much of it was right.
pub(super) fn same(given: &str, token: &str) -> bool {
    given.len() == token.len()
        && given
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_fresh_and_compared_whole() {
        let (Ok(a), Ok(b)) = (read_token(), read_token()) else {
            panic!("no randomness");
        };
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
        assert!(same(&a, &a.clone()));
        assert!(!same(&a, &b));
        assert!(!same(&a[..31], &a));
    }

    #[test]
    fn a_record_keeps_its_token() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let first = record_token(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(record_token(dir.path()).ok(), Some(first.clone()));
        std::fs::write(dir.path().join(TOKEN_FILE), "garbage").unwrap_or_else(|e| panic!("{e}"));
        let second = record_token(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert!(is_token(&second) && second != first);
    }
}
