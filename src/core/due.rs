//! Due dates as note-takers write them after "by" or "due": `2018-08-10`, and, against the
//! date of the meeting day the action was typed on, `10 August`, `Aug 10, 2019`, `next
//! Wednesday`, `Friday`, `tomorrow`, `the end of September`, `end of the month`. Words that
//! are not one of these are no date: the action keeps them in its text and has no due date,
//! since a guess would put a deadline in the minutes that nobody set.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// The date `words` name, read against `on`, the meeting day's date. A date with no year is
/// the first such day on or after `on`; a weekday is the first one after it. Without `on`,
/// only a full `YYYY-MM-DD` date is read.
pub(crate) fn due_date(words: &str, on: Option<NaiveDate>) -> Option<NaiveDate> {
    let words = words.trim().trim_end_matches('.').trim();
    if let Ok(date) = NaiveDate::parse_from_str(words, "%Y-%m-%d") {
        return Some(date);
    }
    let on = on?;
    let lower = words.to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    match tokens.as_slice() {
        ["tomorrow"] => on.checked_add_days(Days::new(1)),
        // One word that is no weekday is no date either: a day and a month take two.
        ["next", day] | [day] => weekday(day).map(|w| after(on, w)),
        ["end", "of", rest @ ..] => end_of(rest, on),
        _ => day_and_month(&tokens, on),
    }
}

/// The first `wanted` weekday after `on` (a week on when `on` is one).
fn after(on: NaiveDate, wanted: Weekday) -> NaiveDate {
    let ahead = (7 + wanted.num_days_from_monday() - on.weekday().num_days_from_monday()) % 7;
    let ahead = if ahead == 0 { 7 } else { ahead };
    on + Days::new(u64::from(ahead))
}

/// "end of September [2019]", "end of the month", "end of the year" → its last day.
fn end_of(rest: &[&str], on: NaiveDate) -> Option<NaiveDate> {
    match rest {
        ["the", "month"] | ["month"] => last_day(on.year(), on.month()),
        ["the", "year"] | ["year"] => NaiveDate::from_ymd_opt(on.year(), 12, 31),
        [name] => {
            let m = month(name)?;
            last_day(on.year(), m)
                .filter(|last| *last >= on)
                .or_else(|| last_day(on.year() + 1, m))
        }
        [name, year] => last_day(year.parse().ok()?, month(name)?),
        _ => None,
    }
}

/// "10 August [2019]", "August 10[,] [2019]", "10th Aug" → the date, the year from `on` when
/// none is written (the next year when that day has passed).
fn day_and_month(tokens: &[&str], on: NaiveDate) -> Option<NaiveDate> {
    let (a, b, year) = match *tokens {
        [a, b] => (a, b, None),
        [a, b, y] => (a, b, Some(y.parse::<i32>().ok()?)),
        _ => return None,
    };
    let (d, m) = match (day(a), month(b)) {
        (Some(d), Some(m)) => (d, m),
        _ => (day(b)?, month(a)?),
    };
    match year {
        Some(y) => NaiveDate::from_ymd_opt(y, m, d),
        None => NaiveDate::from_ymd_opt(on.year(), m, d)
            .filter(|date| *date >= on)
            .or_else(|| NaiveDate::from_ymd_opt(on.year() + 1, m, d)),
    }
}

/// A day of the month: "10", "10th", "1st", "2nd", "3rd".
fn day(word: &str) -> Option<u32> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A month by its English name or its first three letters ("sept" too), 1 to 12.
fn month(word: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.trim_end_matches('.');
    if word == "sept" {
        return Some(9);
    }
    let i = NAMES
        .iter()
        .position(|name| word.len() >= 3 && name.starts_with(word))?;
    u32::try_from(i + 1).ok()
}

/// A weekday by its English name or its first three letters.
fn weekday(word: &str) -> Option<Weekday> {
    const DAYS: [(&str, Weekday); 7] = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    DAYS.iter()
        .find(|(name, _)| word.len() >= 3 && name.starts_with(word))
        .map(|&(_, w)| w)
}

/// The last day of month `m` of `year`.
fn last_day(year: i32, m: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, m, 1)?
        .checked_add_months(Months::new(1))?
        .pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("a date")
    }

    #[test]
    fn informal_dates_resolve_against_the_meeting_day() {
        // Monday 23 July 2018.
        let on = Some(d(2018, 7, 23));
        for (words, want) in [
            ("2018-08-10", d(2018, 8, 10)),
            ("10 August", d(2018, 8, 10)),
            ("10 Aug.", d(2018, 8, 10)),
            ("August 10", d(2018, 8, 10)),
            ("Aug 10, 2019", d(2019, 8, 10)),
            ("10th August 2019", d(2019, 8, 10)),
            ("1st Sept", d(2018, 9, 1)),
            ("23 July", d(2018, 7, 23)),
            // Passed this year: next year's.
            ("22 July", d(2019, 7, 22)),
            ("next Wednesday", d(2018, 7, 25)),
            ("Wednesday", d(2018, 7, 25)),
            ("fri", d(2018, 7, 27)),
            // The day itself is not "next Monday": a week on is.
            ("next Monday", d(2018, 7, 30)),
            ("Sunday", d(2018, 7, 29)),
            ("tomorrow", d(2018, 7, 24)),
            ("the end of September", d(2018, 9, 30)),
            ("end of February", d(2019, 2, 28)),
            ("end of July", d(2018, 7, 31)),
            ("end of June", d(2019, 6, 30)),
            ("end of February 2020", d(2020, 2, 29)),
            ("the end of the month", d(2018, 7, 31)),
            ("end of year", d(2018, 12, 31)),
            ("the end of the year", d(2018, 12, 31)),
            ("end of month", d(2018, 7, 31)),
        ] {
            assert_eq!(due_date(words, on), Some(want), "{words}");
        }
        // On the last day of a month, its end is that day, not a year on.
        assert_eq!(
            due_date("end of July", Some(d(2018, 7, 31))),
            Some(d(2018, 7, 31))
        );
        assert_eq!(
            due_date("end of July", Some(d(2018, 8, 1))),
            Some(d(2019, 7, 31))
        );
    }

    #[test]
    fn words_that_are_not_a_date_are_none() {
        let on = Some(d(2018, 7, 23));
        for words in [
            "post",
            "the river",
            "March",
            "32 August",
            "31 June",
            "0 May",
            "10 Ma",
            "next week",
            "next",
            "next August",
            "Wednesday week",
            "end of",
            "end of the week",
            "end of Smarch",
            "10 August and 12 August",
            "Aug 10, 20x9",
            "",
        ] {
            assert_eq!(due_date(words, on), None, "{words}");
        }
        // Without the meeting's date, only a full date is read.
        assert_eq!(due_date("10 August", None), None);
        assert_eq!(due_date("2018-08-10", None), Some(d(2018, 8, 10)));
    }
}
