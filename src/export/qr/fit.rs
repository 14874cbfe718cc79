//! Outcomes fitted to the codes a room will scan: at most [`MAX_PARTS`], with detail giving
//! way before any decision or resolution does.

use super::split::{Part, split_outlined};
use super::{Code, QrError};
use crate::core::record::Record;
use crate::export::Options;
use crate::export::summary::{self, Detail, Summary};

/// The most codes one set of outcomes takes: more than a room will stand and scan.
pub const MAX_PARTS: usize = 12;

/// A summary's parts as they fit in at most [`MAX_PARTS`] codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fitted {
    /// The parts, in order.
    pub parts: Vec<Part>,
    /// The decisions and resolutions no code holds ("resolutions 13–30 of 30"), when even
    /// they alone take more than [`MAX_PARTS`] codes; None when every one is in a code.
    pub left_out: Option<String>,
}

/// Splits `summary` into at most [`MAX_PARTS`] parts, telling it with less detail until it
/// fits: the actions' wording is shortened first, then the key points are only counted, then
/// the actions beyond three, one and none a strategy, then only the decisions and
/// resolutions are told. When even those take more codes, the first of them that fit are
/// told and [`Fitted::left_out`] names the rest. (Only a title and place too long for twelve
/// codes on their own take more.)
pub fn fit(summary: &Summary, label: &str, max_version: u8) -> Result<Fitted, QrError> {
    let parts_at = |detail: Detail| {
        let told = summary.tell(detail);
        split_outlined(&told.text, &told.marks, label, max_version)
    };
    // No part holds more than a code's bytes of the summary, and what a split leaves out
    // between parts (line breaks) is far less than that again: a telling over twice twelve
    // codes' bytes cannot fit, and is passed over without being split (splitting a big
    // meeting's summary is most of the cost of fitting it).
    let room = super::byte_capacity(max_version).map_or(usize::MAX, |c| 2 * c * MAX_PARTS);
    let fitting = |detail: Detail| -> Result<Option<Vec<Part>>, QrError> {
        let told = summary.tell(detail);
        if told.text.len() > room {
            return Ok(None);
        }
        let parts = split_outlined(&told.text, &told.marks, label, max_version)?;
        Ok((parts.len() <= MAX_PARTS).then_some(parts))
    };
    for detail in Detail::LADDER {
        if let Some(parts) = fitting(detail)? {
            return Ok(Fitted {
                parts,
                left_out: None,
            });
        }
    }
    // The most decisions and resolutions that fit: `fits` is taken to fit (none at all leaves
    // only the title and the counts), `over` does not.
    let (mut fits, mut over) = (0, summary.essentials());
    while fits + 1 < over {
        let mid = (fits + over) / 2;
        if fitting(Detail::essentials(Some(mid)))?.is_some() {
            fits = mid;
        } else {
            over = mid;
        }
    }
    let detail = Detail::essentials(Some(fits));
    Ok(Fitted {
        parts: parts_at(detail)?,
        left_out: summary.left_out(detail),
    })
}

/// The outcomes of the whole meeting (None) or of one session, labelled with the meeting's
/// title and fitted to at most [`MAX_PARTS`] codes; None when the record has no such session.
pub fn outcomes(
    record: &Record,
    session: Option<&str>,
    options: &Options,
) -> Option<Result<Fitted, QrError>> {
    let summary = match session {
        None => summary::meeting_outcomes(record, options),
        Some(id) => summary::session_outcomes(record, id, options)?,
    };
    Some(fit(
        &summary,
        &summary::label(record, options),
        options.max_version,
    ))
}

impl Fitted {
    /// Every part with its code.
    pub fn codes(&self) -> Result<Vec<Code>, QrError> {
        super::encode_all(self.parts.clone())
    }
}
