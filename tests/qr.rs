//! QR codes of the outcome summary: every code plenary draws is decoded back with a real
//! decoder (rqrr), and the parts, joined, are the summary again, whatever the script.

mod outcomes;

use outcomes::{decode_half_blocks, decode_matrix, decode_png, decode_svg, durban};
use plenary::export::qr::{
    DEFAULT_MAX_VERSION, QrError, byte_capacity, codes, encode, half_blocks, png, split, svg,
};
use plenary::export::{Options, summary};

/// The parts' chunks joined, after checking each part's size and numbering.
fn rejoin(parts: &[plenary::export::qr::Part], label: &str, max_version: u8) -> String {
    let capacity = byte_capacity(max_version).expect("a version");
    let count = parts.len();
    for (i, part) in parts.iter().enumerate() {
        assert!(part.payload().len() <= capacity, "part {} fits", i + 1);
        assert_eq!((part.number, part.count), (i + 1, count));
        match &part.header {
            None => assert_eq!(count, 1, "only a lone part has no header"),
            Some(h) => assert_eq!(h, &format!("{label} {}/{count}", i + 1)),
        }
        assert!(!part.chunk.is_empty());
    }
    parts.iter().map(|p| p.chunk.as_str()).collect()
}

#[test]
fn version_10_at_level_m_holds_213_bytes() {
    assert_eq!(byte_capacity(10), Some(213));
    assert_eq!(byte_capacity(1), Some(14));
    assert_eq!(byte_capacity(9), Some(180));
    assert_eq!(byte_capacity(40), Some(2331));
    assert_eq!(byte_capacity(0), None);
    assert_eq!(byte_capacity(41), None);
    // The encoder agrees: 213 bytes take version 10, one more takes version 11.
    let full = "é".repeat(106) + "x";
    assert_eq!(full.len(), 213);
    let code = encode(&full).expect("encodes");
    assert_eq!(code.version(), 10);
    assert_eq!(code.size(), 57);
    assert_eq!(decode_matrix(&code), full);
    let over = format!("{full}y");
    assert_eq!(encode(&over).expect("encodes").version(), 11);
    assert_eq!(encode("").expect("encodes").version(), 1);
}

#[test]
fn a_short_summary_is_one_code_without_a_header() {
    let parts = split("Decided: yes.", "Durban outcomes", 10).expect("split");
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0].header, None);
    assert_eq!(parts[0].payload(), "Decided: yes.");
}

const TEXTS: [(&str, &str); 6] = [
    (
        "ASCII",
        "Create an Action Group to design, plan and carry out the pilot. ",
    ),
    (
        "Zulu",
        "Siyabonga kakhulu ngokuza eThekwini; umhlaba ngowethu sonke. ",
    ),
    (
        "Spanish",
        "¿Quién coordina? Las compañeras de la región andina, año tras año. ",
    ),
    (
        "Arabic",
        "العمل الجماعي من أجل الحق في السكن والأرض والموارد الطبيعية. ",
    ),
    ("Chinese", "集体行动推动土地住房和自然资源权利妇女领导力"),
    ("emoji", "🌍✊🏽👩🏿‍🌾🏠🌱📸"),
];

#[test]
fn parts_rejoin_to_the_summary_and_decode_in_every_script() {
    for (name, sample) in TEXTS {
        // Long enough for many parts; lines for some, none at all for others.
        let text: String = (0..12)
            .map(|i| {
                if i % 4 == 3 {
                    format!("{sample}\n")
                } else {
                    sample.to_owned()
                }
            })
            .collect();
        for max_version in [4, DEFAULT_MAX_VERSION] {
            let label = format!("{name} outcomes");
            let parts = split(&text, &label, max_version).expect("split");
            assert!(parts.len() > 1, "{name} needs several parts");
            assert_eq!(rejoin(&parts, &label, max_version), text, "{name}");
            for code in codes(&text, &label, max_version).expect("codes") {
                assert!(code.matrix.version() <= max_version);
                assert_eq!(decode_matrix(&code.matrix), code.part.payload(), "{name}");
            }
        }
    }
}

#[test]
fn parts_break_at_lines_or_spaces_when_that_costs_no_extra_code() {
    let text = "DECIDED\n- one\n- two\n".repeat(30);
    let parts = split(&text, "X outcomes", 10).expect("split");
    let fewest = text.len().div_ceil(213 - "X outcomes 1/9\n".len());
    assert_eq!(parts.len(), fewest);
    for part in &parts[..parts.len() - 1] {
        assert!(part.chunk.ends_with('\n'), "{:?}", part.chunk);
    }
    let items = "- item\n- another item\n".repeat(40);
    for part in split(&items, "X", 10).expect("split") {
        assert!(!part.chunk.ends_with("- "), "a bullet stays with its item");
    }
    let words = "word ".repeat(200);
    for part in split(&words, "X", 10).expect("split").iter().rev().skip(1) {
        assert!(part.chunk.ends_with(' '), "{:?}", part.chunk);
    }
}

#[test]
fn counts_with_more_digits_and_caps_too_small_for_parts() {
    let text = "a".repeat(3000);
    let parts = split(&text, "L", 2).expect("split");
    assert!(parts.len() >= 100, "{}", parts.len());
    assert_eq!(
        parts[99].header.as_deref(),
        Some(&*format!("L 100/{}", parts.len()))
    );
    assert_eq!(rejoin(&parts, "L", 2), text);
    assert!(matches!(
        split(&text, "Long meeting outcomes", 1),
        Err(QrError::TooSmall { version: 1, .. })
    ));
    assert_eq!(
        split(&text, "x", 0),
        Err(QrError::NoSuchVersion(0)),
        "versions start at 1"
    );
    assert_eq!(split(&text, "x", 41), Err(QrError::NoSuchVersion(41)));
}

#[test]
fn the_durban_summary_fits_small_codes_and_decodes_from_every_drawing() {
    let record = durban();
    let text = summary::meeting_summary(&record, &Options::default());
    let label = summary::label(&record);
    assert_eq!(label, "Durban outcomes");
    let codes = codes(&text, &label, DEFAULT_MAX_VERSION).expect("codes");
    assert!(codes.len() > 1 && codes.len() <= 8, "{} parts", codes.len());
    let mut joined = String::new();
    for code in &codes {
        let payload = code.part.payload();
        assert!(payload.starts_with(&format!("Durban outcomes {}/", code.part.number)));
        assert!(code.matrix.version() <= DEFAULT_MAX_VERSION);

        let lines = half_blocks(&code.matrix, false);
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(lines.len(), code.matrix.framed_size().div_ceil(2));
        assert!(lines[0].chars().all(|c| c == ' '), "quiet zone on top");
        assert_eq!(decode_half_blocks(&refs, false), payload);
        let inverted = half_blocks(&code.matrix, true);
        let refs: Vec<&str> = inverted.iter().map(String::as_str).collect();
        assert!(inverted[0].chars().all(|c| c == '█'), "inverted quiet zone");
        assert_eq!(decode_half_blocks(&refs, true), payload);

        let png = png(&code.matrix, 8, &payload).expect("a PNG");
        let (decoded, width) = decode_png(&png);
        assert_eq!(decoded, payload);
        assert_eq!(width as usize, code.matrix.framed_size() * 8);

        assert_eq!(decode_svg(&svg(&code.matrix, &payload)), payload);
        joined.push_str(&code.part.chunk);
    }
    assert_eq!(joined, text);
}

#[test]
fn a_code_has_a_quiet_zone_of_four_modules_on_every_side() {
    let code = encode("quiet").expect("encodes");
    let lines = half_blocks(&code, false);
    let width = code.size() + 8;
    assert!(lines.iter().all(|l| l.chars().count() == width));
    for line in &lines {
        let chars: Vec<char> = line.chars().collect();
        assert!(chars[..4].iter().all(|&c| c == ' '));
        assert!(chars[width - 4..].iter().all(|&c| c == ' '));
    }
    // Rows 0–3 on top: lines 0 and 1. Rows size+4 .. size+8 at the bottom.
    assert!(lines[..2].iter().all(|l| l.trim().is_empty()));
    assert!(lines[lines.len() - 2..].iter().all(|l| l.trim().is_empty()));
}

#[test]
fn a_very_long_summary_takes_at_most_twelve_codes_and_points_to_the_minutes() {
    use plenary::export::qr::{MAX_PARTS, split_for_scanning};
    let lines: Vec<String> = (0..600)
        .map(|i| format!("- Action {i}: ngiyabonga, la tierra, 集体 🌍"))
        .collect();
    let summary = lines.join("\n");
    assert!(
        split(&summary, "Durban outcomes", DEFAULT_MAX_VERSION)
            .expect("split")
            .len()
            > MAX_PARTS
    );
    let parts =
        split_for_scanning(&summary, "Durban outcomes", DEFAULT_MAX_VERSION).expect("split");
    assert!(parts.len() <= MAX_PARTS, "{} parts", parts.len());
    let joined = rejoin(&parts, "Durban outcomes", DEFAULT_MAX_VERSION);
    let kept = joined.lines().count() - 1;
    assert!(kept > 20, "as many lines as fit are kept, got {kept}");
    assert!(joined.starts_with(&lines[..kept].join("\n")));
    assert!(
        joined.ends_with(&format!("… {} more lines in the minutes", 600 - kept)),
        "{}",
        joined.lines().last().unwrap_or_default()
    );
    // And the codes made from it decode to it.
    let made = codes(&summary, "Durban outcomes", DEFAULT_MAX_VERSION).expect("codes");
    assert_eq!(made.len(), parts.len());
    assert_eq!(decode_matrix(&made[0].matrix), made[0].part.payload());
}
