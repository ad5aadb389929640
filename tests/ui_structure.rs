//! The shape #14 asks of `src/ui/`: no file over 500 lines and no component over 150 lines
//! (from its `#[component]` to the closing brace of its function), so that a screen is a
//! folder of small pieces a reader takes in at a glance. Reads the sources as text.

#![cfg(not(target_arch = "wasm32"))]

mod common;

const MAX_FILE_LINES: usize = 500;
const MAX_COMPONENT_LINES: usize = 150;

fn ui_files() -> Vec<(String, String)> {
    common::sources("ui")
        .into_iter()
        .map(|(path, text)| (path.display().to_string(), text))
        .collect()
}

/// (name, first line, length) of each component: from `#[component]` to the first line after
/// the `fn` that closes at the indentation the `fn` opened at.
fn components(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.trim() != "#[component]" {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let Some(f) = (i + 1..lines.len()).find(|&j| lines[j].contains("fn ")) else {
            continue;
        };
        let name = lines[f]
            .split("fn ")
            .nth(1)
            .unwrap_or("")
            .split(['(', '<'])
            .next()
            .unwrap_or("")
            .to_string();
        let close = format!("{}}}", " ".repeat(indent));
        let end = (f..lines.len())
            .find(|&j| lines[j] == close)
            .unwrap_or(lines.len() - 1);
        out.push((name, i + 1, end - i + 1));
    }
    out
}

#[test]
fn the_component_counter_measures_what_it_says() {
    let text = "#[component]\npub fn A() -> impl IntoView {\n    view! {\n    }\n}\n\nfn b() {}\n";
    assert_eq!(components(text), vec![("A".to_string(), 1, 5)]);
}

#[test]
fn no_ui_file_is_over_500_lines() {
    let long: Vec<String> = ui_files()
        .into_iter()
        .map(|(name, text)| (name, text.lines().count()))
        .filter(|(_, n)| *n > MAX_FILE_LINES)
        .map(|(name, n)| format!("src/ui/{name}: {n} lines"))
        .collect();
    assert!(
        long.is_empty(),
        "over {MAX_FILE_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn no_component_is_over_150_lines() {
    let mut long = Vec::new();
    for (file, text) in ui_files() {
        for (name, line, len) in components(&text) {
            if len > MAX_COMPONENT_LINES {
                long.push(format!("src/ui/{file}:{line} {name}: {len} lines"));
            }
        }
    }
    assert!(
        long.is_empty(),
        "over {MAX_COMPONENT_LINES} lines:\n{}",
        long.join("\n")
    );
}
