//! The join codes as text a person can paste or say: the full code (addresses, fingerprint,
//! token) and the short code (a number and two words) that SPAKE2 turns into a key.

use std::fmt;
use std::net::SocketAddr;
use std::str::FromStr;

use super::identity::{Fingerprint, Secret};
use super::{NetError, random_bytes};

/// What the full join code starts with: the format's name and version.
const FULL_PREFIX: &str = "plenary1";

/// Everything a laptop needs to join with no other help: where the host listens, which
/// certificate it must show and the token that admits a new writer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JoinCode {
    /// The host's addresses, tried in order.
    pub addrs: Vec<SocketAddr>,
    /// The certificate the host must show.
    pub fingerprint: Fingerprint,
    /// The token that admits a new writer.
    pub token: Secret,
}

impl fmt::Display for JoinCode {
    /// `plenary1/ADDR,ADDR/FINGERPRINT/TOKEN`, the last two in base32: one word, no spaces,
    /// so a double click selects it whole.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let addrs: Vec<String> = self.addrs.iter().map(ToString::to_string).collect();
        write!(
            f,
            "{FULL_PREFIX}/{}/{}/{}",
            addrs.join(","),
            base32_encode(&self.fingerprint.0),
            self.token.to_text()
        )
    }
}

impl FromStr for JoinCode {
    type Err = NetError;

    fn from_str(text: &str) -> Result<JoinCode, NetError> {
        let bad = |why: &str| NetError::Code(format!("not a full join code: {why}"));
        let parts: Vec<&str> = text.trim().split('/').collect();
        let [prefix, addrs, fingerprint, token] = parts.as_slice() else {
            return Err(bad("expected plenary1/ADDRESSES/FINGERPRINT/TOKEN"));
        };
        if *prefix != FULL_PREFIX {
            return Err(bad("it does not start with plenary1/"));
        }
        let addrs = parse_addrs(addrs)?;
        let fingerprint = base32_decode(fingerprint)
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .map(Fingerprint)
            .ok_or_else(|| bad("the fingerprint does not read"))?;
        let token = Secret::from_text(token).ok_or_else(|| bad("the token does not read"))?;
        Ok(JoinCode {
            addrs,
            fingerprint,
            token,
        })
    }
}

/// Reads comma-separated socket addresses (`[::1]:7878` for IPv6), at least one.
pub fn parse_addrs(text: &str) -> Result<Vec<SocketAddr>, NetError> {
    let addrs = text
        .split(',')
        .filter(|a| !a.trim().is_empty())
        .map(|a| {
            a.trim().parse().map_err(|_| {
                NetError::Code(format!("{a:?} is not an address like 192.168.1.5:7878"))
            })
        })
        .collect::<Result<Vec<SocketAddr>, NetError>>()?;
    if addrs.is_empty() {
        return Err(NetError::Code("no host address given".to_owned()));
    }
    Ok(addrs)
}

/// What a note-taker types to join: the full code, or the short code with the host's
/// addresses after it (`42-amber-river 192.168.1.5:7878`) when mDNS cannot find the host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invitation {
    /// The full join code.
    Full(JoinCode),
    /// The short join code and where to find the host (empty: to be found on the network).
    Short {
        /// The short code.
        code: ShortCode,
        /// The host's addresses.
        addrs: Vec<SocketAddr>,
    },
}

impl FromStr for Invitation {
    type Err = NetError;

    fn from_str(text: &str) -> Result<Invitation, NetError> {
        let text = text.trim();
        if text.starts_with(FULL_PREFIX) {
            return text.parse().map(Invitation::Full);
        }
        let (code, addrs) = match text.split_once([' ', '@']) {
            Some((code, addrs)) => (code, parse_addrs(addrs)?),
            None => (text, Vec::new()),
        };
        Ok(Invitation::Short {
            code: code.parse()?,
            addrs,
        })
    }
}

/// The short join code: a number under 100 and two of 256 short words (about 22.6 bits),
/// at most 14 characters. Guessing it takes online tries, which the host limits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ShortCode {
    number: u8,
    words: [u8; 2],
}

impl ShortCode {
    /// A fresh code from the operating system's random source.
    pub(crate) fn generate() -> Result<ShortCode, NetError> {
        let mut bytes = [0; 4];
        random_bytes(&mut bytes)?;
        // 65536 is a multiple of 256 but not of 100: the bias of the number is under 0.2 %.
        let number = (u16::from_le_bytes([bytes[0], bytes[1]]) % 100) as u8;
        Ok(ShortCode {
            number,
            words: [bytes[2], bytes[3]],
        })
    }

    /// The bytes both sides feed SPAKE2: the canonical text, whatever case or separators the
    /// person typed.
    pub(crate) fn password(self) -> Vec<u8> {
        self.to_string().into_bytes()
    }
}

impl fmt::Display for ShortCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [a, b] = self.words;
        write!(
            f,
            "{}-{}-{}",
            self.number,
            WORDS[usize::from(a)],
            WORDS[usize::from(b)]
        )
    }
}

impl fmt::Debug for ShortCode {
    /// Never prints the code: it would end up in logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ShortCode(…)")
    }
}

impl FromStr for ShortCode {
    type Err = NetError;

    /// Reads `42-amber-river`, in any case, with dashes or spaces between the parts.
    fn from_str(text: &str) -> Result<ShortCode, NetError> {
        let bad = || {
            NetError::Code(format!(
                "{text:?} is neither a full join code (plenary1/…) nor a short one like 42-amber-river"
            ))
        };
        let lower = text.trim().to_lowercase();
        let parts: Vec<&str> = lower.split(['-', ' ']).filter(|p| !p.is_empty()).collect();
        let [number, first, second] = parts.as_slice() else {
            return Err(bad());
        };
        let number: u8 = number.parse().ok().filter(|n| *n < 100).ok_or_else(bad)?;
        let word = |w: &str| {
            WORDS
                .iter()
                .position(|x| *x == w)
                .and_then(|i| u8::try_from(i).ok())
        };
        Ok(ShortCode {
            number,
            words: [word(first).ok_or_else(bad)?, word(second).ok_or_else(bad)?],
        })
    }
}

/// RFC 4648's base32 alphabet, lower case: no characters that look alike in a terminal font.
const BASE32: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// Base32 without padding.
pub(crate) fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(BASE32[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// Reads [`base32_encode`]'s text, in either case; None for anything else.
pub(crate) fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let value = BASE32.iter().position(|&a| a == c.to_ascii_lowercase())?;
        buffer = ((buffer << 5) | value as u32) & 0xFFFF;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xFF) as u8);
        }
    }
    // Leftover bits must be zero padding, or the text was not written by the encoder.
    (bits < 5 && buffer & ((1 << bits) - 1) == 0).then_some(out)
}

/// The short code's words: 256 common ones of at most five letters, easy to say and to spell
/// across a room.
pub(crate) const WORDS: [&str; 256] = [
    "acorn", "actor", "adobe", "agent", "alarm", "album", "alder", "alpha", "amber", "angle",
    "apple", "apron", "arena", "arrow", "aspen", "atlas", "attic", "award", "bacon", "badge",
    "bagel", "baker", "banjo", "barge", "basil", "beach", "beard", "bench", "berry", "bison",
    "blade", "blaze", "bloom", "board", "boat", "bonus", "boots", "brain", "brass", "bread",
    "brick", "bride", "brook", "broom", "brush", "cabin", "cable", "cacao", "camel", "candy",
    "canoe", "cargo", "carol", "cedar", "chalk", "charm", "chess", "chief", "chime", "cider",
    "civic", "cliff", "clock", "cloud", "clove", "coast", "cobra", "cocoa", "comet", "coral",
    "couch", "crane", "crate", "crown", "cube", "curry", "daisy", "dance", "delta", "denim",
    "depot", "diary", "dodge", "dough", "dove", "drama", "dream", "drum", "eagle", "easel",
    "ebony", "elbow", "elder", "ember", "entry", "fable", "fairy", "feast", "fence", "ferry",
    "fiber", "field", "flame", "flask", "fleet", "flint", "flute", "focus", "forge", "fox",
    "frost", "fruit", "gamma", "gecko", "ghost", "giant", "glade", "globe", "glove", "goose",
    "grape", "grass", "gravy", "guest", "guide", "habit", "harp", "hazel", "heart", "hedge",
    "heron", "honey", "hotel", "house", "igloo", "inlet", "ivory", "jelly", "jewel", "judge",
    "juice", "kayak", "khaki", "kiosk", "kite", "koala", "label", "lemon", "lever", "lilac",
    "linen", "llama", "lodge", "lotus", "lunar", "magic", "mango", "maple", "march", "melon",
    "metal", "meter", "mint", "moose", "motor", "mouse", "music", "noble", "north", "novel",
    "nurse", "oasis", "ocean", "olive", "onion", "opera", "orbit", "otter", "oxide", "panda",
    "paper", "patio", "peach", "pearl", "pecan", "piano", "pilot", "pixel", "plaza", "plum",
    "polar", "poppy", "prism", "pulse", "quail", "quest", "quilt", "radar", "radio", "raven",
    "relay", "ridge", "river", "robin", "rodeo", "royal", "ruby", "salad", "salsa", "sauce",
    "scale", "scout", "shark", "shell", "shore", "silk", "sloth", "solar", "spice", "squid",
    "staff", "stamp", "steam", "stone", "storm", "sugar", "sunny", "swan", "table", "tango",
    "tiger", "toast", "topaz", "torch", "tower", "trail", "tulip", "tuna", "unity", "valve",
    "vapor", "venus", "vigor", "viola", "vivid", "wafer", "wagon", "waltz", "water", "whale",
    "wheat", "yacht", "yeast", "yodel", "zebra", "zesty",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_reads_what_it_writes_for_every_length() {
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len)
                .map(|i| i.wrapping_mul(37).wrapping_add(len))
                .collect();
            let text = base32_encode(&bytes);
            assert_eq!(base32_decode(&text), Some(bytes.clone()), "length {len}");
            assert_eq!(
                base32_decode(&text.to_uppercase()),
                Some(bytes),
                "length {len}"
            );
        }
        assert_eq!(base32_decode("a1"), None, "1 is not in the alphabet");
    }

    #[test]
    fn the_words_are_distinct_and_short() {
        let mut sorted = WORDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 256);
        assert!(
            WORDS
                .iter()
                .all(|w| w.len() <= 5 && w.bytes().all(|b| b.is_ascii_lowercase()))
        );
    }

    #[test]
    fn a_short_code_is_at_most_16_characters_and_reads_back_however_typed() {
        for _ in 0..50 {
            let code = ShortCode::generate().expect("random");
            let text = code.to_string();
            assert!(text.len() <= 16, "{text}");
            assert_eq!(text.parse::<ShortCode>().expect("reads"), code);
            let shouted = text.to_uppercase().replace('-', " ");
            assert_eq!(shouted.parse::<ShortCode>().expect("reads"), code);
        }
        assert!("100-amber-river".parse::<ShortCode>().is_err());
        assert!("4-amber-nothing".parse::<ShortCode>().is_err());
        assert!("4-amber".parse::<ShortCode>().is_err());
    }

    #[test]
    fn a_full_code_reads_back_with_ipv6_addresses() {
        let code = JoinCode {
            addrs: vec![
                "192.168.1.5:7878".parse().expect("v4"),
                "[fe80::1]:7878".parse().expect("v6"),
            ],
            fingerprint: Fingerprint([7; 32]),
            token: Secret([9; 16]),
        };
        let text = code.to_string();
        assert!(!text.contains(' '));
        assert_eq!(text.parse::<JoinCode>().expect("reads"), code);
        assert_eq!(
            text.parse::<Invitation>().expect("reads"),
            Invitation::Full(code)
        );
        assert!(
            text.replace("plenary1", "plenary2")
                .parse::<JoinCode>()
                .is_err()
        );
        assert!(
            text[..text.len() - 2].parse::<JoinCode>().is_err(),
            "a cut token"
        );
    }

    #[test]
    fn a_short_invitation_may_name_the_host() {
        let Invitation::Short { code, addrs } =
            "42-amber-river 127.0.0.1:7878".parse().expect("reads")
        else {
            panic!("a short invitation");
        };
        assert_eq!(code.to_string(), "42-amber-river");
        assert_eq!(
            addrs,
            ["127.0.0.1:7878".parse::<SocketAddr>().expect("addr")]
        );
        assert!("42-amber-river@nowhere".parse::<Invitation>().is_err());
    }
}
