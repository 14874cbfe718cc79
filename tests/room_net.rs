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

/// The issue's limits with every time shortened, so the tests wait a second at most; the
/// handshake's time leaves room for SPAKE2 in a debug build on a loaded machine.
fn quick() -> LinkConfig {
    LinkConfig {
        max_frame: 64 * 1024,
        handshake_timeout: Duration::from_secs(3),
        keepalive: Duration::from_millis(150),
        dead_after: Duration::from_secs(1),
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
        self.identity.join_code(vec![self.addr])
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

// ---- what a hostile or broken peer meets ----

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;

use plenary::room_net::{Fingerprint, ShortCode};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme, StreamOwned};

/// A verifier that trusts any certificate: the tests' raw peer needs no pinning to play a
/// broken writer.
#[derive(Debug)]
struct AnyCertificate(Arc<CryptoProvider>);

impl ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

type RawLink = StreamOwned<rustls::ClientConnection, TcpStream>;

/// A TLS link to the host that writes whatever bytes the test gives it.
fn raw_link(addr: SocketAddr) -> RawLink {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .expect("TLS 1.3")
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AnyCertificate(provider)))
        .with_no_client_auth();
    let name = ServerName::try_from("plenary.host").expect("name");
    let connection = rustls::ClientConnection::new(Arc::new(config), name).expect("connection");
    let tcp = TcpStream::connect(addr).expect("connect");
    tcp.set_read_timeout(Some(PATIENCE)).expect("timeout");
    let mut link = StreamOwned::new(connection, tcp);
    while link.conn.is_handshaking() {
        link.conn.complete_io(&mut link.sock).expect("handshake");
    }
    link
}

/// A frame as the host reads them: a 4-byte big-endian length, then the body.
fn framed(body: &[u8]) -> Vec<u8> {
    let mut bytes = u32::try_from(body.len())
        .expect("short")
        .to_be_bytes()
        .to_vec();
    bytes.extend_from_slice(body);
    bytes
}

/// The first frame of a writer joining by token (kind 1: token, 2-byte name length, name).
fn join_by_token(token: Secret, name: &str) -> Vec<u8> {
    let mut body = vec![1];
    body.extend_from_slice(&token.0);
    body.extend_from_slice(&u16::try_from(name.len()).expect("short").to_be_bytes());
    body.extend_from_slice(name.as_bytes());
    framed(&body)
}

/// Reads one frame's body from the host.
fn read_body(link: &mut RawLink) -> Vec<u8> {
    let mut len = [0; 4];
    link.read_exact(&mut len).expect("a frame's length");
    let mut body = vec![0; u32::from_be_bytes(len) as usize];
    link.read_exact(&mut body).expect("a frame's body");
    body
}

/// Whether the other side closed the link (rather than the test's read timing out).
fn closed_by_peer(read: std::io::Result<usize>) -> bool {
    match read {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => !matches!(
            e.kind(),
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        ),
    }
}

/// Reads until the peer closes, skipping keepalives; false if the link stayed open.
fn drains_to_close(link: &mut impl Read) -> bool {
    let mut buf = [0; 4096];
    for _ in 0..1000 {
        match link.read(&mut buf) {
            Ok(n) if n > 0 => {}
            other => return closed_by_peer(other),
        }
    }
    false
}

/// A writer admitted over a raw link, past its welcome (kind 6).
fn raw_writer(room: &Room, name: &str) -> (RawLink, WriterId) {
    let mut link = raw_link(room.addr);
    link.write_all(&join_by_token(room.identity.token, name))
        .expect("join");
    let welcome = read_body(&mut link);
    assert_eq!(welcome[0], 6, "a welcome");
    let writer = WriterId(u32::from_be_bytes(
        welcome[1..5].try_into().expect("4 bytes"),
    ));
    (link, writer)
}

fn disconnected(room: &Room, who: WriterId) -> String {
    let HostEvent::Disconnected { reason, .. } = wait_for(
        room.host.events(),
        "disconnection",
        |e| matches!(e, HostEvent::Disconnected { writer, .. } if *writer == who),
    ) else {
        unreachable!()
    };
    reason
}

fn rejected(room: &Room) -> String {
    let HostEvent::Rejected { reason, .. } = wait_for(room.host.events(), "rejection", |e| {
        matches!(e, HostEvent::Rejected { .. })
    }) else {
        unreachable!()
    };
    reason
}

#[test]
fn an_oversized_frame_drops_that_link_is_logged_and_the_host_serves_on() {
    let room = Room::start(host_config());
    let (mut link, writer) = raw_writer(&room, "Big");
    // A length one over the limit; its body is never sent nor read.
    link.write_all(&(64 * 1024 + 1u32).to_be_bytes())
        .expect("length");
    link.flush().expect("flush");
    let reason = disconnected(&room, writer);
    assert!(
        reason.contains("oversized frame (65537 bytes)"),
        "logged: {reason}"
    );
    assert!(drains_to_close(&mut link), "the host closed the link");

    // The same before joining.
    let mut link = raw_link(room.addr);
    link.write_all(&(1u32 << 31).to_be_bytes()).expect("length");
    link.flush().expect("flush");
    assert!(rejected(&room).contains("oversized"));
    assert!(drains_to_close(&mut link));
    still_serves(&room, "Ana");
}

#[test]
fn a_malformed_frame_drops_that_link_is_logged_and_the_host_serves_on() {
    let room = Room::start(host_config());
    let (mut link, writer) = raw_writer(&room, "Odd");
    link.write_all(&framed(&[200, 1, 2, 3]))
        .expect("unknown kind");
    link.flush().expect("flush");
    assert!(disconnected(&room, writer).contains("malformed frame (unknown kind)"));
    assert!(drains_to_close(&mut link));

    // A join cut short, and a first frame that is no join.
    for body in [&[1u8, 2, 3][..], &[8, 1, 2][..], &[][..]] {
        let mut link = raw_link(room.addr);
        link.write_all(&framed(body)).expect("frame");
        link.flush().expect("flush");
        let reason = rejected(&room);
        assert!(reason.contains("malformed frame"), "{body:?}: {reason}");
        assert!(drains_to_close(&mut link));
    }
    still_serves(&room, "Ana");
}

#[test]
fn a_silent_handshake_is_closed() {
    let link = LinkConfig {
        handshake_timeout: Duration::from_millis(500),
        ..quick()
    };
    let room = Room::start(HostConfig {
        link,
        ..host_config()
    });
    // Silent from the first byte: not even TLS.
    let mut tcp = TcpStream::connect(room.addr).expect("connect");
    tcp.set_read_timeout(Some(PATIENCE)).expect("timeout");
    assert!(closed_by_peer(tcp.read(&mut [0; 16])), "closed by the host");
    assert!(rejected(&room).contains("handshake took over 500 ms"));

    // Silent after TLS: no join.
    let mut link = raw_link(room.addr);
    assert!(drains_to_close(&mut link), "closed by the host");
    assert!(rejected(&room).contains("handshake took over 500 ms"));
    still_serves(&room, "Ana");
}

#[test]
fn handshakes_beyond_the_limit_are_closed_at_once() {
    let room = Room::start(HostConfig {
        max_handshakes: 2,
        ..host_config()
    });
    let silent: Vec<TcpStream> = (0..2)
        .map(|_| TcpStream::connect(room.addr).expect("connect"))
        .collect();
    let mut third = TcpStream::connect(room.addr).expect("connect");
    third.set_read_timeout(Some(PATIENCE)).expect("timeout");
    assert!(closed_by_peer(third.read(&mut [0; 16])));
    let reason = rejected(&room);
    assert!(
        reason.contains("2 handshakes are under way already"),
        "{reason}"
    );
    drop(silent);
    // The silent two end (closed by their side); a writer gets in again.
    still_serves(&room, "Ana");
}

/// A TLS server with a certificate of its own that records, for each of `links` connections
/// in turn, how many bytes it received after its handshake (Err if the handshake failed).
fn recording_server(
    links: usize,
) -> (
    SocketAddr,
    Fingerprint,
    std::thread::JoinHandle<Vec<Result<usize, String>>>,
) {
    let (config, fingerprint) = impostor_config();
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    let recorder = std::thread::spawn(move || {
        (0..links)
            .map(|_| {
                let (tcp, _) = listener.accept().expect("accept");
                tcp.set_read_timeout(Some(PATIENCE)).expect("timeout");
                let connection = rustls::ServerConnection::new(config.clone()).expect("connection");
                let mut link = StreamOwned::new(connection, tcp);
                while link.conn.is_handshaking() {
                    if let Err(e) = link.conn.complete_io(&mut link.sock) {
                        return Err(e.to_string());
                    }
                }
                let mut got = Vec::new();
                let _ = link.read_to_end(&mut got);
                Ok(got.len())
            })
            .collect()
    });
    (addr, fingerprint, recorder)
}

#[test]
fn a_host_with_another_certificate_is_refused_before_the_writer_sends_anything() {
    let (addr, its_fingerprint, recorder) = recording_server(2);
    let record = tempfile::tempdir().expect("a record");
    let real = HostIdentity::load_or_create(record.path()).expect("identity");
    let code = JoinCode {
        addrs: vec![addr],
        fingerprint: real.fingerprint(),
        token: real.token,
    };
    let client = Client::start(
        Join::Code {
            code: code.clone(),
            name: "Ana".to_owned(),
        },
        quick(),
    )
    .expect("client");
    let reason = refused(&client);
    assert!(reason.contains("another certificate"), "{reason}");
    drop(client);

    // The recorder does record what a writer sends once it trusts the server.
    let trusting = JoinCode {
        fingerprint: its_fingerprint,
        ..code
    };
    let impatient = LinkConfig {
        handshake_timeout: Duration::from_millis(300),
        ..quick()
    };
    let client = Client::start(
        Join::Code {
            code: trusting,
            name: "Ana".to_owned(),
        },
        impatient,
    )
    .expect("client");
    // It waits for a welcome that never comes and gives up after its handshake timeout.
    wait_for(client.events(), "a lost link", |e| {
        matches!(e, ClientEvent::Lost(_))
    });
    drop(client);

    let recorded = recorder.join().expect("recorder");
    assert!(
        recorded[0].is_err(),
        "the pinned writer never finished the handshake: {recorded:?}"
    );
    assert!(
        matches!(recorded[1], Ok(n) if n > 0),
        "the trusting writer sent its join: {recorded:?}"
    );
}

// ---- the short code ----

/// Another short code than `code`: its number one more.
fn other_code(code: ShortCode) -> ShortCode {
    let text = code.to_string();
    let (number, words) = text.split_once('-').expect("number-words");
    let number: u8 = number.parse().expect("number");
    format!("{}-{words}", (number + 1) % 100)
        .parse()
        .expect("a code")
}

fn join_short(room: &Room, code: ShortCode) -> Client {
    let join = Join::Short {
        code,
        addrs: vec![room.addr],
        name: "Ben".to_owned(),
    };
    Client::start(join, quick()).expect("client")
}

#[test]
fn the_short_code_joins_and_pins_the_hosts_certificate() {
    let room = Room::start(host_config());
    let client = join_short(&room, room.identity.short_code);
    let credential = joined(&client);
    assert_eq!(
        credential.fingerprint,
        room.identity.fingerprint(),
        "the host proved its certificate"
    );
    client.send(b"by short code".to_vec()).expect("send");
    assert_eq!(
        host_frame(&room),
        (credential.writer, b"by short code".to_vec())
    );
    drop(client);

    // Coming back needs no code: the credential pins the certificate.
    let again = Client::start(Join::Again(credential.clone()), quick()).expect("client");
    wait_for(again.events(), "link", |e| {
        *e == ClientEvent::Connected(credential.writer)
    });
}

#[test]
fn a_wrong_short_code_fails_without_revealing_anything_and_counts_as_a_failed_join() {
    let room = Room::start(host_config());
    let wrong = other_code(room.identity.short_code);
    for _ in 0..5 {
        let client = join_short(&room, wrong);
        let reason = refused(&client);
        assert!(reason.contains("short code does not match"), "{reason}");
        // The writer got a refusal and nothing else: no credential, no link.
        let events: Vec<ClientEvent> = client.events().try_iter().collect();
        assert!(
            events.iter().all(|e| matches!(e, ClientEvent::Lost(_))),
            "{events:?}"
        );
        let logged = rejected(&room);
        assert!(
            logged.contains("short code does not match"),
            "logged: {logged}"
        );
    }
    assert!(
        room.host.roster().active().next().is_none(),
        "no one admitted"
    );
    let sixth = join_short(&room, room.identity.short_code);
    assert!(refused(&sixth).contains("too many failed joins"));
}

#[test]
fn wrong_short_codes_over_the_rooms_limit_close_the_short_code_but_not_the_full_one() {
    let config = HostConfig {
        failed_joins: 100,
        wrong_short_codes: 3,
        ..host_config()
    };
    let room = Room::start(config);
    let wrong = other_code(room.identity.short_code);
    for _ in 0..3 {
        assert!(refused(&join_short(&room, wrong)).contains("does not match"));
    }
    let right = join_short(&room, room.identity.short_code);
    let reason = refused(&right);
    assert!(reason.contains("too many wrong short codes"), "{reason}");
    still_serves(&room, "Ana");
}

// ---- links that die ----

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// A TCP relay in front of the host that can cut every link it carries silently: bytes go
/// on being accepted and are dropped, as when a laptop walks out of the Wi-Fi's reach.
struct Relay {
    addr: SocketAddr,
    cut_before: Arc<AtomicU64>,
    next: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
}

impl Relay {
    fn start(upstream: SocketAddr) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let relay = Relay {
            addr: listener.local_addr().expect("addr"),
            cut_before: Arc::new(AtomicU64::new(0)),
            next: Arc::new(AtomicU64::new(0)),
            stop: Arc::new(AtomicBool::new(false)),
        };
        let (cut_before, next, stop) = (
            relay.cut_before.clone(),
            relay.next.clone(),
            relay.stop.clone(),
        );
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let Ok((down, _)) = listener.accept() else {
                    std::thread::sleep(Duration::from_millis(5));
                    continue;
                };
                let Ok(up) = TcpStream::connect(upstream) else {
                    continue;
                };
                let id = next.fetch_add(1, Ordering::Relaxed);
                for (from, to) in [(down.try_clone(), up.try_clone()), (Ok(up), Ok(down))] {
                    let (Ok(from), Ok(to)) = (from, to) else {
                        continue;
                    };
                    let (cut_before, stop) = (cut_before.clone(), stop.clone());
                    std::thread::spawn(move || pump(from, to, id, &cut_before, &stop));
                }
            }
        });
        relay
    }

    /// Cuts every link carried so far; later ones go through.
    fn cut(&self) {
        self.cut_before
            .store(self.next.load(Ordering::Relaxed), Ordering::Relaxed);
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Carries bytes one way until either side closes; a cut link carries nothing, not even the
/// close, so each side must notice the silence for itself.
fn pump(
    mut from: TcpStream,
    mut to: TcpStream,
    id: u64,
    cut_before: &AtomicU64,
    stop: &AtomicBool,
) {
    let _ = from.set_read_timeout(Some(Duration::from_millis(20)));
    let mut buf = [0; 16 * 1024];
    let cut = || id < cut_before.load(Ordering::Relaxed);
    while !stop.load(Ordering::Relaxed) {
        match from.read(&mut buf) {
            Ok(0) => break,
            Ok(n) if !cut() => {
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => break,
        }
    }
    // A cut link passes on no close either: hold the other side open and silent.
    while cut() && !stop.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = to.shutdown(std::net::Shutdown::Both);
}

#[test]
fn a_dead_link_is_noticed_on_both_sides_and_the_writer_comes_back_by_itself() {
    let room = Room::start(host_config());
    let relay = Relay::start(room.addr);
    let code = JoinCode {
        addrs: vec![relay.addr],
        ..room.code()
    };
    let client = Client::start(
        Join::Code {
            code,
            name: "Ana".to_owned(),
        },
        quick(),
    )
    .expect("client");
    let writer = joined(&client).writer;
    wait_for(client.events(), "link", |e| {
        *e == ClientEvent::Connected(writer)
    });

    // Idle for twice the dead time: the keepalive keeps the link up.
    std::thread::sleep(quick().dead_after * 2);
    let idle: Vec<ClientEvent> = client.events().try_iter().collect();
    assert!(
        idle.iter().all(|e| !matches!(e, ClientEvent::Lost(_))),
        "{idle:?}"
    );

    relay.cut();
    let ClientEvent::Lost(reason) = wait_for(client.events(), "a lost link", |e| {
        matches!(e, ClientEvent::Lost(_))
    }) else {
        unreachable!()
    };
    assert!(reason.contains("silent"), "{reason}");
    let reason = disconnected(&room, writer);
    assert!(reason.contains("silent"), "{reason}");
    wait_for(client.events(), "the link back", |e| {
        *e == ClientEvent::Connected(writer)
    });
    client.send(b"after the cut".to_vec()).expect("send");
    assert_eq!(host_frame(&room), (writer, b"after the cut".to_vec()));
}

#[test]
fn a_restarted_host_is_the_same_host_and_its_writers_come_back() {
    let record = tempfile::tempdir().expect("a record folder");
    let start = |addr: &str| {
        let identity = HostIdentity::load_or_create(record.path()).expect("identity");
        let roster = Roster::load(record.path()).expect("roster");
        let host = Host::start(
            identity,
            roster,
            host_config(),
            Some(record.path().to_owned()),
        )
        .expect("host");
        let addr = host
            .listen(TcpListener::bind(addr).expect("bind"))
            .expect("listen");
        (host, addr)
    };
    let (host, addr) = start("127.0.0.1:0");
    let identity = HostIdentity::load(record.path()).expect("identity");
    let code = JoinCode {
        addrs: vec![addr],
        fingerprint: identity.fingerprint(),
        token: identity.token,
    };
    let client = Client::start(
        Join::Code {
            code,
            name: "Ana".to_owned(),
        },
        quick(),
    )
    .expect("client");
    let writer = joined(&client).writer;
    wait_for(client.events(), "link", |e| {
        *e == ClientEvent::Connected(writer)
    });

    drop(host);
    wait_for(client.events(), "a lost link", |e| {
        matches!(e, ClientEvent::Lost(_))
    });
    let (host, _) = start(&addr.to_string());
    wait_for(client.events(), "the link back", |e| {
        *e == ClientEvent::Connected(writer)
    });
    assert_eq!(host.roster().name(writer), Some("Ana"));
}

#[test]
fn the_host_serves_a_connection_accepted_elsewhere() {
    let room = Room::start(host_config());
    let shared = TcpListener::bind("127.0.0.1:0").expect("bind");
    let code = JoinCode {
        addrs: vec![shared.local_addr().expect("addr")],
        ..room.code()
    };
    let client = Client::start(
        Join::Code {
            code,
            name: "Ana".to_owned(),
        },
        quick(),
    )
    .expect("client");
    let (stream, _) = shared.accept().expect("accept");
    // What a port shared with the phone page does: peek, see TLS (a handshake record), pass on.
    let mut first = [0; 1];
    assert_eq!(stream.peek(&mut first).expect("peek"), 1);
    assert_eq!(first[0], 0x16, "a TLS handshake record");
    room.host.serve(stream).expect("serve");
    let writer = joined(&client).writer;
    client
        .send(b"through the shared port".to_vec())
        .expect("send");
    assert_eq!(
        host_frame(&room),
        (writer, b"through the shared port".to_vec())
    );
}

#[test]
fn a_payload_over_the_frame_limit_is_refused_before_it_is_sent() {
    let room = Room::start(host_config());
    let client = room.join("Ana");
    let writer = joined(&client).writer;
    let err = client.send(vec![0; 64 * 1024]).expect_err("too large");
    assert!(err.to_string().contains("65535-byte frame limit"), "{err}");
    client
        .send(vec![7; 64 * 1024 - 1])
        .expect("the largest payload");
    assert_eq!(host_frame(&room), (writer, vec![7; 64 * 1024 - 1]));
    assert!(room.host.send(writer, vec![0; 64 * 1024]).is_err());
}

/// A TLS server's config with a certificate of its own, and its fingerprint.
fn impostor_config() -> (Arc<rustls::ServerConfig>, Fingerprint) {
    let made =
        rcgen::generate_simple_self_signed(vec!["plenary.host".to_owned()]).expect("certificate");
    let fingerprint = Fingerprint::of(made.cert.der());
    let key =
        rustls::pki_types::PrivateKeyDer::try_from(made.signing_key.serialize_der()).expect("key");
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_protocol_versions(&[&rustls::version::TLS13])
    .expect("TLS 1.3")
    .with_no_client_auth()
    .with_single_cert(vec![made.cert.der().clone()], key)
    .expect("server config");
    (Arc::new(config), fingerprint)
}

fn short_field(body: &[u8]) -> (Vec<u8>, &[u8]) {
    let len = usize::from(u16::from_be_bytes([body[0], body[1]]));
    (body[2..2 + len].to_vec(), &body[2 + len..])
}

fn with_len(bytes: &[u8]) -> Vec<u8> {
    let mut out = u16::try_from(bytes.len())
        .expect("short")
        .to_be_bytes()
        .to_vec();
    out.extend_from_slice(bytes);
    out
}

#[test]
fn a_host_that_does_not_hold_the_short_code_is_refused_by_the_writer() {
    // The impostor runs SPAKE2 with its best guess and answers as a host would, with a
    // welcome whose proof is made with the key of its guess.
    let (config, its_fingerprint) = impostor_config();
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    let code: ShortCode = "42-amber-river".parse().expect("code");
    let guess = other_code(code);
    let impostor = std::thread::spawn(move || {
        let (tcp, _) = listener.accept().expect("accept");
        tcp.set_read_timeout(Some(PATIENCE)).expect("timeout");
        let mut link = StreamOwned::new(rustls::ServerConnection::new(config).expect("tls"), tcp);
        let mut len = [0; 4];
        link.read_exact(&mut len).expect("length");
        let mut start = vec![0; u32::from_be_bytes(len) as usize];
        link.read_exact(&mut start).expect("start");
        assert_eq!(start[0], 3, "the writer starts SPAKE2");
        let (_name, rest) = short_field(&start[1..]);
        let (theirs, _) = short_field(rest);
        let (state, ours) = spake2::Spake2::<spake2::Ed25519Group>::start_b(
            &spake2::Password::new(guess.to_string().into_bytes()),
            &spake2::Identity::new(b"plenary writer"),
            &spake2::Identity::new(b"plenary host"),
        );
        link.write_all(&framed(&[&[4][..], &with_len(&ours)].concat()))
            .expect("reply");
        link.read_exact(&mut len).expect("length");
        let mut confirm = vec![0; u32::from_be_bytes(len) as usize];
        link.read_exact(&mut confirm).expect("confirm");
        let key = state.finish(&theirs).expect("a key, wrong or not");
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &key);
        let proof = ring::hmac::sign(&key, &[&b"plenary host"[..], &its_fingerprint.0].concat());
        let welcome = [&[6, 0, 0, 0, 1][..], &[9; 16], &with_len(proof.as_ref())].concat();
        link.write_all(&framed(&welcome)).expect("welcome");
        let _ = link.flush();
    });
    let join = Join::Short {
        code,
        addrs: vec![addr],
        name: "Ben".to_owned(),
    };
    let client = Client::start(join, quick()).expect("client");
    let reason = refused(&client);
    assert!(
        reason.contains("did not prove it holds the short code"),
        "{reason}"
    );
    impostor.join().expect("impostor");
}

// ---- finding the host ----

use plenary::room_net::mdns::{Beacon, MdnsScope, find_hosts};

#[test]
fn the_short_code_joins_a_host_found_by_mdns_on_loopback() {
    let room = Room::start(host_config());
    // An mDNS port of the test's own, on loopback only: nothing reaches the machine's network.
    let port = std::net::UdpSocket::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("addr")
        .port();
    let scope = MdnsScope {
        port,
        loopback_only: true,
    };
    let _beacon = Beacon::start("strategy day", room.addr.port(), scope).expect("announce");
    let addrs = find_hosts(Duration::from_secs(5), scope).expect("browse");
    assert!(
        addrs.contains(&room.addr),
        "found {addrs:?}, the host is at {}",
        room.addr
    );
    assert!(addrs.iter().all(|a| a.ip().is_loopback()), "{addrs:?}");

    let join = Join::Short {
        code: room.identity.short_code,
        addrs,
        name: "Ben".to_owned(),
    };
    let client = Client::start(join, quick()).expect("client");
    assert_eq!(joined(&client).fingerprint, room.identity.fingerprint());
}
