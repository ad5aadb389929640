//! Prints how long the matching of stage 4 takes on this machine (native code; the browser runs
//! the same Rust as wasm, typically 1.5–2× slower, and the budget there is 1 s): scores of every
//! pair, then the optimal assignment, for 300 mentors × 1 200 mentees with capacities 1–3.
//! Run by bench/run.sh; figures only, nothing is asserted.

use std::hint::black_box;
use std::time::Instant;

use nastavnik::domain::example::people;
use nastavnik::domain::matching::{assign, suggest, SuggestOptions};
use nastavnik::domain::people::{BankStatus, Consent, Person};
use nastavnik::domain::taxonomy::default_areas;

/// `mentors` mentor candidates and `mentees` mentees from the example generator, all in their
/// banks with every consent: each of the mentors × mentees pairs is possible.
fn pool(mentors: usize, mentees: usize, seed: u64) -> Vec<Person> {
    let consent = Some(Consent {
        date: "2025-09-01".into(),
        ..Default::default()
    });
    let all = people(4 * (mentors + mentees), seed);
    let mut out = Vec::new();
    let (mut a, mut b) = (0, 0);
    for mut p in all {
        let take = if p.mentor.is_some() && a < mentors {
            a += 1;
            true
        } else if p.mentee.is_some() && p.mentor.is_none() && b < mentees {
            b += 1;
            true
        } else {
            false
        };
        if take {
            for r in p.mentor.iter_mut() {
                r.status = BankStatus::Included;
            }
            for r in p.mentee.iter_mut() {
                r.status = BankStatus::Included;
            }
            p.consents.processing = consent.clone();
            p.consents.mentoring = consent.clone();
            out.push(p);
        }
    }
    assert_eq!((a, b), (mentors, mentees), "the generator gave too few");
    out
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut last = None;
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            last = Some(black_box(f()));
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    (times[runs / 2], last.unwrap())
}

fn main() {
    let areas = default_areas();
    println!("matching: median of 5 runs, native");
    for (mentors, mentees) in [(30, 100), (100, 400), (300, 1200)] {
        let people = pool(mentors, mentees, 7);
        let places: u32 = people
            .iter()
            .filter_map(|p| p.mentor.as_ref()?.answers.as_ref())
            .map(|a| u32::from(a.capacity))
            .sum();
        for threshold in [0, 50] {
            let opts = SuggestOptions {
                threshold,
                ..Default::default()
            };
            let (ms, s) = time(5, || suggest(&people, &areas, &opts));
            println!(
                "  {mentors:>3} mentors ({places} places) × {mentees:>4} mentees, threshold {threshold:>2}: \
                 suggest {ms:>7.1} ms — {} pairs, total score {}, {} unmatched",
                s.pairs.len(),
                s.total,
                s.unmatched.len()
            );
        }
    }

    // The assignment alone on dense random weights (every pair allowed): few ties (weights
    // 1–1 000 000) and many (1–100); more places than columns for the last.
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for (rows, cols, range) in [(300, 1200, 1_000_000), (300, 1200, 100), (300, 400, 100)] {
        let capacity: Vec<u32> = (0..rows).map(|_| 1 + (next() % 3) as u32).collect();
        let weight: Vec<i64> = (0..rows * cols)
            .map(|_| 1 + (next() % range) as i64)
            .collect();
        let (ms, a) = time(5, || assign(&capacity, cols, &weight));
        let total: i64 = a
            .iter()
            .enumerate()
            .filter_map(|(c, r)| r.map(|r| weight[r * cols + c]))
            .sum();
        println!(
            "  assign alone, {rows} rows ({} places) × {cols:>4} columns, dense random weights 1–{range}: \
             {ms:>6.1} ms (total {total})",
            capacity.iter().sum::<u32>()
        );
    }
}
