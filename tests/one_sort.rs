//! The program sorts through `domain::sorting` only: each direct call of a slice's `sort*`
//! builds another copy of the standard library's sort into the wasm (about 4 KB each; the
//! 17 copies were 20 KB of the gzip). Reads the sources as text, leaving out test
//! code (`tests.rs` files and what follows `#[cfg(test)]`).
//!
//! A `collect` into a `BTreeMap` or `BTreeSet` sorts too; that one cannot be told from the
//! text, so the README asks for `sorting::set_of` / `map_of` instead.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const DIRECT: [&str; 6] = [
    ".sort()",
    ".sort_by(",
    ".sort_by_key(",
    ".sort_by_cached_key(",
    ".sort_unstable",
    ".select_nth_unstable",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `file:line: text` of each direct sort in `text`, before its test code.
fn direct_sorts(name: &str, text: &str) -> Vec<String> {
    text.lines()
        .enumerate()
        .take_while(|(_, line)| line.trim() != "#[cfg(test)]")
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .filter(|(_, line)| DIRECT.iter().any(|d| line.contains(d)))
        .map(|(i, line)| format!("{name}:{}: {}", i + 1, line.trim()))
        .collect()
}

#[test]
fn the_check_finds_a_direct_sort_and_skips_tests_and_comments() {
    let text = "fn a(v: &mut Vec<u8>) {\n    v.sort_unstable();\n}\n// v.sort();\n\
                #[cfg(test)]\nmod tests {\n    fn b(v: &mut Vec<u8>) { v.sort(); }\n}\n";
    assert_eq!(direct_sorts("x.rs", text), ["x.rs:2: v.sort_unstable();"]);
}

#[test]
fn nothing_sorts_but_domain_sorting() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    assert!(files.len() > 50, "the sources were not found");
    let found: Vec<String> = files
        .iter()
        .filter(|p| !p.ends_with("tests.rs") && !p.ends_with("domain/sorting.rs"))
        .flat_map(|p| {
            let name = p.strip_prefix(&root).unwrap().display().to_string();
            direct_sorts(&name, &fs::read_to_string(p).unwrap())
        })
        .collect();
    assert!(
        found.is_empty(),
        "sort through crate::domain::sorting instead:\n{}",
        found.join("\n")
    );
}
