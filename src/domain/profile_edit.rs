//! What the profile screen decides: the regional acts typed one a line, whether this is the
//! first visit, and where «Готово» leads.

use super::data::SchoolData;
use super::progress::all_progress;
use super::school::SchoolProfile;

impl SchoolProfile {
    /// The regional and municipal acts as typed, one a line.
    pub fn regional_acts_text(&self) -> String {
        self.regional_acts.join("\n")
    }

    /// Sets the regional acts from the text typed: one act a line, blank lines dropped.
    pub fn set_regional_acts(&mut self, text: &str) {
        self.regional_acts = text
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
    }

    /// Nothing filled in yet: the profile greets a newcomer.
    pub fn is_blank(&self) -> bool {
        *self == SchoolProfile::default()
    }
}

impl SchoolData {
    /// Whether work on the stages has begun (a task done or in progress): the profile's
    /// «Готово» then leads to the overview, else to stage 1.
    pub fn work_started(&self) -> bool {
        all_progress(self)
            .iter()
            .any(|p| p.done + p.in_progress > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::data::TaskStatus;

    #[test]
    fn regional_acts_are_one_a_line() {
        let mut p = SchoolProfile::default();
        p.set_regional_acts("  распоряжение № 1 \n\n\r\nприказ № 2\n");
        assert_eq!(p.regional_acts, ["распоряжение № 1", "приказ № 2"]);
        assert_eq!(p.regional_acts_text(), "распоряжение № 1\nприказ № 2");
        p.set_regional_acts("");
        assert!(p.regional_acts.is_empty());
    }

    #[test]
    fn a_blank_profile_is_a_first_visit() {
        let mut p = SchoolProfile::default();
        assert!(p.is_blank());
        p.city = "Тверь".into();
        assert!(!p.is_blank());
    }

    #[test]
    fn work_has_started_once_a_task_moves() {
        let mut d = SchoolData::default();
        assert!(!d.work_started());
        let id = d.roadmap[0].id.clone();
        d.set_task_status(&id, TaskStatus::InProgress).unwrap();
        assert!(d.work_started());
    }
}
