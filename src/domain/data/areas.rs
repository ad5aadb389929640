//! The areas of the competency taxonomy that the questionnaires rate.

use super::*;
use crate::domain::records::{find_mut, index_of};

impl SchoolData {
    /// How many questionnaires rate an area (needs of mentees, strengths of mentors).
    pub fn area_uses(&self, area_id: &str) -> usize {
        self.people
            .iter()
            .map(|p| {
                let needs = p
                    .mentee_answers()
                    .is_some_and(|a| a.needs.contains_key(area_id));
                let strengths = p
                    .mentor_answers()
                    .is_some_and(|a| a.strengths.contains_key(area_id));
                needs as usize + strengths as usize
            })
            .sum::<usize>()
            + self.monitoring.uses_of_area(area_id)
    }

    /// Adds an area of the competency taxonomy; returns its id (`a1`, `a2` …).
    pub fn add_area(&mut self, group: AreaGroup, title: &str) -> Result<String, String> {
        let title = check_area_title(&self.taxonomy, None, title)?;
        if self.taxonomy.len() >= MAX_AREAS {
            return Err(format!("Областей не больше {MAX_AREAS}"));
        }
        let next = (1..)
            .find(|n| !self.taxonomy.iter().any(|a| a.id == format!("a{n}")))
            .expect("a free id");
        let id = format!("a{next}");
        self.taxonomy.push(Area {
            id: id.clone(),
            group,
            title,
        });
        Ok(id)
    }

    /// Renames an area or moves it to another group; the answers keep rating it.
    pub fn edit_area(&mut self, id: &str, group: AreaGroup, title: &str) -> Result<(), String> {
        let title = check_area_title(&self.taxonomy, Some(id), title)?;
        let area = find_mut(&mut self.taxonomy, id)?;
        area.group = group;
        area.title = title;
        Ok(())
    }

    /// Removes an area. When questionnaires rate it, the removal is refused unless
    /// `with_ratings`: then those ratings go too (the coordinator confirmed it).
    pub fn delete_area(&mut self, id: &str, with_ratings: bool) -> Result<(), String> {
        let i = index_of(&self.taxonomy, id)?;
        let uses = self.area_uses(id);
        if uses > 0 && !with_ratings {
            return Err(format!(
                "Область «{}» оценена в {}: удалить её можно только вместе с этими оценками.",
                self.taxonomy[i].title,
                crate::domain::format::count(uses as u64, ["анкете", "анкетах", "анкетах"])
            ));
        }
        for p in &mut self.people {
            if let Some(a) = p.mentee.as_mut().and_then(|r| r.answers.as_mut()) {
                a.needs.remove(id);
            }
            if let Some(a) = p.mentor.as_mut().and_then(|r| r.answers.as_mut()) {
                a.strengths.remove(id);
            }
        }
        self.monitoring.forget_area(id);
        for p in self.library.iter_mut().filter(|p| p.area == id) {
            p.area.clear();
        }
        self.taxonomy.remove(i);
        Ok(())
    }
}

/// Most areas the taxonomy holds.
pub const MAX_AREAS: usize = 60;

fn check_area_title(areas: &[Area], own: Option<&str>, title: &str) -> Result<String, String> {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.is_empty() {
        return Err("Укажите название области".into());
    }
    if title.chars().count() > 200 {
        return Err("Название области — не длиннее 200 знаков".into());
    }
    let same = |a: &Area| a.title.to_lowercase() == title.to_lowercase();
    if areas.iter().any(|a| Some(a.id.as_str()) != own && same(a)) {
        return Err(format!("Область «{title}» уже есть"));
    }
    Ok(title)
}
