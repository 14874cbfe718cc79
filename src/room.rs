//! The live room over the network: the protocol a writer's link carries, the host's pump
//! that puts writers' submissions through the one order, and the joined laptop.
//!
//! # The host: [`Room`]
//! The meeting screen that hosts (`--host`) starts a [`Room`] for its record
//! ([`Room::start`]: the record's TLS identity and roster, kept in its folder) and hands it
//! writers' connections ([`Room::listen`], or [`Room::serve`] from the shared port's
//! [`Doorway`], which sends plain HTTP to the phone page instead). On every pass of its loop
//! it calls [`Room::pump`] with the store, the sequencer and the record: each submission goes
//! through `Store::submit`; once the change is on disk its writer gets the answer and every
//! link gets the change, in order (the host's own keys' changes included, since the pump
//! streams the order itself). A refusal goes to its author with its message. [`Pumped`] says
//! whether the record changed and gives one-line messages for the footer ("Ana joined as
//! note-taker"). [`Room::set_role`] hands a writer the facilitator's role or takes it back.
//! [`Room::identity`] gives the join codes; [`Room::net`] the roster and revocation.
//!
//! # The joined laptop: [`Joined`]
//! [`Joined::start`] joins with the full or short code ([`crate::room_net::Invitation`]) and
//! keeps its credential and outbox under [`state_root`]`/<fingerprint prefix>/`, so joining
//! the same host again comes back as the same writer with its numbers. [`Joined::live`] is the
//! replica (None until the first record arrives), built only from the host's stream and
//! caught up from its last sequence number after every reconnect. [`Joined::submit`] numbers
//! a change built on the replica, fsyncs it to the outbox, then sends it; whatever has no
//! answer is sent again, in order, whenever a link comes up (after the laptop's own restart
//! too). [`Joined::poll`] (or [`Joined::poll_within`]) returns [`JoinedEvent`]s for the
//! screen; [`Joined::waiting`], [`Joined::unreachable_since`] and [`Joined::fate`] say how many
//! wait, since when the host is unreachable, and what became of each number.
//!
//! # The wire ([`wire`])
//! Versioned JSON messages inside room_net frames, split into parts when larger than a frame.
//! Writer → host: Hello (the last sequence number it has, the last number it gave), Submit.
//! Host → writer: Welcome (writer, role, sequence number, last number accepted), Record (the
//! whole record, when the host cannot catch it up change by change), Changes, Answer, Role.
//! A payload that does not read is dropped and logged ([`Room::log`]).

mod doorway;
pub mod invite;
mod joined;
pub mod outbox;
mod pump;
pub mod wire;

use std::path::PathBuf;

use thiserror::Error;

pub use doorway::{Arrival, Doorway};
pub use invite::{Invite, invite, keep_addresses};
pub use joined::{CREDENTIAL_FILE, Joined, JoinedEvent, state_root};
pub use outbox::Fate;
pub use pump::{Pumped, Room};

use crate::room_net::NetError;

/// Why the room could not do what was asked.
#[derive(Debug, Error)]
pub enum RoomError {
    /// The network failed.
    #[error(transparent)]
    Net(#[from] NetError),
    /// The laptop's state folder could not be written.
    #[error("{}: {why}", .dir.display())]
    Outbox {
        /// The folder.
        dir: PathBuf,
        /// What went wrong.
        why: String,
    },
    /// The laptop has not joined yet (it learns the host's identity when it does).
    #[error("not joined yet: wait for the host")]
    NotJoined,
    /// The host refused this laptop; nothing more is sent.
    #[error("the host refused this laptop: {0}")]
    Stopped(String),
}
