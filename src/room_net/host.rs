//! The host's side: accepts links, admits writers by token, short code or credential, hands
//! every payload to the screen's channel and sends each writer what the screen gives it.

use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use tokio::net::TcpStream;
use tokio::sync::mpsc::unbounded_channel;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;

use super::frame::{self, Message};
use super::identity::{HostIdentity, Secret};
use super::link::{self, LinkEnd, Outgoing};
use super::roster::{Roster, Unknown, WriterId};
use super::{HostConfig, NetError, pake, runtime, tls};

/// What happened on the host's links, for the screen (and its log).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostEvent {
    /// A new writer was admitted and given a credential.
    Joined {
        /// Its number.
        writer: WriterId,
        /// The name it joined with.
        name: String,
    },
    /// A writer's link is up (after joining or coming back).
    Connected(WriterId),
    /// A payload a writer sent.
    Frame {
        /// Who sent it.
        writer: WriterId,
        /// What it sent.
        payload: Vec<u8>,
    },
    /// A writer's link ended: it broke, went silent, sent a frame over the limit or one that
    /// does not read, or was revoked.
    Disconnected {
        /// Whose link.
        writer: WriterId,
        /// Why, for the log.
        reason: String,
    },
    /// A connection that was not admitted: a refused join, a failed or silent handshake.
    Rejected {
        /// Where it came from.
        peer: SocketAddr,
        /// Why, for the log.
        reason: String,
    },
}

/// The host's network, running on a thread of its own until dropped.
pub struct Host {
    shared: Arc<Shared>,
    runtime: tokio::runtime::Handle,
    events: Receiver<HostEvent>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// What every connection's task shares.
struct Shared {
    acceptor: TlsAcceptor,
    identity: HostIdentity,
    config: HostConfig,
    roster: Mutex<Roster>,
    /// Where the roster is kept (the record folder), if anywhere.
    keep_in: Option<PathBuf>,
    links: Mutex<HashMap<WriterId, Live>>,
    failures: Mutex<HashMap<IpAddr, VecDeque<Instant>>>,
    /// Wrong short codes from every address: the short code is short, so guesses spread over
    /// many addresses are limited too.
    wrong_short_codes: Mutex<VecDeque<Instant>>,
    events: Sender<HostEvent>,
    next_link: AtomicU64,
    /// Connections between their first byte and their admission.
    handshakes: AtomicUsize,
}

/// A writer's link that is up.
struct Live {
    id: u64,
    out: tokio::sync::mpsc::UnboundedSender<Outgoing>,
}

/// A join the host turns down; `counts` when it is a failed try at the secrets.
struct Refusal {
    reason: String,
    counts: bool,
}

impl Refusal {
    fn failed(reason: &str) -> Refusal {
        Refusal {
            reason: reason.to_owned(),
            counts: true,
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Host {
    /// Starts the host's network with the record's identity and roster; `keep_in` is the
    /// record folder, where the roster is saved after every join and revocation. No link is
    /// accepted until [`Host::listen`] or [`Host::serve`] is called.
    pub fn start(
        identity: HostIdentity,
        roster: Roster,
        config: HostConfig,
        keep_in: Option<PathBuf>,
    ) -> Result<Host, NetError> {
        let (events_tx, events) = std::sync::mpsc::channel();
        let shared = Arc::new(Shared {
            acceptor: TlsAcceptor::from(tls::server_config(&identity)?),
            identity,
            config,
            roster: Mutex::new(roster),
            keep_in,
            links: Mutex::new(HashMap::new()),
            failures: Mutex::new(HashMap::new()),
            wrong_short_codes: Mutex::new(VecDeque::new()),
            events: events_tx,
            next_link: AtomicU64::new(0),
            handshakes: AtomicUsize::new(0),
        });
        let runtime = runtime()?;
        let handle = runtime.handle().clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("plenary-host".to_owned())
            .spawn(move || {
                let _ = runtime.block_on(stopped);
            })
            .map_err(|e| NetError::Io(format!("cannot start the host's thread: {e}")))?;
        Ok(Host {
            shared,
            runtime: handle,
            events,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// Accepts links on `listener` from now on; returns the address it listens on (the port
    /// chosen when it was 0).
    pub fn listen(&self, listener: std::net::TcpListener) -> Result<SocketAddr, NetError> {
        let io = |e: std::io::Error| NetError::Io(format!("cannot listen: {e}"));
        listener.set_nonblocking(true).map_err(io)?;
        let local = listener.local_addr().map_err(io)?;
        let listener = {
            let _entered = self.runtime.enter();
            tokio::net::TcpListener::from_std(listener).map_err(io)?
        };
        let shared = self.shared.clone();
        self.runtime.spawn(async move {
            loop {
                match listener.accept().await {
                    Ok((tcp, peer)) => {
                        tokio::spawn(serve(shared.clone(), tcp, peer));
                    }
                    // Out of file descriptors, or a connection reset before it was taken:
                    // the listener itself is fine, so wait a moment and go on.
                    Err(_) => tokio::time::sleep(std::time::Duration::from_millis(50)).await,
                }
            }
        });
        Ok(local)
    }

    /// Serves one connection already accepted elsewhere (say by a listener that also serves
    /// the phone page and peeked at the first byte to tell TLS from plain HTTP).
    pub fn serve(&self, stream: std::net::TcpStream) -> Result<(), NetError> {
        let io = |e: std::io::Error| NetError::Io(format!("cannot serve a connection: {e}"));
        stream.set_nonblocking(true).map_err(io)?;
        let peer = stream.peer_addr().map_err(io)?;
        let tcp = {
            let _entered = self.runtime.enter();
            TcpStream::from_std(stream).map_err(io)?
        };
        self.runtime.spawn(serve(self.shared.clone(), tcp, peer));
        Ok(())
    }

    /// What happened on the links, in order; poll it with `try_recv` from the screen's loop.
    pub fn events(&self) -> &Receiver<HostEvent> {
        &self.events
    }

    /// Sends a payload to one writer; false when that writer has no link up (it will ask
    /// for what it missed when it comes back).
    pub fn send(&self, writer: WriterId, payload: Vec<u8>) -> Result<bool, NetError> {
        self.check_size(payload.len())?;
        Ok(lock(&self.shared.links)
            .get(&writer)
            .is_some_and(|live| live.out.send(Outgoing::Data(payload)).is_ok()))
    }

    /// Sends a payload to every writer whose link is up.
    pub fn broadcast(&self, payload: &[u8]) -> Result<(), NetError> {
        self.check_size(payload.len())?;
        for live in lock(&self.shared.links).values() {
            let _ = live.out.send(Outgoing::Data(payload.to_vec()));
        }
        Ok(())
    }

    /// The writers whose link is up.
    pub fn connected(&self) -> Vec<WriterId> {
        let mut writers: Vec<WriterId> = lock(&self.shared.links).keys().copied().collect();
        writers.sort_unstable();
        writers
    }

    /// The admitted writers, revoked ones included.
    pub fn roster(&self) -> Roster {
        lock(&self.shared.roster).clone()
    }

    /// Revokes a writer's credential and ends its link; false if there is no such writer.
    pub fn revoke(&self, writer: WriterId) -> Result<bool, NetError> {
        let known = {
            let mut roster = lock(&self.shared.roster);
            let known = roster.revoke(writer);
            if known {
                self.shared.keep(&roster)?;
            }
            known
        };
        if let Some(live) = lock(&self.shared.links).remove(&writer) {
            let _ = live.out.send(Outgoing::Close(REVOKED.to_owned()));
        }
        Ok(known)
    }

    fn check_size(&self, len: usize) -> Result<(), NetError> {
        let max = self.shared.config.link.max_frame;
        if frame::data_frame_len(len) > max {
            return Err(NetError::TooLarge {
                len,
                max: max.saturating_sub(1),
            });
        }
        Ok(())
    }
}

impl Drop for Host {
    /// Stops the network: every link closes and the thread ends.
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

const REVOKED: &str =
    "the facilitator revoked this laptop's credential: join again with a new code";
const TOO_MANY_SHORT: &str =
    "too many wrong short codes in the room: join with the full code, or wait a minute";
const TOO_MANY: &str = "too many failed joins from this address: wait a minute and try again";

/// One connection, from its first byte to its end.
async fn serve(shared: Arc<Shared>, tcp: TcpStream, peer: SocketAddr) {
    let _ = tcp.set_nodelay(true);
    let Some((stream, writer)) = handshake(&shared, tcp, peer).await else {
        return;
    };
    let (tx, rx) = unbounded_channel();
    let id = shared.next_link.fetch_add(1, Ordering::Relaxed);
    let old = lock(&shared.links).insert(
        writer,
        Live {
            id,
            out: tx.clone(),
        },
    );
    if let Some(old) = old {
        let _ = old
            .out
            .send(Outgoing::Close("this writer connected again".to_owned()));
    }
    shared.event(HostEvent::Connected(writer));
    let events = shared.events.clone();
    let end = link::run(stream, &shared.config.link, tx, rx, |payload| {
        let _ = events.send(HostEvent::Frame { writer, payload });
    })
    .await;
    {
        let mut links = lock(&shared.links);
        if links.get(&writer).is_some_and(|live| live.id == id) {
            links.remove(&writer);
        }
    }
    let (LinkEnd::Lost(reason) | LinkEnd::Refused(reason)) = end;
    shared.event(HostEvent::Disconnected { writer, reason });
}

/// Admits the connection within the handshake's time, if there is room for one more
/// handshake; logs why not.
async fn handshake(
    shared: &Shared,
    tcp: TcpStream,
    peer: SocketAddr,
) -> Option<(TlsStream<TcpStream>, WriterId)> {
    let max = shared.config.max_handshakes;
    if shared.handshakes.fetch_add(1, Ordering::Relaxed) >= max {
        shared.handshakes.fetch_sub(1, Ordering::Relaxed);
        let reason = format!("{max} handshakes are under way already: closed at once");
        shared.event(HostEvent::Rejected { peer, reason });
        return None;
    }
    let timeout = shared.config.link.handshake_timeout;
    let admitted = tokio::time::timeout(timeout, admit(shared, tcp, peer)).await;
    shared.handshakes.fetch_sub(1, Ordering::Relaxed);
    let reason = match admitted {
        Ok(Ok(admitted)) => return Some(admitted),
        Ok(Err(reason)) => reason,
        Err(_) => format!("the handshake took over {}: closed", link::secs(timeout)),
    };
    shared.event(HostEvent::Rejected { peer, reason });
    None
}

/// The TLS handshake and the writer's first frame: the admitted writer, or why not.
async fn admit(
    shared: &Shared,
    tcp: TcpStream,
    peer: SocketAddr,
) -> Result<(TlsStream<TcpStream>, WriterId), String> {
    let mut tls = shared
        .acceptor
        .accept(tcp)
        .await
        .map_err(|e| format!("the TLS handshake failed: {e}"))?;
    if shared.too_many_failures(peer.ip()) {
        let _ = frame::write(
            &mut tls,
            &Message::Refused {
                reason: TOO_MANY.to_owned(),
            },
        )
        .await;
        return Err(TOO_MANY.to_owned());
    }
    let outcome = match frame::read(&mut tls, shared.config.link.max_frame).await {
        Ok(Message::Join { token, name }) => shared.join_by_token(token, &name),
        Ok(Message::Resume { writer, credential }) => shared.resume(writer, credential),
        Ok(Message::PakeStart { name, spake }) => {
            shared.join_by_short_code(&mut tls, &name, &spake).await
        }
        Ok(_) => Err(Refusal::failed(
            "a malformed frame (the first frame is not a join)",
        )),
        Err(e) => Err(Refusal::failed(&e.to_string())),
    };
    match outcome {
        Ok((writer, welcome)) => {
            frame::write(&mut tls, &welcome)
                .await
                .map_err(|e| format!("{writer} admitted, but the link failed: {e}"))?;
            Ok((tls, writer))
        }
        Err(refusal) => {
            if refusal.counts {
                shared.record_failure(peer.ip());
            }
            let message = Message::Refused {
                reason: refusal.reason.clone(),
            };
            let _ = frame::write(&mut tls, &message).await;
            Err(refusal.reason)
        }
    }
}

impl Shared {
    fn event(&self, event: HostEvent) {
        let _ = self.events.send(event);
    }

    fn keep(&self, roster: &Roster) -> Result<(), NetError> {
        match &self.keep_in {
            Some(dir) => roster.save(dir),
            None => Ok(()),
        }
    }

    fn too_many_failures(&self, ip: IpAddr) -> bool {
        let mut failures = lock(&self.failures);
        let now = Instant::now();
        let window = self.config.failure_window;
        failures.retain(|_, times| {
            times.retain(|t| now.duration_since(*t) < window);
            !times.is_empty()
        });
        failures
            .get(&ip)
            .is_some_and(|times| times.len() >= self.config.failed_joins)
    }

    /// Whether the room has seen too many wrong short codes within the window.
    fn short_codes_closed(&self) -> bool {
        let mut wrong = lock(&self.wrong_short_codes);
        let now = Instant::now();
        while wrong
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.config.failure_window)
        {
            wrong.pop_front();
        }
        wrong.len() >= self.config.wrong_short_codes
    }

    fn record_failure(&self, ip: IpAddr) {
        lock(&self.failures)
            .entry(ip)
            .or_default()
            .push_back(Instant::now());
    }

    fn join_by_token(&self, token: Secret, name: &str) -> Result<(WriterId, Message), Refusal> {
        if token.digest() != self.identity.token.digest() {
            return Err(Refusal::failed("the join code's token is not this host's"));
        }
        self.admit_writer(name, Vec::new())
    }

    fn resume(&self, writer: WriterId, credential: Secret) -> Result<(WriterId, Message), Refusal> {
        match lock(&self.roster).check(writer, credential) {
            Ok(()) => Ok((
                writer,
                Message::Welcome {
                    writer,
                    credential,
                    proof: Vec::new(),
                },
            )),
            Err(Unknown::Revoked) => Err(Refusal::failed(REVOKED)),
            Err(Unknown::Wrong) => Err(Refusal::failed("this host does not know that credential")),
        }
    }

    /// SPAKE2 over the short code: the writer proves it holds the code and sees this host's
    /// certificate before the host proves the same and admits it.
    async fn join_by_short_code(
        &self,
        tls: &mut TlsStream<TcpStream>,
        name: &str,
        theirs: &[u8],
    ) -> Result<(WriterId, Message), Refusal> {
        let lost = |e: &dyn std::fmt::Display| {
            Refusal::failed(&format!("the short-code exchange failed: {e}"))
        };
        if self.short_codes_closed() {
            return Err(Refusal {
                reason: TOO_MANY_SHORT.to_owned(),
                counts: false,
            });
        }
        let (exchange, ours) = pake::start_host(self.identity.short_code);
        frame::write(tls, &Message::PakeReply { spake: ours })
            .await
            .map_err(|e| lost(&e))?;
        let key = pake::finish(exchange, theirs)
            .ok_or_else(|| Refusal::failed("a malformed frame (not a SPAKE2 message)"))?;
        let mac = match frame::read(tls, self.config.link.max_frame).await {
            Ok(Message::PakeConfirm { mac }) => mac,
            Ok(_) => {
                return Err(Refusal::failed(
                    "a malformed frame (expected the short code's proof)",
                ));
            }
            Err(e) => return Err(lost(&e)),
        };
        let fingerprint = self.identity.fingerprint();
        if !key.check_writer(fingerprint, &mac) {
            lock(&self.wrong_short_codes).push_back(Instant::now());
            return Err(Refusal::failed("the short code does not match"));
        }
        self.admit_writer(name, key.host_proof(fingerprint))
    }

    fn admit_writer(&self, name: &str, proof: Vec<u8>) -> Result<(WriterId, Message), Refusal> {
        let name = clean_name(name);
        let mut roster = lock(&self.roster);
        let admitted = roster
            .admit(&name, self.config.max_writers)
            .map_err(|e| Refusal {
                reason: format!("the host cannot make a credential: {e}"),
                counts: false,
            })?;
        let Some((writer, credential)) = admitted else {
            return Err(Refusal {
                reason: format!(
                    "the room is full: {} writers have joined (the facilitator can revoke one)",
                    self.config.max_writers
                ),
                counts: false,
            });
        };
        if let Err(e) = self.keep(&roster) {
            roster.revoke(writer);
            return Err(Refusal {
                reason: format!("the host cannot save the writer: {e}"),
                counts: false,
            });
        }
        drop(roster);
        self.event(HostEvent::Joined { writer, name });
        Ok((
            writer,
            Message::Welcome {
                writer,
                credential,
                proof,
            },
        ))
    }
}

/// A name to show on the host's screen: no control characters, at most 40 characters.
fn clean_name(name: &str) -> String {
    let clean: String = name.chars().filter(|c| !c.is_control()).take(40).collect();
    let clean = clean.trim();
    if clean.is_empty() {
        "note-taker".to_owned()
    } else {
        clean.to_owned()
    }
}
