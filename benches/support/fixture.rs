//! The benchmark's synthetic session, shared by the native benchmark
//! (`benches/scoring.rs`) and the browser one (`benches/browser.rs`):
//! 10 dimensions × 4 items on 5 points, answers from a fixed xorshift stream.

use alignment_pulse::model::instrument::{Dimension, Instrument, Item, Scale, Text};
use alignment_pulse::model::response::{Answer, Response};
use alignment_pulse::model::session::Session;

pub const ITEMS: usize = 40;

/// 10 dimensions × 4 items on 5 points.
pub fn instrument() -> Instrument {
    Instrument {
        id: "bench".into(),
        version: 1,
        title: Text::en("Benchmark"),
        intro: Text::en("Benchmark"),
        minutes: 5,
        scale: Scale {
            points: 5,
            labels: (1..=5).map(|i| Text::en(&i.to_string())).collect(),
        },
        dimensions: (0..ITEMS / 4)
            .map(|d| Dimension {
                id: format!("d{d}"),
                title: Text::en("Dimension"),
                items: (0..4)
                    .map(|i| Item {
                        id: format!("d{d}-{i}"),
                        text: Text::en("Item"),
                        reverse: i == 3,
                    })
                    .collect(),
            })
            .collect(),
        questions: Vec::new(),
        translations: Text::default(),
    }
}

pub fn session(responses: usize) -> Session {
    let mut s = Session::new("bench", "Benchmark", "2026-11-24", instrument());
    let mut all = Vec::with_capacity(responses);
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..responses {
        let id = uuid::Builder::from_random_bytes(
            ((next() as u128) << 64 | next() as u128).to_le_bytes(),
        )
        .into_uuid();
        let answers = s
            .instrument
            .dimensions
            .iter()
            .flat_map(|d| d.items.iter())
            .map(|i| (i.id.clone(), Answer::Number(1 + (next() % 5) as i64)))
            .collect();
        all.push(Response {
            id,
            instrument: "bench".into(),
            instrument_version: 1,
            session: "bench".into(),
            date: "2026-11-24".into(),
            language: None,
            answers,
        });
    }
    s.insert(&all).expect("the fixture's responses hold");
    s
}
