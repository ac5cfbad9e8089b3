//! The words of the languages served beside the bundles rather than
//! compiled in ([`crate::words::SERVED`]): each bundle names the sections
//! it shows ([`use_sections`]); a widget drawn in such a language, or
//! switched to one, waits for them, loaded once a page from
//! `locales/<tag>/<section>.json` (the same files the build checks); a
//! survey's the entry fetches early, alongside the wasm.

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::ui::page;

/// Keeps a served section's texts as its language's words (the
/// `install_<section>` functions `build.rs` writes).
pub type Install = fn(&'static str, BTreeMap<String, String>) -> Result<(), String>;

/// A section of the locale files, by name, and how it is kept.
pub type Section = (&'static str, Install);

thread_local! {
    /// The sections this bundle shows.
    static SECTIONS: RefCell<&'static [Section]> = const { RefCell::new(&[]) };
    /// The served languages whose sections are loaded.
    static LOADED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// The sections this bundle shows, loaded for a served language.
pub fn use_sections(sections: &'static [Section]) {
    SECTIONS.with(|s| *s.borrow_mut() = sections);
}

/// Whether `lang`'s words are here: compiled in, or served and loaded.
pub fn ready(lang: &str) -> bool {
    crate::words::TAGS.contains(&lang) || LOADED.with(|l| l.borrow().contains(&lang))
}

/// Loads this bundle's sections of `lang` (at once when they are here),
/// or says which file could not be had, or what it lacks. The language
/// counts as here only when every section has loaded: a widget is never
/// drawn in a language half shown.
pub async fn load(lang: &'static str) -> Result<(), String> {
    if ready(lang) {
        return Ok(());
    }
    let sections = SECTIONS.with(|s| *s.borrow());
    for (name, install) in sections {
        let url = format!("{}locales/{lang}/{name}.json", page::base());
        let texts = page::text(&url)
            .await
            .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()));
        // A section is kept whole or not at all (`from_texts` checks every
        // key first); the language is here once every one is kept.
        texts
            .and_then(|texts| install(lang, texts))
            .map_err(|why| format!("{url}: {why}"))?;
    }
    LOADED.with(|l| l.borrow_mut().push(lang));
    Ok(())
}
