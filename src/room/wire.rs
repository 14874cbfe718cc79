//! The room's protocol on a writer's link: versioned JSON messages, each carried whole in one
//! room_net frame or, when larger than a frame (the whole record, a long note), in parts that
//! the other side puts back together.
//!
//! A payload's first byte says which: `=` a whole message, `+` a part with more to come, `.`
//! the last part. The JSON is `{"v":1,"m":MESSAGE}`.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::core::history::Live;
use crate::core::room::{Answer, Role, Sequenced, Submission, WriterId};

/// The version of the protocol this plenary speaks.
pub const VERSION: u32 = 1;

/// The most payload bytes one room_net frame carries here: its 64 KiB limit, less the frame's
/// kind byte and a margin.
pub const PART: usize = 64 * 1024 - 64;

const WHOLE: u8 = b'=';
const MORE: u8 = b'+';
const LAST: u8 = b'.';

/// What a writer's laptop tells the host.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ToHost {
    /// Sent first on every link: where the laptop's copy of the record is (None: it has no
    /// copy and needs the whole record) and the last number it gave a change.
    Hello {
        /// The host's sequence number its copy is at.
        last_seq: Option<u64>,
        /// The last number it gave one of its changes (0: none yet).
        last_number: u64,
    },
    /// A change for the host's order.
    Submit {
        /// The change; its writer is the link's, whatever it says.
        submission: Box<Submission>,
    },
}

/// What the host tells a writer's laptop.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ToWriter {
    /// The answer to a Hello: who the laptop is, its role, how far the order has gone and the
    /// last number the host accepted from it (a laptop that lost its outbox numbers on from
    /// there, so its new changes are never taken for resends).
    Welcome {
        /// The writer's number in the journal.
        writer: WriterId,
        /// What it may change.
        role: Role,
        /// The host's sequence number.
        seq: u64,
        /// The last number accepted from this writer.
        last_number: u64,
    },
    /// The whole record as of `seq`, for a laptop with no copy or one too old to catch up.
    Record {
        /// The sequence number the record is at.
        seq: u64,
        /// The record with its histories.
        live: Box<Live>,
    },
    /// Changes of the order, in order, each the next after the one before.
    Changes {
        /// The changes.
        changes: Vec<Sequenced>,
    },
    /// The answer to one of the writer's submissions.
    Answer {
        /// The answer.
        answer: Box<Answer>,
    },
    /// The facilitator handed the writer a role, or took it back.
    Role {
        /// The writer's role from now on.
        role: Role,
    },
}

#[derive(Serialize)]
struct Out<'a, T> {
    v: u32,
    m: &'a T,
}

#[derive(Deserialize)]
struct In<T> {
    v: u32,
    m: T,
}

#[derive(Deserialize)]
struct JustVersion {
    v: u32,
}

/// A message as the payloads that carry it, each at most `part` bytes (see [`PART`]).
pub fn encode<T: Serialize>(message: &T, part: usize) -> Result<Vec<Vec<u8>>, serde_json::Error> {
    let json = serde_json::to_vec(&Out {
        v: VERSION,
        m: message,
    })?;
    let room = part.saturating_sub(1).max(1);
    if json.len() <= room {
        let mut payload = Vec::with_capacity(json.len() + 1);
        payload.push(WHOLE);
        payload.extend_from_slice(&json);
        return Ok(vec![payload]);
    }
    let mut chunks = json.chunks(room).peekable();
    let mut payloads = Vec::new();
    while let Some(chunk) = chunks.next() {
        let mut payload = Vec::with_capacity(chunk.len() + 1);
        payload.push(if chunks.peek().is_some() { MORE } else { LAST });
        payload.extend_from_slice(chunk);
        payloads.push(payload);
    }
    Ok(payloads)
}

/// Puts messages back together from the payloads of one link, up to a size; a new link
/// starts a new one (a part cut off with its link is never completed).
#[derive(Debug)]
pub struct Assembler {
    parts: Vec<u8>,
    max: usize,
}

impl Assembler {
    /// Takes messages of at most `max` bytes of JSON.
    pub fn new(max: usize) -> Assembler {
        Assembler {
            parts: Vec::new(),
            max,
        }
    }

    /// Takes one payload: Ok(None) while a message is in parts, the message when whole, and
    /// why not when the payload or the message does not read (what was gathered is dropped).
    pub fn take<T: DeserializeOwned>(&mut self, payload: &[u8]) -> Result<Option<T>, String> {
        let Some((&kind, body)) = payload.split_first() else {
            return Err("an empty payload".to_owned());
        };
        match kind {
            WHOLE if self.parts.is_empty() => decode(body).map(Some),
            MORE | LAST => {
                if self.parts.len() + body.len() > self.max {
                    self.parts = Vec::new();
                    return Err(format!("a message over {} bytes", self.max));
                }
                self.parts.extend_from_slice(body);
                if kind == MORE {
                    return Ok(None);
                }
                let json = std::mem::take(&mut self.parts);
                decode(&json).map(Some)
            }
            WHOLE => {
                self.parts = Vec::new();
                Err("a whole message in the middle of another's parts".to_owned())
            }
            other => Err(format!("a payload of unknown kind {other:#04x}")),
        }
    }
}

/// One message from its JSON, or why not in words for the log.
fn decode<T: DeserializeOwned>(json: &[u8]) -> Result<T, String> {
    match serde_json::from_slice::<In<T>>(json) {
        Ok(In { v: VERSION, m }) => Ok(m),
        Ok(In { v, .. }) => Err(version_mismatch(v)),
        Err(e) => match serde_json::from_slice::<JustVersion>(json) {
            Ok(JustVersion { v }) if v != VERSION => Err(version_mismatch(v)),
            _ => Err(format!("a message that does not read: {e}")),
        },
    }
}

fn version_mismatch(v: u32) -> String {
    format!("a message in version {v} of the room's protocol; this plenary speaks {VERSION}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_message_goes_in_parts_and_comes_back_whole() {
        let hello = ToHost::Hello {
            last_seq: Some(7),
            last_number: 3,
        };
        let payloads = encode(&hello, 10).expect("it encodes");
        assert!(payloads.len() > 3, "{payloads:?}");
        assert!(payloads.iter().all(|p| p.len() <= 10));
        let mut assembler = Assembler::new(1000);
        let mut got = None;
        for payload in &payloads {
            got = assembler.take::<ToHost>(payload).expect("each part reads");
        }
        assert_eq!(got, Some(hello));
    }

    #[test]
    fn parts_over_the_limit_and_other_versions_are_refused() {
        let hello = ToHost::Hello {
            last_seq: None,
            last_number: 0,
        };
        let mut assembler = Assembler::new(20);
        let refused = encode(&hello, 8)
            .expect("it encodes")
            .iter()
            .find_map(|p| assembler.take::<ToHost>(p).err());
        assert_eq!(refused.as_deref(), Some("a message over 20 bytes"));
        let other = br#"={"v":2,"m":{"kind":"hello","last_seq":null,"last_number":0}}"#;
        let said = Assembler::new(1000)
            .take::<ToHost>(other)
            .expect_err("refused");
        assert!(said.contains("version 2"), "{said}");
        assert!(Assembler::new(10).take::<ToHost>(b"").is_err());
        assert!(Assembler::new(10).take::<ToHost>(b"=nope").is_err());
    }
}
