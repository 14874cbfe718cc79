//! Which QR encoder: fast_qr or qrcode, encoding the parts of the Durban outcome summary the way
//! plenary does (byte mode, level M, smallest version that holds each part, at most version 10).
//!
//! `cargo bench --bench qr`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use plenary::core::history::Live;
use plenary::core::record::Record;
use plenary::example::{DURBAN_AGENDA, durban_script};
use plenary::export::qr::{DEFAULT_MAX_VERSION, byte_capacity, split};
use plenary::export::{Options, summary};
use plenary::store::agenda_file::parse_agenda;

/// The payloads of the Durban summary's parts.
fn payloads() -> Vec<String> {
    let (agenda, _) = parse_agenda("durban-2018.ron", DURBAN_AGENDA.as_bytes()).expect("agenda");
    let mut live = Live::new(Record::new(agenda));
    for change in durban_script() {
        live.apply(&change).expect("the script applies");
    }
    let text = summary::meeting_summary(&live.record, &Options::default());
    let label = summary::label(&live.record, &Options::default());
    split(&text, &label, DEFAULT_MAX_VERSION)
        .expect("split")
        .iter()
        .map(|p| p.payload())
        .collect()
}

fn with_fast_qr(payload: &str) -> usize {
    let code = fast_qr::QRBuilder::new(payload.as_bytes())
        .ecl(fast_qr::ECL::M)
        .mode(fast_qr::Mode::Byte)
        .build()
        .expect("fast_qr encodes");
    code.size
}

fn with_qrcode(payload: &str) -> usize {
    use qrcode::bits::Bits;
    use qrcode::{EcLevel, QrCode, Version};
    let version = (1..=40u8)
        .find(|&v| byte_capacity(v).is_some_and(|c| c >= payload.len()))
        .expect("fits");
    let mut bits = Bits::new(Version::Normal(i16::from(version)));
    bits.push_byte_data(payload.as_bytes()).expect("data");
    bits.push_terminator(EcLevel::M).expect("terminator");
    QrCode::with_bits(bits, EcLevel::M)
        .expect("qrcode encodes")
        .width()
}

fn encoders(c: &mut Criterion) {
    let parts = payloads();
    let mut group = c.benchmark_group("durban summary parts");
    group.bench_function("fast_qr", |b| {
        b.iter(|| {
            for p in &parts {
                black_box(with_fast_qr(black_box(p)));
            }
        })
    });
    group.bench_function("qrcode", |b| {
        b.iter(|| {
            for p in &parts {
                black_box(with_qrcode(black_box(p)));
            }
        })
    });
    group.bench_function("plenary encode (qrcode with the UTF-8 ECI + matrix)", |b| {
        b.iter(|| {
            for p in &parts {
                black_box(plenary::export::qr::encode(black_box(p)).expect("encodes"));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, encoders);
criterion_main!(benches);
