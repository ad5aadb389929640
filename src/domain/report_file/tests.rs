use super::*;
use crate::domain::archive::decode as decode_archive;
use crate::domain::documents::docx::to_docx;

/// The v5 fixture: 60 teachers, two pairs/groups, monitoring, the library.
pub(crate) fn school() -> SchoolData {
    decode_archive(include_bytes!("../../../tests/fixtures/archive-v5.json"))
        .unwrap()
        .data
}

/// Every name, surname, phone and e-mail of the school's people and of its director and
/// coordinator: none may appear in what leaves the school for the municipality.
pub(crate) fn personal_strings(d: &SchoolData) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |s: &str| {
        let s = s.trim();
        if s.chars().count() >= 4 {
            out.push(s.to_string());
        }
    };
    for p in &d.people {
        add(&p.full_name);
        add(p.full_name.split_whitespace().next().unwrap_or(""));
        add(&p.phone);
        add(&p.email);
    }
    let pr = &d.profile;
    for s in [
        &pr.director.full_name,
        &pr.coordinator.full_name,
        &pr.coordinator.phone,
        &pr.coordinator.email,
    ] {
        add(s);
        add(s.split_whitespace().next().unwrap_or(""));
    }
    out
}

#[test]
fn the_report_holds_the_indicators_computed_by_the_domain() {
    let d = school();
    let i = indicators(&d);
    let f = make(&d, "2026-05-30");
    let g = &f.report.figures;
    assert!(g.pairs + g.groups > 0, "the fixture has pairs");
    assert_eq!(g.mentors as usize, i.mentors);
    assert_eq!(g.mentees as usize, i.mentees);
    assert_eq!(g.covered as usize, i.covered);
    assert_eq!(g.satisfaction_mentees, i.satisfaction[0]);
    assert_eq!(g.roadmap, overall_percent(&d));
    assert_eq!(g.stages.len(), 7);
    assert_eq!(g.to_indicators().by_form, i.by_form);
    // The lines of the справка are those of the school's own final report.
    assert_eq!(
        indicator_lines(&g.to_indicators()),
        indicator_lines(&Indicators {
            round: i.round.clone().map(|mut r| {
                r.id.clear();
                r
            }),
            growth: i.growth.map(|mut g| {
                g.marks = 0;
                g
            }),
            ..i.clone()
        })
    );
    assert_eq!(f.report.school.academic_year, d.profile.academic_year);
}

#[test]
fn the_file_round_trips_and_is_named_after_school_and_year() {
    let d = school();
    let f = make(&d, "2026-05-30");
    let json = f.to_json();
    assert_eq!(decode(json.as_bytes()).unwrap(), f);
    // With a BOM too (Windows editors add one).
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(json.as_bytes());
    assert_eq!(decode(&bom).unwrap(), f);
    let mut s = f.report.school.clone();
    s.short_name = "МБОУ «СОШ № 7»".into();
    s.academic_year = "2025/2026".into();
    assert_eq!(file_name(&s), "nastavnik-report-МБОУ-СОШ-7-2025-2026.json");
    assert_eq!(
        docx_file_name(&s),
        "nastavnik-report-МБОУ-СОШ-7-2025-2026.docx"
    );
}

#[test]
fn no_personal_data_goes_into_the_report_or_the_spravka_text() {
    let d = school();
    let f = make(&d, "2026-05-30");
    let json = f.to_json();
    let names = personal_strings(&d);
    assert!(names.len() > 50, "{names:?}");
    for n in &names {
        assert!(!json.contains(n.as_str()), "«{n}» leaked into the report");
    }
    // The справка carries the director's signature only, passed apart from the file.
    let doc = spravka(&f, "", "");
    let text = doc.plain();
    for n in &names {
        assert!(!text.contains(n.as_str()), "«{n}» leaked into the справка");
    }
    // A field the type does not know (a hand-edited file) is dropped on reading.
    let mut v: Value = serde_json::from_str(&json).unwrap();
    v["report"]["director"] = Value::String("Иванова Мария Петровна".into());
    v["report"]["figures"]["phone"] = Value::String("+7 900 000-00-00".into());
    let read = decode(v.to_string().as_bytes()).unwrap();
    assert!(!read.to_json().contains("Иванова"));
    assert!(!read.to_json().contains("900"));
}

#[test]
fn bad_files_get_russian_messages() {
    let good = make(&school(), "2026-05-30").to_json();
    let with = |f: &dyn Fn(&mut Value)| {
        let mut v: Value = serde_json::from_str(&good).unwrap();
        f(&mut v);
        decode(v.to_string().as_bytes()).unwrap_err()
    };
    assert_eq!(decode(b"").unwrap_err(), "Файл отчёта пуст.");
    assert!(decode(b"{\"format\": \"nastav")
        .unwrap_err()
        .contains("обрывается"));
    assert!(decode(b"\xFF\xFE").unwrap_err().contains("UTF-8"));
    assert!(decode(b"[1]").unwrap_err().contains("не объект"));
    assert!(decode(b"not json").unwrap_err().contains("не JSON"));
    assert!(
        with(&|v| v["format"] = "nastavnik".into()).contains("формат «nastavnik»"),
        "an archive is refused"
    );
    assert!(with(&|v| v["version"] = 2.into()).contains("более новой версией"));
    assert!(with(&|v| v["version"] = 0.into()).contains("номера версии"));
    assert!(with(&|v| v["date"] = "30.05.2026".into()).contains("неверная дата"));
    assert!(
        with(&|v| v["report"]["school"]["academic_year"] = "2026".into()).contains("учебный год")
    );
    assert!(with(&|v| v["report"]["figures"]["mentors"] = "два".into()).contains("строка"));
    assert!(with(&|v| v["report"]["figures"]["covered"] = 1000.into()).contains("противоречат"));
    assert!(with(&|v| v["report"]["figures"]["pairs"] = 50.into()).contains("по формам"));
    assert!(with(&|v| v["report"]["figures"]["roadmap"] = 150.into()).contains("100 %"));
    assert!(
        with(&|v| v["report"]["figures"]["satisfaction_mentees"] = 3.into()).contains("от 1 до 10")
    );
    let mut v: Value = serde_json::from_str(&good).unwrap();
    v["report"]["school"]["full_name"] = "".into();
    assert!(
        decode(v.to_string().as_bytes()).is_ok(),
        "the short name is enough"
    );
    v["report"]["school"]["short_name"] = "".into();
    assert!(decode(v.to_string().as_bytes())
        .unwrap_err()
        .contains("наименование школы"));
}

#[test]
fn the_spravka_is_a_docx_with_the_figures() {
    let d = school();
    let f = make(&d, "2026-05-30");
    let doc = spravka(&f, &d.profile.director.full_name, "Директор");
    let text = doc.plain();
    assert!(text.contains("СПРАВКА"));
    assert!(text.contains(&format!("в {} учебном году", d.profile.academic_year)));
    assert!(text.contains("30.05.2026"));
    assert!(text.contains("Мониторинг проведён"));
    for (k, v) in lines(&f.report.figures) {
        assert!(text.contains(&k) && text.contains(&v), "{k}: {v}");
    }
    let bytes = to_docx(&doc);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    assert!(xml.contains("Дорожная карта выполнена"));
    assert!(xml.contains(&surname_initials(&d.profile.director.full_name)));
}
