//! The ways a connection reaches the phone page's server: its own listener, or a stream
//! another listener on the same port accepted and handed over.

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use axum::serve::Listener;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

/// The server's listener and the streams handed to it, accepted as one.
pub(super) struct Doors {
    listener: TcpListener,
    handed: mpsc::Receiver<std::net::TcpStream>,
}

impl Doors {
    /// Takes over a bound, non-blocking listener; must be called inside the runtime.
    pub(super) fn new(
        listener: std::net::TcpListener,
        handed: mpsc::Receiver<std::net::TcpStream>,
    ) -> io::Result<Doors> {
        Ok(Doors {
            listener: TcpListener::from_std(listener)?,
            handed,
        })
    }
}

/// A handed stream made ready for tokio, with its peer.
fn adopt(stream: std::net::TcpStream) -> io::Result<(TcpStream, SocketAddr)> {
    stream.set_nonblocking(true)?;
    let peer = stream.peer_addr()?;
    Ok((TcpStream::from_std(stream)?, peer))
}

impl Listener for Doors {
    type Io = TcpStream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (TcpStream, SocketAddr) {
        loop {
            let next = tokio::select! {
                accepted = self.listener.accept() => accepted,
                Some(stream) = self.handed.recv() => adopt(stream),
            };
            match next {
                Ok(connection) => return connection,
                // A peer gone before it was taken in costs nothing; anything else (out of
                // file descriptors) is waited out rather than spun on.
                Err(e) if e.kind() == io::ErrorKind::ConnectionAborted => {}
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }
}
