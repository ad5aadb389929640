//! Prints, as JSON, random assignment instances and what our matching made of them, for
//! `bench/assignment_check.py` to compare with SciPy's `linear_sum_assignment`.
//!
//! Two kinds of instance, each with the mentors' free places (`capacity`), the weight of every
//! mentor × mentee pair (`weights`, 0 = not allowed), our assignment (`ours`: each mentee's
//! mentor or null) and our total:
//! - `random`: random weights straight into `matching::assign`;
//! - `school`: teachers from the example generator, weights = `compatibility` scores of the
//!   possible pairs at or above a threshold and not forbidden, our side from `suggest`.
//!
//! `cargo run --release --example assignment_dump > instances.json`

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

use nastavnik::domain::example::people;
use nastavnik::domain::matching::{assign, compatibility, suggest, SuggestOptions};
use nastavnik::domain::people::{BankStatus, Person};
use nastavnik::domain::taxonomy::default_areas;

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x % n
    }
}

fn random(rng: &mut Rng, rows: usize, cols: usize, range: u64) -> Value {
    let capacity: Vec<u32> = (0..rows).map(|_| rng.below(4) as u32).collect();
    let weight: Vec<i64> = (0..rows * cols)
        .map(|_| {
            if rng.below(10) < 3 {
                0
            } else {
                1 + rng.below(range) as i64
            }
        })
        .collect();
    let ours = assign(&capacity, cols, &weight);
    let total: i64 = ours
        .iter()
        .enumerate()
        .filter_map(|(c, r)| r.map(|r| weight[r * cols + c]))
        .sum();
    json!({
        "kind": "random",
        "name": format!("random {rows}×{cols}, weights 1–{range}"),
        "capacity": capacity,
        "weights": weight.chunks(cols.max(1)).take(rows).collect::<Vec<_>>(),
        "ours": ours,
        "total": total,
    })
}

fn school(rng: &mut Rng, n: usize, seed: u64) -> Value {
    let areas = default_areas();
    let mut people: Vec<Person> = people(n, seed);
    for p in &mut people {
        if rng.below(4) > 0 {
            for r in p.mentee.iter_mut() {
                r.status = BankStatus::Included;
            }
            for r in p.mentor.iter_mut() {
                r.status = BankStatus::Included;
            }
        }
    }
    let mentors: Vec<&Person> = people.iter().filter(|p| p.mentor.is_some()).collect();
    let mentees: Vec<&Person> = people.iter().filter(|p| p.mentee.is_some()).collect();
    let mut opts = SuggestOptions {
        threshold: [0, 40, 55, 65][rng.below(4) as usize],
        ..Default::default()
    };
    for m in &mentors {
        if rng.below(5) == 0 {
            opts.used_capacity
                .insert(m.id.clone(), 1 + rng.below(2) as u8);
        }
        for e in &mentees {
            if rng.below(20) == 0 {
                opts.forbidden.push((m.id.clone(), e.id.clone()));
            }
        }
    }
    let used = |id: &str| opts.used_capacity.get(id).copied().unwrap_or(0);
    let forbidden: BTreeSet<&(String, String)> = opts.forbidden.iter().collect();
    let capacity: Vec<u32> = mentors
        .iter()
        .map(|m| {
            let cap = m
                .mentor
                .as_ref()
                .unwrap()
                .answers
                .as_ref()
                .map_or(0, |a| a.capacity);
            u32::from(cap.saturating_sub(used(&m.id)))
        })
        .collect();
    let weights: Vec<Vec<u32>> = mentors
        .iter()
        .map(|m| {
            mentees
                .iter()
                .map(|e| {
                    if forbidden.contains(&(m.id.clone(), e.id.clone())) {
                        return 0;
                    }
                    match compatibility(m, e, &areas, used(&m.id)).score() {
                        Some(s) if s.total >= opts.threshold => u32::from(s.total),
                        _ => 0,
                    }
                })
                .collect()
        })
        .collect();
    let s = suggest(&people, &areas, &opts);
    let row: BTreeMap<&str, usize> = mentors
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    let ours: Vec<Option<usize>> = mentees
        .iter()
        .map(|e| {
            s.pairs
                .iter()
                .find(|p| p.mentee == e.id)
                .map(|p| row[p.mentor.as_str()])
        })
        .collect();
    json!({
        "kind": "school",
        "name": format!(
            "school of {n} (seed {seed}): {} mentors × {} mentees, threshold {}",
            mentors.len(),
            mentees.len(),
            opts.threshold
        ),
        "capacity": capacity,
        "weights": weights,
        "ours": ours,
        "total": s.total,
    })
}

fn main() {
    let mut rng = Rng(0x00c0_ffee);
    let mut out = Vec::new();
    for _ in 0..150 {
        let rows = 1 + rng.below(12) as usize;
        let cols = rng.below(30) as usize;
        let range = [3, 10, 100][rng.below(3) as usize];
        out.push(random(&mut rng, rows, cols, range));
    }
    for (rows, cols) in [(40, 150), (60, 100), (100, 400), (150, 120)] {
        out.push(random(&mut rng, rows, cols, 100));
        out.push(random(&mut rng, rows, cols, 1_000_000));
    }
    for seed in 1..=40 {
        let n = 20 + rng.below(200) as usize;
        out.push(school(&mut rng, n, seed));
    }
    out.push(school(&mut rng, 2000, 7));
    println!("{}", Value::Array(out));
}
