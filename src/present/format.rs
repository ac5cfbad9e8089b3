//! Numbers and dates as the app writes them: for people, in their
//! language's way ([`Locale`]), and in the files, the same in every
//! language ([`json_number`], ISO 8601 dates).

/// How a language writes numbers and dates for people: its decimal
/// separator, its group separator with the fewest digits before a group
/// is separated, what stands between a percentage and its sign, and its
/// short date. Screens, the report and its PDF write numbers and dates
/// through it; the JSON and CSV files never do (they write
/// [`json_number`] and ISO dates).
///
/// Source: Unicode CLDR 48 (as ICU 78 ships it), each language's number
/// symbols (`decimal`, `group`), `minimumGroupingDigits`, percent pattern
/// and numeric date: en `#,##0%`; de and es `#,##0 %` with a no-break
/// space, es grouping only from five digits on; fr `#,##0 %` with a
/// no-break space and a narrow no-break space between groups; dates de
/// `d.M.y`, fr `dd/MM/y`, es `d/M/y`. English keeps ISO 8601 dates
/// (2026-11-24), which no English reader misreads, where CLDR's `en`
/// writes the US order. `tests/format.rs` holds what ICU's
/// `Intl.NumberFormat` and `Intl.DateTimeFormat` write for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    decimal: char,
    group: char,
    /// The fewest digits of a whole part that is grouped (CLDR's
    /// minimum grouping digits plus three).
    grouped_from: usize,
    /// Between the number and `%`: nothing, or a no-break space.
    before_percent: &'static str,
    /// The short date's order and separator.
    date: DateOrder,
}

/// How a short date is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DateOrder {
    /// `2026-11-24` (ISO 8601).
    Iso,
    /// Day, month and year with this separator, the day and month padded
    /// to two digits or not.
    DayMonthYear(char, bool),
}

impl Locale {
    /// How `lang` (a tag such as `de`) writes numbers; English's for a
    /// language it does not know.
    pub fn of(lang: &str) -> Locale {
        let (decimal, group, grouped_from, before_percent, date) = match lang {
            "de" => (',', '.', 4, "\u{a0}", DateOrder::DayMonthYear('.', false)),
            "fr" => (
                ',',
                '\u{202f}',
                4,
                "\u{a0}",
                DateOrder::DayMonthYear('/', true),
            ),
            "es" => (',', '.', 5, "\u{a0}", DateOrder::DayMonthYear('/', false)),
            _ => ('.', ',', 4, "", DateOrder::Iso),
        };
        Locale {
            decimal,
            group,
            grouped_from,
            before_percent,
            date,
        }
    }

    /// Its decimal separator: `.` or `,`.
    pub fn decimal(&self) -> char {
        self.decimal
    }

    /// `value` with `decimals` decimals, its whole part grouped: "3.50",
    /// "1,234.50" in English, "3,50", "1.234,50" in German. Rounded as
    /// Rust's `{:.n}` rounds (the exact binary value, half to even).
    pub fn fixed(&self, value: f64, decimals: usize) -> String {
        let plain = format!("{value:.decimals$}");
        let (sign, digits) = match plain.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", plain.as_str()),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let mut out = String::with_capacity(plain.len() + whole.len() / 3 + 2);
        out.push_str(sign);
        for (i, digit) in whole.chars().enumerate() {
            let left = whole.len() - i;
            if i > 0 && left % 3 == 0 && whole.len() >= self.grouped_from {
                out.push(self.group);
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push(self.decimal);
            out.push_str(fraction);
        }
        out
    }

    /// [`fixed`](Self::fixed) of a value that may be undefined: `None`
    /// then (the view writes its "n/a").
    pub fn maybe(&self, value: Option<f64>, decimals: usize) -> Option<String> {
        value.map(|v| self.fixed(v, decimals))
    }

    /// A difference, its sign always written: "+0.81", "-0.03" ("+0.00"
    /// for a difference that rounds to nothing).
    pub fn signed(&self, value: f64, decimals: usize) -> String {
        let text = self.fixed(value, decimals);
        match text.starts_with('-') {
            true => text,
            false => format!("+{text}"),
        }
    }

    /// A percentage of 0 to 100, without decimals: "85%", "85 %".
    pub fn percent(&self, value: f64) -> String {
        format!("{}{}%", self.fixed(value, 0), self.before_percent)
    }

    /// A p-value in a sentence: "p < 0.001" below 0.001, else "p = 0.042"
    /// (three decimals, as APA style reports it).
    pub fn p_value(&self, p: f64) -> String {
        if p < 0.001 {
            format!("p < {}", self.fixed(0.001, 3))
        } else {
            format!("p = {}", self.fixed(p, 3))
        }
    }

    /// A p-value in a table column headed "p": "< 0.001" or "0.042".
    pub fn p_cell(&self, p: f64) -> String {
        if p < 0.001 {
            format!("< {}", self.fixed(0.001, 3))
        } else {
            self.fixed(p, 3)
        }
    }

    /// An ISO date (`2026-09-01`, as the files hold it) as the language
    /// writes it: "1.9.2026", "01/09/2026", "1/9/2026"; English's stays
    /// ISO. Text that is no ISO date is returned as it is.
    pub fn date(&self, iso: &str) -> String {
        let DateOrder::DayMonthYear(separator, padded) = self.date else {
            return iso.to_owned();
        };
        let mut parts = iso.splitn(3, '-');
        let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next())
        else {
            return iso.to_owned();
        };
        let digits =
            |part: &str, n: usize| part.len() == n && part.bytes().all(|b| b.is_ascii_digit());
        if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
            return iso.to_owned();
        }
        // "09" is "9" where the language does not pad.
        let short = |part: &str| match padded || !part.starts_with('0') {
            true => part.to_owned(),
            false => part[1..].to_owned(),
        };
        format!("{}{separator}{}{separator}{year}", short(day), short(month))
    }

    /// A size in bytes as people read it, in SI units (1 KB = 1000 bytes,
    /// as browsers' storage estimates count): "850 bytes", "12.3 MB",
    /// "2.1 GB"; one decimal below 100 of a unit, none from 100 on.
    pub fn bytes(&self, n: f64) -> String {
        const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
        if n < 1000.0 {
            return format!("{} bytes", self.fixed(n.max(0.0), 0));
        }
        let mut value = n / 1000.0;
        let mut unit = 0;
        while value >= 999.95 && unit + 1 < UNITS.len() {
            value /= 1000.0;
            unit += 1;
        }
        let decimals = if value >= 99.95 { 0 } else { 1 };
        format!("{} {}", self.fixed(value, decimals), UNITS[unit])
    }
}

/// Whether a value reads as negative with `decimals` decimals: -0.004
/// shows as "-0.00" and is not said to be negative; -0.006 ("-0.01") is.
pub fn negative_as_shown(value: f64, decimals: i32) -> bool {
    (value * 10f64.powi(decimals)).round() < 0.0
}

/// A number as the JSON files write it: the shortest text that reads back
/// as the same `f64` (serde_json's), so that a CSV and its JSON agree.
pub fn json_number(v: f64) -> String {
    serde_json::to_string(&v).unwrap_or_default()
}

/// An estimate's value as [`json_number`] writes it; empty when undefined
/// (a CSV cell).
pub fn json_estimate(e: &crate::scoring::stats::Estimate) -> String {
    e.value.map(json_number).unwrap_or_default()
}
