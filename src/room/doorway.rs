//! One port for the room: writers' TLS links and phones' plain HTTP arrive on the same
//! listener, told apart by their first byte (0x16 opens a TLS ClientHello).

use std::io;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;
use std::time::Duration;

/// The first byte of a TLS record carrying a handshake message.
const TLS_HANDSHAKE: u8 = 0x16;
/// How long a connection may stay silent before its first byte: the room's handshake time.
const FIRST_BYTE_WITHIN: Duration = Duration::from_secs(10);
/// The most connections waiting for their first byte at once (each holds a small thread).
const MAX_WAITING: usize = 256;

/// A connection that has said what it is.
#[derive(Debug)]
pub enum Arrival {
    /// A writer's TLS link, for [`super::Room::serve`].
    Writer(TcpStream),
    /// A phone's HTTP request, for the phone page's server.
    Phone(TcpStream),
}

/// The room's one port: accepts on its own thread and sorts each connection by its first
/// byte; the screen's loop takes the sorted connections from [`Doorway::arrivals`].
pub struct Doorway {
    addr: SocketAddr,
    arrivals: Receiver<Arrival>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Doorway {
    /// Binds `addr` (port 0: any free one) and starts taking connections.
    pub fn bind(addr: SocketAddr) -> io::Result<Doorway> {
        let listener = TcpListener::bind(addr)?;
        let addr = listener.local_addr()?;
        let (sender, arrivals) = channel();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        let thread = std::thread::Builder::new()
            .name("room doorway".to_owned())
            .spawn(move || accept(&listener, &sender, &stopped))?;
        Ok(Doorway {
            addr,
            arrivals,
            stop,
            thread: Some(thread),
        })
    }

    /// The address it listens on, with the port chosen when port 0 was asked for.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The connections sorted so far; take them with `try_recv`.
    pub fn arrivals(&self) -> &Receiver<Arrival> {
        &self.arrivals
    }
}

impl Drop for Doorway {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the blocking accept, which then sees the stop.
        let _ = TcpStream::connect_timeout(&wake_addr(self.addr), Duration::from_secs(1));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Where to connect to reach a listener on `addr` from this machine.
fn wake_addr(addr: SocketAddr) -> SocketAddr {
    match addr {
        SocketAddr::V4(a) if a.ip().is_unspecified() => (Ipv4Addr::LOCALHOST, a.port()).into(),
        SocketAddr::V6(a) if a.ip().is_unspecified() => (Ipv6Addr::LOCALHOST, a.port()).into(),
        addr => addr,
    }
}

fn accept(listener: &TcpListener, sender: &Sender<Arrival>, stop: &AtomicBool) {
    let waiting = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let Ok(stream) = stream else {
            // Out of file descriptors, or a peer gone before it was taken: wait it out.
            std::thread::sleep(Duration::from_millis(50));
            continue;
        };
        if waiting.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING {
            waiting.fetch_sub(1, Ordering::SeqCst);
            continue;
        }
        let sender = sender.clone();
        let waiting = Arc::clone(&waiting);
        let sorted = std::thread::Builder::new()
            .name("room first byte".to_owned())
            .spawn(move || {
                if let Some(arrival) = sort(stream) {
                    let _ = sender.send(arrival);
                }
                waiting.fetch_sub(1, Ordering::SeqCst);
            });
        if sorted.is_err() {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Waits for the connection's first byte and says what it is; None if it said nothing.
fn sort(stream: TcpStream) -> Option<Arrival> {
    stream.set_read_timeout(Some(FIRST_BYTE_WITHIN)).ok()?;
    let mut first = [0u8; 1];
    let peeked = stream.peek(&mut first).ok()?;
    stream.set_read_timeout(None).ok()?;
    match (peeked, first[0]) {
        (0, _) => None,
        (_, TLS_HANDSHAKE) => Some(Arrival::Writer(stream)),
        _ => Some(Arrival::Phone(stream)),
    }
}
