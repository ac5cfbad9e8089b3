//! Reading a JSON number as the `f64` nearest to it, exactly: the correctly
//! rounded value (IEEE 754 round-half-to-even), as `str::parse::<f64>`
//! gives it, so that a summary, a comparison or a sprint read back is the
//! same, bit for bit, as the one written (the files' numbers are written
//! by serde_json as the shortest text that reads back as the same `f64`).
//!
//! serde_json alone reads a number with more than 15 or so significant
//! digits up to one unit in the last place off. Its `float_roundtrip`
//! feature fixes that, and core's parser is exact too, but at a cost in
//! wasm (size rule "exact floats"). The fields that hold
//! statistics take their number's text instead
//! ([`serde_json::value::RawValue`]) and read it here:
//!
//! * Clinger's fast path (Clinger 1990, "How to read floating point
//!   numbers accurately", *PLDI*): a significand of at most 2^53 and a
//!   power of ten of at most 10^22 are both exact doubles, so one IEEE
//!   multiplication or division rounds correctly.
//! * Otherwise the exact quotient in big integers (his Algorithm M, as
//!   Knuth's long division, one bit at a time): `num / den` scaled by a
//!   power of two so that the quotient has 53 bits, rounded to nearest,
//!   ties to even, by comparing twice the remainder with `den`; with fewer
//!   bits for a subnormal. Slow (microseconds a number), and only the
//!   summaries' few hundred numbers need it.

use serde::de::{Deserialize, Deserializer, Error};
use serde_json::value::RawValue;

/// A big unsigned integer, 32-bit limbs, least significant first.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn small(v: u32) -> Big {
        Big(vec![v])
    }

    /// `self * m + a`.
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = a as u64;
        for limb in &mut self.0 {
            let x = *limb as u64 * m as u64 + carry;
            *limb = x as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn bits(&self) -> i32 {
        match self.0.iter().rposition(|&l| l != 0) {
            Some(i) => 32 * i as i32 + 32 - self.0[i].leading_zeros() as i32,
            None => 0,
        }
    }

    fn shl(&self, n: i32) -> Big {
        let (limbs, bits) = ((n / 32) as usize, n % 32);
        let mut out = vec![0u32; limbs];
        let mut carry = 0u32;
        for &l in &self.0 {
            out.push(if bits == 0 { l } else { (l << bits) | carry });
            carry = if bits == 0 { 0 } else { l >> (32 - bits) };
        }
        out.push(carry);
        Big(out)
    }

    fn limb(&self, i: usize) -> u32 {
        self.0.get(i).copied().unwrap_or(0)
    }

    fn cmp(&self, other: &Big) -> std::cmp::Ordering {
        let n = self.0.len().max(other.0.len());
        (0..n)
            .rev()
            .map(|i| self.limb(i).cmp(&other.limb(i)))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    }

    /// `self - other`, for `self >= other`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let x = *limb as i64 - other.limb(i) as i64 - borrow;
            *limb = x as u32;
            borrow = (x < 0) as i64;
        }
    }
}

/// The `f64` nearest to the JSON number `text` (RFC 8259's grammar:
/// `-? int frac? exp?`); `None` for anything else, or a number too large
/// for an `f64`.
pub fn parse(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let negative = b.first() == Some(&b'-');
    let mut i = negative as usize;
    // The significant digits as a big integer, and the power of ten they
    // are scaled by.
    let mut digits = Big::small(0);
    let (mut count, mut exp10, mut seen) = (0i32, 0i32, false);
    let mut point = false;
    while i < b.len() {
        match b[i] {
            d @ b'0'..=b'9' => {
                seen = true;
                if count > 0 || d != b'0' {
                    digits.mul_add(10, (d - b'0') as u32);
                    count += 1;
                }
                exp10 -= point as i32;
            }
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if !seen {
        return None;
    }
    if i < b.len() {
        if b[i] | 0x20 != b'e' {
            return None;
        }
        let rest = &text[i + 1..];
        let e: i32 = rest.strip_prefix('+').unwrap_or(rest).parse().ok()?;
        exp10 = exp10.checked_add(e)?;
    }
    let magnitude = if count == 0 {
        0.0
    } else {
        nearest(digits, count, exp10)?
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// The `f64` nearest to `digits × 10^exp10` (`digits` not zero, `count`
/// its decimal digits).
fn nearest(digits: Big, count: i32, exp10: i32) -> Option<f64> {
    // Far outside the doubles: 0, or too large.
    if count + exp10 < -343 {
        return Some(0.0);
    }
    if count + exp10 > 310 {
        return None;
    }
    if digits.bits() <= 53 && exp10.abs() <= 22 {
        let m = digits.limb(0) as f64 + digits.limb(1) as f64 * 4294967296.0;
        let p = (0..exp10.abs()).fold(1.0, |p, _| p * 10.0);
        return Some(if exp10 < 0 { m / p } else { m * p });
    }
    let (mut num, mut den) = (digits, Big::small(1));
    for _ in 0..exp10.abs() {
        if exp10 < 0 { &mut den } else { &mut num }.mul_add(10, 0);
    }
    // q = num × 2^s / den with 2^52 ≤ q < 2^53, the value q × 2^-s; a
    // subnormal has s at most 1074 and a smaller q.
    let mut s = 52 - (num.bits() - den.bits());
    loop {
        let s_used = s.min(1074);
        let (n, d) = if s_used >= 0 {
            (num.shl(s_used), den.clone())
        } else {
            (num.clone(), den.shl(-s_used))
        };
        let (q, r) = divide(n, &d);
        if q < 1 << 52 && s_used == s && s < 1074 {
            s += 1;
            continue;
        }
        if q >= 1 << 53 {
            s -= 1;
            continue;
        }
        // Round half to even: compare 2r with d.
        let twice = r.shl(1);
        let up = match twice.cmp(&d) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => q & 1 == 1,
            std::cmp::Ordering::Less => false,
        };
        let (mut q, mut e) = (q + up as u64, -s_used);
        if q == 1 << 53 {
            q >>= 1;
            e += 1;
        }
        // The value is q × 2^e, q < 2^53.
        return if q < 1 << 52 {
            // Subnormal (e = -1074) or, rounded up to 2^52, the least normal.
            Some(f64::from_bits(q))
        } else if e + 52 > 1023 {
            None
        } else {
            Some(f64::from_bits(
                ((e + 52 + 1023) as u64) << 52 | (q & ((1 << 52) - 1)),
            ))
        };
    }
}

/// `n / d` when the quotient is below 2^54: the quotient and the remainder.
fn divide(mut n: Big, d: &Big) -> (u64, Big) {
    let mut q = 0u64;
    for bit in (0..54).rev() {
        let shifted = d.shl(bit);
        if n.cmp(&shifted).is_ge() {
            n.sub(&shifted);
            q |= 1 << bit;
        }
    }
    (q, n)
}

/// A JSON number read exactly; `null` is `None`.
fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    let raw = Box::<RawValue>::deserialize(d)?;
    match raw.get() {
        "null" => Ok(None),
        text => parse(text)
            .map(Some)
            .ok_or_else(|| D::Error::custom(format!("invalid type: {text}, expected a number"))),
    }
}

/// For `#[serde(deserialize_with = "crate::files::exact::f64")]`.
pub fn f64<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    read(d)?.ok_or_else(|| D::Error::custom("invalid type: null, expected a number"))
}

/// For `#[serde(default, deserialize_with = "crate::files::exact::option")]`.
pub fn option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    read(d)
}

/// For `#[serde(deserialize_with = "crate::files::exact::vec")]`.
pub fn vec<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<f64>, D::Error> {
    struct Exact(f64);
    impl<'de> Deserialize<'de> for Exact {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Exact, D::Error> {
            f64(d).map(Exact)
        }
    }
    Ok(Vec::<Exact>::deserialize(d)?
        .into_iter()
        .map(|e| e.0)
        .collect())
}
