//! Prints how long the documents take to generate and render on this machine (native code;
//! the browser runs the same Rust as wasm, typically 1.5–3× slower), and the DOCX sizes.
//! Run by bench/run.sh; figures only, nothing is asserted.

use std::hint::black_box;
use std::time::Instant;

use nastavnik::domain::data::SchoolData;
use nastavnik::domain::documents::registry::DocKind;
use nastavnik::domain::documents::{docx, html, templates};
use nastavnik::domain::roadmap;
use nastavnik::domain::school::example_profile;

fn median_micros(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    times[runs / 2]
}

fn main() {
    let mut data = SchoolData {
        profile: example_profile(),
        ..Default::default()
    };
    // A roadmap a school has grown: 100 extra events.
    for i in 0..100 {
        roadmap::add_row(
            &mut data.roadmap,
            (i % 7 + 1) as u8,
            &format!("Мероприятие {i}"),
        )
        .unwrap();
    }
    let all = median_micros(101, || {
        for kind in DocKind::ALL {
            black_box(templates::document(kind, black_box(&data)));
        }
    });
    println!("documents: generate all 8 from the data: median {all:.0} µs (native)");
    for kind in [DocKind::Regulation, DocKind::Roadmap] {
        let doc = templates::document(kind, &data);
        let h = median_micros(101, || {
            black_box(html::to_html(black_box(&doc)));
        });
        let d = median_micros(101, || {
            black_box(docx::to_docx(black_box(&doc)));
        });
        let size = docx::to_docx(&doc).len();
        println!(
            "documents: {}: print HTML {h:.0} µs, DOCX {d:.0} µs, DOCX size {:.1} KB (native)",
            kind.short_title(),
            size as f64 / 1024.0
        );
    }
}
