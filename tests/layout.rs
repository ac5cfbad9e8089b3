//! The tree shows the design, and stays so: no module of the crate uses
//! another in a circle, and ARCHITECTURE.md's code map names every file
//! under `src/` and no other.
//!
//! A module here is a file. A file depends on another when its code (not
//! its comments) names a path into it: `use crate::a::b::{c, d}` or
//! `crate::a::b::f(…)` inline, `super::…` likewise. A parent that only
//! declares its children (`pub mod c;`) does not depend on them.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, relative to the crate's root.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.strip_prefix(root()).unwrap().to_path_buf());
        }
    }
}

/// The module path of a library file: `src/a/b.rs` and `src/a/b/mod.rs`
/// are `a::b`; `src/lib.rs` is the crate. The bundles' and the CLI's
/// entries (`src/main.rs`, `src/bin/`) are crates of their own.
fn module_of(file: &Path) -> Option<Vec<String>> {
    let rel = file.strip_prefix("src").ok()?;
    if rel == Path::new("main.rs") || rel.starts_with("bin") {
        return None;
    }
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop()?;
    match last.as_str() {
        "lib.rs" | "mod.rs" => {}
        name => parts.push(name.trim_end_matches(".rs").to_owned()),
    }
    Some(parts)
}

/// The code of a file without its comments and string literals.
fn code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"//") {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
        } else if bytes[i..].starts_with(b"/*") {
            let mut depth = 0;
            while i < bytes.len() {
                if bytes[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if bytes[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if bytes[i] == b'"' && (i == 0 || bytes[i - 1] != b'\'') {
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else {
            out.push(bytes[i] as char);
            i += 1;
        }
    }
    out
}

/// The paths a file's code names into the crate, each as its segments
/// from the crate's root (`super::` resolved against `module`); braces
/// expanded one level (`crate::a::{b, c::d}` is `a::b` and `a::c::d`).
fn paths(code: &str, module: &[String]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    // The children this file declares (`mod c;`), which its code may name
    // without a prefix (`c::f()`, `use c::g;`).
    let children: Vec<String> = code
        .split(';')
        .filter_map(|statement| {
            let words: Vec<&str> = statement.split_whitespace().collect();
            match words.as_slice() {
                [.., "mod", name] => Some((*name).to_owned()),
                _ => None,
            }
        })
        .collect();
    let starts = [
        "crate::".to_owned(),
        "super::".to_owned(),
        "self::".to_owned(),
    ]
    .into_iter()
    .chain(children.iter().map(|c| format!("{c}::")));
    let mut at: Vec<(usize, String)> = starts
        .flat_map(|s| {
            code.match_indices(&s)
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
                .into_iter()
                .map(move |i| (i, s.clone()))
        })
        .collect();
    at.sort();
    for (start, prefix) in at {
        if start > 0 && code[..start].ends_with(|c: char| ident(c) || c == ':') {
            continue;
        }
        let rest = &code[start..];
        let mut segments: Vec<String> = match prefix.as_str() {
            "crate::" => Vec::new(),
            "super::" => module[..module.len().saturating_sub(1)].to_vec(),
            // `self::` and a child's name: from this module.
            _ => module.to_vec(),
        };
        let mut rest = if prefix == "crate::" || prefix == "super::" || prefix == "self::" {
            rest.split_once("::").map(|x| x.1).unwrap_or("")
        } else {
            rest
        };
        loop {
            while rest.starts_with("super::") {
                segments.pop();
                rest = &rest["super::".len()..];
            }
            let name: String = rest.chars().take_while(|&c| ident(c)).collect();
            if name.is_empty() {
                if let Some(inner) = rest.strip_prefix('{') {
                    let inner = &inner[..inner.find('}').unwrap_or(inner.len())];
                    for item in inner.split(',') {
                        let item: Vec<String> = item
                            .trim()
                            .split("::")
                            .map(|s| s.chars().take_while(|&c| ident(c)).collect())
                            .filter(|s: &String| !s.is_empty())
                            .collect();
                        let mut path = segments.clone();
                        path.extend(item);
                        found.push(path);
                    }
                }
                break;
            }
            rest = &rest[name.len()..];
            segments.push(name);
            match rest.strip_prefix("::") {
                Some(after) => rest = after,
                None => {
                    found.push(segments.clone());
                    break;
                }
            }
        }
    }
    found
}

/// Each library file's module path, and the files it depends on.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut all = Vec::new();
    files(&root().join("src"), &mut all);
    let modules: BTreeMap<Vec<String>, String> = all
        .iter()
        .filter_map(|f| Some((module_of(f)?, f.to_string_lossy().into_owned())))
        .collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, file) in &modules {
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        let used = edges.entry(file.clone()).or_default();
        for path in paths(&code(&text), module) {
            // The deepest module the path names.
            let target = (1..=path.len())
                .rev()
                .find_map(|n| modules.get(&path[..n]))
                .filter(|target| *target != file);
            if let Some(target) = target {
                used.insert(target.clone());
            }
        }
    }
    edges
}

/// The circles among the files (strongly connected components of more
/// than one file), by Tarjan's algorithm.
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(w: &mut Walk<'a>, v: &'a str) {
        let n = w.index.len();
        w.index.insert(v, n);
        w.low.insert(v, n);
        w.stack.push(v);
        w.on_stack.insert(v);
        for u in w.edges.get(v).into_iter().flatten() {
            let u = u.as_str();
            if !w.index.contains_key(u) {
                visit(w, u);
                let low = w.low[v].min(w.low[u]);
                w.low.insert(v, low);
            } else if w.on_stack.contains(u) {
                let low = w.low[v].min(w.index[u]);
                w.low.insert(v, low);
            }
        }
        if w.low[v] == w.index[v] {
            let mut component = Vec::new();
            while let Some(u) = w.stack.pop() {
                w.on_stack.remove(u);
                component.push(u.to_owned());
                if u == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                w.found.push(component);
            }
        }
    }
    let mut w = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !w.index.contains_key(v.as_str()) {
            visit(&mut w, v);
        }
    }
    w.found
}

#[test]
fn no_module_uses_another_in_a_circle() {
    let edges = graph();
    assert!(
        edges.len() > 40,
        "the crate's files were found: {}",
        edges.len()
    );
    let found = circles(&edges);
    let said: Vec<String> = found
        .iter()
        .map(|c| {
            let uses: Vec<String> = c
                .iter()
                .flat_map(|a| {
                    edges[a]
                        .iter()
                        .filter(|b| c.contains(b))
                        .map(move |b| format!("{a} → {b}"))
                })
                .collect();
            uses.join("; ")
        })
        .collect();
    assert!(found.is_empty(), "circles:\n{}", said.join("\n"));
}

#[test]
fn the_checker_finds_a_circle_and_reads_braces_and_super() {
    let module = |s: &str| s.split("::").map(str::to_owned).collect::<Vec<_>>();
    let code = code("mod r;\nuse crate::a::{b, c::d}; // crate::x::y\nfn f() { super::e::g(); \"crate::z\"; r::h(); }");
    let found = paths(&code, &module("p::q"));
    assert_eq!(
        found,
        [
            module("a::b"),
            module("a::c::d"),
            module("p::e::g"),
            module("p::q::r::h")
        ]
    );
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges.entry("a".into()).or_default().insert("b".into());
    edges.entry("b".into()).or_default().insert("c".into());
    edges.entry("c".into()).or_default().insert("a".into());
    edges.entry("d".into()).or_default().insert("a".into());
    assert_eq!(
        circles(&edges),
        [vec!["a".to_owned(), "b".into(), "c".into()]]
    );
}

#[test]
fn the_code_map_names_every_file_under_src_and_no_other() {
    let mut all = Vec::new();
    files(&root().join("src"), &mut all);
    let all: BTreeSet<String> = all
        .iter()
        .map(|f| f.to_string_lossy().into_owned())
        .collect();
    let architecture = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let map = &architecture[architecture.find("## Code map").expect("a code map")..];
    let map = &map[..map[3..].find("\n## ").map_or(map.len(), |at| at + 3)];
    // Every backticked `src/….rs` in the code map.
    let named: BTreeSet<String> = map
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| s.starts_with("src/") && s.ends_with(".rs"))
        .map(str::to_owned)
        .collect();
    let missing: Vec<&String> = all.difference(&named).collect();
    let stray: Vec<&String> = named.difference(&all).collect();
    assert!(
        missing.is_empty(),
        "files the code map does not name: {missing:?}"
    );
    assert!(
        stray.is_empty(),
        "the code map names files that are not there: {stray:?}"
    );
}
