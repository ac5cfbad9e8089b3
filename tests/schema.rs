//! The committed JSON Schemas under public/schema/ are the ones the types
//! generate. After changing a wire type, regenerate them with
//! `cargo run --no-default-features --features cli --bin pulse -- schema public/schema`.
#![cfg(feature = "schema")]

use alignment_pulse::files;
use std::path::Path;

#[test]
fn committed_schemas_match_the_types() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/schema");
    for (name, generated) in files::schemas() {
        let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(
            committed == generated,
            "public/schema/{name} differs from the types; regenerate it with `pulse schema public/schema`"
        );
    }
}

#[test]
fn the_schemas_describe_the_envelopes() {
    for (name, generated) in files::schemas() {
        let schema: serde_json::Value = serde_json::from_str(&generated).unwrap();
        let required: Vec<&str> = schema["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert!(
            required.contains(&"format") && required.contains(&"version"),
            "{name}: {required:?}"
        );
    }
}
