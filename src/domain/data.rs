//! `SchoolData`: the whole dataset of one school and one academic year, and the
//! operations that change it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::school::SchoolProfile;
use super::stages;

/// Status of a task of a stage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl TaskStatus {
    pub const ALL: [TaskStatus; 3] = [
        TaskStatus::NotStarted,
        TaskStatus::InProgress,
        TaskStatus::Done,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "не начато",
            TaskStatus::InProgress => "в работе",
            TaskStatus::Done => "выполнено",
        }
    }

    /// The serialized name, also used as a form value.
    pub fn key(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "not_started",
            TaskStatus::InProgress => "in_progress",
            TaskStatus::Done => "done",
        }
    }

    pub fn from_key(key: &str) -> Option<TaskStatus> {
        TaskStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// What the coordinator recorded for one task.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskState {
    #[serde(default)]
    pub status: TaskStatus,
    #[serde(default)]
    pub note: String,
}

impl TaskState {
    fn is_default(&self) -> bool {
        self.status == TaskStatus::NotStarted && self.note.is_empty()
    }
}

/// Longest note accepted for a task.
pub const MAX_NOTE_CHARS: usize = 5000;

/// The whole dataset (schema version 1).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolData {
    pub profile: SchoolProfile,
    /// Task id (see `stages::STAGES`) → its state; tasks never touched are absent.
    #[serde(default)]
    pub tasks: BTreeMap<String, TaskState>,
}

impl SchoolData {
    /// The recorded state of a task (default when never touched).
    pub fn task(&self, id: &str) -> TaskState {
        self.tasks.get(id).cloned().unwrap_or_default()
    }

    pub fn set_task_status(&mut self, id: &str, status: TaskStatus) -> Result<(), String> {
        self.update_task(id, |t| t.status = status)
    }

    pub fn set_task_note(&mut self, id: &str, note: &str) -> Result<(), String> {
        if note.chars().count() > MAX_NOTE_CHARS {
            return Err(format!("Примечание не длиннее {MAX_NOTE_CHARS} символов"));
        }
        let note = note.to_string();
        self.update_task(id, |t| t.note = note)
    }

    fn update_task(&mut self, id: &str, f: impl FnOnce(&mut TaskState)) -> Result<(), String> {
        if stages::task(id).is_none() {
            return Err(format!("Нет такой задачи: «{id}»"));
        }
        let mut state = self.task(id);
        f(&mut state);
        if state.is_default() {
            self.tasks.remove(id);
        } else {
            self.tasks.insert(id.to_string(), state);
        }
        Ok(())
    }

    /// True when nothing at all has been entered.
    pub fn is_empty(&self) -> bool {
        *self == SchoolData::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn task_state_round_trips_and_defaults_are_not_stored() {
        let mut d = SchoolData::default();
        assert_eq!(d.task("1.1").status, TaskStatus::NotStarted);
        d.set_task_status("1.1", TaskStatus::Done).unwrap();
        d.set_task_note("2.1", "Анкеты раздать до 15.09").unwrap();
        assert_eq!(d.task("1.1").status, TaskStatus::Done);
        assert_eq!(d.task("2.1").note, "Анкеты раздать до 15.09");
        assert_eq!(d.tasks.len(), 2);
        d.set_task_status("1.1", TaskStatus::NotStarted).unwrap();
        assert_eq!(d.tasks.len(), 1, "a task back to its default is not stored");
        d.set_task_note("2.1", "").unwrap();
        assert!(d.is_empty());
    }

    #[test]
    fn unknown_task_is_refused() {
        let mut d = SchoolData::default();
        assert_eq!(
            d.set_task_status("9.1", TaskStatus::Done),
            Err("Нет такой задачи: «9.1»".into())
        );
        assert!(d.is_empty());
    }

    #[test]
    fn overlong_note_is_refused_and_nothing_changes() {
        let mut d = SchoolData::default();
        d.set_task_note("1.1", "старое").unwrap();
        let long = "я".repeat(MAX_NOTE_CHARS + 1);
        assert!(d.set_task_note("1.1", &long).is_err());
        assert_eq!(d.task("1.1").note, "старое");
    }

    #[test]
    fn status_keys_round_trip() {
        for s in TaskStatus::ALL {
            assert_eq!(TaskStatus::from_key(s.key()), Some(s));
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.key())
            );
        }
        assert_eq!(TaskStatus::from_key("finished"), None);
    }
}
