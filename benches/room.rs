//! The room on loopback: three joined laptops each type notes as fast as the host answers,
//! through the real TLS links, the host's pump and its store (fsync per change, on the
//! build's disk). For each note, the time from the laptop's submit (its outbox fsync
//! included) to the host's acknowledgement: p50, p99, max; then again with 500 phones
//! reading the phone page, which the host feeds after every change.
//!
//! `cargo bench --bench room`

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use plenary::export::phone::phone_json;
use plenary::phone::PhoneHost;
use plenary::room::{Joined, Room};
use plenary::room_net::{HostConfig, Invitation, LinkConfig};
use plenary::store::Store;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt};

const WRITERS: usize = 3;
const NOTES: usize = 300;
const PHONES: usize = 500;
/// Every wait is bounded: a laptop that gets no answer in this long fails the bench.
const WITHIN: Duration = Duration::from_secs(30);

fn main() {
    // Both in one run, so the ratio holds on a shared machine.
    for phones in [0, PHONES] {
        let mut latencies = run(phones);
        latencies.sort();
        let at =
            |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
        println!(
            "room: {WRITERS} writers x {NOTES} notes on loopback, {phones} phones attached, \
             submit -> acknowledged: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({} acknowledged)",
            ms(at(0.50)),
            ms(at(0.99)),
            ms(latencies[latencies.len() - 1]),
            latencies.len()
        );
    }
}

/// One room: the host (pump, store and, with `phones`, the phone page fed after every change
/// with that many phones reading it), three laptops typing; every note's latency.
fn run(phones: usize) -> Vec<Duration> {
    let scratch = common::scratch("room-");
    let record = scratch.path().join("record");
    let (agenda, text) = common::durban();
    let mut opened = Store::create(&record, &text, agenda).expect("the record");
    let room = Room::start(&record, HostConfig::default()).expect("the room");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let addr = room.listen(listener).expect("it listens");
    let invitation = Invitation::Full(room.identity().join_code(vec![addr]));
    let page = PhoneHost::start(([127, 0, 0, 1], 0).into(), "{}".to_owned()).expect("the page");
    let readers = (phones > 0).then(|| attach(phones, page.addr().to_string(), page.path()));
    let stop = Arc::new(AtomicBool::new(false));
    let host = {
        let stop = Arc::clone(&stop);
        thread::spawn(move || {
            let mut host = opened.host();
            let (mut store, mut live, mut room) = (opened.store, opened.live, room);
            while !stop.load(Ordering::Relaxed) {
                let pumped = room.pump_within(
                    Duration::from_millis(1),
                    &mut store,
                    &mut host,
                    &mut live,
                    common::wall_clock(),
                );
                if pumped.changed && phones > 0 {
                    page.publish(phone_json(&live.record, common::wall_clock()));
                }
            }
            live.record.notes.len()
        })
    };
    let laptops: Vec<_> = (0..WRITERS)
        .map(|w| {
            let invitation = invitation.clone();
            let state = scratch.path().join(format!("laptop-{w}"));
            thread::spawn(move || writer(invitation, &format!("writer {w}"), &state))
        })
        .collect();
    let latencies: Vec<Duration> = laptops
        .into_iter()
        .flat_map(|l| l.join().expect("a laptop"))
        .collect();
    if phones > 0 {
        // The page sends a phone at most two updates a second: time for the last one.
        thread::sleep(Duration::from_millis(1500));
    }
    stop.store(true, Ordering::Relaxed);
    let notes = host.join().expect("the host");
    assert_eq!(notes, WRITERS * NOTES, "every note on the host, once");
    if let Some((readers, read)) = readers {
        readers.store(true, Ordering::Relaxed);
        // Each phone's first state, and at least the last one after the notes.
        let read = read.load(Ordering::Relaxed);
        assert!(read >= 2 * phones, "{read} updates read by {phones} phones");
        println!("  {phones} phones read {read} updates in all");
    }
    latencies
}

/// `phones` phones reading the page's event stream on a runtime of their own, each counting
/// the states it read; the flag stops them.
fn attach(phones: usize, addr: String, path: String) -> (Arc<AtomicBool>, Arc<AtomicUsize>) {
    let stop = Arc::new(AtomicBool::new(false));
    let read = Arc::new(AtomicUsize::new(0));
    let (stopping, counting) = (Arc::clone(&stop), Arc::clone(&read));
    let (ready, connected) = std::sync::mpsc::channel();
    thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async move {
            for _ in 0..phones {
                let (addr, path, read) = (addr.clone(), path.clone(), Arc::clone(&counting));
                tokio::spawn(async move {
                    let mut stream = tokio::net::TcpStream::connect(&addr)
                        .await
                        .expect("connect");
                    let request = format!("GET {path}/events HTTP/1.1\r\nHost: phone\r\n\r\n");
                    stream.write_all(request.as_bytes()).await.expect("send");
                    let mut lines = tokio::io::BufReader::new(stream).lines();
                    while let Ok(Some(line)) = lines.next_line().await {
                        if line.starts_with("data: ") {
                            read.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                });
            }
            // Every phone has its first state before the writers start.
            let deadline = Instant::now() + WITHIN;
            while counting.load(Ordering::Relaxed) < phones && Instant::now() < deadline {
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            let _ = ready.send(());
            while !stopping.load(Ordering::Relaxed) {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        });
    });
    connected.recv_timeout(WITHIN).expect("the phones connect");
    (stop, read)
}

/// One laptop: joins, then types `NOTES` notes one after another, each as soon as the last
/// is acknowledged; the latency of each.
fn writer(invitation: Invitation, name: &str, state: &std::path::Path) -> Vec<Duration> {
    let mut joined =
        Joined::start(invitation, name, state, LinkConfig::default()).expect("the laptop starts");
    let started = Instant::now();
    while joined.live().is_none() {
        joined.poll_within(Duration::from_millis(5), common::wall_clock());
        assert!(started.elapsed() < WITHIN, "{name} never got the record");
    }
    let mut latencies = Vec::with_capacity(NOTES);
    for i in 0..NOTES {
        let sent = Instant::now();
        let number = common::file_note(&mut joined, format!("{name}: note {i} of the room bench"));
        common::answered(&mut joined, number, WITHIN);
        latencies.push(sent.elapsed());
    }
    latencies
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
