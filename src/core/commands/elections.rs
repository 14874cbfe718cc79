//! Reading an election's result as the note-taker types it in one line:
//! `2 seats: Ana Ruiz 20, Ben 14, Cy 3; blank 1; elected Ana Ruiz, Ben`.
//!
//! Only what the line says is kept: no seats, votes or blank count is guessed, and nobody is
//! elected unless the line says so. A line the parser cannot take is refused with what to fix,
//! so the prompt stays open with the text.

use super::{Refusal, refuse};
use crate::core::record::{Candidate, Count, Election};

/// An example to show with a refusal: what a whole line looks like.
const EXAMPLE: &str = "1 seat: Ana Ruiz 20, Ben 14; blank 1; elected Ana Ruiz";

/// Words that mark the part of the line giving the blank or spoiled ballots.
const BLANK_WORDS: [&str; 6] = ["blank", "spoiled", "spoilt", "empty", "invalid", "void"];

/// Words that may stand with them ("spoiled or empty 2", "blank ballots: 3").
const BLANK_FILLERS: [&str; 3] = ["or", "ballot", "ballots"];

/// Reads an election from a line: parts separated by `;`, in any order —
/// - the candidates, separated by commas, each with their votes after the name when counted
///   (`Ana Ruiz 20`, `Ben over 10`, `Cy about 3`), led by the seats when given (`2 seats:`);
/// - the blank or spoiled ballots: `blank 1`, `spoiled or empty 2`, `3 blank`;
/// - who was elected: `elected Ana Ruiz, Ben`, each one of the candidates when any are listed.
///
/// An acclamation is the candidates with no votes and who was elected: `1 seat: Noah Rude;
/// elected Noah Rude`. A candidate's name cannot hold a comma or a semicolon, and a name
/// ending in a number is read as that many votes.
pub fn parse_election(line: &str) -> Result<Election, Refusal> {
    if line.trim().is_empty() {
        return refuse(format!(
            "type the seats, the candidates with their votes, blank ballots and who was \
             elected, like {EXAMPLE}"
        ));
    }
    let mut election = Election::default();
    let mut listed = false;
    let mut elected_given = false;
    for part in line.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(names) = after_word(part, "elected") {
            if elected_given {
                return refuse("elected is given twice: name everyone in one, elected Ana, Ben");
            }
            elected_given = true;
            election.elected = elected(names)?;
        } else if let Some(blank) = blank(part)? {
            if election.blank.is_some() {
                return refuse("the blank ballots are given twice: keep one, like blank 1");
            }
            election.blank = Some(blank);
        } else {
            if listed {
                return refuse(
                    "two lists of candidates: separate candidates with commas, and use ; only \
                     before blank and elected",
                );
            }
            listed = true;
            let (seats, rest) = seats(part)?;
            election.seats = seats;
            election.candidates = candidates(rest)?;
        }
    }
    check(&mut election)?;
    Ok(election)
}

/// The line [`parse_election`] reads back as `election`, ready to correct in the prompt.
pub fn election_line(election: &Election) -> String {
    let mut parts = Vec::new();
    let candidates: Vec<String> = election
        .candidates
        .iter()
        .map(|c| match c.votes {
            Some(votes) => format!("{} {votes}", c.name),
            None => c.name.clone(),
        })
        .collect();
    let candidates = candidates.join(", ");
    let seats = election.seats.map(|n| match n {
        1 => "1 seat".to_owned(),
        n => format!("{n} seats"),
    });
    match (seats, candidates.is_empty()) {
        (Some(seats), true) => parts.push(seats),
        (Some(seats), false) => parts.push(format!("{seats}: {candidates}")),
        (None, false) => parts.push(candidates),
        (None, true) => {}
    }
    if let Some(blank) = election.blank {
        parts.push(format!("blank {blank}"));
    }
    if !election.elected.is_empty() {
        parts.push(format!("elected {}", election.elected.join(", ")));
    }
    parts.join("; ")
}

/// The rest of `part` when it starts with `word` (any case), a colon after it read past.
fn after_word<'a>(part: &'a str, word: &str) -> Option<&'a str> {
    let head = part.get(..word.len())?;
    let rest = part.get(word.len()..)?;
    let ends = rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
    (head.eq_ignore_ascii_case(word) && ends).then(|| rest.trim_start_matches([':', ' ']))
}

/// The names after "elected", as typed.
fn elected(names: &str) -> Result<Vec<String>, Refusal> {
    let names: Vec<String> = names
        .split(',')
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        return refuse("name who was elected after elected, like elected Ana Ruiz");
    }
    Ok(names)
}

/// The blank ballots a part gives, if it is about them: its words are blank words and one count.
fn blank(part: &str) -> Result<Option<Count>, Refusal> {
    let words: Vec<String> = part
        .split(|c: char| c.is_whitespace() || c == ':' || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let is_blank = |w: &String| BLANK_WORDS.contains(&w.as_str());
    let about_blank = words.iter().any(is_blank)
        && words.iter().all(|w| {
            is_blank(w)
                || BLANK_FILLERS.contains(&w.as_str())
                || w == "over"
                || w == "about"
                || w.chars().all(|c| c.is_ascii_digit())
        });
    if !about_blank {
        return Ok(None);
    }
    let counts: Vec<usize> = words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.chars().all(|c| c.is_ascii_digit()))
        .map(|(i, _)| i)
        .collect();
    let [at] = counts[..] else {
        return refuse(format!(
            "say how many ballots were blank or spoiled, one number: blank 1 (not {part})"
        ));
    };
    let n = number(&words[at])?;
    Ok(Some(match at.checked_sub(1).map(|i| words[i].as_str()) {
        Some("over") => Count::Over { over: n },
        Some("about") => Count::About { about: n },
        _ => Count::Exact(n),
    }))
}

/// The seats a candidates part starts with ("2 seats:", "1 seat"), and the rest of it.
fn seats(part: &str) -> Result<(Option<u32>, &str), Refusal> {
    let apart = |c: char| c.is_whitespace() || c == ':' || c == ',';
    let Some((n, rest)) = part.trim_start().split_once(apart) else {
        return Ok((None, part));
    };
    let rest = rest.trim_start_matches(apart);
    let (word, rest) = rest.split_once(apart).unwrap_or((rest, ""));
    let word = word.to_lowercase();
    if !(n.chars().all(|c| c.is_ascii_digit()) && (word == "seat" || word == "seats")) {
        return Ok((None, part));
    }
    let n = number(n)?;
    if n == 0 {
        return refuse("an election fills at least one seat: 1 seat, 2 seats…");
    }
    Ok((Some(n), rest.trim_start_matches(apart)))
}

/// The candidates of a comma-separated list, each with their votes when a count ends it.
fn candidates(list: &str) -> Result<Vec<Candidate>, Refusal> {
    let mut out: Vec<Candidate> = Vec::new();
    if list.trim().is_empty() {
        return Ok(out);
    }
    for entry in list.split(',').map(str::trim) {
        if entry.is_empty() {
            return refuse("a candidate's name is missing: two commas together, or one at the end");
        }
        let candidate = candidate(entry)?;
        if out.iter().any(|c| same(&c.name, &candidate.name)) {
            return refuse(format!(
                "{} is named twice among the candidates",
                candidate.name
            ));
        }
        out.push(candidate);
    }
    Ok(out)
}

/// One candidate: "Ana Ruiz 20", "Ben over 10", "Cy about 3", "Noah Rude".
fn candidate(entry: &str) -> Result<Candidate, Refusal> {
    let mut words: Vec<&str> = entry.split_whitespace().collect();
    let votes = match words.last() {
        Some(w) if w.chars().all(|c| c.is_ascii_digit()) => {
            let n = number(w)?;
            words.pop();
            Some(match words.last().map(|w| w.to_lowercase()).as_deref() {
                Some("over") => {
                    words.pop();
                    Count::Over { over: n }
                }
                Some("about") => {
                    words.pop();
                    Count::About { about: n }
                }
                _ => Count::Exact(n),
            })
        }
        _ => None,
    };
    let name = words.join(" ");
    let name = name.trim_end_matches([':', '-', '—', ' ']);
    if name.is_empty() {
        return refuse(format!(
            "a candidate's name is missing before {entry}: write the name, then the votes"
        ));
    }
    Ok(Candidate {
        name: name.to_owned(),
        votes,
    })
}

/// A count as typed, refused when it is too large to be a count of ballots.
fn number(word: &str) -> Result<u32, Refusal> {
    word.parse()
        .or_else(|_| refuse(format!("{word} is too large a number of ballots")))
}

/// Whether two names are the same, whatever the case and spacing.
fn same(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// Holds who was elected to the candidates listed (spelt as listed) and to the seats.
fn check(election: &mut Election) -> Result<(), Refusal> {
    let mut named: Vec<String> = Vec::new();
    for name in &election.elected {
        let name = if election.candidates.is_empty() {
            name.clone()
        } else {
            match election.candidates.iter().find(|c| same(&c.name, name)) {
                Some(c) => c.name.clone(),
                None => {
                    let listed: Vec<&str> = election
                        .candidates
                        .iter()
                        .map(|c| c.name.as_str())
                        .collect();
                    return refuse(format!(
                        "{name} is elected but is not among the candidates ({})",
                        listed.join(", ")
                    ));
                }
            }
        };
        if named.iter().any(|n| same(n, &name)) {
            return refuse(format!("{name} is elected twice"));
        }
        named.push(name);
    }
    if let Some(seats) = election.seats
        && named.len() > seats as usize
    {
        let s = if seats == 1 { "" } else { "s" };
        return refuse(format!("{} elected for {seats} seat{s}", named.len()));
    }
    election.elected = named;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(name: &str, votes: Option<u32>) -> Candidate {
        Candidate {
            name: name.to_owned(),
            votes: votes.map(Count::Exact),
        }
    }

    fn refusal(line: &str) -> String {
        match parse_election(line) {
            Ok(e) => panic!("{line:?} was taken: {e:?}"),
            Err(Refusal(why)) => why,
        }
    }

    #[test]
    fn a_counted_election_reads_seats_votes_blank_and_who_was_elected() {
        let e =
            parse_election("2 seats: Ana Ruiz 20, Ben 14, Cy 3; blank 1; elected Ana Ruiz, Ben");
        assert_eq!(
            e,
            Ok(Election {
                seats: Some(2),
                candidates: vec![
                    candidate("Ana Ruiz", Some(20)),
                    candidate("Ben", Some(14)),
                    candidate("Cy", Some(3)),
                ],
                blank: Some(Count::Exact(1)),
                elected: vec!["Ana Ruiz".into(), "Ben".into()],
            })
        );
    }

    #[test]
    fn an_acclamation_is_candidates_without_votes_and_who_was_elected() {
        let e = parse_election("1 seat: Noah Rude; elected noah rude");
        assert_eq!(
            e,
            Ok(Election {
                seats: Some(1),
                candidates: vec![candidate("Noah Rude", None)],
                blank: None,
                // Spelt as the candidate is listed.
                elected: vec!["Noah Rude".into()],
            })
        );
    }

    #[test]
    fn what_the_line_leaves_out_stays_unknown() {
        let e = parse_election("Ana 20, Ben");
        assert_eq!(
            e,
            Ok(Election {
                seats: None,
                candidates: vec![candidate("Ana", Some(20)), candidate("Ben", None)],
                blank: None,
                elected: vec![],
            })
        );
        let e = parse_election("elected Ana");
        assert_eq!(
            e.map(|e| (e.candidates, e.elected)),
            Ok((vec![], vec!["Ana".to_owned()]))
        );
    }

    #[test]
    fn parts_come_in_any_order_and_blank_is_said_many_ways() {
        for (line, blank) in [
            (
                "elected Ana; spoiled or empty 2; Ana 20, RON 1",
                Count::Exact(2),
            ),
            ("Ana 20, RON 1; 2 blank; elected: Ana", Count::Exact(2)),
            (
                "Ana 20, RON 1; Blank ballots: about 3; elected Ana",
                Count::About { about: 3 },
            ),
        ] {
            let e = parse_election(line).unwrap_or_else(|r| panic!("{line}: {r}"));
            assert_eq!(e.blank, Some(blank), "{line}");
            assert_eq!(e.elected, ["Ana"], "{line}");
            assert_eq!(e.candidates.len(), 2, "{line}");
        }
    }

    #[test]
    fn the_seats_are_read_however_they_are_spaced() {
        for line in ["2 seats:Ana 20", "2  seats : Ana 20", " 2 Seats, Ana 20"] {
            let e = parse_election(line).unwrap_or_else(|r| panic!("{line}: {r}"));
            assert_eq!(e.seats, Some(2), "{line}");
            assert_eq!(e.candidates, [candidate("Ana", Some(20))], "{line}");
        }
        // A number that is not followed by "seats" is a candidate's name, as typed.
        let e = parse_election("2 Ana 20").map(|e| (e.seats, e.candidates));
        assert_eq!(e, Ok((None, vec![candidate("2 Ana", Some(20))])));
    }

    #[test]
    fn joint_tickets_and_approximate_votes_are_one_candidate_each() {
        let e = parse_election("Ash Holland & Adam Birtles 22, RON over 1, Cy about 3");
        assert_eq!(
            e.map(|e| e.candidates),
            Ok(vec![
                candidate("Ash Holland & Adam Birtles", Some(22)),
                Candidate {
                    name: "RON".into(),
                    votes: Some(Count::Over { over: 1 }),
                },
                Candidate {
                    name: "Cy".into(),
                    votes: Some(Count::About { about: 3 }),
                },
            ])
        );
    }

    #[test]
    fn the_line_written_back_reads_as_the_same_election() {
        for line in [
            "2 seats: Ana Ruiz 20, Ben 14, Cy 3; blank 1; elected Ana Ruiz, Ben",
            "1 seat: Noah Rude; elected Noah Rude",
            "Ana over 20, Ben about 4; blank 0",
            "3 seats",
            "elected Ana",
        ] {
            let e = parse_election(line).unwrap_or_else(|r| panic!("{line}: {r}"));
            assert_eq!(election_line(&e), line);
            assert_eq!(parse_election(&election_line(&e)), Ok(e));
        }
    }

    #[test]
    fn each_mistake_is_refused_with_what_to_fix() {
        for (line, says) in [
            ("", "type the seats, the candidates"),
            ("   ", "type the seats, the candidates"),
            ("0 seats: Ana 3", "at least one seat"),
            ("Ana 3,, Ben 2", "name is missing"),
            ("Ana 3, Ben 2,", "name is missing"),
            ("Ana 3, 20", "name is missing before 20"),
            ("Ana 3, ana 2", "ana is named twice"),
            ("Ana 3; Ben 2", "two lists of candidates"),
            ("Ana 3; blank", "how many ballots were blank"),
            ("Ana 3; blank 1 2", "one number"),
            ("Ana 3; blank 1; spoiled 2", "given twice"),
            ("Ana 3; elected", "name who was elected"),
            ("Ana 3; elected Ana; elected Ana", "elected is given twice"),
            (
                "Ana 3, Ben 2; elected Cy",
                "Cy is elected but is not among the candidates (Ana, Ben)",
            ),
            ("Ana 3, Ben 2; elected Ana, ana", "Ana is elected twice"),
            (
                "1 seat: Ana 3, Ben 2; elected Ana, Ben",
                "2 elected for 1 seat",
            ),
            ("Ana 99999999999", "too large"),
        ] {
            let why = refusal(line);
            assert!(why.contains(says), "{line:?}: {why:?} should say {says:?}");
        }
    }
}
