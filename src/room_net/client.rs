//! A writer's side: joins the host once (full code or short code), then keeps a link up with
//! its own credential, reconnecting by itself with backoff when the link breaks.

use std::fmt;
use std::net::SocketAddr;
use std::str::FromStr;
use std::sync::mpsc::{Receiver, Sender};

use tokio::net::TcpStream;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

use super::code::{JoinCode, ShortCode, base32_decode, base32_encode, parse_addrs};
use super::frame::{self, Message};
use super::identity::{Fingerprint, Secret};
use super::link::{self, LinkEnd, Outgoing};
use super::roster::WriterId;
use super::{LinkConfig, NetError, pake, runtime, tls};

/// How a laptop joins the host.
#[derive(Clone, Debug)]
pub enum Join {
    /// With the full join code, as a new writer named `name`.
    Code {
        /// The code.
        code: JoinCode,
        /// The name the host shows.
        name: String,
    },
    /// With the short code, as a new writer named `name`, at one of `addrs`.
    Short {
        /// The code.
        code: ShortCode,
        /// Where the host listens.
        addrs: Vec<SocketAddr>,
        /// The name the host shows.
        name: String,
    },
    /// With the credential it was given when it joined (after the laptop's own restart).
    Again(Credential),
}

/// A writer's own credential, given by the host when it joined: what it needs to come back,
/// whatever happens to the laptop. Keep it owner-only, like a key.
#[derive(Clone, PartialEq, Eq)]
pub struct Credential {
    /// Where the host listens.
    pub addrs: Vec<SocketAddr>,
    /// The certificate the host shows.
    pub fingerprint: Fingerprint,
    /// The writer's number.
    pub writer: WriterId,
    /// The writer's secret.
    pub secret: Secret,
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credential")
            .field("addrs", &self.addrs)
            .field("fingerprint", &self.fingerprint)
            .field("writer", &self.writer)
            .finish_non_exhaustive()
    }
}

/// What [`Credential`]'s text starts with.
const CREDENTIAL_PREFIX: &str = "plenary1-writer";

impl fmt::Display for Credential {
    /// `plenary1-writer/ADDRS/FINGERPRINT/WRITER/SECRET`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let addrs: Vec<String> = self.addrs.iter().map(ToString::to_string).collect();
        write!(
            f,
            "{CREDENTIAL_PREFIX}/{}/{}/{}/{}",
            addrs.join(","),
            base32_encode(&self.fingerprint.0),
            self.writer.0,
            self.secret.to_text()
        )
    }
}

impl FromStr for Credential {
    type Err = NetError;

    fn from_str(text: &str) -> Result<Credential, NetError> {
        let bad = || NetError::Code("not a writer's credential".to_owned());
        let parts: Vec<&str> = text.trim().split('/').collect();
        let [CREDENTIAL_PREFIX, addrs, fingerprint, writer, secret] = parts.as_slice() else {
            return Err(bad());
        };
        Ok(Credential {
            addrs: parse_addrs(addrs)?,
            fingerprint: base32_decode(fingerprint)
                .and_then(|b| <[u8; 32]>::try_from(b).ok())
                .map(Fingerprint)
                .ok_or_else(bad)?,
            writer: WriterId(writer.parse().map_err(|_| bad())?),
            secret: Secret::from_text(secret).ok_or_else(bad)?,
        })
    }
}

/// What happened on the writer's link, for its screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClientEvent {
    /// The host admitted this laptop as a new writer: keep the credential to come back.
    Joined(Credential),
    /// A link to the host is up. Payloads sent before may or may not have reached the host:
    /// send again whatever it has not acknowledged.
    Connected(WriterId),
    /// A payload from the host.
    Frame(Vec<u8>),
    /// The host cannot be reached or the link broke; the client is trying again.
    Lost(String),
    /// The host refused this laptop, or is not the host of the code: the client has stopped.
    Refused(String),
}

/// A writer's link to the host, running on a thread of its own until dropped.
pub struct Client {
    out: UnboundedSender<Vec<u8>>,
    events: Receiver<ClientEvent>,
    max_frame: usize,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Client {
    /// Starts joining the host; what happens arrives on [`Client::events`].
    pub fn start(join: Join, config: LinkConfig) -> Result<Client, NetError> {
        let (out, pending) = unbounded_channel();
        let (events_tx, events) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let max_frame = config.max_frame;
        let runtime = runtime()?;
        let thread = std::thread::Builder::new()
            .name("plenary-writer".to_owned())
            .spawn(move || {
                runtime.block_on(async move {
                    tokio::select! {
                        () = stay_joined(join, config, pending, events_tx) => {}
                        _ = stopped => {}
                    }
                });
            })
            .map_err(|e| NetError::Io(format!("cannot start the writer's thread: {e}")))?;
        Ok(Client {
            out,
            events,
            max_frame,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// Sends a payload to the host on the link that is up, or on the next one. A payload in
    /// flight when a link breaks may be lost: after [`ClientEvent::Connected`], send again
    /// what the host has not acknowledged.
    pub fn send(&self, payload: Vec<u8>) -> Result<(), NetError> {
        if frame::data_frame_len(payload.len()) > self.max_frame {
            return Err(NetError::TooLarge {
                len: payload.len(),
                max: self.max_frame - 1,
            });
        }
        self.out.send(payload).map_err(|_| NetError::Stopped)
    }

    /// What happened on the link, in order; poll it with `try_recv` from the screen's loop.
    pub fn events(&self) -> &Receiver<ClientEvent> {
        &self.events
    }
}

impl Drop for Client {
    /// Closes the link and ends the thread.
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Why one try at a link did not give one.
enum Failed {
    /// The host could not be reached or the handshake broke: try again after a wait.
    Retry(String),
    /// The host refused, or is not the right host: stop.
    Fatal(String),
}

/// Joins, then keeps a link up until the host refuses this laptop.
async fn stay_joined(
    mut join: Join,
    config: LinkConfig,
    mut pending: UnboundedReceiver<Vec<u8>>,
    events: Sender<ClientEvent>,
) {
    let mut wait = config.backoff_min;
    loop {
        match connect(&join, &config).await {
            Ok((stream, credential)) => {
                if !matches!(join, Join::Again(_)) {
                    let _ = events.send(ClientEvent::Joined(credential.clone()));
                }
                let writer = credential.writer;
                join = Join::Again(credential);
                let _ = events.send(ClientEvent::Connected(writer));
                match carry(stream, &config, &mut pending, &events).await {
                    LinkEnd::Lost(reason) => {
                        let _ = events.send(ClientEvent::Lost(reason));
                    }
                    LinkEnd::Refused(reason) => {
                        let _ = events.send(ClientEvent::Refused(reason));
                        return;
                    }
                }
                wait = config.backoff_min;
            }
            Err(Failed::Fatal(reason)) => {
                let _ = events.send(ClientEvent::Refused(reason));
                return;
            }
            Err(Failed::Retry(reason)) => {
                let _ = events.send(ClientEvent::Lost(reason));
            }
        }
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(config.backoff_max);
    }
}

/// Runs one link, taking payloads from `pending` while it is up.
async fn carry(
    stream: TlsStream<TcpStream>,
    config: &LinkConfig,
    pending: &mut UnboundedReceiver<Vec<u8>>,
    events: &Sender<ClientEvent>,
) -> LinkEnd {
    let (tx, rx) = unbounded_channel();
    let forward = {
        let tx = tx.clone();
        async move {
            while let Some(payload) = pending.recv().await {
                if tx.send(Outgoing::Data(payload)).is_err() {
                    break;
                }
            }
            // The screen dropped the client: nothing more will be sent.
            std::future::pending::<()>().await;
        }
    };
    let run = link::run(stream, config, tx, rx, |payload| {
        let _ = events.send(ClientEvent::Frame(payload));
    });
    tokio::select! {
        end = run => end,
        () = forward => LinkEnd::Lost("stopped".to_owned()),
    }
}

/// One try: reach the host, check its certificate, and be admitted.
async fn connect(
    join: &Join,
    config: &LinkConfig,
) -> Result<(TlsStream<TcpStream>, Credential), Failed> {
    let (addrs, pinned) = match join {
        Join::Code { code, .. } => (&code.addrs, Some(code.fingerprint)),
        Join::Short { addrs, .. } => (addrs, None),
        Join::Again(credential) => (&credential.addrs, Some(credential.fingerprint)),
    };
    if addrs.is_empty() {
        return Err(Failed::Fatal(
            "no address for the host: type it after the short code (42-amber-river 192.168.1.5:7878)".to_owned(),
        ));
    }
    let within = config.handshake_timeout;
    let mut last = String::new();
    for &addr in addrs {
        match tokio::time::timeout(within, handshake(join, addr, pinned, config)).await {
            Ok(Ok(joined)) => return Ok(joined),
            Ok(Err(Failed::Fatal(reason))) => return Err(Failed::Fatal(reason)),
            Ok(Err(Failed::Retry(reason))) => last = reason,
            Err(_) => {
                last = format!(
                    "the host at {addr} did not answer within {}",
                    link::secs(within)
                )
            }
        }
    }
    Err(Failed::Retry(last))
}

/// The TLS handshake with one address and the first frames.
async fn handshake(
    join: &Join,
    addr: SocketAddr,
    pinned: Option<Fingerprint>,
    config: &LinkConfig,
) -> Result<(TlsStream<TcpStream>, Credential), Failed> {
    let tcp = TcpStream::connect(addr)
        .await
        .map_err(|e| Failed::Retry(format!("cannot reach the host at {addr}: {e}")))?;
    let _ = tcp.set_nodelay(true);
    let (tls_config, verifier) =
        tls::client_config(pinned).map_err(|e| Failed::Fatal(e.to_string()))?;
    let name = tls::host_name().map_err(|e| Failed::Fatal(e.to_string()))?;
    let mut tls = match TlsConnector::from(tls_config).connect(name, tcp).await {
        Ok(tls) => tls,
        Err(_) if verifier.mismatched() => {
            return Err(Failed::Fatal(format!(
                "the host at {addr} shows another certificate than the join code's: refused, nothing was sent"
            )));
        }
        Err(e) => {
            return Err(Failed::Retry(format!(
                "the TLS handshake with {addr} failed: {e}"
            )));
        }
    };
    let seen = peer_fingerprint(&tls)
        .ok_or_else(|| Failed::Retry("the host showed no certificate".to_owned()))?;
    let max = config.max_frame;
    let (writer, secret) = match join {
        Join::Code { code, name } => {
            let hello = Message::Join {
                token: code.token,
                name: name.clone(),
            };
            welcome(&mut tls, &hello, max).await?
        }
        Join::Again(credential) => {
            let hello = Message::Resume {
                writer: credential.writer,
                credential: credential.secret,
            };
            welcome(&mut tls, &hello, max).await?
        }
        Join::Short { code, name, .. } => short_code(&mut tls, *code, name, seen, max).await?,
    };
    let addrs = match join {
        Join::Code { code, .. } => code.addrs.clone(),
        Join::Short { addrs, .. } => addrs.clone(),
        Join::Again(credential) => credential.addrs.clone(),
    };
    Ok((
        tls,
        Credential {
            addrs,
            fingerprint: seen,
            writer,
            secret,
        },
    ))
}

fn peer_fingerprint(tls: &TlsStream<TcpStream>) -> Option<Fingerprint> {
    let (_, connection) = tls.get_ref();
    connection
        .peer_certificates()?
        .first()
        .map(|cert| Fingerprint::of(cert))
}

/// Sends the first frame and reads the host's answer.
async fn welcome(
    tls: &mut TlsStream<TcpStream>,
    hello: &Message,
    max: usize,
) -> Result<(WriterId, Secret), Failed> {
    let lost = |e: &dyn fmt::Display| Failed::Retry(format!("the link broke while joining: {e}"));
    frame::write(tls, hello).await.map_err(|e| lost(&e))?;
    match frame::read(tls, max).await {
        Ok(Message::Welcome {
            writer, credential, ..
        }) => Ok((writer, credential)),
        Ok(Message::Refused { reason }) => {
            Err(Failed::Fatal(format!("the host refused: {reason}")))
        }
        Ok(_) => Err(Failed::Retry(
            "the host answered with a malformed frame".to_owned(),
        )),
        Err(e) => Err(lost(&e)),
    }
}

/// SPAKE2 over the short code; the host must prove it holds the code and shows `seen`.
async fn short_code(
    tls: &mut TlsStream<TcpStream>,
    code: ShortCode,
    name: &str,
    seen: Fingerprint,
    max: usize,
) -> Result<(WriterId, Secret), Failed> {
    let lost = |e: &dyn fmt::Display| Failed::Retry(format!("the link broke while joining: {e}"));
    let (exchange, ours) = pake::start_writer(code);
    frame::write(
        tls,
        &Message::PakeStart {
            name: name.to_owned(),
            spake: ours,
        },
    )
    .await
    .map_err(|e| lost(&e))?;
    let theirs = match frame::read(tls, max).await {
        Ok(Message::PakeReply { spake }) => spake,
        Ok(Message::Refused { reason }) => {
            return Err(Failed::Fatal(format!("the host refused: {reason}")));
        }
        Ok(_) => {
            return Err(Failed::Retry(
                "the host answered with a malformed frame".to_owned(),
            ));
        }
        Err(e) => return Err(lost(&e)),
    };
    let key = pake::finish(exchange, &theirs)
        .ok_or_else(|| Failed::Fatal("the host's short-code message does not read".to_owned()))?;
    let confirm = Message::PakeConfirm {
        mac: key.writer_proof(seen),
    };
    frame::write(tls, &confirm).await.map_err(|e| lost(&e))?;
    match frame::read(tls, max).await {
        Ok(Message::Welcome {
            writer,
            credential,
            proof,
        }) if key.check_host(seen, &proof) => Ok((writer, credential)),
        Ok(Message::Welcome { .. }) => Err(Failed::Fatal(
            "the host did not prove it holds the short code: refused".to_owned(),
        )),
        Ok(Message::Refused { reason }) => {
            Err(Failed::Fatal(format!("the host refused: {reason}")))
        }
        Ok(_) => Err(Failed::Retry(
            "the host answered with a malformed frame".to_owned(),
        )),
        Err(e) => Err(lost(&e)),
    }
}
