//! The stored size of a school over five academic years (bench/years.mjs prints it with the
//! browser's save time): a 200-teacher school with pairs, ПНП, two monitoring rounds with every
//! answer, self-assessments, trainings, registered documents and a publication log, rolled
//! over four times. Prints one line per year and, with a path, writes the five-year archive
//! there: `cargo run --release --example years_bench -- /tmp/five-years.json`.

use std::time::Instant;

use nastavnik::domain::archive::{decode, Envelope};
use nastavnik::domain::data::{SchoolData, TaskStatus};
use nastavnik::domain::documents::registry::{DocKind, DocStatus};
use nastavnik::domain::example::people;
use nastavnik::domain::forms::MentoringForm;
use nastavnik::domain::monitoring::{Audience, RoundKind};
use nastavnik::domain::pairs::{program_from_needs, Pair, PairStatus, Training, TrainingKind};
use nastavnik::domain::public::{Channel, LogEntry};
use nastavnik::domain::records::next_id;
use nastavnik::domain::school::example_profile;
use nastavnik::domain::years::{rollover, RolloverPlan};

/// localStorage holds about 5 MB (5 million UTF-16 code units in Chromium and Firefox).
const QUOTA: usize = 5 * 1024 * 1024;

/// One year's work: pairs of free mentees with mentors, both rounds answered by everybody,
/// self-assessments, trainings, orders and posts.
fn work_through(d: &mut SchoolData, first: u16) {
    let mentors: Vec<String> = d
        .people
        .iter()
        .filter(|p| p.mentor.is_some())
        .map(|p| p.id.clone())
        .collect();
    let busy: Vec<String> = d.pairs.iter().flat_map(|g| g.mentees.clone()).collect();
    let mentees: Vec<String> = d
        .people
        .iter()
        .filter(|p| p.mentee.is_some() && !busy.contains(&p.id))
        .map(|p| p.id.clone())
        .collect();
    let start = format!("{first}-10-01");
    let end = format!("{}-05-31", first + 1);
    for (i, m) in mentees.iter().enumerate() {
        let person = d.person(m).unwrap();
        let program = program_from_needs(&[person], &d.taxonomy);
        let id = next_id('g', d.pairs.iter().map(|g| g.id.as_str()));
        d.pairs.push(Pair {
            id,
            mentor: mentors[i % mentors.len()].clone(),
            mentees: vec![m.clone()],
            form: MentoringForm::Traditional,
            start: start.clone(),
            end: end.clone(),
            status: PairStatus::Active,
            reason: String::new(),
            history: Vec::new(),
            program,
        });
    }
    for g in &mut d.pairs {
        for task in &mut g.program.tasks {
            for item in &mut task.items {
                item.done = true;
                item.result = "Проведено, материалы в копилке".into();
            }
        }
    }
    let pairs: Vec<(String, String, Vec<String>)> = d
        .pairs
        .iter()
        .map(|g| (g.id.clone(), g.mentor.clone(), g.mentees.clone()))
        .collect();
    for (kind, date) in [
        (RoundKind::Interim, format!("{}-01-20", first + 1)),
        (RoundKind::Final, format!("{}-05-20", first + 1)),
    ] {
        let round = d.monitoring.add_round(kind, &date).unwrap();
        for (pair, mentor, mentees) in &pairs {
            for (who, audience) in mentees
                .iter()
                .map(|m| (m, Audience::Mentee))
                .chain([(mentor, Audience::Mentor)])
            {
                let questions: Vec<(String, u8)> = d
                    .monitoring
                    .questions(audience)
                    .iter()
                    .map(|q| (q.id.clone(), q.scale))
                    .collect();
                for (q, scale) in questions {
                    let key = (round.as_str(), pair.as_str(), who.as_str());
                    d.monitoring
                        .set_answer(key, audience, &q, Some(scale.min(8)))
                        .unwrap();
                }
            }
        }
    }
    let areas: Vec<String> = d.taxonomy.iter().map(|a| a.id.clone()).collect();
    for (_, _, mentees) in &pairs {
        for m in mentees {
            for a in areas.iter().take(6) {
                d.monitoring.set_self_mark(m, a, false, Some(2)).unwrap();
                d.monitoring.set_self_mark(m, a, true, Some(4)).unwrap();
            }
        }
    }
    for n in 0..4 {
        d.add_training(Training {
            id: String::new(),
            kind: TrainingKind::Seminar,
            date: format!("{first}-09-{:02}", 10 + n),
            topic: format!("Семинар наставников № {}", n + 1),
            materials: "Методические рекомендации, презентация".into(),
            attended: mentors.iter().cloned().collect(),
        })
        .unwrap();
    }
    for (i, kind) in DocKind::ALL.into_iter().enumerate() {
        d.update_document(kind, |r| {
            r.number = format!("{}-о", 40 + i);
            r.date = format!("{first}-09-01");
            r.status = DocStatus::Signed;
        });
    }
    for row in &mut d.roadmap {
        row.status = TaskStatus::Done;
        row.note = "Выполнено в срок, материалы у куратора".into();
    }
    for n in 0..20 {
        d.publication.log.push(LogEntry {
            date: format!("{}-0{}-15", first + 1, 1 + n % 5),
            channel: Channel::Vk,
            item: format!("row:{}.1", 1 + n % 7),
            title: "Новости наставничества в школе".into(),
            stage: Some(1 + (n % 7) as u8),
            url: String::new(),
        });
    }
}

fn main() {
    let out = std::env::args().nth(1);
    let mut d = SchoolData {
        profile: example_profile(),
        people: people(200, 2026),
        ..Default::default()
    };
    println!("== 200 teachers over five years (archive JSON as stored, compact) ==");
    println!(
        "{:<10} {:>7} {:>12} {:>12} {:>9} {:>10} {:>10}",
        "year", "pairs", "stored", "past years", "of 5 MB", "to_json", "decode"
    );
    for y in 0..5u16 {
        let first = 2025 + y;
        work_through(&mut d, first);
        let env = Envelope::new(d.clone(), 1, "2030-06-20T10:00:00.000Z");
        let t = Instant::now();
        let json = env.to_json();
        let write = t.elapsed();
        let t = Instant::now();
        decode(json.as_bytes()).expect("the generated archive is valid");
        let read = t.elapsed();
        let past: usize = d
            .past_years
            .iter()
            .map(|p| serde_json::to_string(p).unwrap().len())
            .sum();
        println!(
            "{:<10} {:>7} {:>10} B {:>10} B {:>8.1}% {:>7.1} ms {:>7.1} ms",
            d.profile.academic_year,
            d.pairs.len(),
            json.len(),
            past,
            json.len() as f64 * 100.0 / QUOTA as f64,
            write.as_secs_f64() * 1000.0,
            read.as_secs_f64() * 1000.0,
        );
        if y == 4 {
            if let Some(path) = &out {
                std::fs::write(path, &json).unwrap();
            }
            println!(
                "past years: {:.1}% of 5 MB (the limit for keeping them in the one record: 50%)",
                past as f64 * 100.0 / QUOTA as f64
            );
            break;
        }
        // A fifth of the pairs goes on into the next year.
        let mut plan = RolloverPlan::close_all();
        for g in d.pairs.iter().filter(|g| g.active()).step_by(5) {
            plan.set(&g.id, true);
        }
        d = rollover(&d, &plan, &format!("{}-06-20", first + 1)).unwrap();
    }
}
