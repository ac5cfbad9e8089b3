//! The kiosk lock's wait between wrong PINs (`alignment_pulse::model::kiosk_lock`).
use alignment_pulse::model::kiosk_lock::{wait_ms, KioskLock, FREE_TRIES, MAX_WAIT_MS};
use proptest::prelude::*;

fn lock() -> KioskLock {
    KioskLock {
        session: "offsite".into(),
        salt: "00".into(),
        hash: "00".into(),
        iterations: 1,
        failures: 0,
        next_try_ms: 0.0,
    }
}

#[test]
fn five_wrong_pins_are_free_then_the_wait_doubles_from_one_second() {
    let waits: Vec<u64> = (0..=9).map(wait_ms).collect();
    assert_eq!(waits, [0, 0, 0, 0, 0, 1000, 2000, 4000, 8000, 16000]);
    assert_eq!(FREE_TRIES, 5);
    // Capped at an hour, however many (2^12 s would be over an hour).
    assert_eq!(wait_ms(16), 2_048_000);
    assert_eq!(wait_ms(17), MAX_WAIT_MS);
    assert_eq!(wait_ms(u32::MAX), MAX_WAIT_MS);
}

#[test]
fn a_lock_counts_wrong_pins_says_how_long_to_wait_and_starts_again_on_the_right_one() {
    let mut l = lock();
    let t0 = 1_700_000_000_000.0;
    for i in 1..=4 {
        l.failed(t0);
        assert_eq!(l.failures, i);
        assert_eq!(l.wait_left_s(t0), None, "try {i} is free");
    }
    l.failed(t0);
    assert_eq!(l.wait_left_s(t0), Some(1));
    assert_eq!(l.wait_left_s(t0 + 999.0), Some(1));
    assert_eq!(l.wait_left_s(t0 + 1000.0), None);
    l.failed(t0 + 1000.0);
    assert_eq!(l.wait_left_s(t0 + 1000.0), Some(2));
    assert_eq!(l.wait_left_s(t0 + 1001.0), Some(2), "rounded up");
    l.succeeded();
    assert_eq!((l.failures, l.wait_left_s(t0)), (0, None));
}

#[test]
fn a_lock_stored_before_the_count_reads_with_none() {
    let old = r#"{"session":"offsite","salt":"ab","hash":"cd","iterations":600000}"#;
    let l: KioskLock = serde_json::from_str(old).unwrap();
    assert_eq!((l.failures, l.next_try_ms), (0, 0.0));
    // And the count survives a round trip (a reload does not reset it).
    let mut l = l;
    l.failed(5.0);
    let again: KioskLock = serde_json::from_str(&serde_json::to_string(&l).unwrap()).unwrap();
    assert_eq!(again, l);
}

proptest! {
    #[test]
    fn the_wait_never_shrinks_as_wrong_pins_add_up(n in 0u32..200) {
        prop_assert!(wait_ms(n) <= wait_ms(n + 1));
        prop_assert!(wait_ms(n) <= MAX_WAIT_MS);
    }
}
