//! The languages a session's responses were given in, as a summary
//! publishes them: [`Languages`].
//!
//! The languages are one family of the anonymity rules
//! ([`crate::scoring::anonymity`]): a total, the session's n, and disjoint
//! groups inside it, one per language. A language is shown with its count
//! when at least k answered in it and no subtraction of the counts shown
//! from n leaves 1 to k − 1 people (the smallest language shown is
//! withheld until none does). Everyone else, those in a withheld language
//! and those whose response records none (it was given before languages
//! were recorded), is told as one count, which is therefore 0 or at least
//! k. A withheld language is not named: that someone answered in it is
//! itself a fact about fewer than k people.
//!
//! Nothing else is split by language: no practice, statement, answer or
//! comment is ever published per language, so a language's count can be
//! subtracted from nothing but n.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::model::table::Table;
use crate::scoring::anonymity::Family;

/// How many answered in each language, under the anonymity rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Languages {
    /// Each language shown (a primary subtag, such as `fr`) and how many
    /// answered in it.
    pub shown: BTreeMap<String, usize>,
    /// Responses in no language shown: in a language withheld, or
    /// recording none. 0 or at least k.
    pub other: usize,
}

impl Languages {
    /// The languages of `table`'s responses under threshold `k`; `None`
    /// when the responses are fewer than k (nothing is published) or none
    /// records its language.
    pub fn of(table: &Table, k: usize) -> Option<Languages> {
        let n = table.len();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for row in 0..n {
            if let Some(language) = table.language(row) {
                // (`entry` takes an owned key: one String a language, not a row.)
                match counts.get_mut(language) {
                    Some(count) => *count += 1,
                    None => {
                        counts.insert(language.to_owned(), 1);
                    }
                }
            }
        }
        (n >= k && !counts.is_empty()).then(|| Languages::settle(n, k, counts))
    }

    /// Of `groups` (disjoint, inside a total of `n`), those the rules let
    /// be shown, and everyone else as one count.
    pub fn settle(n: usize, k: usize, groups: BTreeMap<String, usize>) -> Languages {
        let mut family = Family::new(n, groups.values().copied().collect());
        family.settle(k, &[]);
        // Inserted one by one: collecting into a map sorts (size rule
        // "no sort").
        let mut shown = BTreeMap::new();
        for ((code, count), withheld) in groups.into_iter().zip(family.groups_withheld()) {
            if withheld.is_none() {
                shown.insert(code, count);
            }
        }
        let other = n - shown.values().sum::<usize>();
        Languages { shown, other }
    }

    /// The mix in words: each language shown in its own name (its code
    /// where the app does not speak it) with its count, in the order of
    /// the codes (as the file lists them: a ranking by count cost the
    /// workspace 1.3 KB), then the rest with `other` (`{0}` how many),
    /// joined by " · "; `withheld` (`{0}` k) when no language is shown.
    pub fn words(&self, k: u32, other: &str, withheld: &str) -> String {
        if self.shown.is_empty() {
            return crate::words::fill(withheld, &[&k.to_string()]);
        }
        let mut parts: Vec<String> = self
            .shown
            .iter()
            .map(|(code, n)| {
                let name = crate::words::LANGUAGE_NAMES
                    .iter()
                    .find(|(tag, _)| tag == code)
                    .map_or(code.as_str(), |(_, name)| name);
                format!("{name} {n}")
            })
            .collect();
        if self.other > 0 {
            parts.push(crate::words::fill(other, &[&self.other.to_string()]));
        }
        parts.join(" · ")
    }
}
