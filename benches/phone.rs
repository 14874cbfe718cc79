//! Fan-out of the phone page to 500 phones on loopback: every update delivered to every
//! phone, the delay from publishing to each phone reading it (p50, p99, max), and the host's
//! memory per phone.
//!
//! The server runs in a child process (this bench again, with PLENARY_BENCH_PHONE_SERVER set)
//! so that its resident memory, read from /proc, holds the server alone; the phones are tokio
//! tasks in this process, each its own connection reading the event stream.
//!
//! `cargo bench --bench phone`

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use plenary::core::history::Live;
use plenary::core::record::Record;
use plenary::example::{DURBAN_AGENDA, durban_script};
use plenary::export::phone::phone_json;
use plenary::phone::PhoneHost;
use plenary::store::agenda_file::parse_agenda;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt};

const PHONES: usize = 500;
const UPDATES: usize = 20;
/// More than the server's gap between two updates to a phone, so none is coalesced away.
const SPACING: Duration = Duration::from_millis(700);
const SERVER: &str = "PLENARY_BENCH_PHONE_SERVER";

fn main() {
    if std::env::var_os(SERVER).is_some() {
        serve();
    } else {
        measure();
    }
}

/// The child: hosts the page on loopback, says where, publishes each line of its input.
fn serve() {
    let host = PhoneHost::start(([127, 0, 0, 1], 0).into(), "{\"k\":0}".to_owned())
        .expect("the server starts");
    println!("{} {}", host.addr(), host.path());
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        host.publish(line);
    }
}

/// The Durban meeting's phone view, the size of a real update.
fn durban_view() -> String {
    let (agenda, _) = parse_agenda("durban-2018.ron", DURBAN_AGENDA.as_bytes()).expect("agenda");
    let mut live = Live::new(Record::new(agenda));
    for change in durban_script() {
        live.apply(&change).expect("the script applies");
    }
    let now = chrono::NaiveDate::from_ymd_opt(2018, 7, 25)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .expect("a time");
    phone_json(&live.record, now)
}

fn resident_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Reads one phone's stream, sending (update number, when read) for each state event.
async fn phone(
    addr: String,
    path: String,
    seen: tokio::sync::mpsc::UnboundedSender<(usize, Instant)>,
) {
    let mut stream = tokio::net::TcpStream::connect(&addr)
        .await
        .expect("connect");
    let request = format!("GET {path}/events HTTP/1.1\r\nHost: phone\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut lines = tokio::io::BufReader::new(stream).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        if let Some(data) = line.strip_prefix("data: {\"k\":") {
            let k: usize = data
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .and_then(|n| n.parse().ok())
                .expect("an update number");
            let _ = seen.send((k, Instant::now()));
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn measure() {
    let view = durban_view();
    let mut child = Command::new(std::env::current_exe().expect("this bench"))
        .env(SERVER, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the server process");
    let mut out = BufReader::new(child.stdout.take().expect("its output"));
    let mut first = String::new();
    out.read_line(&mut first).expect("where it listens");
    let (addr, path) = first.trim().split_once(' ').expect("address and path");
    let (addr, path) = (addr.to_owned(), path.to_owned());
    let mut input = child.stdin.take().expect("its input");
    std::thread::sleep(Duration::from_millis(200));
    let pid = child.id();
    let before = resident_kib(pid);

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let (seen, mut arrivals) = tokio::sync::mpsc::unbounded_channel();
    let published: Arc<std::sync::Mutex<Vec<Instant>>> = Arc::default();
    let sent = Arc::clone(&published);
    let latencies = runtime.block_on(async move {
        for _ in 0..PHONES {
            tokio::spawn(phone(addr.clone(), path.clone(), seen.clone()));
        }
        drop(seen);
        // Every phone has the state it connected to.
        for _ in 0..PHONES {
            arrivals.recv().await.expect("a first state");
        }
        let during = resident_kib(pid);
        let writer = std::thread::spawn(move || {
            // The state a phone connected to counts as its last update: publishing sooner than
            // the server's gap after it would time the rate limit, not the fan-out.
            std::thread::sleep(SPACING);
            for k in 1..=UPDATES {
                sent.lock().expect("times").push(Instant::now());
                writeln!(input, "{{\"k\":{k},\"view\":{view}}}").expect("publish");
                input.flush().expect("publish");
                std::thread::sleep(SPACING);
            }
            input
        });
        let mut latencies = Vec::with_capacity(PHONES * UPDATES);
        let deadline = Instant::now() + SPACING * (UPDATES as u32 + 10);
        while latencies.len() < PHONES * UPDATES && Instant::now() < deadline {
            let Ok(Some((k, at))) =
                tokio::time::timeout(Duration::from_secs(5), arrivals.recv()).await
            else {
                break;
            };
            let published = published.lock().expect("times")[k - 1];
            latencies.push(at.saturating_duration_since(published));
        }
        drop(writer.join());
        (latencies, during)
    });
    let (mut latencies, during) = latencies;
    let _ = child.kill();
    let _ = child.wait();
    latencies.sort();
    let delivered = latencies.len();
    println!(
        "phone fan-out: {PHONES} phones × {UPDATES} updates of {} bytes: {delivered} of {} delivered",
        durban_view().len() + 16,
        PHONES * UPDATES
    );
    if delivered > 0 {
        println!(
            "  publish → read: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
            percentile(&latencies, 0.50).as_secs_f64() * 1e3,
            percentile(&latencies, 0.99).as_secs_f64() * 1e3,
            latencies[delivered - 1].as_secs_f64() * 1e3
        );
    }
    println!(
        "  host memory: {before} KiB before, {during} KiB with {PHONES} phones: {:.1} KiB a phone",
        during.saturating_sub(before) as f64 / PHONES as f64
    );
}
