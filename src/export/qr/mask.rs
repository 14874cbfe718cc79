//! Which of the eight masks a code takes: the one with the lowest penalty under the rules of
//! ISO/IEC 18004 (runs of five or more, 2×2 blocks, finder-like patterns, dark-light
//! balance), scored exactly as the qrcode crate scores them, so a code is the one
//! `qrcode::QrCode::with_bits` would draw. The crate's own scoring allocates for every module
//! it looks at and took about 5 ms a code of version 10; this one reads a grid of booleans.

use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::types::Color;

/// The masks in the order the crate tries them; the first of equal penalty wins.
const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// The code drawn on `canvas` (its patterns and data in place) under the best mask, as dark
/// modules row by row; `size` modules a side.
pub(super) fn best(canvas: &Canvas, size: usize) -> Vec<bool> {
    let mut best: Option<(u32, Vec<bool>)> = None;
    for mask in MASKS {
        let mut masked = canvas.clone();
        masked.apply_mask(mask);
        let dark: Vec<bool> = masked
            .into_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        let score = penalty(&dark, size);
        if best.as_ref().is_none_or(|(lowest, _)| score < *lowest) {
            best = Some((score, dark));
        }
    }
    best.map(|(_, dark)| dark).unwrap_or_default()
}

/// The penalty of a masked code, `size` modules a side (without the constant that every
/// code's finder patterns add).
fn penalty(dark: &[bool], size: usize) -> u32 {
    let rows = |y: usize, x: usize| dark[y * size + x];
    let columns = |x: usize, y: usize| dark[y * size + x];
    runs(size, &rows)
        + runs(size, &columns)
        + blocks(dark, size)
        + finders(size, &rows)
        + finders(size, &columns)
        + balance(dark)
}

/// Every run of 5 + n modules of one colour in a line costs 3 + n.
fn runs(size: usize, at: &impl Fn(usize, usize) -> bool) -> u32 {
    let mut score = 0;
    for line in 0..size {
        let mut run = 1;
        for k in 1..=size {
            if k < size && at(line, k) == at(line, k - 1) {
                run += 1;
            } else {
                if run >= 5 {
                    score += run - 2;
                }
                run = 1;
            }
        }
    }
    score
}

/// Every 2×2 block of one colour (overlaps counted) costs 3.
fn blocks(dark: &[bool], size: usize) -> u32 {
    let mut score = 0;
    for y in 0..size - 1 {
        for x in 0..size - 1 {
            let here = dark[y * size + x];
            if dark[y * size + x + 1] == here
                && dark[(y + 1) * size + x] == here
                && dark[(y + 1) * size + x + 1] == here
            {
                score += 3;
            }
        }
    }
    score
}

/// Every dark-light-dark-dark-dark-light-dark run in a line with no dark module in the four
/// before it, or none in the four after it, costs 40.
fn finders(size: usize, at: &impl Fn(usize, usize) -> bool) -> u32 {
    const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
    let mut score = 0;
    for line in 0..size {
        for start in 0..size - 6 {
            if (0..7).any(|d| at(line, start + d) != PATTERN[d]) {
                continue;
            }
            let dark_in = |from: usize, to: usize| (from..to.min(size)).any(|k| at(line, k));
            if !dark_in(start.saturating_sub(4), start) || !dark_in(start + 7, start + 11) {
                score += 40;
            }
        }
    }
    score
}

/// How far the share of dark modules is from half, in half per cents.
fn balance(dark: &[bool]) -> u32 {
    let count = dark.iter().filter(|&&d| d).count();
    let ratio = count * 200 / dark.len().max(1);
    u32::try_from(ratio.abs_diff(100)).unwrap_or(u32::MAX)
}
