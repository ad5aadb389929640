use super::*;
use crate::domain::forms::MentoringForm;

fn sample() -> SchoolData {
    let mut d = SchoolData::default();
    d.profile.short_name = "ГБОУ СОШ № 96".into();
    d.profile.academic_year = "2025/2026".into();
    d.set_task_status("1.1", TaskStatus::Done).unwrap();
    d.set_task_status("2.2", TaskStatus::InProgress).unwrap();
    d.set_task_note("2.2", "Согласия собрать до 01.10").unwrap();
    d
}

fn good_json() -> Value {
    serde_json::from_str(&Envelope::new(sample(), 7, "2026-11-26T09:00:00.000Z").to_json()).unwrap()
}

/// The good archive changed by `edit`.
fn edited(edit: impl FnOnce(&mut Value)) -> Value {
    let mut v = good_json();
    edit(&mut v);
    v
}

fn err_of(v: &Value) -> ArchiveError {
    decode(v.to_string().as_bytes()).unwrap_err()
}

/// Why the good archive changed by `edit` is refused.
fn err_after(edit: impl FnOnce(&mut Value)) -> ArchiveError {
    err_of(&edited(edit))
}

/// Decodes a fixture of the example school (60 teachers) saved at `revision`: it must always
/// load, and comes out at the current version.
#[track_caller]
fn example_fixture(json: &str, revision: u64) -> Envelope {
    let env = decode(json.as_bytes()).expect("the fixture must always load");
    let d = &env.data;
    assert_eq!(
        (env.version, env.revision, d.people.len()),
        (CURRENT_VERSION, revision, 60)
    );
    env
}

/// Decoding `v` is refused at `path` with `message`.
#[track_caller]
fn assert_refused(v: &Value, path: &str, message: &str) {
    let e = err_of(v);
    assert_eq!((e.path.as_str(), e.message.as_str()), (path, message));
}

#[test]
fn round_trip_compact_and_pretty() {
    let env = Envelope::new(sample(), 7, "2026-11-26T09:00:00.000Z");
    assert_eq!(decode(env.to_json().as_bytes()).unwrap(), env);
    assert_eq!(decode(env.to_json_pretty().as_bytes()).unwrap(), env);
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(env.to_json().as_bytes());
    assert_eq!(decode(&bom).unwrap(), env, "a UTF-8 BOM is accepted");
    assert_eq!(peek_revision(&env.to_json()), Some(7));
}

const V1: &str = include_str!("../../../tests/fixtures/archive-v1.json");
const V2: &str = include_str!("../../../tests/fixtures/archive-v2.json");
const V3: &str = include_str!("../../../tests/fixtures/archive-v3.json");
const V4: &str = include_str!("../../../tests/fixtures/archive-v4.json");
const V5: &str = include_str!("../../../tests/fixtures/archive-v5.json");
const V6: &str = include_str!("../../../tests/fixtures/archive-v6.json");
const V7: &str = include_str!("../../../tests/fixtures/archive-v7.json");

#[test]
fn v7_fixture_stays_readable_forever_as_one_year() {
    let env = decode(V7.as_bytes()).expect("the v7 fixture must always load");
    let d = &env.data;
    assert_eq!(
        (env.version, env.revision, d.people.len()),
        (CURRENT_VERSION, 71, 60)
    );
    // v7 → v8: one year — no past years, every questionnaire this year's.
    assert!(d.past_years.is_empty());
    let answers = d
        .people
        .iter()
        .filter_map(|p| p.mentee.as_ref()?.answers.as_ref());
    assert!(answers.clone().count() > 5 && answers.clone().all(|a| !a.last_year));
    assert!(d
        .people
        .iter()
        .filter_map(|p| p.mentor.as_ref()?.answers.as_ref())
        .all(|a| !a.last_year));
    // The v7 fields came through.
    assert_eq!(d.profile.academic_year, "2025/2026");
    assert_eq!(
        (d.profile.inn.as_str(), d.profile.year_end.as_str()),
        ("7802000008", "2026-06-10")
    );
    assert_eq!(d.pair_orders[0].number, "74-о");
    assert_eq!(
        d.documents["order_pairs"].grounds.as_ref().unwrap().len(),
        2
    );
    assert_eq!(d.publication.log.len(), 1);
    assert_eq!((d.pairs.len(), d.monitoring.responses.len()), (2, 4));
    // Written again it has no trace of the new fields while they are empty.
    let json = Envelope::new(d.clone(), 72, "2026-12-04T10:00:00.000Z").to_json();
    assert!(!json.contains("past_years") && !json.contains("last_year"));
    assert_eq!(&decode(json.as_bytes()).unwrap().data, d);
}

/// The v7 fixture's year rolled over into 2026/2027, as an archive value.
fn two_years() -> Value {
    let d = decode(V7.as_bytes()).unwrap().data;
    let plan = crate::domain::years::RolloverPlan::carry_all(&d);
    let next = crate::domain::years::rollover(&d, &plan, "2026-06-20").unwrap();
    serde_json::to_value(Envelope::new(next, 72, "2026-06-20T10:00:00.000Z")).unwrap()
}

fn error_of(v: &Value) -> ArchiveError {
    decode(v.to_string().as_bytes()).unwrap_err()
}

#[test]
fn a_broken_past_year_is_refused_naming_the_year_and_the_place() {
    let v = two_years();
    let ok = decode(v.to_string().as_bytes()).unwrap();
    assert_eq!(summarize(&ok.data).past_years, ["2025/2026"]);
    assert_eq!(summarize(&ok.data).academic_year, "2026/2027");
    // A pair of the past year refers to nobody.
    let mut bad = v.clone();
    bad["data"]["past_years"][0]["data"]["pairs"][0]["mentor"] = "p999".into();
    let e = error_of(&bad);
    assert_eq!(e.path, "data.past_years[0].data.pairs[0].mentor");
    assert!(
        e.message
            .starts_with("Прошлый учебный год 2025/2026: Ссылка на педагога «p999»"),
        "{e}"
    );
    // A wrong date of closing, a wrong label, years out of order, a year inside a year.
    let mut bad = v.clone();
    bad["data"]["past_years"][0]["closed_on"] = "20.06.2026".into();
    let e = error_of(&bad);
    assert_eq!(e.path, "data.past_years[0].closed_on");
    assert!(e.message.contains("2025/2026"), "{e}");
    let mut bad = v.clone();
    bad["data"]["past_years"][0]["label"] = "2025/2027".into();
    assert!(error_of(&bad).message.contains("указан неверно"));
    let mut bad = v.clone();
    bad["data"]["past_years"][0]["label"] = "2026/2027".into();
    let e = error_of(&bad);
    assert!(e.message.contains("не на своём месте"), "{e}");
    let mut bad = v.clone();
    let inner = bad["data"]["past_years"][0].clone();
    bad["data"]["past_years"][0]["data"]["past_years"] = Value::Array(vec![inner]);
    let e = error_of(&bad);
    assert_eq!(e.path, "data.past_years[0].data.past_years");
    // An unknown field inside a past year is named with its path.
    let mut bad = v;
    bad["data"]["past_years"][0]["data"]["profile"]["color"] = "red".into();
    let e = error_of(&bad);
    assert!(e.path.starts_with("data.past_years[0].data.profile"), "{e}");
}

#[test]
fn v6_fixture_stays_readable_forever() {
    let env = example_fixture(V6, 57);
    let d = &env.data;
    // v6 kept the day of a bank decision.
    assert_eq!(
        d.person("p3").unwrap().mentee.as_ref().unwrap().decided,
        "2025-09-20"
    );
    // v6 → v7: the profile's requisites, pay and own acts are empty, the young-specialist
    // rule is «both», no corrected forms, no further orders on pairs; the documents cite
    // their kinds' default grounds.
    let p = &d.profile;
    assert_eq!(
        (
            p.address.as_str(),
            p.inn.as_str(),
            p.ogrn.as_str(),
            p.founder.as_str()
        ),
        ("", "", "", "")
    );
    assert_eq!((p.pay_amount.as_str(), p.year_end.as_str()), ("", ""));
    assert_eq!(p.young_rule, crate::domain::school::YoungRule::Both);
    assert!(p.declensions.is_empty() && p.regional_acts.is_empty() && !p.union_opinion);
    assert!(d.pair_orders.is_empty());
    assert!(d.documents.values().all(|r| r.grounds.is_none()));
    assert_eq!(d.final_event.place, "");
    // The data came through unchanged otherwise.
    assert_eq!(d.final_event.format, "фестиваль педагогических идей");
    assert_eq!(d.pairs.len(), 2);
    // A round trip keeps every field.
    let again = decode(
        Envelope::new(d.clone(), 58, "2026-12-04T10:00:00.000Z")
            .to_json()
            .as_bytes(),
    )
    .unwrap();
    assert_eq!(&again.data, d);
}

#[test]
fn v5_fixture_stays_readable_forever() {
    use crate::domain::library::PracticeKind;
    use crate::domain::monitoring::{Audience, RoundKind};
    use crate::domain::people::BankStatus;
    let env = example_fixture(V5, 57);
    let d = &env.data;
    // v5 → v6: the decisions keep their status and reason, with no invented date.
    let fixture: Value = serde_json::from_str(V5).unwrap();
    for (p, raw) in d
        .people
        .iter()
        .zip(fixture["data"]["people"].as_array().unwrap())
    {
        for (role, status, reason, decided) in [
            (
                "mentee",
                p.mentee.as_ref().map(|r| r.status),
                p.mentee.as_ref().map(|r| r.reason.as_str()),
                p.mentee.as_ref().map(|r| r.decided.as_str()),
            ),
            (
                "mentor",
                p.mentor.as_ref().map(|r| r.status),
                p.mentor.as_ref().map(|r| r.reason.as_str()),
                p.mentor.as_ref().map(|r| r.decided.as_str()),
            ),
        ] {
            let was = &raw[role];
            assert_eq!(was.is_null(), status.is_none(), "{} {role}", p.id);
            if let Some(status) = status {
                assert_eq!(was["status"], status.key(), "{} {role}", p.id);
                assert_eq!(was["reason"].as_str().unwrap_or(""), reason.unwrap());
                assert_eq!(decided, Some(""));
            }
        }
    }
    assert!(d.people.iter().any(|p| p
        .mentee
        .as_ref()
        .is_some_and(|r| r.status == BankStatus::Included)));
    // v6 → v7: the profile's new fields are empty, the rule is «both», no own acts.
    assert_eq!(d.profile.inn, "");
    assert_eq!(d.profile.young_rule, crate::domain::school::YoungRule::Both);
    assert!(d.profile.regional_acts.is_empty() && d.profile.declensions.is_empty());
    assert!(d.documents.values().all(|r| r.grounds.is_none()));
    let m = &d.monitoring;
    assert_eq!(m.mentee_questions[5].text, "Доступность наставника");
    assert_eq!(m.mentee_questions[5].scale, 5);
    assert_eq!(m.final_round().unwrap().id, "m2");
    assert_eq!(m.rounds[0].kind, RoundKind::Interim);
    let r = m.response("m2", "g1", "p17").unwrap();
    assert_eq!((r.audience, r.answers["q6"]), (Audience::Mentor, 4));
    assert_eq!(m.self_assessment_of("p3").unwrap().after["classroom"], 4);
    assert_eq!(d.library.len(), 2);
    assert_eq!(d.library[0].kind, PracticeKind::LessonNotes);
    assert!(d.library[0].best && d.library[0].publish);
    assert_eq!(d.library[0].tags, ["математика", "открытый урок"]);
    assert_eq!(d.final_event.format, "фестиваль педагогических идей");
    assert_eq!(d.final_event.participants.len(), 5);
    assert_eq!(d.final_event.program_items().len(), 3);
    // A round trip keeps every field.
    let again = decode(env.to_json_pretty().as_bytes()).unwrap();
    assert_eq!(again, env);
}

#[test]
fn stage6_refers_only_to_what_exists() {
    let v: Value = serde_json::from_str(V5).unwrap();
    for (pointer, value, path, says) in [
        (
            "/data/monitoring/responses/0/person",
            "p999".into(),
            "data.monitoring.responses[0].person",
            "p999",
        ),
        (
            "/data/monitoring/responses/1/pair",
            "g9".into(),
            "data.monitoring.responses[1].pair",
            "«g9»",
        ),
        (
            "/data/monitoring/responses/2/round",
            "m7".into(),
            "data.monitoring.responses[2].round",
            "«m7»",
        ),
        (
            "/data/monitoring/responses/3/answers/q6",
            Value::from(6),
            "data.monitoring.responses[3].answers.q6",
            "Оценка 6 вне шкалы от 1 до 5.",
        ),
        (
            "/data/monitoring/self_assessment/0/person",
            "p999".into(),
            "data.monitoring.self_assessment[0].person",
            "p999",
        ),
        (
            "/data/monitoring/rounds/1/date",
            "20.05.2026".into(),
            "data.monitoring.rounds[1].date",
            "20.05.2026",
        ),
        (
            "/data/monitoring/mentee_questions/0/scale",
            Value::from(7),
            "data.monitoring.mentee_questions[0].scale",
            "5 или 10",
        ),
        (
            "/data/library/0/author",
            "p999".into(),
            "data.library[0].author",
            "p999",
        ),
        (
            "/data/library/0/area",
            "astronomy".into(),
            "data.library[0].area",
            "«astronomy»",
        ),
        (
            "/data/library/1/link",
            "javascript:alert(1)".into(),
            "data.library[1].link",
            "https://",
        ),
        (
            "/data/final_event/participants/0",
            "p999".into(),
            "data.final_event.participants",
            "p999",
        ),
        (
            "/data/final_event/date",
            "27.05.2026".into(),
            "data.final_event.date",
            "ГГГГ-ММ-ДД",
        ),
    ] {
        let mut bad = v.clone();
        *bad.pointer_mut(pointer).unwrap() = value;
        let e = err_of(&bad);
        assert_eq!(e.path, path, "{pointer}: {}", e.message);
        assert!(e.message.contains(says), "{pointer}: {}", e.message);
    }
    // An answer to a question that does not exist; an unknown area in a self-assessment.
    let mut bad = v.clone();
    bad["data"]["monitoring"]["responses"][0]["answers"]["q9"] = 5.into();
    assert_eq!(err_of(&bad).path, "data.monitoring.responses[0].answers.q9");
    let mut bad = v.clone();
    bad["data"]["monitoring"]["self_assessment"][1]["before"]["astronomy"] = 3.into();
    let e = err_of(&bad);
    assert_eq!(
        e.path,
        "data.monitoring.self_assessment[1].before.astronomy"
    );
    assert!(e.message.contains("data.taxonomy"), "{}", e.message);
    // Unknown kinds are named with the allowed values.
    let mut bad = v.clone();
    bad["data"]["library"][0]["kind"] = "book".into();
    let e = err_of(&bad);
    assert_eq!(e.path, "data.library[0].kind");
    assert!(e.message.contains("«lesson_notes»"), "{}", e.message);
}

#[test]
fn v3_gets_empty_pairs_and_default_settings() {
    let env = decode(V3.as_bytes()).unwrap();
    assert!(env.data.pairs.is_empty() && env.data.trainings.is_empty());
    assert!(env.data.support.is_empty());
    assert_eq!(
        env.data.matching,
        crate::domain::pairs::MatchingSettings::default()
    );
}

#[test]
fn v4_fixture_stays_readable_forever() {
    use crate::domain::pairs::PairStatus;
    let env = example_fixture(V4, 44);
    let d = &env.data;
    // v4 → v5: the default questionnaires, no rounds, an empty library, no event.
    assert_eq!(
        d.monitoring,
        crate::domain::monitoring::Monitoring::default()
    );
    assert!(d.library.is_empty());
    assert_eq!(d.final_event, crate::domain::library::FinalEvent::default());
    assert_eq!(d.pairs.len(), 2);
    let g1 = d.pair("g1").unwrap();
    assert_eq!(
        (g1.mentor.as_str(), g1.mentees.as_slice()),
        ("p17", &["p3".to_string()][..])
    );
    assert_eq!(g1.history.len(), 1);
    assert_eq!(g1.history[0].from, "p8");
    assert_eq!(g1.history[0].reason, "Переход наставника в другую школу");
    assert!(g1.program.tasks[0].items[0].done);
    assert_eq!(g1.status, PairStatus::Active);
    let g2 = d.pair("g2").unwrap();
    assert_eq!(g2.mentees, ["p6", "p13"]);
    assert_eq!(g2.form, MentoringForm::Group);
    assert_eq!(d.trainings[0].attended.len(), 2);
    assert_eq!(d.support[0].mentee, "p15");
    assert_eq!(d.matching.threshold, 45);
    assert_eq!(
        d.matching.forbidden,
        [("p48".to_string(), "p22".to_string())]
    );
}

#[test]
fn pairs_refer_only_to_people_of_the_register() {
    let v: Value = serde_json::from_str(V4).unwrap();
    for (pointer, value, path) in [
        ("/data/pairs/0/mentor", "p999", "data.pairs[0].mentor"),
        (
            "/data/pairs/1/mentees/1",
            "p999",
            "data.pairs[1].mentees[1]",
        ),
        (
            "/data/pairs/0/history/0/from",
            "p999",
            "data.pairs[0].history[0].from",
        ),
        ("/data/support/0/mentee", "p999", "data.support[0].mentee"),
        (
            "/data/matching/forbidden/0/1",
            "p999",
            "data.matching.forbidden[0]",
        ),
        ("/data/pairs/0/start", "01.10.2025", "data.pairs[0].start"),
    ] {
        let mut bad = v.clone();
        *bad.pointer_mut(pointer).unwrap() = value.into();
        let e = err_of(&bad);
        assert_eq!(e.path, path, "{pointer}");
        assert!(e.message.contains(value), "{pointer}: {}", e.message);
    }
    let mut bad = v.clone();
    bad["data"]["pairs"][1]["id"] = "g1".into();
    assert!(err_of(&bad)
        .message
        .contains("повторяющийся идентификатор пары"));
    let mut bad = v.clone();
    bad["data"]["pairs"][0]["mentees"] = Value::Array(vec![]);
    assert_eq!(err_of(&bad).path, "data.pairs[0].mentees");
}

#[test]
fn v1_fixture_stays_readable_forever() {
    let env = decode(V1.as_bytes()).expect("the v1 fixture must always load");
    assert_eq!(env.version, CURRENT_VERSION);
    assert_eq!(env.revision, 12);
    assert_eq!(env.data.profile.short_name, "ГБОУ СОШ № 96");
    assert_eq!(
        env.data.profile.director.full_name,
        "Иванова Мария Петровна"
    );
    assert_eq!(env.data.profile.academic_year, "2025/2026");
    // v1 → v2: the seed roadmap with the v1 statuses and notes.
    assert_eq!(env.data.roadmap.len(), 22);
    assert_eq!(env.data.status("1.1"), TaskStatus::Done);
    assert_eq!(env.data.status("1.3"), TaskStatus::InProgress);
    assert_eq!(env.data.status("1.2"), TaskStatus::NotStarted);
    assert_eq!(
        env.data.row("2.1").unwrap().note,
        "Анкеты раздать на педсовете 28.08"
    );
    assert!(env.data.documents.is_empty());
    assert_eq!(
        env.data.profile.forms,
        crate::domain::forms::default_forms()
    );
}

#[test]
fn v2_fixture_stays_readable_forever() {
    let env = decode(V2.as_bytes()).expect("the v2 fixture must always load");
    assert_eq!(env.revision, 31);
    assert_eq!(env.data.profile.short_name, "ГБОУ СОШ № 96");
    assert_eq!(env.data.roadmap.len(), 23);
    assert_eq!(
        env.data.profile.forms,
        vec![
            MentoringForm::Traditional,
            MentoringForm::Group,
            MentoringForm::Reverse
        ]
    );
    assert_eq!(
        env.data.row("r1").unwrap().event,
        "Педагогический совет о наставничестве"
    );
    assert_eq!(env.data.status("1.1"), TaskStatus::Done);
    let order = env.data.document(DocKind::OrderRegulation);
    assert_eq!(
        (order.number.as_str(), order.date.as_str()),
        ("45-о", "2025-08-29")
    );
    assert_eq!(order.status, DocStatus::Signed);
    assert!(order.edited.is_none());
    // v2 → v3: an empty register and the default taxonomy.
    assert!(env.data.people.is_empty());
    assert_eq!(env.data.taxonomy, crate::domain::taxonomy::default_areas());
}

#[test]
fn v3_fixture_stays_readable_forever() {
    use crate::domain::people::{BankStatus, Category};
    let env = decode(V3.as_bytes()).expect("the v3 fixture must always load");
    assert_eq!(env.revision, 44);
    assert_eq!(env.data.people.len(), 2);
    let mentee = env.data.person("p1").unwrap();
    assert_eq!(mentee.full_name, "Соколова Ольга Викторовна");
    let role = mentee.mentee.as_ref().unwrap();
    assert_eq!(role.status, BankStatus::Included);
    assert_eq!(role.answers.as_ref().unwrap().needs["classroom"], 5);
    assert_eq!(mentee.matching_block(), None);
    let mentor = env.data.person("p2").unwrap();
    assert_eq!(mentor.category, Category::Highest);
    assert_eq!(mentor.mentor_answers().unwrap().capacity, 2);
    assert_eq!(mentor.may_mentor(), Ok(()));
    assert_eq!(env.data.document(DocKind::OrderRegulation).number, "45-о");
}

#[test]
fn v1_errors_point_into_the_v1_file() {
    let e = decode(V1.replace("\"1.1\":", "\"9.9\":").as_bytes()).unwrap_err();
    assert_eq!(e.path, "data.tasks[\"9.9\"]");
    assert_eq!(
        e.message,
        "Ссылка на несуществующую задачу «9.9»: в этапах программы такой задачи нет."
    );
    let e = decode(
        V1.replace("\"status\": \"done\"", "\"status\": 1")
            .as_bytes(),
    )
    .unwrap_err();
    assert_eq!(e.path, "data.tasks[\"1.1\"].status");
}

#[test]
fn migrations_cover_every_old_version() {
    assert_eq!(MIGRATIONS.len() + 1, CURRENT_VERSION as usize);
}

#[test]
fn too_large() {
    let big = vec![b' '; MAX_ARCHIVE_BYTES + 1];
    let e = decode(&big).unwrap_err();
    assert_eq!(
        e.message,
        "Файл слишком большой: 20,0 МБ. Архив «Наставника» не может быть больше 20 МБ."
    );
    let e = decode(&vec![b' '; 25 * 1024 * 1024]).unwrap_err();
    assert!(
        e.message.starts_with("Файл слишком большой: 25,0 МБ."),
        "{e}"
    );
}

#[test]
fn empty_file() {
    assert_eq!(decode(b"").unwrap_err().message, "Файл пуст.");
    assert_eq!(decode(b" \n ").unwrap_err().message, "Файл пуст.");
}

#[test]
fn not_utf8() {
    let e = decode(b"\xff\xfe{\x00}").unwrap_err();
    assert_eq!(
        e.message,
        "Файл не является текстом в кодировке UTF-8, это не архив «Наставника»."
    );
}

#[test]
fn not_json() {
    let e = decode("Дорожная карта\n2025".as_bytes()).unwrap_err();
    assert_eq!(
        e.message,
        "Файл не является JSON: ошибка в строке 1, столбце 1."
    );
    assert_eq!(e.path, "");
    let e = decode(b"{\"format\": nastavnik}").unwrap_err();
    assert!(
        e.message
            .starts_with("Файл не является JSON: ошибка в строке 1"),
        "{e}"
    );
}

#[test]
fn truncated() {
    let full = Envelope::new(sample(), 7, "2026-11-26T09:00:00.000Z").to_json_pretty();
    let mut half = full.len() / 2;
    while !full.is_char_boundary(half) {
        half -= 1;
    }
    let cut = &full[..half];
    let e = decode(cut.as_bytes()).unwrap_err();
    assert!(
        e.message
            .starts_with("Файл обрывается: JSON не завершён (строка "),
        "{e}"
    );
    assert!(e.message.contains("не полностью"));
}

#[test]
fn not_an_object() {
    let e = decode(b"[1, 2, 3]").unwrap_err();
    assert_eq!(
        e.message,
        "Это не архив «Наставника»: в файле не объект JSON."
    );
}

#[test]
fn another_format() {
    let mut v = good_json();
    v["format"] = "excel-export".into();
    assert_refused(
        &v,
        "format",
        "Это не архив «Наставника»: формат файла «excel-export», а нужен «nastavnik».",
    );
    v.as_object_mut().unwrap().remove("format");
    assert_eq!(
        err_of(&v).message,
        "Это не архив «Наставника»: в файле нет поля format."
    );
    let e = decode(b"{\"name\": \"package.json\"}").unwrap_err();
    assert_eq!(e.path, "format");
}

#[test]
fn newer_version() {
    let e = err_after(|v| v["version"] = (CURRENT_VERSION + 1).into());
    assert_eq!(e.path, "version");
    assert_eq!(
        e.message,
        format!(
            "Архив создан более новой версией программы (версия формата {}), а эта программа \
             понимает версии до {CURRENT_VERSION}. Обновите «Наставник» на сайте школы и \
             загрузите архив снова.",
            CURRENT_VERSION + 1
        )
    );
}

#[test]
fn people_are_checked() {
    let person = serde_json::json!({
        "id": "p1", "full_name": "Соколова Ольга Викторовна", "position": "Учитель",
        "subjects": ["Математика"], "experience": 2, "school_experience": 1,
        "birth_date": "1999-04-12", "age_group": "", "category": "none", "phone": "",
        "email": "", "mentee": {"status": "included", "answers": {
            "date": "2025-09-10", "needs": {"classroom": 5}, "forms": ["traditional"], "text": ""}},
        "mentor": null,
        "consents": {"processing": {"date": "2025-09-01"}, "publication": null, "mentoring": null},
        "anonymized": false
    });
    // The archive with only `person`, changed by `edit`.
    let with_person = |edit: fn(&mut Value)| {
        let mut v = good_json();
        let mut p = person.clone();
        edit(&mut p);
        v["data"]["people"] = serde_json::json!([p]);
        v
    };
    let v = with_person(|_| {});
    assert!(decode(v.to_string().as_bytes()).is_ok());

    assert_refused(
        &edited(|v| v["data"]["people"] = serde_json::json!([person.clone(), person.clone()])),
        "data.people[1].id",
        "Пустой или повторяющийся идентификатор педагога «p1».",
    );

    let v = with_person(|p| p["mentee"]["answers"]["needs"] = serde_json::json!({"astrology": 3}));
    assert_refused(
        &v,
        "data.people[0].mentee.answers.needs.astrology",
        "Нет такой области в перечне затруднений: «astrology».",
    );

    let v = with_person(|p| p["mentee"]["answers"]["needs"] = serde_json::json!({"classroom": 9}));
    assert_eq!(
        err_of(&v).message,
        "Дисциплина и управление классом: Оценка должна быть от 1 до 5, а не 9."
    );

    let v = with_person(|p| p["mentee"]["decided"] = "05.09.2025".into());
    assert_refused(
        &v,
        "data.people[0].mentee.decided",
        "Дата решения «05.09.2025» не в формате ГГГГ-ММ-ДД.",
    );

    let v = with_person(|p| p["birth_date"] = "12.04.1999".into());
    assert_eq!(err_of(&v).path, "data.people[0].birth_date");

    let v = with_person(|p| p["category"] = "doctor".into());
    assert_eq!(err_of(&v).path, "data.people[0].category");
}

#[test]
fn bad_version_value() {
    let mut v = good_json();
    v["version"] = 0.into();
    assert_eq!(
        err_of(&v).message,
        "Номер версии формата должен быть целым числом от 1, а в файле: 0."
    );
    v["version"] = "1".into();
    assert_eq!(err_of(&v).path, "version");
    v.as_object_mut().unwrap().remove("version");
    assert_eq!(
        err_of(&v).message,
        "В архиве нет номера версии формата (поле version)."
    );
}

#[test]
fn wrong_type_names_the_path() {
    let e = err_after(|v| v["data"]["profile"]["city"] = 42.into());
    assert_eq!(e.path, "data.profile.city");
    assert_eq!(
        e.message,
        "Неверный тип значения: ожидается строка, а в файле целое число 42."
    );
    assert_eq!(
        e.to_string(),
        "Неверный тип значения: ожидается строка, а в файле целое число 42. \
         Место в файле: data.profile.city."
    );

    assert_refused(
        &edited(|v| v["revision"] = (-3).into()),
        "revision",
        "Неверный тип значения: ожидается целое неотрицательное число, а в файле целое число -3.",
    );

    assert_refused(
        &edited(|v| v["data"]["roadmap"] = serde_json::json!({})),
        "data.roadmap",
        "Неверный тип значения: ожидается массив, а в файле объект.",
    );
}

#[test]
fn wrong_enum_value_lists_the_allowed_ones() {
    let e = err_after(|v| v["data"]["roadmap"][0]["status"] = "finished".into());
    assert_eq!(e.path, "data.roadmap[0].status");
    assert_eq!(
        e.message,
        "Недопустимое значение «finished». Допустимые значения: «not_started» (не начато), \
         «in_progress» (в работе), «done» (выполнено)."
    );
}

#[test]
fn missing_field_names_it() {
    let mut v = good_json();
    v["data"]["profile"]
        .as_object_mut()
        .unwrap()
        .remove("short_name");
    assert_refused(
        &v,
        "data.profile.short_name",
        "Нет обязательного поля «short_name».",
    );

    let mut v = good_json();
    v.as_object_mut().unwrap().remove("data");
    assert_eq!(err_of(&v).path, "data");
}

#[test]
fn errors_in_an_indented_file_name_the_same_place() {
    let indented =
        |v: &Value| decode(serde_json::to_string_pretty(v).unwrap().as_bytes()).unwrap_err();
    let mut v = good_json();
    v["data"]["profile"]["city"] = 42.into();
    assert_eq!(indented(&v).path, "data.profile.city");
    let mut v = good_json();
    v["data"]["profile"]
        .as_object_mut()
        .unwrap()
        .remove("short_name");
    assert_eq!(indented(&v).path, "data.profile.short_name");
    let mut v = good_json();
    v["data"]["roadmap"][2]["inn"] = 1.into();
    assert_eq!(indented(&v).path, "data.roadmap[2].inn");
    let mut v = good_json();
    v["data"]["roadmap"][1]["status"] = "finished".into();
    assert_eq!(indented(&v).path, "data.roadmap[1].status");
    let mut v = good_json();
    v["data"]["roadmap"][3] = serde_json::json!([]);
    assert_eq!(indented(&v).path, "data.roadmap[3]");
}

#[test]
fn enums_of_the_wrong_shape() {
    let mut v = good_json();
    v["data"]["roadmap"][0]["status"] = 1.into();
    assert_refused(
        &v,
        "data.roadmap[0].status",
        "Неверный тип значения: ожидается string or map, а в файле целое число 1.",
    );
    v["data"]["roadmap"][0]["status"] = serde_json::json!([true]);
    let e = err_of(&v);
    assert_eq!(e.path, "data.roadmap[0].status");
    assert!(e.message.ends_with("а в файле массив."), "{e}");
    v["data"]["roadmap"][0]["status"] = serde_json::json!({});
    assert_refused(
        &v,
        "data.roadmap[0].status",
        "Неверный тип значения: ожидается map with a single key, а в файле объект.",
    );

    let edited = |blocks: Value| {
        let mut v = good_json();
        v["data"]["documents"]["regulation"] = serde_json::json!({ "edited": blocks });
        err_of(&v)
    };
    let e = edited(serde_json::json!([{"page_break": null}, {"page_break": null, "x": 1}]));
    assert_eq!(e.path, "data.documents.regulation.edited[1]");
    assert!(e.message.contains("map with a single key"), "{e}");
    let e = edited(serde_json::json!([{}]));
    assert_eq!(e.path, "data.documents.regulation.edited[0]");
    let e = edited(serde_json::json!([{"page_break": null}, {"para": {"text": []}}]));
    assert_eq!(e.path, "data.documents.regulation.edited[1]");
    assert!(
        e.message
            .starts_with("Недопустимое значение «para». Допустимые значения: «heading», "),
        "{e}"
    );
    let e = edited(serde_json::json!([{"paragraph": {"text": [], "align": "middle"}}]));
    assert_eq!(
        e.path,
        "data.documents.regulation.edited[0].paragraph.align"
    );
    let e = edited(serde_json::json!([{"paragraph": {"align": "left"}}]));
    assert_eq!(e.path, "data.documents.regulation.edited[0].paragraph.text");
    assert_eq!(e.message, "Нет обязательного поля «text».");
}

#[test]
fn a_repeated_field_is_refused() {
    let text = good_json()
        .to_string()
        .replacen("\"city\":", "\"city\":\"Пушкин\",\"city\":", 1);
    let e = decode(text.as_bytes()).unwrap_err();
    assert_eq!(e.path, "data.profile.city");
    assert_eq!(e.message, "Поле «city» повторяется.");
}

#[test]
fn unknown_field_is_refused_not_dropped() {
    let e = err_after(|v| v["data"]["profile"]["kpp"] = "780101001".into());
    assert_eq!(e.path, "data.profile.kpp");
    assert!(e.message.starts_with("Лишнее поле «kpp»"), "{e}");
}

#[test]
fn dangling_document_reference() {
    assert_refused(
        &edited(|v| v["data"]["documents"]["order_party"] = serde_json::json!({"number": "1"})),
        "data.documents.order_party",
        "Ссылка на неизвестный документ «order_party»: в программе нет такого документа.",
    );
}

#[test]
fn duplicate_row_ids_and_bad_stages() {
    assert_refused(
        &edited(|v| v["data"]["roadmap"][4]["id"] = "1.1".into()),
        "data.roadmap[4].id",
        "Повторяется идентификатор строки «1.1».",
    );
    assert_eq!(
        err_after(|v| v["data"]["roadmap"][2]["stage"] = 8.into()).path,
        "data.roadmap[2].stage"
    );
}

#[test]
fn bad_document_fields() {
    let mut v = good_json();
    v["data"]["documents"]["regulation"] = serde_json::json!({"date": "29.08.2025"});
    assert_refused(
        &v,
        "data.documents.regulation.date",
        "Дата «29.08.2025» не в формате ГГГГ-ММ-ДД.",
    );
    v["data"]["documents"]["regulation"] = serde_json::json!({"status": "approved"});
    let e = err_of(&v);
    assert_eq!(e.path, "data.documents.regulation.status");
    assert_eq!(
        e.message,
        "Недопустимое значение «approved». Допустимые значения: «draft» (черновик), \
         «signed» (подписан), «published» (опубликован)."
    );
}

#[test]
fn bad_saved_at() {
    let e = err_after(|v| v["saved_at"] = "26.11.2026".into());
    assert_eq!(e.path, "saved_at");
    assert!(e
        .message
        .starts_with("Дата сохранения «26.11.2026» не в формате ISO 8601"));
}

#[test]
fn oversized_texts() {
    let mut v = good_json();
    v["data"]["roadmap"][3]["note"] = "я".repeat(MAX_LONG_CHARS + 1).into();
    assert_refused(&v, "data.roadmap[3].note", "Текст длиннее 5000 символов.");

    let mut v = good_json();
    v["data"]["profile"]["director"]["full_name"] = "я".repeat(MAX_FIELD_CHARS + 1).into();
    assert_eq!(err_of(&v).path, "data.profile.director.full_name");
}

#[test]
fn edited_documents_of_every_kind_round_trip() {
    use crate::domain::documents::templates::generate;
    let mut d = sample();
    for kind in DocKind::ALL {
        let blocks = generate(kind, &d).blocks;
        d.update_document(kind, |r| r.edited = Some(blocks));
    }
    let env = Envelope::new(d, 3, "2026-11-26T09:00:00.000Z");
    assert_eq!(decode(env.to_json().as_bytes()).unwrap(), env);
}

#[test]
fn summary_counts() {
    let s = summarize(&sample());
    assert_eq!(s.school, "ГБОУ СОШ № 96");
    assert_eq!((s.tasks_done, s.tasks_in_progress, s.notes), (1, 1, 1));
    assert_eq!(
        s.counts_line(),
        "мероприятий: 25, выполнено: 1, в работе: 1, примечаний: 1"
    );
    assert_eq!(summarize(&SchoolData::default()).school, "школа не указана");
    assert_eq!(summarize(&SchoolData::default()).people_line(), "нет");
    let example = crate::domain::example::example_school();
    let s = summarize(&example);
    let mentees = example.people.iter().filter(|p| p.mentee.is_some()).count();
    let mentors = example.people.iter().filter(|p| p.mentor.is_some()).count();
    assert!(mentees > 0 && mentors > 0);
    assert_eq!(
        s.people_line(),
        format!("60 (наставляемых: {mentees}, кандидатов в наставники: {mentors})")
    );
}
