//! The program sorts through `domain::sorting` only: each direct call of a slice's `sort*`
//! builds another copy of the standard library's sort into the wasm (about 4 KB each; the
//! 17 copies were 20 KB of the gzip). Reads the sources as text, leaving out test
//! code (files named `*tests.rs` and the items under `#[cfg(test)]`).
//!
//! A `collect` into a `BTreeMap` or `BTreeSet` sorts too. Written `collect::<BTree…>` or
//! `BTree…::from([…])` the check finds it; with the type inferred (`let s: BTreeSet<_> =
//! ….collect()`) it cannot be told from the text, so the README asks for
//! `sorting::set_of` / `map_of` instead.

#![cfg(not(target_arch = "wasm32"))]

mod common;

/// The sorts of a slice, called as a method (`.name(`, `.name::<`) or by a path
/// (`<[_]>::name(`, `slice::name(`) — except `sorting::name`, the allowed route.
const SORTS: [&str; 10] = [
    "sort",
    "sort_by",
    "sort_by_key",
    "sort_by_cached_key",
    "sort_unstable",
    "sort_unstable_by",
    "sort_unstable_by_key",
    "select_nth_unstable",
    "select_nth_unstable_by",
    "select_nth_unstable_by_key",
];

/// Building a tree from a list: these sort the list first.
const TREE_BUILDS: [&str; 4] = [
    "BTreeSet::from(",
    "BTreeMap::from(",
    "collect::<BTree",
    "collect::<std::collections::BTree",
];

/// The line without a trailing `//` comment (a `//` inside a string is rare enough here).
fn code_of(line: &str) -> &str {
    line.split("//").next().unwrap_or("")
}

/// Whether `code` calls a sort of the standard library.
fn sorts(code: &str) -> bool {
    if TREE_BUILDS.iter().any(|t| code.contains(t)) {
        return true;
    }
    let word = |c: char| c.is_alphanumeric() || c == '_';
    code.match_indices(['.', ':']).any(|(at, _)| {
        let rest = &code[at + 1..];
        let name = &rest[..rest.find(|c: char| !word(c)).unwrap_or(rest.len())];
        let after = rest[name.len()..].trim_start();
        let called = after.starts_with('(') || after.starts_with("::<");
        let before = &code[..at + 1];
        let method = before.ends_with('.');
        let path = before.ends_with("::") && !before.ends_with("sorting::");
        SORTS.contains(&name) && called && (method || path)
    })
}

/// `file:line: text` of each sort of the standard library in `text`, leaving out test code:
/// an item under `#[cfg(test)]` (a `mod x;` line, or a block up to its closing brace).
fn direct_sorts(name: &str, text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim() == "#[cfg(test)]" {
            // Skip the item: one line ending in `;`, or up to the brace closing it.
            let indent = line.len() - line.trim_start().len();
            let close = format!("{}}}", " ".repeat(indent));
            let item = lines.get(i + 1).copied().unwrap_or("");
            i += if code_of(item).trim_end().ends_with(';') {
                2
            } else {
                (i + 1..lines.len())
                    .find(|&j| lines[j].trim_end() == close)
                    .map_or(lines.len(), |j| j + 1)
                    - i
            };
            continue;
        }
        if sorts(code_of(line)) {
            out.push(format!("{name}:{}: {}", i + 1, line.trim()));
        }
        i += 1;
    }
    out
}

#[test]
fn the_check_finds_a_direct_sort_and_skips_tests_and_comments() {
    let text = "\
fn a(v: &mut Vec<u8>) {
    v.sort_unstable();
    v.sort_unstable_by_key(|x| *x);
}
// v.sort();
#[cfg(test)]
mod slot_tests;
fn b(v: &mut Vec<u8>) {
    v.sort_by_key::<u8, _>(|x| *x); // after a test module declared on one line
    <[u8]>::sort(v);
    crate::domain::sorting::sort_by_key(v, |x| *x);
    let s: BTreeSet<u8> = BTreeSet::from([1, 2]);
    let t = v.iter().collect::<BTreeSet<_>>();
    let sorted = resort(v); // sort(), not a call of a sort
}
#[cfg(test)]
mod tests {
    fn c(v: &mut Vec<u8>) {
        v.sort();
    }
}
fn d(v: &mut Vec<u8>) {
    v
        .sort_by(|a, b| a.cmp(b));
}
";
    assert_eq!(
        direct_sorts("x.rs", text),
        [
            "x.rs:2: v.sort_unstable();",
            "x.rs:3: v.sort_unstable_by_key(|x| *x);",
            "x.rs:9: v.sort_by_key::<u8, _>(|x| *x); // after a test module declared on one line",
            "x.rs:10: <[u8]>::sort(v);",
            "x.rs:12: let s: BTreeSet<u8> = BTreeSet::from([1, 2]);",
            "x.rs:13: let t = v.iter().collect::<BTreeSet<_>>();",
            "x.rs:24: .sort_by(|a, b| a.cmp(b));",
        ]
    );
}

#[test]
fn nothing_sorts_but_domain_sorting() {
    let files = common::sources("");
    assert!(files.len() > 50, "the sources were not found");
    let found: Vec<String> = files
        .iter()
        .filter(|(path, _)| {
            let file = path.file_name().unwrap().to_string_lossy();
            !file.ends_with("tests.rs") && !path.ends_with("domain/sorting.rs")
        })
        .flat_map(|(path, text)| direct_sorts(&path.display().to_string(), text))
        .collect();
    assert!(
        found.is_empty(),
        "sort through crate::domain::sorting instead:\n{}",
        found.join("\n")
    );
}
