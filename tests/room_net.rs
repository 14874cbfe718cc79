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

// ---- the links, over loopback ----

use std::fmt::Debug;
use std::net::{SocketAddr, TcpListener};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use plenary::room_net::{
    Client, ClientEvent, Credential, Host, HostConfig, HostEvent, Join, LinkConfig, Roster, Secret,
    WriterId,
};

/// The issue's limits with every time shortened, so the tests wait tenths of a second.
fn quick() -> LinkConfig {
    LinkConfig {
        max_frame: 64 * 1024,
        handshake_timeout: Duration::from_millis(500),
        keepalive: Duration::from_millis(100),
        dead_after: Duration::from_millis(500),
        backoff_min: Duration::from_millis(20),
        backoff_max: Duration::from_millis(200),
    }
}

fn host_config() -> HostConfig {
    HostConfig {
        link: quick(),
        ..HostConfig::default()
    }
}

/// The longest any test waits for one event; events come within tenths of a second.
const PATIENCE: Duration = Duration::from_secs(10);

/// A host on 127.0.0.1 with a fresh identity, its address and the full code to join it.
struct Room {
    host: Host,
    addr: SocketAddr,
    identity: HostIdentity,
    _record: tempfile::TempDir,
}

impl Room {
    fn start(config: HostConfig) -> Room {
        let record = tempfile::tempdir().expect("a record folder");
        let identity = HostIdentity::load_or_create(record.path()).expect("identity");
        let host = Host::start(
            identity.clone(),
            Roster::default(),
            config,
            Some(record.path().to_owned()),
        )
        .expect("host");
        let addr = host
            .listen(TcpListener::bind("127.0.0.1:0").expect("bind"))
            .expect("listen");
        Room {
            host,
            addr,
            identity,
            _record: record,
        }
    }

    fn code(&self) -> JoinCode {
        JoinCode {
            addrs: vec![self.addr],
            fingerprint: self.identity.fingerprint(),
            token: self.identity.token,
        }
    }

    fn join(&self, name: &str) -> Client {
        Client::start(
            Join::Code {
                code: self.code(),
                name: name.to_owned(),
            },
            quick(),
        )
        .expect("client")
    }
}

/// Waits for the first event `want` accepts, skipping others; fails listing what came.
fn wait_for<T: Debug>(events: &Receiver<T>, what: &str, want: impl Fn(&T) -> bool) -> T {
    let deadline = Instant::now() + PATIENCE;
    let mut seen = Vec::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match events.recv_timeout(left) {
            Ok(event) if want(&event) => return event,
            Ok(event) => seen.push(event),
            Err(_) => break,
        }
    }
    panic!("no {what} within {PATIENCE:?}; saw {seen:?}");
}

fn joined(client: &Client) -> Credential {
    match wait_for(client.events(), "join", |e| {
        matches!(e, ClientEvent::Joined(_) | ClientEvent::Refused(_))
    }) {
        ClientEvent::Joined(credential) => credential,
        other => panic!("not admitted: {other:?}"),
    }
}

fn refused(client: &Client) -> String {
    match wait_for(client.events(), "refusal", |e| {
        matches!(e, ClientEvent::Refused(_) | ClientEvent::Joined(_))
    }) {
        ClientEvent::Refused(reason) => reason,
        other => panic!("admitted: {other:?}"),
    }
}

fn host_frame(room: &Room) -> (WriterId, Vec<u8>) {
    match wait_for(room.host.events(), "frame", |e| {
        matches!(e, HostEvent::Frame { .. })
    }) {
        HostEvent::Frame { writer, payload } => (writer, payload),
        _ => unreachable!(),
    }
}

fn client_frame(client: &Client) -> Vec<u8> {
    match wait_for(client.events(), "frame", |e| {
        matches!(e, ClientEvent::Frame(_))
    }) {
        ClientEvent::Frame(payload) => payload,
        _ => unreachable!(),
    }
}

/// Checks the host still admits writers and carries their payloads both ways.
fn still_serves(room: &Room, name: &str) {
    let client = room.join(name);
    let writer = joined(&client).writer;
    client.send(name.as_bytes().to_vec()).expect("send");
    assert_eq!(host_frame(room), (writer, name.as_bytes().to_vec()));
    assert!(room.host.send(writer, b"seen".to_vec()).expect("send"));
    assert_eq!(client_frame(&client), b"seen");
}

#[test]
fn a_writer_joins_with_the_full_code_and_payloads_go_both_ways() {
    let room = Room::start(host_config());
    let client = room.join("Ana");
    let credential = joined(&client);
    assert_eq!(credential.fingerprint, room.identity.fingerprint());
    let HostEvent::Joined { writer, name } = wait_for(room.host.events(), "join", |e| {
        matches!(e, HostEvent::Joined { .. })
    }) else {
        unreachable!()
    };
    assert_eq!((writer, name.as_str()), (credential.writer, "Ana"));
    wait_for(client.events(), "link", |e| {
        *e == ClientEvent::Connected(writer)
    });

    client.send(b"first".to_vec()).expect("send");
    client.send(b"second".to_vec()).expect("send");
    assert_eq!(host_frame(&room), (writer, b"first".to_vec()));
    assert_eq!(host_frame(&room), (writer, b"second".to_vec()));
    room.host.broadcast(b"to all").expect("broadcast");
    assert_eq!(client_frame(&client), b"to all");
    assert_eq!(room.host.connected(), [writer]);

    // The credential is text a laptop can keep, and reads back whole.
    let kept: Credential = credential.to_string().parse().expect("reads");
    assert_eq!(kept, credential);
    assert!(
        !format!("{credential:?}").contains(&credential.secret.to_text()),
        "Debug hides the secret"
    );
}

#[test]
fn a_bad_token_is_refused() {
    let room = Room::start(host_config());
    let mut code = room.code();
    code.token = Secret([0; 16]);
    let client = Client::start(
        Join::Code {
            code,
            name: "Eve".to_owned(),
        },
        quick(),
    )
    .expect("client");
    let reason = refused(&client);
    assert!(reason.contains("token"), "{reason}");
    let HostEvent::Rejected { reason, .. } = wait_for(room.host.events(), "rejection", |e| {
        matches!(e, HostEvent::Rejected { .. })
    }) else {
        unreachable!()
    };
    assert!(reason.contains("token"), "logged: {reason}");
    assert!(
        room.host.roster().active().next().is_none(),
        "no one admitted"
    );
}

#[test]
fn a_revoked_credential_is_refused_and_its_link_ended() {
    let room = Room::start(host_config());
    let client = room.join("Ana");
    let credential = joined(&client);
    wait_for(client.events(), "link", |e| {
        matches!(e, ClientEvent::Connected(_))
    });
    assert!(room.host.revoke(credential.writer).expect("revoke"));
    let reason = refused(&client);
    assert!(reason.contains("revoked"), "{reason}");

    // Coming back with the same credential, as after the laptop's restart, is refused too.
    let again = Client::start(Join::Again(credential.clone()), quick()).expect("client");
    let reason = refused(&again);
    assert!(reason.contains("revoked"), "{reason}");
    assert!(
        !room.host.revoke(WriterId(99)).expect("revoke"),
        "no such writer"
    );
}

#[test]
fn the_sixth_failed_join_in_a_window_is_refused_even_with_the_right_token() {
    let config = HostConfig {
        failure_window: Duration::from_millis(1500),
        ..host_config()
    };
    let room = Room::start(config);
    let mut bad = room.code();
    bad.token = Secret([1; 16]);
    for _ in 0..5 {
        let client = Client::start(
            Join::Code {
                code: bad.clone(),
                name: "Eve".to_owned(),
            },
            quick(),
        )
        .expect("client");
        assert!(refused(&client).contains("token"));
    }
    let sixth = room.join("Ana");
    let reason = refused(&sixth);
    assert!(reason.contains("too many failed joins"), "{reason}");

    // The window passes: the right token admits again.
    std::thread::sleep(Duration::from_millis(1600));
    still_serves(&room, "Ana");
}

#[test]
fn a_full_room_admits_no_more_writers() {
    let room = Room::start(HostConfig {
        max_writers: 2,
        ..host_config()
    });
    let (first, second) = (room.join("A"), room.join("B"));
    joined(&first);
    joined(&second);
    let third = room.join("C");
    let reason = refused(&third);
    assert!(reason.contains("room is full"), "{reason}");
}

#[test]
fn the_default_limits_are_the_issues() {
    let config = HostConfig::default();
    assert_eq!(
        (
            config.max_writers,
            config.failed_joins,
            config.failure_window
        ),
        (8, 5, Duration::from_secs(60))
    );
    let link = config.link;
    assert_eq!(link.max_frame, 64 * 1024);
    assert_eq!(link.handshake_timeout, Duration::from_secs(10));
    assert!(link.dead_after <= Duration::from_secs(15) && link.keepalive < link.dead_after);
    assert_eq!(
        (link.backoff_min, link.backoff_max),
        (Duration::from_millis(100), Duration::from_secs(2))
    );
}
