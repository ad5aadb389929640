//! The records of stages 4–6 that refer to people and pairs: the library of practices, the final event, trainings of mentors and support of mentees.

use super::*;
use crate::domain::records::{index_of, push_new, update_checked};

impl SchoolData {
    /// Adds a material to the library; returns its id (`k1`, `k2` …).
    pub fn add_practice(&mut self, p: Practice) -> Result<String, String> {
        let p = self.check_practice_refs(check_practice(p)?)?;
        if self.library.len() >= MAX_PRACTICES {
            return Err(format!("В копилке не больше {MAX_PRACTICES} материалов"));
        }
        Ok(push_new(&mut self.library, 'k', |id| Practice { id, ..p }))
    }

    /// Changes a material; checks first and changes nothing on error.
    pub fn update_practice(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Practice),
    ) -> Result<(), String> {
        let i = index_of(&self.library, id)?;
        let mut copy = self.library[i].clone();
        f(&mut copy);
        self.library[i] = self.check_practice_refs(check_practice(copy)?)?;
        Ok(())
    }

    pub fn delete_practice(&mut self, id: &str) -> Result<(), String> {
        let n = self.library.len();
        self.library.retain(|p| p.id != id);
        if n == self.library.len() {
            return Err(format!("Нет материала «{id}»"));
        }
        Ok(())
    }

    fn check_practice_refs(&self, p: Practice) -> Result<Practice, String> {
        if !p.author.is_empty() && self.person(&p.author).is_none() {
            return Err(format!("Нет педагога с идентификатором «{}»", p.author));
        }
        if !p.area.is_empty() && !self.taxonomy.iter().any(|a| a.id == p.area) {
            return Err(format!("Нет области «{}»", p.area));
        }
        Ok(p)
    }

    /// Changes the final event; checks first and changes nothing on error.
    pub fn update_event(&mut self, f: impl FnOnce(&mut FinalEvent)) -> Result<(), String> {
        let mut copy = self.final_event.clone();
        f(&mut copy);
        check_event(&copy)?;
        if let Some(id) = copy
            .participants
            .iter()
            .find(|id| self.person(id).is_none())
        {
            return Err(format!("Нет педагога с идентификатором «{id}»"));
        }
        self.final_event = copy;
        Ok(())
    }

    /// Participants of the pairs not ended early: mentors and mentees, each once, by name.
    pub fn pair_participants(&self) -> Vec<&Person> {
        let mut ids: Vec<&str> = Vec::new();
        for g in self
            .pairs
            .iter()
            .filter(|g| g.status != PairStatus::Terminated)
        {
            for id in std::iter::once(&g.mentor).chain(&g.mentees) {
                if !ids.contains(&id.as_str()) {
                    ids.push(id);
                }
            }
        }
        let mut people: Vec<&Person> = ids.into_iter().filter_map(|id| self.person(id)).collect();
        crate::domain::sorting::sort_by(&mut people, |a, b| a.full_name.cmp(&b.full_name));
        people
    }

    pub fn add_training(&mut self, t: Training) -> Result<String, String> {
        check_training(&t)?;
        Ok(push_new(&mut self.trainings, 't', |id| Training {
            id,
            ..t
        }))
    }

    pub fn update_training(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Training),
    ) -> Result<(), String> {
        update_checked(
            &mut self.trainings,
            id,
            |t| {
                f(t);
                Ok(())
            },
            check_training,
        )
    }

    /// Training events a mentor attended.
    pub fn trainings_of(&self, mentor: &str) -> usize {
        self.trainings
            .iter()
            .filter(|t| t.attended.contains(mentor))
            .count()
    }

    pub fn add_support(&mut self, e: SupportEntry) -> Result<String, String> {
        if self.person(&e.mentee).is_none() {
            return Err(format!("Нет педагога с идентификатором «{}»", e.mentee));
        }
        if crate::domain::format::parse_date(&e.date).is_none() {
            return Err("Укажите дату".into());
        }
        if e.form.trim().is_empty() {
            return Err("Укажите форму сопровождения".into());
        }
        Ok(push_new(&mut self.support, 's', |id| SupportEntry {
            id,
            ..e
        }))
    }
}

fn check_training(t: &Training) -> Result<(), String> {
    if crate::domain::format::parse_date(&t.date).is_none() {
        return Err("Укажите дату мероприятия".into());
    }
    if t.topic.trim().is_empty() {
        return Err("Укажите тему мероприятия".into());
    }
    Ok(())
}
