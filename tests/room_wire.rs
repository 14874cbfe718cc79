//! The room over loopback: a host's pump and joined laptops through room_net's real TLS
//! links. Every loop is bounded in passes and in time.

mod common;

use std::net::{SocketAddr, TcpListener};
use std::path::Path;
use std::time::{Duration, Instant};

use common::{at, new_note, small_agenda};
use plenary::core::history::{Change, Live};
use plenary::core::op::Op;
use plenary::core::room::{Host, Role, WriterId};
use plenary::room::wire::{self, ToHost};
use plenary::room::{Fate, Joined, JoinedEvent, Room};
use plenary::room_net::{Client, ClientEvent, HostConfig, Invitation, Join, LinkConfig};
use plenary::store::{Store, load};

/// The host's side: its record, its order and its room.
struct Hosted {
    store: Store,
    host: Host,
    live: Live,
    room: Room,
    addr: SocketAddr,
}

impl Hosted {
    fn start(dir: &Path, config: HostConfig) -> Hosted {
        let agenda = small_agenda();
        let mut opened = Store::create(dir, common::SMALL, agenda).expect("the record is created");
        let host = opened.host();
        let room = Room::start(dir, config).expect("the room starts");
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
        let addr = room.listen(listener).expect("it listens");
        Hosted {
            store: opened.store,
            host,
            live: opened.live,
            room,
            addr,
        }
    }

    fn invitation(&self) -> Invitation {
        Invitation::Full(self.room.identity().join_code(vec![self.addr]))
    }

    fn pump(&mut self) -> plenary::room::Pumped {
        self.room.pump_within(
            Duration::from_millis(2),
            &mut self.store,
            &mut self.host,
            &mut self.live,
            at(30),
        )
    }
}

/// Pumps the host and polls the laptops until `done` holds, within `within`; the events
/// each laptop saw, in order.
fn until(
    hosted: &mut Hosted,
    laptops: &mut [&mut Joined],
    within: Duration,
    mut done: impl FnMut(&Hosted, &[&mut Joined]) -> bool,
) -> Vec<Vec<JoinedEvent>> {
    let started = Instant::now();
    let mut seen = vec![Vec::new(); laptops.len()];
    for _ in 0..100_000 {
        hosted.pump();
        for (laptop, seen) in laptops.iter_mut().zip(&mut seen) {
            seen.extend(laptop.poll_within(Duration::from_millis(1), at(30)));
        }
        if done(hosted, laptops) {
            return seen;
        }
        assert!(
            started.elapsed() < within,
            "not done within {within:?}: {seen:?}"
        );
    }
    panic!("not done in 100000 passes: {seen:?}");
}

#[test]
fn a_joined_note_is_journaled_by_the_host_and_acknowledged() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let record = dir.path().join("record");
    let mut hosted = Hosted::start(&record, HostConfig::default());
    let mut ana = laptop(
        hosted.invitation(),
        "Ana",
        &dir.path().join("state"),
        LinkConfig::default(),
    );
    until(
        &mut hosted,
        &mut [&mut ana],
        Duration::from_secs(20),
        |_, l| l[0].live().is_some(),
    );
    let note = new_note(
        ana.live().expect("a replica"),
        "the river floods in March",
        5,
    );
    let number = ana.submit(note).expect("submitted");
    assert_eq!(ana.waiting(), 1);
    let seen = until(
        &mut hosted,
        &mut [&mut ana],
        Duration::from_secs(20),
        |_, l| l[0].waiting() == 0,
    );
    assert!(
        seen[0].contains(&JoinedEvent::Acknowledged(number)),
        "{seen:?}"
    );
    assert_eq!(ana.fate(number), Some(&Fate::Acknowledged));
    until(
        &mut hosted,
        &mut [&mut ana],
        Duration::from_secs(20),
        |h, l| l[0].seq() == h.host.seq(),
    );
    assert_eq!(ana.live().expect("a replica").record, hosted.live.record);
    let texts: Vec<&str> = hosted
        .live
        .record
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(texts, ["the river floods in March"]);
    // On the host's disk, as written by Ana's laptop.
    drop(hosted);
    let loaded = load(&record).expect("the record loads");
    assert_eq!(loaded.live.record.notes.len(), 1);
    assert_eq!(loaded.entries.last().map(|e| e.writer), Some(WriterId(1)));
}

/// Starts a laptop joining `hosted` (or `at`, a proxy in front of it) with its state in `state`.
fn laptop(invitation: Invitation, name: &str, state: &Path, config: LinkConfig) -> Joined {
    Joined::start(invitation, name, state, config).expect("the laptop starts")
}

/// Joins and waits for the laptop's first replica.
fn joined(hosted: &mut Hosted, name: &str, state: &Path) -> Joined {
    let mut joined = laptop(hosted.invitation(), name, state, LinkConfig::default());
    until(
        hosted,
        &mut [&mut joined],
        Duration::from_secs(20),
        |_, l| l[0].live().is_some(),
    );
    joined
}

#[test]
fn a_note_takers_facilitator_only_op_is_refused_with_its_message_until_handed_the_role() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut hosted = Hosted::start(&dir.path().join("record"), HostConfig::default());
    let mut ana = joined(&mut hosted, "Ana", &dir.path().join("state"));
    let start = || {
        Change::Do(Op::StartSession {
            session: "open".into(),
            at: at(1),
        })
    };
    let number = ana.submit(start()).expect("submitted");
    let seen = until(
        &mut hosted,
        &mut [&mut ana],
        Duration::from_secs(20),
        |_, l| l[0].waiting() == 0,
    );
    let refused = seen[0].iter().find_map(|e| match e {
        JoinedEvent::Refused { number: n, message } if *n == number => Some(message.clone()),
        _ => None,
    });
    let message = refused.expect("the refusal reached its author");
    assert!(
        message.contains("only the facilitator can start, pause, end or skip a session"),
        "{message}"
    );
    assert_eq!(
        ana.fate(number),
        Some(&Fate::Refused {
            message: message.clone()
        })
    );
    assert_eq!(hosted.host.seq(), 0, "nothing was applied");
    // Handed the role, the same op goes through; taken back, it is refused again.
    let said = hosted
        .room
        .set_role(&mut hosted.host, WriterId(1), Role::Facilitator);
    assert!(said.contains("Ana facilitates"), "{said}");
    let seen = until(
        &mut hosted,
        &mut [&mut ana],
        Duration::from_secs(20),
        |_, l| l[0].role() == Role::Facilitator,
    );
    assert!(seen[0].contains(&JoinedEvent::Role(Role::Facilitator)));
    let number = ana.submit(start()).expect("submitted");
    until(
        &mut hosted,
        &mut [&mut ana],
        Duration::from_secs(20),
        |_, l| l[0].waiting() == 0,
    );
    assert_eq!(ana.fate(number), Some(&Fate::Acknowledged));
    assert_eq!(hosted.host.seq(), 1);
    hosted
        .room
        .set_role(&mut hosted.host, WriterId(1), Role::NoteTaker);
    until(
        &mut hosted,
        &mut [&mut ana],
        Duration::from_secs(20),
        |_, l| l[0].role() == Role::NoteTaker,
    );
    let pause = Change::Do(Op::PauseSession {
        session: "open".into(),
        at: at(2),
    });
    let number = ana.submit(pause).expect("submitted");
    until(
        &mut hosted,
        &mut [&mut ana],
        Duration::from_secs(20),
        |_, l| l[0].waiting() == 0,
    );
    assert!(matches!(ana.fate(number), Some(Fate::Refused { .. })));
}

#[test]
fn a_laptop_restarted_from_its_state_folder_sends_its_outbox_exactly_once() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let state = dir.path().join("state");
    let mut hosted = Hosted::start(&dir.path().join("record"), HostConfig::default());
    let mut ana = joined(&mut hosted, "Ana", &state);
    let first = ana
        .submit(new_note(ana.live().expect("a replica"), "one", 1))
        .expect("submitted");
    until(
        &mut hosted,
        &mut [&mut ana],
        Duration::from_secs(20),
        |_, l| l[0].waiting() == 0,
    );
    // Two more go out, and the laptop dies before any answer reaches it: the host may have
    // applied them or not.
    for text in ["two", "three"] {
        ana.submit(new_note(ana.live().expect("a replica"), text, 2))
            .expect("submitted");
    }
    drop(ana);
    for _ in 0..50 {
        hosted.pump();
    }
    // And one more is written to the outbox while the host is away (never sent).
    let mut ana = laptop(hosted.invitation(), "Ana", &state, LinkConfig::default());
    assert_eq!(ana.waiting(), 2, "the outbox kept what had no answer");
    assert_eq!(ana.fate(first), Some(&Fate::Acknowledged));
    until(
        &mut hosted,
        &mut [&mut ana],
        Duration::from_secs(20),
        |h, l| l[0].waiting() == 0 && l[0].seq() == h.host.seq(),
    );
    assert_eq!(
        ana.writer(),
        Some(WriterId(1)),
        "it came back as the same writer"
    );
    let texts: Vec<&str> = hosted
        .live
        .record
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(texts, ["one", "two", "three"]);
    assert_eq!(hosted.room.net().roster().active().count(), 1);
    assert_eq!(ana.live().map(|l| &l.record), Some(&hosted.live.record));
}

#[test]
fn malformed_and_oversized_messages_are_dropped_and_the_host_carries_on() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut hosted = Hosted::start(&dir.path().join("record"), HostConfig::default());
    let Invitation::Full(code) = hosted.invitation() else {
        unreachable!("a full code")
    };
    let raw = Client::start(
        Join::Code {
            code,
            name: "Mallory".into(),
        },
        LinkConfig::default(),
    )
    .expect("a raw link");
    let started = Instant::now();
    while !matches!(raw.events().try_recv(), Ok(ClientEvent::Connected(_))) {
        hosted.pump();
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "never connected"
        );
    }
    let part = vec![b'x'; 60 * 1024];
    let mut plus = vec![b'+'];
    plus.extend_from_slice(&part);
    let bad: Vec<Vec<u8>> = [
        b"not a message".to_vec(),
        b"={\"v\":1,\"m\":{\"kind\":\"submit\"}}".to_vec(),
        b"={\"v\":9,\"m\":{}}".to_vec(),
        Vec::new(),
    ]
    .into_iter()
    // Parts of a message far over the writers' limit (4 MiB), then its end.
    .chain(std::iter::repeat_n(plus, 80))
    .chain([b".}".to_vec()])
    .collect();
    for payload in bad {
        raw.send(payload).expect("sent");
    }
    // Another writer is served meanwhile, and so is Mallory's next good message.
    let mut ana = joined(&mut hosted, "Ana", &dir.path().join("state"));
    let number = ana
        .submit(new_note(ana.live().expect("a replica"), "still here", 3))
        .expect("submitted");
    until(
        &mut hosted,
        &mut [&mut ana],
        Duration::from_secs(30),
        |h, l| l[0].waiting() == 0 && h.room.log().filter(|l| l.contains("dropped")).count() >= 5,
    );
    assert_eq!(ana.fate(number), Some(&Fate::Acknowledged));
    let log: Vec<&str> = hosted.room.log().collect();
    let dropped: Vec<&&str> = log.iter().filter(|l| l.contains("Mallory")).collect();
    assert!(
        dropped.iter().any(|l| l.contains("does not read")),
        "{log:?}"
    );
    assert!(dropped.iter().any(|l| l.contains("version 9")), "{log:?}");
    assert!(
        dropped.iter().any(|l| l.contains("empty payload")),
        "{log:?}"
    );
    assert!(
        dropped.iter().any(|l| l.contains("over 4194304 bytes")),
        "{log:?}"
    );
    let hello = wire::encode(
        &ToHost::Hello {
            last_seq: None,
            last_number: 0,
        },
        wire::PART,
    )
    .expect("it encodes");
    for payload in hello {
        raw.send(payload).expect("sent");
    }
    let mut welcomed = false;
    for _ in 0..20_000 {
        hosted.pump();
        if let Ok(ClientEvent::Frame(payload)) = raw.events().try_recv() {
            welcomed = String::from_utf8_lossy(&payload).contains("welcome");
            if welcomed {
                break;
            }
        }
        assert!(started.elapsed() < Duration::from_secs(40), "no welcome");
    }
    assert!(welcomed, "Mallory's link still works");
}

/// A proxy on loopback in front of the host that cuts every link it carries after a random
/// number of bytes in each direction — mid-handshake, mid-frame, between the host's fsync and
/// its answer — until it has cut `cuts` links; after that it passes everything.
struct Cutter {
    addr: SocketAddr,
    cut: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl Cutter {
    fn start(to: SocketAddr, cuts: usize, seed: u64) -> Cutter {
        Cutter::with_jitter(to, cuts, seed, None)
    }

    /// As [`Cutter::start`], each chunk held up to `jitter` before it goes on.
    fn with_jitter(to: SocketAddr, cuts: usize, seed: u64, jitter: Option<Duration>) -> Cutter {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
        let addr = listener.local_addr().expect("its address");
        let cut = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&cut);
        std::thread::spawn(move || {
            let mut rng = fastrand::Rng::with_seed(seed);
            for client in listener.incoming() {
                let (Ok(client), Ok(host)) = (client, std::net::TcpStream::connect(to)) else {
                    continue;
                };
                let cutting = counted.load(Ordering::SeqCst) < cuts;
                // Budgets from a few bytes (inside the TLS handshake) to whole records.
                let budget = |rng: &mut fastrand::Rng| {
                    if cutting {
                        Some(rng.usize(0..24_000))
                    } else {
                        None
                    }
                };
                let (up, down) = (budget(&mut rng), budget(&mut rng));
                let link = Arc::new(AtomicUsize::new(0));
                for (from, to, budget) in [
                    (client.try_clone(), host.try_clone(), up),
                    (host.try_clone(), client.try_clone(), down),
                ] {
                    let (Ok(from), Ok(to)) = (from, to) else {
                        continue;
                    };
                    let (counted, link) = (Arc::clone(&counted), Arc::clone(&link));
                    let rng = fastrand::Rng::with_seed(rng.u64(..));
                    std::thread::spawn(move || {
                        pipe(
                            from,
                            to,
                            budget,
                            (&counted, &link),
                            jitter.map(|j| (j, rng)),
                        );
                    });
                }
            }
        });
        Cutter { addr, cut }
    }

    fn cuts(&self) -> usize {
        self.cut.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// Copies `from` to `to`; after `budget` bytes writes only what fits, then cuts both ways
/// (counted once a link).
fn pipe(
    mut from: std::net::TcpStream,
    mut to: std::net::TcpStream,
    budget: Option<usize>,
    (cuts, link): (
        &std::sync::atomic::AtomicUsize,
        &std::sync::atomic::AtomicUsize,
    ),
    mut jitter: Option<(Duration, fastrand::Rng)>,
) {
    use std::io::{Read, Write};
    use std::sync::atomic::Ordering;
    let mut left = budget;
    let mut buf = [0u8; 4096];
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let send = left.map_or(n, |l| n.min(l));
        if let Some((most, rng)) = jitter.as_mut() {
            let most = u64::try_from(most.as_micros()).unwrap_or(u64::MAX);
            std::thread::sleep(Duration::from_micros(rng.u64(0..=most)));
        }
        if to.write_all(&buf[..send]).is_err() {
            break;
        }
        if let Some(l) = left.as_mut() {
            *l -= send;
            if send < n || *l == 0 {
                if link.fetch_add(1, Ordering::SeqCst) == 0 {
                    cuts.fetch_add(1, Ordering::SeqCst);
                }
                break;
            }
        }
    }
    let _ = from.shutdown(std::net::Shutdown::Both);
    let _ = to.shutdown(std::net::Shutdown::Both);
}

#[test]
fn links_cut_two_hundred_times_at_the_worst_moments_land_every_note_exactly_once() {
    const CUTS: usize = 200;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let quick = LinkConfig {
        keepalive: Duration::from_millis(150),
        dead_after: Duration::from_secs(1),
        handshake_timeout: Duration::from_secs(3),
        backoff_min: Duration::from_millis(5),
        backoff_max: Duration::from_millis(50),
        ..LinkConfig::default()
    };
    let config = HostConfig {
        link: quick.clone(),
        // Every reconnection is a join with the credential; none of them is a failure.
        ..HostConfig::default()
    };
    let mut hosted = Hosted::start(&dir.path().join("record"), config);
    let cutter = Cutter::start(hosted.addr, CUTS, 7);
    let invitation = Invitation::Full(hosted.room.identity().join_code(vec![cutter.addr]));
    let mut laptops: Vec<Joined> = ["Ana", "Ben", "Cy"]
        .iter()
        .map(|name| {
            laptop(
                invitation.clone(),
                name,
                &dir.path().join(name),
                quick.clone(),
            )
        })
        .collect();
    let started = Instant::now();
    let mut sent: Vec<String> = Vec::new();
    // Notes keep coming while the links are cut, then until every one is answered.
    for pass in 0..2_000_000u64 {
        hosted.pump();
        for (w, laptop) in laptops.iter_mut().enumerate() {
            laptop.poll_within(Duration::from_micros(200), at(30));
            let typing = cutter.cuts() < CUTS && laptop.waiting() < 4 && pass % 7 == 0;
            if typing && let Some(live) = laptop.live() {
                let text = format!("note {} from laptop {w}", sent.len());
                let note = new_note(live, &text, 3);
                laptop.submit(note).expect("kept in the outbox");
                sent.push(text);
            }
        }
        let settled = laptops
            .iter()
            .all(|l| l.waiting() == 0 && l.seq() == hosted.host.seq());
        if cutter.cuts() >= CUTS && settled {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "not settled: {} cuts, {} sent, waiting {:?}",
            cutter.cuts(),
            sent.len(),
            laptops.iter().map(Joined::waiting).collect::<Vec<_>>()
        );
    }
    assert!(cutter.cuts() >= CUTS, "only {} cuts", cutter.cuts());
    // Enough notes that many were in flight when a link fell.
    assert!(sent.len() >= CUTS, "only {} notes sent", sent.len());
    eprintln!(
        "{} links cut while {} notes were typed",
        cutter.cuts(),
        sent.len()
    );
    // Every note on the host exactly once; every laptop's replica the host's record, no gap.
    let mut texts: Vec<&str> = hosted
        .live
        .record
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    texts.sort_unstable();
    let mut want: Vec<&str> = sent.iter().map(String::as_str).collect();
    want.sort_unstable();
    assert_eq!(texts, want);
    for laptop in &laptops {
        assert_eq!(laptop.live().map(|l| &l.record), Some(&hosted.live.record));
    }
    // And the journal on disk replays to the same record.
    drop(laptops);
    let record = hosted.live.record.clone();
    drop(hosted);
    let loaded = load(&dir.path().join("record")).expect("the record loads");
    assert_eq!(loaded.live.record, record);
}

#[test]
fn three_laptops_and_the_host_converge_over_loopback_with_jitter() {
    const OPS: u64 = 1000;
    const FACILITATOR: usize = 500;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut hosted = Hosted::start(&dir.path().join("record"), HostConfig::default());
    // 0-5 ms on every chunk each way, no cuts.
    let proxy = Cutter::with_jitter(hosted.addr, 0, 3, Some(Duration::from_millis(5)));
    let invitation = Invitation::Full(hosted.room.identity().join_code(vec![proxy.addr]));
    let mut laptops: Vec<Joined> = ["Ana", "Ben", "Cy"]
        .iter()
        .map(|name| {
            let state = dir.path().join(name);
            laptop(invitation.clone(), name, &state, LinkConfig::default())
        })
        .collect();
    {
        let mut all: Vec<&mut Joined> = laptops.iter_mut().collect();
        until(&mut hosted, &mut all, Duration::from_secs(30), |_, l| {
            l.iter().all(|j| j.live().is_some() && j.writer().is_some())
        });
    }
    // The third laptop facilitates: its ops move sessions and cards too.
    let third = laptops[2].writer().expect("admitted");
    hosted
        .room
        .set_role(&mut hosted.host, third, Role::Facilitator);
    let mut rng = fastrand::Rng::with_seed(5);
    let mut numbers: Vec<Vec<u64>> = vec![Vec::new(); laptops.len()];
    let mut facilitator = 0;
    let started = Instant::now();
    for pass in 0..10_000_000u64 {
        hosted.pump();
        for (w, laptop) in laptops.iter_mut().enumerate() {
            laptop.poll_within(Duration::from_micros(100), at(30));
            let made = numbers[w].len() as u64;
            if made < OPS && laptop.waiting() < 6 {
                let Some(live) = laptop.live() else { continue };
                // Mostly capture, which names ids of the laptop's own copy so ids collide;
                // any op now and then, some a note-taker may not make.
                let kind = if rng.u8(..10) < 7 {
                    [10, 10, 11, 12, 17, 18, 30, 32][rng.usize(..8)]
                } else {
                    rng.u8(..common::KINDS)
                };
                let pick = common::Pick {
                    kind,
                    a: rng.usize(..64),
                    b: rng.usize(..64),
                    c: rng.usize(..64),
                };
                let change = common::change_for(live, pick, 20);
                numbers[w].push(laptop.submit(change).expect("kept in the outbox"));
            }
        }
        if facilitator < FACILITATOR && pass % 5 == 0 {
            let pick = common::Pick {
                kind: rng.u8(..common::KINDS),
                a: rng.usize(..64),
                b: rng.usize(..64),
                c: rng.usize(..64),
            };
            let submission = plenary::core::room::Submission {
                writer: WriterId::HOST,
                number: 0,
                base: hosted.host.seq(),
                change: common::change_for(&hosted.live, pick, 20),
            };
            let (_, saved) =
                hosted
                    .store
                    .submit(&mut hosted.host, &mut hosted.live, &submission, at(20));
            saved.expect("on disk");
            facilitator += 1;
        }
        let done = facilitator == FACILITATOR
            && numbers.iter().all(|n| n.len() as u64 == OPS)
            && laptops
                .iter()
                .all(|l| l.waiting() == 0 && l.seq() == hosted.host.seq());
        if done {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "not done: {:?} made, waiting {:?}",
            numbers.iter().map(Vec::len).collect::<Vec<_>>(),
            laptops.iter().map(Joined::waiting).collect::<Vec<_>>()
        );
    }
    // Every laptop's replica is the host's record.
    for laptop in &laptops {
        assert_eq!(laptop.live().map(|l| &l.record), Some(&hosted.live.record));
    }
    // Every change reached its author's fate: applied, or refused with a message.
    let mut refused = 0;
    for (laptop, numbers) in laptops.iter().zip(&numbers) {
        for n in numbers {
            match laptop.fate(*n) {
                Some(Fate::Acknowledged) => {}
                Some(Fate::Refused { message }) => {
                    assert!(!message.is_empty());
                    refused += 1;
                }
                other => panic!("change {n} ended {other:?}"),
            }
        }
    }
    assert!(
        refused > 0,
        "some ops were refused, and each author was told"
    );
    let record = hosted.live.record.clone();
    let seq = hosted.host.seq();
    drop(laptops);
    drop(hosted);
    // The journal replays to the host's record, each writer's numbers once, in order.
    let loaded = load(&dir.path().join("record")).expect("the record loads");
    assert_eq!(loaded.live.record, record);
    assert_eq!(loaded.changes, seq);
    let mut last: std::collections::BTreeMap<WriterId, u64> = Default::default();
    for entry in &loaded.entries {
        if entry.writer == WriterId::HOST {
            continue;
        }
        let before = last.insert(entry.writer, entry.number).unwrap_or(0);
        assert!(
            entry.number > before,
            "{:?} applied twice or out of order",
            entry.writer
        );
    }
    common::assert_invariants(&record);
}
