//! The room's secure transport between the host's plenary and the writers' laptops, whatever
//! it carries: the host hands each frame a writer sent (writer id and payload bytes) to a
//! channel and sends back the replies it is given; a writer sends payloads and receives the
//! host's stream.
//!
//! Everything crosses the room's network inside TLS 1.3 to the certificate the host made for
//! its record ([`identity`]); a writer pins that certificate's fingerprint, read from the full
//! join code or proved by the host through SPAKE2 over the short one ([`code`]). The host
//! admits a writer once (token or short code) and gives it a credential of its own, which the
//! facilitator can revoke. tokio runs on a thread of its own for each [`Host`] and [`Client`];
//! the synchronous screen talks to it through channels only.

pub mod addresses;
mod client;
pub mod code;
mod frame;
mod host;
pub mod identity;
mod link;
pub mod mdns;
mod pake;
mod roster;
mod tls;

use std::time::Duration;

use thiserror::Error;

pub use client::{Client, ClientEvent, Credential, Join};
pub use code::{Invitation, JoinCode, ShortCode};
pub use host::{Host, HostEvent};
pub use identity::{Fingerprint, HostIdentity, Secret};
pub use roster::{ROSTER_FILE, Roster, WriterId};

/// Why the room's network could not do what was asked.
#[derive(Debug, Error)]
pub enum NetError {
    /// A file or socket operation failed.
    #[error("{0}")]
    Io(String),
    /// The host's identity could not be made or read.
    #[error("the host's identity: {0}")]
    Identity(String),
    /// A join code does not read.
    #[error("{0}")]
    Code(String),
    /// The operating system's random source failed.
    #[error("the system's random source failed")]
    Random,
    /// A payload is larger than a frame may carry.
    #[error("a payload of {len} bytes is over the {max}-byte frame limit")]
    TooLarge {
        /// The payload's size.
        len: usize,
        /// The most a frame carries.
        max: usize,
    },
    /// The client or host has stopped.
    #[error("the room's link has stopped")]
    Stopped,
}

/// The limits and times of one link, the same on both sides; the defaults are the issue's,
/// and tests shorten them.
#[derive(Clone, Debug)]
pub struct LinkConfig {
    /// The largest frame, its kind byte included: a larger one drops the connection.
    pub max_frame: usize,
    /// How long a connection may take from its first byte to being admitted.
    pub handshake_timeout: Duration,
    /// How often each side sends a keepalive when it has nothing else to send.
    pub keepalive: Duration,
    /// How long a link may stay silent (no frame, no keepalive) before it counts as dead.
    pub dead_after: Duration,
    /// The client's first wait before reconnecting; it doubles up to [`LinkConfig::backoff_max`].
    pub backoff_min: Duration,
    /// The client's longest wait between reconnections.
    pub backoff_max: Duration,
}

impl Default for LinkConfig {
    fn default() -> LinkConfig {
        LinkConfig {
            max_frame: 64 * 1024,
            handshake_timeout: Duration::from_secs(10),
            keepalive: Duration::from_secs(5),
            dead_after: Duration::from_secs(15),
            backoff_min: Duration::from_millis(100),
            backoff_max: Duration::from_secs(2),
        }
    }
}

/// The host's limits on who may join.
#[derive(Clone, Debug)]
pub struct HostConfig {
    /// Each link's limits and times.
    pub link: LinkConfig,
    /// The most writers holding a credential that is not revoked.
    pub max_writers: usize,
    /// How many failed joins one address may make within [`HostConfig::failure_window`]
    /// before its next try is refused unread.
    pub failed_joins: usize,
    /// How many wrong short codes the host takes within [`HostConfig::failure_window`]
    /// from all addresses together before it refuses short codes (the full code still
    /// joins): with about 22.6 bits, 20 a minute make a guess take months.
    pub wrong_short_codes: usize,
    /// The window failed joins are counted in.
    pub failure_window: Duration,
    /// The most connections in their handshake at once: each may take the handshake's time,
    /// so a flood of silent ones could otherwise hold the host's memory.
    pub max_handshakes: usize,
}

impl Default for HostConfig {
    fn default() -> HostConfig {
        HostConfig {
            link: LinkConfig::default(),
            max_writers: 8,
            failed_joins: 5,
            wrong_short_codes: 20,
            failure_window: Duration::from_secs(60),
            max_handshakes: 64,
        }
    }
}

/// Fills `bytes` from the operating system's random source.
pub(crate) fn random_bytes(bytes: &mut [u8]) -> Result<(), NetError> {
    use ring::rand::SecureRandom;
    ring::rand::SystemRandom::new()
        .fill(bytes)
        .map_err(|_| NetError::Random)
}

/// A runtime for one host or client: one thread, as the screen's loop must never wait on it.
fn runtime() -> Result<tokio::runtime::Runtime, NetError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()
        .map_err(|e| NetError::Io(format!("cannot start the room's network: {e}")))
}
