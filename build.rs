//! Compiles the locale files (`locales/<tag>/<section>.json`) into the
//! words' catalogs: each section of a language becomes a `static` of its
//! catalog type (`frame` a `FrameCatalog`, `respond` a `Catalog`,
//! `workspace`, `results`, `kiosk`, `tools`), English first and the others in the
//! order of [`COMPILED`]. Every language's files are checked, compiled in or
//! not: a file that lacks a key English has, has one English lacks, changes
//! a text's placeholders or a plural message's forms fails the build with
//! each problem and where (`src/words/locale_file.rs`).

// The size rule "ok().expect" is the wasm's; this runs on the build machine.
#![allow(clippy::disallowed_methods)]

use serde_json::{Map, Value};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

#[path = "src/words/locale_file.rs"]
mod locale_file;
#[path = "src/words/plural.rs"]
#[allow(dead_code)]
mod plural;

/// Each section of a locale file: its catalog type, the prefix of its
/// statics' names (`WS_` makes `WS_EN`, `WS_DE`, …) and its table of
/// languages.
const SECTIONS: [(&str, &str, &str, &str); 6] = [
    ("frame", "FrameCatalog", "FRAME_", "FRAME_LANGUAGES"),
    ("respond", "Catalog", "", "LANGUAGES"),
    (
        "workspace",
        "WorkspaceCatalog",
        "WS_",
        "WORKSPACE_LANGUAGES",
    ),
    ("results", "ResultsCatalog", "RS_", "RESULTS_LANGUAGES"),
    ("kiosk", "KioskCatalog", "KS_", "KIOSK_LANGUAGES"),
    ("tools", "ToolsCatalog", "TL_", "TOOLS_LANGUAGES"),
];

/// The languages compiled into the bundles, English first. The others
/// (`es`, `fr`) are checked here too, and served beside the bundles
/// (`locales/` is copied into `dist/`), loaded when a widget speaks them
/// (`ui::locales`): compiled in, each would cost the respondent's page
/// 1.85 KB and the workspace 8 KB (README, "Languages").
const COMPILED: [&str; 2] = ["en", "de"];

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/words/locale_file.rs");
    println!("cargo:rerun-if-changed=src/words/plural.rs");
    let mut tags: Vec<String> = fs::read_dir("locales")
        .expect("the folder locales/")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    tags.sort();
    let languages: Vec<(String, Map<String, Value>)> = tags
        .into_iter()
        .map(|tag| {
            let sections = read_language(&tag);
            (tag, sections)
        })
        .collect();
    let english = &languages
        .iter()
        .find(|(tag, _)| tag == "en")
        .expect("locales/en/ holds English")
        .1;
    let mut failures = String::new();
    for (tag, sections) in &languages {
        println!("cargo:rerun-if-changed=locales/{tag}");
        for problem in locale_file::check(english, tag, sections) {
            let _ = writeln!(failures, "  locales/{tag}/: {problem}");
        }
    }
    if !failures.is_empty() {
        panic!("the locale files do not match locales/en/:\n{failures}");
    }

    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (section, catalog, prefix, table) in SECTIONS {
        let english_section = english[section].as_object().expect("checked");
        let mut code = String::new();
        for tag in COMPILED {
            let (_, sections) = languages
                .iter()
                .find(|(t, _)| t == tag)
                .expect("a compiled language has its folder");
            let texts = sections[section].as_object().expect("checked");
            let _ = writeln!(
                code,
                "pub static {prefix}{}: {catalog} = {catalog} {{",
                tag.to_uppercase()
            );
            for key in locale_file::keys(english_section) {
                let _ = match key {
                    locale_file::Key::Text(key) => writeln!(
                        code,
                        "    {key}: {:?},",
                        texts[key].as_str().expect("checked")
                    ),
                    locale_file::Key::Plural(base) => {
                        let form = |name: &str| {
                            texts
                                .get(&format!("{base}_{name}"))
                                .or_else(|| texts.get(&format!("{base}_other")))
                                .and_then(Value::as_str)
                                .expect("checked")
                        };
                        writeln!(
                            code,
                            "    {base}: crate::words::plural::Plural {{ one: {:?}, many: {:?}, other: {:?}, tag: {tag:?} }},",
                            form("one"), form("many"), form("other")
                        )
                    }
                };
            }
            code.push_str("};\n");
        }
        // A served language's words: read by the catalog's `from_texts`.
        let served_name = format!("SERVED_{}", section.to_uppercase());
        let _ = writeln!(
            code,
            "/// The served languages' `{catalog}`s, once loaded.\n\
             pub static {served_name}: crate::words::Served<{catalog}> = crate::words::Served::new();\n\
             /// Keeps a served `{section}.json` of `tag` as that language's `{catalog}`, or says what it lacks.\n\
             pub fn install_{section}(tag: &'static str, texts: std::collections::BTreeMap<String, String>) -> Result<(), String> {{\n\
             {served_name}.add(tag, {catalog}::from_texts(&texts, tag)?);\n\
             Ok(())\n}}"
        );
        let _ = writeln!(
            code,
            "/// Each language's `{catalog}`, in the order of [`crate::words::TAGS`].\n\
             pub static {table}: [(&str, &{catalog}); {}] = [{}];",
            COMPILED.len(),
            COMPILED
                .iter()
                .map(|tag| format!("({tag:?}, &{prefix}{})", tag.to_uppercase()))
                .collect::<Vec<_>>()
                .join(", ")
        );
        fs::write(Path::new(&out).join(format!("words_{section}.rs")), code)
            .expect("OUT_DIR is writable");
    }
    let served: Vec<&str> = languages
        .iter()
        .map(|(tag, _)| tag.as_str())
        .filter(|tag| !COMPILED.contains(tag))
        .collect();
    let names: Vec<(&str, &str)> = COMPILED
        .iter()
        .copied()
        .chain(served.iter().copied())
        .map(|tag| {
            let (_, sections) = languages.iter().find(|(t, _)| t == tag).expect("listed");
            (
                tag,
                sections["frame"]["language_name"]
                    .as_str()
                    .expect("checked"),
            )
        })
        .collect();
    let tags_code = format!(
        "/// Every language compiled in, English first.\n\
         pub const TAGS: [&str; {}] = {COMPILED:?};\n\
         /// Every language served beside the bundles, `locales/<tag>/`, loaded when chosen.\n\
         pub const SERVED: [&str; {}] = {served:?};\n\
         /// Every language the app speaks, compiled in or served, each with its own name\n\
         /// (for the language menu), English first.\n\
         pub const LANGUAGE_NAMES: [(&str, &str); {}] = {names:?};\n",
        COMPILED.len(),
        served.len(),
        names.len()
    );
    fs::write(Path::new(&out).join("words_tags.rs"), tags_code).expect("OUT_DIR is writable");
}

/// A language's sections, each from its file `locales/<tag>/<section>.json`.
fn read_language(tag: &str) -> Map<String, Value> {
    let mut sections = Map::new();
    let folder = Path::new("locales").join(tag);
    let mut names: Vec<String> = fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: cannot be read: {e}", folder.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    for name in names {
        let path = folder.join(&name);
        let Some(section) = name.strip_suffix(".json") else {
            panic!(
                "{}: a locale folder holds only its sections' .json files",
                path.display()
            );
        };
        let text = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: cannot be read: {e}", path.display()));
        let value: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: is not JSON: {e}", path.display()));
        sections.insert(section.to_owned(), value);
    }
    sections
}
