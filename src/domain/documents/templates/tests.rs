use super::*;
use crate::domain::documents::placeholder::Placeholder;
use crate::domain::documents::registry::DocStatus;
use crate::domain::school::example_profile;

fn school() -> SchoolData {
    let mut d = SchoolData {
        profile: example_profile(),
        ..Default::default()
    };
    for kind in DocKind::ALL {
        d.update_document(kind, |r| {
            r.number = "45-о".into();
            r.date = "2025-08-29".into();
            r.status = DocStatus::Signed;
        });
    }
    d
}

#[test]
fn the_pairs_order_lists_exactly_the_active_pairs_and_each_pair_has_its_program() {
    use crate::domain::pairs::PairStatus;
    let mut d = crate::domain::archive::fixture_v4();
    let order = generate(DocKind::OrderPairs, &d);
    let text = order.plain();
    for g in &d.pairs {
        for id in std::iter::once(&g.mentor).chain(&g.mentees) {
            assert!(text.contains(&d.person(id).unwrap().full_name), "{id}");
        }
    }
    assert!(!order.placeholders().contains(&"[наставник]".to_string()));
    assert!(!text.contains("заполнится сам"));
    // An ended pair leaves the list.
    let ended_mentee = d.person(&d.pairs[1].mentees[0]).unwrap().full_name.clone();
    d.update_pair("g2", |g| {
        g.status = PairStatus::Terminated;
        g.reason = "Увольнение".into();
        Ok(())
    })
    .unwrap();
    assert!(!generate(DocKind::OrderPairs, &d)
        .plain()
        .contains(&ended_mentee));
    // The ПНП of g1: its participants, the plan, the done mark, the mentor change.
    let g1 = d.pair("g1").unwrap().clone();
    let program = for_person(DocKind::Program, &d, "g1").unwrap();
    let text = program.plain();
    assert!(text.contains(&d.person(&g1.mentor).unwrap().full_name));
    assert!(text.contains(&g1.program.tasks[0].items[0].event));
    assert!(text.contains("выполнено"));
    assert!(text.contains("Переход наставника в другую школу"));
    let (done, total) = g1.program.counts();
    assert!(text.contains(&format!("Выполнено мероприятий: {done} из {total}")));
    assert!(for_person(DocKind::Program, &d, "g99").is_none());
    // The mentor's agreement names the mentee and the period.
    let agreement = for_person(DocKind::MentorAgreement, &d, &g1.mentor).unwrap();
    let mentee = d.person(&g1.mentees[0]).unwrap();
    assert!(agreement
        .plain()
        .contains(&crate::domain::declension::full_name(
            &mentee.full_name,
            crate::domain::declension::Case::Genitive
        )));
    // The new mentor's period starts when she became the mentor, not with the pair.
    assert!(
        agreement
            .plain()
            .contains("в период с 01.12.2025 по 31.05.2026"),
        "{}",
        agreement.plain()
    );
    assert!(agreement
        .plain()
        .contains("вступает в силу с 01.12.2025 и действует по 31.05.2026"));
}

/// Placeholders that stay even with complete data: things the app does not know yet.
fn expected_left(kind: DocKind) -> Vec<&'static str> {
    match kind {
        DocKind::OrderPairs => vec![
            "[наставник]",
            "[наставляемый]",
            "[форма наставничества]",
            "[срок]",
        ],
        DocKind::OrderFinalEvent => {
            vec![
                "[дата проведения]",
                "[форма проведения]",
                "[место проведения]",
            ]
        }
        DocKind::FinalReport => vec!["[дата проведения]", "[форма проведения]"],
        _ => vec![],
    }
}

#[test]
fn the_satisfaction_blank_has_the_schools_questions_and_scales() {
    let mut d = school();
    let text = generate(DocKind::SatisfactionQuestionnaire, &d).plain();
    for q in d
        .monitoring
        .mentee_questions
        .iter()
        .chain(&d.monitoring.mentor_questions)
    {
        assert!(text.contains(&q.text), "{}", q.text);
    }
    assert!(text.contains("Анкета наставляемого") && text.contains("Анкета наставника"));
    d.monitoring.mentee_questions[0].text = "Своевременность встреч".into();
    assert!(generate(DocKind::SatisfactionQuestionnaire, &d)
        .plain()
        .contains("1. Своевременность встреч"));
}

#[test]
fn every_template_fills_every_field_from_a_full_school() {
    let d = school();
    for kind in DocKind::ALL {
        let doc = generate(kind, &d);
        assert_eq!(doc.placeholders(), expected_left(kind), "{kind:?}");
        let text = doc.plain();
        assert!(
            text.starts_with(&d.profile.full_name.replace("№ ", "№\u{a0}")),
            "{kind:?}: header"
        );
        assert!(!doc.blocks.is_empty());
    }
    assert_says(
        DocKind::OrderRegulation,
        &d,
        &[
            "ПРИКАЗ",
            "от 29.08.2025",
            "№ 45-о",
            "Санкт-Петербург",
            "ПРИКАЗЫВАЮ:",
            "Назначить Петрова Олега Игоревича, заместителя директора по УВР, куратором реализации целевой модели наставничества педагогических работников.",
            "ГБОУ СОШ №\u{a0}96 на 2025/2026 учебный год",
            "(https://school96.ru)",
            "Контроль за исполнением настоящего приказа оставляю за собой.",
            "М.П. Иванова",
            "С приказом ознакомлены:",
            "Петров О.И.",
        ],
    );
    let reg = assert_says(
        DocKind::Regulation,
        &d,
        &[
            "РАССМОТРЕНО и ПРИНЯТО",
            "УТВЕРЖДЕНО",
            "от 29.08.2025 № 45-о",
            "1. Общие положения",
            "14. Документы, регламентирующие наставничество",
            "2. Основные понятия",
            "15. Заключительные положения",
            "научности",
            "равенства",
            "«педагог-наставник»",
            "«За наставничество»",
            "реверсивное наставничество",
            "легитимности",
        ],
    );
    // A long-lived act does not name the coordinator.
    assert!(!reg.contains("Петров"));
}

#[test]
fn placeholders_appear_exactly_for_missing_data() {
    let mut d = school();
    d.profile.director.full_name.clear();
    d.profile.city = "  ".into();
    d.update_document(DocKind::OrderRegulation, |r| r.number.clear());
    let doc = generate(DocKind::OrderRegulation, &d);
    assert_eq!(
        doc.placeholders(),
        vec!["[номер]", "[населённый пункт]", "[И.О. Фамилия директора]"]
    );
    let mut no_forms = school();
    no_forms.profile.forms.clear();
    assert_eq!(
        generate(DocKind::Regulation, &no_forms).placeholders(),
        vec!["[формы наставничества]"]
    );
    // The Regulation cites the order's number, so it is missing there too.
    assert_eq!(
        generate(DocKind::Regulation, &d).placeholders(),
        vec!["[номер]"]
    );
    let empty = SchoolData::default();
    let all = generate(DocKind::OrderRegulation, &empty).placeholders();
    assert!(all.contains(&"[полное наименование образовательной организации]".to_string()));
    assert!(all.contains(&"[дата]".to_string()));
    for p in &all {
        let missing = Placeholder::of(p);
        assert!(
            missing != Placeholder::Text && !missing.comes_later(),
            "no place to fill {p}"
        );
    }
    for p in generate(DocKind::OrderPairs, &school()).placeholders() {
        assert!(Placeholder::of(&p).comes_later(), "{p}");
    }
    assert!(!Placeholder::of("[дата]").comes_later());
}

#[test]
fn roadmap_table_follows_the_data() {
    let mut d = school();
    crate::domain::roadmap::add_row(&mut d.roadmap, 2, "Педсовет <о наставничестве> & «ПНП»")
        .unwrap();
    let doc = generate(DocKind::Roadmap, &d);
    let Block::Table(table) = &doc.blocks[2] else {
        panic!("no table")
    };
    assert_eq!(table.header.len(), 6);
    // 7 stage rows + 22 seed events + 3 default ones + 1 added.
    assert_eq!(table.rows.len(), 33);
    let text = doc.plain();
    assert!(text.contains("Этап 2. Формирование банка наставляемых"));
    assert!(text.contains("Педсовет <о наставничестве> & «ПНП»"));
    assert!(text.contains("Приложение 2"));
    // Months carry the years of the academic year 2025/2026.
    assert!(text.contains("август 2025"), "{text}");
    assert!(text.contains("октябрь 2025 – май 2026"));
    assert!(text.contains("2.3"));
}

#[test]
fn edits_replace_the_generated_blocks() {
    let mut d = school();
    let mut blocks = generate(DocKind::Regulation, &d).blocks;
    blocks.truncate(2);
    blocks.push(Block::para_plain("Изменённый текст"));
    d.update_document(DocKind::Regulation, |r| r.edited = Some(blocks.clone()));
    let doc = document(DocKind::Regulation, &d);
    assert_eq!(doc.blocks, blocks);
    assert!(doc.plain().contains("Изменённый текст"));
    assert!(!generate(DocKind::Regulation, &d)
        .plain()
        .contains("Изменённый текст"));
}

#[test]
fn personal_documents_carry_the_persons_name() {
    let mut d = school();
    let id = d.add_person("Белова Ирина Сергеевна").unwrap();
    d.update_person(&id, |p| {
        p.position = "Учитель математики".into();
        Ok(())
    })
    .unwrap();
    let consent = for_person(DocKind::ConsentPersonalData, &d, &id).unwrap();
    let text = consent.plain();
    assert!(text.contains("Я, Белова Ирина Сергеевна,"), "{text}");
    assert!(text.contains("/ Белова И.С."));
    assert_eq!(
        consent.title,
        "Согласие на обработку ПД — Белова Ирина Сергеевна"
    );
    let agreement = for_person(DocKind::MentorAgreement, &d, &id)
        .unwrap()
        .plain();
    assert!(agreement.contains("и Белова Ирина Сергеевна, учитель математики (далее — Работник)"));
    assert!(agreement.contains("Я, Белова Ирина Сергеевна, в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации даю письменное согласие"));
    assert!(for_person(DocKind::Regulation, &d, &id).is_none());
    assert!(for_person(DocKind::ConsentPersonalData, &d, "p404").is_none());
    // The blank keeps its lines.
    assert!(generate(DocKind::ConsentPersonalData, &d)
        .plain()
        .contains("Я, ______"));
}

#[test]
fn names_are_abbreviated() {
    assert_eq!(initials_first("Иванова Мария Петровна"), "М.П. Иванова");
    assert_eq!(surname_initials("Иванова Мария Петровна"), "Иванова М.П.");
    assert_eq!(initials_first("Ли Вэй"), "В. Ли");
    assert_eq!(initials_first(""), "");
}

/// The plain text of the document of `kind` says each of `wants`; returns the text.
fn assert_says(kind: DocKind, d: &SchoolData, wants: &[&str]) -> String {
    let text = generate(kind, d).plain();
    for want in wants {
        assert!(text.contains(want), "{kind:?} lacks «{want}»");
    }
    text
}
