//! Stage 4 «Отбор наставников»: how well a mentor fits a mentee (an explainable score), and the
//! best assignment of mentees to mentors under the mentors' capacities.
//!
//! The score (0..=100) adds five components:
//! - запросы (up to 60): the mentee's needs covered by the mentor's strengths, each need
//!   weighted by how much help it needs: Σ(need−1)(strength−1) / Σ(need−1)·4, so a need rated
//!   5 met by a strength rated 5 counts most and a need rated 1 («помощь не нужна») not at all;
//! - предмет (15): the same subject; 8 for a related one (one of [`SUBJECT_GROUPS`]);
//! - стаж (15): the mentor's extra years of experience, 1.5 points a year up to 10 years;
//! - форма (5): a preferred form of mentoring in common (2 when a side named none);
//! - загрузка (5): the share of the mentor's places still free.
//!
//! A pair that may not be formed at all (consents, banks, questionnaires, capacity, the same
//! person) is [`Compatibility::Impossible`] with every reason, never a low score.
//!
//! The assignment ([`suggest`], [`assign`]) is exact: the Hungarian algorithm on the mentors'
//! free places as rows. It is written here (about 60 lines) rather than taken from the
//! `pathfinding` crate, whose `kuhn_munkres` would bring six more crates (indexmap, num-traits,
//! rustc-hash, thiserror, integer-sqrt, deprecate-until) into a wasm that is near its size
//! budget, and needs the full rows × columns matrix of its own `Matrix` type.

mod assignment;

use std::collections::{BTreeMap, BTreeSet};

use super::format::{count, plural};
use super::forms::MentoringForm;
use super::people::{BankRole, BankStatus, Person};
use super::taxonomy::Area;

pub use assignment::*;

/// Points of each component; they add up to [`MAX_SCORE`].
pub const NEEDS_MAX: u32 = 60;
pub const SUBJECT_SAME: u32 = 15;
pub const SUBJECT_RELATED: u32 = 8;
pub const EXPERIENCE_MAX: u32 = 15;
/// Years of extra experience that earn the full [`EXPERIENCE_MAX`].
pub const EXPERIENCE_FULL_GAP: u32 = 10;
pub const FORMS_MAX: u32 = 5;
/// Form points when one side named no preferred form.
pub const FORMS_UNKNOWN: u32 = 2;
pub const CAPACITY_MAX: u32 = 5;
pub const MAX_SCORE: u32 = NEEDS_MAX + SUBJECT_SAME + EXPERIENCE_MAX + FORMS_MAX + CAPACITY_MAX;

/// School subjects that are close enough for a mentor to help on method: the group's name and
/// the word stems (lower case, «ё» as «е») that put a subject into it. First match wins.
pub const SUBJECT_GROUPS: [(&str, &[&str]); 8] = [
    (
        "математика и информатика",
        &[
            "матем",
            "алгебр",
            "геометр",
            "информат",
            "вероятн",
            "статист",
        ],
    ),
    (
        "естественные науки",
        &[
            "физик",
            "хими",
            "биолог",
            "географ",
            "естеств",
            "окружающ",
            "астроном",
            "эколог",
        ],
    ),
    ("русский язык и литература", &["русск", "литератур", "родн"]),
    (
        "иностранные языки",
        &["англ", "немец", "француз", "испан", "китай", "иностран"],
    ),
    (
        "общественные науки",
        &["истор", "обществ", "право", "эконом", "однкнр", "орксэ"],
    ),
    ("начальные классы", &["начальн"]),
    ("искусство", &["музык", "изо", "искусств", "мхк", "черчен"]),
    (
        "физическая культура, ОБЗР и труд",
        &["физическ", "физкульт", "обж", "обзр", "технолог", "труд"],
    ),
];

/// Why a pair cannot be formed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Obstacle {
    SamePerson,
    /// Not in the mentee bank, or in it with this status (not «включён в базу»).
    MenteeNotInBank(Option<BankStatus>),
    MentorNotInBank(Option<BankStatus>),
    /// [`Person::matching_block`] of the mentee.
    MenteeBlocked(&'static str),
    /// [`Person::may_mentor`] of the mentor: no processing consent, or no written consent to
    /// mentor (art. 351.8 ТК РФ).
    MentorBlocked(&'static str),
    NoMenteeQuestionnaire,
    NoMentorQuestionnaire,
    /// The mentor's places are taken by confirmed pairs.
    CapacityFull {
        capacity: u8,
        used: u8,
    },
}

impl Obstacle {
    /// The reason in Russian.
    pub fn text(&self) -> String {
        let bank = |who: &str, bank: &str, s: &Option<BankStatus>| match s {
            None => format!("{who} не в банке {bank}"),
            Some(s) => format!("{who} не включён в базу (статус «{}»)", s.label()),
        };
        match self {
            Obstacle::SamePerson => "Наставник и наставляемый — один и тот же педагог".into(),
            Obstacle::MenteeNotInBank(s) => bank("Наставляемый", "наставляемых", s),
            Obstacle::MentorNotInBank(s) => bank("Наставник", "наставников", s),
            Obstacle::MenteeBlocked(r) => format!("Наставляемый: {r}"),
            Obstacle::MentorBlocked(r) => format!("Наставник: {r}"),
            Obstacle::NoMenteeQuestionnaire => "Наставляемый не заполнил анкету".into(),
            Obstacle::NoMentorQuestionnaire => "Наставник не заполнил анкету".into(),
            Obstacle::CapacityFull { capacity, used } => {
                format!("У наставника нет свободных мест: занято {used} из {capacity}")
            }
        }
    }
}

/// What keeps a bank role out of matching: `Some(None)` no role, `Some(Some(status))` not
/// included; `None` when included.
fn not_included<A>(role: Option<&BankRole<A>>) -> Option<Option<BankStatus>> {
    match role {
        None => Some(None),
        Some(r) if r.status != BankStatus::Included => Some(Some(r.status)),
        _ => None,
    }
}

/// Why a person cannot be matched as a mentee (empty when they can).
pub fn mentee_obstacles(p: &Person) -> Vec<Obstacle> {
    let no_questionnaire = p.mentee.as_ref().is_some_and(|r| r.answers.is_none());
    [
        not_included(p.mentee.as_ref()).map(Obstacle::MenteeNotInBank),
        p.matching_block().map(Obstacle::MenteeBlocked),
        no_questionnaire.then_some(Obstacle::NoMenteeQuestionnaire),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Why a person cannot be matched as a mentor (empty when they can); `used` is the number of
/// mentees already in their confirmed pairs.
pub fn mentor_obstacles(p: &Person, used: u8) -> Vec<Obstacle> {
    let questionnaire = match p.mentor.as_ref().map(|r| r.answers.as_ref()) {
        Some(None) => Some(Obstacle::NoMentorQuestionnaire),
        Some(Some(a)) if a.capacity <= used => Some(Obstacle::CapacityFull {
            capacity: a.capacity,
            used,
        }),
        _ => None,
    };
    [
        not_included(p.mentor.as_ref()).map(Obstacle::MentorNotInBank),
        p.may_mentor().err().map(Obstacle::MentorBlocked),
        questionnaire,
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The score of a possible pair, its parts and its explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    /// 0..=[`MAX_SCORE`].
    pub total: u8,
    pub needs: u8,
    pub subject: u8,
    pub experience: u8,
    pub forms: u8,
    pub capacity: u8,
    /// The mentee's requests (areas rated 3 or more), strongest first, by the taxonomy's
    /// titles: met by a strength of 4–5, of 3, or not met.
    pub covered: Vec<String>,
    pub partly: Vec<String>,
    pub uncovered: Vec<String>,
    /// Sentences in Russian, one per component.
    pub explanation: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Compatibility {
    Possible(Score),
    /// Every reason why the pair cannot be formed.
    Impossible(Vec<Obstacle>),
}

impl Compatibility {
    pub fn score(&self) -> Option<&Score> {
        match self {
            Compatibility::Possible(s) => Some(s),
            Compatibility::Impossible(_) => None,
        }
    }
}

/// How well `mentor` fits `mentee`; `used` is the number of mentees already in the mentor's
/// confirmed pairs.
pub fn compatibility(mentor: &Person, mentee: &Person, areas: &[Area], used: u8) -> Compatibility {
    let mut obstacles = Vec::new();
    if mentor.id == mentee.id {
        obstacles.push(Obstacle::SamePerson);
    }
    obstacles.extend(mentor_obstacles(mentor, used));
    obstacles.extend(mentee_obstacles(mentee));
    let (Some(m), Some(e), true) = (
        MentorFacts::of(mentor, areas, used),
        MenteeFacts::of(mentee, areas),
        obstacles.is_empty(),
    ) else {
        return Compatibility::Impossible(obstacles);
    };
    let p = points(&m, &e);
    let mut s = Score {
        total: p.total() as u8,
        needs: p.needs as u8,
        subject: p.subject as u8,
        experience: p.experience as u8,
        forms: p.forms as u8,
        capacity: p.capacity as u8,
        covered: Vec::new(),
        partly: Vec::new(),
        uncovered: Vec::new(),
        explanation: Vec::new(),
    };
    explain(&mut s, &m, &e, areas);
    Compatibility::Possible(s)
}

/// What the score of a mentor reads, prepared once.
struct MentorFacts<'a> {
    /// By area index; 0 when not rated.
    strengths: Vec<u8>,
    subjects: Vec<Subject<'a>>,
    experience: Option<u8>,
    forms: &'a [MentoringForm],
    capacity: u8,
    free: u8,
}

struct MenteeFacts<'a> {
    /// (area index, rating), areas unknown to the taxonomy left out. Ratings above 5 (not valid,
    /// see `questionnaires::check_mentee`) count as 5 here and in `strengths`.
    needs: Vec<(usize, u8)>,
    subjects: Vec<Subject<'a>>,
    experience: Option<u8>,
    forms: &'a [MentoringForm],
}

struct Subject<'a> {
    name: &'a str,
    key: String,
    group: Option<usize>,
}

fn subjects(p: &Person) -> Vec<Subject<'_>> {
    p.subjects
        .iter()
        .map(|name| {
            let key = name
                .to_lowercase()
                .replace('ё', "е")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let group = SUBJECT_GROUPS
                .iter()
                .position(|(_, stems)| stems.iter().any(|s| key.contains(s)));
            Subject { name, key, group }
        })
        .filter(|s| !s.key.is_empty())
        .collect()
}

impl<'a> MentorFacts<'a> {
    fn of(p: &'a Person, areas: &[Area], used: u8) -> Option<Self> {
        let a = p.mentor.as_ref()?.answers.as_ref()?;
        Some(MentorFacts {
            strengths: areas
                .iter()
                .map(|ar| a.strengths.get(&ar.id).map_or(0, |r| (*r).min(5)))
                .collect(),
            subjects: subjects(p),
            experience: p.experience,
            forms: &a.forms,
            capacity: a.capacity,
            free: a.capacity.saturating_sub(used),
        })
    }
}

impl<'a> MenteeFacts<'a> {
    fn of(p: &'a Person, areas: &[Area]) -> Option<Self> {
        let a = p.mentee.as_ref()?.answers.as_ref()?;
        Some(MenteeFacts {
            needs: a
                .needs
                .iter()
                .filter_map(|(id, r)| {
                    Some((areas.iter().position(|ar| &ar.id == id)?, (*r).min(5)))
                })
                .collect(),
            subjects: subjects(p),
            experience: p.experience,
            forms: &a.forms,
        })
    }
}

struct Points {
    needs: u32,
    subject: u32,
    experience: u32,
    forms: u32,
    capacity: u32,
}

impl Points {
    fn total(&self) -> u32 {
        self.needs + self.subject + self.experience + self.forms + self.capacity
    }
}

enum SubjectFit<'a> {
    Same(&'a str),
    Related(&'static str, &'a str, &'a str),
    Different,
    Unknown,
}

fn subject_fit<'a>(m: &'a [Subject], e: &'a [Subject]) -> SubjectFit<'a> {
    if m.is_empty() || e.is_empty() {
        return SubjectFit::Unknown;
    }
    for a in e {
        if let Some(b) = m.iter().find(|b| b.key == a.key) {
            return SubjectFit::Same(b.name);
        }
    }
    for a in e {
        if let Some(b) = m.iter().find(|b| b.group.is_some() && b.group == a.group) {
            return SubjectFit::Related(SUBJECT_GROUPS[b.group.unwrap_or(0)].0, b.name, a.name);
        }
    }
    SubjectFit::Different
}

fn points(m: &MentorFacts, e: &MenteeFacts) -> Points {
    let (num, den) = e.needs.iter().fold((0, 0), |(num, den), &(area, need)| {
        let w = u32::from(need.saturating_sub(1));
        let s = u32::from(m.strengths[area].saturating_sub(1));
        (num + w * s, den + w * 4)
    });
    let needs = (NEEDS_MAX * num + den / 2).checked_div(den).unwrap_or(0);
    let subject = match subject_fit(&m.subjects, &e.subjects) {
        SubjectFit::Same(_) => SUBJECT_SAME,
        SubjectFit::Related(..) => SUBJECT_RELATED,
        _ => 0,
    };
    let experience = match (m.experience, e.experience) {
        (Some(a), Some(b)) if a > b => {
            let gap = u32::from(a - b).min(EXPERIENCE_FULL_GAP);
            (EXPERIENCE_MAX * gap + EXPERIENCE_FULL_GAP / 2) / EXPERIENCE_FULL_GAP
        }
        _ => 0,
    };
    let forms = if m.forms.is_empty() || e.forms.is_empty() {
        FORMS_UNKNOWN
    } else if m.forms.iter().any(|f| e.forms.contains(f)) {
        FORMS_MAX
    } else {
        0
    };
    let capacity = match m.capacity {
        0 => 0,
        c => (CAPACITY_MAX * u32::from(m.free) + u32::from(c) / 2) / u32::from(c),
    };
    Points {
        needs,
        subject,
        experience,
        forms,
        capacity,
    }
}

fn years(n: u8) -> String {
    count(n.into(), ["год", "года", "лет"])
}

fn explain(s: &mut Score, m: &MentorFacts, e: &MenteeFacts, areas: &[Area]) {
    let mut requests: Vec<(usize, u8)> = e.needs.iter().copied().filter(|n| n.1 >= 3).collect();
    crate::domain::sorting::sort_by(&mut requests, |x, y| {
        y.1.cmp(&x.1)
            .then_with(|| areas[x.0].title.cmp(&areas[y.0].title))
            .then(x.0.cmp(&y.0))
    });
    for (area, _) in &requests {
        let title = areas[*area].title.clone();
        match m.strengths[*area] {
            4.. => s.covered.push(title),
            3 => s.partly.push(title),
            _ => s.uncovered.push(title),
        }
    }
    let n = requests.len() as u64;
    let mut line = if n == 0 {
        "В анкете наставляемого нет запросов с оценкой 3 и выше".to_string()
    } else {
        format!(
            "Совпадение по {} из {n} {}",
            s.covered.len(),
            plural(n, ["запроса", "запросов", "запросов"])
        )
    };
    if !s.covered.is_empty() {
        line += &format!(": {}", s.covered.join(", "));
    }
    line += &format!(" ({} из {NEEDS_MAX} баллов).", s.needs);
    if !s.partly.is_empty() {
        line += &format!(
            " Частично (наставник оценил себя на 3): {}.",
            s.partly.join(", ")
        );
    }
    if !s.uncovered.is_empty() {
        line += &format!(" Не покрыто: {}.", s.uncovered.join(", "));
    }
    s.explanation.push(line);

    s.explanation
        .push(match subject_fit(&m.subjects, &e.subjects) {
            SubjectFit::Same(name) => format!("Один предмет: {name}."),
            SubjectFit::Related(group, a, b) => format!("Близкие предметы ({group}): {a} и {b}."),
            SubjectFit::Different => format!(
                "Разные предметы: {} и {}.",
                m.subjects[0].name, e.subjects[0].name
            ),
            SubjectFit::Unknown => "Предмет не указан, совпадение по предмету не оценено.".into(),
        });

    s.explanation.push(match (m.experience, e.experience) {
        (Some(a), Some(b)) if a > b => format!(
            "Наставник опытнее на {} (стаж {a} и {}).",
            years(a - b),
            years(b)
        ),
        (Some(a), Some(b)) => format!(
            "Наставник не опытнее наставляемого (стаж {a} и {}).",
            years(b)
        ),
        _ => "Стаж не указан, разница в опыте не оценена.".into(),
    });

    let common: Vec<&str> = m
        .forms
        .iter()
        .filter(|f| e.forms.contains(f))
        .map(|f| f.label())
        .collect();
    s.explanation
        .push(if m.forms.is_empty() || e.forms.is_empty() {
            "Предпочитаемые формы наставничества указаны не у обоих.".into()
        } else if common.is_empty() {
            "Предпочитаемые формы наставничества не совпадают.".into()
        } else {
            format!("Общая форма наставничества: {}.", common.join("; "))
        });

    s.explanation.push(format!(
        "Свободно мест у наставника: {} из {}.",
        m.free, m.capacity
    ));
}

#[cfg(test)]
mod tests;
