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
mod tests;
