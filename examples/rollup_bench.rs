//! Prints how long the municipal roll-up takes for 300 schools' report files on this machine
//! (native code; the browser runs the same Rust as wasm, typically 1.5–3× slower): reading and
//! checking every file, the summary (totals, means, lagging schools, charts) and the exports.
//! Run by bench/run.sh; figures only, nothing is asserted. Target: 300 files ≤ 1 s.
//! With `-- --json` it prints the 300 generated files instead (bench/rollup.mjs drops them on
//! the release build in Chromium).

use std::hint::black_box;
use std::time::Instant;

use nastavnik::domain::documents::docx;
use nastavnik::domain::rollup::{generated_reports, Col, Rollup};

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    times[runs / 2]
}

fn main() {
    let files = generated_reports(300, "2025/2026");
    // `-- --json`: print the files as a JSON array of {name, text} (for bench/rollup.mjs).
    if std::env::args().any(|a| a == "--json") {
        let list: Vec<serde_json::Value> = files
            .iter()
            .map(|(n, b)| serde_json::json!({"name": n, "text": String::from_utf8_lossy(b)}))
            .collect();
        println!("{}", serde_json::Value::Array(list));
        return;
    }
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let read = median_ms(21, || {
        let mut up = Rollup::default();
        up.add(black_box(files.clone()));
        black_box(&up);
    });
    let mut up = Rollup::default();
    up.add(files.clone());
    let summary = median_ms(21, || {
        for c in Col::ALL {
            black_box((up.total(c), up.mean(c)));
        }
        black_box(up.lagging());
        black_box(up.charts());
    });
    let exports = median_ms(11, || {
        let grid = up.grid();
        black_box(grid.to_csv());
        black_box(grid.to_xlsx());
        black_box(docx::to_docx(&up.document("2026-06-01")));
    });
    println!(
        "roll-up, 300 report files ({} KB): read and check {read:.1} ms, summary {summary:.1} ms, \
         CSV+XLSX+DOCX {exports:.1} ms (target: read and summary ≤ 1 s)",
        bytes / 1024
    );
}
