//! Frames on a link: a 4-byte big-endian length, then a kind byte and its body. A frame over
//! the limit is refused before its body is read, so a peer cannot make the host hold it.

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use super::identity::Secret;
use super::roster::WriterId;

/// What one frame says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Message {
    /// A new writer's first frame: the full join code's token and the name to show.
    Join { token: Secret, name: String },
    /// A returning writer's first frame: its number and credential.
    Resume {
        writer: WriterId,
        credential: Secret,
    },
    /// A new writer's first frame when it joins by the short code: its SPAKE2 message.
    PakeStart { name: String, spake: Vec<u8> },
    /// The host's SPAKE2 message.
    PakeReply { spake: Vec<u8> },
    /// The writer's proof that it holds the short code and sees the host's certificate.
    PakeConfirm { mac: Vec<u8> },
    /// The host admits the writer; `proof` is the host's SPAKE2 key confirmation over its
    /// certificate (empty when the writer joined by token or credential).
    Welcome {
        writer: WriterId,
        credential: Secret,
        proof: Vec<u8>,
    },
    /// The host refuses, with the reason the writer's screen shows; the link closes.
    Refused { reason: String },
    /// A payload for the layer above.
    Data(Vec<u8>),
    /// A keepalive, answered with [`Message::Pong`].
    Ping,
    /// The answer to a keepalive.
    Pong,
}

/// Why a frame could not be read.
#[derive(Debug)]
pub(crate) enum FrameError {
    /// The link failed or closed.
    Io(std::io::Error),
    /// The length says more than the limit.
    Oversized(usize),
    /// The bytes are not a message.
    Malformed(&'static str),
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameError::Io(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                f.write_str("the link closed")
            }
            FrameError::Io(e) => write!(f, "the link failed: {e}"),
            FrameError::Oversized(len) => write!(f, "an oversized frame ({len} bytes)"),
            FrameError::Malformed(why) => write!(f, "a malformed frame ({why})"),
        }
    }
}

/// Reads one frame of at most `max` bytes.
pub(crate) async fn read<R: AsyncRead + Unpin>(
    reader: &mut R,
    max: usize,
) -> Result<Message, FrameError> {
    let mut len = [0; 4];
    reader.read_exact(&mut len).await.map_err(FrameError::Io)?;
    let len = u32::from_be_bytes(len) as usize;
    if len > max {
        return Err(FrameError::Oversized(len));
    }
    let mut body = vec![0; len];
    reader.read_exact(&mut body).await.map_err(FrameError::Io)?;
    decode(&body)
}

/// Writes one frame and flushes it.
pub(crate) async fn write<W: AsyncWrite + Unpin>(
    writer: &mut W,
    message: &Message,
) -> std::io::Result<()> {
    let body = encode(message);
    let len = u32::try_from(body.len()).map_err(|_| std::io::Error::other("frame too long"))?;
    let mut bytes = Vec::with_capacity(4 + body.len());
    bytes.extend_from_slice(&len.to_be_bytes());
    bytes.extend_from_slice(&body);
    writer.write_all(&bytes).await?;
    writer.flush().await
}

/// The size of a data frame carrying `len` payload bytes, as [`read`]'s limit counts it.
pub(crate) fn data_frame_len(len: usize) -> usize {
    len + 1
}

const JOIN: u8 = 1;
const RESUME: u8 = 2;
const PAKE_START: u8 = 3;
const PAKE_REPLY: u8 = 4;
const PAKE_CONFIRM: u8 = 5;
const WELCOME: u8 = 6;
const REFUSED: u8 = 7;
const DATA: u8 = 8;
const PING: u8 = 9;
const PONG: u8 = 10;

fn encode(message: &Message) -> Vec<u8> {
    let mut out = Vec::new();
    match message {
        Message::Join { token, name } => {
            out.push(JOIN);
            out.extend_from_slice(&token.0);
            put_bytes(&mut out, name.as_bytes());
        }
        Message::Resume { writer, credential } => {
            out.push(RESUME);
            out.extend_from_slice(&writer.0.to_be_bytes());
            out.extend_from_slice(&credential.0);
        }
        Message::PakeStart { name, spake } => {
            out.push(PAKE_START);
            put_bytes(&mut out, name.as_bytes());
            put_bytes(&mut out, spake);
        }
        Message::PakeReply { spake } => {
            out.push(PAKE_REPLY);
            put_bytes(&mut out, spake);
        }
        Message::PakeConfirm { mac } => {
            out.push(PAKE_CONFIRM);
            put_bytes(&mut out, mac);
        }
        Message::Welcome {
            writer,
            credential,
            proof,
        } => {
            out.push(WELCOME);
            out.extend_from_slice(&writer.0.to_be_bytes());
            out.extend_from_slice(&credential.0);
            put_bytes(&mut out, proof);
        }
        Message::Refused { reason } => {
            out.push(REFUSED);
            put_bytes(&mut out, reason.as_bytes());
        }
        Message::Data(payload) => {
            out.push(DATA);
            out.extend_from_slice(payload);
        }
        Message::Ping => out.push(PING),
        Message::Pong => out.push(PONG),
    }
    out
}

/// A 2-byte length and the bytes (names, reasons and handshake messages are short).
fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    let len = u16::try_from(bytes.len()).unwrap_or(u16::MAX);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&bytes[..usize::from(len)]);
}

/// Reads a message's body field by field; every field must be whole and nothing may follow.
struct Fields<'a>(&'a [u8]);

impl<'a> Fields<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], FrameError> {
        if self.0.len() < n {
            return Err(FrameError::Malformed("cut short"));
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn secret(&mut self) -> Result<Secret, FrameError> {
        let mut bytes = [0; 16];
        bytes.copy_from_slice(self.take(16)?);
        Ok(Secret(bytes))
    }

    fn writer(&mut self) -> Result<WriterId, FrameError> {
        let mut bytes = [0; 4];
        bytes.copy_from_slice(self.take(4)?);
        Ok(WriterId(u32::from_be_bytes(bytes)))
    }

    fn bytes(&mut self) -> Result<Vec<u8>, FrameError> {
        let len = self.take(2)?;
        let len = usize::from(u16::from_be_bytes([len[0], len[1]]));
        Ok(self.take(len)?.to_vec())
    }

    fn text(&mut self) -> Result<String, FrameError> {
        String::from_utf8(self.bytes()?).map_err(|_| FrameError::Malformed("text not UTF-8"))
    }

    fn end(self) -> Result<(), FrameError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(FrameError::Malformed("bytes after the end"))
        }
    }
}

fn decode(body: &[u8]) -> Result<Message, FrameError> {
    let (&kind, rest) = body.split_first().ok_or(FrameError::Malformed("empty"))?;
    let mut f = Fields(rest);
    let message = match kind {
        JOIN => Message::Join {
            token: f.secret()?,
            name: f.text()?,
        },
        RESUME => Message::Resume {
            writer: f.writer()?,
            credential: f.secret()?,
        },
        PAKE_START => Message::PakeStart {
            name: f.text()?,
            spake: f.bytes()?,
        },
        PAKE_REPLY => Message::PakeReply { spake: f.bytes()? },
        PAKE_CONFIRM => Message::PakeConfirm { mac: f.bytes()? },
        WELCOME => Message::Welcome {
            writer: f.writer()?,
            credential: f.secret()?,
            proof: f.bytes()?,
        },
        REFUSED => Message::Refused { reason: f.text()? },
        DATA => return Ok(Message::Data(rest.to_vec())),
        PING => Message::Ping,
        PONG => Message::Pong,
        _ => return Err(FrameError::Malformed("unknown kind")),
    };
    f.end()?;
    Ok(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_reads_back_and_every_cut_of_it_is_malformed() {
        let messages = [
            Message::Join {
                token: Secret([1; 16]),
                name: "Ana Müller".to_owned(),
            },
            Message::Resume {
                writer: WriterId(7),
                credential: Secret([2; 16]),
            },
            Message::PakeStart {
                name: "Ben".to_owned(),
                spake: vec![3; 33],
            },
            Message::PakeReply { spake: vec![4; 33] },
            Message::PakeConfirm { mac: vec![5; 32] },
            Message::Welcome {
                writer: WriterId(1),
                credential: Secret([6; 16]),
                proof: vec![],
            },
            Message::Refused {
                reason: "no".to_owned(),
            },
            Message::Ping,
            Message::Pong,
        ];
        for message in messages {
            let body = encode(&message);
            assert_eq!(decode(&body).expect("reads"), message);
            for cut in 0..body.len() {
                assert!(decode(&body[..cut]).is_err(), "{message:?} cut at {cut}");
            }
            let mut longer = body.clone();
            longer.push(0);
            assert!(decode(&longer).is_err(), "{message:?} with a byte more");
        }
        assert_eq!(
            decode(&[DATA, 1, 2]).expect("data"),
            Message::Data(vec![1, 2])
        );
        assert!(decode(&[200]).is_err());
    }
}
