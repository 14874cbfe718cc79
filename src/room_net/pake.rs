//! SPAKE2 over the short join code, as Magic Wormhole uses it: both sides turn the code into
//! the same key only if they typed the same code, and each then proves, with that key, which
//! certificate it sees on the link, so a host in the middle (another certificate) fails as
//! surely as a wrong code. A wrong guess learns nothing but that it was wrong.

use ring::hmac;
use spake2::{Ed25519Group, Identity, Password, Spake2};

use super::code::ShortCode;
use super::identity::Fingerprint;

const WRITER: &[u8] = b"plenary writer";
const HOST: &[u8] = b"plenary host";

/// One side's half-done exchange.
pub(crate) struct Exchange(Spake2<Ed25519Group>);

/// Starts the writer's side: the state and the message to send.
pub(crate) fn start_writer(code: ShortCode) -> (Exchange, Vec<u8>) {
    let (state, message) = Spake2::<Ed25519Group>::start_a(
        &Password::new(code.password()),
        &Identity::new(WRITER),
        &Identity::new(HOST),
    );
    (Exchange(state), message)
}

/// Starts the host's side.
pub(crate) fn start_host(code: ShortCode) -> (Exchange, Vec<u8>) {
    let (state, message) = Spake2::<Ed25519Group>::start_b(
        &Password::new(code.password()),
        &Identity::new(WRITER),
        &Identity::new(HOST),
    );
    (Exchange(state), message)
}

/// The key both sides share when their codes match (a different one otherwise), or None if
/// the other side's message is not a SPAKE2 message.
pub(crate) fn finish(exchange: Exchange, theirs: &[u8]) -> Option<Key> {
    exchange
        .0
        .finish(theirs)
        .ok()
        .map(|k| Key(hmac::Key::new(hmac::HMAC_SHA256, &k)))
}

/// The shared key.
pub(crate) struct Key(hmac::Key);

impl Key {
    /// The writer's proof that it holds the key and sees `fingerprint`.
    pub(crate) fn writer_proof(&self, fingerprint: Fingerprint) -> Vec<u8> {
        self.proof(WRITER, fingerprint)
    }

    /// The host's proof that it holds the key and shows `fingerprint`.
    pub(crate) fn host_proof(&self, fingerprint: Fingerprint) -> Vec<u8> {
        self.proof(HOST, fingerprint)
    }

    /// Checks the writer's proof in constant time.
    pub(crate) fn check_writer(&self, fingerprint: Fingerprint, mac: &[u8]) -> bool {
        self.check(WRITER, fingerprint, mac)
    }

    /// Checks the host's proof in constant time.
    pub(crate) fn check_host(&self, fingerprint: Fingerprint, mac: &[u8]) -> bool {
        self.check(HOST, fingerprint, mac)
    }

    fn proof(&self, side: &[u8], fingerprint: Fingerprint) -> Vec<u8> {
        hmac::sign(&self.0, &[side, &fingerprint.0].concat())
            .as_ref()
            .to_vec()
    }

    fn check(&self, side: &[u8], fingerprint: Fingerprint, mac: &[u8]) -> bool {
        hmac::verify(&self.0, &[side, &fingerprint.0].concat(), mac).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exchange(writer_code: &str, host_code: &str) -> (Key, Key) {
        let (w, w_msg) = start_writer(writer_code.parse().expect("code"));
        let (h, h_msg) = start_host(host_code.parse().expect("code"));
        (
            finish(w, &h_msg).expect("writer key"),
            finish(h, &w_msg).expect("host key"),
        )
    }

    #[test]
    fn the_same_code_proves_the_certificate_both_sides_see() {
        let (writer, host) = exchange("42-amber-river", "42-AMBER RIVER");
        let seen = Fingerprint([1; 32]);
        assert!(host.check_writer(seen, &writer.writer_proof(seen)));
        assert!(writer.check_host(seen, &host.host_proof(seen)));
        // A host in the middle shows another certificate than the one the real host proves.
        assert!(!writer.check_host(Fingerprint([2; 32]), &host.host_proof(seen)));
        // Each side's proof is its own: the host cannot echo the writer's.
        assert!(!writer.check_host(seen, &writer.writer_proof(seen)));
    }

    #[test]
    fn a_different_code_proves_nothing() {
        let (writer, host) = exchange("42-amber-river", "43-amber-river");
        let seen = Fingerprint([1; 32]);
        assert!(!host.check_writer(seen, &writer.writer_proof(seen)));
        assert!(!writer.check_host(seen, &host.host_proof(seen)));
    }
}
