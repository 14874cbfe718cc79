//! The joined laptop: a writer of the room through the host. It keeps a replica of the
//! record built only from the host's stream, numbers its changes, makes each durable in its
//! outbox before sending it, and sends again what the host has not answered whenever a link
//! comes up, the laptop's own restart included.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDateTime;

use super::RoomError;
use super::outbox::{Fate, Outbox};
use super::wire::{self, Assembler, ToHost, ToWriter};
use crate::core::history::{Change, Live};
use crate::core::room::{Answer, Role, Sequenced, Submission, WriterId};
use crate::room_net::{self, Client, ClientEvent, Credential, Invitation, Join, LinkConfig};
use crate::store::files::{create_private_dir, write_atomically};

/// The writer's credential in its state folder.
pub const CREDENTIAL_FILE: &str = "credential";
/// The largest message the host may send, in parts: the whole record of a long meeting.
const FROM_HOST: usize = 256 * 1024 * 1024;

/// What happened, for the joined laptop's screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JoinedEvent {
    /// The host admitted this laptop (first time) or took it back: who it is and its role.
    Welcome {
        /// Its number in the journal.
        writer: WriterId,
        /// What it may change.
        role: Role,
    },
    /// The replica moved on: draw it again.
    Changed,
    /// The host has one of this laptop's changes on disk: `✓ saved`.
    Acknowledged(u64),
    /// The host refused one of this laptop's changes.
    Refused {
        /// Its number.
        number: u64,
        /// Why, for the screen.
        message: String,
    },
    /// The facilitator handed this laptop a role or took it back.
    Role(Role),
    /// The host cannot be reached; the laptop tries again by itself.
    Unreachable(String),
    /// The host refused this laptop: nothing more will be sent.
    Stopped(String),
    /// A message from the host that does not read was dropped.
    Dropped(String),
}

/// A laptop joined to a room (see the module's doc in `room.rs`).
pub struct Joined {
    client: Client,
    root: PathBuf,
    /// The state folder, once the host's fingerprint is known.
    dir: Option<PathBuf>,
    outbox: Option<Outbox>,
    replica: Option<Live>,
    seq: u64,
    writer: Option<WriterId>,
    role: Role,
    assembler: Assembler,
    unreachable_since: Option<NaiveDateTime>,
    stopped: Option<String>,
}

impl Joined {
    /// Joins the room of `invitation` as `name`, keeping its state under `root` (see
    /// [`state_root`]): a laptop that joined this host before comes back as the same writer,
    /// with its outbox. Returns at once; what happens arrives through [`Joined::poll`].
    pub fn start(
        invitation: Invitation,
        name: &str,
        root: &Path,
        config: LinkConfig,
    ) -> Result<Joined, RoomError> {
        let (join, dir) = match invitation {
            Invitation::Full(code) => {
                let dir = root.join(folder_of(&code.fingerprint));
                let join = match saved_credential(&dir) {
                    Some(credential) if credential.fingerprint == code.fingerprint => {
                        Join::Again(credential)
                    }
                    _ => Join::Code {
                        code,
                        name: name.to_owned(),
                    },
                };
                (join, Some(dir))
            }
            Invitation::Short { code, addrs } => match known_at(root, &addrs) {
                Some((dir, credential)) => (Join::Again(credential), Some(dir)),
                None => (
                    Join::Short {
                        code,
                        addrs,
                        name: name.to_owned(),
                    },
                    None,
                ),
            },
        };
        let outbox = dir.as_deref().map(open_outbox).transpose()?;
        let client = Client::start(join, config)?;
        Ok(Joined {
            client,
            root: root.to_owned(),
            dir,
            outbox,
            replica: None,
            seq: 0,
            writer: None,
            role: Role::NoteTaker,
            assembler: Assembler::new(FROM_HOST),
            unreachable_since: None,
            stopped: None,
        })
    }

    /// Submits a change built on the replica: numbers it, makes it durable in the outbox and
    /// sends it; its fate arrives through [`Joined::poll`]. Returns its number.
    pub fn submit(&mut self, change: Change) -> Result<u64, RoomError> {
        if let Some(why) = &self.stopped {
            return Err(RoomError::Stopped(why.clone()));
        }
        let writer = self.writer.unwrap_or_default();
        let outbox = self.outbox.as_mut().ok_or(RoomError::NotJoined)?;
        let submission = Submission {
            writer,
            number: outbox.last_number() + 1,
            base: self.seq,
            change,
        };
        outbox
            .put(&submission)
            .map_err(|e| outbox_error(outbox.path(), &e))?;
        self.send(&ToHost::Submit {
            submission: Box::new(submission.clone()),
        });
        Ok(submission.number)
    }

    /// Takes what the link brought, without waiting; `now` is when the host is noted
    /// unreachable from.
    pub fn poll(&mut self, now: NaiveDateTime) -> Vec<JoinedEvent> {
        let mut events = Vec::new();
        while let Ok(event) = self.client.events().try_recv() {
            self.take(event, now, &mut events);
        }
        events
    }

    /// Waits up to `within` for the link to bring something, then takes all it brought: for
    /// loops with nothing else to do (tests, benches); a screen polls.
    pub fn poll_within(&mut self, within: Duration, now: NaiveDateTime) -> Vec<JoinedEvent> {
        let mut events = Vec::new();
        if let Ok(event) = self.client.events().recv_timeout(within) {
            self.take(event, now, &mut events);
        }
        events.extend(self.poll(now));
        events
    }

    /// The replica: the host's record as far as it has come, None until the first arrives.
    pub fn live(&self) -> Option<&Live> {
        self.replica.as_ref()
    }

    /// The host's sequence number the replica is at.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// This laptop's number in the journal, once the host said it.
    pub fn writer(&self) -> Option<WriterId> {
        self.writer
    }

    /// What this laptop may change.
    pub fn role(&self) -> Role {
        self.role
    }

    /// How many changes wait for the host's answer.
    pub fn waiting(&self) -> usize {
        self.outbox.as_ref().map_or(0, Outbox::count)
    }

    /// Since when the host cannot be reached; None while the link is up.
    pub fn unreachable_since(&self) -> Option<NaiveDateTime> {
        self.unreachable_since
    }

    /// What became of one of this laptop's changes.
    pub fn fate(&self, number: u64) -> Option<&Fate> {
        self.outbox.as_ref().and_then(|o| o.fate(number))
    }

    /// Why the host refused this laptop, once it did (nothing more is sent).
    pub fn stopped(&self) -> Option<&str> {
        self.stopped.as_deref()
    }

    /// The laptop's state folder: its credential and outbox.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    fn take(&mut self, event: ClientEvent, now: NaiveDateTime, events: &mut Vec<JoinedEvent>) {
        match event {
            ClientEvent::Joined(credential) => {
                if let Err(e) = self.keep(&credential) {
                    events.push(JoinedEvent::Dropped(e.to_string()));
                }
            }
            ClientEvent::Connected(_) => {
                self.unreachable_since = None;
                self.assembler = Assembler::new(FROM_HOST);
                self.hello();
                let waiting: Vec<Submission> = self
                    .outbox
                    .as_ref()
                    .map(|o| o.waiting().cloned().collect())
                    .unwrap_or_default();
                for submission in waiting {
                    let submission = Box::new(submission);
                    self.send(&ToHost::Submit { submission });
                }
            }
            ClientEvent::Frame(payload) => match self.assembler.take::<ToWriter>(&payload) {
                Ok(Some(message)) => self.message(message, events),
                Ok(None) => {}
                Err(why) => events.push(JoinedEvent::Dropped(why)),
            },
            ClientEvent::Lost(reason) => {
                self.unreachable_since.get_or_insert(now);
                events.push(JoinedEvent::Unreachable(reason));
            }
            ClientEvent::Refused(reason) => {
                self.unreachable_since.get_or_insert(now);
                self.stopped = Some(reason.clone());
                events.push(JoinedEvent::Stopped(reason));
            }
        }
    }

    fn message(&mut self, message: ToWriter, events: &mut Vec<JoinedEvent>) {
        match message {
            ToWriter::Welcome {
                writer,
                role,
                last_number,
                ..
            } => {
                self.writer = Some(writer);
                self.role = role;
                if let Some(outbox) = self.outbox.as_mut() {
                    outbox.number_from(last_number);
                }
                events.push(JoinedEvent::Welcome { writer, role });
            }
            ToWriter::Record { seq, live } => {
                self.replica = Some(*live);
                self.seq = seq;
                events.push(JoinedEvent::Changed);
            }
            ToWriter::Changes { changes } => {
                if self.apply(changes) {
                    events.push(JoinedEvent::Changed);
                }
            }
            ToWriter::Answer { answer } => events.push(self.settle(*answer)),
            ToWriter::Role { role } => {
                self.role = role;
                events.push(JoinedEvent::Role(role));
            }
        }
    }

    /// Applies the changes that follow the replica's; on a gap or a change that does not
    /// apply, asks for the whole record again. Whether the replica moved.
    fn apply(&mut self, changes: Vec<Sequenced>) -> bool {
        let Some(replica) = self.replica.as_mut() else {
            return false;
        };
        let mut moved = false;
        for change in changes {
            if change.seq <= self.seq {
                continue;
            }
            if change.seq != self.seq + 1 || replica.apply_entry(&change.entry).is_err() {
                self.replica = None;
                self.hello();
                return moved;
            }
            self.seq = change.seq;
            moved = true;
        }
        moved
    }

    fn settle(&mut self, answer: Answer) -> JoinedEvent {
        let (number, fate) = match answer {
            Answer::Applied(made) => (made.entry.number, Fate::Acknowledged),
            Answer::Duplicate { number, .. } => (number, Fate::Acknowledged),
            Answer::Refused { number, message } => (number, Fate::Refused { message }),
        };
        if let Some(outbox) = self.outbox.as_mut() {
            // A lost mark only costs a resend, which the host answers as a duplicate.
            let _ = outbox.settle(number, fate.clone());
        }
        match fate {
            Fate::Refused { message } => JoinedEvent::Refused { number, message },
            Fate::Acknowledged | Fate::Waiting => JoinedEvent::Acknowledged(number),
        }
    }

    fn hello(&mut self) {
        let hello = ToHost::Hello {
            last_seq: self.replica.as_ref().map(|_| self.seq),
            last_number: self.outbox.as_ref().map_or(0, Outbox::last_number),
        };
        self.send(&hello);
    }

    /// Sends a message on the link that is up or the next one; one that is lost with its link
    /// is sent again when the link is back (a Hello always is, and the outbox's changes).
    fn send(&self, message: &ToHost) {
        if let Ok(payloads) = wire::encode(message, wire::PART) {
            for payload in payloads {
                if self.client.send(payload).is_err() {
                    return;
                }
            }
        }
    }

    /// Keeps the credential the host gave, in the folder of its fingerprint.
    fn keep(&mut self, credential: &Credential) -> Result<(), RoomError> {
        let dir = self
            .dir
            .clone()
            .unwrap_or_else(|| self.root.join(folder_of(&credential.fingerprint)));
        create_private_dir(&dir).map_err(|e| outbox_error(&dir, &e))?;
        write_atomically(&dir, CREDENTIAL_FILE, credential.to_string().as_bytes())
            .map_err(|e| outbox_error(&dir, &e))?;
        if self.outbox.is_none() {
            self.outbox = Some(open_outbox(&dir)?);
        }
        self.dir = Some(dir);
        Ok(())
    }
}

/// Where joined laptops keep their state: `$XDG_STATE_HOME/plenary/joined`, by default
/// `~/.local/state/plenary/joined`.
pub fn state_root() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".local/state")))?;
    Some(base.join("plenary").join("joined"))
}

/// The state folder's name for a host: the start of its certificate's fingerprint.
fn folder_of(fingerprint: &room_net::Fingerprint) -> String {
    fingerprint
        .0
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn saved_credential(dir: &Path) -> Option<Credential> {
    std::fs::read_to_string(dir.join(CREDENTIAL_FILE))
        .ok()?
        .parse()
        .ok()
}

/// A host this laptop joined before at one of `addrs`: its folder and the credential.
fn known_at(root: &Path, addrs: &[std::net::SocketAddr]) -> Option<(PathBuf, Credential)> {
    std::fs::read_dir(root).ok()?.flatten().find_map(|entry| {
        let dir = entry.path();
        let credential = saved_credential(&dir)?;
        credential
            .addrs
            .iter()
            .any(|a| addrs.contains(a))
            .then_some((dir, credential))
    })
}

fn open_outbox(dir: &Path) -> Result<Outbox, RoomError> {
    create_private_dir(dir).map_err(|e| outbox_error(dir, &e))?;
    Outbox::open(dir).map_err(|e| outbox_error(dir, &e))
}

fn outbox_error(dir: &Path, e: &std::io::Error) -> RoomError {
    RoomError::Outbox {
        dir: dir.to_owned(),
        why: e.to_string(),
    }
}
