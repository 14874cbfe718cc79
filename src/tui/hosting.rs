//! The meeting screen as host of the phone page (`--host`): it hands the page's server the
//! record's new state after each saved change, and once a minute so the day's live times move
//! on, and keeps the page's QR code for the QR screen. When it hosts the room too, the pump
//! runs on its loop: writers' submissions through the one order, the order out to every link
//! (see [`crate::room`]).

use std::path::Path;
use std::time::Duration;

use chrono::{NaiveDateTime, Timelike};

use crate::core::record::Record;
use crate::export::phone::phone_json;
use crate::export::qr;
use crate::phone::{Bound, PhoneHost};
use crate::room::{Arrival, Doorway, Room, keep_addresses};
use crate::room_net::HostConfig;
use crate::room_net::addresses::reachable_addrs;
use crate::room_net::mdns::{Beacon, MdnsScope};

/// How long the screen's loop waits for a key while writers may be waiting for an answer.
const ROOM_WAIT: Duration = Duration::from_millis(4);

/// The phone page's server and what the screen last sent it.
pub struct Hosting {
    host: PhoneHost,
    /// The URL shown and encoded: the first of the host's addresses.
    url: String,
    /// The URL's code; None if it could not be encoded.
    code: Option<qr::Matrix>,
    /// The saved changes and the minute of the state sent last.
    sent: Option<(u64, NaiveDateTime)>,
    /// The writers' room and the port it shares with the page, when the screen hosts them.
    room: Option<(Room, Doorway)>,
    /// How note-takers join, when the screen hosts the room.
    join: Option<Join>,
    /// The room's mDNS announcement, so `plenary join SHORT-CODE` finds it; none when the
    /// host listens on one address only, or mDNS could not start (the address still joins).
    beacon: Option<Beacon>,
}

/// The name a host announces: its record folder's.
fn record_name(dir: &Path) -> String {
    dir.file_name().map_or_else(
        || "plenary".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// A writer of the room, as the facilitator's room list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// Its number.
    pub writer: crate::core::room::WriterId,
    /// The name it joined with.
    pub name: String,
    /// What it may change.
    pub role: crate::core::room::Role,
    /// Whether its link is up.
    pub connected: bool,
}

/// What note-takers type or scan to join the room.
pub struct Join {
    /// The short code at the host's first address (`42-amber-river@192.168.1.5:7878`).
    pub short: String,
    /// The full join code.
    pub full: String,
    /// The full code as a QR code; None if it could not be encoded.
    pub code: Option<qr::Matrix>,
    /// The host's addresses.
    pub addrs: Vec<String>,
}

impl Hosting {
    /// Hosts the page on `host`, whose URL phones open.
    pub fn new(host: PhoneHost) -> Hosting {
        let url = host.urls().into_iter().next().unwrap_or_default();
        let code = qr::encode(&url).ok();
        Hosting {
            host,
            url,
            code,
            sent: None,
            room: None,
            join: None,
            beacon: None,
        }
    }

    /// Hosts the record in `dir` for phones and writers alike, both on `doorway`'s port: the
    /// page behind the record's read token, the room with the record's identity and roster.
    pub fn start(dir: &Path, doorway: Doorway) -> Result<Hosting, String> {
        let page = |e: std::io::Error| format!("cannot start the phone page: {e}");
        let token = crate::phone::record_token(dir).map_err(page)?;
        let phones = Bound::behind(doorway.addr())
            .and_then(|bound| bound.serve(token, String::from("{}")))
            .map_err(page)?;
        let room = Room::start(dir, HostConfig::default())
            .map_err(|e| format!("cannot host the note-takers' room: {e}"))?;
        let addrs = reachable_addrs(doorway.addr());
        keep_addresses(dir, &addrs)
            .map_err(|e| format!("cannot keep the room's addresses in {}: {e}", dir.display()))?;
        let short = room.identity().short_code;
        let full = room.identity().join_code(addrs.clone()).to_string();
        // Announced only to a room's network: a host bound to one address (loopback in
        // rehearsals) is joined by its address, and tells nobody else; tests announce on
        // loopback alone.
        let scope = MdnsScope::from_env();
        let beacon = (doorway.addr().ip().is_unspecified() || scope.loopback_only)
            .then(|| Beacon::start(&record_name(dir), doorway.addr().port(), scope).ok())
            .flatten();
        let mut hosting = Hosting::new(phones).with_room(room, doorway);
        hosting.beacon = beacon;
        hosting.join = addrs.first().map(|addr| Join {
            short: format!("{short}@{addr}"),
            code: qr::encode(&full).ok(),
            full,
            addrs: addrs.iter().map(ToString::to_string).collect(),
        });
        Ok(hosting)
    }

    /// How many codes the QR screen shows before the outcomes': the phone page's, and the
    /// note-takers' join code when the room is hosted.
    pub fn wall_codes(&self) -> usize {
        1 + usize::from(self.join.is_some())
    }

    /// How note-takers join: the codes, for the QR screen's join page.
    pub fn join(&self) -> Option<&Join> {
        self.join.as_ref()
    }

    /// What a note-taker types to join (`plenary join` with it): the short code at the
    /// host's first address; None when the screen hosts no room.
    pub fn join_code(&self) -> Option<&str> {
        self.join.as_ref().map(|j| j.short.as_str())
    }

    /// Hosts the writers' room too, whose connections and the phones' arrive at `doorway`.
    pub fn with_room(mut self, room: Room, doorway: Doorway) -> Hosting {
        self.room = Some((room, doorway));
        self
    }

    /// The writers' room, when hosted: its join codes, roster and log.
    pub fn room(&self) -> Option<&Room> {
        self.room.as_ref().map(|(room, _)| room)
    }

    /// The writers' room, to hand a writer a role ([`Room::set_role`]).
    pub fn room_mut(&mut self) -> Option<&mut Room> {
        self.room.as_mut().map(|(room, _)| room)
    }

    /// The room's writers that were not revoked, in the order they joined, each with its role
    /// in `host`'s order and whether its link is up.
    pub fn members(&self, host: &crate::core::room::Host) -> Vec<Member> {
        let Some(room) = self.room() else {
            return Vec::new();
        };
        let connected = room.net().connected();
        room.net()
            .roster()
            .active()
            .map(|(writer, name)| {
                let id = crate::core::room::WriterId(writer.0);
                Member {
                    writer: id,
                    name: name.to_owned(),
                    role: host.role(id),
                    connected: connected.contains(&writer),
                }
            })
            .collect()
    }

    /// The page's URL, token included.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// What the screen says as it opens hosting, in `l`'s language: where phones and
    /// note-takers go ("phones: http://… · note-takers: plenary join CODE").
    pub fn greeting(&self, l: &crate::lang::Labels) -> String {
        l.label_with(
            "hosting-greeting",
            &[
                ("url", self.url().into()),
                ("code", self.join_code().unwrap_or_default().into()),
            ],
        )
    }

    /// The URL as a QR code.
    pub fn code(&self) -> Option<&qr::Matrix> {
        self.code.as_ref()
    }

    /// The server.
    pub fn host(&self) -> &PhoneHost {
        &self.host
    }

    /// Sends the page the state of `record` when `saved` (the count of saved changes) or the
    /// minute moved on since the last send.
    pub fn follow(&mut self, record: &Record, saved: u64, now: NaiveDateTime) {
        let minute = now
            .with_second(0)
            .and_then(|t| t.with_nanosecond(0))
            .unwrap_or(now);
        if self.sent == Some((saved, minute)) {
            return;
        }
        self.host.publish(phone_json(record, now));
        self.sent = Some((saved, minute));
    }
}

/// Sends the phone page the screen's record when it changed; nothing when not hosting.
pub(crate) fn feed_phones(app: &mut super::app::App, now: NaiveDateTime) {
    let saved = app.store.as_ref().map_or(0, crate::store::Store::changes);
    if let Some(hosting) = app.hosting.as_mut() {
        hosting.follow(&app.live.record, saved, now);
    }
}

/// Runs the room's pump once: the shared port's new connections to their servers, writers'
/// submissions through the order, the order and answers out. Whether the screen must be drawn
/// again (the record changed, or there is a message).
pub(crate) fn pump(app: &mut super::app::App, now: NaiveDateTime) -> bool {
    let (Some(hosting), Some(store)) = (app.hosting.as_mut(), app.store.as_mut()) else {
        return false;
    };
    let Some((room, doorway)) = hosting.room.as_mut() else {
        return false;
    };
    for arrival in doorway.arrivals().try_iter() {
        // A connection that cannot be served has only to try again.
        let _ = match arrival {
            Arrival::Writer(stream) => room.serve(stream).map_err(|e| e.to_string()),
            Arrival::Phone(stream) => hosting.host.serve(stream).map_err(|e| e.to_string()),
        };
    }
    let pumped = room.pump(store, &mut app.host, &mut app.live, now);
    if let Some(why) = pumped.unsaved {
        app.ui.saved = super::app::Saved::Pending(store.unsaved(), why);
    }
    let told = pumped.messages.last().cloned();
    if told.is_some() {
        app.ui.message = told;
    }
    pumped.changed || !pumped.messages.is_empty()
}

/// How long the screen's loop may wait for a key: not long while it hosts writers, whose
/// answers the pump sends.
pub(crate) fn wait(app: &super::app::App, wait: Duration) -> Duration {
    match app.hosting.as_ref().and_then(|h| h.room.as_ref()) {
        Some(_) => wait.min(ROOM_WAIT),
        None => wait,
    }
}
