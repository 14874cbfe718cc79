//! One admitted link, the same on both sides: frames in go to the layer above, frames out come
//! from a channel, a keepalive goes out when the link is quiet and a link silent for too long
//! counts as dead.

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tokio::time::MissedTickBehavior;

use super::LinkConfig;
use super::frame::{self, Message};

/// What the writing half of a link is asked to send.
#[derive(Debug)]
pub(crate) enum Outgoing {
    /// A payload.
    Data(Vec<u8>),
    /// The answer to the other side's keepalive.
    Pong,
    /// A refusal with its reason, then the end of the link.
    Close(String),
}

/// How a link ended.
#[derive(Debug)]
pub(crate) enum LinkEnd {
    /// It broke, closed or went silent; the writer may connect again.
    Lost(String),
    /// The other side refused it (a revoked credential); connecting again will not help.
    Refused(String),
}

/// Runs a link until it ends: every payload that arrives is handed to `on_data`; `tx` is the
/// sending side of `rx`, for the keepalive's answers.
pub(crate) async fn run<S>(
    stream: S,
    config: &LinkConfig,
    tx: UnboundedSender<Outgoing>,
    rx: UnboundedReceiver<Outgoing>,
    mut on_data: impl FnMut(Vec<u8>),
) -> LinkEnd
where
    S: AsyncRead + AsyncWrite + Send + 'static,
{
    let (mut reader, writer) = tokio::io::split(stream);
    let mut sending = tokio::spawn(send(writer, config.keepalive, rx));
    let end = loop {
        let read = tokio::time::timeout(
            config.dead_after,
            frame::read(&mut reader, config.max_frame),
        );
        let got = tokio::select! {
            got = read => got,
            closed = &mut sending => {
                let why = closed.ok().flatten().unwrap_or_else(|| "the link failed".to_owned());
                break LinkEnd::Lost(why);
            }
        };
        match got {
            Err(_) => {
                break LinkEnd::Lost(format!(
                    "silent for {}: the link is dead",
                    secs(config.dead_after)
                ));
            }
            Ok(Err(e)) => break LinkEnd::Lost(e.to_string()),
            Ok(Ok(Message::Data(payload))) => on_data(payload),
            Ok(Ok(Message::Ping)) => {
                let _ = tx.send(Outgoing::Pong);
            }
            Ok(Ok(Message::Pong)) => {}
            Ok(Ok(Message::Refused { reason })) => break LinkEnd::Refused(reason),
            Ok(Ok(_)) => {
                break LinkEnd::Lost(
                    "a malformed frame (a handshake frame on a joined link)".to_owned(),
                );
            }
        }
    };
    sending.abort();
    end
}

/// The writing half: payloads and refusals as they come, a keepalive whenever `keepalive`
/// passes. Returns the reason of the refusal it sent, if that is why it stopped.
async fn send<W: AsyncWrite + Unpin>(
    mut writer: W,
    keepalive: Duration,
    mut rx: UnboundedReceiver<Outgoing>,
) -> Option<String> {
    let mut closed = None;
    let mut ticks = tokio::time::interval(keepalive);
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    loop {
        let message = tokio::select! {
            out = rx.recv() => match out {
                Some(Outgoing::Data(payload)) => Message::Data(payload),
                Some(Outgoing::Pong) => Message::Pong,
                Some(Outgoing::Close(reason)) => {
                    let refusal = Message::Refused { reason: reason.clone() };
                    let _ = frame::write(&mut writer, &refusal).await;
                    closed = Some(reason);
                    break;
                }
                None => break,
            },
            _ = ticks.tick() => Message::Ping,
        };
        if frame::write(&mut writer, &message).await.is_err() {
            break;
        }
    }
    let _ = writer.shutdown().await;
    closed
}

/// A duration as people read it in a log: "15 s", "300 ms".
pub(crate) fn secs(d: Duration) -> String {
    if d.as_millis().is_multiple_of(1000) {
        format!("{} s", d.as_secs())
    } else {
        format!("{} ms", d.as_millis())
    }
}
