//! The meeting screen as host of the phone page (`--host`): it hands the page's server the
//! record's new state after each saved change, and once a minute so the day's live times move
//! on, and keeps the page's QR code for the QR screen.

use chrono::{NaiveDateTime, Timelike};

use crate::core::record::Record;
use crate::export::phone::phone_json;
use crate::export::qr;
use crate::phone::PhoneHost;

/// The phone page's server and what the screen last sent it.
pub struct Hosting {
    host: PhoneHost,
    /// The URL shown and encoded: the first of the host's addresses.
    url: String,
    /// The URL's code in half blocks, quiet zone included; None if it could not be encoded.
    code: Option<Vec<String>>,
    /// The saved changes and the minute of the state sent last.
    sent: Option<(u64, NaiveDateTime)>,
}

impl Hosting {
    /// Hosts the page on `host`, whose URL phones open.
    pub fn new(host: PhoneHost) -> Hosting {
        let url = host.urls().into_iter().next().unwrap_or_default();
        let code = qr::encode(&url)
            .ok()
            .map(|matrix| qr::half_blocks(&matrix, false));
        Hosting {
            host,
            url,
            code,
            sent: None,
        }
    }

    /// The page's URL, token included.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The URL as a QR code in half blocks.
    pub fn code(&self) -> Option<&[String]> {
        self.code.as_deref()
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
