//! The bank questionnaires (stage 2: the mentee's, stage 3: the mentor candidate's) collected
//! with an online form: the questions to copy into the form builder ([`form_questions`],
//! [`form_text`]) and the import of the form's export ([`FormImport`]).
//!
//! The questions are worded so that the headers of the export are recognised without manual
//! work: Яндекс Формы put the question texts in the header row next to «ID» and «Время
//! создания»; Google Forms add «Отметка времени» and head a grid question «Вопрос [строка]».
//! A respondent is found in the register by ФИО (`common::match_name`); an unknown one may be
//! added to it. Nothing changes until [`FormImport::apply`].

mod form_import;
mod questions;

use std::collections::{BTreeMap, BTreeSet};

pub use form_import::*;
pub use questions::*;

use super::common::{
    capitalize, fold, header_parts, match_name, names_person, parse_mark, ImportSource, NameMatch,
};
use super::rows::person_from_cells;
use super::{guess_columns, Column, Table};
use crate::domain::data::SchoolData;
use crate::domain::format::count;
use crate::domain::forms::MentoringForm;
use crate::domain::monitoring::Audience;
use crate::domain::people::{BankRole, Category, Person};
use crate::domain::questionnaires::{
    check_mentee, check_mentor, MenteeAnswers, MentorAnswers, MAX_CAPACITY,
};

/// What a column of the export holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Ignore,
    /// The respondent's ФИО (or the surname, when the form asks the name in parts).
    Person,
    /// The first name, when the form asks it apart («Фамилия», «Имя», «Отчество»).
    FirstName,
    /// The patronymic, asked apart.
    Patronymic,
    /// When the questionnaire was filled in («Время создания», «Отметка времени»).
    Date,
    /// A rating 1–5 of a taxonomy area (by id).
    Area(String),
    /// The preferred forms of mentoring.
    Forms,
    /// How many mentees at once (mentors only).
    Capacity,
    /// Why they want to mentor (mentors only).
    Motivation,
    /// The free text.
    Text,
    /// A field of the person's card (position, subjects, experience, category …).
    Info(Column),
}

/// The card fields a questionnaire may carry.
const INFO: [Column; 8] = [
    Column::Position,
    Column::Subjects,
    Column::Experience,
    Column::SchoolExperience,
    Column::Category,
    Column::BirthDate,
    Column::Phone,
    Column::Email,
];

impl Field {
    /// A stable key for a select's value.
    pub fn key(&self) -> String {
        match self {
            Field::Ignore => "ignore".into(),
            Field::Person => "person".into(),
            Field::FirstName => "first_name".into(),
            Field::Patronymic => "patronymic".into(),
            Field::Date => "date".into(),
            Field::Area(id) => format!("area:{id}"),
            Field::Forms => "forms".into(),
            Field::Capacity => "capacity".into(),
            Field::Motivation => "motivation".into(),
            Field::Text => "text".into(),
            Field::Info(c) => format!("info:{}", INFO.iter().position(|x| x == c).unwrap_or(0)),
        }
    }

    pub fn from_key(key: &str) -> Field {
        match key {
            "person" => Field::Person,
            "first_name" => Field::FirstName,
            "patronymic" => Field::Patronymic,
            "date" => Field::Date,
            "forms" => Field::Forms,
            "capacity" => Field::Capacity,
            "motivation" => Field::Motivation,
            "text" => Field::Text,
            _ => {
                if let Some(id) = key.strip_prefix("area:") {
                    Field::Area(id.to_string())
                } else if let Some(i) = key
                    .strip_prefix("info:")
                    .and_then(|i| i.parse::<usize>().ok())
                {
                    INFO.get(i).map_or(Field::Ignore, |c| Field::Info(*c))
                } else {
                    Field::Ignore
                }
            }
        }
    }

    /// The field's name as the coordinator sees it.
    pub fn label(&self, data: &SchoolData) -> String {
        match self {
            Field::Ignore => "не загружать".into(),
            Field::Person => "ФИО (или фамилия)".into(),
            Field::FirstName => "имя (отдельно)".into(),
            Field::Patronymic => "отчество (отдельно)".into(),
            Field::Date => "дата заполнения".into(),
            Field::Area(id) => format!(
                "оценка: {}",
                data.taxonomy
                    .iter()
                    .find(|a| &a.id == id)
                    .map_or(id.as_str(), |a| a.title.as_str())
            ),
            Field::Forms => "формы наставничества".into(),
            Field::Capacity => "сколько наставляемых".into(),
            Field::Motivation => "мотивация".into(),
            Field::Text => "свободный ответ".into(),
            Field::Info(c) => format!("карточка: {}", c.label().to_lowercase()),
        }
    }
}

/// The fields a column of this questionnaire may be mapped to, in the order a select lists
/// them.
pub fn fields(data: &SchoolData, audience: Audience) -> Vec<Field> {
    let mut out = vec![
        Field::Ignore,
        Field::Person,
        Field::FirstName,
        Field::Patronymic,
        Field::Date,
    ];
    out.extend(data.taxonomy.iter().map(|a| Field::Area(a.id.clone())));
    if audience == Audience::Mentor {
        out.push(Field::Capacity);
    }
    out.push(Field::Forms);
    if audience == Audience::Mentor {
        out.push(Field::Motivation);
    }
    out.push(Field::Text);
    out.extend(INFO.iter().map(|c| Field::Info(*c)));
    out
}

/// A form option's short text for a form of mentoring (no commas inside the recognised
/// words, so a multiple-choice cell «в группе, реверсивное» is read back whatever joins it).
pub fn form_option(form: MentoringForm) -> &'static str {
    match form {
        MentoringForm::Traditional => "традиционная («один на один»)",
        MentoringForm::Group => "в группе",
        MentoringForm::Virtual => "виртуальное (дистанционное)",
        MentoringForm::ShortTerm => "краткосрочное (целеполагающее)",
        MentoringForm::Reverse => "реверсивное",
        MentoringForm::Situational => "ситуационное",
        MentoringForm::Speed => "скоростное",
        MentoringForm::ByRoles => "по ролям («педагог – педагог», «руководитель – педагог»)",
    }
}

/// The forms of mentoring a cell names, by their key words; an error when it names none.
pub fn parse_forms(value: &str) -> Result<Vec<MentoringForm>, String> {
    let v = fold(value);
    if v.is_empty() {
        return Ok(Vec::new());
    }
    let has = |words: &[&str]| words.iter().any(|w| v.contains(w));
    let found: Vec<MentoringForm> = MentoringForm::ALL
        .into_iter()
        .filter(|f| match f {
            MentoringForm::Traditional => has(&["традицион", "один на один"]),
            MentoringForm::Group => has(&["в группе", "группов"]),
            MentoringForm::Virtual => has(&["виртуал", "дистанц"]),
            MentoringForm::ShortTerm => has(&["краткосроч", "целеполаг"]),
            MentoringForm::Reverse => has(&["реверс"]),
            MentoringForm::Situational => has(&["ситуацион"]),
            MentoringForm::Speed => has(&["скорост"]),
            MentoringForm::ByRoles => has(&["по ролям", "педагог педагог", "руководител"]),
        })
        .collect();
    if found.is_empty() {
        Err(format!(
            "«{}»: «{}» — не форма наставничества; допустимо: {}.",
            FORMS_QUESTION,
            value.trim(),
            MentoringForm::ALL
                .into_iter()
                .map(form_option)
                .collect::<Vec<_>>()
                .join("; ")
        ))
    } else {
        Ok(found)
    }
}

pub(super) const FORMS_QUESTION: &str = "Какие формы наставничества вам подходят";
pub(super) const CAPACITY_QUESTION: &str = "Сколько наставляемых вы готовы вести одновременно";

/// A date as forms write it: «2025-09-10 14:03:11», «10.09.2025 14:03:11», «10.09.2025, 14:03»,
/// «2025-09-10T14:03:11Z», or a date-time cell of an XLSX export (an Excel serial such as
/// «46275.42») → `YYYY-MM-DD`.
pub fn parse_form_date(value: &str) -> Option<String> {
    let first = value
        .trim()
        .split(|c: char| c.is_whitespace() || c == 'T' || c == ',')
        .next()?;
    super::rows::date_value(first)
}

/// Guesses the field of each column from its header; a field goes to the first column that
/// names it.
pub fn guess_fields(headers: &[String], data: &SchoolData, audience: Audience) -> Vec<Field> {
    let allowed = fields(data, audience);
    let mut used: Vec<Field> = Vec::new();
    let mut out: Vec<Field> = headers
        .iter()
        .map(|h| {
            let f = guess_field(h, data);
            if f == Field::Ignore || used.contains(&f) || !allowed.contains(&f) {
                Field::Ignore
            } else {
                used.push(f.clone());
                f
            }
        })
        .collect();
    // A lone «Имя» column is the whole name.
    if !out.contains(&Field::Person) {
        if let Some(f) = out.iter_mut().find(|f| **f == Field::FirstName) {
            *f = Field::Person;
        }
    }
    out
}

fn guess_field(header: &str, data: &SchoolData) -> Field {
    let (question, row) = header_parts(header);
    let whole = match &row {
        Some(r) => format!("{question} {r}"),
        None => question.clone(),
    };
    match whole.as_str() {
        "имя" => return Field::FirstName,
        "отчество" => return Field::Patronymic,
        _ if names_person(header) => return Field::Person,
        _ => {}
    }
    if matches!(
        whole.as_str(),
        "время создания" | "отметка времени" | "timestamp" | "дата и время"
    ) || whole.contains("дата заполнения")
    {
        return Field::Date;
    }
    // The longest area title the header contains («Оценивание» loses to «Оценивание и
    // контроль»).
    if let Some(area) = data
        .taxonomy
        .iter()
        .filter(|a| {
            let t = fold(&a.title);
            !t.is_empty() && format!(" {whole} ").contains(&format!(" {t} "))
        })
        .max_by_key(|a| fold(&a.title).len())
    {
        return Field::Area(area.id.clone());
    }
    let has = |w: &str| whole.contains(w);
    if has("сколько наставляемых") || has("количество наставляемых") || has("одновременно")
    {
        return Field::Capacity;
    }
    if has("формы наставничества") || has("форма наставничества")
    {
        return Field::Forms;
    }
    if has("почему") || has("мотивац") {
        return Field::Motivation;
    }
    if has("своими словами") || has("дополнительно") || has("комментар") || has("запрос")
    {
        return Field::Text;
    }
    match guess_columns(&[header.to_string()])[0] {
        c if INFO.contains(&c) => Field::Info(c),
        _ => Field::Ignore,
    }
}

#[cfg(test)]
mod tests;
