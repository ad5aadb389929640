use super::*;
use crate::domain::monitoring::Monitoring;
use crate::domain::pairs::PairStatus;
use crate::domain::people::BankStatus;
use crate::domain::report_file::tests::school;
use crate::domain::report_file::ReportGrowth;
use crate::domain::results::indicators;

/// The fixture school with two past years made from copies of it: 2023/2024 with one pair
/// (its plan all done), fewer mentors in the bank and no monitoring; 2024/2025 with the
/// first pair ended early, the second one virtual and half the questionnaires.
pub(crate) fn three_years() -> SchoolData {
    let now = school();
    let mut first = now.clone();
    first.profile.academic_year = "2023/2024".into();
    first.pairs.truncate(1);
    for t in &mut first.pairs[0].program.tasks {
        for i in &mut t.items {
            i.done = true;
        }
    }
    let mut dropped = 0;
    for p in &mut first.people {
        if dropped < 5 && p.mentor.is_some() {
            p.mentor = None;
            dropped += 1;
        }
    }
    first.monitoring = Monitoring::default();
    let mut second = now.clone();
    second.profile.academic_year = "2024/2025".into();
    second.pairs[0].status = PairStatus::Terminated;
    second.pairs[1].form = MentoringForm::Virtual;
    // Fewer questionnaires: another satisfaction.
    let keep = second.monitoring.responses.len() / 2;
    second.monitoring.responses.truncate(keep);
    let mut d = now;
    d.past_years = vec![
        PastYear {
            label: "2023/2024".into(),
            closed_on: "2024-08-31".into(),
            data: first,
        },
        PastYear {
            label: "2024/2025".into(),
            closed_on: "2025-08-31".into(),
            data: second,
        },
    ];
    d
}

/// The counts of a year, made here from its data rather than by the domain.
struct Expected {
    participants: u32,
    pairs: u32,
    groups: u32,
    by_form: Vec<(MentoringForm, u32)>,
    programs: u32,
    programs_done: u32,
}

fn expected(d: &SchoolData) -> Expected {
    let included = |s: Option<BankStatus>| s == Some(BankStatus::Included);
    let participants = d
        .people
        .iter()
        .filter(|p| {
            included(p.mentee.as_ref().map(|r| r.status))
                || included(p.mentor.as_ref().map(|r| r.status))
        })
        .count() as u32;
    let live: Vec<_> = d
        .pairs
        .iter()
        .filter(|g| g.status != PairStatus::Terminated)
        .collect();
    let mut by_form = Vec::new();
    for f in MentoringForm::ALL {
        let n = live.iter().filter(|g| g.form == f).count() as u32;
        if n > 0 {
            by_form.push((f, n));
        }
    }
    let items = |g: &crate::domain::pairs::Pair| {
        let all: Vec<bool> = g
            .program
            .tasks
            .iter()
            .flat_map(|t| t.items.iter().map(|i| i.done))
            .collect();
        all
    };
    Expected {
        participants,
        pairs: live.iter().filter(|g| g.mentees.len() == 1).count() as u32,
        groups: live.iter().filter(|g| g.mentees.len() > 1).count() as u32,
        by_form,
        programs: live.iter().filter(|g| !items(g).is_empty()).count() as u32,
        programs_done: live
            .iter()
            .filter(|g| !items(g).is_empty() && items(g).iter().all(|d| *d))
            .count() as u32,
    }
}

#[test]
fn one_year_is_no_history() {
    let d = school();
    assert!(years(&d).is_empty());
    assert!(blocks(&years(&d), TITLE).is_empty());
}

#[test]
fn each_year_has_the_figures_of_its_own_data_oldest_first() {
    let d = three_years();
    let ys = years(&d);
    let datas: Vec<&SchoolData> = d.past_years.iter().map(|p| &p.data).chain([&d]).collect();
    assert_eq!(ys.len(), 3);
    assert_eq!(
        ys.iter()
            .map(|y| y.academic_year.as_str())
            .collect::<Vec<_>>(),
        ["2023/2024", "2024/2025", "2025/2026"]
    );
    assert_eq!(
        ys.iter().map(|y| y.current).collect::<Vec<_>>(),
        [false, false, true]
    );
    for (y, data) in ys.iter().zip(&datas) {
        let e = expected(data);
        assert_eq!(
            y.figures.participants, e.participants,
            "{}",
            y.academic_year
        );
        assert_eq!((y.figures.pairs, y.figures.groups), (e.pairs, e.groups));
        assert_eq!(
            y.figures
                .by_form
                .iter()
                .map(|f| (f.form, f.count))
                .collect::<Vec<_>>(),
            e.by_form
        );
        assert_eq!(
            (y.figures.programs, y.figures.programs_done),
            (e.programs, e.programs_done)
        );
        let i = indicators(data);
        assert_eq!(
            [
                y.figures.satisfaction_mentees,
                y.figures.satisfaction_mentors
            ],
            i.satisfaction
        );
        assert_eq!(
            y.figures.growth.map(|g| (g.before, g.after)),
            i.growth.map(|g| (g.before, g.after))
        );
    }
    // The years really differ, so a mix-up of years would show.
    assert_ne!(ys[0].figures.participants, ys[2].figures.participants);
    assert_eq!(ys[0].figures.programs_done, 1);
    assert_eq!(ys[0].figures.satisfaction_mentees, None);
    assert!(ys[2].figures.satisfaction_mentees.is_some() && ys[2].figures.growth.is_some());
    assert_eq!(ys[1].form(MentoringForm::Virtual), 1);
    assert_eq!(ys[2].form(MentoringForm::Virtual), 0);
}

#[test]
fn the_table_has_a_column_per_year_and_a_row_per_figure() {
    let d = three_years();
    let ys = years(&d);
    let t = table(&ys);
    let text = |c: &Vec<Run>| c.iter().map(|r| r.text.clone()).collect::<String>();
    assert_eq!(
        t.header.iter().map(text).collect::<Vec<_>>(),
        [
            "Показатель",
            "2023/2024",
            "2024/2025",
            "2025/2026 (текущий)"
        ]
    );
    let row = |start: &str| -> Vec<String> {
        t.rows
            .iter()
            .find(|r| text(&r[0]).starts_with(start))
            .unwrap_or_else(|| panic!("no row «{start}»"))[1..]
            .iter()
            .map(text)
            .collect()
    };
    let want = |f: &dyn Fn(&Expected) -> String| -> Vec<String> {
        d.past_years
            .iter()
            .map(|p| &p.data)
            .chain([&d])
            .map(|x| f(&expected(x)))
            .collect()
    };
    assert_eq!(row("Участников"), want(&|e| e.participants.to_string()));
    assert_eq!(
        row("Наставнических пар / групп"),
        want(&|e| format!("{} / {}", e.pairs, e.groups))
    );
    assert_eq!(
        row("ПНП выполнены"),
        want(&|e| format!("{} из {}", e.programs_done, e.programs))
    );
    // A row per form any year used, zero where a year had none.
    for f in forms_used(&ys) {
        let label = format!("В т. ч. {}", f.label());
        assert_eq!(
            row(&label),
            want(&|e| e
                .by_form
                .iter()
                .find(|(g, _)| *g == f)
                .map_or(0, |(_, n)| *n)
                .to_string())
        );
    }
    assert!(forms_used(&ys).contains(&MentoringForm::Virtual));
    let sat = row("Удовлетворённость наставляемых");
    assert_eq!(sat[0], "нет данных");
    assert_eq!(sat[2], tenths(indicators(&d).satisfaction[0].unwrap()));
    let g = indicators(&d).growth.unwrap();
    assert!(row("Самооценка")[2].starts_with(&format!(
        "{} → {}",
        tenths(g.before),
        tenths(g.after)
    )));
}

#[test]
fn the_charts_show_each_year_and_leave_out_what_no_year_has() {
    let d = three_years();
    let ys = years(&d);
    let cs = charts(&ys);
    assert_eq!(cs.len(), 3);
    let counts = &cs[0];
    assert_eq!(counts.rows.len(), 3);
    for (r, y) in counts.rows.iter().zip(&ys) {
        assert_eq!(r.label, y.academic_year);
        assert_eq!(
            r.values,
            [
                y.figures.participants,
                y.figures.pairs + y.figures.groups,
                y.figures.programs_done
            ]
        );
    }
    // The first year had no monitoring: no bar for it (not a bar at zero).
    assert_eq!(
        cs[1]
            .rows
            .iter()
            .map(|r| r.label.as_str())
            .collect::<Vec<_>>(),
        ["2024/2025", "2025/2026"]
    );
    // No year with monitoring: the counts only.
    let mut none = ys.clone();
    for y in &mut none {
        y.figures.satisfaction_mentees = None;
        y.figures.growth = None;
    }
    assert_eq!(charts(&none).len(), 1);
    let desc = describe(counts);
    assert!(
        desc.starts_with(&format!(
            "2023/2024: участников {}, пар и групп {}, ПНП выполнено {}",
            ys[0].figures.participants,
            ys[0].figures.pairs + ys[0].figures.groups,
            ys[0].figures.programs_done
        )),
        "{desc}"
    );
}

#[test]
fn the_html_is_a_captioned_table_and_named_images_and_escapes_labels() {
    let d = three_years();
    let mut ys = years(&d);
    ys[0].academic_year = "<b>2023</b>".into();
    let h = html(&ys, "hist");
    let wrapped = format!("<div>{h}</div>");
    let doc = roxmltree::Document::parse(&wrapped).expect("well-formed");
    let caption = doc
        .descendants()
        .find(|n| n.has_tag_name("caption"))
        .unwrap();
    assert_eq!(caption.text(), Some(TITLE));
    let heads = doc
        .descendants()
        .filter(|n| n.has_tag_name("th") && n.attribute("scope") == Some("col"))
        .count();
    assert_eq!(heads, 4);
    let svgs: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("svg"))
        .collect();
    assert_eq!(svgs.len(), 3);
    assert!(svgs.iter().all(|s| s.attribute("role") == Some("img")));
    assert!(!h.contains("<b>2023"));
    assert!(h.contains("&lt;b&gt;2023"));
    // Ids are unique.
    let mut ids: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("id"))
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

#[test]
fn the_blocks_go_into_documents_only_with_two_years_or_more() {
    let d = three_years();
    let ys = years(&d);
    let b = blocks(&ys, "4. Показатели по годам");
    assert!(matches!(&b[0], Block::Heading { .. }));
    assert!(matches!(&b[1], Block::Table(t) if t.rows.len() == rows(&ys).len()));
    assert_eq!(b.iter().filter(|x| matches!(x, Block::Chart(_))).count(), 3);
    assert!(blocks(&ys[2..], "x").is_empty());
}

#[test]
fn a_past_year_without_a_label_is_named_by_its_profile_or_its_closing_date() {
    let mut d = three_years();
    d.past_years[0].label = " ".into();
    assert_eq!(years(&d)[0].academic_year, "2023/2024");
    d.past_years[0].data.profile.academic_year.clear();
    assert_eq!(years(&d)[0].academic_year, "год, закрытый 31.08.2024");
}

#[test]
fn check_rejects_figures_that_cannot_be() {
    let ys = years(&three_years());
    assert_eq!(check(&ys), Ok(()));
    let bad = |f: &dyn Fn(&mut YearFigures)| {
        let mut v = ys.clone();
        f(&mut v[1]);
        check(&v).unwrap_err()
    };
    assert!(bad(&|y| y.academic_year.clear()).contains("history[1].academic_year"));
    assert!(bad(&|y| y.figures.programs_done = y.figures.programs + 1).contains("выполненных ПНП"));
    assert!(bad(&|y| y.figures.pairs += 1).contains("по формам"));
    assert_eq!(
        bad(&|y| y.figures.satisfaction_mentees = Some(101)),
        "удовлетворённость наставляемых вне шкалы от 1 до 10 (history[1], 2024/2025 учебный год)"
    );
    assert!(bad(&|y| y.figures.growth = Some(ReportGrowth {
        before: 5,
        after: 30,
        people: 1
    }))
    .contains("самооценка"));
}

/// The headings of a document, as text.
fn headings(doc: &Document) -> Vec<String> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text.iter().map(|r| r.text.as_str()).collect()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_spravka_gets_the_years_before_the_signature_only_with_past_years() {
    let d = three_years();
    let f = make(&d, "2026-05-30");
    let doc = spravka(&d, &f, "", "");
    let at = doc
        .blocks
        .iter()
        .position(
            |b| matches!(b, Block::Heading { text, .. } if text[0].text == format!("4. {TITLE}")),
        )
        .expect("the history section");
    let Block::Table(t) = &doc.blocks[at + 1] else {
        panic!("a table after the heading");
    };
    assert_eq!(t, &table(&years(&d)));
    assert!(matches!(doc.blocks[at + 2], Block::Signature(_)));
    // Its DOCX opens as a zip with the years in it.
    let docx = crate::domain::documents::docx::to_docx(&doc);
    assert!(docx.starts_with(b"PK"));
    let year = "2024/2025 (".as_bytes();
    assert!(!docx.windows(year.len()).any(|w| w == year));
    let year = "2025/2026 (текущий)".as_bytes();
    assert!(
        docx.windows(year.len()).any(|w| w == year),
        "stored, not deflated"
    );
    // Without past years the справка is the report's own.
    let one = school();
    let f = make(&one, "2026-05-30");
    assert_eq!(spravka(&one, &f, "", ""), report_file::spravka(&f, "", ""));
}

#[test]
fn the_final_report_gets_a_numbered_history_section_only_with_past_years() {
    use crate::domain::documents::registry::DocKind;
    use crate::domain::documents::templates::generate;
    let d = three_years();
    let with = headings(&generate(DocKind::FinalReport, &d));
    let without = headings(&generate(DocKind::FinalReport, &school()));
    assert_eq!(with.len(), without.len() + 1, "{with:?}");
    let n = with
        .iter()
        .position(|h| h.ends_with(TITLE))
        .expect("the section");
    assert!(with[n].starts_with(&format!("{}. ", n)), "{with:?}");
    // The sections after it are numbered on.
    assert!(with[n + 1].starts_with(&format!("{}. ", n + 1)), "{with:?}");
    assert!(!without.iter().any(|h| h.ends_with(TITLE)));
}

#[test]
fn info_json_carries_the_years_without_personal_data_and_only_with_past_years() {
    use crate::domain::public::{decode as decode_info, project, INFO_VERSION};
    use crate::domain::report_file::tests::personal_strings;
    let d = three_years();
    let f = project(&d, "2025-10-15");
    assert_eq!(f.info.history, years(&d));
    let json = f.to_json();
    // Same format version: a new optional field, which older readers skip.
    assert_eq!(f.version, INFO_VERSION);
    assert_eq!(decode_info(json.as_bytes()).unwrap(), f);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let history = v["info"]["history"]
        .as_array()
        .expect("history in info.json");
    assert_eq!(history.len(), 3);
    assert_eq!(history[0]["academic_year"], "2023/2024");
    assert_eq!(history[2]["current"], true);
    // Figures only: no name, phone or e-mail of the school's people in the years.
    let text = serde_json::to_string(&history).unwrap();
    let names = personal_strings(&d);
    assert!(names.len() > 50);
    for n in &names {
        assert!(!text.contains(n.as_str()), "«{n}» leaked into the history");
    }
    // One year: info.json is as it was, no history field at all.
    let one = project(&school(), "2025-10-15").to_json();
    assert!(!one.contains("\"history\""));
}

#[test]
fn a_broken_history_in_info_json_gets_a_russian_message() {
    use crate::domain::public::{decode as decode_info, project};
    let f = project(&three_years(), "2025-10-15");
    let mut v: serde_json::Value = serde_json::from_str(&f.to_json()).unwrap();
    v["info"]["history"][1]["figures"]["satisfaction_mentees"] = 150.into();
    let e = decode_info(v.to_string().as_bytes()).unwrap_err();
    assert!(
        e.starts_with("В файле info.json удовлетворённость наставляемых вне шкалы от 1 до 10 (history[1], 2024/2025"),
        "{e}"
    );
    v["info"]["history"][1]["figures"]["satisfaction_mentees"] = "много".into();
    let e = decode_info(v.to_string().as_bytes()).unwrap_err();
    assert!(e.starts_with("В файле info.json ошибка (строка"), "{e}");
}

#[test]
fn the_public_page_shows_the_years_as_a_table_and_charts_without_scripts() {
    use crate::domain::public::html::{page, section};
    use crate::domain::public::project;
    let d = three_years();
    let f = project(&d, "2025-10-15");
    let html = page(&f);
    assert!(!html.to_lowercase().contains("<script"));
    let xml = section(&f, 1)
        .replace("&nbsp;", "\u{a0}")
        .replace("<br>", "<br/>")
        .replace("class=\"ni-lv\">", "class=\"ni-lv\"/>");
    let doc = roxmltree::Document::parse(&xml).expect("the section is well-formed");
    let sec = doc
        .descendants()
        .find(|n| n.attribute("aria-labelledby") == Some("ni-history"))
        .expect("the history section");
    let table = sec
        .descendants()
        .find(|n| n.has_tag_name("table"))
        .expect("a table");
    let cells: Vec<String> = table
        .descendants()
        .filter(|n| n.has_tag_name("tr"))
        .nth(1)
        .unwrap()
        .children()
        .map(|c| c.text().unwrap_or("").to_string())
        .collect();
    let e: Vec<String> = d
        .past_years
        .iter()
        .map(|p| &p.data)
        .chain([&d])
        .map(|x| expected(x).participants.to_string())
        .collect();
    assert_eq!(cells[1..], e[..]);
    assert_eq!(
        sec.descendants().filter(|n| n.has_tag_name("svg")).count(),
        3
    );
    // One year: no such section.
    let one = section(&project(&school(), "2025-10-15"), 1);
    assert!(!one.contains("ni-history"));
}

/// `tests/fixtures/archive-history.json` is [`three_years`] as an archive file, for the
/// end-to-end test of the history (`tests/e2e/history.test.mjs`). After a change of the
/// school or of the archive format, rewrite it with
/// `NASTAVNIK_WRITE_FIXTURES=1 cargo test --lib history_fixture`.
#[test]
fn the_history_fixture_is_the_three_years_school_and_the_archive_reads_it() {
    use crate::domain::archive::{decode as decode_archive, Envelope};
    let json = Envelope::new(three_years(), 1, "2026-05-30T09:00:00Z").to_json_pretty();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/archive-history.json"
    );
    if std::env::var_os("NASTAVNIK_WRITE_FIXTURES").is_some() {
        std::fs::write(path, &json).unwrap();
    }
    let stored = std::fs::read_to_string(path).expect("tests/fixtures/archive-history.json");
    assert!(
        stored == json,
        "the history fixture is out of date: NASTAVNIK_WRITE_FIXTURES=1 cargo test --lib history_fixture"
    );
    // The archive's decoder (what «Загрузить архив» uses) keeps the past years whole.
    let read = decode_archive(stored.as_bytes()).expect("the archive accepts past years");
    assert_eq!(read.data, three_years());
    assert_eq!(read.data.past_years.len(), 2);
    let ys = years(&read.data);
    assert_ne!(
        ys[1].figures.satisfaction_mentees,
        ys[2].figures.satisfaction_mentees
    );
}
