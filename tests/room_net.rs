//! The room's secure transport over real loopback sockets (127.0.0.1 only): one test per
//! promise the host makes to the room, with the limits and times shortened so no test waits
//! long. Every loop here is bounded in count and in time.

use std::os::unix::fs::PermissionsExt;

use plenary::room_net::identity::IDENTITY_FILE;
use plenary::room_net::{HostIdentity, JoinCode};

#[test]
fn a_restarted_host_keeps_its_identity_in_an_owner_only_file() {
    let record = tempfile::tempdir().expect("a record folder");
    let first = HostIdentity::load_or_create(record.path()).expect("made");
    let mode = std::fs::metadata(record.path().join(IDENTITY_FILE))
        .expect("the identity file")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "the key is the owner's only");

    let again = HostIdentity::load_or_create(record.path()).expect("read back");
    assert_eq!(again.fingerprint(), first.fingerprint());
    assert_eq!(again.token, first.token);
    assert_eq!(again.short_code, first.short_code);
    assert_eq!(
        HostIdentity::load(record.path())
            .expect("read")
            .fingerprint(),
        first.fingerprint()
    );

    let other = tempfile::tempdir().expect("another record");
    let second = HostIdentity::load_or_create(other.path()).expect("made");
    assert_ne!(
        second.fingerprint(),
        first.fingerprint(),
        "one certificate per record"
    );
    assert_ne!(second.token, first.token);
}

#[test]
fn a_damaged_identity_file_is_a_clear_error_not_a_new_identity() {
    let record = tempfile::tempdir().expect("a record folder");
    HostIdentity::load_or_create(record.path()).expect("made");
    std::fs::write(record.path().join(IDENTITY_FILE), b"{ not json").expect("damage");
    let err = HostIdentity::load_or_create(record.path()).expect_err("damaged");
    assert!(err.to_string().contains(IDENTITY_FILE), "{err}");
    assert!(HostIdentity::load(tempfile::tempdir().expect("empty").path()).is_err());
}

#[test]
fn the_full_code_carries_the_fingerprint_and_token() {
    let record = tempfile::tempdir().expect("a record folder");
    let identity = HostIdentity::load_or_create(record.path()).expect("made");
    let code = JoinCode {
        addrs: vec!["127.0.0.1:7878".parse().expect("addr")],
        fingerprint: identity.fingerprint(),
        token: identity.token,
    };
    let read: JoinCode = code.to_string().parse().expect("reads");
    assert_eq!(read.fingerprint, identity.fingerprint());
    assert_eq!(read.token, identity.token);
    assert_eq!(
        identity.fingerprint().to_string().len(),
        32 * 3 - 1,
        "AA:BB:… hex"
    );
}
