//! The import of a form's export: rows read, respondents found in the register, applied all at once.

use super::*;

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
    pub source: ImportSource<Field>,
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
        let mut s = FormImport {
            source: ImportSource::new(file_name, table, data, audience, guess_fields),
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
        self.source.set_column(col, field);
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
        self.source.check_person_column(&Field::Person)?;
        let fields = &self.source.columns;
        let answers = fields.iter().any(|f| {
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
        let headers = &self.source.table.headers;
        for (i, f) in fields
            .iter()
            .enumerate()
            .filter(|(_, f)| **f != Field::Ignore)
        {
            // The first column of the field, if it comes before this one.
            if let Some(first) = self.source.column_of(f).filter(|&j| j < i) {
                return Err(format!(
                    "Столбцы «{}» и «{}» читаются в одно поле: оставьте один.",
                    headers[first], headers[i]
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
            .source
            .columns
            .iter()
            .map(|f| match f {
                Field::Person => Column::FullName,
                Field::Info(c) => *c,
                _ => Column::Ignore,
            })
            .collect();
        let mut rows: Vec<FormRow> = Vec::with_capacity(self.source.table.rows.len());
        for (index, (number, cells)) in self.source.table.rows.iter().enumerate() {
            // The surname (or the whole ФИО), then the first name and the patronymic asked apart.
            let name = [Field::Person, Field::FirstName, Field::Patronymic]
                .iter()
                .filter_map(|f| self.source.column_of(f))
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
                                    &crate::domain::import::find_person(&data.people, &name)
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
                    data.person(id).is_some_and(|p| match self.source.audience {
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
        for (col, (cell, field)) in cells.iter().zip(&self.source.columns).enumerate() {
            let v = cell.trim();
            let header = &self.source.table.headers[col];
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
        let (answers, problems) = match self.source.audience {
            Audience::Mentee => {
                let a = MenteeAnswers {
                    last_year: false,
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
                    last_year: false,
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
            self.source.table.rows.len(),
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
                    Answers::Mentee(a) => put_answers(&mut p.mentee, a, &mut outcome),
                    Answers::Mentor(a) => put_answers(&mut p.mentor, a, &mut outcome),
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
pub(super) fn fill_card(p: &mut Person, from: &Person) {
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

/// Puts imported answers in the person's bank role, adding the role (a candidate) when there
/// is none; `outcome` counts the roles added and the questionnaires replaced.
fn put_answers<A: Default>(role: &mut Option<BankRole<A>>, answers: A, outcome: &mut Outcome) {
    let role = role.get_or_insert_with(|| {
        outcome.roles += 1;
        BankRole::default()
    });
    outcome.replaced += usize::from(role.answers.is_some());
    role.answers = Some(answers);
}
