//! `SchoolData`: the whole dataset of one school and one academic year, and the
//! operations that change it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::documents::registry::{DocKind, DocRecord};
use super::forms::MentoringForm;
use super::library::{check_event, check_practice, FinalEvent, Practice, MAX_PRACTICES};
use super::monitoring::Monitoring;
use super::pairs::{
    next_id, program_from_needs, MatchingSettings, MentorChange, Pair, PairStatus, SupportEntry,
    Training,
};
use super::people::Person;
use super::public::Publication;
use super::roadmap::{self, RoadmapRow, RowField};
use super::school::SchoolProfile;
use super::taxonomy::{default_areas, Area, AreaGroup};

pub use super::roadmap::TaskStatus;

/// The whole dataset (schema version 5).
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
    /// Mentoring pairs and groups (stage 5).
    #[serde(default)]
    pub pairs: Vec<Pair>,
    /// Training events of mentors (stage 4).
    #[serde(default)]
    pub trainings: Vec<Training>,
    /// Support of mentees left without a mentor (stage 5).
    #[serde(default)]
    pub support: Vec<SupportEntry>,
    /// The coordinator's settings of the suggestion (stage 4).
    #[serde(default)]
    pub matching: MatchingSettings,
    /// Questionnaires, rounds and answers of the monitoring (stage 6).
    #[serde(default)]
    pub monitoring: Monitoring,
    /// The «методическая копилка» (stage 6).
    #[serde(default)]
    pub library: Vec<Practice>,
    /// The final event of the year (stage 6).
    #[serde(default)]
    pub final_event: FinalEvent,
    /// The further orders on pairs of the year (additional, replacement, early end).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pair_orders: Vec<super::pairs::PairOrder>,
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
            roadmap: super::roadmap::default_roadmap(),
            documents: BTreeMap::new(),
            people: Vec::new(),
            taxonomy: default_areas(),
            pairs: Vec::new(),
            trainings: Vec::new(),
            support: Vec::new(),
            matching: MatchingSettings::default(),
            monitoring: Monitoring::default(),
            library: Vec::new(),
            final_event: FinalEvent::default(),
            pair_orders: Vec::new(),
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
        self.monitoring.forget_area(id);
        for p in self.library.iter_mut().filter(|p| p.area == id) {
            p.area.clear();
        }
        self.taxonomy.remove(i);
        Ok(())
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
                super::format::count(
                    trainings as u64,
                    ["мероприятие", "мероприятия", "мероприятий"]
                )
            ));
        }
        let support = self.support.iter().filter(|s| s.mentee == id).count();
        if support > 0 {
            out.push(format!(
                "сопровождение без наставника: {}",
                super::format::count(support as u64, ["запись", "записи", "записей"])
            ));
        }
        let monitoring = self.monitoring.uses_of_person(id);
        if monitoring > 0 {
            out.push(format!(
                "мониторинг (ответы анкет, самооценка): {}",
                super::format::count(monitoring as u64, ["запись", "записи", "записей"])
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
        let i = self
            .people
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| format!("Нет педагога с идентификатором «{id}»"))?;
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

    /// «пара Иванова А.П. — Петров С.И.» / «группа Иванова А.П. (3 наставляемых)».
    pub fn pair_label(&self, g: &Pair) -> String {
        let name = |id: &str| {
            self.person(id)
                .map(|p| super::format::surname_initials(&p.full_name))
                .unwrap_or_else(|| id.to_string())
        };
        if g.is_group() {
            format!(
                "группа {} ({} наставляемых)",
                name(&g.mentor),
                g.mentees.len()
            )
        } else {
            format!(
                "пара {} — {}",
                name(&g.mentor),
                g.mentees.first().map(|m| name(m)).unwrap_or_default()
            )
        }
    }

    pub fn pair(&self, id: &str) -> Option<&Pair> {
        self.pairs.iter().find(|g| g.id == id)
    }

    /// Mentees in active pairs, by mentor: the places a mentor already uses.
    pub fn used_capacity(&self) -> BTreeMap<String, u8> {
        let mut used = BTreeMap::new();
        for g in self.pairs.iter().filter(|g| g.active()) {
            *used.entry(g.mentor.clone()).or_insert(0u8) += g.mentees.len() as u8;
        }
        used
    }

    /// Mentees who are in an active pair or group.
    pub fn paired_mentees(&self) -> std::collections::BTreeSet<String> {
        // `insert`, not `collect`: a B-tree's `FromIterator` adds a stable sort to the wasm.
        let mut set = std::collections::BTreeSet::new();
        for g in self.pairs.iter().filter(|g| g.active()) {
            set.extend(g.mentees.iter().cloned());
        }
        set
    }

    /// Mentees included in the bank, able to take part, and in no active pair.
    pub fn unpaired_mentees(&self) -> Vec<&Person> {
        let paired = self.paired_mentees();
        self.people
            .iter()
            .filter(|p| {
                p.mentee
                    .as_ref()
                    .is_some_and(|r| r.status == super::people::BankStatus::Included)
                    && p.matching_block().is_none()
                    && !paired.contains(&p.id)
            })
            .collect()
    }

    /// Why a mentor may not take `extra` more mentees now, in Russian.
    fn check_mentor(
        &self,
        mentor: &str,
        extra: usize,
        except_pair: Option<&str>,
    ) -> Result<(), String> {
        let m = self
            .person(mentor)
            .ok_or_else(|| format!("Нет педагога с идентификатором «{mentor}»"))?;
        m.may_mentor()
            .map_err(|why| format!("{} не может быть наставником: {why}.", m.full_name))?;
        let capacity = m
            .mentor
            .as_ref()
            .and_then(|r| r.answers.as_ref())
            .map(|a| a.capacity)
            .unwrap_or(1) as usize;
        let used: usize = self
            .pairs
            .iter()
            .filter(|g| g.active() && g.mentor == mentor && Some(g.id.as_str()) != except_pair)
            .map(|g| g.mentees.len())
            .sum();
        if used + extra > capacity {
            return Err(format!(
                "У наставника {} мест: {capacity}, занято: {used} — ещё {extra} не помещается.",
                m.full_name
            ));
        }
        Ok(())
    }

    fn check_mentee(
        &self,
        mentee: &str,
        mentor: &str,
        except_pair: Option<&str>,
    ) -> Result<(), String> {
        let p = self
            .person(mentee)
            .ok_or_else(|| format!("Нет педагога с идентификатором «{mentee}»"))?;
        if mentee == mentor {
            return Err(format!(
                "{} не может быть наставником самому себе.",
                p.full_name
            ));
        }
        if let Some(why) = p.matching_block() {
            return Err(format!("{}: {why}.", p.full_name));
        }
        if let Some(g) = self.pairs.iter().find(|g| {
            g.active()
                && Some(g.id.as_str()) != except_pair
                && g.mentees.iter().any(|m| m == mentee)
        }) {
            return Err(format!(
                "{} уже в паре: {}.",
                p.full_name,
                self.pair_label(g)
            ));
        }
        Ok(())
    }

    /// Forms a pair (one mentee) or group, with a ПНП drafted from the mentees' needs. Checks
    /// the consents (the mentor's written one, art. 351.8 ТК РФ), the mentor's places, and that
    /// no mentee is already in an active pair.
    pub fn create_pair(
        &mut self,
        mentor: &str,
        mentees: &[String],
        form: MentoringForm,
        start: &str,
        end: &str,
    ) -> Result<String, String> {
        if mentees.is_empty() {
            return Err("Выберите хотя бы одного наставляемого".into());
        }
        check_dates(start, end)?;
        for (i, m) in mentees.iter().enumerate() {
            if mentees[..i].contains(m) {
                return Err("Наставляемый указан дважды".into());
            }
            self.check_mentee(m, mentor, None)?;
        }
        self.check_mentor(mentor, mentees.len(), None)?;
        let people: Vec<&Person> = mentees.iter().filter_map(|m| self.person(m)).collect();
        let program = program_from_needs(&people, &self.taxonomy);
        let id = next_id('g', self.pairs.iter().map(|g| g.id.as_str()));
        self.pairs.push(Pair {
            id: id.clone(),
            mentor: mentor.to_string(),
            mentees: mentees.to_vec(),
            form,
            start: start.to_string(),
            end: end.to_string(),
            status: PairStatus::Active,
            reason: String::new(),
            history: Vec::new(),
            program,
        });
        Ok(id)
    }

    /// Applies a change to one pair; the change validates first and changes nothing on error.
    pub fn update_pair(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Pair) -> Result<(), String>,
    ) -> Result<(), String> {
        let g = self
            .pairs
            .iter_mut()
            .find(|g| g.id == id)
            .ok_or_else(|| format!("Нет пары (группы) «{id}»"))?;
        let mut copy = g.clone();
        f(&mut copy)?;
        check_dates(&copy.start, &copy.end)?;
        if copy.status == PairStatus::Terminated && copy.reason.trim().is_empty() {
            return Err("Укажите причину прекращения".into());
        }
        *g = copy;
        Ok(())
    }

    /// Replaces the mentor from `date`, keeping who led before and why.
    pub fn replace_mentor(
        &mut self,
        id: &str,
        new_mentor: &str,
        date: &str,
        reason: &str,
    ) -> Result<(), String> {
        let g = self
            .pair(id)
            .ok_or_else(|| format!("Нет пары (группы) «{id}»"))?
            .clone();
        if g.mentor == new_mentor {
            return Err("Это тот же наставник".into());
        }
        if super::format::parse_date(date).is_none() {
            return Err("Укажите дату замены".into());
        }
        if reason.trim().is_empty() {
            return Err("Укажите причину замены наставника".into());
        }
        self.check_mentor(new_mentor, g.mentees.len(), Some(id))?;
        if g.mentees.iter().any(|m| m == new_mentor) {
            return Err("Наставляемый не может стать наставником своей же пары".into());
        }
        self.update_pair(id, |g| {
            g.history.push(MentorChange {
                from: g.mentor.clone(),
                to: new_mentor.to_string(),
                date: date.to_string(),
                reason: reason.trim().to_string(),
            });
            g.mentor = new_mentor.to_string();
            Ok(())
        })
    }

    /// Adds a mentee to a pair (which becomes a group).
    pub fn add_mentee(&mut self, id: &str, mentee: &str) -> Result<(), String> {
        let g = self
            .pair(id)
            .ok_or_else(|| format!("Нет пары (группы) «{id}»"))?
            .clone();
        if g.mentees.iter().any(|m| m == mentee) {
            return Err("Этот педагог уже в группе".into());
        }
        self.check_mentee(mentee, &g.mentor, Some(id))?;
        if g.active() {
            self.check_mentor(&g.mentor, g.mentees.len() + 1, Some(id))?;
        }
        self.update_pair(id, |g| {
            g.mentees.push(mentee.to_string());
            Ok(())
        })
    }

    /// Removes a mentee from a group; the last mentee cannot leave (delete the pair instead).
    pub fn remove_mentee(&mut self, id: &str, mentee: &str) -> Result<(), String> {
        self.update_pair(id, |g| {
            if g.mentees.len() <= 1 {
                return Err(
                    "В паре остаётся один наставляемый: удалите пару целиком или прекратите её"
                        .into(),
                );
            }
            g.mentees.retain(|m| m != mentee);
            Ok(())
        })
    }

    pub fn delete_pair(&mut self, id: &str) -> Result<Pair, String> {
        let i = self
            .pairs
            .iter()
            .position(|g| g.id == id)
            .ok_or_else(|| format!("Нет пары (группы) «{id}»"))?;
        self.monitoring.responses.retain(|r| r.pair != id);
        Ok(self.pairs.remove(i))
    }

    /// Adds a material to the library; returns its id (`k1`, `k2` …).
    pub fn add_practice(&mut self, p: Practice) -> Result<String, String> {
        let p = self.check_practice_refs(check_practice(p)?)?;
        if self.library.len() >= MAX_PRACTICES {
            return Err(format!("В копилке не больше {MAX_PRACTICES} материалов"));
        }
        let id = next_id('k', self.library.iter().map(|p| p.id.as_str()));
        self.library.push(Practice {
            id: id.clone(),
            ..p
        });
        Ok(id)
    }

    /// Changes a material; checks first and changes nothing on error.
    pub fn update_practice(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Practice),
    ) -> Result<(), String> {
        let i = self
            .library
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| format!("Нет материала «{id}»"))?;
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
        people.sort_by(|a, b| a.full_name.cmp(&b.full_name));
        people
    }

    pub fn add_training(&mut self, t: Training) -> Result<String, String> {
        check_training(&t)?;
        let id = next_id('t', self.trainings.iter().map(|t| t.id.as_str()));
        self.trainings.push(Training {
            id: id.clone(),
            ..t
        });
        Ok(id)
    }

    pub fn update_training(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Training),
    ) -> Result<(), String> {
        let t = self
            .trainings
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or_else(|| format!("Нет мероприятия «{id}»"))?;
        let mut copy = t.clone();
        f(&mut copy);
        check_training(&copy)?;
        *t = copy;
        Ok(())
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
        if super::format::parse_date(&e.date).is_none() {
            return Err("Укажите дату".into());
        }
        if e.form.trim().is_empty() {
            return Err("Укажите форму сопровождения".into());
        }
        let id = next_id('s', self.support.iter().map(|s| s.id.as_str()));
        self.support.push(SupportEntry {
            id: id.clone(),
            ..e
        });
        Ok(id)
    }

    /// True when nothing at all has been entered.
    pub fn is_empty(&self) -> bool {
        *self == SchoolData::default()
    }
}

/// `YYYY-MM-DD` plus `months`, the day kept where the month has it (else its last day).
fn add_months(date: &str, months: u32) -> Option<String> {
    let (y, m, d) = super::format::parse_date(date)?;
    let total = (y as u32) * 12 + (m as u32 - 1) + months;
    let (y2, m2) = (total / 12, total % 12 + 1);
    let leap = (y2 % 4 == 0 && y2 % 100 != 0) || y2 % 400 == 0;
    let last = match m2 {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    Some(format!("{y2:04}-{m2:02}-{:02}", (d as u32).min(last)))
}

impl SchoolData {
    /// The planned end of a pair that starts on `start`: the end of the school year (the
    /// profile's setting), kept within the Положение's 3 to 12 months; empty when unknown.
    pub fn default_pair_end(&self, start: &str) -> String {
        let mut end = self.profile.year_end();
        if end.is_empty() || super::format::parse_date(start).is_none() {
            return end;
        }
        // A start after the profile's year: the end of the school year the pair starts in.
        while end.as_str() < start {
            match add_months(&end, 12) {
                Some(next) => end = next,
                None => return String::new(),
            }
        }
        let (Some(min), Some(max)) = (add_months(start, 3), add_months(start, 12)) else {
            return end;
        };
        if end < min {
            min
        } else if end > max {
            max
        } else {
            end
        }
    }
}

fn check_dates(start: &str, end: &str) -> Result<(), String> {
    use super::format::parse_date;
    if !start.is_empty() && parse_date(start).is_none() {
        return Err("Дата начала — в формате ГГГГ-ММ-ДД".into());
    }
    if !end.is_empty() && parse_date(end).is_none() {
        return Err("Дата окончания — в формате ГГГГ-ММ-ДД".into());
    }
    if !start.is_empty() && !end.is_empty() && end < start {
        return Err("Плановая дата окончания раньше даты начала".into());
    }
    Ok(())
}

fn check_training(t: &Training) -> Result<(), String> {
    if super::format::parse_date(&t.date).is_none() {
        return Err("Укажите дату мероприятия".into());
    }
    if t.topic.trim().is_empty() {
        return Err("Укажите тему мероприятия".into());
    }
    Ok(())
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
    use crate::domain::pairs::PairStatus;
    use crate::domain::roadmap::MAX_LONG_CHARS;

    #[test]
    fn a_pair_ends_by_default_with_the_school_year_within_3_to_12_months() {
        let mut d = SchoolData::default();
        assert_eq!(d.default_pair_end("2025-10-01"), "");
        d.profile.academic_year = "2025/2026".into();
        assert_eq!(d.default_pair_end("2025-10-01"), "2026-05-31");
        // Too short a year left: three months; the profile's own end date wins otherwise.
        assert_eq!(d.default_pair_end("2026-04-30"), "2026-07-30");
        assert_eq!(add_months("2025-11-30", 3).unwrap(), "2026-02-28");
        d.profile.year_end = "2026-06-30".into();
        assert_eq!(d.default_pair_end("2025-09-15"), "2026-06-30");
        assert_eq!(d.default_pair_end("2025-01-10"), "2026-01-10");
        assert_eq!(d.default_pair_end("2026-09-01"), "2027-06-30");
        assert_eq!(d.default_pair_end(""), "2026-06-30");
    }

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

    /// The example school with ids of: two mentors who may mentor with capacity ≥ 2, and
    /// four mentees free to pair.
    fn school() -> (SchoolData, Vec<String>, Vec<String>) {
        let d = crate::domain::example::example_school();
        let mentors: Vec<String> = d
            .people
            .iter()
            .filter(|p| {
                p.may_mentor().is_ok()
                    && p.mentor
                        .as_ref()
                        .and_then(|r| r.answers.as_ref())
                        .is_some_and(|a| a.capacity >= 2)
            })
            .map(|p| p.id.clone())
            .collect();
        let mentees: Vec<String> = d
            .unpaired_mentees()
            .iter()
            .filter(|p| p.mentor.is_none())
            .map(|p| p.id.clone())
            .collect();
        assert!(mentors.len() >= 2 && mentees.len() >= 4);
        (d, mentors, mentees)
    }

    #[test]
    fn a_pair_needs_consents_places_and_a_free_mentee() {
        let (mut d, mentors, mentees) = school();
        let (m, a, b) = (&mentors[0], &mentees[0], &mentees[1]);
        let g = d
            .create_pair(
                m,
                std::slice::from_ref(a),
                MentoringForm::Traditional,
                "2026-10-01",
                "2027-05-31",
            )
            .unwrap();
        assert_eq!(g, "g1");
        assert!(!d.pair("g1").unwrap().program.goal.is_empty());
        assert_eq!(d.used_capacity()[m], 1);
        assert!(d.paired_mentees().contains(a));
        // The same mentee again, the mentor as their own mentee, bad dates.
        let again = d.create_pair(
            &mentors[1],
            std::slice::from_ref(a),
            MentoringForm::Traditional,
            "",
            "",
        );
        assert!(again.unwrap_err().contains("уже в паре"));
        assert!(d
            .create_pair(
                m,
                std::slice::from_ref(m),
                MentoringForm::Traditional,
                "",
                ""
            )
            .is_err());
        assert!(d
            .create_pair(
                m,
                std::slice::from_ref(b),
                MentoringForm::Traditional,
                "2027-01-01",
                "2026-01-01"
            )
            .unwrap_err()
            .contains("раньше"));
        // Capacity: fill the mentor's places, then one more is refused.
        let cap = d
            .person(m)
            .unwrap()
            .mentor
            .as_ref()
            .unwrap()
            .answers
            .as_ref()
            .unwrap()
            .capacity as usize;
        let free: Vec<String> = d
            .unpaired_mentees()
            .iter()
            .filter(|p| p.mentor.is_none())
            .map(|p| p.id.clone())
            .take(cap)
            .collect();
        let e = d
            .create_pair(m, &free, MentoringForm::Group, "", "")
            .unwrap_err();
        assert!(e.contains("не помещается"), "{e}");
        d.create_pair(m, &free[..cap - 1], MentoringForm::Group, "", "")
            .unwrap();
        // No written consent to mentor (art. 351.8 ТК РФ): refused with the reason.
        let b = mentees.last().unwrap();
        let other = &mentors[1];
        d.update_person(other, |p| {
            p.consents.mentoring = None;
            Ok(())
        })
        .unwrap();
        let e = d
            .create_pair(
                other,
                std::slice::from_ref(b),
                MentoringForm::Traditional,
                "",
                "",
            )
            .unwrap_err();
        assert!(e.contains("351.8"), "{e}");
        // No processing consent of the mentee.
        d.update_person(b, |p| {
            p.consents.processing = None;
            Ok(())
        })
        .unwrap();
        let e = d
            .create_pair(
                &mentors[0],
                std::slice::from_ref(b),
                MentoringForm::Traditional,
                "",
                "",
            )
            .unwrap_err();
        assert!(e.contains("согласия на обработку"), "{e}");
    }

    #[test]
    fn replacing_a_mentor_keeps_the_history_and_ending_early_needs_a_reason() {
        let (mut d, mentors, mentees) = school();
        let g = d
            .create_pair(
                &mentors[0],
                &mentees[..1],
                MentoringForm::Traditional,
                "",
                "",
            )
            .unwrap();
        assert!(d
            .replace_mentor(&g, &mentors[1], "2026-12-01", " ")
            .is_err());
        d.replace_mentor(&g, &mentors[1], "2026-12-01", "Длительный больничный")
            .unwrap();
        let pair = d.pair(&g).unwrap();
        assert_eq!(pair.mentor, mentors[1]);
        assert_eq!(pair.history[0].from, mentors[0]);
        assert_eq!(pair.history[0].reason, "Длительный больничный");
        let e = d.update_pair(&g, |p| {
            p.status = PairStatus::Terminated;
            Ok(())
        });
        assert!(e.unwrap_err().contains("причину"));
        assert_eq!(
            d.pair(&g).unwrap().status,
            PairStatus::Active,
            "nothing changed"
        );
        d.update_pair(&g, |p| {
            p.status = PairStatus::Terminated;
            p.reason = "Увольнение наставляемого".into();
            Ok(())
        })
        .unwrap();
        // An ended pair frees its mentee and its mentor's place.
        assert!(!d.paired_mentees().contains(&mentees[0]));
        assert_eq!(d.used_capacity().get(&mentors[1]), None);
    }

    #[test]
    fn deleting_a_referenced_teacher_is_refused_or_cascades_after_confirmation() {
        let (mut d, mentors, mentees) = school();
        let g = d
            .create_pair(&mentors[0], &mentees[..2], MentoringForm::Group, "", "")
            .unwrap();
        d.add_support(SupportEntry {
            mentee: mentees[2].clone(),
            date: "2026-10-10".into(),
            form: "консультация педагога-психолога".into(),
            ..Default::default()
        })
        .unwrap();
        let before = d.clone();
        let e = d.delete_person(&mentors[0], false).unwrap_err();
        assert!(e.contains("наставник: группа"), "{e}");
        assert_eq!(d, before, "refused: nothing changed");
        // A mentee of a group leaves it; the group stays with the other mentee.
        d.delete_person(&mentees[0], true).unwrap();
        assert_eq!(d.pair(&g).unwrap().mentees, [mentees[1].clone()]);
        // The mentor: the group goes.
        d.delete_person(&mentors[0], true).unwrap();
        assert!(d.pair(&g).is_none());
        // Support entries go with their mentee.
        assert!(d.references(&mentees[2])[0].contains("сопровождение"));
        d.delete_person(&mentees[2], true).unwrap();
        assert!(d.support.is_empty());
    }

    #[test]
    fn stage6_records_are_references_and_cascade_with_their_person_pair_or_area() {
        let mut d =
            crate::domain::archive::decode(include_bytes!("../../tests/fixtures/archive-v5.json"))
                .unwrap()
                .data;
        // p3: answers in two rounds, a self-assessment, a practice, the final event.
        let refs = d.references("p3").join("; ");
        assert!(
            refs.contains("мониторинг (ответы анкет, самооценка): 3 записи"),
            "{refs}"
        );
        assert!(
            refs.contains("автор материалов методической копилки: 1"),
            "{refs}"
        );
        assert!(refs.contains("участник итогового мероприятия"), "{refs}");
        let before = d.clone();
        assert!(d.delete_person("p3", false).is_err());
        assert_eq!(d, before);
        d.delete_person("p3", true).unwrap();
        assert!(d.monitoring.responses.iter().all(|r| r.person != "p3"));
        // g1 went with its only mentee, and the mentor's answers about g1 with it.
        assert!(d.pair("g1").is_none());
        assert!(d.monitoring.responses.iter().all(|r| r.pair != "g1"));
        assert_eq!(
            d.library[0].author, "",
            "the material stays, without an author"
        );
        assert!(!d.final_event.participants.contains("p3"));
        // An area rated in a self-assessment counts as used; removing it takes the marks.
        assert_eq!(d.monitoring.uses_of_area("assessment"), 1, "p6 «до»");
        let e = d.delete_area("assessment", false).unwrap_err();
        assert!(
            e.contains("удалить её можно только вместе с этими оценками"),
            "{e}"
        );
        d.delete_area("assessment", true).unwrap();
        assert!(d.monitoring.self_assessment.is_empty());
        // The archive stays valid after every cascade.
        let env = crate::domain::archive::Envelope::new(d, 1, "2026-05-28T09:00:00.000Z");
        crate::domain::archive::decode(env.to_json().as_bytes()).unwrap();
    }

    #[test]
    fn practices_and_the_event_check_their_references() {
        let mut d = SchoolData::default();
        let p = d.add_person("Соколова Ольга").unwrap();
        let practice = |author: &str, area: &str| Practice {
            title: "Памятка".into(),
            author: author.into(),
            area: area.into(),
            ..Default::default()
        };
        assert_eq!(d.add_practice(practice(&p, "parents")).unwrap(), "k1");
        assert!(d.add_practice(practice("p9", "")).is_err());
        assert!(d.add_practice(practice("", "astronomy")).is_err());
        assert!(d.update_practice("k1", |x| x.title.clear()).is_err());
        assert_eq!(d.library[0].title, "Памятка", "nothing changed");
        assert!(d
            .update_event(|e| {
                e.participants.insert("p9".into());
            })
            .is_err());
        d.update_event(|e| {
            e.participants.insert(p.clone());
        })
        .unwrap();
        d.delete_practice("k1").unwrap();
        assert!(d.delete_practice("k1").is_err());
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
        assert_eq!(d.delete_person("p1", false).unwrap().id, "p1");
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
