//! QR codes of the outcome summary: split into numbered parts that each fit one small code,
//! encoded in byte mode at error correction level M, and drawn as Unicode half blocks for a
//! terminal, as SVG or as PNG.
//!
//! Small codes scan from the back of a room, so by default a code is at most version 10
//! (57 modules a side), which holds [`byte_capacity`]`(10)` = 212 bytes at level M. A summary
//! longer than that is split into parts (see [`split`]), each starting with a line like
//! `Test meeting outcomes 2/3`, and told with less detail until it takes at most
//! [`MAX_PARTS`] codes (see [`fit`]).
//!
//! The text is encoded as UTF-8 bytes in byte mode after an ECI designator 26 ("the bytes
//! that follow are UTF-8"): without it a reader may take the bytes for ISO 8859-1, as zbar
//! does, and print "Ã©" for "é". Byte mode is forced so no encoder can pick Kanji mode for
//! UTF-8 bytes that happen to look like Shift JIS.

use std::fmt::Write;

use thiserror::Error;

mod fit;
mod mask;
mod split;

pub use fit::{Fitted, MAX_PARTS, fit, outcomes};
pub(crate) use split::{Heading, Marks};
pub use split::{Part, split};

/// The largest version a code takes unless asked otherwise: small enough to scan across a room.
pub const DEFAULT_MAX_VERSION: u8 = 10;

/// The largest QR version there is.
pub(crate) const MAX_VERSION: u8 = 40;

/// Light modules around every code, on each side, as the QR standard asks.
pub const QUIET_ZONE: usize = 4;

/// Data codewords at error correction level M, for versions 1 to 40 (ISO/IEC 18004, table 7).
const DATA_CODEWORDS_M: [u16; 40] = [
    16, 28, 44, 64, 86, 108, 124, 154, 182, 216, 254, 290, 334, 365, 415, 453, 507, 563, 627, 669,
    714, 782, 860, 914, 1000, 1062, 1128, 1193, 1267, 1373, 1455, 1541, 1631, 1725, 1812, 1914,
    1992, 2102, 2216, 2334,
];

/// Why codes could not be made.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum QrError {
    /// Versions run from 1 to 40.
    #[error("QR version {0} does not exist; versions run from 1 to 40")]
    NoSuchVersion(u8),
    /// The version cannot hold even a numbered part's first line and one character.
    #[error(
        "a QR code of version {version} holds {capacity} bytes, too few for numbered parts; \
         use a version of {needed} or more"
    )]
    TooSmall {
        /// The version asked for.
        version: u8,
        /// The bytes it holds.
        capacity: usize,
        /// The smallest version that works.
        needed: u8,
    },
    /// The encoder refused the data (it should never: parts are sized to fit).
    #[error("the QR encoder refused a part: {0}")]
    Encode(String),
    /// PNG encoding failed.
    #[error("cannot make a PNG: {0}")]
    Png(String),
}

/// The ECI designator that says the bytes of a code are UTF-8.
const ECI_UTF8: u32 = 26;

/// How many bytes a code of `version` holds in byte mode at level M after the UTF-8 ECI
/// designator (None past 1 to 40).
///
/// The designator takes 12 bits (4 for its mode, 8 for the number 26); byte mode spends 4
/// bits on the mode and 8 bits (versions 1–9) or 16 bits (10–40) on the length; the rest of
/// the data codewords hold the bytes.
pub fn byte_capacity(version: u8) -> Option<usize> {
    let codewords = *DATA_CODEWORDS_M.get(usize::from(version).checked_sub(1)?)?;
    let header_bits = 12 + if version < 10 { 4 + 8 } else { 4 + 16 };
    Some((usize::from(codewords) * 8 - header_bits) / 8)
}

/// A QR code as modules: `size` × `size`, dark or light, without the quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    size: usize,
    version: u8,
    dark: Vec<bool>,
}

impl Matrix {
    /// Modules a side (21 for version 1, 57 for version 10).
    pub fn size(&self) -> usize {
        self.size
    }

    /// The QR version, 1 to 40.
    pub fn version(&self) -> u8 {
        self.version
    }

    /// Whether the module at column `x`, row `y` is dark; outside the code (the quiet zone)
    /// every module is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// Whether the module at (`x`, `y`) of the code drawn with its quiet zone is dark.
    pub fn is_dark_framed(&self, x: usize, y: usize) -> bool {
        match (x.checked_sub(QUIET_ZONE), y.checked_sub(QUIET_ZONE)) {
            (Some(x), Some(y)) => self.is_dark(x, y),
            _ => false,
        }
    }

    /// Modules a side with the quiet zone.
    pub fn framed_size(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }
}

/// Encodes one payload as UTF-8 bytes after the UTF-8 ECI designator, in byte mode at level
/// M, in the smallest version that holds it.
pub fn encode(payload: &str) -> Result<Matrix, QrError> {
    use qrcode::bits::Bits;
    use qrcode::canvas::Canvas;
    use qrcode::{EcLevel, Version};
    let bytes = payload.as_bytes();
    let version = (1..=MAX_VERSION)
        .find(|&v| byte_capacity(v).is_some_and(|c| c >= bytes.len()))
        .ok_or_else(|| QrError::Encode(format!("{} bytes fit in no version", bytes.len())))?;
    let refused = |e: qrcode::types::QrError| QrError::Encode(e.to_string());
    let qr_version = Version::Normal(i16::from(version));
    let mut bits = Bits::new(qr_version);
    bits.push_eci_designator(ECI_UTF8).map_err(refused)?;
    bits.push_byte_data(bytes).map_err(refused)?;
    bits.push_terminator(EcLevel::M).map_err(refused)?;
    let (data, ec) = qrcode::ec::construct_codewords(&bits.into_bytes(), qr_version, EcLevel::M)
        .map_err(refused)?;
    let mut canvas = Canvas::new(qr_version, EcLevel::M);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ec);
    let size = 17 + 4 * usize::from(version);
    Ok(Matrix {
        size,
        version,
        dark: mask::best(&canvas, size),
    })
}

/// One part with its code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// The part.
    pub part: Part,
    /// Its code.
    pub matrix: Matrix,
}

/// Splits a text with no headings into parts (see [`split`]), however many, and encodes every
/// part; outcomes go through [`outcomes`] or [`fit`] instead, which keep to [`MAX_PARTS`].
pub fn codes(text: &str, label: &str, max_version: u8) -> Result<Vec<Code>, QrError> {
    encode_all(split(text, label, max_version)?)
}

/// Encodes every part.
fn encode_all(parts: Vec<Part>) -> Result<Vec<Code>, QrError> {
    parts
        .into_iter()
        .map(|part| {
            let matrix = encode(&part.payload())?;
            Ok(Code { part, matrix })
        })
        .collect()
}

/// The code as lines of Unicode half blocks (`▀`, `▄`, `█` and space), two rows of modules a
/// line, with the quiet zone. Blocks are dark modules; `invert` makes them the light ones,
/// for a light-on-dark terminal drawn without colours.
pub fn half_blocks(matrix: &Matrix, invert: bool) -> Vec<String> {
    let n = matrix.framed_size();
    (0..n)
        .step_by(2)
        .map(|y| {
            (0..n)
                .map(|x| {
                    let top = matrix.is_dark_framed(x, y) != invert;
                    let bottom = if y + 1 < n {
                        matrix.is_dark_framed(x, y + 1) != invert
                    } else {
                        invert
                    };
                    match (top, bottom) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    }
                })
                .collect()
        })
        .collect()
}

/// The dark modules as one SVG path, one `h` run per stretch of dark modules in a row, offset
/// by the quiet zone.
fn svg_path(matrix: &Matrix) -> String {
    let mut d = String::new();
    for y in 0..matrix.size {
        let mut x = 0;
        while x < matrix.size {
            if matrix.is_dark(x, y) {
                let start = x;
                while x < matrix.size && matrix.is_dark(x, y) {
                    x += 1;
                }
                let _ = write!(
                    d,
                    "M{} {}h{}v1h-{}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start,
                    x - start
                );
            } else {
                x += 1;
            }
        }
    }
    d
}

/// Escapes text for HTML and XML content and attribute values.
pub(crate) fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // The characters escaped are ASCII: the text is copied a run at a time between them (the
    // HTML minutes of a big record pass through here whole).
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push_str(entity);
        from = i + 1;
    }
    out.push_str(&s[from..]);
    out
}

/// The code as an SVG file, with `title` (the part's text) as its accessible name.
pub fn svg(matrix: &Matrix, title: &str) -> String {
    let n = matrix.framed_size();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {n} {n}\" width=\"{w}\" \
         height=\"{w}\" shape-rendering=\"crispEdges\" role=\"img\">\n\
         <title>{title}</title>\n\
         <rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/>\n\
         <path fill=\"#000\" d=\"{d}\"/>\n\
         </svg>\n",
        w = n * 8,
        title = escape_xml(title),
        d = svg_path(matrix),
    )
}

/// The code as an `<svg>` element to put inside an HTML page: no namespace needed, labelled by
/// the element with id `labelled_by` (the text beside it).
pub(crate) fn svg_inline(matrix: &Matrix, labelled_by: &str) -> String {
    let n = matrix.framed_size();
    format!(
        "<svg class=\"qr\" viewBox=\"0 0 {n} {n}\" shape-rendering=\"crispEdges\" role=\"img\" \
         aria-labelledby=\"{id}\"><rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{d}\"/></svg>",
        id = escape_xml(labelled_by),
        d = svg_path(matrix),
    )
}

/// The code as a black-and-white PNG, `scale` pixels a module, with the quiet zone; the part's
/// text goes into the file's `Description`.
pub fn png(matrix: &Matrix, scale: u32, description: &str) -> Result<Vec<u8>, QrError> {
    let scale = scale.max(1) as usize;
    let side = matrix.framed_size() * scale;
    let stride = side.div_ceil(8);
    let mut pixels = vec![0u8; stride * side];
    // Each row of modules is `scale` identical rows of pixels: draw the first, copy the rest.
    for (y, band) in pixels.chunks_exact_mut(stride * scale).enumerate() {
        let (first, copies) = band.split_at_mut(stride);
        for x in 0..side {
            if !matrix.is_dark_framed(x / scale, y) {
                first[x / 8] |= 0x80 >> (x % 8);
            }
        }
        for copy in copies.chunks_exact_mut(stride) {
            copy.copy_from_slice(first);
        }
    }
    let side = u32::try_from(side).map_err(|e| QrError::Png(e.to_string()))?;
    let mut out = Vec::new();
    let png_error = |e: png::EncodingError| QrError::Png(e.to_string());
    let mut encoder = png::Encoder::new(&mut out, side, side);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::One);
    // fdeflate's fast mode: a code's rows repeat, so it compresses nearly as small as the
    // default level does (a few per cent larger), in a fraction of the time, which was most of
    // the time `plenary qr` took.
    encoder.set_compression(png::Compression::Fast);
    encoder
        .add_itxt_chunk("Description".to_owned(), description.to_owned())
        .map_err(png_error)?;
    let mut writer = encoder.write_header().map_err(png_error)?;
    writer.write_image_data(&pixels).map_err(png_error)?;
    writer.finish().map_err(png_error)?;
    Ok(out)
}
