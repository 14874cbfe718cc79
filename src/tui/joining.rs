//! The meeting screen of a joined laptop (`plenary join`): what it shows is the replica the
//! host streams, and every change it makes goes to the host through the laptop's outbox
//! (see [`crate::room::Joined`]). `✓ saved` shows only when the host has every change on
//! its disk; until then the footer counts what waits, and says since when the host has
//! been unreachable.

use std::time::{Duration, Instant};

use chrono::NaiveDateTime;

use super::app::{App, Saved};
use crate::core::history::Change;
use crate::core::room::Role;
use crate::lang::Labels;
use crate::room::{Joined, JoinedEvent};

/// How long the screen's loop waits for a key while the host may be answering.
const LINK_WAIT: Duration = Duration::from_millis(10);

/// Waits up to `within` for the host's record, then gives the screen over it; what the host
/// said (or the link's last failure) when it refuses this laptop or does not answer in time.
pub fn arrive(mut joined: Joined, within: Duration) -> Result<App, String> {
    let started = Instant::now();
    let mut last = None;
    // Bounded by time, and by passes in case the clock stands still.
    for _ in 0..10_000 {
        let now = chrono::Local::now().naive_local();
        for event in joined.poll_within(Duration::from_millis(50), now) {
            match event {
                JoinedEvent::Stopped(why) => {
                    return Err(format!("the host refused this laptop: {why}"));
                }
                JoinedEvent::Unreachable(why) => last = Some(why),
                _ => {}
            }
        }
        if let Some(live) = joined.live().cloned() {
            let mut app = App::follower(live);
            let role = joined.role();
            app.joined = Some(joined);
            let l = app.labels();
            app.ui.message =
                Some(l.label_with("joined-as", &[("role", role_name(l, role).into())]));
            return Ok(app);
        }
        if started.elapsed() > within {
            break;
        }
    }
    Err(match last {
        Some(why) => format!(
            "the host did not answer within {} s: {why}",
            within.as_secs()
        ),
        None => format!("the host did not answer within {} s", within.as_secs()),
    })
}

/// Sends a change made on this screen to the host: durable in the outbox first, so it is
/// never lost, then on the link. False (with the reason in the footer) if it could not be
/// kept; the host's refusal, if it comes, arrives later through [`pump`].
pub(crate) fn send(app: &mut App, change: Change) -> bool {
    let Some(joined) = app.joined.as_mut() else {
        return false;
    };
    match joined.submit(change) {
        Ok(_) => {
            app.ui.saved = waiting(joined);
            true
        }
        Err(e) => {
            app.ui.message = Some(
                app.labels()
                    .label_with("joined-not-sent", &[("why", e.to_string().into())]),
            );
            false
        }
    }
}

/// Takes what the host sent: the replica moved on (drawn again), answers to this laptop's
/// changes, role changes, the link's state. Whether the screen must be drawn again.
pub(crate) fn pump(app: &mut App, now: NaiveDateTime) -> bool {
    let l = app.labels();
    let Some(joined) = app.joined.as_mut() else {
        return false;
    };
    let events = joined.poll(now);
    let mut changed = false;
    for event in &events {
        let told = match event {
            JoinedEvent::Changed => {
                changed = true;
                None
            }
            JoinedEvent::Refused { message, .. } => {
                Some(l.label_with("joined-refused", &[("why", message.as_str().into())]))
            }
            JoinedEvent::Role(role) | JoinedEvent::Welcome { role, .. } => {
                Some(l.label_with("joined-role", &[("role", role_name(l, *role).into())]))
            }
            JoinedEvent::Stopped(why) => {
                Some(l.label_with("joined-stopped", &[("why", why.to_string().into())]))
            }
            JoinedEvent::Unreachable(_) => {
                // What was said before the link fell is old news: the warning shows instead.
                app.ui.message = None;
                None
            }
            JoinedEvent::Acknowledged(_) | JoinedEvent::Dropped(_) => None,
        };
        if told.is_some() {
            app.ui.message = told;
        }
    }
    let saved = waiting(joined);
    let moved = saved != app.ui.saved;
    app.ui.saved = saved;
    if changed && let Some(live) = joined.live() {
        app.live.clone_from(live);
        app.received_changes();
    }
    changed || moved || !events.is_empty()
}

/// What a command said it did ("note saved"), as said on a joined laptop, where the change
/// is on its way to the host's disk and the footer's indicator says when it is there.
pub(crate) fn sent(l: &Labels, message: &str) -> String {
    // The core's commands say what they filed in English ("note saved").
    match message.strip_suffix(" saved") {
        Some(what) => l.label_with("joined-sent-what", &[("what", what.into())]),
        None => l.label_with("joined-sent", &[("said", message.into())]),
    }
}

/// How long the screen's loop may wait for a key: not long while joined, so the host's
/// stream shows as it comes.
pub(crate) fn wait(app: &App, wait: Duration) -> Duration {
    match app.joined {
        Some(_) => wait.min(LINK_WAIT),
        None => wait,
    }
}

/// The footer's indicator for what waits in the outbox.
fn waiting(joined: &Joined) -> Saved {
    match (joined.waiting(), joined.unreachable_since()) {
        (0, None) => Saved::All,
        (n, since) => Saved::Waiting(n, since),
    }
}

/// A role as the screen names it, in `l`'s language.
fn role_name(l: &Labels, role: Role) -> String {
    l.label(match role {
        Role::Facilitator => "role-facilitator",
        Role::NoteTaker => "role-note-taker",
    })
}
