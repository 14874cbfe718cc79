//! Routing a captured line by its prefix, the way seasoned minute-takers write plain text:
//! `action: Lucia to circulate the survey results by 2018-08-10` files an action with owner
//! and due date; `proposal:`, `resolution:`, `q:` and `key:` likewise; `"…" — Name` is a
//! quote; anything else is a plain note.
//!
//! An action's owner is only ever someone the agenda knows, a group named as one ("the
//! board"), or words the note-taker marked as the owner with `@` ("@Someone from staff to …"):
//! "Take the priority discussion to the other working group" names nobody, and the minutes
//! must not say it does.

use chrono::NaiveDate;

use super::agenda::{Agenda, Participant};
use super::due::due_date;
use super::record::NoteKind;

/// Where a captured text goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Routed {
    /// A note of some kind, with the speaker when the text names one.
    Note {
        /// Key point, question, quote or plain note.
        kind: NoteKind,
        /// The text without its prefix.
        text: String,
        /// Who said it, when the text says (quotes): a participant id or the name as typed.
        speaker: Option<String>,
    },
    /// An action for the board.
    Action {
        /// What is to be done.
        text: String,
        /// Who does it, from "Name to …" when the words name someone (see [`names_an_owner`]).
        owner: Option<String>,
        /// By when, from "… by YYYY-MM-DD".
        due: Option<NaiveDate>,
    },
    /// A proposal for the meeting to weigh.
    Proposal {
        /// The proposal as written.
        title: String,
    },
    /// A resolution, recorded as proposed until the room settles it.
    Resolution {
        /// The resolution as written.
        text: String,
    },
}

/// Routes `input` by its prefix; the agenda's participants turn a quoted name into a participant
/// id, and they and its organisations are who an action can be given to.
pub(crate) fn route(input: &str, agenda: &Agenda, on: Option<NaiveDate>) -> Routed {
    let input = input.trim();
    prefixed(input, agenda, on).unwrap_or_else(|| Routed::Note {
        kind: NoteKind::Note,
        text: input.to_owned(),
        speaker: None,
    })
}

/// Routes a capture of several lines line by line, so a pasted block files each prefixed line
/// where it belongs: a line with a prefix (or a quote) is an item of its own, and each run of
/// plain lines between them is one note with its line breaks kept, because a paragraph typed
/// or pasted together is one thought. CR, LF and CRLF all end a line (terminals paste CRs).
/// Blank lines at the edges of a run are dropped; nothing but blanks routes to nothing.
pub(crate) fn route_lines(input: &str, agenda: &Agenda, on: Option<NaiveDate>) -> Vec<Routed> {
    let input = input.replace("\r\n", "\n").replace('\r', "\n");
    let mut routed = Vec::new();
    let mut plain: Vec<&str> = Vec::new();
    for line in input.split('\n') {
        match prefixed(line.trim(), agenda, on) {
            Some(item) => {
                routed.extend(plain_note(&plain));
                plain.clear();
                routed.push(item);
            }
            None => plain.push(line),
        }
    }
    routed.extend(plain_note(&plain));
    routed
}

/// A run of plain lines as one note, or nothing when the run is blank.
fn plain_note(lines: &[&str]) -> Option<Routed> {
    let text = lines.join("\n");
    let text = text.trim();
    (!text.is_empty()).then(|| Routed::Note {
        kind: NoteKind::Note,
        text: text.to_owned(),
        speaker: None,
    })
}

/// Where a capture will be filed, told before it is: the editor's title says it as the text is
/// typed, so `key:` at the start of a line reads "key point" before Enter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Destination {
    /// One note of this kind: by its prefix, or the kind chosen for plain text.
    Note(NoteKind),
    /// One action for the board.
    Action,
    /// One proposal.
    Proposal,
    /// One resolution.
    Resolution,
    /// Several items, each line with a prefix and each run of plain lines one of them.
    Several(usize),
}

/// Where `input` will be filed when plain text is of the `chosen` kind; the same lines as
/// [`route_lines`] makes items of, read by their prefixes alone.
pub(crate) fn destination(input: &str, chosen: NoteKind) -> Destination {
    let input = input.replace("\r\n", "\n").replace('\r', "\n");
    let mut items = Vec::new();
    let mut plain = false;
    for line in input.split('\n').map(str::trim) {
        match prefix(line) {
            Some((kind, _)) => {
                items.extend(plain.then_some(Destination::Note(chosen)));
                plain = false;
                items.push(match kind {
                    Prefix::Note(NoteKind::Note) => Destination::Note(chosen),
                    Prefix::Note(kind) => Destination::Note(kind),
                    Prefix::Action => Destination::Action,
                    Prefix::Proposal => Destination::Proposal,
                    Prefix::Resolution => Destination::Resolution,
                });
            }
            None => plain |= !line.is_empty(),
        }
    }
    items.extend(plain.then_some(Destination::Note(chosen)));
    match items[..] {
        [] => Destination::Note(chosen),
        [one] => one,
        _ => Destination::Several(items.len()),
    }
}

/// What a line's prefix (or quote form) says it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prefix {
    Note(NoteKind),
    Action,
    Proposal,
    Resolution,
}

/// A trimmed line's prefix and the text after it; a quote is its own whole text. None for a
/// plain line.
fn prefix(input: &str) -> Option<(Prefix, &str)> {
    if let Some((prefix, rest)) = input.split_once(':') {
        let kind = match prefix.trim().to_lowercase().as_str() {
            "action" => Some(Prefix::Action),
            "proposal" => Some(Prefix::Proposal),
            "resolution" => Some(Prefix::Resolution),
            "q" | "question" => Some(Prefix::Note(NoteKind::Question)),
            "key" => Some(Prefix::Note(NoteKind::KeyPoint)),
            "note" => Some(Prefix::Note(NoteKind::Note)),
            _ => None,
        };
        if let Some(kind) = kind {
            return Some((kind, rest.trim()));
        }
    }
    quote(input).map(|_| (Prefix::Note(NoteKind::Quote), input))
}

/// What a trimmed line's prefix (or quote form) routes it to; None for a plain line.
fn prefixed(input: &str, agenda: &Agenda, on: Option<NaiveDate>) -> Option<Routed> {
    let (kind, rest) = prefix(input)?;
    let rest = rest.to_owned();
    Some(match kind {
        Prefix::Action => action(&rest, on, |who| owner_named(who, agenda)),
        Prefix::Proposal => Routed::Proposal { title: rest },
        Prefix::Resolution => Routed::Resolution { text: rest },
        Prefix::Note(NoteKind::Quote) => {
            let (quote, name) = quote(&rest)?;
            Routed::Note {
                kind: NoteKind::Quote,
                text: quote,
                speaker: Some(speaker_id(&name, &agenda.participants)),
            }
        }
        Prefix::Note(kind) => Routed::Note {
            kind,
            text: rest,
            speaker: None,
        },
    })
}

/// "Lucia to circulate the survey results by 2018-08-10" → owner, text, due date. The words
/// before " to " are the owner only when `owner` says who they name (a participant's id, or
/// the words of a group), or when they start with `@` ("@Someone from staff to …", taken as
/// typed); otherwise the whole text is the action's.
pub(crate) fn action(
    rest: &str,
    on: Option<NaiveDate>,
    owner: impl Fn(&str) -> Option<String>,
) -> Routed {
    let mut text = rest.to_owned();
    let mut due = None;
    for marker in [" by ", " due "] {
        if let Some(i) = text.rfind(marker)
            && let Some(date) = due_date(&text[i + marker.len()..], on)
        {
            due = Some(date);
            text.truncate(i);
            break;
        }
    }
    let mut owned = None;
    if let Some((who, what)) = text.split_once(" to ") {
        let (who, what) = (who.trim(), what.trim());
        // "@Someone from staff to …": the note-taker says these words are the owner, whoever
        // the agenda lists, so they are taken as typed.
        let typed = who
            .strip_prefix('@')
            .map(str::trim)
            .filter(|w| !w.is_empty());
        // "The board to be informed": the board is told, it is not given the work.
        let passive = what == "be" || what.starts_with("be ");
        let named = match typed {
            Some(typed) => Some(owner(typed).unwrap_or_else(|| typed.to_owned())),
            None if passive => None,
            None => owner(who),
        };
        if !what.is_empty() && named.is_some() {
            owned = named;
            text = what.to_owned();
        }
    }
    Routed::Action {
        text: text.trim().to_owned(),
        owner: owned,
        due,
    }
}

/// Who `who` (the words before " to " in an action) names as its owner: a participant (by
/// id, full name, first or last name or an alias, ignoring case and accents), as their id; a
/// group, "the X" of at most three words ("the board", "The Secretariat"), or one capitalised
/// word that is an organisation of the agenda (an organiser, a host, a participant's
/// organisation), as typed. `None` when the words name nobody.
pub(crate) fn owner_named(who: &str, agenda: &Agenda) -> Option<String> {
    if let Some(p) = participant_named(who, &agenda.participants) {
        return Some(p.id.clone());
    }
    let words: Vec<&str> = who.split_whitespace().collect();
    let group =
        words.len() <= 3 && words.len() > 1 && words.first().is_some_and(|w| folded(w) == "the");
    let named = group || matches!(words[..], [word] if organisation(word, agenda));
    named.then(|| who.trim().to_owned())
}

/// The participant `name` names: by id, full name or alias first, then by first or last name
/// (ignoring case and accents, and extra spaces).
fn participant_named<'a>(name: &str, participants: &'a [Participant]) -> Option<&'a Participant> {
    let wanted = folded(&name.split_whitespace().collect::<Vec<_>>().join(" "));
    if wanted.is_empty() {
        return None;
    }
    let whole = |p: &&Participant| {
        folded(&p.id) == wanted
            || folded(&p.name) == wanted
            || p.aliases.iter().any(|a| folded(a) == wanted)
    };
    let part = |p: &&Participant| {
        let name: Vec<&str> = p.name.split_whitespace().collect();
        [name.first(), name.last()]
            .into_iter()
            .flatten()
            .any(|n| folded(n) == wanted)
    };
    participants
        .iter()
        .find(whole)
        .or_else(|| participants.iter().find(part))
}

/// Whether one capitalised word is an organisation of the agenda, by its name or its short
/// form before a parenthesis ("SERI (Socio-Economic Rights Institute of South Africa)").
fn organisation(word: &str, agenda: &Agenda) -> bool {
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    let wanted = folded(word);
    let named = |name: &str| {
        let short = name.split_once(" (").map_or(name, |(short, _)| short);
        folded(name) == wanted || folded(short) == wanted
    };
    capitalised
        && (agenda
            .organisers
            .iter()
            .chain(&agenda.hosts)
            .any(|o| named(o))
            || agenda
                .participants
                .iter()
                .any(|p| p.represents().into_iter().any(named)))
}

/// `text` lowercased with the accents of Latin letters taken off, so "Lucía" is "lucia".
pub(crate) fn folded(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ś' | 'š' | 'ş' => 's',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            other => other,
        })
        .collect()
}

/// `"words" — Name` (straight or curly quotes; an em dash, en dash or hyphen) → words, name.
fn quote(input: &str) -> Option<(String, String)> {
    let (open, close) = match input.chars().next()? {
        '"' => ('"', '"'),
        '“' => ('“', '”'),
        '«' => ('«', '»'),
        _ => return None,
    };
    let body = &input[open.len_utf8()..];
    let end = body.rfind(close)?;
    let quoted = body[..end].trim();
    let after = body[end + close.len_utf8()..].trim_start();
    let name = after
        .strip_prefix('—')
        .or_else(|| after.strip_prefix('–'))
        .or_else(|| after.strip_prefix('-'))?
        .trim();
    if quoted.is_empty() || name.is_empty() {
        return None;
    }
    Some((quoted.to_owned(), name.to_owned()))
}

/// The id of the participant a typed name means (by id, full name, alias, first or last name,
/// ignoring case and accents), or the name as typed when nobody matches.
pub(crate) fn speaker_id(name: &str, participants: &[Participant]) -> String {
    participant_named(name, participants).map_or_else(|| name.trim().to_owned(), |p| p.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: &str, name: &str, organisation: &str) -> Participant {
        Participant {
            id: id.into(),
            name: name.into(),
            organisation: organisation.into(),
            organisations: Vec::new(),
            country: String::new(),
            region: String::new(),
            role: String::new(),
            gender: None,
            aliases: Vec::new(),
            remote: false,
        }
    }

    /// An agenda that knows Ana Ruiz ("Anita", "A.R."), Lucía Ferreyra of Abahlali, and an
    /// organiser and a host.
    fn agenda() -> Agenda {
        let mut agenda: Agenda = ron::from_str("(title: \"T\", days: [])")
            .unwrap_or_else(|e| panic!("a minimal agenda: {e}"));
        let mut ana = person("ana", "Ana Ruiz", "");
        ana.aliases = vec!["Anita".into(), "A.R.".into()];
        agenda.participants = vec![ana, person("lf", "Lucía Ferreyra", "Abahlali")];
        agenda.organisers = vec!["ESCR-Net".into()];
        agenda.hosts = vec!["SERI (Socio-Economic Rights Institute of South Africa)".into()];
        agenda
    }

    /// Each `action: LINE` files `OWNER` as the owner and the words after " to " as the text.
    fn owners_are(lines: &[(&str, &str)]) {
        for (line, owner) in lines {
            let Routed::Action {
                owner: got, text, ..
            } = route(&format!("action: {line}"), &agenda(), None)
            else {
                panic!("{line}: not an action");
            };
            assert_eq!(got.as_deref(), Some(*owner), "{line}");
            let what = line.split_once(" to ").map(|(_, what)| what);
            assert_eq!(Some(text.as_str()), what, "{line}");
        }
    }

    #[test]
    fn an_owner_is_set_only_when_the_words_name_someone() {
        let owned = [
            // A participant is their id, however the name is typed.
            ("Lucia to circulate the results", "lf"),
            ("Lucía to circulate the results", "lf"),
            ("lucia ferreyra to circulate the results", "lf"),
            ("Ferreyra to circulate the results", "lf"),
            ("LF to circulate the results", "lf"),
            ("ana to call the funders", "ana"),
            ("Ruiz to call the funders", "ana"),
            ("Anita to call the funders", "ana"),
            ("A.R. to call the funders", "ana"),
            // A group or an organisation, as typed.
            ("The Secretariat to share a primer", "The Secretariat"),
            ("the board to approve the budget", "the board"),
            ("the steering committee to meet", "the steering committee"),
            ("ESCR-Net to convene the Action Group", "ESCR-Net"),
            ("SERI to host the training", "SERI"),
            ("Abahlali to organise assemblies", "Abahlali"),
        ];
        owners_are(&owned);
        let unowned = [
            "Take the priority discussion to the other working group",
            "Thandi to organise community assemblies",
            "Secretariat to share a primer",
            "the other working group to report back",
            "Write to the minister",
            "abahlali to organise assemblies",
            "The board to be informed",
            "Ana Ruiz Ferreyra to call",
            "The to and fro with the funders",
        ];
        for line in unowned {
            assert_eq!(
                route(&format!("action: {line}"), &agenda(), None),
                Routed::Action {
                    text: line.into(),
                    owner: None,
                    due: None
                },
                "{line}"
            );
        }
    }

    #[test]
    fn an_informal_due_date_reads_against_the_day_typed_on() {
        let monday = NaiveDate::from_ymd_opt(2018, 7, 23);
        let line = "action: Lucia to circulate the results by the end of September.";
        assert_eq!(
            route(line, &agenda(), monday),
            Routed::Action {
                text: "circulate the results".into(),
                owner: Some("lf".into()),
                due: NaiveDate::from_ymd_opt(2018, 9, 30),
            }
        );
        // With no day to read it against, or words that are no date, the words stay the text.
        for (line, on) in [
            ("action: Lucia to circulate the results by 10 August", None),
            ("action: Lucia to circulate the results by post", monday),
        ] {
            let Routed::Action { text, due, .. } = route(line, &agenda(), on) else {
                panic!("{line}: not an action");
            };
            assert_eq!(due, None, "{line}");
            assert!(line.ends_with(&text), "{line}: {text}");
        }
        let lines = route_lines(
            "action: Ana to call by Friday\nkey: it is",
            &agenda(),
            monday,
        );
        assert!(
            matches!(&lines[0], Routed::Action { due, .. } if *due == NaiveDate::from_ymd_opt(2018, 7, 27)),
            "{lines:?}"
        );
    }

    #[test]
    fn a_speaker_typed_by_alias_or_last_name_is_the_participant() {
        let people = agenda().participants;
        for (typed, id) in [
            ("Anita", "ana"),
            ("a.r.", "ana"),
            ("Ruiz", "ana"),
            ("  ana  ruiz ", "ana"),
            ("Lucia", "lf"),
            ("Zodwa", "Zodwa"),
        ] {
            assert_eq!(speaker_id(typed, &people), id, "{typed}");
        }
    }

    #[test]
    fn words_marked_with_an_at_sign_are_the_owner_as_typed() {
        let typed = [
            (
                "@Someone from staff to get back to Ms Harvey",
                "Someone from staff",
            ),
            (
                "@ West Corridor PI team to brief the committee",
                "West Corridor PI team",
            ),
            ("@Patra/Gesing to assign the sections", "Patra/Gesing"),
            // Said to be the owner, the board is, though the words read as passive.
            ("@The board to be informed of the outcome", "The board"),
        ];
        owners_are(&typed);
        // An `@` with no words, or no " to " and no work after it, names nobody.
        for line in [
            "@ to call the funders",
            "@Lucia circulate the results",
            "@Lucia to ",
        ] {
            let Routed::Action { owner, .. } = route(&format!("action: {line}"), &agenda(), None)
            else {
                panic!("{line}: not an action");
            };
            assert_eq!(owner, None, "{line}");
        }
    }

    #[test]
    fn the_destination_is_what_routing_will_file() {
        use Destination::{Action, Note, Proposal, Resolution, Several};
        let chosen = NoteKind::Quote;
        for (text, wanted) in [
            ("", Note(chosen)),
            ("  \n\n", Note(chosen)),
            ("plain words", Note(chosen)),
            ("plain\nstill the same note", Note(chosen)),
            ("key: data", Note(NoteKind::KeyPoint)),
            ("  Q: who?", Note(NoteKind::Question)),
            ("question: who?", Note(NoteKind::Question)),
            ("note: as chosen", Note(chosen)),
            ("\"Land is life\" — Ana", Note(NoteKind::Quote)),
            ("action: Ana to write", Action),
            ("proposal: a pilot", Proposal),
            ("resolution: adopt it", Resolution),
            ("key: a\r\nq: b", Several(2)),
            ("key: a\rq: b\raction: c", Several(3)),
            ("words\naction: c", Several(2)),
            ("action: c\nwords", Several(2)),
            ("a\nkey: b\nc\nd", Several(3)),
            ("\naction: c\n\n", Action),
            ("keys: not a prefix", Note(chosen)),
        ] {
            assert_eq!(destination(text, chosen), wanted, "{text:?}");
        }
        // It agrees with what routing files, line for line.
        let agenda = agenda();
        for text in [
            "a\nkey: b\nc\nd",
            "words\naction: c",
            "key: a\rq: b\raction: c",
        ] {
            let Several(n) = destination(text, chosen) else {
                panic!("{text:?} files several items");
            };
            assert_eq!(route_lines(text, &agenda, None).len(), n, "{text:?}");
        }
    }

    #[test]
    fn prefixes_route_each_line() {
        let cases = [
            (
                "action: Lucia to circulate the survey results by 2018-08-10",
                Routed::Action {
                    text: "circulate the survey results".into(),
                    owner: Some("lf".into()),
                    due: NaiveDate::from_ymd_opt(2018, 8, 10),
                },
            ),
            (
                "Action: map members' campaigns",
                Routed::Action {
                    text: "map members' campaigns".into(),
                    owner: None,
                    due: None,
                },
            ),
            (
                "action: we need to talk to the funders due 2018-09-01.",
                Routed::Action {
                    text: "we need to talk to the funders".into(),
                    owner: None,
                    due: NaiveDate::from_ymd_opt(2018, 9, 1),
                },
            ),
            (
                "proposal: a pilot on corporate capture",
                Routed::Proposal {
                    title: "a pilot on corporate capture".into(),
                },
            ),
            (
                "resolution: create an Action Group",
                Routed::Resolution {
                    text: "create an Action Group".into(),
                },
            ),
            (
                "q: who coordinates?",
                Routed::Note {
                    kind: NoteKind::Question,
                    text: "who coordinates?".into(),
                    speaker: None,
                },
            ),
            (
                "key: data must come from communities",
                Routed::Note {
                    kind: NoteKind::KeyPoint,
                    text: "data must come from communities".into(),
                    speaker: None,
                },
            ),
            (
                "Note: the room agrees the agenda",
                Routed::Note {
                    kind: NoteKind::Note,
                    text: "the room agrees the agenda".into(),
                    speaker: None,
                },
            ),
            (
                "time: 10:30 is when we break",
                Routed::Note {
                    kind: NoteKind::Note,
                    text: "time: 10:30 is when we break".into(),
                    speaker: None,
                },
            ),
            (
                "  集体行动 🌍  ",
                Routed::Note {
                    kind: NoteKind::Note,
                    text: "集体行动 🌍".into(),
                    speaker: None,
                },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(route(input, &agenda(), None), want, "{input}");
        }
    }

    #[test]
    fn a_quote_names_its_speaker_as_the_list_does() {
        let cases = [
            (
                "“Nada sobre nosotras sin nosotras” — Lucia",
                Routed::Note {
                    kind: NoteKind::Quote,
                    text: "Nada sobre nosotras sin nosotras".into(),
                    speaker: Some("lf".into()),
                },
            ),
            (
                "«La tierra es vida» – ana ruiz",
                Routed::Note {
                    kind: NoteKind::Quote,
                    text: "La tierra es vida".into(),
                    speaker: Some("ana".into()),
                },
            ),
            (
                "“Land is life” — Ana",
                Routed::Note {
                    kind: NoteKind::Quote,
                    text: "Land is life".into(),
                    speaker: Some("ana".into()),
                },
            ),
            (
                "\"Umhlaba ngowethu\" - Sbu Zikode",
                Routed::Note {
                    kind: NoteKind::Quote,
                    text: "Umhlaba ngowethu".into(),
                    speaker: Some("Sbu Zikode".into()),
                },
            ),
            (
                "\"\" — Ana",
                Routed::Note {
                    kind: NoteKind::Note,
                    text: "\"\" — Ana".into(),
                    speaker: None,
                },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(route(input, &agenda(), None), want, "{input}");
        }
    }

    #[test]
    fn each_line_of_a_capture_is_routed_and_plain_runs_stay_one_note() {
        let note = |text: &str| Routed::Note {
            kind: NoteKind::Note,
            text: text.into(),
            speaker: None,
        };
        let action = Routed::Action {
            text: "circulate the survey results".into(),
            owner: Some("lf".into()),
            due: NaiveDate::from_ymd_opt(2018, 8, 10),
        };
        let survey = "action: Lucia to circulate the survey results by 2018-08-10";
        let three = |brk: &str| format!("first line{brk}second line{brk}{survey}");
        for brk in ["\r", "\n", "\r\n"] {
            assert_eq!(
                route_lines(&three(brk), &agenda(), None),
                [note("first line\nsecond line"), action.clone()],
                "{brk:?}"
            );
        }
        let cases = [
            ("one line", vec![note("one line")]),
            ("  \r\n \n", vec![]),
            (
                "q: who?\r\rplain\rkey: yes\r“Land is life” — Ana\rafter",
                vec![
                    Routed::Note {
                        kind: NoteKind::Question,
                        text: "who?".into(),
                        speaker: None,
                    },
                    note("plain"),
                    Routed::Note {
                        kind: NoteKind::KeyPoint,
                        text: "yes".into(),
                        speaker: None,
                    },
                    Routed::Note {
                        kind: NoteKind::Quote,
                        text: "Land is life".into(),
                        speaker: Some("ana".into()),
                    },
                    note("after"),
                ],
            ),
            (
                "\nproposal: a pilot\n\nresolution: we adopt it\n",
                vec![
                    Routed::Proposal {
                        title: "a pilot".into(),
                    },
                    Routed::Resolution {
                        text: "we adopt it".into(),
                    },
                ],
            ),
            (
                "a paragraph\n\n  indented, after a blank line\n",
                vec![note("a paragraph\n\n  indented, after a blank line")],
            ),
        ];
        for (input, want) in cases {
            assert_eq!(route_lines(input, &agenda(), None), want, "{input:?}");
        }
    }
}
