//! Plural forms: which of a message's forms a count takes in a language.
//!
//! Source: Unicode CLDR 48, `plurals.xml`, the cardinal rules for whole
//! numbers (the operands `v = 0`, `e = 0`; the app only counts people,
//! answers and files):
//! - en, de: `one`: i = 1; `other`.
//! - es: `one`: n = 1; `many`: i ≠ 0 and i % 1000000 = 0; `other`.
//! - fr: `one`: i = 0, 1; `many`: i ≠ 0 and i % 1000000 = 0; `other`.
//!
//! `tests/words.rs` holds what ICU's `Intl.PluralRules` says for each.
//!
//! This file has no imports: `build.rs` includes it to check the locale
//! files' plural forms against their language's rule.

/// A language's rule for whole numbers, named by the forms it has (each
/// name ends in `Other`, which every language has).
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralRule {
    /// `one` for 1, `other` for the rest (en, de).
    OneOther,
    /// `one` for 1, `many` for whole millions, `other` for the rest (es).
    OneManyOther,
    /// `one` for 0 and 1, `many` for whole millions, `other` (fr).
    ZeroOneManyOther,
}

/// A plural form of a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    One,
    Many,
    Other,
}

impl Form {
    /// Its CLDR name, as the locale files write it.
    pub const fn name(self) -> &'static str {
        match self {
            Form::One => "one",
            Form::Many => "many",
            Form::Other => "other",
        }
    }
}

impl PluralRule {
    /// The rule of a language tag, `None` for one the app has no rule of
    /// (a new locale file then fails the build until the rule is added).
    pub fn of(tag: &str) -> Option<PluralRule> {
        match tag {
            "en" | "de" => Some(PluralRule::OneOther),
            "es" => Some(PluralRule::OneManyOther),
            "fr" => Some(PluralRule::ZeroOneManyOther),
            _ => None,
        }
    }

    /// The forms a message has in a language with this rule.
    pub const fn forms(self) -> &'static [Form] {
        match self {
            PluralRule::OneOther => &[Form::One, Form::Other],
            _ => &[Form::One, Form::Many, Form::Other],
        }
    }

    /// The form a count takes.
    pub const fn form(self, n: usize) -> Form {
        let millions = n != 0 && n.is_multiple_of(1_000_000);
        match self {
            PluralRule::OneOther if n == 1 => Form::One,
            PluralRule::OneManyOther if n == 1 => Form::One,
            PluralRule::ZeroOneManyOther if n <= 1 => Form::One,
            PluralRule::OneManyOther | PluralRule::ZeroOneManyOther if millions => Form::Many,
            _ => Form::Other,
        }
    }
}

/// A message with a form for each count: "{0} response", "{0} responses".
/// Its language's rule picks the form; a language without `many` repeats
/// `other` there. Four texts, the last its language's tag, so that a
/// catalog is an array of texts (see `words::catalog!`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Plural {
    pub one: &'static str,
    pub many: &'static str,
    pub other: &'static str,
    /// The language's tag, whose rule picks the form.
    pub tag: &'static str,
}

impl Plural {
    /// The form for `n`, to fill as any message.
    pub fn of(&self, n: usize) -> &'static str {
        match PluralRule::of(self.tag).map(|rule| rule.form(n)) {
            Some(Form::One) => self.one,
            Some(Form::Many) => self.many,
            _ => self.other,
        }
    }
}
