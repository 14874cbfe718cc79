//! Reading a counted vote as the note-taker types it: "24 3 2", "over 100 for", "for 30,
//! against 2". Only the counts typed are kept; one the room did not give stays unknown.

use crate::core::record::{Count, Method};

/// What the vote prompt asks for, said again when an answer cannot be read as a vote.
pub(crate) const VOTE_HINT: &str = "type the counts: for, against, abstain, like 24 3 2 or \
                                    over 100 for (a count may be over N or about N)";

/// A side of the vote a word names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    For,
    Against,
    Abstain,
}

/// What the answer says, in order: a count, or the side a count is on.
#[derive(Clone, Copy, Debug)]
enum Word {
    Count(Count),
    Side(Side),
}

/// Words that stand between counts and sides without changing them ("24 in favour", "more
/// than 100", "3 en contra", "2 abstenciones").
const FILLERS: [&str; 16] = [
    "in", "than", "a", "en", "de", "of", "the", "and", "y", "et", "votes", "vote", "voted", "was",
    "were", "و",
];

/// How near a count is, as the word before it says.
#[derive(Clone, Copy)]
enum Near {
    Over,
    About,
}

/// The side `word` (lower case) names, in the working languages plenary speaks.
fn side(word: &str) -> Option<Side> {
    Some(match word {
        "for" | "favour" | "favor" | "yes" | "aye" | "ayes" | "yea" | "pour" | "sí" | "si"
        | "oui" | "مع" => Side::For,
        "against" | "nay" | "nays" | "no" | "noes" | "contra" | "contre" | "non" | "ضد" => {
            Side::Against
        }
        "abstain" | "abstaining" | "abstained" | "abstention" | "abstentions" | "abstención"
        | "abstenciones" | "امتناع" | "ممتنع" | "ممتنعون" => Side::Abstain,
        _ => return None,
    })
}

/// A counted vote from an answer: each count a whole number, exact, or approximate after a
/// word or sign that says so — "over", "more than", ">", or a "+" after it ("100+") for more
/// than; "about", "around", "approx", "~" for about.
///
/// A count is on the side a word next to it names ("24 for", "for 24", "3 en contra"); which
/// neighbour is read from the answer's start (a side word first: each names the count after
/// it). Counts no word names fill the sides left, in the order for, against, abstain, so "24 3
/// 2" is 24 for, 3 against, 2 abstaining and "15" is 15 for. None when no count is given, more
/// than three are, two name the same side, or a word is none of these ("24 three").
pub fn parse_vote(answer: &str) -> Option<Method> {
    let words = words(answer)?;
    let lead_with_side = matches!(words.first(), Some(Word::Side(_)));
    let mut counts: [Option<Count>; 3] = [None; 3];
    let mut bare = Vec::new();
    let mut i = 0;
    while let Some(&word) = words.get(i) {
        let next = words.get(i + 1).copied();
        match (word, next) {
            (Word::Count(n), Some(Word::Side(s))) if !lead_with_side => {
                place(&mut counts, s, n)?;
                i += 1;
            }
            (Word::Side(s), Some(Word::Count(n))) if lead_with_side => {
                place(&mut counts, s, n)?;
                i += 1;
            }
            (Word::Count(n), _) => bare.push(n),
            // A side with no count beside it ("in favour" after a count already placed).
            (Word::Side(_), _) => {}
        }
        i += 1;
    }
    let mut bare = bare.into_iter();
    for slot in counts.iter_mut().filter(|c| c.is_none()) {
        *slot = bare.next();
    }
    if bare.next().is_some() || counts.iter().all(Option::is_none) {
        return None;
    }
    let [for_, against, abstain] = counts;
    Some(Method::Vote {
        for_,
        against,
        abstain,
    })
}

/// Puts `count` on `side`; None when that side already has one.
fn place(counts: &mut [Option<Count>; 3], side: Side, count: Count) -> Option<()> {
    let slot = &mut counts[match side {
        Side::For => 0,
        Side::Against => 1,
        Side::Abstain => 2,
    }];
    if slot.is_some() {
        return None;
    }
    *slot = Some(count);
    Some(())
}

/// The counts and side words of an answer, in order, the words that only join them read past.
/// None for a number too big to be a count or a word that is neither.
fn words(answer: &str) -> Option<Vec<Word>> {
    // Signs stand apart as words of their own; anything not a letter or digit separates.
    let mut spaced = String::with_capacity(answer.len());
    for c in answer.chars() {
        match c {
            '>' | '~' | '+' => {
                spaced.push(' ');
                spaced.push(c);
                spaced.push(' ');
            }
            c if c.is_alphanumeric() => spaced.push(c),
            _ => spaced.push(' '),
        }
    }
    let mut words = Vec::new();
    let mut near = None;
    for word in spaced.split_whitespace() {
        match word.to_lowercase().as_str() {
            "over" | "more" | ">" => near = Some(Near::Over),
            "about" | "around" | "approx" | "approximately" | "~" => near = Some(Near::About),
            // "100+": the count just read is more than that.
            "+" => {
                if let Some(Word::Count(Count::Exact(n))) = words.last().copied() {
                    words.pop();
                    words.push(Word::Count(Count::Over { over: n }));
                }
            }
            w if w.chars().all(|c| c.is_ascii_digit()) => {
                let n: u32 = w.parse().ok()?;
                words.push(Word::Count(match near.take() {
                    None => Count::Exact(n),
                    Some(Near::Over) => Count::Over { over: n },
                    Some(Near::About) => Count::About { about: n },
                }));
            }
            w if FILLERS.contains(&w) => {}
            // A word the answer cannot be read with ("24 three") is a typo to fix, not a
            // count to guess around.
            w => words.push(Word::Side(side(w)?)),
        }
    }
    Some(words)
}

/// How a method reads in the vote prompt, ready to correct: "24 3 2" when all three counts
/// were given, "over 100 for, 3 against" when some were, nothing when no vote was counted.
pub fn vote_answer(method: &Method) -> String {
    match method {
        Method::Vote {
            for_: Some(for_),
            against: Some(against),
            abstain: Some(abstain),
        } => format!("{for_} {against} {abstain}"),
        Method::Vote {
            for_,
            against,
            abstain,
        } => [(for_, "for"), (against, "against"), (abstain, "abstain")]
            .iter()
            .filter_map(|(count, side)| count.map(|n| format!("{n} {side}")))
            .collect::<Vec<_>>()
            .join(", "),
        Method::NotRecorded
        | Method::Consensus
        | Method::ShowOfHands
        | Method::SenseOfRoom(_)
        | Method::ChairDeclared
        | Method::ToBeConfirmed { .. }
        | Method::Election(_) => String::new(),
    }
}
