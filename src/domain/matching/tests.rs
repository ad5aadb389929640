use super::*;
use crate::domain::example::people as example_people;
use crate::domain::people::{BankRole, Consent, Consents};
use crate::domain::questionnaires::{MenteeAnswers, MentorAnswers};
use crate::domain::taxonomy::default_areas;
use MentoringForm::*;

fn consent() -> Option<Consent> {
    Some(Consent {
        date: "2025-09-01".into(),
        ..Default::default()
    })
}

fn ratings(r: &[(&str, u8)]) -> BTreeMap<String, u8> {
    r.iter().map(|(a, n)| (a.to_string(), *n)).collect()
}

/// A teacher called «{title} {id}» who consented to the processing of their data.
fn teacher(title: &str, id: &str, subject: &str, experience: u8) -> Person {
    Person {
        id: id.into(),
        full_name: format!("{title} {id}"),
        subjects: vec![subject.into()],
        experience: Some(experience),
        consents: Consents {
            processing: consent(),
            ..Default::default()
        },
        ..Default::default()
    }
}

/// A role included in its bank, with the questionnaire `answers`.
fn included<A: Default>(answers: A) -> Option<BankRole<A>> {
    Some(BankRole {
        status: BankStatus::Included,
        answers: Some(answers),
        ..Default::default()
    })
}

fn mentor(id: &str, subject: &str, experience: u8, strengths: &[(&str, u8)]) -> Person {
    let mut p = teacher("Наставник", id, subject, experience);
    p.consents.mentoring = consent();
    p.mentor = included(MentorAnswers {
        date: "2025-09-10".into(),
        strengths: ratings(strengths),
        capacity: 2,
        forms: vec![Traditional],
        ..Default::default()
    });
    p
}

fn mentee(id: &str, subject: &str, experience: u8, needs: &[(&str, u8)]) -> Person {
    let mut p = teacher("Наставляемый", id, subject, experience);
    p.mentee = included(MenteeAnswers {
        date: "2025-09-10".into(),
        needs: ratings(needs),
        forms: vec![Traditional],
        text: String::new(),
    });
    p
}

fn mentor_answers(p: &mut Person) -> &mut MentorAnswers {
    p.mentor.as_mut().unwrap().answers.as_mut().unwrap()
}

fn mentee_answers(p: &mut Person) -> &mut MenteeAnswers {
    p.mentee.as_mut().unwrap().answers.as_mut().unwrap()
}

fn base() -> (Person, Person) {
    (
        mentor(
            "m",
            "Математика",
            20,
            &[("classroom", 5), ("parents", 2), ("digital", 5)],
        ),
        mentee(
            "e",
            "Математика",
            2,
            &[("classroom", 5), ("parents", 3), ("exams", 1)],
        ),
    )
}

fn score(m: &Person, e: &Person, used: u8) -> Score {
    match compatibility(m, e, &default_areas(), used) {
        Compatibility::Possible(s) => s,
        Compatibility::Impossible(o) => panic!("impossible: {o:?}"),
    }
}

fn obstacles(m: &Person, e: &Person, used: u8) -> Vec<Obstacle> {
    match compatibility(m, e, &default_areas(), used) {
        Compatibility::Possible(s) => panic!("possible: {s:?}"),
        Compatibility::Impossible(o) => o,
    }
}

#[test]
fn the_score_adds_its_components() {
    let (m, e) = base();
    let s = score(&m, &e, 0);
    // Needs: classroom (5−1)(5−1) = 16, parents (3−1)(2−1) = 2, exams rated 1 weighs
    // nothing; out of (4 + 2)·4 = 24 → 60·18/24 = 45.
    assert_eq!(
        (s.needs, s.subject, s.experience, s.forms, s.capacity),
        (45, 15, 15, 5, 5)
    );
    assert_eq!(s.total, 85);
    assert_eq!(MAX_SCORE, 100);
    // A rating out of range (refused by the questionnaire checks) cannot break the scale.
    let mut m = m;
    mentor_answers(&mut m).strengths.insert("parents".into(), 9);
    assert_eq!(score(&m, &e, 0).needs, 60);
}

#[test]
fn each_component_moves_the_score() {
    let (m0, e0) = base();
    let total = score(&m0, &e0, 0).total;

    // Needs: the mentor strong in the uncovered request; a need of 5 weighs more than 3.
    let mut m = m0.clone();
    mentor_answers(&mut m).strengths.insert("parents".into(), 5);
    let s = score(&m, &e0, 0);
    assert_eq!((s.needs, s.total), (60, total + 15));
    let mut m = m0.clone();
    mentor_answers(&mut m)
        .strengths
        .insert("classroom".into(), 1);
    assert_eq!(score(&m, &e0, 0).needs, 5, "only parents: 60·2/24");
    let mut e = e0.clone();
    mentee_answers(&mut e).needs.clear();
    assert_eq!(score(&m0, &e, 0).needs, 0, "no rated needs");

    // Subject: the same, a related one, another, none.
    for (subject, points) in [
        ("математика", 15),
        ("Алгебра", 8),
        ("Информатика", 8),
        ("История", 0),
        ("", 0),
    ] {
        let mut e = e0.clone();
        e.subjects = vec![subject.into()];
        let s = score(&m0, &e, 0);
        assert_eq!(s.subject, points, "{subject}");
        assert_eq!(s.total, total - 15 + points, "{subject}");
    }

    // Experience: more years ahead is better, up to ten.
    for (years, points) in [(20, 15), (12, 15), (5, 5), (3, 2), (2, 0), (1, 0)] {
        let mut m = m0.clone();
        m.experience = Some(years);
        assert_eq!(score(&m, &e0, 0).experience, points, "{years}");
    }
    let mut m = m0.clone();
    m.experience = None;
    assert_eq!(score(&m, &e0, 0).experience, 0);

    // Forms: one in common, none in common, not named.
    let mut m = m0.clone();
    mentor_answers(&mut m).forms = vec![Group, Traditional];
    assert_eq!(score(&m, &e0, 0).forms, 5);
    mentor_answers(&mut m).forms = vec![Group];
    assert_eq!(score(&m, &e0, 0).forms, 0);
    mentor_answers(&mut m).forms.clear();
    assert_eq!(score(&m, &e0, 0).forms, 2);

    // Capacity: the share of places still free.
    assert_eq!(score(&m0, &e0, 1).capacity, 3);
    assert_eq!(score(&m0, &e0, 1).total, total - 2);
    let mut m = m0.clone();
    mentor_answers(&mut m).capacity = 3;
    assert_eq!(score(&m, &e0, 2).capacity, 2);
}

#[test]
fn explanations_name_the_areas() {
    let (m, e) = base();
    let mut e2 = e.clone();
    mentee_answers(&mut e2)
        .needs
        .extend([("digital".to_string(), 4), ("fgos".to_string(), 3)]);
    let mut m2 = m.clone();
    mentor_answers(&mut m2).strengths.insert("fgos".into(), 3);
    let s = score(&m2, &e2, 1);
    assert_eq!(
        s.covered,
        ["Дисциплина и управление классом", "ИКТ и цифровые ресурсы"]
    );
    assert_eq!(s.partly, ["ФГОС/ФООП, рабочие программы"]);
    assert_eq!(s.uncovered, ["Взаимодействие с родителями"]);
    assert_eq!(
        s.explanation,
        [
            format!(
                "Совпадение по 2 из 4 запросов: Дисциплина и управление классом, ИКТ и \
                 цифровые ресурсы ({} из 60 баллов). Частично (наставник оценил себя на \
                 3): ФГОС/ФООП, рабочие программы. Не покрыто: Взаимодействие с родителями.",
                s.needs
            ),
            "Один предмет: Математика.".into(),
            "Наставник опытнее на 18 лет (стаж 20 и 2 года).".into(),
            "Общая форма наставничества: традиционная форма наставничества («один на \
             один»)."
                .into(),
            "Свободно мест у наставника: 1 из 2.".into(),
        ]
    );

    let mut e3 = e.clone();
    e3.subjects = vec!["Информатика".into()];
    e3.experience = Some(25);
    mentee_answers(&mut e3).needs = ratings(&[("parents", 4)]);
    mentee_answers(&mut e3).forms = vec![Virtual];
    let s = score(&m, &e3, 0);
    assert_eq!(
        s.explanation[..4],
        [
            "Совпадение по 0 из 1 запроса (15 из 60 баллов). Не покрыто: Взаимодействие с \
             родителями."
                .to_string(),
            "Близкие предметы (математика и информатика): Математика и Информатика.".into(),
            "Наставник не опытнее наставляемого (стаж 20 и 25 лет).".into(),
            "Предпочитаемые формы наставничества не совпадают.".into(),
        ]
    );
    e3.subjects = vec!["История".into()];
    mentee_answers(&mut e3).needs = ratings(&[("parents", 2)]);
    let s = score(&m, &e3, 0);
    assert_eq!(
        s.explanation[0],
        "В анкете наставляемого нет запросов с оценкой 3 и выше (15 из 60 баллов)."
    );
    assert_eq!(s.explanation[1], "Разные предметы: Математика и История.");
}

#[test]
fn subjects_as_schools_write_them() {
    let group = |name: &str| {
        let p = Person {
            subjects: vec![name.into()],
            ..Default::default()
        };
        subjects(&p)
            .first()
            .and_then(|s| s.group)
            .map(|g| SUBJECT_GROUPS[g].0)
    };
    for (name, want) in [
        ("Алгебра и начала анализа", Some("математика и информатика")),
        ("Вероятность и статистика", Some("математика и информатика")),
        ("Физика", Some("естественные науки")),
        (
            "Физическая культура",
            Some("физическая культура, ОБЗР и труд"),
        ),
        (
            "Труд (технология)",
            Some("физическая культура, ОБЗР и труд"),
        ),
        ("Родная литература", Some("русский язык и литература")),
        ("Немецкий язык", Some("иностранные языки")),
        ("Обществознание", Some("общественные науки")),
        ("ИЗО", Some("искусство")),
        ("Начальные классы", Some("начальные классы")),
        ("Логопедия", None),
    ] {
        assert_eq!(group(name), want, "{name}");
    }
    let p = Person {
        subjects: vec!["  Русский   ЯЗЫК ".into(), " ".into()],
        ..Default::default()
    };
    let s = subjects(&p);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].key, "русский язык");
}

#[test]
fn impossible_pairs_say_why() {
    let (m0, e0) = base();
    let no_processing = "нет согласия на обработку персональных данных";

    let mut both = mentee("x", "Математика", 10, &[("classroom", 4)]);
    both.mentor = m0.mentor.clone();
    both.consents.mentoring = consent();
    assert_eq!(obstacles(&both, &both, 0), [Obstacle::SamePerson]);

    let mut e = e0.clone();
    e.consents.processing.as_mut().unwrap().withdrawn = "2025-10-01".into();
    assert_eq!(
        obstacles(&m0, &e, 0),
        [Obstacle::MenteeBlocked(no_processing)]
    );
    let mut m = m0.clone();
    m.consents.processing = None;
    assert_eq!(
        obstacles(&m, &e0, 0),
        [Obstacle::MentorBlocked(no_processing)]
    );
    let mut m = m0.clone();
    m.consents.mentoring = None;
    let o = obstacles(&m, &e0, 0);
    assert_eq!(
        o[0].text(),
        "Наставник: нет письменного согласия на наставничество (ст. 351.8 ТК РФ)"
    );

    let mut m = m0.clone();
    m.mentor.as_mut().unwrap().status = BankStatus::Candidate;
    let o = obstacles(&m, &e0, 0);
    assert_eq!(o, [Obstacle::MentorNotInBank(Some(BankStatus::Candidate))]);
    assert_eq!(
        o[0].text(),
        "Наставник не включён в базу (статус «кандидат»)"
    );
    m.mentor = None;
    assert_eq!(
        obstacles(&m, &e0, 0)[0].text(),
        "Наставник не в банке наставников"
    );
    let mut e = e0.clone();
    e.mentee.as_mut().unwrap().status = BankStatus::Excluded;
    assert_eq!(
        obstacles(&m0, &e, 0),
        [Obstacle::MenteeNotInBank(Some(BankStatus::Excluded))]
    );

    let o = obstacles(&m0, &e0, 2);
    assert_eq!(
        o,
        [Obstacle::CapacityFull {
            capacity: 2,
            used: 2
        }]
    );
    assert_eq!(
        o[0].text(),
        "У наставника нет свободных мест: занято 2 из 2"
    );

    let mut m = m0.clone();
    m.mentor.as_mut().unwrap().answers = None;
    assert_eq!(obstacles(&m, &e0, 0), [Obstacle::NoMentorQuestionnaire]);
    let mut e = e0.clone();
    e.mentee.as_mut().unwrap().answers = None;
    assert_eq!(obstacles(&m0, &e, 0), [Obstacle::NoMenteeQuestionnaire]);

    let mut e = e0.clone();
    e.anonymized = true;
    assert_eq!(
        obstacles(&m0, &e, 0)[0].text(),
        "Наставляемый: данные обезличены после отзыва согласия"
    );

    // Every reason at once.
    let mut m = m0.clone();
    m.consents.mentoring = None;
    m.mentor.as_mut().unwrap().status = BankStatus::Excluded;
    let mut e = e0.clone();
    e.consents.processing = None;
    assert_eq!(obstacles(&m, &e, 5).len(), 4);
}

/// A small deterministic generator for the random instances.
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

/// The best total of choosing for each column no row or one row with a positive weight,
/// under the row capacities; exhaustive.
fn brute_force(capacity: &mut [u32], cols: usize, weight: &dyn Fn(usize, usize) -> i64) -> i64 {
    fn go(c: usize, cap: &mut [u32], cols: usize, w: &dyn Fn(usize, usize) -> i64) -> i64 {
        if c == cols {
            return 0;
        }
        let mut best = go(c + 1, cap, cols, w);
        for r in 0..cap.len() {
            if cap[r] > 0 && w(r, c) > 0 {
                cap[r] -= 1;
                best = best.max(w(r, c) + go(c + 1, cap, cols, w));
                cap[r] += 1;
            }
        }
        best
    }
    go(0, capacity, cols, weight)
}

#[test]
fn assign_is_optimal_against_brute_force() {
    let mut rng = Rng(0x5eed);
    for _ in 0..400 {
        let rows = 1 + rng.below(4) as usize;
        let cols = rng.below(8) as usize;
        let capacity: Vec<u32> = (0..rows).map(|_| rng.below(4) as u32).collect();
        // Few distinct weights (many ties) or many.
        let range = if rng.below(2) == 0 { 4 } else { 100 };
        let weight: Vec<i64> = (0..rows * cols)
            .map(|_| match rng.below(10) {
                0..=2 => 0,
                3 => -(rng.below(5) as i64),
                _ => 1 + rng.below(range) as i64,
            })
            .collect();
        let a = assign(&capacity, cols, &weight);
        let mut load = vec![0; rows];
        let mut total = 0;
        for (c, r) in a.iter().enumerate() {
            if let Some(r) = *r {
                assert!(weight[r * cols + c] > 0, "a not-allowed pair");
                load[r] += 1;
                total += weight[r * cols + c];
            }
        }
        for r in 0..rows {
            assert!(load[r] <= capacity[r], "capacity of row {r} exceeded");
        }
        let best = brute_force(&mut capacity.clone(), cols, &|r, c| weight[r * cols + c]);
        assert_eq!(total, best, "{capacity:?} {cols} {weight:?}");
    }
    assert_eq!(assign(&[], 0, &[]), Vec::<Option<usize>>::new());
    assert_eq!(assign(&[2], 3, &[0, 0, 0]), [None, None, None]);
}

/// Random small schools from the example generator, with some statuses, consents and
/// capacities changed, confirmed pairs, pins, forbidden pairs and thresholds.
fn random_case(rng: &mut Rng, seed: u64) -> (Vec<Person>, SuggestOptions) {
    let mut people = example_people(8 + rng.below(8) as usize, seed);
    for p in &mut people {
        if rng.below(4) > 0 {
            for r in p.mentee.iter_mut() {
                r.status = BankStatus::Included;
            }
            for r in p.mentor.iter_mut() {
                r.status = BankStatus::Included;
            }
        }
        if rng.below(6) == 0 && p.mentee.is_some() {
            // Someone both in the mentee and the mentor bank.
            p.mentor = included(MentorAnswers {
                strengths: ratings(&[("digital", 5)]),
                capacity: 1,
                ..Default::default()
            });
            p.consents.mentoring = consent();
        }
        if rng.below(10) == 0 {
            p.consents.mentoring = None;
        }
    }
    let ids = |f: fn(&Person) -> bool| -> Vec<String> {
        people
            .iter()
            .filter(|p| f(p))
            .map(|p| p.id.clone())
            .collect()
    };
    let mentors = ids(|p| p.mentor.is_some());
    let mentees = ids(|p| p.mentee.is_some());
    let mut opts = SuggestOptions {
        threshold: [0, 0, 40, 55, 70][rng.below(5) as usize],
        ..Default::default()
    };
    if mentors.is_empty() || mentees.is_empty() {
        return (people, opts);
    }
    let any = |v: &Vec<String>, rng: &mut Rng| v[rng.below(v.len() as u64) as usize].clone();
    for _ in 0..rng.below(3) {
        opts.used_capacity
            .insert(any(&mentors, rng), rng.below(3) as u8);
    }
    if rng.below(2) == 0 {
        opts.exclude_mentees.insert(any(&mentees, rng));
    }
    for _ in 0..rng.below(3) {
        opts.pinned.push((any(&mentors, rng), any(&mentees, rng)));
    }
    for _ in 0..rng.below(4) {
        opts.forbidden
            .push((any(&mentors, rng), any(&mentees, rng)));
    }
    (people, opts)
}

#[test]
fn suggestions_keep_every_rule_and_are_optimal() {
    let areas = default_areas();
    let mut rng = Rng(42);
    let mut pairs_seen = 0;
    for seed in 1..=150 {
        let (people, opts) = random_case(&mut rng, seed);
        let s = suggest(&people, &areas, &opts);
        let person = |id: &str| people.iter().find(|p| p.id == id).unwrap();
        let used = |id: &str| opts.used_capacity.get(id).copied().unwrap_or(0);

        // Every pair is allowed, scored as `compatibility` scores it, above the threshold
        // unless pinned, not forbidden, with a mentee not already paired.
        let mut load: BTreeMap<&str, u8> = BTreeMap::new();
        let mut mentees_seen = BTreeSet::new();
        for p in &s.pairs {
            let (m, e) = (person(&p.mentor), person(&p.mentee));
            let c = compatibility(m, e, &areas, used(&p.mentor));
            let sc = c.score().unwrap_or_else(|| panic!("{c:?}"));
            assert_eq!(sc.total, p.score);
            assert!(m.may_mentor().is_ok() && e.matching_block().is_none());
            assert!(p.pinned || p.score >= opts.threshold);
            assert!(!opts
                .forbidden
                .contains(&(p.mentor.clone(), p.mentee.clone())));
            assert!(!opts.exclude_mentees.contains(&p.mentee));
            assert!(mentees_seen.insert(&p.mentee), "a mentee twice");
            *load.entry(&p.mentor).or_default() += 1;
        }
        for (id, n) in &load {
            let cap = mentor_answers(&mut person(id).clone()).capacity;
            assert!(used(id) + n <= cap, "capacity of {id} exceeded");
        }
        assert_eq!(
            s.total,
            s.pairs.iter().map(|p| u32::from(p.score)).sum::<u32>()
        );
        // Each pin is kept or reported (a pin given twice is kept once, then reported).
        for (m, e) in &opts.pinned {
            let kept = s
                .pairs
                .iter()
                .any(|p| p.pinned && &p.mentor == m && &p.mentee == e);
            let rejected = s
                .rejected_pins
                .iter()
                .any(|r| &r.mentor == m && &r.mentee == e);
            assert!(kept || rejected, "pin {m}–{e}");
        }
        let kept = s.pairs.iter().filter(|p| p.pinned).count();
        assert_eq!(kept + s.rejected_pins.len(), opts.pinned.len());

        // Optimal: brute force over the same pool, pins taken first.
        let pinned: Vec<&SuggestedPair> = s.pairs.iter().filter(|p| p.pinned).collect();
        let mentors: Vec<&Person> = people.iter().filter(|p| p.mentor.is_some()).collect();
        let mentees: Vec<&Person> = people
            .iter()
            .filter(|p| {
                p.mentee.is_some()
                    && !opts.exclude_mentees.contains(&p.id)
                    && !pinned.iter().any(|q| q.mentee == p.id)
            })
            .collect();
        let mut capacity: Vec<u32> = mentors
            .iter()
            .map(|m| {
                let cap = m.mentor_answers().map_or(0, |a| a.capacity);
                let pins = pinned.iter().filter(|q| q.mentor == m.id).count() as u8;
                u32::from(cap.saturating_sub(used(&m.id)).saturating_sub(pins))
            })
            .collect();
        // (score, count) as one number, the count below one point of score.
        let w = |r: usize, c: usize| -> i64 {
            let (m, e) = (mentors[r], mentees[c]);
            if opts.forbidden.contains(&(m.id.clone(), e.id.clone())) {
                return 0;
            }
            match compatibility(m, e, &areas, used(&m.id)) {
                Compatibility::Possible(sc) if sc.total >= opts.threshold => {
                    i64::from(sc.total) * 1000 + 1
                }
                _ => 0,
            }
        };
        let best = brute_force(&mut capacity, mentees.len(), &w);
        let suggested: Vec<&SuggestedPair> = s.pairs.iter().filter(|p| !p.pinned).collect();
        let got: i64 = suggested
            .iter()
            .map(|p| i64::from(p.score) * 1000 + 1)
            .sum();
        assert_eq!(got, best, "seed {seed}: {s:?}");
        pairs_seen += suggested.len();

        // Unmatched: exactly the eligible mentees without a pair.
        for e in &mentees {
            let paired = s.pairs.iter().any(|p| p.mentee == e.id);
            let listed = s.unmatched.iter().any(|(id, _)| id == &e.id);
            assert_eq!(
                listed,
                !paired && mentee_obstacles(e).is_empty(),
                "seed {seed}: {}",
                e.id
            );
        }
    }
    assert!(
        pairs_seen > 100,
        "the cases are not trivial: {pairs_seen} pairs"
    );
}

#[test]
fn pins_are_kept_or_rejected_with_reasons() {
    let areas = default_areas();
    let (m, e) = base();
    let mut weak = mentor("w", "История", 3, &[("paperwork", 4)]);
    mentor_answers(&mut weak).capacity = 1;
    let e2 = mentee("e2", "Математика", 1, &[("classroom", 4)]);
    let mut e3 = mentee("e3", "Физика", 1, &[("exams", 5)]);
    e3.consents.processing = None;
    let people = vec![m, weak, e, e2, e3];
    let pin = |a: &str, b: &str| (a.to_string(), b.to_string());
    let opts = SuggestOptions {
        threshold: 60,
        pinned: vec![
            pin("w", "e"),   // kept below the threshold
            pin("m", "e"),   // e is pinned already
            pin("w", "e2"),  // w has one place, taken by the first pin
            pin("m", "e3"),  // no consent
            pin("m", "e2"),  // forbidden as well
            pin("m", "zzz"), // no such person
        ],
        forbidden: vec![pin("m", "e2")],
        ..Default::default()
    };
    let s = suggest(&people, &areas, &opts);
    assert_eq!(
        s.pairs,
        [SuggestedPair {
            mentor: "w".into(),
            mentee: "e".into(),
            score: score(&people[1], &people[2], 0).total,
            pinned: true,
        }]
    );
    assert!(s.pairs[0].score < 60);
    let reasons: Vec<(&str, Vec<String>)> = s
        .rejected_pins
        .iter()
        .map(|r| (r.mentee.as_str(), r.reasons.clone()))
        .collect();
    assert_eq!(
        reasons,
        [
            (
                "e",
                vec!["Наставляемый уже закреплён за другим наставником".to_string()]
            ),
            (
                "e2",
                vec!["У наставника не осталось мест для этой пары".into()]
            ),
            (
                "e3",
                vec!["Наставляемый: нет согласия на обработку персональных данных".into()]
            ),
            ("e2", vec!["Пара и закреплена, и запрещена".into()]),
            ("zzz", vec!["Нет такого педагога в реестре".into()]),
        ]
    );
    // e2 fits only m, which is forbidden: left without a mentor.
    assert_eq!(
        s.unmatched,
        [("e2".to_string(), Unmatched::NoMentorAboveThreshold)]
    );
}

#[test]
fn unmatched_mentees_say_why() {
    let areas = default_areas();
    let (mut m, e) = base();
    mentor_answers(&mut m).capacity = 1;
    let mut e2 = e.clone();
    e2.id = "e2".into();
    mentee_answers(&mut e2).needs = ratings(&[("digital", 5)]);
    let people = vec![m, e, e2];
    let s = suggest(&people, &areas, &SuggestOptions::default());
    assert_eq!(s.pairs.len(), 1);
    assert_eq!(s.pairs[0].mentee, "e2", "digital is met fully: 100 > 85");
    assert_eq!(s.unmatched, [("e".to_string(), Unmatched::MentorsTaken)]);
    assert_eq!(
        s.unmatched[0].1.text(),
        "подходящие наставники заняты в других парах"
    );

    let opts = SuggestOptions {
        threshold: 101,
        ..Default::default()
    };
    let s = suggest(&people, &areas, &opts);
    assert!(s.pairs.is_empty());
    assert_eq!(s.unmatched.len(), 2);
    assert!(s
        .unmatched
        .iter()
        .all(|u| u.1 == Unmatched::NoMentorAboveThreshold));

    // A confirmed pair takes the only place; an already paired mentee is not matched.
    let opts = SuggestOptions {
        used_capacity: [("m".to_string(), 1)].into(),
        exclude_mentees: ["e2".to_string()].into(),
        ..Default::default()
    };
    let s = suggest(&people, &areas, &opts);
    assert!(s.pairs.is_empty());
    assert_eq!(s.unmatched, [("e".to_string(), Unmatched::MentorsTaken)]);
}

#[test]
fn the_example_school_gets_pairs() {
    let d = crate::domain::example::example_school();
    let s = suggest(&d.people, &d.taxonomy, &SuggestOptions::default());
    assert!(s.pairs.len() >= 5, "{s:?}");
    for p in &s.pairs {
        let m = d.people.iter().find(|x| x.id == p.mentor).unwrap();
        let e = d.people.iter().find(|x| x.id == p.mentee).unwrap();
        assert!(compatibility(m, e, &d.taxonomy, 0).score().is_some());
    }
}
