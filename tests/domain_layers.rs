//! The layers of `src/domain/`, checked by reading its source:
//!
//! - the modules of the domain import one another without a circle, so that the core types
//!   (`SchoolData` and what it is made of) sit at the bottom and each feature builds on them;
//! - the domain never names the browser or the other layers (`leptos`, `web_sys`, `js_sys`,
//!   `gloo_storage`, `wasm_bindgen`, `crate::ui`, `crate::storage`).
//!
//! How the graph is built:
//! - a node is one module, that is one file (`a/b.rs` is `a::b`, `a/mod.rs` is `a`);
//! - an edge `a → b` is any path of `a`'s code that names `b`: `use` trees and paths in
//!   expressions and types that start with `crate::domain::`, `super::` or `self::`, each
//!   resolved to the longest known module prefix;
//! - a module's edges to its own submodules are left out: a parent holds its children (it
//!   declares them, re-exports them, delegates to them), the way a folder holds its files. Edges
//!   from a child up to its parent, between siblings and across folders all count;
//! - code under `#[cfg(test)]` is left out of the graph (a test may set up any data it needs),
//!   but not out of the check of the forbidden names.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Tokens of Rust source, enough to follow paths: identifiers and the punctuation that
/// builds paths and blocks. Comments and literals are dropped.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    /// `::`
    Sep,
    Punct(char),
}

fn lex(src: &str) -> Vec<Tok> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch == '/' && c.get(i + 1) == Some(&'/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && c.get(i + 1) == Some(&'*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if (ch == 'r' || ch == 'b')
            && raw_string_start(&c, i).is_some()
            && (i == 0 || !is_ident_char(c[i - 1]))
        {
            let (hashes, body) = raw_string_start(&c, i).unwrap();
            i = body;
            loop {
                if i >= c.len() {
                    break;
                }
                if c[i] == '"' && (0..hashes).all(|h| c.get(i + 1 + h) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
        } else if ch == '"' {
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
        } else if ch == '\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a).
            if c.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if c.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
                while i < c.len() && is_ident_char(c[i]) {
                    i += 1;
                }
            }
        } else if ch == ':' && c.get(i + 1) == Some(&':') {
            out.push(Tok::Sep);
            i += 2;
        } else if is_ident_char(ch) {
            let start = i;
            while i < c.len() && is_ident_char(c[i]) {
                i += 1;
            }
            let word: String = c[start..i].iter().collect();
            if !word.starts_with(|d: char| d.is_ascii_digit()) {
                out.push(Tok::Ident(word.trim_start_matches("r#").to_string()));
            }
        } else {
            if !ch.is_whitespace() {
                out.push(Tok::Punct(ch));
            }
            i += 1;
        }
    }
    out
}

fn is_ident_char(ch: char) -> bool {
    ch == '_' || ch.is_alphanumeric()
}

/// `r"`, `r#"`, `br"`… at `i`: the number of `#` and where the body starts.
fn raw_string_start(c: &[char], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    if c[j] == 'b' {
        j += 1;
    }
    if c.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let mut hashes = 0;
    while c.get(j) == Some(&'#') {
        hashes += 1;
        j += 1;
    }
    (c.get(j) == Some(&'"')).then_some((hashes, j + 1))
}

fn ident(t: Option<&Tok>) -> Option<&str> {
    match t {
        Some(Tok::Ident(s)) => Some(s),
        _ => None,
    }
}

/// The tokens without the items under `#[cfg(test)]`.
fn without_tests(toks: &[Tok]) -> Vec<Tok> {
    let pattern = [
        Tok::Punct('#'),
        Tok::Punct('['),
        Tok::Ident("cfg".into()),
        Tok::Punct('('),
        Tok::Ident("test".into()),
        Tok::Punct(')'),
        Tok::Punct(']'),
    ];
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if toks[i..].starts_with(&pattern) {
            // Skip the item: up to a `;` outside brackets, or to the end of its first block.
            i += pattern.len();
            let mut depth = 0i32;
            while i < toks.len() {
                match toks[i] {
                    Tok::Punct('(') | Tok::Punct('[') => depth += 1,
                    Tok::Punct(')') | Tok::Punct(']') => depth -= 1,
                    Tok::Punct(';') if depth == 0 => break,
                    Tok::Punct('{') if depth == 0 => {
                        let mut braces = 0;
                        while i < toks.len() {
                            match toks[i] {
                                Tok::Punct('{') => braces += 1,
                                Tok::Punct('}') => {
                                    braces -= 1;
                                    if braces == 0 {
                                        break;
                                    }
                                }
                                _ => {}
                            }
                            i += 1;
                        }
                        break;
                    }
                    _ => {}
                }
                i += 1;
            }
            i += 1;
        } else {
            out.push(toks[i].clone());
            i += 1;
        }
    }
    out
}

/// Every path named by the tokens: the leaves of `use` trees, and the paths that start
/// with `crate`, `super` or `self` elsewhere.
fn paths(toks: &[Tok]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let after_sep = i > 0 && toks[i - 1] == Tok::Sep;
        match ident(toks.get(i)) {
            Some("use") if !after_sep => {
                let mut j = i + 1;
                if toks.get(j) == Some(&Tok::Sep) {
                    j += 1;
                }
                j = use_tree(toks, j, Vec::new(), &mut out);
                i = j;
            }
            Some(first @ ("crate" | "super" | "self")) if !after_sep => {
                let mut path = vec![first.to_string()];
                let mut j = i + 1;
                while toks.get(j) == Some(&Tok::Sep) {
                    match ident(toks.get(j + 1)) {
                        Some(s) => path.push(s.to_string()),
                        None => break,
                    }
                    j += 2;
                }
                if path.len() > 1 {
                    out.push(path);
                }
                i = j;
            }
            _ => i += 1,
        }
    }
    out
}

/// Reads one use tree from `i` with `prefix`, pushes its leaves, returns where it ended.
fn use_tree(
    toks: &[Tok],
    mut i: usize,
    mut prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
) -> usize {
    loop {
        match toks.get(i) {
            Some(Tok::Ident(s)) if s == "as" => {
                // `x as y`: the alias names nothing new.
                i += 2;
                out.push(prefix);
                return i;
            }
            Some(Tok::Ident(s)) => {
                prefix.push(s.clone());
                i += 1;
                if toks.get(i) == Some(&Tok::Sep) {
                    i += 1;
                } else if ident(toks.get(i)) == Some("as") {
                    continue;
                } else {
                    out.push(prefix);
                    return i;
                }
            }
            Some(Tok::Punct('*')) => {
                out.push(prefix);
                return i + 1;
            }
            Some(Tok::Punct('{')) => {
                i += 1;
                loop {
                    match toks.get(i) {
                        Some(Tok::Punct('}')) => return i + 1,
                        Some(Tok::Punct(',')) => i += 1,
                        None => return i,
                        _ => i = use_tree(toks, i, prefix.clone(), out),
                    }
                }
            }
            _ => {
                if !prefix.is_empty() {
                    out.push(prefix);
                }
                return i;
            }
        }
    }
}

/// The module path of a file under `src/domain/`: `a/b.rs` → `["a", "b"]`, `a/mod.rs` → `["a"]`.
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().expect("a file name");
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" {
        parts.push(stem.to_string());
    }
    parts
}

/// The module a path names: the longest known module that prefixes it.
fn resolve(from: &[String], path: &[String], known: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let mut base: Vec<String>;
    let mut rest = path;
    match path.first().map(String::as_str) {
        Some("crate") => {
            if path.get(1).map(String::as_str) != Some("domain") {
                return None;
            }
            base = Vec::new();
            rest = &path[2..];
        }
        Some("super") | Some("self") => {
            base = from.to_vec();
            while let Some(first) = rest.first() {
                match first.as_str() {
                    "super" => {
                        base.pop();
                    }
                    "self" => {}
                    _ => break,
                }
                rest = &rest[1..];
            }
        }
        Some(_) => {
            // A path relative to this module: only its own submodules are modules of ours.
            base = from.to_vec();
            let mut child = base.clone();
            child.push(path[0].clone());
            if !known.contains(&child) {
                return None;
            }
        }
        None => return None,
    }
    let mut best = known.contains(&base).then(|| base.clone());
    for seg in rest {
        base.push(seg.clone());
        if known.contains(&base) {
            best = Some(base.clone());
        } else {
            break;
        }
    }
    best
}

type Graph = BTreeMap<String, BTreeSet<String>>;

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "domain".into()
    } else {
        module.join("::")
    }
}

/// The module graph of the given files (paths relative to `src/domain/`, and their sources).
fn graph(files: &[(std::path::PathBuf, String)]) -> Graph {
    let known: BTreeSet<Vec<String>> = files.iter().map(|(p, _)| module_of(p)).collect();
    let mut g = Graph::new();
    for (path, src) in files {
        let from = module_of(path);
        let edges = g.entry(name(&from)).or_default();
        for p in paths(&without_tests(&lex(src))) {
            let Some(to) = resolve(&from, &p, &known) else {
                continue;
            };
            // The module itself, or one of its own submodules: not a dependency.
            if to.starts_with(&from) {
                continue;
            }
            edges.insert(name(&to));
        }
    }
    g
}

/// The circles of the graph: each strongly connected component of more than one module,
/// shown as one cycle through it (`a → b → c → a`) and the list of its members.
fn cycles(g: &Graph) -> Vec<String> {
    // Tarjan's algorithm.
    struct State<'a> {
        g: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        components: Vec<Vec<&'a str>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.g.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w);
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.components.push(component);
            }
        }
    }
    let mut s = State {
        g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        components: Vec::new(),
    };
    for v in g.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.components
        .iter()
        .map(|component| {
            let members: BTreeSet<&str> = component.iter().copied().collect();
            let inside: Vec<String> = component
                .iter()
                .map(|v| {
                    let to: Vec<&str> = g[*v]
                        .iter()
                        .map(String::as_str)
                        .filter(|w| members.contains(w))
                        .collect();
                    format!("  {v} → {}", to.join(", "))
                })
                .collect();
            format!(
                "{} (all of: {})\n{}",
                one_cycle(g, component[0], &members).join(" → "),
                component.join(", "),
                inside.join("\n")
            )
        })
        .collect()
}

/// The shortest cycle from `start` back to it inside `members` (breadth first).
fn one_cycle<'a>(g: &'a Graph, start: &'a str, members: &BTreeSet<&str>) -> Vec<&'a str> {
    let mut previous: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        for w in g.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !members.contains(w) {
                continue;
            }
            if w == start {
                let mut path = vec![v];
                let mut at = v;
                while at != start {
                    at = previous[at];
                    path.push(at);
                }
                path.reverse();
                path.push(start);
                return path;
            }
            if !previous.contains_key(w) && w != start {
                previous.insert(w, v);
                queue.push_back(w);
            }
        }
    }
    vec![start]
}

fn domain_files() -> Vec<(std::path::PathBuf, String)> {
    common::sources("domain")
}

#[test]
fn the_domain_has_no_import_circle() {
    let files = domain_files();
    assert!(files.len() > 20, "the domain's files are found");
    let g = graph(&files);
    // The graph is really read: the core depends on its parts, features on the core.
    assert!(g["archive"].contains("data"), "{:?}", g["archive"]);
    assert!(g["data"].contains("people"), "{:?}", g["data"]);
    let found = cycles(&g);
    assert!(
        found.is_empty(),
        "import circles in src/domain:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_domain_names_no_browser_and_no_other_layer() {
    let forbidden_crates = [
        "leptos",
        "leptos_router",
        "web_sys",
        "js_sys",
        "gloo_storage",
        "wasm_bindgen",
    ];
    let mut found = Vec::new();
    for (path, src) in domain_files() {
        let toks = lex(&src);
        for (i, t) in toks.iter().enumerate() {
            let Tok::Ident(word) = t else { continue };
            let after_sep = i > 0 && toks[i - 1] == Tok::Sep;
            if forbidden_crates.contains(&word.as_str()) && !after_sep {
                found.push(format!("{}: {word}", path.display()));
            }
            if word == "crate"
                && toks.get(i + 1) == Some(&Tok::Sep)
                && matches!(ident(toks.get(i + 2)), Some("ui" | "storage"))
            {
                found.push(format!(
                    "{}: crate::{}",
                    path.display(),
                    ident(toks.get(i + 2)).unwrap()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "src/domain names another layer:\n{}",
        found.join("\n")
    );
}

// The checker itself, on small made-up sources: it must see what it is meant to see.

fn files(list: &[(&str, &str)]) -> Vec<(std::path::PathBuf, String)> {
    list.iter()
        .map(|(p, s)| (p.into(), s.to_string()))
        .collect()
}

#[test]
fn a_circle_through_use_trees_and_paths_is_named() {
    let g = graph(&files(&[
        (
            "data.rs",
            "use super::{people::Person, documents::templates::{self, x}};",
        ),
        ("people.rs", "pub struct Person;"),
        ("documents/mod.rs", "pub mod templates;"),
        (
            "documents/templates.rs",
            "fn f() { let _ = crate::domain::report::g(); }",
        ),
        ("report.rs", "fn g() -> super::data::SchoolData { todo!() }"),
    ]));
    assert_eq!(
        cycles(&g),
        vec!["data → documents::templates → report → data (all of: data, documents::templates, report)\n  \
         data → documents::templates\n  documents::templates → report\n  report → data"]
    );
}

#[test]
fn test_code_comments_strings_and_submodules_make_no_edge() {
    let g = graph(&files(&[
        (
            "data.rs",
            "// use super::example;\n\
             const S: &str = \"super::example::x\";\n\
             const R: &str = r#\"crate::domain::example\"#;\n\
             const C: char = '{';\n\
             #[cfg(test)]\nmod tests { use crate::domain::example::school; fn f() { let _ = '}'; } }\n\
             #[cfg(test)]\nmod more;",
        ),
        ("example.rs", "use super::data::SchoolData;"),
        ("archive/mod.rs", "mod migrate; pub use migrate::step; fn f() { self::migrate::g() }"),
        ("archive/migrate.rs", "use super::Envelope; use crate::domain::data::SchoolData;"),
    ]));
    assert!(cycles(&g).is_empty(), "{g:?}");
    assert!(g["data"].is_empty(), "{g:?}");
    assert_eq!(
        g["archive::migrate"],
        BTreeSet::from(["archive".into(), "data".into()])
    );
    assert!(g["archive"].is_empty(), "{g:?}");
}

#[test]
fn siblings_in_a_folder_can_form_a_circle() {
    let g = graph(&files(&[
        ("charts.rs", "use super::documents::html::escape;"),
        ("documents/mod.rs", "pub mod html; pub mod model;"),
        ("documents/html.rs", "use super::model::Document;"),
        ("documents/model.rs", "use crate::domain::charts::Chart;"),
    ]));
    assert_eq!(cycles(&g).len(), 1, "{g:?}");
    assert!(cycles(&g)[0].contains("charts → documents::html → documents::model → charts"));
}
