//! How soon a joined laptop is back after its link drops, with the link settings a room
//! uses (backoff 100 ms to 2 s, keepalive 15 s), on loopback through the real TLS links.
//!
//! - **Cut links**: a proxy in front of the host closes every link it carries, 20 times; right
//!   after each cut the laptop files a note. Timed from the cut to the host's acknowledgement
//!   of that note: noticing the drop, the backoff, a new TLS handshake and join, the resend.
//! - **Host restarted**: the host goes away for 0.5 s to 3 s (its laptops' backoff growing
//!   meanwhile), a note is filed while it is away, and a new host opens the same record on the
//!   same address, as `plenary resume RECORD --host` does. Timed from the new host listening
//!   to the acknowledgement, 6 times.
//!
//! `cargo bench --bench reconnect`

mod common;

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use plenary::room::{Joined, Room};
use plenary::room_net::{HostConfig, HostIdentity, Invitation, JoinCode, LinkConfig};
use plenary::store::Store;

const CUTS: usize = 20;
const RESTARTS: [u64; 6] = [500, 1000, 1500, 2000, 2500, 3000];
/// Every wait is bounded: a note not acknowledged in this long fails the bench.
const WITHIN: Duration = Duration::from_secs(30);

fn main() {
    let scratch = common::scratch("reconnect-");
    let record = scratch.path().join("record");
    let (agenda, text) = common::durban();
    drop(Store::create(&record, &text, agenda).expect("the record"));
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let addr = listener.local_addr().expect("its address");

    let host = Hosting::start(&record, listener);
    let proxy = Proxy::start(addr);
    let invitation = Invitation::Full(host.join_code(proxy.addr));
    let mut laptop = Joined::start(
        invitation,
        "note-taker",
        &scratch.path().join("laptop"),
        LinkConfig::default(),
    )
    .expect("the laptop starts");
    wait(&mut laptop, |l| l.live().is_some(), "the record");
    let mut cut = Vec::with_capacity(CUTS);
    for i in 0..CUTS {
        // A moment on the link, as between notes in a meeting.
        settle(&mut laptop, Duration::from_millis(300));
        proxy.cut_all();
        let from = Instant::now();
        acknowledged(&mut laptop, &format!("note {i} after a cut"));
        cut.push(from.elapsed());
    }
    report("cut links", &mut cut);
    drop(proxy);
    drop(host);

    // From here the laptop reaches the host directly, so a restart is the only break.
    let listener = TcpListener::bind(addr).expect("the address again");
    let mut host = Hosting::start(&record, listener);
    let invitation = Invitation::Full(host.join_code(addr));
    let mut laptop = Joined::start(
        invitation,
        "note-taker 2",
        &scratch.path().join("laptop-2"),
        LinkConfig::default(),
    )
    .expect("the second laptop starts");
    wait(&mut laptop, |l| l.live().is_some(), "the record");
    let mut restarted = Vec::with_capacity(RESTARTS.len());
    for (i, away) in RESTARTS.into_iter().enumerate() {
        settle(&mut laptop, Duration::from_millis(300));
        drop(host);
        let gone = Instant::now();
        // The note goes to the outbox while no host answers.
        let number = common::file_note(&mut laptop, format!("note {i} while the host is away"));
        while gone.elapsed() < Duration::from_millis(away) {
            laptop.poll_within(Duration::from_millis(5), common::wall_clock());
        }
        let listener = TcpListener::bind(addr).expect("the host's address again");
        host = Hosting::start(&record, listener);
        let from = Instant::now();
        common::answered(&mut laptop, number, WITHIN);
        restarted.push(from.elapsed());
    }
    report("host restarted", &mut restarted);
}

/// A host on a thread of its own: the record opened from disk, its room, its pump.
struct Hosting {
    stop: Arc<AtomicBool>,
    identity: HostIdentity,
    thread: Option<thread::JoinHandle<()>>,
}

impl Hosting {
    fn start(record: &Path, listener: TcpListener) -> Hosting {
        let mut opened = Store::open(record).expect("the record opens");
        let room = Room::start(record, HostConfig::default()).expect("the room");
        room.listen(listener).expect("it listens");
        let identity = room.identity().clone();
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = Arc::clone(&stop);
        let thread = thread::spawn(move || {
            let mut host = opened.host();
            let (mut store, mut live, mut room) = (opened.store, opened.live, room);
            while !stopping.load(Ordering::Relaxed) {
                room.pump_within(
                    Duration::from_millis(1),
                    &mut store,
                    &mut host,
                    &mut live,
                    common::wall_clock(),
                );
            }
        });
        Hosting {
            stop,
            identity,
            thread: Some(thread),
        }
    }

    fn join_code(&self, addr: SocketAddr) -> JoinCode {
        self.identity.join_code(vec![addr])
    }
}

impl Drop for Hosting {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A proxy on loopback in front of the host that can close every link it carries at once.
struct Proxy {
    addr: SocketAddr,
    links: Arc<Mutex<Vec<TcpStream>>>,
}

impl Proxy {
    fn start(to: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
        let addr = listener.local_addr().expect("its address");
        let links = Arc::new(Mutex::new(Vec::new()));
        let held = Arc::clone(&links);
        thread::spawn(move || {
            for client in listener.incoming() {
                let (Ok(client), Ok(host)) = (client, TcpStream::connect(to)) else {
                    continue;
                };
                for (from, to) in [
                    (client.try_clone(), host.try_clone()),
                    (host.try_clone(), client.try_clone()),
                ] {
                    if let (Ok(from), Ok(to)) = (from, to) {
                        thread::spawn(move || pipe(from, to));
                    }
                }
                if let Ok(mut links) = held.lock() {
                    links.extend([client, host]);
                }
            }
        });
        Proxy { addr, links }
    }

    fn cut_all(&self) {
        if let Ok(mut links) = self.links.lock() {
            for link in links.drain(..) {
                let _ = link.shutdown(Shutdown::Both);
            }
        }
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.cut_all();
    }
}

fn pipe(mut from: TcpStream, mut to: TcpStream) {
    let mut buf = [0u8; 16 * 1024];
    while let Ok(n @ 1..) = from.read(&mut buf) {
        if to.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = to.shutdown(Shutdown::Both);
}

/// Polls the laptop until `done`, within [`WITHIN`].
fn wait(laptop: &mut Joined, done: impl Fn(&Joined) -> bool, what: &str) {
    let started = Instant::now();
    while !done(laptop) {
        laptop.poll_within(Duration::from_millis(5), common::wall_clock());
        assert!(started.elapsed() < WITHIN, "no {what} within {WITHIN:?}");
    }
}

/// Polls the laptop for `time`.
fn settle(laptop: &mut Joined, time: Duration) {
    let started = Instant::now();
    while started.elapsed() < time {
        laptop.poll_within(Duration::from_millis(5), common::wall_clock());
    }
}

/// Files a note and waits for the host's acknowledgement of it.
fn acknowledged(laptop: &mut Joined, text: &str) {
    let number = common::file_note(laptop, text.to_owned());
    common::answered(laptop, number, WITHIN);
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "reconnect, {what}: back and acknowledged in p50 {:.0} ms, max {:.0} ms ({} times)",
        ms(at(0.50)),
        ms(times[times.len() - 1]),
        times.len()
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
