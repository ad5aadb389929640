//! Stage 6: the results of the mentoring — the indicators of DOMAIN.md computed from the
//! data, and the result section (tables and charts) that the monitoring screen and the final
//! report both show. Derived, never stored.

use super::charts::{Chart, ChartRow};
use super::data::SchoolData;
use super::documents::model::{Block, Run, Table, Text};
use super::documents::templates::surname_initials;
use super::forms::MentoringForm;
use super::monitoring::{
    growth, growth_by_area, question_results, satisfaction, signed_tenths, tenths, Audience,
    Growth, Round,
};
use super::pairs::{Pair, PairStatus};

/// The indicators of the year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicators {
    /// Teachers in the register.
    pub teachers: usize,
    /// Distinct mentors of the pairs not ended early.
    pub mentors: usize,
    /// Distinct mentees of the pairs not ended early.
    pub mentees: usize,
    /// Mentees included in the bank.
    pub bank: usize,
    /// Of them, in a pair not ended early (coverage = covered / bank).
    pub covered: usize,
    /// Young specialists (`Person::young_specialist` on 1 September of the academic year, by
    /// the school's rule) among the mentees of the pairs.
    pub young: usize,
    /// All the school's young specialists (the coverage divides by them).
    pub young_total: usize,
    /// Pairs (one mentee) and groups not ended early; pairs ended early.
    pub pairs: usize,
    pub groups: usize,
    pub terminated: usize,
    /// Pairs and groups not ended early, by form (forms without pairs left out).
    pub by_form: Vec<(MentoringForm, usize)>,
    /// Pairs with a plan, and of them those with every item done.
    pub programs: usize,
    pub programs_done: usize,
    /// Mean progress of the plans, percent.
    pub progress: Option<u32>,
    /// The round the satisfaction is taken from: the last «итоговый», else the last one.
    pub round: Option<Round>,
    /// Mean satisfaction of mentees and of mentors, tenths of a 10-point scale.
    pub satisfaction: [Option<u32>; 2],
    /// Responses in that round: mentees, mentors.
    pub responses: [usize; 2],
    pub growth: Option<Growth>,
    pub practices: usize,
    pub best: usize,
    pub event_participants: usize,
}

/// `part` of `whole` in percent, rounded half up; `None` when `whole` is 0.
pub fn percent(part: usize, whole: usize) -> Option<u32> {
    (whole > 0).then(|| ((part * 200 + whole) / (whole * 2)) as u32)
}

/// 1 September of the academic year «2025/2026» (`2025-09-01`), or empty.
pub fn year_start(academic_year: &str) -> String {
    let y: String = academic_year
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if y.len() == 4 {
        format!("{y}-09-01")
    } else {
        String::new()
    }
}

/// The round whose answers the indicators show.
pub fn indicator_round(data: &SchoolData) -> Option<&Round> {
    let m = &data.monitoring;
    m.final_round()
        .or_else(|| m.rounds.iter().max_by(|a, b| a.date.cmp(&b.date)))
}

fn counted(g: &Pair) -> bool {
    g.status != PairStatus::Terminated
}

/// The progress of each pair's plan that has items, percent.
fn plan_progress(pairs: &[&Pair]) -> Vec<u32> {
    pairs
        .iter()
        .filter_map(|g| g.program.progress())
        .map(u32::from)
        .collect()
}

pub fn indicators(data: &SchoolData) -> Indicators {
    use super::sorting::set_of;
    use std::collections::BTreeSet;
    let pairs: Vec<&Pair> = data.pairs.iter().filter(|g| counted(g)).collect();
    let mentors: BTreeSet<&str> = set_of(pairs.iter().map(|g| g.mentor.as_str()));
    let mentees: BTreeSet<&str> = set_of(
        pairs
            .iter()
            .flat_map(|g| g.mentees.iter().map(String::as_str)),
    );
    let bank: Vec<&str> = data
        .people
        .iter()
        .filter(|p| p.included_mentee())
        .map(|p| p.id.as_str())
        .collect();
    let on = year_start(&data.profile.academic_year);
    let rule = data.profile.young_rule;
    let young = mentees
        .iter()
        .filter(|id| {
            data.person(id)
                .is_some_and(|p| p.young_specialist(&on, rule))
        })
        .count();
    let young_total = data
        .people
        .iter()
        .filter(|p| !p.anonymized && p.young_specialist(&on, rule))
        .count();
    let by_form = MentoringForm::ALL
        .into_iter()
        .map(|f| (f, pairs.iter().filter(|g| g.form == f).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let progress = plan_progress(&pairs);
    let round = indicator_round(data).cloned();
    let round_id = round.as_ref().map(|r| r.id.clone()).unwrap_or_default();
    let round_id = round_id.as_str();
    let in_round = |a: Audience| {
        data.monitoring
            .responses
            .iter()
            .filter(move |r| r.audience == a && r.round == round_id)
    };
    let in_pairs: BTreeSet<&str> = mentees.clone();
    Indicators {
        teachers: data.people.len(),
        mentors: mentors.len(),
        mentees: mentees.len(),
        bank: bank.len(),
        covered: bank.iter().filter(|id| mentees.contains(*id)).count(),
        young,
        young_total,
        pairs: pairs.iter().filter(|g| !g.is_group()).count(),
        groups: pairs.iter().filter(|g| g.is_group()).count(),
        terminated: data.pairs.len() - pairs.len(),
        by_form,
        programs: progress.len(),
        programs_done: progress.iter().filter(|p| **p == 100).count(),
        progress: (!progress.is_empty()).then(|| {
            (progress.iter().sum::<u32>() * 2 + progress.len() as u32) / (progress.len() as u32 * 2)
        }),
        satisfaction: [
            satisfaction(&data.monitoring, in_round(Audience::Mentee)),
            satisfaction(&data.monitoring, in_round(Audience::Mentor)),
        ],
        responses: [
            in_round(Audience::Mentee).count(),
            in_round(Audience::Mentor).count(),
        ],
        growth: growth(
            data.monitoring
                .self_assessment
                .iter()
                .filter(|s| in_pairs.contains(s.person.as_str())),
        ),
        practices: data.library.len(),
        best: data.library.iter().filter(|p| p.best).count(),
        event_participants: data.final_event.participants.len(),
        round,
    }
}

fn share(part: usize, whole: usize) -> String {
    match percent(part, whole) {
        Some(p) => format!("{part} из {whole} ({p} %)"),
        None => "нет данных".into(),
    }
}

fn score(v: Option<u32>, n: usize) -> String {
    match v {
        Some(v) => format!("{} из 10 (анкет: {n})", tenths(v)),
        None => "нет ответов".into(),
    }
}

/// The indicators as (name, value) lines, in Russian.
pub fn indicator_lines(i: &Indicators) -> Vec<(&'static str, String)> {
    let round = i
        .round
        .as_ref()
        .map(|r| r.label())
        .unwrap_or_else(|| "раундов мониторинга нет".into());
    vec![
        ("Педагогов в реестре", i.teachers.to_string()),
        ("Наставников в парах (группах)", i.mentors.to_string()),
        ("Наставляемых в парах (группах)", i.mentees.to_string()),
        (
            "Охват: наставляемые банка в парах (группах)",
            share(i.covered, i.bank),
        ),
        (
            "Охват молодых специалистов школы наставничеством",
            share(i.young, i.young_total),
        ),
        (
            "Наставнических пар / групп",
            format!(
                "{} / {}{}",
                i.pairs,
                i.groups,
                if i.terminated > 0 {
                    format!("; прекращено досрочно: {}", i.terminated)
                } else {
                    String::new()
                }
            ),
        ),
        (
            "ПНП выполнены полностью",
            match i.progress {
                Some(p) => format!(
                    "{}; средний процент выполнения: {p} %",
                    share(i.programs_done, i.programs)
                ),
                None => "нет планов".into(),
            },
        ),
        ("Раунд мониторинга", round),
        (
            "Удовлетворённость наставляемых",
            score(i.satisfaction[0], i.responses[0]),
        ),
        (
            "Удовлетворённость наставников",
            score(i.satisfaction[1], i.responses[1]),
        ),
        (
            "Рост самооценки компетенций наставляемых",
            match i.growth {
                Some(g) => format!(
                    "{} → {} ({}); наставляемых: {}",
                    tenths(g.before),
                    tenths(g.after),
                    signed_tenths(g.delta()),
                    g.people
                ),
                None => "нет оценок «до» и «после»".into(),
            },
        ),
        ("Материалов в методической копилке", i.practices.to_string()),
        ("Лучших практик", i.best.to_string()),
        (
            "Участников итогового мероприятия",
            i.event_participants.to_string(),
        ),
    ]
}

/// A table cell of plain text.
pub(crate) fn cell(s: impl Into<String>) -> Text {
    vec![Run::plain(s)]
}

/// A table of plain-text cells.
pub(crate) fn table(widths: &[u16], header: &[&str], rows: Vec<Vec<String>>) -> Block {
    Block::Table(Table {
        widths: widths.to_vec(),
        header: header.iter().map(|h| cell(*h)).collect(),
        rows: rows
            .into_iter()
            .map(|r| r.into_iter().map(cell).collect())
            .collect(),
    })
}

fn name(data: &SchoolData, id: &str) -> String {
    data.person(id)
        .map(|p| surname_initials(&p.full_name))
        .unwrap_or_else(|| id.to_string())
}

/// Satisfaction of the responses about some pairs in a round, both audiences.
fn pairs_satisfaction(data: &SchoolData, round: Option<&Round>, pairs: &[&str]) -> String {
    let Some(round) = round else {
        return "—".into();
    };
    let rs = data
        .monitoring
        .responses
        .iter()
        .filter(|r| r.round == round.id && pairs.contains(&r.pair.as_str()));
    satisfaction(&data.monitoring, rs)
        .map(tenths)
        .unwrap_or_else(|| "—".into())
}

/// The result section: indicators, charts (each with its table), results by round, by form
/// and by pair. `n` numbers the section headings from («1. Показатели …»), when given.
pub fn result_blocks(data: &SchoolData, numbered: bool) -> Vec<Block> {
    let i = indicators(data);
    let round = i.round.as_ref();
    let mut n = 0;
    let mut heading = |title: &str| {
        n += 1;
        if numbered {
            Block::heading(2, format!("{n}. {title}"))
        } else {
            Block::heading(2, title)
        }
    };
    let mut out = vec![heading("Показатели реализации системы наставничества")];
    out.push(table(
        &[6, 5],
        &["Показатель", "Значение"],
        indicator_lines(&i)
            .into_iter()
            .map(|(k, v)| vec![k.to_string(), v])
            .collect(),
    ));

    out.push(heading("Удовлетворённость участников"));
    if let Some(r) = round {
        out.push(Block::para_plain(format!(
            "По данным раунда «{}». Средний балл по вопросу; оценки по шкале от 1 до 5 приведены к 10 баллам (4 из 5 — 8 из 10).",
            r.label()
        )));
    }
    for a in Audience::ALL {
        let results = question_results(&data.monitoring, a, round.map(|r| r.id.as_str()));
        out.push(Block::Chart(Chart {
            title: format!("Средний балл по вопросам анкеты: {} (из 10)", a.label()),
            label: "Вопрос".into(),
            series: vec!["Средний балл".into()],
            rows: results
                .iter()
                .filter_map(|q| {
                    q.mean.map(|m| ChartRow {
                        label: q.text.clone(),
                        values: vec![m * 10 / q.scale as u32],
                    })
                })
                .collect(),
            max: 100,
            tenths: true,
        }));
    }
    // The distribution of the marks on 1–10 questions of both questionnaires.
    let mut counts = [0u32; 10];
    for a in Audience::ALL {
        for q in question_results(&data.monitoring, a, round.map(|r| r.id.as_str())) {
            if q.scale == 10 {
                for (k, c) in q.counts.iter().enumerate() {
                    counts[k] += c;
                }
            }
        }
    }
    let total: u32 = counts.iter().sum();
    out.push(Block::Chart(Chart {
        title: "Распределение оценок (вопросы со шкалой от 1 до 10)".into(),
        label: "Оценка".into(),
        series: vec!["Число оценок".into()],
        rows: if total == 0 {
            Vec::new()
        } else {
            (1..=10)
                .map(|k| ChartRow {
                    label: k.to_string(),
                    values: vec![counts[k - 1]],
                })
                .collect()
        },
        max: counts.iter().copied().max().unwrap_or(0),
        tenths: false,
    }));

    out.push(heading(
        "Самооценка компетенций наставляемых «до» и «после»",
    ));
    let by_area = growth_by_area(&data.monitoring.self_assessment);
    out.push(Block::Chart(Chart {
        title: "Средняя самооценка по областям (от 1 до 5)".into(),
        label: "Область".into(),
        series: vec!["до".into(), "после".into()],
        rows: data
            .taxonomy
            .iter()
            .filter_map(|a| {
                by_area.get(&a.id).map(|(b, f)| ChartRow {
                    label: a.title.clone(),
                    values: vec![*b, *f],
                })
            })
            .collect(),
        max: 50,
        tenths: true,
    }));

    out.push(heading("Пары и группы по формам наставничества"));
    out.push(Block::Chart(Chart {
        title: "Число пар и групп по формам наставничества".into(),
        label: "Форма".into(),
        series: vec!["Пар и групп".into()],
        rows: i
            .by_form
            .iter()
            .map(|(f, n)| ChartRow {
                label: f.label().to_string(),
                values: vec![*n as u32],
            })
            .collect(),
        max: i.by_form.iter().map(|(_, n)| *n as u32).max().unwrap_or(0),
        tenths: false,
    }));
    out.push(table(
        &[6, 2, 3, 3],
        &[
            "Форма",
            "Пар и групп",
            "ПНП выполнено, % (среднее)",
            "Удовлетворённость",
        ],
        i.by_form
            .iter()
            .map(|(f, n)| {
                let of: Vec<&Pair> = data
                    .pairs
                    .iter()
                    .filter(|g| counted(g) && g.form == *f)
                    .collect();
                let progress = plan_progress(&of);
                let ids: Vec<&str> = of.iter().map(|g| g.id.as_str()).collect();
                vec![
                    f.label().to_string(),
                    n.to_string(),
                    if progress.is_empty() {
                        "—".into()
                    } else {
                        (progress.iter().sum::<u32>() / progress.len() as u32).to_string()
                    },
                    pairs_satisfaction(data, round, &ids),
                ]
            })
            .collect(),
    ));

    out.push(heading("Результаты по раундам мониторинга"));
    out.push(table(
        &[5, 2, 3, 2, 3],
        &[
            "Раунд",
            "Анкет наставляемых",
            "Удовлетворённость наставляемых",
            "Анкет наставников",
            "Удовлетворённость наставников",
        ],
        data.monitoring
            .rounds
            .iter()
            .map(|r| {
                let mut row = vec![r.label()];
                for a in Audience::ALL {
                    let rs = || {
                        data.monitoring
                            .responses
                            .iter()
                            .filter(|x| x.round == r.id && x.audience == a)
                    };
                    row.push(rs().count().to_string());
                    row.push(
                        satisfaction(&data.monitoring, rs())
                            .map(tenths)
                            .unwrap_or_else(|| "—".into()),
                    );
                }
                row
            })
            .collect(),
    ));

    out.push(heading("Результаты по парам и группам"));
    out.push(table(
        &[3, 4, 4, 2, 2, 2, 2],
        &[
            "Наставник",
            "Наставляемые",
            "Форма",
            "Статус",
            "ПНП, %",
            "Удовлетворённость",
            "Рост самооценки",
        ],
        data.pairs
            .iter()
            .map(|g| {
                let growth = growth(
                    data.monitoring
                        .self_assessment
                        .iter()
                        .filter(|s| g.mentees.contains(&s.person)),
                );
                vec![
                    name(data, &g.mentor),
                    g.mentees
                        .iter()
                        .map(|m| name(data, m))
                        .collect::<Vec<_>>()
                        .join(", "),
                    g.form.label().to_string(),
                    g.status.label().to_string(),
                    g.program
                        .progress()
                        .map(|p| p.to_string())
                        .unwrap_or_else(|| "—".into()),
                    pairs_satisfaction(data, round, &[g.id.as_str()]),
                    growth
                        .map(|g| signed_tenths(g.delta()))
                        .unwrap_or_else(|| "—".into()),
                ]
            })
            .collect(),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::monitoring::RoundKind;

    /// The v4 fixture (60 teachers, 21 mentees included in the bank; g1: p17 with p3,
    /// traditional; g2: p11 with p6 and p13, group; academic year 2025/2026) with a final
    /// round of answers, self-assessments and a library.
    fn data() -> SchoolData {
        let mut d = crate::domain::archive::fixture_v4();
        let m = &mut d.monitoring;
        m.add_round(RoundKind::Interim, "2026-01-20").unwrap();
        m.add_round(RoundKind::Final, "2026-05-20").unwrap();
        let mut set = |pair: &str, person: &str, a: Audience, q: &str, v: u8| {
            m.set_answer(("m2", pair, person), a, q, Some(v)).unwrap()
        };
        set("g1", "p3", Audience::Mentee, "q1", 9);
        set("g1", "p3", Audience::Mentee, "q2", 10);
        set("g2", "p6", Audience::Mentee, "q1", 6);
        set("g2", "p13", Audience::Mentee, "q1", 7);
        set("g1", "p17", Audience::Mentor, "q1", 8);
        set("g1", "p17", Audience::Mentor, "q6", 4);
        m.set_answer(("m1", "g1", "p3"), Audience::Mentee, "q1", Some(2))
            .unwrap();
        for (p, area, b, a) in [("p3", "classroom", 2, 4), ("p6", "assessment", 3, 4)] {
            m.set_self_mark(p, area, false, Some(b)).unwrap();
            m.set_self_mark(p, area, true, Some(a)).unwrap();
        }
        for (title, best) in [("Открытый урок", true), ("Памятка", false)] {
            d.library.push(crate::domain::library::Practice {
                id: title.into(),
                title: title.into(),
                best,
                ..Default::default()
            });
        }
        d
    }

    #[test]
    fn indicators_on_a_hand_computed_fixture() {
        let d = data();
        let i = indicators(&d);
        assert_eq!((i.teachers, i.mentors, i.mentees), (60, 2, 3));
        // Coverage: the 3 mentees of g1 and g2 are in the bank of 21: 3 / 21 = 14,3 % → 14 %.
        assert_eq!((i.covered, i.bank), (3, 21));
        assert_eq!(percent(3, 21), Some(14));
        // Young specialists on 2025-09-01 (under 35 and in the first three years): p3
        // (b. 1999), p6 (b. 2002), p13 (b. 1996) of the mentees; 20 in the whole school
        // (counted by hand from the fixture), the share divides by them.
        assert_eq!((i.young, i.young_total), (3, 20));
        assert_eq!((i.pairs, i.groups, i.terminated), (1, 1, 0));
        assert_eq!(
            i.by_form,
            [(MentoringForm::Traditional, 1), (MentoringForm::Group, 1)]
        );
        // ПНП: g1 has 1 of 6 items done (16 %), g2 none of its items (0 %): mean 8 %.
        assert_eq!((i.programs, i.programs_done, i.progress), (2, 0, Some(8)));
        // The final round m2 counts, not the interim m1 (its 2 is left out).
        assert_eq!(i.round.as_ref().unwrap().id, "m2");
        // Mentees: (9 + 10 + 6 + 7) / 4 = 8,0; mentors: 8 and 4 of 5 = 8 → 8,0.
        assert_eq!(i.satisfaction, [Some(80), Some(80)]);
        assert_eq!(i.responses, [3, 1]);
        // Growth: before (2 + 3) / 2 = 2,5, after (4 + 4) / 2 = 4,0.
        let g = i.growth.unwrap();
        assert_eq!((g.before, g.after, g.people), (25, 40, 2));
        assert_eq!((i.practices, i.best), (2, 1));
        let lines = indicator_lines(&i);
        assert_eq!(lines[3].1, "3 из 21 (14 %)");
        assert_eq!(lines[4].1, "3 из 20 (15 %)");
        assert_eq!(lines[8].1, "8,0 из 10 (анкет: 3)");
        assert_eq!(lines[10].1, "2,5 → 4,0 (+1,5); наставляемых: 2");
        // «or» counts more young specialists in the school.
        let mut either = d.clone();
        either.profile.young_rule = crate::domain::school::YoungRule::Either;
        assert!(indicators(&either).young_total > 20);
    }

    #[test]
    fn an_ended_early_pair_leaves_the_figures() {
        let mut d = data();
        d.update_pair("g2", |g| {
            g.status = PairStatus::Terminated;
            g.reason = "Увольнение".into();
            Ok(())
        })
        .unwrap();
        let i = indicators(&d);
        assert_eq!((i.mentees, i.covered, i.groups, i.terminated), (1, 1, 0, 1));
        // Only p3's self-assessment is of a mentee still in a pair: 2 → 4.
        assert_eq!(i.growth.unwrap().delta(), 20);
    }

    #[test]
    fn empty_data_has_no_figures_and_no_division_by_zero() {
        let d = SchoolData::default();
        let i = indicators(&d);
        assert_eq!(i.progress, None);
        assert_eq!(i.satisfaction, [None, None]);
        let lines = indicator_lines(&i);
        assert_eq!(lines[3].1, "нет данных");
        let blocks = result_blocks(&d, true);
        let doc = crate::domain::documents::model::Document {
            title: "t".into(),
            header: vec![],
            blocks,
        };
        let html = crate::domain::documents::html::to_html(&doc);
        assert!(!html.contains("NaN"));
        assert!(html.contains("Нет данных"));
    }

    #[test]
    fn the_result_section_has_every_chart_with_its_table() {
        let d = data();
        let blocks = result_blocks(&d, true);
        let charts: Vec<&Chart> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Chart(c) => Some(c),
                _ => None,
            })
            .collect();
        assert_eq!(charts.len(), 5);
        // Mentee q1 in m2: (9 + 6 + 7) / 3 = 7,3; q2: 10.
        assert_eq!(charts[0].rows[0].values, [73]);
        assert_eq!(charts[0].rows[1].values, [100]);
        // The mentor's q6 (scale 5): 4 → 8,0 of 10.
        assert_eq!(charts[1].rows[1].values, [80]);
        // Marks 6, 7, 9, 10 (mentees) and 8 (mentor q1) on 1–10 scales.
        assert_eq!(
            charts[2]
                .rows
                .iter()
                .map(|r| r.values[0])
                .collect::<Vec<_>>(),
            [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
        );
        assert_eq!(charts[3].rows.len(), 2);
        let html =
            crate::domain::documents::html::to_html(&crate::domain::documents::model::Document {
                title: "t".into(),
                header: vec![],
                blocks,
            });
        assert_eq!(html.matches("<svg").count(), 5);
        assert_eq!(html.matches("chart-data").count(), 5);
        assert!(html.contains("Андреева Ю.А."));
    }
}
