//! Stage progress and the next step: derived from the data, never stored.

use super::data::{SchoolData, TaskStatus};
use super::people::{BankRole, BankStatus, Person};
use super::roadmap::{stage_rows, RoadmapRow};
use super::school::validate_profile;
use super::stages::{StageInfo, STAGES, STAGE_COUNT};

/// Where a stage stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageState {
    NotStarted,
    InProgress,
    Done,
}

impl StageState {
    pub fn label(self) -> &'static str {
        match self {
            StageState::NotStarted => "не начат",
            StageState::InProgress => "в работе",
            StageState::Done => "завершён",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageProgress {
    pub stage: u8,
    pub total: usize,
    pub done: usize,
    pub in_progress: usize,
    /// 0..=100: a task in progress counts as half done.
    pub percent: u8,
    pub state: StageState,
}

/// A result of a stage read from its data rather than marked by hand: «анкеты собраны: 12 из
/// 15». It counts in the stage's progress like a roadmap row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub title: &'static str,
    /// The figures behind the status.
    pub detail: String,
    pub status: TaskStatus,
}

/// `done` of `total`: done when all (and at least one), in progress when some.
fn share(title: &'static str, done: usize, total: usize, what: &str) -> Measure {
    let status = if total > 0 && done == total {
        TaskStatus::Done
    } else if done > 0 {
        TaskStatus::InProgress
    } else {
        TaskStatus::NotStarted
    };
    Measure {
        title,
        detail: if total == 0 {
            format!("{what}: пока никого")
        } else {
            format!("{what}: {done} из {total}")
        },
        status,
    }
}

/// The people in a bank (the role `role` picks), with their role.
fn bank_of<'a, A>(
    data: &'a SchoolData,
    role: impl Fn(&'a Person) -> Option<&'a BankRole<A>>,
) -> Vec<(&'a Person, &'a BankRole<A>)> {
    data.people
        .iter()
        .filter_map(|p| role(p).map(|r| (p, r)))
        .collect()
}

/// What stages 2 and 3 measure of their bank: questionnaires filled in (`questionnaires`),
/// consents to processing, decisions taken on each candidate (`formed`).
fn bank_measures<A>(
    bank: &[(&Person, &BankRole<A>)],
    questionnaires: &'static str,
    formed: &'static str,
) -> Vec<Measure> {
    let n = bank.len();
    let count =
        |keep: fn(&Person, &BankRole<A>) -> bool| bank.iter().filter(|(p, r)| keep(p, r)).count();
    vec![
        share(
            questionnaires,
            count(|_, r| r.answers.is_some()),
            n,
            "анкеты заполнены",
        ),
        share(
            "Согласия на обработку персональных данных получены",
            count(|p, _| p.matching_block().is_none()),
            n,
            "согласия есть",
        ),
        share(
            formed,
            count(|_, r| r.status != BankStatus::Candidate),
            n,
            "решение принято (включён или исключён)",
        ),
    ]
}

/// The measures of a stage (stages 2 and 3: the banks; stage 7: the public section and its
/// coverage, see `stage7`; the others have none yet).
pub fn measures(data: &SchoolData, stage: u8) -> Vec<Measure> {
    match stage {
        2 => bank_measures(
            &bank_of(data, |p| p.mentee.as_ref()),
            "Запросы педагогов собраны (анкеты наставляемых)",
            "База наставляемых сформирована",
        ),
        3 => {
            let bank = bank_of(data, |p| p.mentor.as_ref());
            let included: Vec<_> = bank
                .iter()
                .filter(|(_, r)| r.status == BankStatus::Included)
                .collect();
            let mut measures = bank_measures(
                &bank,
                "Анкеты кандидатов в наставники собраны",
                "База наставников сформирована",
            );
            measures.push(share(
                "Письменные согласия наставников (ст. 351.8 ТК РФ)",
                included
                    .iter()
                    .filter(|(p, _)| p.may_mentor().is_ok())
                    .count(),
                included.len(),
                "у включённых в базу",
            ));
            measures
        }
        4 => {
            let eligible: Vec<_> = data
                .people
                .iter()
                .filter(|p| p.included_mentee() && p.matching_block().is_none())
                .collect();
            let paired = data.paired_mentees();
            let leading = super::sorting::set_of(
                data.pairs
                    .iter()
                    .filter(|g| g.active())
                    .map(|g| g.mentor.as_str()),
            );
            vec![
                share(
                    "Для наставляемых подобраны наставники",
                    eligible.iter().filter(|p| paired.contains(&p.id)).count(),
                    eligible.len(),
                    "в парах (группах) из включённых в банк",
                ),
                share(
                    "Наставники прошли обучение",
                    leading.iter().filter(|m| data.trainings_of(m) > 0).count(),
                    leading.len(),
                    "наставников пар с обучением",
                ),
            ]
        }
        5 => {
            use super::documents::registry::DocKind;
            let active: Vec<_> = data.pairs.iter().filter(|g| g.active()).collect();
            let (ordered, order) = order_state(data, DocKind::OrderPairs);
            let formed = Measure {
                title: "Пары и группы сформированы и закреплены приказом",
                detail: format!("пар и групп: {}; приказ {}", data.pairs.len(), order),
                status: match (data.pairs.is_empty(), ordered) {
                    (true, _) => TaskStatus::NotStarted,
                    (false, true) => TaskStatus::Done,
                    (false, false) => TaskStatus::InProgress,
                },
            };
            let unpaired = data.unpaired_mentees();
            let supported = unpaired
                .iter()
                .filter(|p| data.support.iter().any(|s| s.mentee == p.id))
                .count();
            let support = if unpaired.is_empty() && !data.pairs.is_empty() {
                Measure {
                    title: "Наставляемые без пары получают поддержку",
                    detail: "все наставляемые банка в парах (группах)".into(),
                    status: TaskStatus::Done,
                }
            } else {
                share(
                    "Наставляемые без пары получают поддержку",
                    supported,
                    unpaired.len(),
                    "без пары, с записями о сопровождении",
                )
            };
            vec![
                formed,
                share(
                    "Персонализированные программы составлены",
                    active
                        .iter()
                        .filter(|g| !g.program.tasks.is_empty())
                        .count(),
                    active.len(),
                    "активных пар с ПНП",
                ),
                support,
            ]
        }
        6 => stage6(data),
        7 => stage7(data),
        _ => Vec::new(),
    }
}

/// Whether an order is issued (it has a number and a date), and «№ … от …» or why not.
fn order_state(data: &SchoolData, kind: super::documents::registry::DocKind) -> (bool, String) {
    let order = data.document(kind);
    if !order.number.trim().is_empty() && !order.date.is_empty() {
        let text = format!(
            "№ {} от {}",
            order.number.trim(),
            super::format::date_ru(&order.date)
        );
        (true, text)
    } else {
        (false, "не издан (нет номера и даты)".to_string())
    }
}

/// Stage 6: the final round's answers, the mentees' self-assessment «до» and «после», the
/// order on the final event, the best practices in the library.
fn stage6(data: &SchoolData) -> Vec<Measure> {
    use super::documents::registry::DocKind;
    let m = &data.monitoring;
    // Who is expected to answer: each mentee and the mentor of each pair not ended early.
    let expected: Vec<(&str, &str)> = data
        .pairs
        .iter()
        .filter(|g| g.status != super::pairs::PairStatus::Terminated)
        .flat_map(|g| {
            std::iter::once((g.id.as_str(), g.mentor.as_str()))
                .chain(g.mentees.iter().map(move |p| (g.id.as_str(), p.as_str())))
        })
        .collect();
    let answers = match m.final_round() {
        Some(r) => share(
            "Анкеты итогового мониторинга собраны",
            expected
                .iter()
                .filter(|(g, p)| m.response(&r.id, g, p).is_some())
                .count(),
            expected.len(),
            "ответили участники пар",
        ),
        None => Measure {
            title: "Анкеты итогового мониторинга собраны",
            detail: "итоговый раунд мониторинга не назначен".into(),
            status: TaskStatus::NotStarted,
        },
    };
    let mentees = super::sorting::set_of(
        data.pairs
            .iter()
            .filter(|g| g.status != super::pairs::PairStatus::Terminated)
            .flat_map(|g| g.mentees.iter().map(String::as_str)),
    );
    let assessed = mentees
        .iter()
        .filter(|p| {
            m.self_assessment_of(p)
                .is_some_and(|s| !s.before.is_empty() && !s.after.is_empty())
        })
        .count();
    let (ordered, order) = order_state(data, DocKind::OrderFinalEvent);
    let planned = !data.final_event.date.is_empty() && !data.final_event.format.trim().is_empty();
    let event = Measure {
        title: "Приказ о проведении итогового мероприятия издан",
        detail: format!(
            "мероприятие {}; приказ {}",
            if planned {
                format!(
                    "{}, {}",
                    super::format::date_ru(&data.final_event.date),
                    data.final_event.format.trim()
                )
            } else {
                "не запланировано (нет даты или формы)".to_string()
            },
            order
        ),
        status: match (planned, ordered) {
            (true, true) => TaskStatus::Done,
            (false, false) => TaskStatus::NotStarted,
            _ => TaskStatus::InProgress,
        },
    };
    let best = data.library.iter().filter(|p| p.best).count();
    let library = Measure {
        title: "Лучшие практики собраны в методическую копилку",
        detail: format!(
            "материалов в копилке: {}, лучших практик: {best}",
            data.library.len()
        ),
        status: if best > 0 {
            TaskStatus::Done
        } else if data.library.is_empty() {
            TaskStatus::NotStarted
        } else {
            TaskStatus::InProgress
        },
    };
    vec![
        answers,
        share(
            "Самооценка наставляемых «до» и «после»",
            assessed,
            mentees.len(),
            "наставляемых с оценками «до» и «после»",
        ),
        event,
        library,
    ]
}

/// Progress of a stage: the statuses of its roadmap rows and its [`measures`].
pub fn stage_progress(data: &SchoolData, stage: &StageInfo) -> StageProgress {
    let measures = measures(data, stage.number);
    let total = stage_rows(&data.roadmap, stage).count() + measures.len();
    let count = |status| {
        stage_rows(&data.roadmap, stage)
            .filter(|r| r.status == status)
            .count()
            + measures.iter().filter(|m| m.status == status).count()
    };
    let done = count(TaskStatus::Done);
    let in_progress = count(TaskStatus::InProgress);
    let percent = if total == 0 {
        0
    } else {
        // Integer half-units: done = 2, in progress = 1.
        ((done * 2 + in_progress) * 100 / (total * 2)) as u8
    };
    let state = if total > 0 && done == total {
        StageState::Done
    } else if done + in_progress > 0 {
        StageState::InProgress
    } else {
        StageState::NotStarted
    };
    StageProgress {
        stage: stage.number,
        total,
        done,
        in_progress,
        percent,
        state,
    }
}

pub fn all_progress(data: &SchoolData) -> Vec<StageProgress> {
    STAGES.iter().map(|s| stage_progress(data, s)).collect()
}

/// Overall progress, 0..=100, over all tasks of all stages.
pub fn overall_percent(data: &SchoolData) -> u8 {
    let (units, max) = all_progress(data).iter().fold((0, 0), |(u, m), p| {
        (u + p.done * 2 + p.in_progress, m + p.total * 2)
    });
    (units * 100).checked_div(max).unwrap_or(0) as u8
}

/// What the coordinator should do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextStep {
    /// The profile is missing or has errors.
    FillProfile,
    /// The first roadmap row in progress in the earliest unfinished stage, or else its first
    /// row not started.
    Task {
        stage: &'static StageInfo,
        row: RoadmapRow,
    },
    /// Every row of the earliest unfinished stage is done, but its data is not complete.
    Measure {
        stage: &'static StageInfo,
        measure: Measure,
    },
    AllDone,
}

pub fn next_step(data: &SchoolData) -> NextStep {
    if !validate_profile(&data.profile).is_empty() {
        return NextStep::FillProfile;
    }
    for stage in &STAGES {
        let open = |status| stage_rows(&data.roadmap, stage).find(|r| r.status == status);
        if let Some(row) = open(TaskStatus::InProgress).or_else(|| open(TaskStatus::NotStarted)) {
            return NextStep::Task {
                stage,
                row: row.clone(),
            };
        }
        if let Some(measure) = measures(data, stage.number)
            .into_iter()
            .find(|m| m.status != TaskStatus::Done)
        {
            return NextStep::Measure { stage, measure };
        }
    }
    NextStep::AllDone
}

/// Stages with a roadmap row in progress or done.
pub fn started_stages(d: &SchoolData) -> Vec<u8> {
    (1..=STAGE_COUNT)
        .filter(|n| {
            d.roadmap
                .iter()
                .any(|r| r.stage == *n && r.status != TaskStatus::NotStarted)
        })
        .collect()
}

/// The measures of stage 7 (publishing): the section's files were made, and
/// every started stage has at least one publication.
fn stage7(d: &SchoolData) -> Vec<Measure> {
    let p = &d.publication;
    let made = Measure {
        title: "Материалы раздела на сайте сформированы («Опубликовать»)",
        detail: if p.published.is_empty() {
            "ещё не формировались".into()
        } else {
            format!("последний раз {}", super::format::date_ru(&p.published))
        },
        status: if p.published.is_empty() {
            TaskStatus::NotStarted
        } else {
            TaskStatus::Done
        },
    };
    let started = started_stages(d);
    let covered = started
        .iter()
        .filter(|n| crate::domain::public::stage_covered(p, **n))
        .count();
    let coverage = Measure {
        title: "Мероприятия начатых этапов освещены (сайт, социальные сети)",
        detail: if started.is_empty() {
            "ни один этап ещё не начат".into()
        } else {
            format!(
                "этапы с публикациями: {covered} из {} начатых",
                started.len()
            )
        },
        status: if !started.is_empty() && covered == started.len() {
            TaskStatus::Done
        } else if covered > 0 {
            TaskStatus::InProgress
        } else {
            TaskStatus::NotStarted
        },
    };
    vec![made, coverage]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::school::{Coordinator, Director, SchoolProfile};
    use crate::domain::stages::stage;

    fn profile() -> SchoolProfile {
        SchoolProfile {
            full_name: "МБОУ «Школа № 1»".into(),
            short_name: "Школа № 1".into(),
            city: "Тверь".into(),
            director: Director {
                full_name: "Смирнова Анна Львовна".into(),
                position: "Директор".into(),
            },
            coordinator: Coordinator {
                full_name: "Кузнецов Иван Ильич".into(),
                position: "Заместитель директора".into(),
                ..Default::default()
            },
            academic_year: "2026/2027".into(),
            ..Default::default()
        }
    }

    #[test]
    fn empty_data_is_zero_everywhere() {
        let d = SchoolData::default();
        for p in all_progress(&d) {
            assert_eq!((p.done, p.in_progress, p.percent), (0, 0, 0));
            assert_eq!(p.state, StageState::NotStarted);
        }
        assert_eq!(overall_percent(&d), 0);
        assert_eq!(next_step(&d), NextStep::FillProfile);
    }

    #[test]
    fn stage_one_progress_counts_halves() {
        // Stage 1 has 5 tasks: 2 done + 1 in progress = 5 half-units of 10 = 50 %.
        let mut d = SchoolData::default();
        d.set_task_status("1.1", TaskStatus::Done).unwrap();
        d.set_task_status("1.2", TaskStatus::Done).unwrap();
        d.set_task_status("1.3", TaskStatus::InProgress).unwrap();
        let p = stage_progress(&d, stage(1).unwrap());
        assert_eq!((p.total, p.done, p.in_progress, p.percent), (5, 2, 1, 50));
        assert_eq!(p.state, StageState::InProgress);
        // 25 rows (22 of the seed, 3 added by default), 3 + 4 + 2 + 3 + 4 measures of stages
        // 2–6 and the 2 measures of the public section (stage 7) in all: 43 tasks, 86
        // half-units; 5 of 86 = 5,8 % → 5 %.
        assert_eq!(overall_percent(&d), 5);
    }

    #[test]
    fn stage_done_when_every_task_done() {
        let mut d = SchoolData::default();
        d.set_task_status("2.1", TaskStatus::Done).unwrap();
        d.set_task_status("2.2", TaskStatus::Done).unwrap();
        // The two rows are done, but the bank is empty: 4 half-units of 10.
        let p = stage_progress(&d, stage(2).unwrap());
        assert_eq!((p.total, p.done, p.percent), (5, 2, 40));
        assert_eq!(p.state, StageState::InProgress);
        let m = measures(&d, 2);
        assert_eq!(m[0].detail, "анкеты заполнены: пока никого");
        fill_banks(&mut d);
        let p = stage_progress(&d, stage(2).unwrap());
        assert_eq!((p.percent, p.state), (100, StageState::Done));
    }

    /// One mentee and one mentor, each with answers, consents and included in the base.
    fn fill_banks(d: &mut SchoolData) {
        use crate::domain::people::{BankStatus, Consent, MenteeRole, MentorRole, Person};
        let consent = || {
            Some(Consent {
                date: "2026-09-01".into(),
                ..Default::default()
            })
        };
        let mut p = Person {
            id: "p1".into(),
            full_name: "Иванова Анна".into(),
            mentee: Some(MenteeRole {
                status: BankStatus::Included,
                answers: Some(Default::default()),
                ..Default::default()
            }),
            ..Default::default()
        };
        p.consents.processing = consent();
        let mut q = Person {
            id: "p2".into(),
            full_name: "Петров Пётр".into(),
            mentor: Some(MentorRole {
                status: BankStatus::Included,
                answers: Some(crate::domain::questionnaires::MentorAnswers {
                    capacity: 1,
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..Default::default()
        };
        q.consents.processing = consent();
        q.consents.mentoring = consent();
        d.people = vec![p, q];
    }

    /// A news item for every stage, put on the site with «Опубликовать».
    fn publish_every_stage(d: &mut SchoolData) {
        use crate::domain::public::{add_news, record_publication, News};
        for n in 1..=7 {
            let news = News {
                title: format!("Этап {n}"),
                date: "2026-09-01".into(),
                stage: Some(n),
                published: true,
                ..Default::default()
            };
            add_news(&mut d.publication, news).unwrap();
        }
        record_publication(d, "2026-09-02");
    }

    #[test]
    fn bank_measures_count_answers_consents_and_decisions() {
        let mut d = SchoolData::default();
        fill_banks(&mut d);
        let mut third = d.people[0].clone();
        third.id = "p3".into();
        third.consents.processing = None;
        third.mentee.as_mut().unwrap().answers = None;
        third.mentee.as_mut().unwrap().status = crate::domain::people::BankStatus::Candidate;
        d.people.push(third);
        let m = measures(&d, 2);
        let got: Vec<(&str, TaskStatus)> =
            m.iter().map(|m| (m.detail.as_str(), m.status)).collect();
        assert_eq!(
            got,
            [
                ("анкеты заполнены: 1 из 2", TaskStatus::InProgress),
                ("согласия есть: 1 из 2", TaskStatus::InProgress),
                (
                    "решение принято (включён или исключён): 1 из 2",
                    TaskStatus::InProgress
                ),
            ]
        );
        // Stage 2: 2 rows not started + 3 measures in progress = 3 half-units of 10.
        assert_eq!(stage_progress(&d, stage(2).unwrap()).percent, 30);
        // The mentor without the written consent to mentor: the fourth measure of stage 3.
        d.people[1].consents.mentoring = None;
        let m = measures(&d, 3);
        assert_eq!(m[3].detail, "у включённых в базу: 0 из 1");
        assert_eq!(m[3].status, TaskStatus::NotStarted);
        assert!(measures(&d, 1).is_empty());
    }

    #[test]
    fn next_step_follows_the_roadmap() {
        let mut d = SchoolData {
            profile: profile(),
            ..Default::default()
        };
        assert!(matches!(next_step(&d), NextStep::Task { row, .. } if row.id == "1.1"));
        d.set_task_status("1.1", TaskStatus::Done).unwrap();
        d.set_task_status("1.4", TaskStatus::InProgress).unwrap();
        assert!(matches!(next_step(&d), NextStep::Task { row, .. } if row.id == "1.4"));
        for r in d.roadmap.iter_mut() {
            r.status = TaskStatus::Done;
        }
        // Every row is done, but the banks are empty and nothing is published: 50 half-units
        // of 86 (25 rows, 16 measures of stages 2–6, 2 of stage 7) = 58 %.
        assert_eq!(overall_percent(&d), 58);
        assert!(matches!(next_step(&d), NextStep::Measure { stage, measure }
            if stage.number == 2 && measure.title.starts_with("Запросы")));
        fill_banks(&mut d);
        assert!(matches!(next_step(&d), NextStep::Measure { stage, measure }
            if stage.number == 4 && measure.title.starts_with("Для наставляемых")));
        // Stage 4: a pair and the mentor's training; stage 5: the order on pairs.
        d.create_pair(
            "p2",
            &["p1".to_string()],
            crate::domain::forms::MentoringForm::Traditional,
            "",
            "",
        )
        .unwrap();
        let s4 = measures(&d, 4);
        assert_eq!(
            s4[0].detail,
            "в парах (группах) из включённых в банк: 1 из 1"
        );
        assert_eq!(s4[1].status, TaskStatus::NotStarted);
        let mut training = crate::domain::pairs::Training {
            date: "2026-09-20".into(),
            topic: "Установочная сессия".into(),
            ..Default::default()
        };
        training.attended.insert("p2".into());
        d.add_training(training).unwrap();
        let s5 = measures(&d, 5);
        assert_eq!(s5[0].status, TaskStatus::InProgress);
        assert_eq!(
            s5[0].detail,
            "пар и групп: 1; приказ не издан (нет номера и даты)"
        );
        assert_eq!(s5[2].detail, "все наставляемые банка в парах (группах)");
        assert!(matches!(next_step(&d), NextStep::Measure { stage, .. } if stage.number == 5));
        issue(
            &mut d,
            crate::domain::documents::registry::DocKind::OrderPairs,
            "52-о",
            "2026-10-01",
        );
        assert_eq!(
            measures(&d, 5)[0].detail,
            "пар и групп: 1; приказ № 52-о от 01.10.2026"
        );
        // The mentee answered no needs, so the ПНП has no task yet: not written.
        assert_eq!(measures(&d, 5)[1].detail, "активных пар с ПНП: 0 из 1");
        d.update_pair("g1", |g| {
            g.program.tasks.push(crate::domain::pairs::ProgramTask {
                title: "Адаптация в коллективе".into(),
                ..Default::default()
            });
            Ok(())
        })
        .unwrap();
        // Stage 6: the final round's answers, self-assessment, the order, a best practice.
        assert!(matches!(next_step(&d), NextStep::Measure { stage, measure }
            if stage.number == 6 && measure.detail == "итоговый раунд мониторинга не назначен"));
        fill_stage6(&mut d);
        // 76 half-units of 80 → 95 %: the public section is what is left.
        assert_eq!(overall_percent(&d), 95);
        assert!(matches!(next_step(&d), NextStep::Measure { stage, measure }
            if stage.number == 7 && measure.title.starts_with("Материалы раздела")));
        publish_every_stage(&mut d);
        assert_eq!(next_step(&d), NextStep::AllDone);
        assert_eq!(overall_percent(&d), 100);
        d.profile.city.clear();
        assert_eq!(next_step(&d), NextStep::FillProfile);
    }

    /// Stage 6 done for the one pair g1 (mentor p2, mentee p1) of `next_step_follows_the_roadmap`.
    /// Gives an order its number and date.
    fn issue(
        d: &mut SchoolData,
        kind: crate::domain::documents::registry::DocKind,
        number: &str,
        date: &str,
    ) {
        d.update_document(kind, |r| {
            r.number = number.into();
            r.date = date.into();
        });
    }

    fn fill_stage6(d: &mut SchoolData) {
        use crate::domain::monitoring::{Audience, RoundKind};
        let m = &mut d.monitoring;
        m.add_round(RoundKind::Final, "2027-05-20").unwrap();
        m.set_answer(("m1", "g1", "p1"), Audience::Mentee, "q1", Some(9))
            .unwrap();
        m.set_self_mark("p1", "planning", false, Some(2)).unwrap();
        m.set_self_mark("p1", "planning", true, Some(4)).unwrap();
        let s6 = measures(d, 6);
        // The mentee answered, the mentor not yet: 1 of 2.
        assert_eq!(s6[0].detail, "ответили участники пар: 1 из 2");
        assert_eq!(s6[1].status, TaskStatus::Done);
        d.monitoring
            .set_answer(("m1", "g1", "p2"), Audience::Mentor, "q1", Some(8))
            .unwrap();
        d.update_event(|e| {
            e.date = "2027-05-25".into();
            e.format = "педагогический совет".into();
        })
        .unwrap();
        assert_eq!(measures(d, 6)[2].status, TaskStatus::InProgress);
        issue(
            d,
            crate::domain::documents::registry::DocKind::OrderFinalEvent,
            "61-о",
            "2027-05-15",
        );
        assert_eq!(
            measures(d, 6)[2].detail,
            "мероприятие 25.05.2027, педагогический совет; приказ № 61-о от 15.05.2027"
        );
        d.add_practice(crate::domain::library::Practice {
            title: "Сценарий открытого урока".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(measures(d, 6)[3].status, TaskStatus::InProgress);
        d.update_practice("k1", |p| p.best = true).unwrap();
        assert_eq!(
            measures(d, 6)[3].detail,
            "материалов в копилке: 1, лучших практик: 1"
        );
    }

    #[test]
    fn added_and_deleted_rows_change_the_progress() {
        let mut d = SchoolData::default();
        d.set_task_status("1.1", TaskStatus::Done).unwrap();
        // 1 done of 5 rows: 2 half-units of 10.
        assert_eq!(stage_progress(&d, stage(1).unwrap()).percent, 20);
        let added = crate::domain::roadmap::add_row(&mut d.roadmap, 1, "Педсовет").unwrap();
        // 1 done of 6 rows: 2 half-units of 12.
        assert_eq!(stage_progress(&d, stage(1).unwrap()).percent, 16);
        for id in ["1.2", "1.3", "1.4", "1.5", added.as_str()] {
            crate::domain::roadmap::delete_row(&mut d.roadmap, id).unwrap();
        }
        let p = stage_progress(&d, stage(1).unwrap());
        assert_eq!((p.total, p.percent, p.state), (1, 100, StageState::Done));
    }
}
