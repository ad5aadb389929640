use super::*;
use crate::domain::import::read_table;
use crate::domain::people::{Consents, MenteeRole};

const TODAY: &str = "2026-09-20";

fn person(id: &str, name: &str) -> Person {
    Person {
        id: id.into(),
        full_name: name.into(),
        consents: Consents::default(),
        ..Default::default()
    }
}

fn data() -> SchoolData {
    let mut d = SchoolData::default();
    d.profile.short_name = "МБОУ СОШ № 7".into();
    d.profile.academic_year = "2026/2027".into();
    d.people = vec![
        person("p1", "Иванова Мария Петровна"),
        person("p2", "Семёнова Алёна Игоревна"),
        person("p3", "Кузнецова Анна Сергеевна"),
        person("p4", "Кузнецова Анна Викторовна"),
        person("p5", "Орлов Олег Олегович"),
    ];
    d
}

/// The numbered question titles of a «Вопросы для онлайн-формы» text, as a coordinator
/// copies them into the builder.
fn titles(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let (n, rest) = l.split_once(". ")?;
            (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).then(|| rest.to_string())
        })
        .collect()
}

fn csv_line(cells: &[String]) -> String {
    cells
        .iter()
        .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn the_form_questions_round_trip_through_a_yandex_export_header() {
    let d = data();
    for audience in Audience::ALL {
        let text = form_text(&d, audience);
        let questions = form_questions(&d, audience);
        let titles = titles(&text);
        assert_eq!(titles.len(), questions.len(), "{text}");
        // A Яндекс Формы export: «ID», «Время создания», then the question texts.
        let mut header = vec!["ID".to_string(), "Время создания".to_string()];
        header.extend(titles.iter().cloned());
        let csv = format!("{}\n{}\n", csv_line(&header), csv_line(&header));
        let table = read_table("export.csv", csv.as_bytes()).unwrap();
        assert_eq!(table.headers, header);
        let got = guess_fields(&table.headers, &d, audience);
        let mut want = vec![Field::Ignore, Field::Date];
        want.extend(questions.iter().map(|q| q.field.clone()));
        assert_eq!(got, want, "{audience:?}");
        // Every question maps to a field of its own, and every area is asked.
        for area in &d.taxonomy {
            assert!(
                got.contains(&Field::Area(area.id.clone())),
                "{}",
                area.title
            );
        }
        let s = FormImport::new("export.csv", table, &d, audience, TODAY);
        assert_eq!(s.mapping_error, None);
    }
}

#[test]
fn a_google_forms_grid_and_a_renamed_area_are_recognised() {
    let mut d = data();
    d.taxonomy[0].title = "Целеполагание урока".into();
    let headers: Vec<String> = [
        "Отметка времени",
        "ФИО",
        "Насколько вам нужна помощь? [Целеполагание урока]",
        "Насколько вам нужна помощь? [Оценивание и контроль]",
        "Какие формы наставничества вам подходят?",
        "Комментарий",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(
        guess_fields(&headers, &d, Audience::Mentee),
        [
            Field::Date,
            Field::Person,
            Field::Area(d.taxonomy[0].id.clone()),
            Field::Area("assessment".into()),
            Field::Forms,
            Field::Text
        ]
    );
    // The mentor-only fields are not offered for the mentee questionnaire.
    let h = vec![CAPACITY_QUESTION.to_string()];
    assert_eq!(guess_fields(&h, &d, Audience::Mentee), [Field::Ignore]);
    assert_eq!(guess_fields(&h, &d, Audience::Mentor), [Field::Capacity]);
}

#[test]
fn a_name_asked_in_three_parts_is_put_together() {
    let d = data();
    let csv =
        "Фамилия;Имя;Отчество;Комментарий\nИванова;Мария;Петровна;нужна помощь\nОрлов;О.;;тоже\n";
    let table = read_table("ответы.csv", csv.as_bytes()).unwrap();
    let s = FormImport::new("ответы.csv", table, &d, Audience::Mentee, TODAY);
    assert_eq!(
        s.source.columns,
        [
            Field::Person,
            Field::FirstName,
            Field::Patronymic,
            Field::Text
        ]
    );
    assert_eq!(s.rows[0].name, "Иванова Мария Петровна");
    assert_eq!(s.rows[0].person.as_ref().unwrap().0, "p1");
    assert_eq!(s.rows[1].person.as_ref().unwrap().0, "p5");
    // «Имя» alone is the whole name.
    let h = vec!["Имя".to_string(), "Комментарий".to_string()];
    assert_eq!(
        guess_fields(&h, &d, Audience::Mentee),
        [Field::Person, Field::Text]
    );
}

#[test]
fn forms_and_dates_are_read_as_forms_export_them() {
    assert_eq!(
        parse_forms("традиционная («один на один»), в группе"),
        Ok(vec![MentoringForm::Traditional, MentoringForm::Group])
    );
    assert_eq!(
        parse_forms("по ролям («педагог – педагог», «руководитель – педагог»); реверсивное"),
        Ok(vec![MentoringForm::Reverse, MentoringForm::ByRoles])
    );
    assert_eq!(parse_forms(" "), Ok(vec![]));
    assert!(parse_forms("по переписке")
        .unwrap_err()
        .contains("«по переписке»"));
    for form in MentoringForm::ALL {
        assert_eq!(parse_forms(form_option(form)), Ok(vec![form]), "{form:?}");
        assert_eq!(parse_forms(form.label()), Ok(vec![form]), "{form:?}");
    }
    assert_eq!(
        parse_form_date("2026-09-10 14:03:11").as_deref(),
        Some("2026-09-10")
    );
    assert_eq!(
        parse_form_date("10.09.2026 14:03:11").as_deref(),
        Some("2026-09-10")
    );
    assert_eq!(
        parse_form_date("10.09.2026, 14:03").as_deref(),
        Some("2026-09-10")
    );
    assert_eq!(parse_form_date("1.9.2026").as_deref(), Some("2026-09-01"));
    assert_eq!(
        parse_form_date("2026-09-10T14:03:11Z").as_deref(),
        Some("2026-09-10")
    );
    assert_eq!(parse_form_date("46275.4201"), Some("2026-09-10".into()));
    assert_eq!(parse_form_date("вчера"), None);
    assert_eq!(parse_form_date("31.02.2026"), None);
}

const MENTEES: &str = "\
ID,Время создания,\"Фамилия, имя, отчество (полностью)\",Насколько вам нужна помощь: Дисциплина и управление классом,Насколько вам нужна помощь: Взаимодействие с родителями,Какие формы наставничества вам подходят,Ваши профессиональные запросы и затруднения своими словами
101,2026-09-10 10:00:00,Иванова Мария Петровна,5,3,\"традиционная («один на один»), в группе\",Шумный 7 «Б»
102,2026-09-10 10:05:00,Семенова Алена Игоревна,4,,в группе,
103,2026-09-11 09:00:00,Орлов О. О.,2,5,,
104,2026-09-11 09:10:00,Новикова Дарья Андреевна,4,4,,Первый год в школе
105,2026-09-11 09:20:00,Кузнецова Анна,3,3,,
106,2026-09-11 09:30:00,иванова м п,9,много,,
107,2026-09-11 09:40:00,,5,5,,
108,2026-09-12 11:00:00,Иванова М. П.,1,1,,
";

#[test]
fn mentee_answers_import_row_by_row_and_change_nothing_before_apply() {
    let mut d = data();
    // Иванова has answered before: her row replaces those answers.
    d.people[0].mentee = Some(MenteeRole {
        answers: Some(MenteeAnswers {
            date: "2026-05-01".into(),
            text: "старая анкета".into(),
            ..Default::default()
        }),
        ..Default::default()
    });
    let before = d.clone();
    let table = read_table("ответы.csv", MENTEES.as_bytes()).unwrap();
    let mut s = FormImport::new("ответы.csv", table, &d, Audience::Mentee, TODAY);
    assert_eq!(s.mapping_error, None);
    let got: Vec<(usize, Option<&str>, bool, Vec<&str>)> = s
        .rows
        .iter()
        .map(|r| {
            (
                r.row,
                r.person.as_ref().map(|p| p.0.as_str()),
                r.unknown,
                r.errors.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (2, Some("p1"), false, vec![]),
            (3, Some("p2"), false, vec![]),
            (4, Some("p5"), false, vec![]),
            (5, None, true, vec![]),
            (
                6,
                None,
                false,
                vec![
                    "«Кузнецова Анна» подходит нескольким педагогам реестра (Кузнецова \
                      Анна Сергеевна; Кузнецова Анна Викторовна); выберите педагога в \
                      столбце «В реестре»."
                ]
            ),
            (
                7,
                Some("p1"),
                false,
                vec![
                    "«Дисциплина и управление классом»: оценка 9 вне шкалы от 1 до 5.",
                    "«Взаимодействие с родителями»: «много» — не оценка от 1 до 5."
                ]
            ),
            (8, None, false, vec!["ФИО не заполнено."]),
            (
                9,
                Some("p1"),
                false,
                vec!["Повторяет строку 2: оставьте в файле одну анкету этого педагога."]
            ),
        ]
    );
    assert!(s.rows[0].replaces && !s.rows[1].replaces);
    assert_eq!(
        s.summary(),
        "Строк: 8. Будут загружены: 3 (заменят прежние ответы: 1). Нет в реестре: 1. С \
         ошибками: 4."
    );
    assert_eq!(d, before, "the preview changes nothing");
    s.set_add(3, true);
    assert_eq!(s.chosen(), 4);
    assert!(s.summary().contains("новых в реестре: 1"));
    // The ambiguous «Кузнецова Анна»: only one of the two who fit may be chosen.
    assert_eq!(
        s.rows[4]
            .candidates
            .iter()
            .map(|c| c.0.as_str())
            .collect::<Vec<_>>(),
        ["p3", "p4"]
    );
    s.set_person(4, Some("p1".into()), &d);
    assert!(!s.rows[4].errors.is_empty(), "Иванова is not a Кузнецова");
    s.set_person(4, Some("p4".into()), &d);
    assert_eq!(s.rows[4].person.as_ref().unwrap().0, "p4");
    assert!(s.rows[4].errors.is_empty());
    assert_eq!(s.chosen(), 5);
    s.set_person(4, None, &d);
    assert_eq!(s.chosen(), 4);
    let outcome = s.apply(&mut d).unwrap();
    assert_eq!(
        outcome,
        Outcome {
            loaded: 4,
            replaced: 1,
            added: 1,
            roles: 3
        }
    );
    assert_eq!(
        outcome.message(Audience::Mentee),
        "Загружено анкет: 4 (заменены прежние: 1). Добавлено в реестр: 1 педагог. Роль \
         «наставляемый» дана 3 педагогам."
    );
    let a = d.people[0].mentee_answers().unwrap();
    assert_eq!(a.date, "2026-09-10");
    assert_eq!(a.needs["classroom"], 5);
    assert_eq!(a.needs["parents"], 3);
    assert_eq!(a.forms, [MentoringForm::Traditional, MentoringForm::Group]);
    assert_eq!(a.text, "Шумный 7 «Б»");
    let alena = &d.people[1];
    assert_eq!(alena.mentee_answers().unwrap().needs.len(), 1);
    let new = d.people.last().unwrap();
    assert_eq!(
        (new.id.as_str(), new.full_name.as_str()),
        ("p6", "Новикова Дарья Андреевна")
    );
    assert_eq!(new.mentee_answers().unwrap().text, "Первый год в школе");
    assert!(d.people[2].mentee.is_none() && d.people[3].mentee.is_none());
    assert!(d.people.iter().all(|p| p.mentor.is_none()));
}

#[test]
fn mentor_answers_fill_the_card_and_check_capacity() {
    let mut d = data();
    d.people[4].position = "учитель физики".into();
    let csv = "\
ID;Время создания;ФИО;Педагогический стаж, лет;Квалификационная категория;Преподаваемые предметы;Насколько вы готовы помочь коллегам: Дисциплина и управление классом;Сколько наставляемых вы готовы вести одновременно;Почему вы хотите стать наставником
1;12.09.2026 10:00:00;Орлов Олег Олегович;24;высшая;физика, астрономия;5;2;Хочу передать опыт
2;12.09.2026 10:00:00;Иванова Мария Петровна;много;первая;;5;9;
3;12.09.2026 10:00:00;Семёнова Алёна Игоревна;3;;;2;1;
";
    let table = read_table("наставники.csv", csv.as_bytes()).unwrap();
    let s = FormImport::new("наставники.csv", table, &d, Audience::Mentor, TODAY);
    assert_eq!(s.mapping_error, None);
    assert_eq!(s.rows[0].errors, Vec::<String>::new());
    assert_eq!(s.rows[1].errors.len(), 2, "{:?}", s.rows[1].errors);
    assert!(s.rows[1].errors[0].contains("«Педагогический стаж»"));
    assert!(s.rows[1].errors[1].contains("«9» — нужно число от 1 до 5"));
    assert_eq!(
        s.rows[2].errors,
        ["Отметьте хотя бы одну область, в которой кандидат может помочь (оценка 4 или 5)."]
    );
    s.apply(&mut d).unwrap();
    let orlov = &d.people[4];
    assert_eq!(orlov.experience, Some(24));
    assert_eq!(orlov.category, Category::Highest);
    assert_eq!(orlov.subjects, ["физика", "астрономия"]);
    assert_eq!(orlov.position, "учитель физики", "an absent field stays");
    let a = orlov.mentor_answers().unwrap();
    assert_eq!((a.capacity, a.date.as_str()), (2, "2026-09-12"));
    assert_eq!(a.motivation, "Хочу передать опыт");
    assert!(d.people[0].mentor.is_none());
}

#[test]
fn the_mapping_needs_a_name_an_answer_and_no_field_twice() {
    let d = data();
    let table = read_table("ответы.csv", MENTEES.as_bytes()).unwrap();
    let mut s = FormImport::new("ответы.csv", table, &d, Audience::Mentee, TODAY);
    s.set_field(2, Field::Ignore, &d);
    assert!(s.mapping_error.as_deref().unwrap().contains("ФИО"));
    assert_eq!(s.chosen(), 0);
    s.set_field(2, Field::Person, &d);
    s.set_field(4, Field::Area("classroom".into()), &d);
    assert!(s.mapping_error.as_deref().unwrap().contains("в одно поле"));
    for i in [3, 4, 5, 6] {
        s.set_field(i, Field::Ignore, &d);
    }
    assert!(s
        .mapping_error
        .as_deref()
        .unwrap()
        .contains("хотя бы один столбец"));
    // Keys round-trip for the column selects.
    for f in fields(&d, Audience::Mentor) {
        assert_eq!(Field::from_key(&f.key()), f);
    }
}
