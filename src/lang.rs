//! The meeting's language: the labels, dates and plural forms of every export, from one data
//! file per language (`lang/*.ftl`, compiled into the binary) read through Fluent's
//! `fluent-bundle`.
//!
//! Why Fluent: its plural rules are CLDR's, so Arabic's six forms (and French counting zero as
//! one) are written in the language's file, not in code; a label takes named arguments, so a
//! translation orders its words as its language needs; it is pure Rust with no C library or
//! compiled catalogue (unlike gettext), so a file is plain text that `include_str!` embeds; and
//! `fluent-syntax` lets `tests/languages.rs` read the files as Fluent does. Its bidi isolation
//! marks around arguments are turned off (see [`Labels`]'s construction) because they would
//! change bytes every export wrote before and take room in the QR codes. The longer account,
//! with what else was weighed, is in docs/ARCHITECTURE.md.
//!
//! Pure like core: the files are in the binary, nothing is read from disk. A label missing
//! from a file reads as its id rather than failing, and `tests/languages.rs` fails the build
//! before that can ship: every file holds exactly the labels the code asks for.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

mod dates;

/// A language the exports can be written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    /// English, the default: what every release before this one wrote.
    #[default]
    English,
    /// Spanish.
    Spanish,
    /// French.
    French,
    /// Arabic, written right to left.
    Arabic,
}

impl Language {
    /// Every supported language, in the order they are listed to users.
    pub const ALL: [Language; 4] = [
        Language::English,
        Language::Spanish,
        Language::French,
        Language::Arabic,
    ];

    /// The language's code, as agendas and `--language` write it (ISO 639-1): "en", "es",
    /// "fr", "ar".
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::French => "fr",
            Language::Arabic => "ar",
        }
    }

    /// The language for a code, `None` for a code plenary has no labels for.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The supported codes with their languages' names, for a message that lists them: "en
    /// (English), es (español), fr (français), ar (العربية)".
    pub fn supported() -> String {
        let listed: Vec<String> = Language::ALL
            .iter()
            .map(|l| format!("{} ({})", l.code(), l.name()))
            .collect();
        listed.join(", ")
    }

    /// The language's name in itself.
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "español",
            Language::French => "français",
            Language::Arabic => "العربية",
        }
    }

    /// The language of the system's locale, given the values of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` as read: the first one set and not empty decides, as POSIX has it (so `LC_ALL=C`
    /// means English whatever `LANG` says). `es_ES.UTF-8`, `fr` and `ar_EG` read as their
    /// language; `C`, `POSIX`, nothing at all or a language plenary has no labels for, as
    /// English.
    pub fn from_locale(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Language {
        let Some(locale) = [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|value| !value.is_empty())
        else {
            return Language::English;
        };
        // "es_ES.UTF-8@euro": the language is what comes before the territory, codeset and
        // modifier.
        let code = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::from_code(&code).unwrap_or_default()
    }

    /// Whether the language is written right to left (HTML says `dir="rtl"`).
    pub fn is_rtl(self) -> bool {
        self == Language::Arabic
    }

    /// The language's label file, as compiled in.
    fn source(self) -> &'static str {
        match self {
            Language::English => include_str!("../lang/en.ftl"),
            Language::Spanish => include_str!("../lang/es.ftl"),
            Language::French => include_str!("../lang/fr.ftl"),
            Language::Arabic => include_str!("../lang/ar.ftl"),
        }
    }

    /// The language's labels, built once.
    pub fn labels(self) -> &'static Labels {
        static BUILT: [OnceLock<Labels>; 4] = [const { OnceLock::new() }; 4];
        let index = Language::ALL.iter().position(|&l| l == self).unwrap_or(0);
        BUILT[index].get_or_init(|| Labels::new(self))
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    /// A code, or a message that names the supported ones.
    fn from_str(code: &str) -> Result<Language, String> {
        Language::from_code(code).ok_or_else(|| {
            format!(
                "no labels for language `{code}`; the supported languages are {}",
                Language::supported()
            )
        })
    }
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Language, D::Error> {
        let code = String::deserialize(deserializer)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

/// Serde for an agenda's optional language, written as its bare code (`language: "es"`), not
/// as `Some("es")`: with `#[serde(default)]`, a file that leaves it out reads as `None`.
pub(crate) mod optional {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Language;

    /// The code, or nothing.
    pub(crate) fn serialize<S: Serializer>(
        language: &Option<Language>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match language {
            Some(language) => language.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }

    /// A code, as given.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Language>, D::Error> {
        Language::deserialize(deserializer).map(Some)
    }
}

/// One language's labels: Fluent messages by id, with arguments.
pub struct Labels {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Labels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Labels")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// An argument of a label: text or a number (numbers choose plural forms).
pub(crate) type Arg<'a> = FluentValue<'a>;

impl Labels {
    fn new(language: Language) -> Labels {
        // A file that does not parse keeps the messages that do; tests/languages.rs holds
        // every file to parse whole.
        let resource = FluentResource::try_new(language.source().to_owned())
            .unwrap_or_else(|(partial, _)| partial);
        let locale = language.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // No Unicode isolation marks around arguments: they would change every English byte
        // and take room in the QR codes; the exports put arguments in plain text runs.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        Labels { language, bundle }
    }

    /// The language these labels are in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The label `id`, with no arguments.
    pub(crate) fn label(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The label `id` with its arguments: `label_with("count-sessions", &[("n", 3.into())])`.
    pub(crate) fn label_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.format(id, Some(&fluent))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// Items joined as a list in running text: "a, b, c" ("a، b" in Arabic).
    pub(crate) fn comma_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.join(items, "separator-comma")
    }

    /// Items joined by a colon, as in "STRATEGIES: Mobilise": ": ", " : " in French.
    pub(crate) fn colon_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.join(items, "separator-colon")
    }

    /// Items joined where each may hold commas: "a; b; c" ("a؛ b" in Arabic).
    pub(crate) fn semicolon_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.join(items, "separator-semicolon")
    }

    fn join<S: AsRef<str>>(&self, items: &[S], separator: &str) -> String {
        let separator = self.label(separator);
        let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
        items.join(&separator)
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveTime};

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        use Language::{Arabic, English, French, Spanish};
        let (one, first) = (day(2018, 7, 22), day(2018, 7, 1));
        let rows = [
            (
                English,
                "Sunday 22 July 2018",
                "1 Jul 2018",
                "1–25 July 2018",
            ),
            (
                Spanish,
                "domingo, 22 de julio de 2018",
                "1 jul 2018",
                "1–25 de julio de 2018",
            ),
            (
                French,
                "dimanche 22 juillet 2018",
                "1er juil. 2018",
                "1er–25 juillet 2018",
            ),
            (
                Arabic,
                "الأحد، 22 يوليو 2018",
                "1 يوليو 2018",
                "1–25 يوليو 2018",
            ),
        ];
        for (language, long, short, span) in rows {
            let l = language.labels();
            assert_eq!(l.long_date(one), long, "{language}");
            assert_eq!(l.date_short(first), short, "{language}");
            assert_eq!(l.date_span(first, day(2018, 7, 25)), span, "{language}");
        }
        let across = [
            (
                English,
                "30 July – 2 August 2018",
                "30 December 2018 – 2 January 2019",
            ),
            (
                Spanish,
                "del 30 de julio al 2 de agosto de 2018",
                "del 30 de diciembre de 2018 al 2 de enero de 2019",
            ),
            (
                French,
                "du 30 juillet au 2 août 2018",
                "du 30 décembre 2018 au 2 janvier 2019",
            ),
            (
                Arabic,
                "من 30 يوليو إلى 2 أغسطس 2018",
                "من 30 ديسمبر 2018 إلى 2 يناير 2019",
            ),
        ];
        for (language, months, years) in across {
            let l = language.labels();
            assert_eq!(l.date_span(day(2018, 7, 30), day(2018, 8, 2)), months);
            assert_eq!(l.date_span(day(2018, 12, 30), day(2019, 1, 2)), years);
        }
        let nine = NaiveTime::from_hms_opt(9, 6, 0).unwrap_or_default();
        assert_eq!(English.labels().time(nine), "09:06");
        assert_eq!(French.labels().time(nine), "09 h 06");
        assert_eq!(Arabic.labels().time(nine), "09:06");
    }

    #[test]
    fn counts_take_each_languages_plural_forms() {
        let count = |language: Language, n: usize| {
            language
                .labels()
                .label_with("count-participants", &[("n", n.into())])
        };
        let english = [(1, "1 participant"), (2, "2 participants")];
        for (n, want) in english {
            assert_eq!(count(Language::English, n), want);
        }
        // French counts zero as singular, like one.
        assert_eq!(count(Language::French, 0), "0 participant");
        assert_eq!(count(Language::Spanish, 0), "0 participantes");
        // Arabic: one, two (the dual), few (3–10), many (11–99), other (100 to 102). CLDR
        // reckons few and many on n % 100 (103 is few again), but intl_pluralrules 7.0.2,
        // which fluent-bundle uses, tests n itself: from 103 up every count reads as other.
        let arabic = [
            (1, "مشارك واحد"),
            (2, "مشاركان"),
            (3, "3 مشاركين"),
            (10, "10 مشاركين"),
            (11, "11 مشاركًا"),
            (99, "99 مشاركًا"),
            (100, "100 مشارك"),
        ];
        for (n, want) in arabic {
            assert_eq!(count(Language::Arabic, n), want, "{n}");
        }
    }

    #[test]
    fn arabic_counts_take_the_six_cldr_forms() {
        // CLDR for Arabic: 0 zero, 1 one, 2 two, 3 few (3–10), 11 many (11–99), 100 other;
        // the bundle's locale is `ar`, so Fluent picks each.
        let counts = [0, 1, 2, 3, 11, 100];
        let rows = [
            (
                "count-sessions",
                "n",
                [
                    "لا جلسات",
                    "جلسة واحدة",
                    "جلستان",
                    "3 جلسات",
                    "11 جلسة",
                    "100 جلسة",
                ],
            ),
            (
                "length-minutes",
                "minutes",
                [
                    "0 دقيقة",
                    "دقيقة واحدة",
                    "دقيقتان",
                    "3 دقائق",
                    "11 دقيقةً",
                    "100 دقيقة",
                ],
            ),
        ];
        let labels = Language::Arabic.labels();
        for (id, arg, want) in rows {
            let forms: Vec<String> = counts
                .iter()
                .map(|&n| labels.label_with(id, &[(arg, n.into())]))
                .collect();
            assert_eq!(forms, want, "{id}");
            let distinct: std::collections::BTreeSet<&String> = forms.iter().collect();
            assert_eq!(distinct.len(), counts.len(), "{id}: six forms");
        }
        // Digits stay 0–9 in Arabic (see lang/ar.ftl): no ٠–٩ anywhere.
        let late = labels.label_with("day-late", &[("minutes", 14.into())]);
        assert_eq!(late, "متأخرون عن الموعد بـ14 دقيقة");
    }

    #[test]
    fn codes_name_their_languages_and_an_unknown_one_lists_them() {
        for language in Language::ALL {
            assert_eq!(language.code().parse(), Ok(language));
        }
        let refused = "pt".parse::<Language>();
        assert_eq!(
            refused,
            Err(
                "no labels for language `pt`; the supported languages are en (English), \
                 es (español), fr (français), ar (العربية)"
                    .to_owned()
            )
        );
        assert!(Language::Arabic.is_rtl() && !Language::French.is_rtl());
        assert_eq!(Language::default(), Language::English);
    }

    #[test]
    fn the_locale_names_the_language_in_posix_order() {
        use Language::{Arabic, English, French, Spanish};
        let rows = [
            ((None, None, Some("es_ES.UTF-8")), Spanish),
            ((None, None, Some("fr")), French),
            ((None, None, Some("ar_EG")), Arabic),
            ((None, None, Some("C")), English),
            ((None, None, Some("POSIX")), English),
            ((None, None, Some("C.UTF-8")), English),
            ((None, None, Some("pt_BR.UTF-8")), English),
            ((None, None, None), English),
            ((Some(""), Some(""), Some("fr_FR.UTF-8")), French),
            ((Some("es_MX.UTF-8"), None, Some("fr_FR.UTF-8")), Spanish),
            ((None, Some("ar_MA"), Some("fr_FR")), Arabic),
            ((Some("C"), Some("ar_MA"), Some("fr_FR")), English),
        ];
        for ((all, messages, lang), want) in rows {
            assert_eq!(
                Language::from_locale(all, messages, lang),
                want,
                "{all:?} {messages:?} {lang:?}"
            );
        }
    }

    #[test]
    fn a_label_no_file_holds_reads_as_its_id() {
        assert_eq!(
            Language::Spanish.labels().label("no-such-label"),
            "no-such-label"
        );
    }
}
