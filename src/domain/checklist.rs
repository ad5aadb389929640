//! A stage's checklist: the Дорожная карта's rows of the stage, as tasks.

/// The number a task shows: the row's id from the standard roadmap («3.2»); nothing for an
/// event the school added (ids `r1`, `r2` …, which mean nothing to a reader).
pub fn task_number(id: &str) -> &str {
    if id.starts_with('r') {
        ""
    } else {
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roadmap::{add_row, default_roadmap};

    #[test]
    fn standard_tasks_show_their_number_and_added_ones_none() {
        let mut rows = default_roadmap();
        assert_eq!(task_number(&rows[0].id), rows[0].id);
        assert!(!rows[0].id.is_empty());
        let id = add_row(&mut rows, 2, "Своё мероприятие").unwrap();
        assert_eq!(task_number(&id), "");
    }
}
