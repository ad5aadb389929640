//! The bank questionnaires (stage 2: the mentee's, stage 3: the mentor candidate's) collected
//! with an online form: the questions to copy into the form builder ([`form_questions`],
//! [`form_text`]) and the import of the form's export ([`FormImport`]).
//!
//! The questions are worded so that the headers of the export are recognised without manual
//! work: Яндекс Формы put the question texts in the header row next to «ID» and «Время
//! создания»; Google Forms add «Отметка времени» and head a grid question «Вопрос [строка]».
//! A respondent is found in the register by ФИО (`common::match_name`); an unknown one may be
//! added to it. Nothing changes until [`FormImport::apply`].

use std::collections::{BTreeMap, BTreeSet};

use super::common::{
    capitalize, check_person_column, fold, header_parts, match_name, names_person, parse_mark,
    NameMatch,
};
use super::rows::person_from_cells;
use super::{guess_columns, Column, Table};
use crate::domain::data::SchoolData;
use crate::domain::format::count;
use crate::domain::forms::MentoringForm;
use crate::domain::monitoring::Audience;
use crate::domain::people::{Category, MenteeRole, MentorRole, Person};
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

const FORMS_QUESTION: &str = "Какие формы наставничества вам подходят";
const CAPACITY_QUESTION: &str = "Сколько наставляемых вы готовы вести одновременно";

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

/// One question of the online form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormQuestion {
    /// The question's text: copied into the form as it is, it becomes the export's header.
    pub title: String,
    /// The question type to choose in the builder, in Russian.
    pub kind: String,
    /// The answer options, for choice questions.
    pub options: Vec<String>,
    /// What the column of its answers is read into.
    pub field: Field,
}

fn question(
    title: impl Into<String>,
    kind: &str,
    options: Vec<String>,
    field: Field,
) -> FormQuestion {
    FormQuestion {
        title: title.into(),
        kind: kind.to_string(),
        options,
        field,
    }
}

/// The questions of a bank's questionnaire for an online form: the same as the printed blank
/// (about oneself, the school's own areas rated 1–5, the forms of mentoring the school uses,
/// for mentors the capacity and the motivation, a free text).
pub fn form_questions(data: &SchoolData, audience: Audience) -> Vec<FormQuestion> {
    let mentee = audience == Audience::Mentee;
    let short = "короткий ответ";
    let mut out = vec![
        question(
            "Фамилия, имя, отчество (полностью)",
            "короткий ответ, обязательный",
            vec![],
            Field::Person,
        ),
        question("Должность", short, vec![], Field::Info(Column::Position)),
        question(
            "Преподаваемые предметы",
            short,
            vec![],
            Field::Info(Column::Subjects),
        ),
        question(
            "Педагогический стаж, лет",
            "короткий ответ (число)",
            vec![],
            Field::Info(Column::Experience),
        ),
        question(
            "Стаж в образовательной организации, лет",
            "короткий ответ (число)",
            vec![],
            Field::Info(Column::SchoolExperience),
        ),
        question(
            "Квалификационная категория",
            "один вариант из списка",
            Category::ALL
                .iter()
                .map(|c| c.label().to_string())
                .collect(),
            Field::Info(Column::Category),
        ),
    ];
    let scale = if mentee {
        "шкала от 1 до 5 (1 — помощь не нужна, 5 — помощь очень нужна)"
    } else {
        "шкала от 1 до 5 (1 — не готов(а) помочь, 5 — могу научить других)"
    };
    for area in &data.taxonomy {
        let title = if mentee {
            format!("Насколько вам нужна помощь: {}", area.title)
        } else {
            format!("Насколько вы готовы помочь коллегам: {}", area.title)
        };
        out.push(question(title, scale, vec![], Field::Area(area.id.clone())));
    }
    if !mentee {
        out.push(question(
            CAPACITY_QUESTION,
            "один вариант из списка",
            (1..=MAX_CAPACITY).map(|n| n.to_string()).collect(),
            Field::Capacity,
        ));
    }
    let forms = if data.profile.forms.is_empty() {
        MentoringForm::ALL.to_vec()
    } else {
        data.profile.forms.clone()
    };
    out.push(question(
        FORMS_QUESTION,
        "несколько вариантов из списка",
        forms
            .into_iter()
            .map(|f| form_option(f).to_string())
            .collect(),
        Field::Forms,
    ));
    if mentee {
        out.push(question(
            "Ваши профессиональные запросы и затруднения своими словами",
            "длинный ответ",
            vec![],
            Field::Text,
        ));
    } else {
        out.push(question(
            "Почему вы хотите стать наставником",
            "длинный ответ",
            vec![],
            Field::Motivation,
        ));
        out.push(question(
            "Опыт, которым готовы поделиться; дополнительно",
            "длинный ответ",
            vec![],
            Field::Text,
        ));
    }
    out
}

/// «Вопросы для онлайн-формы»: the questionnaire as text to copy into a form builder, one
/// numbered question a line, its type and options under it.
pub fn form_text(data: &SchoolData, audience: Audience) -> String {
    let title = match audience {
        Audience::Mentee => "Анкета наставляемого",
        Audience::Mentor => "Анкета кандидата в наставники",
    };
    let school = if data.profile.short_name.trim().is_empty() {
        data.profile.full_name.trim()
    } else {
        data.profile.short_name.trim()
    };
    let mut out = title.to_string();
    if !school.is_empty() {
        out.push_str(&format!(" — {school}"));
    }
    if !data.profile.academic_year.trim().is_empty() {
        out.push_str(&format!(
            ", {} учебный год",
            data.profile.academic_year.trim()
        ));
    }
    out.push_str(
        "\n\nКаждый пункт — отдельный вопрос формы. Текст вопроса перенесите без изменений: \
         по нему программа узнает столбец в выгрузке ответов. Тип вопроса и варианты ответа \
         указаны под вопросом.\n",
    );
    for (i, q) in form_questions(data, audience).iter().enumerate() {
        out.push_str(&format!("\n{}. {}\n   Тип: {}.\n", i + 1, q.title, q.kind));
        for o in &q.options {
            out.push_str(&format!("   — {o}\n"));
        }
    }
    out
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

/// A questionnaire read from a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answers {
    Mentee(MenteeAnswers),
    Mentor(MentorAnswers),
}

/// One data row of the export, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct FormRow {
    /// The row number as a spreadsheet shows it.
    pub row: usize,
    /// The ФИО as written in the file.
    pub name: String,
    /// Who it is in the register (id and full name), when found.
    pub person: Option<(String, String)>,
    /// Nobody in the register has this name: the row may add a new person.
    pub unknown: bool,
    /// Several people fit the name (id, full name): the coordinator chooses one.
    pub candidates: Vec<(String, String)>,
    /// The questionnaire, when the row has no errors.
    pub answers: Option<Answers>,
    /// The card fields the row fills (only those the file gives).
    info: Person,
    pub errors: Vec<String>,
    /// The person already has answers of this questionnaire: they will be replaced.
    pub replaces: bool,
}

/// What [`FormImport::apply`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Outcome {
    pub loaded: usize,
    pub replaced: usize,
    pub added: usize,
    pub roles: usize,
}

/// An import of a form's export in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct FormImport {
    pub file_name: String,
    pub table: Table,
    pub audience: Audience,
    pub fields: Vec<Field>,
    pub rows: Vec<FormRow>,
    pub mapping_error: Option<String>,
    /// Rows (indices) of unknown respondents to add to the register.
    pub add: BTreeSet<usize>,
    /// The person chosen by hand for a row (index → id) whose name fits several.
    pub chosen: BTreeMap<usize, String>,
    /// `YYYY-MM-DD`: the date of answers without a date column.
    today: String,
}

impl FormImport {
    pub fn new(
        file_name: &str,
        table: Table,
        data: &SchoolData,
        audience: Audience,
        today: &str,
    ) -> FormImport {
        let fields = guess_fields(&table.headers, data, audience);
        let mut s = FormImport {
            file_name: file_name.to_string(),
            table,
            audience,
            fields,
            rows: Vec::new(),
            mapping_error: None,
            add: BTreeSet::new(),
            chosen: BTreeMap::new(),
            today: today.to_string(),
        };
        s.check(data);
        s
    }

    pub fn set_field(&mut self, col: usize, field: Field, data: &SchoolData) {
        if let Some(f) = self.fields.get_mut(col) {
            *f = field;
        }
        self.check(data);
    }

    /// Chooses who an ambiguous row's respondent is (`None`: undecided).
    pub fn set_person(&mut self, row: usize, id: Option<String>, data: &SchoolData) {
        match id {
            Some(id) => self.chosen.insert(row, id),
            None => self.chosen.remove(&row),
        };
        self.check(data);
    }

    /// Marks an unknown respondent's row to be added to the register (or not).
    pub fn set_add(&mut self, row: usize, on: bool) {
        if on {
            self.add.insert(row);
        } else {
            self.add.remove(&row);
        }
    }

    fn mapping(&self) -> Result<(), String> {
        check_person_column(self.fields.iter().filter(|f| **f == Field::Person).count())?;
        let answers = self.fields.iter().any(|f| {
            matches!(
                f,
                Field::Area(_) | Field::Forms | Field::Capacity | Field::Motivation | Field::Text
            )
        });
        if !answers {
            return Err(
                "Укажите хотя бы один столбец с ответами анкеты (оценки областей, формы, \
                 свободный ответ)."
                    .into(),
            );
        }
        for (i, f) in self.fields.iter().enumerate() {
            if *f != Field::Ignore && self.fields[..i].contains(f) {
                return Err(format!(
                    "Столбцы «{}» и «{}» читаются в одно поле: оставьте один.",
                    self.table.headers[self.fields[..i].iter().position(|x| x == f).unwrap()],
                    self.table.headers[i]
                ));
            }
        }
        Ok(())
    }

    /// Checks every row against the mapping and the register.
    pub fn check(&mut self, data: &SchoolData) {
        self.mapping_error = self.mapping().err();
        if self.mapping_error.is_some() {
            self.rows.clear();
            return;
        }
        // The card fields through the teacher-list reader: the same values, the same messages.
        let columns: Vec<Column> = self
            .fields
            .iter()
            .map(|f| match f {
                Field::Person => Column::FullName,
                Field::Info(c) => *c,
                _ => Column::Ignore,
            })
            .collect();
        let mut rows: Vec<FormRow> = Vec::with_capacity(self.table.rows.len());
        for (index, (number, cells)) in self.table.rows.iter().enumerate() {
            // The surname (or the whole ФИО), then the first name and the patronymic asked apart.
            let name = [Field::Person, Field::FirstName, Field::Patronymic]
                .iter()
                .filter_map(|f| self.fields.iter().position(|x| x == f))
                .filter_map(|c| cells.get(c))
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            let mut errors = Vec::new();
            let mut person = None;
            let mut unknown = false;
            let mut candidates = Vec::new();
            if name.trim().is_empty() {
                errors.push("ФИО не заполнено.".to_string());
            } else {
                let by_hand = self.chosen.get(&index).and_then(|id| data.person(id));
                match match_name(&data.people, &name) {
                    NameMatch::One(i) => {
                        let p = &data.people[i];
                        person = Some((p.id.clone(), p.full_name.clone()));
                    }
                    NameMatch::None => unknown = true,
                    NameMatch::Many(list) => {
                        candidates = list
                            .iter()
                            .map(|i| {
                                (
                                    data.people[*i].id.clone(),
                                    data.people[*i].full_name.clone(),
                                )
                            })
                            .collect();
                        match by_hand.filter(|p| candidates.iter().any(|(id, _)| *id == p.id)) {
                            Some(p) => person = Some((p.id.clone(), p.full_name.clone())),
                            None => errors.push(format!(
                                "{}; выберите педагога в столбце «В реестре».",
                                capitalize(
                                    &super::find_person(&data.people, &name)
                                        .unwrap_err()
                                        .replace(": уточните ФИО", "")
                                )
                            )),
                        }
                    }
                }
            }
            let info = match person_from_cells(cells, &columns, &self.today) {
                Ok(p) => p,
                Err(e) => {
                    if !name.trim().is_empty() {
                        errors.extend(e);
                    }
                    Person::default()
                }
            };
            let answers = self.read_answers(cells, data, &mut errors);
            if errors.is_empty() {
                if let Some(prev) = rows.iter().find(|r| {
                    r.errors.is_empty()
                        && match (&r.person, &person) {
                            (Some(a), Some(b)) => a.0 == b.0,
                            (None, None) => fold(&r.name) == fold(&name),
                            _ => false,
                        }
                }) {
                    errors.push(format!(
                        "Повторяет строку {}: оставьте в файле одну анкету этого педагога.",
                        prev.row
                    ));
                }
            }
            let replaces = errors.is_empty()
                && person.as_ref().is_some_and(|(id, _)| {
                    data.person(id).is_some_and(|p| match self.audience {
                        Audience::Mentee => p.mentee.as_ref().is_some_and(|r| r.answers.is_some()),
                        Audience::Mentor => p.mentor.as_ref().is_some_and(|r| r.answers.is_some()),
                    })
                });
            rows.push(FormRow {
                row: *number,
                name,
                person,
                unknown,
                candidates,
                answers: if errors.is_empty() { answers } else { None },
                info,
                errors,
                replaces,
            });
        }
        self.rows = rows;
    }

    fn read_answers(
        &self,
        cells: &[String],
        data: &SchoolData,
        errors: &mut Vec<String>,
    ) -> Option<Answers> {
        let mut date = String::new();
        let mut ratings = std::collections::BTreeMap::new();
        let mut forms = Vec::new();
        let mut capacity = None;
        let mut motivation = String::new();
        let mut text = String::new();
        let mut any = false;
        let errors_before = errors.len();
        for (col, (cell, field)) in cells.iter().zip(&self.fields).enumerate() {
            let v = cell.trim();
            let header = &self.table.headers[col];
            match field {
                Field::Ignore
                | Field::Person
                | Field::FirstName
                | Field::Patronymic
                | Field::Info(_) => {}
                Field::Date => {
                    if !v.is_empty() {
                        match parse_form_date(v) {
                            Some(d) => date = d,
                            None => errors.push(format!(
                                "«{header}»: «{v}» — не дата; нужна дата вида 10.09.2025."
                            )),
                        }
                    }
                }
                Field::Area(id) => {
                    let title = data
                        .taxonomy
                        .iter()
                        .find(|a| &a.id == id)
                        .map_or(header.as_str(), |a| a.title.as_str());
                    match parse_mark(title, v, 5) {
                        Ok(Some(n)) => {
                            ratings.insert(id.clone(), n);
                            any = true;
                        }
                        Ok(None) => {}
                        Err(e) => errors.push(e),
                    }
                }
                Field::Forms => match parse_forms(v) {
                    Ok(f) => {
                        any |= !f.is_empty();
                        forms = f;
                    }
                    Err(e) => errors.push(e),
                },
                Field::Capacity => {
                    if !v.is_empty() {
                        match parse_mark(CAPACITY_QUESTION, v, MAX_CAPACITY) {
                            Ok(n) => {
                                capacity = n;
                                any = true;
                            }
                            Err(_) => errors.push(format!(
                                "«{CAPACITY_QUESTION}»: «{v}» — нужно число от 1 до {MAX_CAPACITY}."
                            )),
                        }
                    }
                }
                Field::Motivation => {
                    any |= !v.is_empty();
                    motivation = v.to_string();
                }
                Field::Text => {
                    any |= !v.is_empty();
                    text = v.to_string();
                }
            }
        }
        if !any {
            if errors.len() == errors_before {
                errors.push("Нет ни одного ответа на вопросы анкеты.".into());
            }
            return None;
        }
        if date.is_empty() {
            date = self.today.clone();
        }
        let (answers, problems) = match self.audience {
            Audience::Mentee => {
                let a = MenteeAnswers {
                    date,
                    needs: ratings,
                    forms,
                    text,
                };
                let p = check_mentee(&a, &data.taxonomy);
                (Answers::Mentee(a), p)
            }
            Audience::Mentor => {
                let a = MentorAnswers {
                    date,
                    strengths: ratings,
                    capacity: capacity.unwrap_or(1),
                    forms,
                    motivation,
                    text,
                };
                let p = check_mentor(&a, &data.taxonomy);
                (Answers::Mentor(a), p)
            }
        };
        errors.extend(problems.into_iter().map(|p| format!("{}.", p.message)));
        Some(answers)
    }

    /// Whether a row will be loaded: no errors, and a known respondent or one to be added.
    pub fn ready(&self, i: usize) -> bool {
        self.mapping_error.is_none()
            && self.rows.get(i).is_some_and(|r| {
                r.answers.is_some()
                    && r.errors.is_empty()
                    && (r.person.is_some() || (r.unknown && self.add.contains(&i)))
            })
    }

    /// How many rows will be loaded.
    pub fn chosen(&self) -> usize {
        (0..self.rows.len()).filter(|i| self.ready(*i)).count()
    }

    /// «Строк: 6. Будут загружены: 4 (заменят прежние ответы: 1; новых в реестре: 1). Нет в
    /// реестре: 1. С ошибками: 1.»
    pub fn summary(&self) -> String {
        let ready: Vec<&FormRow> = (0..self.rows.len())
            .filter(|i| self.ready(*i))
            .map(|i| &self.rows[i])
            .collect();
        let replaces = ready.iter().filter(|r| r.replaces).count();
        let added = ready.iter().filter(|r| r.person.is_none()).count();
        let mut notes = Vec::new();
        if replaces > 0 {
            notes.push(format!("заменят прежние ответы: {replaces}"));
        }
        if added > 0 {
            notes.push(format!("новых в реестре: {added}"));
        }
        let unknown = self
            .rows
            .iter()
            .enumerate()
            .filter(|(i, r)| r.unknown && r.errors.is_empty() && !self.add.contains(i))
            .count();
        let bad = self.rows.iter().filter(|r| !r.errors.is_empty()).count();
        format!(
            "Строк: {}. Будут загружены: {}{}. Нет в реестре: {unknown}. С ошибками: {bad}.",
            self.table.rows.len(),
            ready.len(),
            if notes.is_empty() {
                String::new()
            } else {
                format!(" ({})", notes.join("; "))
            }
        )
    }

    /// Loads the ready rows: one change, all or nothing. Unknown respondents marked to add
    /// join the register; everyone gets the bank's role if they had none; the answers replace
    /// earlier ones; the card fields the form gives are filled.
    pub fn apply(&self, data: &mut SchoolData) -> Result<Outcome, String> {
        let mut fresh = self.clone();
        fresh.check(data);
        if let Some(e) = &fresh.mapping_error {
            return Err(e.clone());
        }
        let mut next = data.clone();
        let mut outcome = Outcome::default();
        let ready: Vec<usize> = (0..fresh.rows.len()).filter(|i| fresh.ready(*i)).collect();
        let new_people: Vec<Person> = ready
            .iter()
            .filter(|i| fresh.rows[**i].person.is_none())
            .map(|i| {
                let r = &fresh.rows[*i];
                let mut p = r.info.clone();
                p.full_name = r.name.split_whitespace().collect::<Vec<_>>().join(" ");
                p
            })
            .collect();
        let mut new_ids = next.add_people(new_people)?.into_iter();
        outcome.added = new_ids.len();
        for i in ready {
            let r = &fresh.rows[i];
            let (id, fill) = match &r.person {
                Some((id, _)) => (id.clone(), true),
                None => (new_ids.next().expect("an id per new person"), false),
            };
            let answers = r.answers.clone().expect("a ready row has answers");
            next.update_person(&id, |p| {
                if fill {
                    fill_card(p, &r.info);
                }
                match answers {
                    Answers::Mentee(a) => {
                        let role = p.mentee.get_or_insert_with(|| {
                            outcome.roles += 1;
                            MenteeRole::default()
                        });
                        outcome.replaced += usize::from(role.answers.is_some());
                        role.answers = Some(a);
                    }
                    Answers::Mentor(a) => {
                        let role = p.mentor.get_or_insert_with(|| {
                            outcome.roles += 1;
                            MentorRole::default()
                        });
                        outcome.replaced += usize::from(role.answers.is_some());
                        role.answers = Some(a);
                    }
                }
                Ok(())
            })?;
            outcome.loaded += 1;
        }
        *data = next;
        Ok(outcome)
    }
}

/// Fills a card with the fields a questionnaire gives (empty answers change nothing).
fn fill_card(p: &mut Person, from: &Person) {
    let text = |to: &mut String, v: &String| {
        if !v.is_empty() {
            *to = v.clone();
        }
    };
    text(&mut p.position, &from.position);
    text(&mut p.birth_date, &from.birth_date);
    text(&mut p.phone, &from.phone);
    text(&mut p.email, &from.email);
    if !from.subjects.is_empty() {
        p.subjects = from.subjects.clone();
    }
    if from.experience.is_some() {
        p.experience = from.experience;
    }
    if from.school_experience.is_some() {
        p.school_experience = from.school_experience;
    }
    if from.category != Category::None {
        p.category = from.category;
    }
}

impl Outcome {
    /// «Загружено анкет: 4 (заменены прежние: 1). Добавлено в реестр: 1 педагог. Роль
    /// «наставляемый» дана 2 педагогам.»
    pub fn message(&self, audience: Audience) -> String {
        let mut out = format!("Загружено анкет: {}", self.loaded);
        if self.replaced > 0 {
            out.push_str(&format!(" (заменены прежние: {})", self.replaced));
        }
        out.push('.');
        if self.added > 0 {
            out.push_str(&format!(
                " Добавлено в реестр: {}.",
                count(self.added as u64, ["педагог", "педагога", "педагогов"])
            ));
        }
        if self.roles > 0 {
            out.push_str(&format!(
                " Роль «{}» дана {}.",
                match audience {
                    Audience::Mentee => "наставляемый",
                    Audience::Mentor => "наставник",
                },
                count(self.roles as u64, ["педагогу", "педагогам", "педагогам"])
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests;
