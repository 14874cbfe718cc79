//! The phone page's read token.

use std::io;

/// Bytes of randomness in a token: 128 bits, too many to guess over a room's Wi-Fi.
const TOKEN_BYTES: usize = 16;

/// A fresh read token from the OS's random source, as 32 lowercase hex digits.
pub(super) fn read_token() -> io::Result<String> {
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::fill(&mut bytes).map_err(|e| io::Error::other(format!("no randomness: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
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
}
