//! The phone page's server: while the meeting screen hosts (`--host`), participants' phones
//! read a live page of the meeting over plain HTTP on the room's network.
//!
//! It runs axum on a tokio runtime on a thread of its own; the synchronous screen hands it
//! the page's state (the JSON of [`crate::export::phone`]) through a watch channel after each
//! saved change. It never writes anything: every route is a GET behind a read token of 128
//! bits from the OS's random source, and any other path or token is a 404.
//!
//! - `GET /TOKEN`: the page, one self-contained HTML file.
//! - `GET /TOKEN/state`: the state as JSON, for the page's polling fallback.
//! - `GET /TOKEN/events`: server-sent events, the full state on connect (so after every
//!   reconnect too), then at most 2 updates a second, the latest always delivered.

mod addresses;
mod doors;
mod routes;
mod token;

use std::io;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::thread::JoinHandle;

use tokio::sync::{mpsc, oneshot, watch};

pub use routes::Seen;
pub use token::{TOKEN_FILE, record_token};

/// Where `--host` binds when it names no address: every interface, port 7878.
pub const DEFAULT_ADDR: SocketAddr =
    SocketAddr::new(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED), 7878);

/// How many phones may follow the page at once; one more is told to come back later.
pub const MAX_PHONES: usize = 500;

/// The phone page's server, running on its own thread until dropped.
pub struct PhoneHost {
    addr: SocketAddr,
    token: String,
    state: watch::Sender<Arc<str>>,
    handed: mpsc::Sender<TcpStream>,
    seen: Arc<Seen>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

/// The phone page's port, bound but not served yet: binding comes first, so that an address in
/// use is said before a record is made, and the token comes from the record.
pub struct Bound {
    listener: TcpListener,
    /// The address phones reach it at, when its connections come through another listener.
    shown: Option<SocketAddr>,
}

impl Bound {
    /// Binds `addr` (port 0: any free port).
    pub fn bind(addr: SocketAddr) -> io::Result<Bound> {
        let listener = TcpListener::bind(addr)?;
        listener.set_nonblocking(true)?;
        Ok(Bound {
            listener,
            shown: None,
        })
    }

    /// A server whose phones arrive through [`PhoneHost::serve`] from a listener on `shown`
    /// that plenary owns elsewhere (the room's one port): its own listener is on loopback.
    pub fn behind(shown: SocketAddr) -> io::Result<Bound> {
        let loopback = SocketAddr::new(std::net::Ipv4Addr::LOCALHOST.into(), 0);
        let mut bound = Bound::bind(loopback)?;
        bound.shown = Some(shown);
        Ok(bound)
    }

    /// Starts serving the page behind `token`, with `state` as its first JSON.
    pub fn serve(self, token: String, state: String) -> io::Result<PhoneHost> {
        let listener = self.listener;
        let addr = match self.shown {
            Some(shown) => shown,
            None => listener.local_addr()?,
        };
        let (sender, receiver) = watch::channel(Arc::<str>::from(state));
        // A few handed streams may wait while the server takes the last one in.
        let (handed, handed_rx) = mpsc::channel(16);
        let (stop, stopped) = oneshot::channel();
        let seen = Arc::new(Seen::default());
        let app = routes::router(token.clone(), receiver, Arc::clone(&seen));
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let thread = std::thread::Builder::new()
            .name("phone page".to_owned())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(doors) = doors::Doors::new(listener, handed_rx) else {
                        return;
                    };
                    tokio::select! {
                        _ = axum::serve(doors, app) => {}
                        _ = stopped => {}
                    }
                });
            })?;
        Ok(PhoneHost {
            addr,
            token,
            state: sender,
            handed,
            seen,
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

impl PhoneHost {
    /// Binds `addr` (port 0: any free port) and serves `state`, the page's first JSON, behind a
    /// fresh token.
    pub fn start(addr: SocketAddr, state: String) -> io::Result<PhoneHost> {
        Bound::bind(addr)?.serve(token::read_token()?, state)
    }

    /// The address the server listens on, with the port chosen when port 0 was asked for.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The page's path, which carries the read token: "/3f9a…".
    pub fn path(&self) -> String {
        format!("/{}", self.token)
    }

    /// The page's URLs a phone can open: one per address of this machine when listening on
    /// every interface (loopback last), else the one address listened on.
    pub fn urls(&self) -> Vec<String> {
        let ips = if self.addr.ip().is_unspecified() {
            addresses::interface_addresses(self.addr.is_ipv4())
        } else {
            vec![self.addr.ip()]
        };
        ips.into_iter()
            .map(|ip| {
                format!(
                    "http://{}{}",
                    SocketAddr::new(ip, self.addr.port()),
                    self.path()
                )
            })
            .collect()
    }

    /// Hands the page its new state; phones get it within half a second.
    pub fn publish(&self, state: String) {
        // Sending fails only when no receiver is left, and the router keeps one.
        let _ = self.state.send(Arc::from(state));
    }

    /// Serves a connection accepted elsewhere (a listener sharing the port that peeked at the
    /// first byte and found HTTP).
    pub fn serve(&self, stream: TcpStream) -> io::Result<()> {
        self.handed
            .try_send(stream)
            .map_err(|_| io::Error::other("the phone page's server is busy or stopped"))
    }

    /// What the server has been asked for so far.
    pub fn seen(&self) -> &Seen {
        &self.seen
    }
}

impl Drop for PhoneHost {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
