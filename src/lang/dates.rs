//! Dates as each language writes them: the names of months and weekdays and the order of day,
//! month and year, and how a time of day reads, come from the label files; digits are always
//! 0–9 (see `lang/ar.ftl` for why Arabic too).

use chrono::{Datelike, NaiveDate, NaiveTime};

use super::{Arg, Labels};

impl Labels {
    /// A date in words: "22 July 2018", "22 de julio de 2018", "1er juillet 2018".
    pub(crate) fn date(&self, date: NaiveDate) -> String {
        self.label_with("date", &self.parts(date, "month"))
    }

    /// A date with the month shortened, as a due date is printed: "10 Aug 2018".
    pub(crate) fn date_short(&self, date: NaiveDate) -> String {
        self.label_with("date-short", &self.parts(date, "month-short"))
    }

    /// A date with the month shortened and no year, for dates in the meeting's year: "10 Aug".
    pub(crate) fn day_month_short(&self, date: NaiveDate) -> String {
        self.label_with("date-day-month-short", &self.parts(date, "month-short"))
    }

    /// A day as a heading names it: "Sunday 22 July 2018", "domingo, 22 de julio de 2018".
    pub(crate) fn long_date(&self, date: NaiveDate) -> String {
        let weekday = self.label_with(
            "weekday",
            &[("day", date.weekday().number_from_monday().into())],
        );
        self.label_with(
            "date-with-weekday",
            &[
                ("weekday", weekday.into()),
                ("date", self.date(date).into()),
            ],
        )
    }

    /// A time of day: "09:06", "09 h 06".
    pub(crate) fn time(&self, time: NaiveTime) -> String {
        self.label_with(
            "time",
            &[
                ("hour", time.format("%H").to_string().into()),
                ("minute", time.format("%M").to_string().into()),
            ],
        )
    }

    /// The days of a meeting: "22–25 July 2018", "30 July – 2 August 2018", or one date.
    pub(crate) fn date_span(&self, first: NaiveDate, last: NaiveDate) -> String {
        if first == last {
            return self.date(first);
        }
        if (first.year(), first.month()) == (last.year(), last.month()) {
            let mut args = self.parts(last, "month");
            args.push(("first", first.day().into()));
            return self.label_with("date-span-month", &args);
        }
        let from = if first.year() == last.year() {
            self.label_with("date-day-month", &self.parts(first, "month"))
        } else {
            self.date(first)
        };
        self.label_with(
            "date-span",
            &[("from", from.into()), ("to", self.date(last).into())],
        )
    }

    /// The day, month name (from label `month`, "month" or "month-short") and year of a date,
    /// as arguments.
    fn parts(&self, date: NaiveDate, month: &str) -> Vec<(&'static str, Arg<'static>)> {
        let name = self.label_with(month, &[("month", date.month().into())]);
        vec![
            ("day", date.day().into()),
            ("month", name.into()),
            ("year", date.year().into()),
        ]
    }
}
