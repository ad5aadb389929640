//! The shared competency taxonomy: the areas of professional difficulty (for mentees) and of
//! strength (for mentors), grouped as in the federal recommendations on diagnosing
//! professional deficits (Р-201). Matching compares the two on these areas.
//!
//! The school edits the list (`SchoolData::add_area`, `edit_area`, `delete_area`).

use serde::{Deserialize, Serialize};

/// The four groups of professional deficits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaGroup {
    Subject,
    Methodical,
    Psychological,
    Communicative,
}

impl AreaGroup {
    pub const ALL: [AreaGroup; 4] = [
        AreaGroup::Subject,
        AreaGroup::Methodical,
        AreaGroup::Psychological,
        AreaGroup::Communicative,
    ];

    /// As in the archive.
    pub fn key(self) -> &'static str {
        match self {
            AreaGroup::Subject => "subject",
            AreaGroup::Methodical => "methodical",
            AreaGroup::Psychological => "psychological",
            AreaGroup::Communicative => "communicative",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AreaGroup::Subject => "предметные",
            AreaGroup::Methodical => "методические",
            AreaGroup::Psychological => "психолого-педагогические",
            AreaGroup::Communicative => "коммуникативные",
        }
    }
}

/// One area of the taxonomy; the school may rename, add and remove areas.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// Stable id; questionnaire answers reference it.
    pub id: String,
    pub group: AreaGroup,
    pub title: String,
}

super::records::record!(Area, "Нет области");

/// The typical areas listed in DOMAIN.md.
pub fn default_areas() -> Vec<Area> {
    use AreaGroup::*;
    [
        ("planning", Methodical, "Планирование и целеполагание"),
        ("subject_methods", Subject, "Методика преподавания предмета"),
        ("fgos", Methodical, "ФГОС/ФООП, рабочие программы"),
        ("assessment", Methodical, "Оценивание и контроль"),
        (
            "classroom",
            Psychological,
            "Дисциплина и управление классом",
        ),
        ("parents", Communicative, "Взаимодействие с родителями"),
        (
            "special_needs",
            Psychological,
            "Работа с детьми с ОВЗ и одарёнными",
        ),
        (
            "upbringing",
            Psychological,
            "Воспитательная работа и классное руководство",
        ),
        ("digital", Methodical, "ИКТ и цифровые ресурсы"),
        ("exams", Subject, "Подготовка к ОГЭ/ЕГЭ"),
        ("paperwork", Methodical, "Документация"),
        (
            "adaptation",
            Communicative,
            "Профессиональное выгорание и адаптация в коллективе",
        ),
    ]
    .into_iter()
    .map(|(id, group, title)| Area {
        id: id.into(),
        group,
        title: title.into(),
    })
    .collect()
}

/// A rating on an area: 1 (none) … 5 (much) — help needed for a mentee, ability to teach it
/// for a mentor.
pub fn check_rating(rating: u8) -> Result<u8, String> {
    if (1..=5).contains(&rating) {
        Ok(rating)
    } else {
        Err(format!("Оценка должна быть от 1 до 5, а не {rating}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn default_areas_have_unique_ids_and_every_group() {
        let areas = default_areas();
        let ids: HashSet<_> = areas.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids.len(), areas.len());
        for g in [
            AreaGroup::Subject,
            AreaGroup::Methodical,
            AreaGroup::Psychological,
            AreaGroup::Communicative,
        ] {
            assert!(areas.iter().any(|a| a.group == g), "{}", g.label());
        }
        assert_eq!(check_rating(5), Ok(5));
        assert!(check_rating(0).is_err());
        assert!(check_rating(6).is_err());
    }
}
