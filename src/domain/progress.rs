//! Stage progress and the next step: derived from the data, never stored.

use super::data::{SchoolData, TaskStatus};
use super::roadmap::{stage_rows, RoadmapRow};
use super::school::validate_profile;
use super::stages::{StageInfo, STAGES};

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

/// Progress of a stage: the statuses of its roadmap rows.
pub fn stage_progress(data: &SchoolData, stage: &StageInfo) -> StageProgress {
    let total = stage_rows(&data.roadmap, stage).count();
    let count = |status| {
        stage_rows(&data.roadmap, stage)
            .filter(|r| r.status == status)
            .count()
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
    }
    NextStep::AllDone
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
        // 22 tasks in all: 5 half-units of 44 → 11 %.
        assert_eq!(overall_percent(&d), 11);
    }

    #[test]
    fn stage_done_when_every_task_done() {
        let mut d = SchoolData::default();
        d.set_task_status("2.1", TaskStatus::Done).unwrap();
        d.set_task_status("2.2", TaskStatus::Done).unwrap();
        let p = stage_progress(&d, stage(2).unwrap());
        assert_eq!((p.percent, p.state), (100, StageState::Done));
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
        assert_eq!(next_step(&d), NextStep::AllDone);
        assert_eq!(overall_percent(&d), 100);
        d.profile.city.clear();
        assert_eq!(next_step(&d), NextStep::FillProfile);
    }

    #[test]
    fn added_and_deleted_rows_change_the_progress() {
        let mut d = SchoolData::default();
        d.set_task_status("2.1", TaskStatus::Done).unwrap();
        assert_eq!(stage_progress(&d, stage(2).unwrap()).percent, 50);
        crate::domain::roadmap::add_row(&mut d.roadmap, 2, "Педсовет").unwrap();
        // 1 done of 3 rows: 2 half-units of 6.
        assert_eq!(stage_progress(&d, stage(2).unwrap()).percent, 33);
        crate::domain::roadmap::delete_row(&mut d.roadmap, "2.2").unwrap();
        crate::domain::roadmap::delete_row(&mut d.roadmap, "r1").unwrap();
        let p = stage_progress(&d, stage(2).unwrap());
        assert_eq!((p.total, p.percent, p.state), (1, 100, StageState::Done));
    }
}
