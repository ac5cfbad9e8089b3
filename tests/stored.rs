//! How the browser's database keeps a session (`stored`): a record and
//! responses in buckets by the first byte of their id.

use alignment_pulse::files::stored::{
    assemble, bucket_of, by_bucket, merge_bucket, read_bucket, Record, BUCKETS,
};
use alignment_pulse::model::response::Response;
use alignment_pulse::model::session::Session;
use proptest::prelude::*;
use std::path::Path;

fn example(name: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/sessions")
        .join(name);
    Session::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Rows `rows` of a session's responses.
fn empty_like(s: &Session) -> Session {
    let mut empty = s.clone();
    empty.responses = alignment_pulse::model::table::Table::new(&s.instrument);
    empty
}

fn responses(session: &Session, rows: std::ops::Range<usize>) -> Vec<Response> {
    rows.map(|row| session.response(row)).collect()
}

/// A session stored the way the browser stores it: its record, and each
/// bucket's text in key order.
fn store(session: &Session) -> (Record, Vec<String>) {
    let buckets = by_bucket(&session.responses)
        .into_iter()
        .map(|(_, rows)| merge_bucket(None, session.rows(rows)).unwrap().0)
        .collect();
    (Record::of(session), buckets)
}

#[test]
fn a_session_comes_back_as_it_was_stored() {
    let lisbon = example("lisbon-q3.json");
    let (record, buckets) = store(&lisbon);
    assert_eq!(record.responses, lisbon.responses.len());
    assert!(record.session.responses.is_empty());
    let text = record.to_json();
    let read = Record::from_json(&text).unwrap();
    assert_eq!(read, record);
    assert_eq!(assemble(read, &buckets).unwrap(), lisbon);
}

#[test]
fn buckets_are_the_first_byte_in_order() {
    let lisbon = example("lisbon-q3.json");
    let split = by_bucket(&lisbon.responses);
    let total: usize = split.iter().map(|(_, rows)| rows.len()).sum();
    assert_eq!(total, lisbon.responses.len());
    for pair in split.windows(2) {
        assert!(pair[0].0 < pair[1].0, "buckets in key order, each once");
        assert_eq!(
            pair[0].1.end, pair[1].1.start,
            "rows in order, none left out"
        );
    }
    for (b, rows) in &split {
        let ids = &lisbon.responses.ids()[rows.clone()];
        assert!(ids
            .iter()
            .all(|&id| bucket_of(id) == *b && id.as_bytes()[0] == *b));
    }
    assert!(split.len() <= BUCKETS);
}

#[test]
fn merging_keeps_what_was_stored_and_adds_only_new_ids() {
    let lisbon = example("lisbon-q3.json");
    let r = responses(&lisbon, 0..lisbon.responses.len());
    let (first, added) = merge_bucket(None, lisbon.rows(0..3)).unwrap();
    assert_eq!(added, 3);
    // Another tab stored the same response with other answers meanwhile:
    // the stored one stays, the rest is added.
    let mut other = r[1].clone();
    other.date = "2026-01-01".into();
    let mut later = empty_like(&lisbon);
    later.insert(&[other, r[3].clone(), r[4].clone()]).unwrap();
    let (second, added) = merge_bucket(Some(&first), later.rows(0..3)).unwrap();
    assert_eq!(added, 2);
    let held = read_bucket(&second, &lisbon.id, &lisbon.instrument).unwrap();
    let mut want = empty_like(&lisbon);
    want.insert(&r[..5]).unwrap();
    assert_eq!(held, want.responses);
}

#[test]
fn a_damaged_bucket_or_record_is_refused_with_why() {
    let lisbon = example("lisbon-q3.json");
    assert!(merge_bucket(Some("[{\"id\":"), lisbon.rows(0..1))
        .unwrap_err()
        .contains("does not read"));
    let (record, mut buckets) = store(&lisbon);
    // A response whose answer is off the scale: the session is checked whole.
    let mut bucket: serde_json::Value = serde_json::from_str(&buckets[0]).unwrap();
    let answers = bucket[0]["answers"].as_object_mut().unwrap();
    let likert = answers.values_mut().find(|a| a.is_i64()).unwrap();
    *likert = serde_json::json!(99);
    buckets[0] = bucket.to_string();
    let why = assemble(record.clone(), &buckets).unwrap_err();
    assert!(why.contains("$.session.responses["), "{why}");
    let mut value: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
    value["session"]["k"] = serde_json::json!(1);
    let text = value.to_string();
    let err = Record::from_json(&text).unwrap_err().to_string();
    assert!(err.contains("$.session.k"), "{err}");
}

proptest! {
    /// However responses arrive, in whatever batches and order, the stored
    /// buckets hold each id once, sorted, and assemble to the session.
    #[test]
    fn any_batches_assemble_to_the_same_session(cuts in proptest::collection::vec(0usize..40, 0..6), reverse in any::<bool>()) {
        let lisbon = example("lisbon-q3.json");
        let mut rs = responses(&lisbon, 0..lisbon.responses.len());
        if reverse {
            rs.reverse();
        }
        let mut stored: Vec<Option<String>> = vec![None; BUCKETS];
        let mut start = 0;
        let mut bounds: Vec<usize> = cuts.into_iter().map(|c| c.min(rs.len())).collect();
        bounds.push(rs.len());
        bounds.sort_unstable();
        for end in bounds {
            let mut batch = rs[start.min(end)..end].to_vec();
            // A batch may repeat what was stored before.
            batch.extend(rs[..start.min(end) / 2].iter().cloned());
            let mut session = lisbon.clone();
            session.responses = alignment_pulse::model::table::Table::new(&lisbon.instrument);
            batch.sort_by_key(|r| r.id);
            batch.dedup_by_key(|r| r.id);
            session.insert(&batch).unwrap();
            for (b, rows) in by_bucket(&session.responses) {
                let (text, _) = merge_bucket(stored[b as usize].as_deref(), session.rows(rows)).unwrap();
                stored[b as usize] = Some(text);
            }
            start = end;
        }
        let texts: Vec<String> = stored.into_iter().flatten().collect();
        let total: usize = texts
            .iter()
            .map(|t| read_bucket(t, &lisbon.id, &lisbon.instrument).unwrap().len())
            .sum();
        prop_assert_eq!(total, lisbon.responses.len());
        prop_assert_eq!(assemble(Record::of(&lisbon), &texts).unwrap(), lisbon.clone());
        prop_assert_eq!(merge_bucket(None, lisbon.rows(0..0)).unwrap().0, "[]");
    }
}

#[test]
fn a_session_file_in_any_order_reads_sorted_and_stores_each_bucket_once() {
    let lisbon = example("lisbon-q3.json");
    let mut shuffled: serde_json::Value = serde_json::from_str(&lisbon.to_json()).unwrap();
    // As another tool might write it: not sorted by id.
    shuffled["session"]["responses"]
        .as_array_mut()
        .unwrap()
        .reverse();
    let text = shuffled.to_string();
    let read = Session::from_json(&text).unwrap();
    assert_eq!(read, lisbon);
    let split = by_bucket(&read.responses);
    let mut buckets: Vec<u8> = split.iter().map(|(b, _)| *b).collect();
    buckets.dedup();
    assert_eq!(buckets.len(), split.len(), "each bucket once");
}
