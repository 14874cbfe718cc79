//! What the core's commands say (a refusal, what a capture was filed as) in the meeting's
//! language. The commands speak English, as their callers and tests read them; each of their
//! sentences has a label here, found by its English words as gettext finds a translation, with
//! `{}` where the sentence carries a name, a title or a date.

use crate::lang::{Labels, Language};

/// Each sentence a command may say, with `{}` for what it names, and its label, whose
/// arguments are `$a`, `$b` and `$c` in order.
const SAID: &[(&str, &str)] = &[
    ("this is the last session", "said-last-session"),
    ("this is the first session", "said-first-session"),
    (
        "this session is over; ] goes to the next",
        "said-session-over",
    ),
    ("there is no session `{}`", "said-no-session"),
    ("no session to swap with on this day", "said-no-swap"),
    (
        "`{}` is not in the same track as `{}`; K and J move a session only past another of its own track (or of the plenary)",
        "said-not-same-track",
    ),
    (
        "sessions `{}` and `{}` are running beside each other; the change would part them: pause one first",
        "said-would-part",
    ),
    (
        "the session's length is not known (open-ended), so it has none to change",
        "said-no-length",
    ),
    ("a session needs a title", "said-session-title"),
    (
        "the agenda has no session to file the {} in",
        "said-no-filing-session",
    ),
    ("the card is already in {}", "said-card-already"),
    ("a strategy needs a name", "said-strategy-name"),
    (
        "Unsorted is not a strategy; focus a strategy to merge it",
        "said-unsorted-merge",
    ),
    (
        "there is no other strategy to merge into",
        "said-no-other-strategy",
    ),
    (
        "a strategy cannot be merged into itself",
        "said-strategy-itself",
    ),
    (
        "Unsorted is not a strategy; focus a strategy to delete it",
        "said-unsorted-delete",
    ),
    ("nothing typed; nothing filed", "said-nothing-typed"),
    ("note saved", "said-note-saved"),
    ("key point saved", "said-key-point-saved"),
    ("question saved", "said-question-saved"),
    ("quote saved", "said-quote-saved"),
    ("action filed on the board", "said-action-filed"),
    // The sentence naming more comes first: "for Ana, due …" is not a name.
    (
        "action filed on the board for {}, due {}",
        "said-action-filed-for-due",
    ),
    ("action filed on the board for {}", "said-action-filed-for"),
    ("action filed on the board, due {}", "said-action-filed-due"),
    (
        "resolution recorded as proposed",
        "said-resolution-proposed",
    ),
    ("proposal added to the matrix", "said-proposal-added"),
    ("added to the proposal “{}”", "said-added-to-proposal"),
    (
        "“{}” is already a proposal: saved as a note",
        "said-already-proposal",
    ),
    ("`{}` is not on the participant list", "said-not-listed"),
    (
        "{} is skipped, which keeps it in the minutes as not covered; it stays",
        "said-remove-skipped",
    ),
    (
        "{} has started, so the minutes need it; S skips a session instead",
        "said-remove-started",
    ),
    (
        "{} holds notes or other captures; M moves each to another session first",
        "said-remove-holds",
    ),
    (
        "the agenda's only session cannot be removed",
        "said-only-session",
    ),
    ("each half needs a title", "said-half-title"),
    (
        "the session's length is not known (open-ended), so it has no halves",
        "said-no-halves",
    ),
    ("a one-minute session cannot be split", "said-one-minute"),
    ("a proposal needs a title", "said-proposal-title"),
    ("the agenda has no criteria to score on", "said-no-criteria"),
    (
        "there is no other proposal to merge into",
        "said-no-other-proposal",
    ),
    (
        "a proposal cannot be merged into itself",
        "said-proposal-itself",
    ),
    ("it is already filed under {}", "said-already-filed"),
    ("a hand needs a name", "said-hand-name"),
    ("{} is already in the queue", "said-in-queue"),
    ("{} is not in the queue", "said-not-in-queue"),
    ("nobody is in the queue", "said-queue-empty"),
    ("nobody has the floor", "said-no-floor"),
    (
        "progressive ordering: who spoke least goes first",
        "said-progressive",
    ),
    ("hands in the order they went up", "said-in-order"),
    (
        "type the counts: for, against, abstain, like 24 3 2 or over 100 for (a count may be over N or about N)",
        "said-vote-numbers",
    ),
    (
        "type when it was held, like 09:10-10:05 (or 09:10 alone for a session running now)",
        "said-held-hint",
    ),
    (
        "the end must come after the start, like 09:10-10:05",
        "said-held-end",
    ),
    (
        "a session not running now needs when it ended too, like 09:10-10:05",
        "said-held-not-running",
    ),
    ("that time has not come yet", "said-held-not-yet"),
    ("there is no card {}", "said-no-card"),
    ("there is no action {}", "said-no-action"),
    ("there is no strategy {}", "said-no-strategy"),
    ("there is no note {}", "said-no-note"),
    ("there is no proposal {}", "said-no-proposal"),
    ("there is no resolution {}", "said-no-resolution"),
    (
        "there is no column {}: the board has Unsorted (0) alone",
        "said-no-column-one",
    ),
    (
        "there is no column {}: the board has 0 (Unsorted) to {}",
        "said-no-column",
    ),
    (
        "the vote was {} for, {} against — more against than for",
        "said-vote-against",
    ),
    (
        "the vote was {} for, {} against — more for than against",
        "said-vote-for",
    ),
];

/// `english`, as a command said it, in `l`'s language: as it is in English or when no
/// sentence here reads like it.
pub(crate) fn said(l: &Labels, english: &str) -> String {
    if l.language() == Language::English {
        return english.to_owned();
    }
    SAID.iter()
        .find_map(|(template, id)| {
            let args = fill(template, english)?;
            let named: Vec<(&str, crate::lang::Arg<'_>)> = ["a", "b", "c"]
                .into_iter()
                .zip(args)
                .map(|(name, arg)| (name, arg.into()))
                .collect();
            Some(l.label_with(id, &named))
        })
        .unwrap_or_else(|| english.to_owned())
}

/// What stands for each `{}` of `template` in `text`, if `text` reads as the template.
fn fill<'t>(template: &str, text: &'t str) -> Option<Vec<&'t str>> {
    let mut parts = template.split("{}");
    let mut rest = text.strip_prefix(parts.next().unwrap_or_default())?;
    let parts: Vec<&str> = parts.collect();
    let mut args = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let at = if i + 1 == parts.len() {
            // The last part ends the text.
            rest.strip_suffix(part)?.len()
        } else {
            rest.find(part)?
        };
        // What a sentence names is never empty.
        if at == 0 {
            return None;
        }
        args.push(&rest[..at]);
        rest = &rest[at + part.len()..];
    }
    rest.is_empty().then_some(args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_with_names_reads_in_the_language_and_english_stays() {
        let es = Language::Spanish.labels();
        assert_eq!(
            said(es, "action filed on the board for Ana, due 2018-08-10"),
            "acción archivada en el tablero para Ana, plazo 2018-08-10"
        );
        assert_eq!(
            said(es, "action filed on the board"),
            "acción archivada en el tablero"
        );
        assert_eq!(
            said(es, "Ben is already in the queue"),
            "Ben ya está en la lista"
        );
        assert_eq!(
            said(es, "something no command says"),
            "something no command says"
        );
        let en = Language::English.labels();
        assert_eq!(
            said(en, "Ben is already in the queue"),
            "Ben is already in the queue"
        );
    }

    #[test]
    fn every_sentence_reads_in_english_as_the_command_says_it() {
        let en = Language::English.labels();
        for (template, id) in SAID {
            let args = ["A", "B", "C"];
            let named: Vec<(&str, crate::lang::Arg<'_>)> = ["a", "b", "c"]
                .into_iter()
                .zip(args)
                .map(|(n, a)| (n, a.into()))
                .collect();
            let mut want = (*template).to_owned();
            for arg in args {
                want = want.replacen("{}", arg, 1);
            }
            assert_eq!(en.label_with(id, &named), want, "{id}");
        }
    }
}
