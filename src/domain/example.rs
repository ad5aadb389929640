//! «Загрузить пример»: a realistic fictional school with teachers, answered questionnaires and
//! consents, so a visitor can try everything. The data is marked `example` and removable in
//! one click. The same generator makes the 2 000-person dataset of the benchmark.

use std::collections::BTreeMap;

use super::data::{SchoolData, TaskStatus};
use super::forms::MentoringForm;
use super::people::{BankStatus, Category, Consent, MenteeRole, MentorRole, Person};
use super::questionnaires::{MenteeAnswers, MentorAnswers};
use super::school::example_profile;

/// A small deterministic generator (xorshift): the same example every time.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const SURNAMES_F: [&str; 24] = [
    "Иванова",
    "Смирнова",
    "Кузнецова",
    "Попова",
    "Васильева",
    "Петрова",
    "Соколова",
    "Михайлова",
    "Новикова",
    "Фёдорова",
    "Морозова",
    "Волкова",
    "Алексеева",
    "Лебедева",
    "Семёнова",
    "Егорова",
    "Павлова",
    "Козлова",
    "Степанова",
    "Николаева",
    "Орлова",
    "Андреева",
    "Макарова",
    "Захарова",
];
const NAMES_F: [&str; 12] = [
    "Анна",
    "Мария",
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Светлана",
    "Екатерина",
    "Юлия",
    "Дарья",
    "Алина",
];
const SURNAMES_M: [&str; 12] = [
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Соколов",
    "Лебедев",
    "Козлов",
    "Новиков",
    "Морозов",
    "Волков",
    "Зайцев",
    "Павлов",
];
const NAMES_M: [&str; 8] = [
    "Алексей",
    "Дмитрий",
    "Сергей",
    "Андрей",
    "Михаил",
    "Иван",
    "Павел",
    "Никита",
];
const PATRONYMICS_F: [&str; 8] = [
    "Александровна",
    "Сергеевна",
    "Викторовна",
    "Игоревна",
    "Николаевна",
    "Андреевна",
    "Павловна",
    "Дмитриевна",
];
const PATRONYMICS_M: [&str; 6] = [
    "Александрович",
    "Сергеевич",
    "Викторович",
    "Игоревич",
    "Николаевич",
    "Андреевич",
];
const SUBJECTS: [(&str, &str); 12] = [
    ("Учитель математики", "Математика"),
    ("Учитель русского языка и литературы", "Русский язык"),
    ("Учитель начальных классов", "Начальные классы"),
    ("Учитель английского языка", "Английский язык"),
    ("Учитель истории и обществознания", "История"),
    ("Учитель физики", "Физика"),
    ("Учитель химии", "Химия"),
    ("Учитель биологии", "Биология"),
    ("Учитель информатики", "Информатика"),
    ("Учитель географии", "География"),
    ("Учитель физической культуры", "Физическая культура"),
    ("Учитель музыки", "Музыка"),
];
const AREAS: [&str; 12] = [
    "planning",
    "subject_methods",
    "fgos",
    "assessment",
    "classroom",
    "parents",
    "special_needs",
    "upbringing",
    "digital",
    "exams",
    "paperwork",
    "adaptation",
];
const REQUESTS: [&str; 6] = [
    "Хочу научиться удерживать дисциплину на уроке.",
    "Нужна помощь с рабочей программой по ФООП.",
    "Трудно выстраивать общение с родителями.",
    "Как готовить к ОГЭ слабых учеников?",
    "Не хватает приёмов работы с детьми с ОВЗ.",
    "Хочу освоить цифровые ресурсы для уроков.",
];

fn ratings(rng: &mut Rng, extra: usize, low: u8) -> BTreeMap<String, u8> {
    let count = 3 + rng.below(extra);
    let mut out = BTreeMap::new();
    while out.len() < count {
        out.insert(
            rng.pick(&AREAS).to_string(),
            low + rng.below((6 - low) as usize) as u8,
        );
    }
    // Every questionnaire names at least one strong point (a need of 4–5, a strength of 4–5).
    if !out.values().any(|r| *r >= 4) {
        if let Some(first) = out.values_mut().next() {
            *first = 5;
        }
    }
    out
}

fn consent(date: &str) -> Option<Consent> {
    Some(Consent {
        date: date.into(),
        scope: "организация наставничества".into(),
        withdrawn: String::new(),
    })
}

/// `n` fictional teachers: about a third mentees (mostly young), a quarter mentor candidates
/// (experienced), most with a processing consent, every questionnaire answered.
pub fn people(n: usize, seed: u64) -> Vec<Person> {
    let mut rng = Rng(seed | 1);
    (0..n)
        .map(|i| {
            let female = rng.below(10) < 8;
            let full_name = if female {
                format!(
                    "{} {} {}",
                    rng.pick(&SURNAMES_F),
                    rng.pick(&NAMES_F),
                    rng.pick(&PATRONYMICS_F)
                )
            } else {
                format!(
                    "{} {} {}",
                    rng.pick(&SURNAMES_M),
                    rng.pick(&NAMES_M),
                    rng.pick(&PATRONYMICS_M)
                )
            };
            let (position, subject) = *rng.pick(&SUBJECTS);
            let kind = rng.below(12);
            let (experience, age) = match kind {
                0..=3 => (rng.below(3) as u8, 22 + rng.below(8)),
                4..=6 => (5 + rng.below(20) as u8, 35 + rng.below(25)),
                _ => (3 + rng.below(25) as u8, 28 + rng.below(30)),
            };
            let year = 2025 - age;
            let birth_date = format!(
                "{year:04}-{:02}-{:02}",
                1 + rng.below(12),
                1 + rng.below(28)
            );
            let category = match experience {
                0..=2 => Category::None,
                3..=9 => *rng.pick(&[Category::Compliance, Category::First]),
                _ => *rng.pick(&[
                    Category::First,
                    Category::Highest,
                    Category::Highest,
                    Category::Methodist,
                ]),
            };
            let has_consent = rng.below(10) < 9;
            let mentee = (kind <= 3 || (kind >= 7 && rng.below(4) == 0)).then(|| MenteeRole {
                status: *rng.pick(&[
                    BankStatus::Included,
                    BankStatus::Included,
                    BankStatus::Candidate,
                ]),
                answers: Some(MenteeAnswers {
                    last_year: false,
                    date: format!("2025-09-{:02}", 5 + rng.below(10)),
                    needs: ratings(&mut rng, 3, 2),
                    forms: vec![*rng.pick(&[
                        MentoringForm::Traditional,
                        MentoringForm::Group,
                        MentoringForm::ShortTerm,
                    ])],
                    text: rng.pick(&REQUESTS).to_string(),
                }),
                ..Default::default()
            });
            let mentor = (4..=6).contains(&kind).then(|| MentorRole {
                status: *rng.pick(&[BankStatus::Included, BankStatus::Candidate]),
                answers: Some(MentorAnswers {
                    last_year: false,
                    date: format!("2025-09-{:02}", 10 + rng.below(10)),
                    strengths: ratings(&mut rng, 4, 3),
                    capacity: 1 + rng.below(3) as u8,
                    forms: vec![MentoringForm::Traditional, MentoringForm::Group],
                    motivation: "Готов(а) поделиться опытом с коллегами.".into(),
                    text: String::new(),
                }),
                ..Default::default()
            });
            let mut consents = super::people::Consents::default();
            if has_consent {
                consents.processing = consent("2025-09-01");
                if mentor.is_some() {
                    consents.mentoring = consent("2025-09-03");
                }
                if rng.below(3) == 0 {
                    consents.publication = consent("2025-09-01");
                }
            }
            Person {
                id: format!("p{}", i + 1),
                full_name,
                position: position.into(),
                subjects: vec![subject.into()],
                experience: Some(experience),
                school_experience: Some(experience.min(1 + rng.below(10) as u8)),
                birth_date,
                age_group: String::new(),
                category,
                phone: format!(
                    "+7 9{:02} {:03}-{:02}-{:02}",
                    rng.below(100),
                    rng.below(1000),
                    rng.below(100),
                    rng.below(100)
                ),
                email: format!("teacher{}@school96.ru", i + 1),
                mentee,
                mentor,
                consents,
                anonymized: false,
            }
        })
        .collect()
}

/// The example school: profile, 60 teachers, the first stages under way.
pub fn example_school() -> SchoolData {
    let mut d = SchoolData {
        profile: example_profile(),
        people: people(60, 96),
        example: true,
        ..Default::default()
    };
    for (ids, status) in [
        (["1.1", "1.2", "2.1"], TaskStatus::Done),
        (["1.3", "2.2", "3.1"], TaskStatus::InProgress),
    ] {
        for id in ids {
            d.set_task_status(id, status).expect("seed tasks exist");
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::archive::{decode, Envelope};
    use crate::domain::questionnaires::{check_mentee, check_mentor};

    #[test]
    fn the_example_is_valid_realistic_and_round_trips() {
        let d = example_school();
        assert_eq!(d.people.len(), 60);
        let mentees = d.people.iter().filter(|p| p.mentee.is_some()).count();
        let mentors = d.people.iter().filter(|p| p.mentor.is_some()).count();
        assert!((12..=30).contains(&mentees), "{mentees} mentees");
        assert!((8..=25).contains(&mentors), "{mentors} mentors");
        let without = d
            .people
            .iter()
            .filter(|p| p.matching_block().is_some())
            .count();
        assert!((1..=15).contains(&without), "{without} without consent");
        for p in &d.people {
            if let Some(a) = p.mentee_answers() {
                assert_eq!(check_mentee(a, &d.taxonomy), vec![], "{}", p.id);
            }
            if let Some(a) = p.mentor_answers() {
                assert_eq!(check_mentor(a, &d.taxonomy), vec![], "{}", p.id);
            }
        }
        let env = Envelope::new(d.clone(), 1, "2025-09-15T10:00:00Z");
        assert_eq!(decode(env.to_json().as_bytes()).unwrap().data, d);
        assert!(d.example);
        assert_eq!(people(60, 96), d.people, "deterministic");
    }

    #[test]
    fn two_thousand_people_still_make_a_valid_archive() {
        let mut d = example_school();
        d.people = people(2000, 7);
        for p in &d.people {
            if let Some(a) = p.mentor_answers() {
                assert_eq!(check_mentor(a, &d.taxonomy), vec![], "{}", p.id);
            }
        }
        let env = Envelope::new(d, 1, "2025-09-15T10:00:00Z");
        let json = env.to_json();
        assert!(json.len() < crate::domain::archive::MAX_ARCHIVE_BYTES);
        assert!(decode(json.as_bytes()).is_ok());
    }
}
