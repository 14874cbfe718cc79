//! The minutes as one self-contained HTML file: the same document as the Markdown minutes,
//! with the outcome summary's QR codes drawn inline as SVG, each with its text beside it for
//! screen readers and for anyone who cannot scan. No external resources of any kind (styles,
//! scripts, fonts, images), so it opens offline and archives as one file; it prints cleanly.

use std::fmt::Write;

use crate::core::record::Record;

use super::Options;
use super::minutes::{Block, Span, document};
use super::qr::{escape_xml, fit, svg_inline};
use super::summary::{label, meeting_outcomes, meeting_summary};

const STYLE: &str = "\
:root{color-scheme:light}\
body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",sans-serif;\
line-height:1.5;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff}\
h1{font-size:1.9rem;line-height:1.2;margin-bottom:.5rem}\
h2{margin-top:2.5rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}\
h3{margin-top:1.8rem}h4{margin:1.4rem 0 .2rem}\
p.facts{color:#444;margin-top:0}\
table{border-collapse:collapse;margin:1rem 0;width:100%}\
th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{background:#f2f2f2}.num{text-align:right;font-variant-numeric:tabular-nums}\
blockquote{margin:1rem 0;padding:.2rem 1rem;border-left:4px solid #888;background:#fafafa}\
blockquote p{margin:.4rem 0}.by{color:#444}\
.qr-parts{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}\
figure.qr-part{margin:0;width:17rem}\
svg.qr{display:block;width:100%;height:auto}\
figcaption pre{white-space:pre-wrap;font-family:inherit;font-size:.8rem;margin:.4rem 0 0}\
@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt}\
h2,h3,h4{break-after:avoid}tr,blockquote,figure{break-inside:avoid}\
section.outcomes{break-before:page}th{background:none}}";

/// What a right-to-left page adds to [`STYLE`]: cells, quotes and numbers aligned from the
/// right, and each line of a code's text in its own direction. (Headings and spans are set apart
/// in `<bdi>`s, so that a note typed in English keeps its full stop at its end.) Left-to-right
/// pages keep the style they always had, byte for byte.
const RTL_STYLE: &str = "\
th,td{text-align:right}.num{text-align:left}\
blockquote{border-left:0;border-right:4px solid #888}\
pre{unicode-bidi:plaintext}";

/// The minutes as a complete HTML document.
pub fn minutes_html(record: &Record, options: &Options) -> String {
    let doc = document(record, options);
    let language = options.labels(record).language();
    // Right-to-left pages say so; left-to-right ones keep the tag they always had.
    let (dir, rtl_style) = if language.is_rtl() {
        (" dir=\"rtl\"", RTL_STYLE)
    } else {
        ("", "")
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"{dir}>\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}{rtl_style}</style>\n</head>\n<body>\n<main>\n",
        language.code(),
        escape_xml(&record.plan.title)
    );
    let mut in_section = false;
    let mut in_header = false;
    for block in &doc {
        if let Block::Heading(level, _) = block
            && *level <= 2
        {
            if in_header {
                out.push_str("</header>\n");
            }
            if in_section {
                out.push_str("</section>\n");
            }
            in_header = *level == 1;
            in_section = *level == 2;
            out.push_str(if in_header {
                "<header>\n"
            } else {
                "<section>\n"
            });
        }
        block_html(&mut out, block, language.is_rtl());
    }
    if in_header {
        out.push_str("</header>\n");
    }
    if in_section {
        out.push_str("</section>\n");
    }
    outcomes(&mut out, record, options);
    out.push_str("</main>\n</body>\n</html>\n");
    super::into_inert(out)
}

/// The QR section: the outcome summary as codes, each with its text beside it.
fn outcomes(out: &mut String, record: &Record, options: &Options) {
    let l = options.labels(record);
    let _ = writeln!(
        out,
        "<section class=\"outcomes\">\n<h2>{}</h2>",
        escape_xml(&l.label("html-outcomes"))
    );
    let fitted = fit(
        &meeting_outcomes(record, options),
        &label(record, options),
        options.max_version,
    );
    match fitted.and_then(|f| f.codes()) {
        Ok(codes) => {
            let _ = writeln!(
                out,
                "<p>{}</p>",
                escape_xml(&l.label_with("html-scan", &[("codes", codes.len().into())]))
            );
            out.push_str("<div class=\"qr-parts\">\n");
            for code in &codes {
                let id = format!("qr-{}", code.part.number);
                let _ = writeln!(
                    out,
                    "<figure class=\"qr-part\">{}<figcaption id=\"{id}\"><pre>{}</pre>\
                     </figcaption></figure>",
                    svg_inline(&code.matrix, &id),
                    escape_xml(&code.part.payload())
                );
            }
            out.push_str("</div>\n");
        }
        Err(e) => {
            let _ = writeln!(
                out,
                "<p>{}</p>\n<pre>{}</pre>",
                escape_xml(&l.label_with("html-no-codes", &[("error", e.to_string().into())])),
                escape_xml(&meeting_summary(record, options))
            );
        }
    }
    out.push_str("</section>\n");
}

/// Writes one block; `isolate` (right-to-left pages) sets each span apart in a `<bdi>`, so that a
/// label and the text typed beside it, each in its own direction, keep their own punctuation.
fn block_html(out: &mut String, block: &Block, isolate: bool) {
    match block {
        Block::Heading(level, title) => {
            let level = (*level).clamp(1, 6);
            let title = escape_xml(title);
            if isolate {
                let _ = writeln!(out, "<h{level}><bdi>{title}</bdi></h{level}>");
            } else {
                let _ = writeln!(out, "<h{level}>{title}</h{level}>");
            }
        }
        Block::Para(spans) => {
            let _ = writeln!(out, "<p>{}</p>", spans_html(spans, isolate));
        }
        Block::Bullets(items) | Block::Numbered(items) => {
            let tag = if matches!(block, Block::Bullets(_)) {
                "ul"
            } else {
                "ol"
            };
            let _ = writeln!(out, "<{tag}>");
            for item in items {
                let _ = writeln!(out, "<li>{}</li>", spans_html(item, isolate));
            }
            let _ = writeln!(out, "</{tag}>");
        }
        Block::Table {
            head,
            numeric,
            rows,
        } => {
            let class = |i: usize| {
                if numeric.get(i).copied().unwrap_or(false) {
                    " class=\"num\""
                } else {
                    ""
                }
            };
            out.push_str("<table>\n<thead><tr>");
            for (i, h) in head.iter().enumerate() {
                let _ = write!(out, "<th scope=\"col\"{}>{}</th>", class(i), escape_xml(h));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for i in 0..head.len() {
                    let cell = row
                        .get(i)
                        .map(|c| spans_html(c, isolate))
                        .unwrap_or_default();
                    let _ = write!(out, "<td{}>{cell}</td>", class(i));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        Block::Quote { text, by } => {
            let _ = write!(out, "<blockquote><p>{}</p>", lines_html(text));
            if let Some(by) = by {
                let _ = write!(out, "<p class=\"by\">— {}</p>", escape_xml(by));
            }
            out.push_str("</blockquote>\n");
        }
    }
}

fn spans_html(spans: &[Span], isolate: bool) -> String {
    let mut out = String::new();
    for span in spans {
        let (Span::Text(s) | Span::Strong(s) | Span::Emph(s)) = span;
        // A space that separates a span from the one before it is kept.
        if !out.is_empty() && s.starts_with(char::is_whitespace) {
            out.push(' ');
        }
        let (open, close) = if isolate && !s.trim().is_empty() {
            ("<bdi>", "</bdi>")
        } else {
            ("", "")
        };
        out.push_str(open);
        match span {
            Span::Text(s) => out.push_str(&lines_html(s)),
            Span::Strong(s) => {
                let _ = write!(out, "<strong>{}</strong>", lines_html(s));
            }
            Span::Emph(s) => {
                let _ = write!(out, "<em>{}</em>", lines_html(s));
            }
        }
        out.push_str(close);
    }
    out
}

/// Escaped text with its line breaks kept as `<br>` (each line trimmed, as in Markdown): the
/// minutes' and the programme's.
pub(crate) fn lines_html(s: &str) -> String {
    s.trim()
        .lines()
        .map(|line| escape_xml(line.trim()))
        .collect::<Vec<_>>()
        .join("<br>")
}
