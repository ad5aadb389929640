//! Every document of two schools, read slot by slot: the example school, and an unusual one
//! (a hyphenated surname, a male coordinator whose surname in «-ых» does not decline, a
//! «Заместитель директора по учебно-воспитательной работе», names in «-ко», a school named
//! with quotes). Each slot is checked in the case its sentence needs, and no name, position or
//! school name stands in the nominative after a preposition or a governing word.

use super::*;
use crate::domain::declension::{full_name, Case};
use crate::domain::documents::placeholder::Placeholder;
use crate::domain::example::example_school;
use crate::domain::forms::MentoringForm;
use crate::domain::pairs::{Pair, PairStatus};
use crate::domain::school::{Coordinator, Director};

fn pair(d: &mut SchoolData, mentor: &str, mentees: &[&str]) {
    let id = format!("g{}", d.pairs.len() + 1);
    d.pairs.push(Pair {
        id,
        mentor: mentor.into(),
        mentees: mentees.iter().map(|m| m.to_string()).collect(),
        form: MentoringForm::Traditional,
        start: "2025-10-01".into(),
        end: "2026-05-31".into(),
        status: PairStatus::Active,
        ..Default::default()
    });
}

fn person(d: &mut SchoolData, name: &str, position: &str) -> String {
    let id = d.add_person(name).unwrap();
    d.update_person(&id, |p| {
        p.position = position.into();
        Ok(())
    })
    .unwrap();
    id
}

fn numbered(mut d: SchoolData) -> SchoolData {
    for kind in DocKind::ALL {
        d.update_document(kind, |r| {
            r.number = "12-о".into();
            r.date = "2025-08-29".into();
        });
    }
    d.final_event.date = "2026-05-20".into();
    d.final_event.format = "методический марафон".into();
    d
}

fn example() -> SchoolData {
    let mut d = example_school();
    let mentor = person(&mut d, "Сидорова Елена Викторовна", "Учитель математики");
    let mentee = person(
        &mut d,
        "Николаева Татьяна Сергеевна",
        "Учитель начальных классов",
    );
    pair(&mut d, &mentor, &[&mentee]);
    d.final_event.participants = [mentor, mentee].into_iter().collect();
    numbered(d)
}

fn unusual() -> SchoolData {
    let profile = crate::domain::school::SchoolProfile {
        full_name: "Муниципальное автономное общеобразовательное учреждение «Лицей № 1» городского округа Тольятти".into(),
        short_name: "МАОУ «Лицей № 1»".into(),
        city: "Тольятти".into(),
        director: Director {
            full_name: "Римская-Корсакова Анна Сергеевна".into(),
            position: "Директор".into(),
        },
        coordinator: Coordinator {
            full_name: "Черных Павел Андреевич".into(),
            position: "Заместитель директора по учебно-воспитательной работе".into(),
            ..Default::default()
        },
        academic_year: "2025/2026".into(),
        address: "445000, Самарская обл., г. Тольятти, ул. Ленина, д. 1".into(),
        inn: "7814000010".into(),
        ogrn: "1027807000000".into(),
        founder: "Администрация городского округа Тольятти".into(),
        ..Default::default()
    };
    let mut d = SchoolData {
        profile,
        ..Default::default()
    };
    let m1 = person(&mut d, "Шевченко Ирина Петровна", "Учитель математики");
    let e1 = person(
        &mut d,
        "Седых Ольга Викторовна",
        "Учитель начальных классов",
    );
    let m2 = person(&mut d, "Бойко Андрей Олегович", "Педагог-психолог");
    let e2 = person(
        &mut d,
        "Кузьмина-Караваева Мария Ильинична",
        "Социальный педагог",
    );
    let e3 = person(&mut d, "Алиев Рашид Мамед оглы", "Учитель физики");
    pair(&mut d, &m1, &[&e1]);
    pair(&mut d, &m2, &[&e2, &e3]);
    d.final_event.participants = [m1, e1].into_iter().collect();
    numbered(d)
}

/// Every document the school can make: the common ones, the personal ones for every person
/// and the ПНП of every pair.
fn every_document(d: &SchoolData) -> Vec<Document> {
    let mut docs: Vec<Document> = DocKind::ALL.iter().map(|k| generate(*k, d)).collect();
    for kind in DocKind::ALL.into_iter().filter(|k| personal(*k)) {
        for p in &d.people {
            docs.extend(for_person(kind, d, &p.id));
        }
    }
    for g in &d.pairs {
        docs.extend(for_person(DocKind::Program, d, &g.id));
    }
    docs
}

fn text_of(d: &SchoolData, kind: DocKind, id: Option<&str>) -> String {
    match id {
        Some(id) => for_person(kind, d, id).unwrap().plain(),
        None => generate(kind, d).plain(),
    }
}

fn has(text: &str, want: &str) {
    assert!(text.contains(want), "lacks «{want}» in:\n{text}");
}

/// Words after which a nominative name, position or school name is always wrong.
const GOVERNING: [&str; 14] = [
    "в ",
    "о ",
    "об ",
    "с ",
    "для ",
    "у ",
    "к ",
    "от ",
    "при ",
    "лице ",
    "отношении ",
    "Куратору ",
    "куратором ",
    "оператору — ",
];

fn no_nominative_after_governing_words(d: &SchoolData) {
    use crate::domain::declension::{phrase, surname_initials as declined_short};
    let p = &d.profile;
    // A nominative counts only where it differs from the oblique forms (an indeclinable
    // «Черных П.А.» is right in any case).
    let mut nominatives: Vec<String> = vec![];
    let mut add = |n: String, oblique: Vec<String>| {
        if !n.trim().is_empty() && oblique.iter().any(|o| *o != n) {
            nominatives.push(n);
        }
    };
    let cases = [Case::Genitive, Case::Dative, Case::Instrumental];
    add(
        p.full_name.clone(),
        cases
            .iter()
            .map(|c| phrase(&p.full_name, *c, false))
            .collect(),
    );
    for name in [&p.director.full_name, &p.coordinator.full_name] {
        add(
            name.clone(),
            cases.iter().map(|c| full_name(name, *c)).collect(),
        );
        add(
            surname_initials(name),
            cases.iter().map(|c| declined_short(name, *c)).collect(),
        );
    }
    for pos in [&p.director.position, &p.coordinator.position] {
        add(
            lower_first(pos),
            cases
                .iter()
                .map(|c| lower_first(&phrase(pos, *c, true)))
                .collect(),
        );
    }
    for person in &d.people {
        add(
            person.full_name.clone(),
            cases
                .iter()
                .map(|c| full_name(&person.full_name, *c))
                .collect(),
        );
    }
    for doc in every_document(d) {
        let text = doc.plain().replace("№\u{a0}", "№ ");
        for n in &nominatives {
            for g in GOVERNING {
                let needle = format!("{g}{n}");
                for (at, _) in text.match_indices(&needle) {
                    let before = text[..at].chars().next_back();
                    let after = text[at + needle.len()..].chars().next();
                    let word_start = before.is_none_or(|c| !c.is_alphabetic());
                    let word_end = after.is_none_or(|c| !c.is_alphabetic());
                    assert!(!(word_start && word_end), "«{needle}» in {}", doc.title);
                }
            }
        }
        assert!(!text.contains("№ 474"), "void decree in {}", doc.title);
    }
}

#[test]
fn the_example_school_puts_every_slot_in_its_case() {
    let d = example();
    let mentor = d.pairs[0].mentor.clone();
    let agreement = text_of(&d, DocKind::MentorAgreement, Some(&mentor));
    has(
        &agreement,
        "в лице директора Ивановой Марии Петровны, действующей на основании Устава",
    );
    has(
        &agreement,
        "в отношении Николаевой Татьяны Сергеевны, учителя начальных классов",
    );
    let order = text_of(&d, DocKind::OrderRegulation, None);
    has(
        &order,
        "Назначить Петрова Олега Игоревича, заместителя директора по УВР, куратором реализации",
    );
    has(&order, "Указом Президента Российской Федерации от 07.05.2024 № 309 «О национальных целях развития Российской Федерации на период до 2030 года и на перспективу до 2036 года»");
    let pairs = text_of(&d, DocKind::OrderPairs, None);
    has(&pairs, "Куратору Петрову О.И. обеспечить");
    let regulation = text_of(&d, DocKind::Regulation, None).replace("№\u{a0}", "№ ");
    has(&regulation, "педагогических работников в Государственном бюджетном общеобразовательном учреждении средней общеобразовательной школе № 96 Приморского района Санкт-Петербурга (далее — образовательная организация)");
    assert!(!regulation.contains("Петров"), "the coordinator is named");
    let consent = text_of(&d, DocKind::ConsentPersonalData, Some(&mentor)).replace("№\u{a0}", "№ ");
    has(
        &consent,
        "оператору — Государственному бюджетному общеобразовательному учреждению средней общеобразовательной школе № 96",
    );
    let event = text_of(&d, DocKind::OrderFinalEvent, None);
    has(&event, "в форме методического марафона");
    has(&event, "Куратору Петрову О.И. организовать");
    let report = text_of(&d, DocKind::FinalReport, None);
    has(
        &report,
        "подготовлен куратором реализации целевой модели наставничества Петровым Олегом Игоревичем",
    );
    has(&report, "в форме методического марафона");
    no_nominative_after_governing_words(&d);
}

#[test]
fn an_unusual_school_puts_every_slot_in_its_case() {
    let d = unusual();
    let (m1, m2) = (d.pairs[0].mentor.clone(), d.pairs[1].mentor.clone());
    let a1 = text_of(&d, DocKind::MentorAgreement, Some(&m1));
    has(
        &a1,
        "в лице директора Римской-Корсаковой Анны Сергеевны, действующей на основании Устава",
    );
    has(
        &a1,
        "в отношении Седых Ольги Викторовны, учителя начальных классов",
    );
    has(
        &a1,
        "и Шевченко Ирина Петровна, учитель математики (далее — Работник)",
    );
    let a2 = text_of(&d, DocKind::MentorAgreement, Some(&m2));
    has(
        &a2,
        "в отношении Кузьминой-Караваевой Марии Ильиничны, социального педагога; Алиева Рашида Мамед оглы, учителя физики",
    );
    let order = text_of(&d, DocKind::OrderRegulation, None);
    has(&order, "Назначить Черных Павла Андреевича, заместителя директора по учебно-воспитательной работе, куратором реализации");
    has(&order, "Черных П.А.");
    let pairs = text_of(&d, DocKind::OrderPairs, None);
    has(&pairs, "Куратору Черных П.А. обеспечить");
    let regulation = text_of(&d, DocKind::Regulation, None).replace("№\u{a0}", "№ ");
    has(&regulation, "в Муниципальном автономном общеобразовательном учреждении «Лицей № 1» городского округа Тольятти (далее — образовательная организация)");
    let consent = text_of(&d, DocKind::ConsentPersonalData, Some(&m2)).replace("№\u{a0}", "№ ");
    has(&consent, "оператору — Муниципальному автономному общеобразовательному учреждению «Лицей № 1» городского округа Тольятти (адрес: 445000, Самарская обл., г. Тольятти, ул. Ленина, д. 1, ИНН 7814000010, ОГРН 1027807000000)");
    let event = text_of(&d, DocKind::OrderFinalEvent, None);
    has(&event, "Куратору Черных П.А. организовать");
    let report = text_of(&d, DocKind::FinalReport, None);
    has(
        &report,
        "куратором реализации целевой модели наставничества Черных Павлом Андреевичем",
    );
    let reward = text_of(&d, DocKind::OrderReward, None);
    has(&reward, "Объявить благодарность за результативную наставническую деятельность в 2025/2026 учебном году: Шевченко Ирине Петровне, учителю математики; Бойко Андрею Олеговичу, педагогу-психологу.");
    has(&reward, "Куратору Черных П.А. разместить");
    no_nominative_after_governing_words(&d);
}

#[test]
fn a_male_director_and_the_schools_corrections() {
    let mut d = unusual();
    d.profile.director.full_name = "Шевченко Тарас Григорьевич".into();
    d.profile.director.position = "Исполняющий обязанности директора".into();
    let m1 = d.pairs[0].mentor.clone();
    let a = text_of(&d, DocKind::MentorAgreement, Some(&m1));
    has(&a, "в лице исполняющего обязанности директора Шевченко Тараса Григорьевича, действующего на основании Устава");
    // The school corrects a form in its profile: the documents take it.
    d.profile.declensions.insert(
        crate::domain::declension::override_key(
            Case::Genitive,
            "Исполняющий обязанности директора",
        ),
        "врио директора".into(),
    );
    let a = text_of(&d, DocKind::MentorAgreement, Some(&m1));
    has(&a, "в лице врио директора Шевченко Тараса Григорьевича");
}

#[test]
fn no_placeholder_the_profile_cannot_fill() {
    for d in [example(), unusual()] {
        for doc in every_document(&d) {
            for p in doc.placeholders() {
                assert!(
                    Placeholder::of(&p) != Placeholder::Text,
                    "{p} in {}",
                    doc.title
                );
            }
        }
    }
}
