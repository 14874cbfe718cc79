//! Maps keyed by a number, read whether their keys were written as numbers (RON) or as text
//! (JSON writes every map key as a string: a snapshot, or the record sent to a laptop).

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

/// Reads a map whose keys are numbers, written either way.
pub fn read<'de, D, K, V>(d: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: TryFrom<u64> + Ord,
    V: Deserialize<'de>,
{
    let map = BTreeMap::<Number, V>::deserialize(d)?;
    map.into_iter()
        .map(|(Number(n), v)| {
            K::try_from(n)
                .map(|k| (k, v))
                .map_err(|_| de::Error::custom(format!("a key too large: {n}")))
        })
        .collect()
}

/// A map key: a number, or the same number as text.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Number(u64);

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Number, D::Error> {
        d.deserialize_any(NumberVisitor)
    }
}

struct NumberVisitor;

impl Visitor<'_> for NumberVisitor {
    type Value = Number;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number, or a number as text")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Number, E> {
        Ok(Number(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Number, E> {
        u64::try_from(v)
            .map(Number)
            .map_err(|_| E::custom(format!("a negative key: {v}")))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Number, E> {
        v.parse()
            .map(Number)
            .map_err(|_| E::custom(format!("a key that is not a number: {v:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Held {
        #[serde(deserialize_with = "read")]
        map: BTreeMap<u32, String>,
    }

    #[test]
    fn keys_read_as_numbers_from_ron_and_as_text_from_json() {
        let ron: Held = ron::from_str(r#"(map: {3: "c", 1: "a"})"#).expect("RON reads");
        let json: Held =
            serde_json::from_str(r#"{"map": {"3": "c", "1": "a"}}"#).expect("JSON reads");
        assert_eq!(ron.map, json.map);
        assert_eq!(ron.map.keys().copied().collect::<Vec<_>>(), [1, 3]);
    }

    #[test]
    fn keys_that_are_not_numbers_or_too_large_are_refused() {
        for bad in [
            r#"{"map": {"x": "a"}}"#,
            r#"{"map": {"-1": "a"}}"#,
            r#"{"map": {"4294967296": "a"}}"#,
        ] {
            assert!(serde_json::from_str::<Held>(bad).is_err(), "{bad}");
        }
        assert!(ron::from_str::<Held>(r#"(map: {-1: "a"})"#).is_err());
    }
}
