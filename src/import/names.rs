//! The names organisers give the sheet's columns and the kinds of row, in English, Spanish,
//! French and Arabic. Our own table: a sheet's header is matched against every language at
//! once, so a sheet may even mix them, and what the export writes (in the meeting's language,
//! one name of each table) always reads back.

use crate::core::agenda::SessionKind;
use crate::lang::Language;

/// Where a language's name sits in the tables of written names below.
fn slot(language: Language) -> usize {
    match language {
        Language::English => 0,
        Language::Spanish => 1,
        Language::French => 2,
        Language::Arabic => 3,
    }
}

/// The header the export writes for each column, in English, Spanish, French and Arabic;
/// each is one of the column's names in [`COLUMNS`], so it reads back.
const WRITTEN: [(Column, [&str; 4]); 15] = [
    (Column::Date, ["date", "fecha", "date", "التاريخ"]),
    (Column::Start, ["start", "inicio", "début", "البداية"]),
    (Column::Minutes, ["minutes", "minutos", "durée", "الدقائق"]),
    (Column::End, ["end", "fin", "fin", "النهاية"]),
    (Column::Id, ["id", "identificador", "identifiant", "المعرف"]),
    (Column::Title, ["title", "título", "titre", "العنوان"]),
    (Column::Kind, ["kind", "tipo", "type", "النوع"]),
    (
        Column::Leads,
        ["leads", "responsables", "intervenants", "المتحدثون"],
    ),
    (
        Column::Description,
        ["description", "descripción", "description", "الوصف"],
    ),
    (
        Column::Reference,
        ["reference", "referencia", "référence", "المرجع"],
    ),
    (
        Column::Proposals,
        ["proposals", "propuestas", "propositions", "المقترحات"],
    ),
    (
        Column::Criteria,
        ["criteria", "criterios", "critères", "المعايير"],
    ),
    (Column::Roles, ["roles", "funciones", "rôles", "الأدوار"]),
    (Column::Track, ["track", "eje", "parcours", "المسار"]),
    (Column::Room, ["room", "sala", "salle", "القاعة"]),
];

/// The name the export writes for each kind of row, in the languages of [`WRITTEN`].
const KINDS_WRITTEN: [(RowKind, [&str; 4]); 9] = [
    (RowKind::Day, ["day", "día", "jour", "يوم"]),
    (
        RowKind::Session(SessionKind::Talk),
        ["talk", "charla", "exposé", "محاضرة"],
    ),
    (
        RowKind::Session(SessionKind::Discussion),
        ["discussion", "debate", "débat", "نقاش"],
    ),
    (
        RowKind::Session(SessionKind::Proposals),
        ["proposals", "propuestas", "propositions", "مقترحات"],
    ),
    (
        RowKind::Session(SessionKind::Decision),
        ["decision", "decisión", "décision", "قرار"],
    ),
    (
        RowKind::Session(SessionKind::ActionPlanning),
        [
            "action planning",
            "planificación de acciones",
            "planification des actions",
            "تخطيط العمل",
        ],
    ),
    (
        RowKind::Session(SessionKind::Visit),
        ["visit", "visita", "visite", "زيارة"],
    ),
    (
        RowKind::Session(SessionKind::Break),
        ["break", "pausa", "pause", "استراحة"],
    ),
    (RowKind::Item, ["item", "punto", "point", "بند"]),
];

/// A column of the programme sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Column {
    Date,
    /// A column named for the day: the day's title ("Day 1", "Field visit") beside a `date`
    /// column, or the date itself when the sheet has no `date` column (see
    /// [`super::programme::header`]).
    Day,
    Start,
    Minutes,
    End,
    Id,
    Title,
    Kind,
    Leads,
    Track,
    Description,
    Reference,
    Proposals,
    Criteria,
    Roles,
    Room,
}

/// Each column with the header the export writes first, then what else it is called.
const COLUMNS: [(Column, &[&str]); 16] = [
    (Column::Date, &["date", "fecha", "التاريخ"]),
    (Column::Day, &["day", "día", "dia", "jour", "اليوم"]),
    (
        Column::Start,
        &[
            "start",
            "time",
            "start time",
            "begins",
            "inicio",
            "hora",
            "hora de inicio",
            "début",
            "debut",
            "heure",
            "heure de début",
            "البداية",
            "الوقت",
            "وقت البدء",
        ],
    ),
    (
        Column::Minutes,
        &[
            "minutes",
            "length",
            "duration",
            "mins",
            "minutos",
            "duración",
            "duracion",
            "durée",
            "duree",
            "الدقائق",
            "المدة",
        ],
    ),
    (
        Column::End,
        &[
            "end",
            "end time",
            "ends",
            "fin",
            "hora de fin",
            "heure de fin",
            "النهاية",
            "وقت الانتهاء",
        ],
    ),
    (
        Column::Id,
        &["id", "identificador", "identifiant", "المعرف"],
    ),
    (
        Column::Title,
        &[
            "title",
            "session",
            "título",
            "titulo",
            "sesión",
            "sesion",
            "titre",
            "séance",
            "seance",
            "العنوان",
            "الجلسة",
        ],
    ),
    (Column::Kind, &["kind", "type", "tipo", "genre", "النوع"]),
    (
        Column::Leads,
        &[
            "leads",
            "lead",
            "speakers",
            "presenters",
            "responsables",
            "ponentes",
            "intervenants",
            "animation",
            "المتحدثون",
            "المسؤولون",
        ],
    ),
    (
        Column::Track,
        &[
            "track",
            "stream",
            "eje",
            "filière",
            "filiere",
            "parcours",
            "المسار",
        ],
    ),
    (
        Column::Description,
        &[
            "description",
            "notes",
            "descripción",
            "descripcion",
            "الوصف",
        ],
    ),
    (
        Column::Reference,
        &[
            "reference",
            "link",
            "document",
            "referencia",
            "enlace",
            "documento",
            "référence",
            "lien",
            "المرجع",
        ],
    ),
    (
        Column::Proposals,
        &["proposals", "propuestas", "propositions", "المقترحات"],
    ),
    (
        Column::Criteria,
        &["criteria", "criterios", "critères", "criteres", "المعايير"],
    ),
    (
        Column::Roles,
        &[
            "roles",
            "funciones",
            "papeles",
            "rôles",
            "fonctions",
            "الأدوار",
        ],
    ),
    (
        Column::Room,
        &[
            "room",
            "venue",
            "where",
            "sala",
            "lugar",
            "salle",
            "lieu",
            "القاعة",
            "المكان",
        ],
    ),
];

/// The header as a comparison sees it: trimmed, lower case, inner spaces made one, and
/// without the invisible direction marks right-to-left text often carries.
fn normal(text: &str) -> String {
    let visible: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    visible
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Column {
    /// The column a header names, in any of the languages.
    pub(crate) fn named(header: &str) -> Option<Column> {
        let header = normal(header);
        COLUMNS
            .iter()
            .find(|(_, names)| names.contains(&header.as_str()))
            .map(|(column, _)| *column)
    }

    /// The header the export writes.
    pub(crate) fn header(self) -> &'static str {
        self.names()[0]
    }

    /// The header the export writes in `language`; [`Column::header`] for a column the
    /// export does not write.
    pub(crate) fn header_in(self, language: Language) -> &'static str {
        WRITTEN
            .iter()
            .find(|(column, _)| *column == self)
            .map_or_else(|| self.header(), |(_, names)| names[slot(language)])
    }

    /// Every name the column goes by.
    pub(crate) fn names(self) -> &'static [&'static str] {
        COLUMNS
            .iter()
            .find(|(column, _)| *column == self)
            .map_or(&[], |(_, names)| names)
    }
}

/// What a row of the programme is, by its `kind` cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RowKind {
    /// A day's own row: its title, description, start and end.
    Day,
    /// A session of the given kind.
    Session(SessionKind),
    /// An item of the session above.
    Item,
}

/// Each kind of row with the name the export writes first, then its other names.
const KINDS: [(RowKind, &[&str]); 9] = [
    (RowKind::Day, &["day", "día", "dia", "jour", "يوم"]),
    (
        RowKind::Session(SessionKind::Talk),
        &[
            "talk",
            "charla",
            "ponencia",
            "exposé",
            "expose",
            "présentation",
            "محاضرة",
        ],
    ),
    (
        RowKind::Session(SessionKind::Discussion),
        &[
            "discussion",
            "debate",
            "discusión",
            "discusion",
            "débat",
            "نقاش",
        ],
    ),
    (
        RowKind::Session(SessionKind::Proposals),
        &["proposals", "propuestas", "propositions", "مقترحات"],
    ),
    (
        RowKind::Session(SessionKind::Decision),
        &["decision", "decisión", "décision", "قرار"],
    ),
    (
        RowKind::Session(SessionKind::ActionPlanning),
        &[
            "action planning",
            "planificación de acciones",
            "planificacion de acciones",
            "planification des actions",
            "تخطيط العمل",
        ],
    ),
    (
        RowKind::Session(SessionKind::Visit),
        &["visit", "visita", "visite", "زيارة"],
    ),
    (
        RowKind::Session(SessionKind::Break),
        &["break", "pausa", "descanso", "pause", "استراحة"],
    ),
    (RowKind::Item, &["item", "punto", "point", "بند"]),
];

impl RowKind {
    /// The kind a `kind` cell names, in any of the languages; an empty cell is a discussion,
    /// as in an agenda file.
    pub(crate) fn named(cell: &str) -> Option<RowKind> {
        let cell = normal(cell);
        if cell.is_empty() {
            return Some(RowKind::Session(SessionKind::default()));
        }
        KINDS
            .iter()
            .find(|(_, names)| names.contains(&cell.as_str()))
            .map(|(kind, _)| *kind)
    }

    /// The name the export writes.
    pub(crate) fn name(self) -> &'static str {
        KINDS
            .iter()
            .find(|(kind, _)| *kind == self)
            .map_or("", |(_, names)| names[0])
    }

    /// The name the export writes in `language`.
    pub(crate) fn name_in(self, language: Language) -> &'static str {
        KINDS_WRITTEN
            .iter()
            .find(|(kind, _)| *kind == self)
            .map_or_else(|| self.name(), |(_, names)| names[slot(language)])
    }

    /// The English names of every kind, for a message.
    pub(crate) fn all_names() -> String {
        KINDS
            .iter()
            .map(|(_, names)| names[0])
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_reads_back_as_its_own_column_and_kind() {
        for (column, names) in COLUMNS {
            for name in names {
                assert_eq!(Column::named(name), Some(column), "{name}");
                assert_eq!(Column::named(&name.to_uppercase()), Some(column), "{name}");
            }
        }
        for (kind, names) in KINDS {
            for name in names {
                assert_eq!(RowKind::named(&format!(" {name} ")), Some(kind), "{name}");
            }
            assert_eq!(RowKind::named(kind.name()), Some(kind));
        }
        assert_eq!(Column::named("Heure de   début"), Some(Column::Start));
        assert_eq!(Column::named("Heure\u{a0}de début"), Some(Column::Start));
        assert_eq!(
            Column::named("\u{200f}العنوان\u{200f}"),
            Some(Column::Title)
        );
        assert_eq!(
            RowKind::named("\u{2067}نقاش\u{2069}"),
            Some(RowKind::Session(SessionKind::Discussion))
        );
        for language in Language::ALL {
            for (column, names) in WRITTEN {
                let written = column.header_in(language);
                assert_eq!(written, names[slot(language)]);
                assert_eq!(Column::named(written), Some(column), "{written}");
            }
            for (kind, _) in KINDS_WRITTEN {
                let written = kind.name_in(language);
                assert_eq!(RowKind::named(written), Some(kind), "{written}");
            }
        }
        // English is what the export always wrote.
        for (column, _) in WRITTEN {
            assert_eq!(column.header_in(Language::English), column.header());
        }
        for (kind, _) in KINDS_WRITTEN {
            assert_eq!(kind.name_in(Language::English), kind.name());
        }
        assert_eq!(Column::named("Sala"), Some(Column::Room));
        assert_eq!(RowKind::named("lecture"), None);
    }
}
