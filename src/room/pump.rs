//! The host's pump: on the meeting screen's loop, it takes what the writers' links brought
//! (joins, frames, ends), puts each submission through `Store::submit`, and sends each writer
//! its answer and the order's changes once they are on disk.

use std::collections::{HashMap, VecDeque};
use std::path::Path;

use chrono::NaiveDateTime;

use super::RoomError;
use super::wire::{self, Assembler, ToHost, ToWriter};
use crate::core::history::Live;
use crate::core::room::{Answer, Host, Role, Submission, WriterId};
use crate::room_net::{self, HostConfig, HostEvent, HostIdentity, Roster};
use crate::store::Store;

/// The largest message a writer may send, in parts: a note of a few hundred pages.
const FROM_WRITER: usize = 4 * 1024 * 1024;
/// The most link events one pump takes, so the screen stays responsive under a flood.
const EVENTS_PER_PUMP: usize = 512;
/// The most changes one message carries.
const CHANGES_PER_MESSAGE: usize = 256;
/// The most lines the room's log keeps.
const LOG_LINES: usize = 200;

/// The room as its host runs it: the writers' network and what each link has been sent.
pub struct Room {
    net: room_net::Host,
    identity: HostIdentity,
    links: HashMap<WriterId, Link>,
    /// Answers waiting for their change to be on disk, in the order they were given.
    held: VecDeque<Held>,
    /// Writers admitted in this pump whose first link needs no "is back".
    new: Vec<WriterId>,
    log: VecDeque<String>,
}

/// One writer's link that is up.
struct Link {
    /// How many of its links are up: a new one can come up before the old one's end is seen.
    ups: usize,
    assembler: Assembler,
    /// The last sequence number the link was sent; None before its Hello.
    synced: Option<u64>,
    /// It needs the whole record (it has no copy, or one older than the host holds).
    needs_record: bool,
}

struct Held {
    writer: WriterId,
    answer: Answer,
    /// The sequence number that must be on disk before it is sent.
    after: u64,
}

/// What one pump did, for the screen.
#[derive(Debug, Default)]
pub struct Pumped {
    /// Whether the record changed.
    pub changed: bool,
    /// One-line messages for the footer ("Ana joined as note-taker"), oldest first.
    pub messages: Vec<String>,
    /// The error of a change that applied but could not be written (it waits in the store).
    pub unsaved: Option<String>,
}

impl Room {
    /// Starts the room's network for the record in `record_dir`, with its identity and
    /// roster (made on first use, kept in the folder); no link is taken until
    /// [`Room::serve`] or [`Room::listen`].
    pub fn start(record_dir: &Path, config: HostConfig) -> Result<Room, RoomError> {
        let identity = HostIdentity::load_or_create(record_dir)?;
        let roster = Roster::load(record_dir)?;
        let net = room_net::Host::start(
            identity.clone(),
            roster,
            config,
            Some(record_dir.to_owned()),
        )?;
        Ok(Room {
            net,
            identity,
            links: HashMap::new(),
            held: VecDeque::new(),
            new: Vec::new(),
            log: VecDeque::new(),
        })
    }

    /// Takes writers' links on `listener` (a port of the room's own).
    pub fn listen(
        &self,
        listener: std::net::TcpListener,
    ) -> Result<std::net::SocketAddr, RoomError> {
        Ok(self.net.listen(listener)?)
    }

    /// Serves one writer's connection accepted elsewhere (the shared port's doorway).
    pub fn serve(&self, stream: std::net::TcpStream) -> Result<(), RoomError> {
        Ok(self.net.serve(stream)?)
    }

    /// The host's identity: its join codes and certificate.
    pub fn identity(&self) -> &HostIdentity {
        &self.identity
    }

    /// The network underneath: the roster, who is connected, revoking a writer.
    pub fn net(&self) -> &room_net::Host {
        &self.net
    }

    /// What happened on the links that the screen did not show: refused joins, malformed
    /// messages (each dropped), oldest first.
    pub fn log(&self) -> impl Iterator<Item = &str> {
        self.log.iter().map(String::as_str)
    }

    /// The name a writer joined with.
    pub fn name(&self, writer: WriterId) -> String {
        self.net
            .roster()
            .name(net_writer(writer))
            .map_or_else(|| format!("writer {}", writer.0), str::to_owned)
    }

    /// Hands `writer` a role (the facilitator's, or back to taking notes) and tells its
    /// laptop; the message for the facilitator's screen.
    pub fn set_role(&mut self, host: &mut Host, writer: WriterId, role: Role) -> String {
        host.set_role(writer, role);
        self.send(writer, &ToWriter::Role { role });
        let name = self.name(writer);
        match role {
            Role::Facilitator => format!("{name} facilitates now (I takes the role back)"),
            Role::NoteTaker => format!("{name} takes notes again"),
        }
    }

    /// Takes what the links brought since the last pump and sends what is due: the screen's
    /// loop calls it often (every few milliseconds while hosting).
    pub fn pump(
        &mut self,
        store: &mut Store,
        host: &mut Host,
        live: &mut Live,
        now: NaiveDateTime,
    ) -> Pumped {
        let mut pumped = Pumped::default();
        for _ in 0..EVENTS_PER_PUMP {
            let Ok(event) = self.net.events().try_recv() else {
                break;
            };
            self.take(event, store, host, live, now, &mut pumped);
        }
        self.stream(store, host, live);
        pumped
    }

    /// Waits up to `within` for the links to bring something, then pumps: for a loop with
    /// nothing else to do (benches, tests); the screen pumps without waiting.
    pub fn pump_within(
        &mut self,
        within: std::time::Duration,
        store: &mut Store,
        host: &mut Host,
        live: &mut Live,
        now: NaiveDateTime,
    ) -> Pumped {
        let mut pumped = Pumped::default();
        if let Ok(event) = self.net.events().recv_timeout(within) {
            self.take(event, store, host, live, now, &mut pumped);
        }
        let more = self.pump(store, host, live, now);
        pumped.changed |= more.changed;
        pumped.messages.extend(more.messages);
        pumped.unsaved = pumped.unsaved.or(more.unsaved);
        pumped
    }

    fn take(
        &mut self,
        event: HostEvent,
        store: &mut Store,
        host: &mut Host,
        live: &mut Live,
        now: NaiveDateTime,
        pumped: &mut Pumped,
    ) {
        match event {
            HostEvent::Joined { writer, name } => {
                let writer = core_writer(writer);
                self.new.push(writer);
                let role = match host.role(writer) {
                    Role::Facilitator => "facilitator",
                    Role::NoteTaker => "note-taker",
                };
                pumped.messages.push(format!("{name} joined as {role}"));
            }
            HostEvent::Connected(writer) => {
                let writer = core_writer(writer);
                // A link that comes back may do so before the host saw the old one end.
                let ups = self.links.get(&writer).map_or(0, |link| link.ups);
                self.links.insert(
                    writer,
                    Link {
                        ups: ups + 1,
                        ..Link::new()
                    },
                );
                if let Some(at) = self.new.iter().position(|w| *w == writer) {
                    self.new.swap_remove(at);
                } else {
                    pumped
                        .messages
                        .push(format!("{} is back", self.name(writer)));
                }
            }
            HostEvent::Frame { writer, payload } => {
                let writer = core_writer(writer);
                self.frame(writer, &payload, store, host, live, now, pumped);
            }
            HostEvent::Disconnected { writer, reason } => {
                let writer = core_writer(writer);
                let ups = self.links.get_mut(&writer).map_or(0, |link| {
                    link.ups = link.ups.saturating_sub(1);
                    link.ups
                });
                if ups > 0 {
                    // The old link of a writer that came back already.
                    return;
                }
                self.links.remove(&writer);
                // Its answers wait no more: it sends those changes again when it is back.
                self.held.retain(|held| held.writer != writer);
                let name = self.name(writer);
                self.note(format!("{name}'s link ended: {reason}"));
                pumped.messages.push(format!("{name} is away ({reason})"));
            }
            HostEvent::Rejected { peer, reason } => {
                self.note(format!("a connection from {peer} was refused: {reason}"));
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn frame(
        &mut self,
        writer: WriterId,
        payload: &[u8],
        store: &mut Store,
        host: &mut Host,
        live: &mut Live,
        now: NaiveDateTime,
        pumped: &mut Pumped,
    ) {
        let Some(link) = self.links.get_mut(&writer) else {
            return;
        };
        let message = match link.assembler.take::<ToHost>(payload) {
            Ok(Some(message)) => message,
            Ok(None) => return,
            Err(why) => {
                let name = self.name(writer);
                self.note(format!("dropped a message from {name}: {why}"));
                return;
            }
        };
        match message {
            ToHost::Hello {
                last_seq,
                last_number,
            } => self.hello(writer, last_seq, last_number, store, host),
            ToHost::Submit { submission } => {
                let submission = Submission {
                    writer,
                    ..*submission
                };
                let (answer, saved) = store.submit(host, live, &submission, now);
                if let Err(e) = saved {
                    pumped.unsaved = Some(e.to_string());
                }
                let after = match &answer {
                    Answer::Applied(made) => {
                        pumped.changed = true;
                        made.seq
                    }
                    Answer::Duplicate { first, .. } => first.as_ref().map_or(0, |f| f.seq),
                    Answer::Refused { .. } => 0,
                };
                self.held.push_back(Held {
                    writer,
                    answer,
                    after,
                });
            }
        }
    }

    fn hello(
        &mut self,
        writer: WriterId,
        last_seq: Option<u64>,
        last_number: u64,
        store: &Store,
        host: &Host,
    ) {
        let durable = durable(store, host);
        let accepted = host.last_number(writer);
        if last_number < accepted {
            let name = self.name(writer);
            self.note(format!(
                "{name} numbers its changes from {last_number}, but the host accepted up to {accepted}: its outbox was lost"
            ));
        }
        self.send(
            writer,
            &ToWriter::Welcome {
                writer,
                role: host.role(writer),
                seq: durable,
                last_number: accepted,
            },
        );
        let Some(link) = self.links.get_mut(&writer) else {
            return;
        };
        match last_seq {
            Some(seq) if seq <= durable && host.since(seq).is_some() => link.synced = Some(seq),
            _ => link.needs_record = true,
        }
    }

    /// Sends every link what is on disk and it has not had, then the answers now due.
    fn stream(&mut self, store: &Store, host: &Host, live: &Live) {
        let durable = durable(store, host);
        let writers: Vec<WriterId> = self.links.keys().copied().collect();
        for writer in writers {
            let Some(link) = self.links.get(&writer) else {
                continue;
            };
            if link.needs_record {
                // The record in memory is the disk's only when nothing waits to be written.
                if store.unsaved() == 0 {
                    self.send_record(writer, host.seq(), live);
                }
                continue;
            }
            let Some(synced) = link.synced.filter(|s| *s < durable) else {
                continue;
            };
            match host.since(synced) {
                Some(mut changes) => {
                    changes.retain(|c| c.seq <= durable);
                    for chunk in changes.chunks(CHANGES_PER_MESSAGE) {
                        let changes = chunk.to_vec();
                        self.send(writer, &ToWriter::Changes { changes });
                    }
                    if let Some(link) = self.links.get_mut(&writer) {
                        link.synced = Some(durable);
                    }
                }
                None => {
                    if let Some(link) = self.links.get_mut(&writer) {
                        link.needs_record = true;
                    }
                }
            }
        }
        while self.held.front().is_some_and(|held| held.after <= durable) {
            if let Some(held) = self.held.pop_front() {
                let answer = Box::new(held.answer);
                self.send(held.writer, &ToWriter::Answer { answer });
            }
        }
    }

    fn send_record(&mut self, writer: WriterId, seq: u64, live: &Live) {
        let record = ToWriter::Record {
            seq,
            live: Box::new(live.clone()),
        };
        self.send(writer, &record);
        if let Some(link) = self.links.get_mut(&writer) {
            link.needs_record = false;
            link.synced = Some(seq);
        }
    }

    /// Sends one message to a writer whose link is up; a link that breaks meanwhile is
    /// caught up when it is back.
    fn send(&mut self, writer: WriterId, message: &ToWriter) {
        let payloads = match wire::encode(message, wire::PART) {
            Ok(payloads) => payloads,
            Err(e) => {
                self.note(format!("cannot encode a message: {e}"));
                return;
            }
        };
        for payload in payloads {
            if let Err(e) = self.net.send(net_writer(writer), payload) {
                self.note(format!("cannot send to writer {}: {e}", writer.0));
                return;
            }
        }
    }

    fn note(&mut self, line: String) {
        if self.log.len() >= LOG_LINES {
            self.log.pop_front();
        }
        self.log.push_back(line);
    }
}

impl Link {
    fn new() -> Link {
        Link {
            ups: 0,
            assembler: Assembler::new(FROM_WRITER),
            synced: None,
            needs_record: false,
        }
    }
}

/// The order's last change that is on disk.
fn durable(store: &Store, host: &Host) -> u64 {
    host.seq().saturating_sub(store.unsaved() as u64)
}

/// The journal's writer for a writer the network admitted (both number from 1; 0 is the host).
fn core_writer(writer: room_net::WriterId) -> WriterId {
    WriterId(writer.0)
}

fn net_writer(writer: WriterId) -> room_net::WriterId {
    room_net::WriterId(writer.0)
}
