//! Numbers as people read them, and as the files write them.

use alignment_pulse::present::format;

#[test]
fn p_below_0001_reads_p_less_than_0001() {
    assert_eq!(format::p_value(0.0004), "p < 0.001");
    assert_eq!(format::p_value(0.0421), "p = 0.042");
    assert_eq!(format::p_cell(0.00001), "< 0.001");
    assert_eq!(format::p_cell(0.5), "0.500");
}

#[test]
fn undefined_numbers_are_written_as_nothing_for_the_view_to_name() {
    assert_eq!(format::fixed(Some(3.14659), 2).as_deref(), Some("3.15"));
    assert_eq!(format::fixed(Some(69.5), 0).as_deref(), Some("70"));
    assert_eq!(format::fixed(None, 2), None);
    assert!(format::negative_as_shown(-0.006, 2) && format::negative_as_shown(-1.89, 2));
    assert!(!format::negative_as_shown(-0.004, 2) && !format::negative_as_shown(0.0, 2));
}

#[test]
fn sizes_read_in_si_units() {
    use alignment_pulse::present::format::bytes;
    assert_eq!(bytes(0.0), "0 bytes");
    assert_eq!(bytes(999.0), "999 bytes");
    assert_eq!(bytes(1000.0), "1.0 KB");
    assert_eq!(bytes(12_345_678.0), "12.3 MB");
    assert_eq!(bytes(99_960.0), "100 KB");
    assert_eq!(bytes(999_960.0), "1.0 MB");
    assert_eq!(bytes(2.1e9), "2.1 GB");
    assert_eq!(bytes(306e9), "306 GB");
    assert_eq!(bytes(5e15), "5000 TB");
}
