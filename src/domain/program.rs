//! Editing a pair's ПНП (персонализированная программа наставничества): its goal, its tasks
//! and their plan items, by position, as the pair's page shows them. A position that is no
//! longer there (removed in another tab) is refused with a message and changes nothing.

use super::data::SchoolData;
use super::pairs::{blank_item, PlanItem, Program, ProgramTask};

super::text_fields::text_fields! {
    /// A text column of a plan item.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ItemField of PlanItem {
        Event(event) => "Мероприятие",
        Form(form) => "Форма",
        Deadline(deadline) => "Срок",
        Result(result) => "Ожидаемый результат",
    }
}

impl ItemField {
    /// A date (`YYYY-MM-DD`) or a line of text.
    pub fn is_date(self) -> bool {
        self == ItemField::Deadline
    }
}

/// The state of a ПНП on a day: items done, all items, items overdue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProgramSummary {
    pub done: usize,
    pub total: usize,
    pub overdue: usize,
    /// Share done, 0..=100; `None` without items.
    pub percent: Option<u8>,
}

impl Program {
    pub fn set_goal(&mut self, goal: &str) {
        self.goal = goal.to_string();
    }

    /// Adds a task «Новая задача» with one blank item; returns its position.
    pub fn add_task(&mut self) -> usize {
        self.tasks.push(ProgramTask {
            title: "Новая задача".into(),
            items: vec![blank_item()],
            ..Default::default()
        });
        self.tasks.len() - 1
    }

    fn task_mut(&mut self, ti: usize) -> Result<&mut ProgramTask, String> {
        self.tasks
            .get_mut(ti)
            .ok_or_else(|| format!("Задачи {} в программе уже нет", ti + 1))
    }

    fn item_mut(&mut self, ti: usize, ii: usize) -> Result<&mut PlanItem, String> {
        self.task_mut(ti)?
            .items
            .get_mut(ii)
            .ok_or_else(|| format!("Мероприятия {} в задаче {} уже нет", ii + 1, ti + 1))
    }

    pub fn set_task_title(&mut self, ti: usize, title: &str) -> Result<(), String> {
        self.task_mut(ti)?.title = title.to_string();
        Ok(())
    }

    /// Removes a task with all its items.
    pub fn remove_task(&mut self, ti: usize) -> Result<ProgramTask, String> {
        self.task_mut(ti)?;
        Ok(self.tasks.remove(ti))
    }

    /// Adds a blank item to a task; returns its position.
    pub fn add_item(&mut self, ti: usize) -> Result<usize, String> {
        let task = self.task_mut(ti)?;
        task.items.push(blank_item());
        Ok(task.items.len() - 1)
    }

    pub fn remove_item(&mut self, ti: usize, ii: usize) -> Result<PlanItem, String> {
        self.item_mut(ti, ii)?;
        Ok(self.tasks[ti].items.remove(ii))
    }

    pub fn set_item(
        &mut self,
        ti: usize,
        ii: usize,
        field: ItemField,
        value: &str,
    ) -> Result<(), String> {
        *field.slot(self.item_mut(ti, ii)?) = value.to_string();
        Ok(())
    }

    pub fn set_done(&mut self, ti: usize, ii: usize, done: bool) -> Result<(), String> {
        self.item_mut(ti, ii)?.done = done;
        Ok(())
    }

    /// The number of items of each task: what the editor draws.
    pub fn shape(&self) -> Vec<usize> {
        self.tasks.iter().map(|t| t.items.len()).collect()
    }

    pub fn summary(&self, today: &str) -> ProgramSummary {
        let (done, total) = self.counts();
        ProgramSummary {
            done,
            total,
            overdue: self.overdue(today),
            percent: self.progress(),
        }
    }
}

impl SchoolData {
    /// Applies a change to a pair's ПНП; on error nothing changes.
    pub fn update_program(
        &mut self,
        pair: &str,
        f: impl FnOnce(&mut Program) -> Result<(), String>,
    ) -> Result<(), String> {
        self.update_pair(pair, |g| f(&mut g.program))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pairs::Pair;

    fn program() -> Program {
        let mut p = Program::default();
        p.add_task();
        p.add_task();
        p
    }

    #[test]
    fn tasks_and_items_are_added_edited_and_removed_by_position() {
        let mut p = program();
        assert_eq!(p.shape(), [1, 1]);
        assert_eq!(p.tasks[0].title, "Новая задача");
        assert_eq!(p.tasks[0].items[0].event, "Новое мероприятие");
        p.set_goal("Адаптация молодого специалиста");
        assert_eq!(p.goal, "Адаптация молодого специалиста");
        p.set_task_title(1, "Работа с родителями").unwrap();
        assert_eq!(p.add_item(1).unwrap(), 1);
        for f in ItemField::ALL {
            p.set_item(1, 1, f, f.key()).unwrap();
            assert_eq!(f.get(&p.tasks[1].items[1]), f.key());
        }
        assert_eq!(p.tasks[1].items[0].event, "Новое мероприятие", "untouched");
        let removed = p.remove_item(1, 0).unwrap();
        assert_eq!(removed.event, "Новое мероприятие");
        assert_eq!(p.tasks[1].items[0].event, "event");
        let removed = p.remove_task(0).unwrap();
        assert_eq!(removed.title, "Новая задача");
        assert_eq!(p.tasks[0].title, "Работа с родителями");
        assert_eq!(p.shape(), [1]);
    }

    #[test]
    fn a_position_no_longer_there_is_refused_and_changes_nothing() {
        let mut p = program();
        let before = p.clone();
        assert_eq!(
            p.set_task_title(2, "x").unwrap_err(),
            "Задачи 3 в программе уже нет"
        );
        assert_eq!(
            p.set_item(0, 1, ItemField::Event, "x").unwrap_err(),
            "Мероприятия 2 в задаче 1 уже нет"
        );
        assert!(p.set_done(5, 0, true).is_err());
        assert!(p.remove_item(0, 3).is_err());
        assert!(p.remove_task(2).is_err());
        assert!(p.add_item(2).is_err());
        assert_eq!(p, before);
    }

    #[test]
    fn the_summary_counts_done_and_overdue_items() {
        let mut p = program();
        assert_eq!(
            Program::default().summary("2026-01-01"),
            ProgramSummary::default()
        );
        p.add_item(0).unwrap();
        p.set_item(0, 0, ItemField::Deadline, "2025-12-01").unwrap();
        p.set_item(0, 1, ItemField::Deadline, "2026-02-01").unwrap();
        p.set_item(1, 0, ItemField::Deadline, "2025-11-01").unwrap();
        p.set_done(1, 0, true).unwrap();
        assert_eq!(
            p.summary("2026-01-01"),
            ProgramSummary {
                done: 1,
                total: 3,
                overdue: 1,
                percent: Some(33)
            }
        );
        p.set_done(1, 0, false).unwrap();
        assert_eq!(p.summary("2026-01-01").overdue, 2);
        assert_eq!(p.summary("2026-01-01").percent, Some(0));
    }

    #[test]
    fn a_program_change_goes_through_the_pair_checks() {
        let mut d = SchoolData {
            pairs: vec![Pair {
                id: "g1".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        d.update_program("g1", |p| {
            p.add_task();
            Ok(())
        })
        .unwrap();
        assert_eq!(d.pair("g1").unwrap().program.shape(), [1]);
        let before = d.clone();
        assert!(d.update_program("g1", |p| p.set_done(0, 4, true)).is_err());
        assert!(d
            .update_program("g2", |p| {
                p.add_task();
                Ok(())
            })
            .unwrap_err()
            .contains("Нет пары"));
        assert_eq!(d, before);
    }
}
