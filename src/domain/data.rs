//! `SchoolData`: the whole dataset of one school and one academic year, and the
//! operations that change it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::documents::registry::{DocKind, DocRecord};
use super::people::Person;
use super::public::Publication;
use super::roadmap::{self, seed_roadmap, RoadmapRow, RowField};
use super::school::SchoolProfile;
use super::taxonomy::{default_areas, Area, AreaGroup};

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

/// The whole dataset (schema version 3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolData {
    pub profile: SchoolProfile,
    /// The Дорожная карта: the stages' tasks as the school plans them.
    pub roadmap: Vec<RoadmapRow>,
    /// Document kind key (see `DocKind::key`) → what the school recorded for it.
    #[serde(default)]
    pub documents: BTreeMap<String, DocRecord>,
    /// The school's teachers (the register behind both banks).
    #[serde(default)]
    pub people: Vec<Person>,
    /// The areas of difficulty and strength the questionnaires rate.
    #[serde(default = "default_areas")]
    pub taxonomy: Vec<Area>,
    /// The fictional example school («Загрузить пример»): shown as such, removable in a click.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
    /// The public section and its coverage (stage 7); absent from the file while empty, so
    /// it needs no new schema version.
    #[serde(default, skip_serializing_if = "Publication::is_empty")]
    pub publication: Publication,
}

impl Default for SchoolData {
    fn default() -> Self {
        SchoolData {
            profile: SchoolProfile::default(),
            roadmap: seed_roadmap(),
            documents: BTreeMap::new(),
            people: Vec::new(),
            taxonomy: default_areas(),
            example: false,
            publication: Publication::default(),
        }
    }
}

impl SchoolData {
    /// A row of the roadmap.
    pub fn row(&self, id: &str) -> Option<&RoadmapRow> {
        self.roadmap.iter().find(|r| r.id == id)
    }

    /// The status of a roadmap row (not started when there is no such row).
    pub fn status(&self, id: &str) -> TaskStatus {
        self.row(id).map(|r| r.status).unwrap_or_default()
    }

    pub fn set_task_status(&mut self, id: &str, status: TaskStatus) -> Result<(), String> {
        roadmap::set_status(&mut self.roadmap, id, status)
    }

    pub fn set_task_note(&mut self, id: &str, note: &str) -> Result<(), String> {
        roadmap::set_field(&mut self.roadmap, id, RowField::Note, note)
    }

    /// The registry record of a document (a default draft when never touched).
    pub fn document(&self, kind: DocKind) -> DocRecord {
        self.documents.get(kind.key()).cloned().unwrap_or_default()
    }

    pub fn update_document(&mut self, kind: DocKind, f: impl FnOnce(&mut DocRecord)) {
        let mut record = self.document(kind);
        f(&mut record);
        if record == DocRecord::default() {
            self.documents.remove(kind.key());
        } else {
            self.documents.insert(kind.key().to_string(), record);
        }
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// Applies a change to one person; the change validates first and changes nothing on error.
    pub fn update_person(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Person) -> Result<(), String>,
    ) -> Result<(), String> {
        let p = self
            .people
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or_else(|| format!("Нет педагога с идентификатором «{id}»"))?;
        f(p)
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

    /// How many questionnaires rate an area (needs of mentees, strengths of mentors).
    pub fn area_uses(&self, area_id: &str) -> usize {
        self.people
            .iter()
            .map(|p| {
                let needs = p
                    .mentee
                    .as_ref()
                    .and_then(|r| r.answers.as_ref())
                    .is_some_and(|a| a.needs.contains_key(area_id));
                let strengths = p
                    .mentor
                    .as_ref()
                    .and_then(|r| r.answers.as_ref())
                    .is_some_and(|a| a.strengths.contains_key(area_id));
                needs as usize + strengths as usize
            })
            .sum()
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
        let area = self
            .taxonomy
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or_else(|| format!("Нет области «{id}»"))?;
        area.group = group;
        area.title = title;
        Ok(())
    }

    /// Removes an area. When questionnaires rate it, the removal is refused unless
    /// `with_ratings`: then those ratings go too (the coordinator confirmed it).
    pub fn delete_area(&mut self, id: &str, with_ratings: bool) -> Result<(), String> {
        let i = self
            .taxonomy
            .iter()
            .position(|a| a.id == id)
            .ok_or_else(|| format!("Нет области «{id}»"))?;
        let uses = self.area_uses(id);
        if uses > 0 && !with_ratings {
            return Err(format!(
                "Область «{}» оценена в {}: удалить её можно только вместе с этими оценками.",
                self.taxonomy[i].title,
                super::format::count(uses as u64, ["анкете", "анкетах", "анкетах"])
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
        self.taxonomy.remove(i);
        Ok(())
    }

    /// Removes a teacher, and their story from the public section. Pairs (stage 5) will be
    /// named here and refuse the deletion.
    pub fn delete_person(&mut self, id: &str) -> Result<Person, String> {
        let i = self
            .people
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| format!("Нет педагога с идентификатором «{id}»"))?;
        self.publication.forget_person(id);
        Ok(self.people.remove(i))
    }

    /// True when nothing at all has been entered.
    pub fn is_empty(&self) -> bool {
        *self == SchoolData::default()
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

/// Most people the register holds (a large school has about 150 teachers; the benchmark uses
/// 2 000).
pub const MAX_PEOPLE: usize = 5000;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roadmap::MAX_LONG_CHARS;

    #[test]
    fn areas_are_added_renamed_and_removed_only_with_their_ratings() {
        let mut d = SchoolData {
            taxonomy: crate::domain::taxonomy::default_areas(),
            ..Default::default()
        };
        let n = d.taxonomy.len();
        let id = d
            .add_area(AreaGroup::Subject, "  Проектная   деятельность ")
            .unwrap();
        assert_eq!(id, "a1");
        assert_eq!(d.taxonomy[n].title, "Проектная деятельность");
        assert!(d
            .add_area(AreaGroup::Subject, "проектная деятельность")
            .is_err());
        assert!(d.add_area(AreaGroup::Subject, " ").is_err());
        d.edit_area(
            "a1",
            AreaGroup::Methodical,
            "Проектная и исследовательская деятельность",
        )
        .unwrap();
        assert_eq!(d.taxonomy[n].group, AreaGroup::Methodical);
        assert!(d
            .edit_area("a1", AreaGroup::Methodical, "Документация")
            .unwrap_err()
            .contains("уже есть"));
        // A mentee rates it: removal is refused, then done with the ratings after confirmation.
        let pid = d.add_person("Иванова Анна").unwrap();
        d.update_person(&pid, |p| {
            let mut answers = crate::domain::questionnaires::MenteeAnswers::default();
            answers.needs.insert("a1".into(), 4);
            answers.needs.insert("planning".into(), 2);
            p.mentee = Some(crate::domain::people::MenteeRole {
                answers: Some(answers),
                ..Default::default()
            });
            Ok(())
        })
        .unwrap();
        assert_eq!(d.area_uses("a1"), 1);
        let before = d.clone();
        let e = d.delete_area("a1", false).unwrap_err();
        assert!(e.contains("оценена в 1 анкете"), "{e}");
        assert_eq!(d, before);
        d.delete_area("a1", true).unwrap();
        assert_eq!(d.taxonomy.len(), n);
        let needs = &d
            .person(&pid)
            .unwrap()
            .mentee
            .as_ref()
            .unwrap()
            .answers
            .as_ref()
            .unwrap()
            .needs;
        assert_eq!(needs.keys().collect::<Vec<_>>(), ["planning"]);
        // A freed id is reused only when nothing references it any more.
        assert_eq!(d.add_area(AreaGroup::Subject, "Новая").unwrap(), "a1");
    }

    #[test]
    fn imported_people_get_fresh_ids_all_or_nothing() {
        let mut d = SchoolData::default();
        d.add_person("Первый").unwrap();
        let named = |n: &str| Person {
            full_name: n.into(),
            ..Default::default()
        };
        let ids = d
            .add_people(vec![named("Второй"), named("Третий")])
            .unwrap();
        assert_eq!(ids, ["p2", "p3"]);
        assert_eq!(d.person("p3").unwrap().full_name, "Третий");
        let before = d.clone();
        assert!(d.add_people(vec![named("Четвёртый"), named(" ")]).is_err());
        assert_eq!(d, before, "nothing added when one person is bad");
        let many = (0..MAX_PEOPLE).map(|i| named(&format!("П{i}"))).collect();
        assert!(d.add_people(many).unwrap_err().contains("не больше"));
        assert_eq!(d, before);
    }

    #[test]
    fn statuses_and_notes_live_in_the_roadmap() {
        let mut d = SchoolData::default();
        assert_eq!(d.status("1.1"), TaskStatus::NotStarted);
        d.set_task_status("1.1", TaskStatus::Done).unwrap();
        d.set_task_note("2.1", "Анкеты раздать до 15.09").unwrap();
        assert_eq!(d.status("1.1"), TaskStatus::Done);
        assert_eq!(d.row("2.1").unwrap().note, "Анкеты раздать до 15.09");
        assert!(!d.is_empty());
        d.set_task_status("1.1", TaskStatus::NotStarted).unwrap();
        d.set_task_note("2.1", "").unwrap();
        assert!(d.is_empty());
    }

    #[test]
    fn unknown_row_is_refused() {
        let mut d = SchoolData::default();
        assert_eq!(
            d.set_task_status("9.1", TaskStatus::Done),
            Err("В дорожной карте нет строки «9.1»".into())
        );
        assert!(d.is_empty());
    }

    #[test]
    fn overlong_note_is_refused_and_nothing_changes() {
        let mut d = SchoolData::default();
        d.set_task_note("1.1", "старое").unwrap();
        let long = "я".repeat(MAX_LONG_CHARS + 1);
        assert!(d.set_task_note("1.1", &long).is_err());
        assert_eq!(d.row("1.1").unwrap().note, "старое");
    }

    #[test]
    fn document_records_default_to_drafts_and_are_not_stored_empty() {
        let mut d = SchoolData::default();
        assert_eq!(d.document(DocKind::Regulation), DocRecord::default());
        d.update_document(DocKind::OrderRegulation, |r| r.number = "45-о".into());
        assert_eq!(d.documents.len(), 1);
        d.update_document(DocKind::OrderRegulation, |r| r.number.clear());
        assert!(d.is_empty());
    }

    #[test]
    fn people_are_added_updated_and_deleted() {
        let mut d = SchoolData::default();
        assert_eq!(
            d.add_person("  Соколова   Ольга Викторовна "),
            Ok("p1".into())
        );
        assert_eq!(d.add_person("Иванов Иван"), Ok("p2".into()));
        assert_eq!(d.add_person(" "), Err("Укажите ФИО педагога".into()));
        assert_eq!(
            d.person("p1").unwrap().full_name,
            "Соколова Ольга Викторовна"
        );
        d.update_person("p2", |p| {
            p.position = "Учитель истории".into();
            Ok(())
        })
        .unwrap();
        assert_eq!(d.person("p2").unwrap().position, "Учитель истории");
        assert!(d.update_person("p9", |_| Ok(())).is_err());
        assert_eq!(d.delete_person("p1").unwrap().id, "p1");
        assert_eq!(
            d.add_person("Новый Педагог"),
            Ok("p3".into()),
            "ids are never reused"
        );
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
