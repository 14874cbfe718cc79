//! Export: everything a meeting hands out, from the 10,000-op record already in memory.
//!
//! - `markdown`: `minutes_markdown`;
//! - `html`: `minutes_html` (which encodes the meeting's outcome codes and draws them as SVG);
//! - `qr_meeting`: the record's QR codes as `plenary qr RECORD --svg DIR --png DIR` makes
//!   them: the meeting's outcome summary split into parts, each encoded and drawn in the
//!   terminal (half blocks), as SVG and as PNG;
//! - `export_all`: the three together, the budget's figure;
//! - `qr_sessions`: beyond the budget, every session's codes too (`plenary qr --session ID`
//!   for each session), drawn the same three ways.
//!
//! Writing the files is left out: that is the disk, measured by the capture bench.
//!
//! `cargo bench --bench export`

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group};
use plenary::core::history::Live;
use plenary::core::record::Record;
use plenary::export::qr::{half_blocks, outcomes, png, svg};
use plenary::export::summary::meeting_summary;
use plenary::export::{Options, html, minutes};

/// The meeting's QR codes, drawn every way `plenary qr` draws them; returns the bytes made.
fn qr_meeting(record: &Record, options: &Options) -> usize {
    draw_codes(record, &[None], options)
}

/// Every session's QR codes, drawn the same ways.
fn qr_sessions(record: &Record, options: &Options) -> usize {
    let sessions: Vec<Option<&str>> = record
        .plan
        .sessions()
        .map(|(_, s)| Some(s.id.as_str()))
        .collect();
    draw_codes(record, &sessions, options)
}

/// The codes of each scope (None: the meeting; else a session), as `plenary qr` makes them.
fn draw_codes(record: &Record, scopes: &[Option<&str>], options: &Options) -> usize {
    let mut bytes = 0;
    for &scope in scopes {
        let fitted = outcomes(record, scope, options).expect("a session of the agenda");
        for code in fitted.and_then(|f| f.codes()).expect("the codes") {
            let payload = code.part.payload();
            bytes += half_blocks(&code.matrix, false)
                .iter()
                .map(String::len)
                .sum::<usize>();
            bytes += svg(&code.matrix, &payload).len();
            bytes += png(&code.matrix, 8, &payload).expect("png").len();
        }
    }
    bytes
}

fn export(c: &mut Criterion) {
    let (agenda, _) = common::durban();
    let mut live = Live::new(Record::new(agenda));
    for change in common::meeting_changes(common::MEETING_OPS) {
        live.apply(&change).expect("the meeting applies");
    }
    let record = live.record;
    let options = Options::default();
    let meeting_codes = outcomes(&record, None, &options)
        .expect("the meeting")
        .expect("codes")
        .parts
        .len();
    let summary = meeting_summary(&record, &options);
    println!(
        "export: {} notes, {} actions, {} resolutions; the meeting's outcome summary is {} \
         bytes in {meeting_codes} codes",
        record.notes.len(),
        record.actions.len(),
        record.resolutions.len(),
        summary.len(),
    );

    let mut group = c.benchmark_group("export");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    group.bench_function("markdown", |b| {
        b.iter(|| minutes::minutes_markdown(black_box(&record), &options))
    });
    group.bench_function("html", |b| {
        b.iter(|| html::minutes_html(black_box(&record), &options))
    });
    group.bench_function("qr_meeting", |b| {
        b.iter(|| qr_meeting(black_box(&record), &options))
    });
    group.bench_function("export_all", |b| {
        b.iter(|| {
            let md = minutes::minutes_markdown(black_box(&record), &options);
            let page = html::minutes_html(black_box(&record), &options);
            md.len() + page.len() + qr_meeting(black_box(&record), &options)
        })
    });
    group.bench_function("qr_sessions", |b| {
        b.iter(|| qr_sessions(black_box(&record), &options))
    });
    group.finish();
}

criterion_group!(benches, export);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
