//! The two questionnaires of the banks: the mentee's professional requests (stage 2) and the
//! mentor candidate's strengths and readiness (stage 3), rated on the shared taxonomy.
//!
//! Groundwork for «Stages 2–3: the mentee and mentor banks»: not yet part of `SchoolData`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::format::parse_date;
use super::forms::MentoringForm;
use super::taxonomy::{check_rating, Area};

/// Longest free text of an answer.
pub const MAX_TEXT_CHARS: usize = 5000;
/// Most mentees one mentor may lead at once (DOMAIN.md: usually 2–3).
pub const MAX_CAPACITY: u8 = 5;

/// «Анкета наставляемого»: how much help is needed in each area (1–5), the preferred forms
/// and a free text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenteeAnswers {
    /// `YYYY-MM-DD` the questionnaire was filled in.
    pub date: String,
    /// Area id → 1..=5.
    pub needs: BTreeMap<String, u8>,
    pub forms: Vec<MentoringForm>,
    pub text: String,
    /// Filled in during an earlier academic year and not renewed since «Новый учебный год»
    /// (any edit or a new import renews it); absent from the file while false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub last_year: bool,
}

/// «Анкета кандидата в наставники».
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MentorAnswers {
    pub date: String,
    /// Area id → 1..=5: how well the candidate can teach it.
    pub strengths: BTreeMap<String, u8>,
    /// How many mentees at once.
    pub capacity: u8,
    pub forms: Vec<MentoringForm>,
    pub motivation: String,
    pub text: String,
    /// Filled in during an earlier academic year and not renewed since «Новый учебный год»
    /// (any edit or a new import renews it); absent from the file while false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub last_year: bool,
}

/// A problem of a questionnaire: the field (for the inline message) and the Russian message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerError {
    pub field: String,
    pub message: String,
}

fn err(field: impl Into<String>, message: impl Into<String>) -> AnswerError {
    AnswerError {
        field: field.into(),
        message: message.into(),
    }
}

fn check_common(
    date: &str,
    ratings: &BTreeMap<String, u8>,
    areas: &[Area],
    texts: &[(&str, &str)],
    out: &mut Vec<AnswerError>,
) {
    if parse_date(date).is_none() {
        out.push(err("date", "Укажите дату заполнения анкеты"));
    }
    for (id, rating) in ratings {
        match areas.iter().find(|a| &a.id == id) {
            None => out.push(err(
                format!("area.{id}"),
                format!("Нет такой области в перечне затруднений: «{id}»"),
            )),
            Some(area) => {
                if let Err(e) = check_rating(*rating) {
                    out.push(err(format!("area.{id}"), format!("{}: {e}", area.title)));
                }
            }
        }
    }
    for (field, text) in texts {
        if text.chars().count() > MAX_TEXT_CHARS {
            out.push(err(*field, format!("Не длиннее {MAX_TEXT_CHARS} символов")));
        }
    }
}

/// Checks a mentee's answers against the school's taxonomy; empty when they are valid.
pub fn check_mentee(a: &MenteeAnswers, areas: &[Area]) -> Vec<AnswerError> {
    let mut out = Vec::new();
    check_common(&a.date, &a.needs, areas, &[("text", &a.text)], &mut out);
    if a.needs.is_empty() && a.text.trim().is_empty() {
        out.push(err(
            "needs",
            "Отметьте хотя бы одну область затруднений или опишите запрос словами",
        ));
    }
    out
}

/// Checks a mentor candidate's answers; empty when they are valid.
pub fn check_mentor(a: &MentorAnswers, areas: &[Area]) -> Vec<AnswerError> {
    let mut out = Vec::new();
    check_common(
        &a.date,
        &a.strengths,
        areas,
        &[("motivation", &a.motivation), ("text", &a.text)],
        &mut out,
    );
    if !(1..=MAX_CAPACITY).contains(&a.capacity) {
        out.push(err(
            "capacity",
            format!("Сколько наставляемых одновременно: от 1 до {MAX_CAPACITY}"),
        ));
    }
    if !a.strengths.values().any(|r| *r >= 4) {
        out.push(err(
            "strengths",
            "Отметьте хотя бы одну область, в которой кандидат может помочь (оценка 4 или 5)",
        ));
    }
    out
}

/// The areas a mentee needs most help in (rating ≥ 3), strongest need first.
pub fn main_needs<'a>(a: &'a MenteeAnswers, areas: &'a [Area]) -> Vec<(&'a Area, u8)> {
    let mut needs: Vec<(&Area, u8)> = a
        .needs
        .iter()
        .filter(|(_, r)| **r >= 3)
        .filter_map(|(id, r)| areas.iter().find(|ar| &ar.id == id).map(|ar| (ar, *r)))
        .collect();
    // The titles are unique, the ids break any tie.
    crate::domain::sorting::sort_by(&mut needs, |x, y| {
        y.1.cmp(&x.1)
            .then_with(|| x.0.title.cmp(&y.0.title))
            .then_with(|| x.0.id.cmp(&y.0.id))
    });
    needs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::taxonomy::default_areas;

    fn mentee() -> MenteeAnswers {
        MenteeAnswers {
            last_year: false,
            date: "2025-09-10".into(),
            needs: [
                ("classroom".to_string(), 5),
                ("parents".to_string(), 3),
                ("exams".to_string(), 1),
            ]
            .into_iter()
            .collect(),
            forms: vec![MentoringForm::Traditional],
            text: "Трудно удерживать внимание 7 «Б»".into(),
        }
    }

    fn mentor() -> MentorAnswers {
        MentorAnswers {
            last_year: false,
            date: "2025-09-12".into(),
            strengths: [("classroom".to_string(), 5), ("digital".to_string(), 2)]
                .into_iter()
                .collect(),
            capacity: 2,
            forms: vec![MentoringForm::Traditional, MentoringForm::Group],
            motivation: "Хочу передать опыт".into(),
            text: String::new(),
        }
    }

    #[test]
    fn valid_answers_pass() {
        let areas = default_areas();
        assert_eq!(check_mentee(&mentee(), &areas), vec![]);
        assert_eq!(check_mentor(&mentor(), &areas), vec![]);
    }

    #[test]
    fn mentee_errors_name_their_fields() {
        let areas = default_areas();
        let mut a = mentee();
        a.date = "10.09.2025".into();
        a.needs.insert("astrology".into(), 3);
        a.needs.insert("parents".into(), 7);
        let fields: Vec<String> = check_mentee(&a, &areas)
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["date", "area.astrology", "area.parents"]);
        let e = check_mentee(&a, &areas);
        assert_eq!(
            e[2].message,
            "Взаимодействие с родителями: Оценка должна быть от 1 до 5, а не 7"
        );

        let empty = MenteeAnswers {
            date: "2025-09-10".into(),
            ..Default::default()
        };
        assert_eq!(check_mentee(&empty, &areas)[0].field, "needs");
    }

    #[test]
    fn mentor_needs_capacity_and_a_strength() {
        let areas = default_areas();
        let mut m = mentor();
        m.capacity = 0;
        m.strengths.insert("classroom".into(), 3);
        let fields: Vec<String> = check_mentor(&m, &areas)
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["capacity", "strengths"]);
        m.capacity = MAX_CAPACITY + 1;
        assert_eq!(check_mentor(&m, &areas)[0].field, "capacity");
        m.motivation = "я".repeat(MAX_TEXT_CHARS + 1);
        assert!(check_mentor(&m, &areas)
            .iter()
            .any(|e| e.field == "motivation"));
    }

    #[test]
    fn main_needs_are_sorted_by_strength() {
        let areas = default_areas();
        let a = mentee();
        let titles: Vec<(&str, u8)> = main_needs(&a, &areas)
            .into_iter()
            .map(|(ar, r)| (ar.title.as_str(), r))
            .collect();
        assert_eq!(
            titles,
            [
                ("Дисциплина и управление классом", 5),
                ("Взаимодействие с родителями", 3)
            ]
        );
    }
}
