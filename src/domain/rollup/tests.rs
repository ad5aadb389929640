use super::*;
use crate::domain::documents::docx::to_docx;
use crate::domain::import::{read_csv, read_xlsx};
use crate::domain::report_file::tests::{personal_strings, school};
use crate::domain::report_file::{decode as decode_report, make};

fn files(n: usize) -> Vec<(String, Vec<u8>)> {
    generated_reports(n, "2025/2026")
}

fn reports(files: &[(String, Vec<u8>)]) -> Vec<ReportFile> {
    files
        .iter()
        .map(|(_, b)| decode_report(b).unwrap())
        .collect()
}

#[test]
fn generated_reports_are_valid_and_varied() {
    let f = files(30);
    let r = reports(&f);
    assert_eq!(r.len(), 30);
    assert!(r.iter().any(|r| r.report.figures.pairs == 0));
    assert!(r.iter().any(|r| !r.report.figures.monitored()));
    assert!(r.iter().any(|r| r.report.figures.groups > 0));
}

#[test]
fn totals_means_and_lagging_schools_come_from_the_files() {
    let f = files(30);
    let r = reports(&f);
    let mut up = Rollup::default();
    up.add(f.clone());
    assert_eq!(up.rows.len(), 30);
    assert!(up.problems.is_empty(), "{:?}", up.problems);
    let sum = |g: fn(&report_file::ReportFigures) -> u32| -> i64 {
        r.iter().map(|r| g(&r.report.figures) as i64).sum()
    };
    assert_eq!(up.total(Col::Teachers), Some(sum(|g| g.teachers)));
    assert_eq!(up.total(Col::Participants), Some(sum(|g| g.participants)));
    assert_eq!(
        up.total(Col::PairsGroups),
        Some(sum(|g| g.pairs + g.groups))
    );
    assert_eq!(up.total(Col::ProgramsDone), Some(sum(|g| g.programs_done)));
    let monitored = r.iter().filter(|r| r.report.figures.monitored()).count();
    assert_eq!(up.total(Col::Monitoring), Some(monitored as i64));
    assert_eq!(up.total(Col::SatisfactionMentees), None);
    // Mean satisfaction over the schools that give it, tenths, rounded half up.
    let sat: Vec<u32> = r
        .iter()
        .filter_map(|r| r.report.figures.satisfaction_mentees)
        .collect();
    let expected = (sat.iter().sum::<u32>() * 2 + sat.len() as u32) / (2 * sat.len() as u32);
    assert_eq!(up.mean(Col::SatisfactionMentees), Some(expected as i64));
    assert_eq!(up.given(Col::SatisfactionMentees), sat.len());
    // The mean of a count is in tenths: 10 teachers and 13 teachers → 11,5.
    let teachers = sum(|g| g.teachers);
    assert_eq!(up.mean(Col::Teachers), Some((teachers * 20 + 30) / 60));
    // Lagging: exactly the schools without pairs or without monitoring.
    let lag = up.lagging();
    let expected: Vec<&str> = {
        let mut v: Vec<&str> = r
            .iter()
            .filter(|r| {
                r.report.figures.pairs + r.report.figures.groups == 0
                    || !r.report.figures.monitored()
            })
            .map(|r| r.report.school.name())
            .collect();
        v.sort_by_key(|s| s.to_lowercase());
        v
    };
    assert_eq!(
        lag.iter().map(|l| l.school.as_str()).collect::<Vec<_>>(),
        expected
    );
    assert!(lag
        .iter()
        .any(|l| l.reasons.iter().any(|r| r.contains("пары"))));
    // The forms add up over schools.
    let traditional: u32 = r
        .iter()
        .flat_map(|r| r.report.figures.by_form.iter())
        .filter(|f| f.form == MentoringForm::Traditional)
        .map(|f| f.count)
        .sum();
    assert_eq!(up.by_form()[0], (MentoringForm::Traditional, traditional));
    assert_eq!(up.charts()[0].rows[0].values, [traditional]);
    assert_eq!(up.charts()[2].rows.len(), sat.len());
}

#[test]
fn a_signed_mean_rounds_away_from_zero() {
    let mut up = Rollup::default();
    up.add(files(2));
    let g: Vec<i64> = up
        .rows
        .iter()
        .filter_map(|r| r.value(Col::Growth))
        .collect();
    let mut neg = up.clone();
    for r in &mut neg.rows {
        let i = Col::ALL.iter().position(|c| *c == Col::Growth).unwrap();
        r.values[i] = r.values[i].map(|v| -v);
    }
    assert_eq!(
        neg.mean(Col::Growth),
        up.mean(Col::Growth).map(|v| -v),
        "{g:?}"
    );
}

#[test]
fn bad_files_are_named_and_the_rest_still_used() {
    let mut f = files(5);
    f.push((
        "сломан.json".into(),
        b"{\"format\": \"nastavnik-report\", \"ver".to_vec(),
    ));
    f.push(("таблица.xlsx".into(), b"PK\x03\x04garbage".to_vec()));
    let archive =
        crate::domain::archive::Envelope::new(school(), 1, "2026-05-30T10:00:00Z").to_json();
    f.push(("nastavnik-школа.json".into(), archive.into_bytes()));
    // The same school twice.
    f.push(("копия.json".into(), f[0].1.clone()));
    let mut up = Rollup::default();
    up.add(f);
    assert_eq!(up.rows.len(), 5);
    let messages: Vec<(&str, &str)> = up
        .problems
        .iter()
        .map(|p| (p.file.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert!(messages[0].1.contains("обрывается"));
    assert!(messages[1].1.contains("не JSON"));
    assert!(messages[2].1.contains("персональными"));
    assert!(messages[3].1.contains("уже есть в сводке"), "{messages:?}");
}

/// The info.json of the v5 school, with its coordinator's contact and a named teacher.
fn info_with_names() -> (Vec<u8>, Vec<String>) {
    let mut d = school();
    d.publication.coordinator_agreed = true;
    if let Some(p) = d.people.iter_mut().find(|p| p.full_name.contains(' ')) {
        p.consents.publication = Some(crate::domain::people::Consent {
            date: "2025-09-01".into(),
            ..Default::default()
        });
        let id = p.id.clone();
        crate::domain::public::feature(&mut d, &id).unwrap();
    }
    d.profile.short_name = "ГБОУ Инфошкола".into();
    let info = crate::domain::public::project(&d, "2026-05-30");
    let json = info.to_json();
    let names = personal_strings(&d);
    assert!(
        names.iter().any(|n| json.contains(n.as_str())),
        "the info.json names people, as it may"
    );
    (json.into_bytes(), names)
}

#[test]
fn info_json_gives_its_aggregates_and_a_report_replaces_it() {
    let (info, _) = info_with_names();
    let info_bytes = info.clone();
    let mut up = Rollup::default();
    up.add(vec![("info.json".into(), info)]);
    assert_eq!(up.rows.len(), 1, "{:?}", up.problems);
    let row = &up.rows[0];
    assert_eq!(row.source, Source::Info);
    assert_eq!(row.value(Col::Teachers), None);
    assert!(row.value(Col::Participants).unwrap() > 0);
    let info_sat = crate::domain::public::decode(&info_bytes)
        .unwrap()
        .info
        .figures
        .satisfaction;
    assert_eq!(row.value(Col::SatisfactionMentees), info_sat.map(i64::from));
    assert_eq!(row.value(Col::Monitoring), info_sat.map(|_| 1));
    // Then the school's report for the same year replaces it.
    let mut d = school();
    d.profile.short_name = "ГБОУ Инфошкола".into();
    let report = make(&d, "2026-05-30").to_json().into_bytes();
    up.add(vec![("отчёт.json".into(), report)]);
    assert_eq!(up.rows.len(), 1);
    assert_eq!(up.rows[0].source, Source::Report);
    assert!(up.problems.is_empty());
}

#[test]
fn nothing_personal_reaches_the_rollup_or_its_exports() {
    let (info, names) = info_with_names();
    let mut d = school();
    d.profile.short_name = "ГБОУ Отчётная".into();
    let report = make(&d, "2026-05-30").to_json().into_bytes();
    let mut example = crate::domain::example::example_school();
    example.profile.short_name = "Пример".into();
    let mut names = names;
    names.extend(personal_strings(&example));
    let example_report = make(&example, "2026-05-30").to_json().into_bytes();
    let mut up = Rollup::default();
    let mut f = files(3);
    f.push(("info.json".into(), info));
    f.push(("a.json".into(), report));
    f.push(("b.json".into(), example_report));
    up.add(f);
    assert_eq!(up.rows.len(), 6, "{:?}", up.problems);
    let grid = up.grid();
    let csv = String::from_utf8(grid.to_csv()).unwrap();
    let xlsx = grid.to_xlsx();
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip::ZipArchive::new(std::io::Cursor::new(xlsx))
            .unwrap()
            .by_name("xl/worksheets/sheet1.xml")
            .unwrap(),
        &mut sheet,
    )
    .unwrap();
    let doc = up.document("2026-06-01");
    let mut docx_xml = String::new();
    std::io::Read::read_to_string(
        &mut zip::ZipArchive::new(std::io::Cursor::new(to_docx(&doc)))
            .unwrap()
            .by_name("word/document.xml")
            .unwrap(),
        &mut docx_xml,
    )
    .unwrap();
    let debug = format!("{up:?}");
    assert!(names.len() > 100);
    for n in &names {
        for (what, text) in [
            ("roll-up", &debug),
            ("CSV", &csv),
            ("XLSX", &sheet),
            ("DOCX", &docx_xml),
            ("document", &doc.plain()),
        ] {
            assert!(!text.contains(n.as_str()), "«{n}» in the {what}");
        }
    }
    assert!(csv.contains("ГБОУ Отчётная") && sheet.contains("ГБОУ Инфошкола"));
}

#[test]
fn csv_is_for_russian_excel_and_reads_back() {
    let mut up = Rollup::default();
    up.add(files(4));
    let grid = up.grid();
    let bytes = grid.to_csv();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a BOM for Excel");
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.contains("\r\n") && text.lines().next().unwrap().contains(";Педагогов;"));
    // A decimal comma in the means.
    let mean = text
        .lines()
        .find(|l| l.starts_with("Среднее по школам"))
        .unwrap();
    assert!(mean.split(';').any(|c| c.contains(',')), "{mean}");
    let (table, _) = read_csv(&bytes).unwrap();
    assert_eq!(table.headers, grid.header);
    assert_eq!(table.rows.len(), 6);
    let total = &table.rows[4].1;
    assert_eq!(total[0], "Итого");
    let teachers = 4 + Col::ALL.iter().position(|c| *c == Col::Teachers).unwrap();
    assert_eq!(
        total[teachers],
        up.total(Col::Teachers).unwrap().to_string()
    );
    // Text that Excel would take for a formula, and quotes.
    assert_eq!(csv_field("=1+1"), "'=1+1");
    assert_eq!(csv_field("a;\"b\""), "\"a;\"\"b\"\"\"");
}

#[test]
fn xlsx_round_trips_through_the_import_reader() {
    let mut up = Rollup::default();
    up.add(files(28));
    let grid = up.grid();
    let table = read_xlsx(&grid.to_xlsx()).unwrap();
    assert_eq!(table.headers, grid.header);
    assert_eq!(table.rows.len(), grid.rows.len());
    assert_eq!(
        [0, 25, 26, 27, 701, 702].map(column_letters),
        ["A", "Z", "AA", "AB", "ZZ", "AAA"].map(String::from)
    );
    for ((n, read), cells) in table.rows.iter().zip(&grid.rows) {
        for (k, cell) in cells.iter().enumerate() {
            let expected = match cell {
                Cell::Empty => String::new(),
                Cell::Text(s) => s.clone(),
                Cell::Int(v) => v.to_string(),
                Cell::Tenths(v) => decimal(*v, '.'),
            };
            assert_eq!(read[k], expected, "row {n} column {k}");
        }
    }
    // The zip is a valid archive for an independent reader.
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(grid.to_xlsx())).unwrap();
    assert!(z.by_name("xl/workbook.xml").is_ok());
}

#[test]
fn the_docx_summary_has_totals_lagging_and_problems() {
    let mut f = files(10);
    f.push(("плохой.json".into(), b"<html>".to_vec()));
    let mut up = Rollup::default();
    up.add(f);
    let doc = up.document("2026-06-01");
    let text = doc.plain();
    assert!(text.contains("СВОДКА"));
    assert!(text.contains("в 2025/2026 учебном году"));
    assert!(text.contains("по отчётам 10 образовательных организаций"));
    assert!(text.contains(&up.shown_total(Col::Participants)));
    assert!(text.contains("Школы, требующие внимания"));
    assert!(text.contains(&up.lagging()[0].school));
    assert!(text.contains("плохой.json"));
    let bytes = to_docx(&doc);
    assert!(zip::ZipArchive::new(std::io::Cursor::new(bytes)).is_ok());
}

#[test]
fn unreadable_files_are_listed_as_problems_beside_the_read_ones() {
    let mut r = Rollup::default();
    r.add(files(2));
    r.add_unreadable(vec![("c.json".into(), "Файл не читается".into())]);
    assert_eq!(r.rows.len(), 2);
    assert_eq!(
        r.problems,
        [Problem {
            file: "c.json".into(),
            message: "Файл не читается".into()
        }]
    );
}
