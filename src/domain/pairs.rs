//! Stages 4–5: mentors' training, mentoring pairs and groups with their personalized
//! programs (ПНП), and the support of mentees left without a mentor.
//!
//! The types live in `SchoolData` (schema v4); the operations that need the register are
//! methods of `SchoolData` in `data.rs`, the rules that need only a pair are here.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::forms::MentoringForm;
use super::people::Person;
use super::questionnaires::main_needs;
use super::taxonomy::Area;

/// Status of a pair or group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PairStatus {
    #[default]
    Active,
    Finished,
    /// Ended early; the pair keeps its reason.
    Terminated,
}

impl PairStatus {
    pub const ALL: [PairStatus; 3] = [
        PairStatus::Active,
        PairStatus::Finished,
        PairStatus::Terminated,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PairStatus::Active => "активна",
            PairStatus::Finished => "завершена",
            PairStatus::Terminated => "прекращена",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            PairStatus::Active => "active",
            PairStatus::Finished => "finished",
            PairStatus::Terminated => "terminated",
        }
    }
}

/// A mentor replaced: who led the pair until `date` and why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MentorChange {
    /// The previous mentor's id.
    pub from: String,
    /// The new mentor's id.
    pub to: String,
    /// `YYYY-MM-DD` from which the new mentor leads.
    pub date: String,
    pub reason: String,
}

/// One item of a ПНП plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanItem {
    /// Мероприятие.
    pub event: String,
    /// Форма (консультация, посещение урока …).
    #[serde(default)]
    pub form: String,
    /// `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub deadline: String,
    /// Ожидаемый результат.
    #[serde(default)]
    pub result: String,
    #[serde(default)]
    pub done: bool,
}

/// A task of the program: usually one of the mentee's needs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramTask {
    /// The taxonomy area the task comes from, if any.
    #[serde(default)]
    pub area: String,
    pub title: String,
    #[serde(default)]
    pub items: Vec<PlanItem>,
}

/// Персонализированная программа наставничества.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Program {
    pub goal: String,
    pub tasks: Vec<ProgramTask>,
}

impl Program {
    /// (done, total) plan items.
    pub fn counts(&self) -> (usize, usize) {
        let items = self.tasks.iter().flat_map(|t| &t.items);
        let total = items.clone().count();
        (items.filter(|i| i.done).count(), total)
    }

    /// Share of plan items done, 0..=100; `None` without items.
    pub fn progress(&self) -> Option<u8> {
        let (done, total) = self.counts();
        (total > 0).then(|| (done * 100 / total) as u8)
    }

    /// Items not done whose deadline (`YYYY-MM-DD`) is before `today`.
    pub fn overdue(&self, today: &str) -> usize {
        self.tasks
            .iter()
            .flat_map(|t| &t.items)
            .filter(|i| is_overdue(i, today))
            .count()
    }
}

pub fn is_overdue(item: &PlanItem, today: &str) -> bool {
    !item.done && !item.deadline.is_empty() && item.deadline.as_str() < today
}

/// A mentoring pair (one mentee) or group (several).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    /// `g1`, `g2` …
    pub id: String,
    pub mentor: String,
    pub mentees: Vec<String>,
    pub form: MentoringForm,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub start: String,
    /// Planned end, `YYYY-MM-DD`.
    #[serde(default)]
    pub end: String,
    #[serde(default)]
    pub status: PairStatus,
    /// Why the pair was ended early.
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub history: Vec<MentorChange>,
    #[serde(default)]
    pub program: Program,
}

super::records::record!(Pair, "Нет пары (группы)");

impl Pair {
    pub fn active(&self) -> bool {
        self.status == PairStatus::Active
    }

    pub fn is_group(&self) -> bool {
        self.mentees.len() > 1
    }

    /// «пара» / «группа».
    pub fn kind_label(&self) -> &'static str {
        if self.is_group() {
            "группа"
        } else {
            "пара"
        }
    }
}

/// A kind of mentors' training event (stage 4).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrainingKind {
    #[default]
    Session,
    Seminar,
    Consultation,
    Exchange,
}

impl TrainingKind {
    pub const ALL: [TrainingKind; 4] = [
        TrainingKind::Session,
        TrainingKind::Seminar,
        TrainingKind::Consultation,
        TrainingKind::Exchange,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TrainingKind::Session => "установочная сессия",
            TrainingKind::Seminar => "семинар",
            TrainingKind::Consultation => "консультация",
            TrainingKind::Exchange => "обмен опытом",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            TrainingKind::Session => "session",
            TrainingKind::Seminar => "seminar",
            TrainingKind::Consultation => "consultation",
            TrainingKind::Exchange => "exchange",
        }
    }
}

/// A training event for mentors, with its attendance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Training {
    /// `t1`, `t2` …
    pub id: String,
    pub kind: TrainingKind,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub topic: String,
    /// Methodological materials: titles or links, one per line.
    #[serde(default)]
    pub materials: String,
    /// Ids of the mentors who attended.
    #[serde(default)]
    pub attended: BTreeSet<String>,
}

super::records::record!(Training, "Нет мероприятия");

/// Psych-pedagogical support of a mentee left without a mentor (stage 5).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportEntry {
    /// `s1`, `s2` …
    pub id: String,
    pub mentee: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// консультация, посещение урока, методическое объединение …
    pub form: String,
    /// Who supported (педагог-психолог, руководитель МО …).
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub note: String,
}

super::records::record!(SupportEntry, "Нет записи о сопровождении");

/// The coordinator's settings of the suggestion (stage 4), kept between visits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatchingSettings {
    /// Pairs scoring less are not suggested.
    pub threshold: u8,
    /// (mentor, mentee) pairs that must be in the suggestion.
    #[serde(default)]
    pub pinned: Vec<(String, String)>,
    /// (mentor, mentee) pairs never to suggest.
    #[serde(default)]
    pub forbidden: Vec<(String, String)>,
}

impl Default for MatchingSettings {
    fn default() -> Self {
        MatchingSettings {
            threshold: DEFAULT_THRESHOLD,
            pinned: Vec::new(),
            forbidden: Vec::new(),
        }
    }
}

pub const DEFAULT_THRESHOLD: u8 = 40;

/// The default plan of a need: what mentors typically do about it.
fn default_items(area_title: &str) -> Vec<PlanItem> {
    vec![
        PlanItem {
            event: format!("Диагностика затруднений и постановка целей: «{area_title}»"),
            form: "беседа, анкетирование".into(),
            result: "Затруднения уточнены, цели сформулированы".into(),
            ..Default::default()
        },
        PlanItem {
            event: format!("Консультации наставника по теме «{area_title}»"),
            form: "консультация".into(),
            result: "Наставляемый применяет рекомендации в работе".into(),
            ..Default::default()
        },
        PlanItem {
            event: "Взаимопосещение уроков (занятий) с последующим анализом".into(),
            form: "посещение урока".into(),
            result: "Проведён анализ, намечены шаги по улучшению".into(),
            ..Default::default()
        },
    ]
}

/// A ПНП drafted from the mentees' needs: one task per main need (rated 3–5 by any mentee,
/// most needed first), each with a default plan; the coordinator edits it after.
pub fn program_from_needs(mentees: &[&Person], areas: &[Area]) -> Program {
    let mut weight: BTreeMap<&str, u32> = BTreeMap::new();
    for p in mentees {
        if let Some(a) = p.mentee_answers() {
            for (area, rating) in main_needs(a, areas) {
                *weight.entry(area.id.as_str()).or_default() += rating as u32;
            }
        }
    }
    let mut needs: Vec<(&str, u32)> = weight.into_iter().collect();
    // Most needed first, then by id (the map's order).
    crate::domain::sorting::sort_by_key(&mut needs, |n| (std::cmp::Reverse(n.1), n.0));
    let tasks: Vec<ProgramTask> = needs
        .into_iter()
        .filter_map(|(id, _)| areas.iter().find(|a| a.id == id))
        .map(|area| ProgramTask {
            area: area.id.clone(),
            title: format!("Преодоление профессиональных затруднений: {}", area.title),
            items: default_items(&area.title),
        })
        .collect();
    Program {
        goal: if tasks.is_empty() {
            "Адаптация и профессиональное развитие наставляемого".into()
        } else {
            "Преодоление профессиональных затруднений, выявленных при анкетировании, и \
             профессиональное развитие наставляемого"
                .into()
        },
        tasks,
    }
}

/// A new plan item of a task (the form the coordinator fills).
pub fn blank_item() -> PlanItem {
    PlanItem {
        event: "Новое мероприятие".into(),
        ..Default::default()
    }
}

// ---------------------------------------------------------------------------------------
// Further orders on pairs (their rules: pair_orders)
// ---------------------------------------------------------------------------------------

/// What a further order on pairs does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PairOrderKind {
    /// Fixes pairs formed after the first order.
    Additional,
    /// Replaces a pair's mentor (the pair's last change).
    Replacement,
    /// Ends mentoring early.
    EarlyEnd,
}

impl PairOrderKind {
    pub const ALL: [PairOrderKind; 3] = [
        PairOrderKind::Additional,
        PairOrderKind::Replacement,
        PairOrderKind::EarlyEnd,
    ];

    /// The order's title («О …»).
    pub fn title(self) -> &'static str {
        match self {
            PairOrderKind::Additional => "О дополнительном закреплении наставнических пар (групп)",
            PairOrderKind::Replacement => "О замене наставника",
            PairOrderKind::EarlyEnd => "О досрочном завершении наставничества",
        }
    }

    /// For lists and buttons.
    pub fn label(self) -> &'static str {
        match self {
            PairOrderKind::Additional => "дополнительное закрепление пар",
            PairOrderKind::Replacement => "замена наставника",
            PairOrderKind::EarlyEnd => "досрочное завершение",
        }
    }

    /// Whether a pair is a subject of such an order now.
    pub fn fits(self, g: &Pair) -> bool {
        match self {
            PairOrderKind::Additional => g.active(),
            PairOrderKind::Replacement => g.active() && !g.history.is_empty(),
            PairOrderKind::EarlyEnd => g.status == PairStatus::Terminated,
        }
    }
}

/// A further order on pairs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairOrder {
    /// `o1`, `o2` …
    pub id: String,
    pub kind: PairOrderKind,
    #[serde(default)]
    pub number: String,
    /// `YYYY-MM-DD`, empty until dated.
    #[serde(default)]
    pub date: String,
    /// The pairs it concerns.
    pub pairs: Vec<String>,
}

super::records::record!(PairOrder, "Нет приказа");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::people::MenteeRole;
    use crate::domain::questionnaires::MenteeAnswers;
    use crate::domain::taxonomy::default_areas;

    fn mentee(needs: &[(&str, u8)]) -> Person {
        Person {
            id: "p1".into(),
            full_name: "Иванова Анна".into(),
            mentee: Some(MenteeRole {
                answers: Some(MenteeAnswers {
                    needs: needs.iter().map(|(a, r)| (a.to_string(), *r)).collect(),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    #[test]
    fn the_program_takes_the_main_needs_most_needed_first() {
        let areas = default_areas();
        let a = mentee(&[("classroom", 4), ("parents", 5), ("digital", 2)]);
        let p = program_from_needs(&[&a], &areas);
        let titles: Vec<&str> = p.tasks.iter().map(|t| t.area.as_str()).collect();
        assert_eq!(
            titles,
            ["parents", "classroom"],
            "a need rated 2 is not a task"
        );
        assert!(p.tasks[0].title.contains("Взаимодействие с родителями"));
        assert_eq!(p.tasks[0].items.len(), 3);
        // A group: the needs of all its mentees add up.
        let mut b = mentee(&[("classroom", 5)]);
        b.id = "p2".into();
        let p = program_from_needs(&[&a, &b], &areas);
        assert_eq!(p.tasks[0].area, "classroom");
        // No answers: a goal and no tasks.
        let empty = program_from_needs(&[], &areas);
        assert!(empty.tasks.is_empty() && !empty.goal.is_empty());
    }

    #[test]
    fn progress_is_the_share_of_items_done_and_overdue_items_are_counted() {
        let mut p = program_from_needs(&[&mentee(&[("parents", 5)])], &default_areas());
        assert_eq!(p.progress(), Some(0));
        p.tasks[0].items[0].done = true;
        assert_eq!(p.counts(), (1, 3));
        assert_eq!(p.progress(), Some(33));
        p.tasks[0].items[1].deadline = "2026-10-01".into();
        p.tasks[0].items[2].deadline = "2026-12-01".into();
        assert_eq!(p.overdue("2026-11-26"), 1);
        p.tasks[0].items[1].done = true;
        assert_eq!(p.overdue("2026-11-26"), 0);
        assert_eq!(Program::default().progress(), None);
    }
}
