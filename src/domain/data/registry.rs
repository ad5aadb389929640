//! The register of teachers: adding, changing and removing a person, and what refers to them.

use super::*;
use crate::domain::records::{find_mut, index_of};

impl SchoolData {
    /// Applies a change to one person; the change validates first and changes nothing on error.
    pub fn update_person(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Person) -> Result<(), String>,
    ) -> Result<(), String> {
        f(find_mut(&mut self.people, id)?)
    }

    /// Adds a teacher by name; returns the new id.
    pub fn add_person(&mut self, full_name: &str) -> Result<String, String> {
        let name = full_name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err("Укажите ФИО педагога".into());
        }
        if self.people.len() >= MAX_PEOPLE {
            return Err(format!("В реестре не больше {MAX_PEOPLE} педагогов"));
        }
        let id = format!("p{}", self.next_person_number());
        self.people.push(Person {
            id: id.clone(),
            full_name: name,
            ..Default::default()
        });
        Ok(id)
    }

    /// Adds imported teachers (ids are given here, in order); all or nothing.
    pub fn add_people(&mut self, people: Vec<Person>) -> Result<Vec<String>, String> {
        if self.people.len() + people.len() > MAX_PEOPLE {
            return Err(format!(
                "В реестре не больше {MAX_PEOPLE} педагогов, а после импорта было бы {}.",
                self.people.len() + people.len()
            ));
        }
        if people.iter().any(|p| p.full_name.trim().is_empty()) {
            return Err("Нельзя добавить педагога без ФИО".into());
        }
        let mut ids = Vec::with_capacity(people.len());
        for (next, mut p) in (self.next_person_number()..).zip(people) {
            p.id = format!("p{next}");
            ids.push(p.id.clone());
            self.people.push(p);
        }
        Ok(ids)
    }

    fn next_person_number(&self) -> u32 {
        self.people
            .iter()
            .filter_map(|p| p.id.strip_prefix('p').and_then(|n| n.parse::<u32>().ok()))
            .max()
            .unwrap_or(0)
            + 1
    }

    /// What refers to a teacher, in Russian: pairs they lead or are in, trainings they
    /// attended, support entries. Empty when the teacher can be removed without a trace.
    pub fn references(&self, id: &str) -> Vec<String> {
        let mut out = Vec::new();
        for g in &self.pairs {
            let label = self.pair_label(g);
            if g.mentor == id {
                out.push(format!("наставник: {label}"));
            } else if g.mentees.iter().any(|m| m == id) {
                out.push(format!("наставляемый: {label}"));
            } else if g.history.iter().any(|h| h.from == id || h.to == id) {
                out.push(format!("в истории замены наставника: {label}"));
            }
        }
        let trainings = self
            .trainings
            .iter()
            .filter(|t| t.attended.contains(id))
            .count();
        if trainings > 0 {
            out.push(format!(
                "посещение обучения наставников: {}",
                crate::domain::format::count(
                    trainings as u64,
                    ["мероприятие", "мероприятия", "мероприятий"]
                )
            ));
        }
        let support = self.support.iter().filter(|s| s.mentee == id).count();
        if support > 0 {
            out.push(format!(
                "сопровождение без наставника: {}",
                crate::domain::format::count(support as u64, ["запись", "записи", "записей"])
            ));
        }
        let monitoring = self.monitoring.uses_of_person(id);
        if monitoring > 0 {
            out.push(format!(
                "мониторинг (ответы анкет, самооценка): {}",
                crate::domain::format::count(monitoring as u64, ["запись", "записи", "записей"])
            ));
        }
        let authored = self.library.iter().filter(|p| p.author == id).count();
        if authored > 0 {
            out.push(format!(
                "автор материалов методической копилки: {authored} (материалы останутся без автора)"
            ));
        }
        if self.final_event.participants.contains(id) {
            out.push("участник итогового мероприятия".into());
        }
        if self.publication.people.iter().any(|f| f.person == id) {
            out.push("раздел о наставничестве на сайте: рассказ о педагоге".into());
        }
        out
    }

    /// Removes a teacher. When something refers to them ([`Self::references`]) the removal is
    /// refused with the list, unless `cascade` (the coordinator confirmed): then the pairs they
    /// lead are removed, they leave the groups they are in (a pair left with no mentee goes),
    /// their attendance and support entries go, and so does their story in the public section.
    pub fn delete_person(&mut self, id: &str, cascade: bool) -> Result<Person, String> {
        let i = index_of(&self.people, id)?;
        let refs = self.references(id);
        if !refs.is_empty() && !cascade {
            return Err(format!(
                "На педагога ссылаются: {}. Удалить можно только вместе с этими записями.",
                refs.join("; ")
            ));
        }
        self.pairs.retain(|g| g.mentor != id);
        for g in &mut self.pairs {
            g.mentees.retain(|m| m != id);
            g.history.retain(|h| h.from != id && h.to != id);
        }
        self.pairs.retain(|g| !g.mentees.is_empty());
        for t in &mut self.trainings {
            t.attended.remove(id);
        }
        self.support.retain(|s| s.mentee != id);
        self.monitoring.forget_person(id);
        let pairs: Vec<String> = self.pairs.iter().map(|g| g.id.clone()).collect();
        self.monitoring
            .responses
            .retain(|r| pairs.contains(&r.pair));
        for p in self.library.iter_mut().filter(|p| p.author == id) {
            p.author.clear();
        }
        self.final_event.participants.remove(id);
        self.publication.forget_person(id);
        Ok(self.people.remove(i))
    }
}
