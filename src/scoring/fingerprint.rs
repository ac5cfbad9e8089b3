//! What a practice measures, as a short fingerprint that two summaries can
//! compare without their instruments.
//!
//! A practice's level, alignment and statistics mean the same in two
//! sessions only if they were computed from the same statements on the
//! same scale. The fingerprint is FNV-1a (64 bits, as 16 hexadecimal
//! digits) over the scale's number of points and the sum (mod 2⁶⁴) of each
//! statement's own FNV-1a over its id, whether it is reverse-scored and its
//! English wording (every instrument holds English, and the other
//! languages translate it); a sum, so that the statements' order does not
//! count without a sort (ids are unique within an instrument). So a
//! statement added, removed, reworded, reversed, or a scale of other
//! points, gives another fingerprint; statements put in another order, or
//! a translation added, do not.
//!
//! It tells practices apart; it is no seal. A summary is checked on
//! reading against the statements it lists ([`crate::scoring::summary::check`]), so
//! a file cannot claim the fingerprint of statements it does not hold.

use crate::model::instrument::Fnv1a;
use std::hash::Hasher;

/// The fingerprint of a practice of `items` (id, reverse-scored, English
/// wording) on a scale of `points`.
pub fn of<'a>(points: u8, items: impl Iterator<Item = (&'a str, bool, &'a str)>) -> String {
    let statements = items.fold(0u64, |sum, (id, reverse, text)| {
        let mut hash = Fnv1a::default();
        hash.write(id.as_bytes());
        hash.write(&[0, reverse as u8]);
        hash.write(text.as_bytes());
        sum.wrapping_add(hash.finish())
    });
    let mut hash = Fnv1a::default();
    hash.write(&[points]);
    hash.write(&statements.to_le_bytes());
    format!("{:016x}", hash.finish())
}
