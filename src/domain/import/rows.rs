//! From a [`Table`] and a column mapping to new people of the register: each row checked on
//! its own, with Russian messages naming the row and the column, and duplicates found both
//! inside the file and against the register (the same ФИО and birth date, as
//! [`people::duplicates`](crate::domain::people::duplicates) defines them).
//!
//! Nothing here changes the register: the preview shows [`RowCheck`]s, the coordinator fixes
//! or skips rows, and only the confirmed people are added (`SchoolData::add_people`).

use std::collections::{BTreeMap, BTreeSet};

use super::{excel_serial_to_date, Column, Table};
use crate::domain::format::{date_ru, parse_date};
use crate::domain::people::{
    age_group, name_key, parse_years, same_person, Category, Consent, MenteeRole, MentorRole,
    Person,
};

/// Longest text kept in one field of an imported row.
pub const MAX_CELL_CHARS: usize = 500;

/// One data row of the file, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RowCheck {
    /// The row number as a spreadsheet shows it.
    pub row: usize,
    /// The person the row describes (without an id) when the row has no errors.
    pub person: Option<Person>,
    /// What is wrong, one message per cell, naming the column.
    pub errors: Vec<String>,
    /// Why the row looks like a person already known: «уже есть в реестре: …» or «повторяет
    /// строку N». A duplicate is not imported unless the coordinator asks for it.
    pub duplicate: Option<String>,
}

impl RowCheck {
    pub fn ok(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Checks whether the mapping can import anything: exactly one column must hold the ФИО.
pub fn check_mapping(columns: &[Column]) -> Result<(), String> {
    match columns.iter().filter(|c| **c == Column::FullName).count() {
        0 => Err("Укажите, в каком столбце ФИО: без него педагогов не добавить.".into()),
        1 => Ok(()),
        _ => Err("ФИО выбрано для нескольких столбцов: оставьте один.".into()),
    }
    .and_then(|()| {
        for c in Column::ALL {
            if c != Column::Ignore
                && c != Column::FullName
                && columns.iter().filter(|x| **x == c).count() > 1
            {
                return Err(format!(
                    "Поле «{}» выбрано для нескольких столбцов: оставьте один.",
                    c.label()
                ));
            }
        }
        Ok(())
    })
}

/// Reads one row into a person (no id yet). `today` (`YYYY-MM-DD`) bounds birth dates.
pub fn person_from_cells(
    cells: &[String],
    columns: &[Column],
    today: &str,
) -> Result<Person, Vec<String>> {
    let mut p = Person::default();
    let mut errors = Vec::new();
    for (cell, column) in cells.iter().zip(columns) {
        let value = cell.split_whitespace().collect::<Vec<_>>().join(" ");
        if *column != Column::Ignore && value.chars().count() > MAX_CELL_CHARS {
            errors.push(format!(
                "«{}»: слишком длинное значение (больше {MAX_CELL_CHARS} знаков).",
                column.label()
            ));
            continue;
        }
        let mut fail = |message: String| errors.push(format!("«{}»: {message}", column.label()));
        match column {
            Column::Ignore => {}
            Column::FullName => {
                if value.is_empty() {
                    fail("не заполнено.".into());
                } else if !value.chars().any(char::is_alphabetic) {
                    fail(format!("«{value}» не похоже на фамилию, имя и отчество."));
                } else {
                    p.full_name = value;
                }
            }
            Column::Position => p.position = value,
            Column::Subjects => {
                p.subjects = value
                    .split([',', ';', '/'])
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            }
            Column::Experience | Column::SchoolExperience => match years(&value) {
                Ok(v) if *column == Column::Experience => p.experience = v,
                Ok(v) => p.school_experience = v,
                Err(e) => fail(e),
            },
            Column::BirthDate => match birth_date(&value, today) {
                Ok(d) => p.birth_date = d,
                Err(e) => fail(e),
            },
            Column::AgeGroup => match age_group_text(&value) {
                Some(g) => p.age_group = g.to_string(),
                None => fail(format!(
                    "«{value}» — не возрастная группа; допустимо: {}.",
                    AGE_GROUPS.join(", ")
                )),
            },
            Column::Category => match Category::parse(&value) {
                Some(c) => p.category = c,
                None => fail(format!(
                    "«{value}» — не квалификационная категория; допустимо: высшая, первая, \
                     соответствие занимаемой должности, педагог-методист, педагог-наставник \
                     или пусто."
                )),
            },
            Column::Phone => {
                if !value.is_empty() && value.chars().filter(char::is_ascii_digit).count() < 5 {
                    fail(format!("«{value}» не похоже на номер телефона."));
                } else {
                    p.phone = value;
                }
            }
            Column::Role => match role_text(&value) {
                Some((mentee, mentor)) => {
                    if mentee {
                        p.mentee = Some(MenteeRole::default());
                    }
                    if mentor {
                        p.mentor = Some(MentorRole::default());
                    }
                }
                None => fail(format!(
                    "«{value}» — не роль; допустимо: наставник, наставляемый, молодой специалист \
                     или пусто."
                )),
            },
            Column::ConsentProcessing | Column::ConsentPublication | Column::ConsentMentoring => {
                match consent_date(&value, today) {
                    Ok(None) => {}
                    Ok(Some(date)) => {
                        let c = Some(Consent {
                            date,
                            ..Default::default()
                        });
                        match column {
                            Column::ConsentProcessing => p.consents.processing = c,
                            Column::ConsentPublication => p.consents.publication = c,
                            _ => p.consents.mentoring = c,
                        }
                    }
                    Err(e) => fail(e),
                }
            }
            Column::Email => {
                let ok = value.is_empty()
                    || value.split_once('@').is_some_and(|(user, host)| {
                        !user.is_empty() && host.contains('.') && !value.contains(' ')
                    });
                if ok {
                    p.email = value;
                } else {
                    fail(format!("«{value}» не похоже на адрес электронной почты."));
                }
            }
        }
    }
    if p.full_name.is_empty() && errors.is_empty() {
        errors.push(format!("«{}»: не заполнено.", Column::FullName.label()));
    }
    if !p.birth_date.is_empty() {
        if let Some(group) = age_group(&p.birth_date, today) {
            if !p.age_group.is_empty() && p.age_group != group {
                errors.push(format!(
                    "«{}» «{}» не совпадает с датой рождения {} (по ней — «{group}»).",
                    Column::AgeGroup.label(),
                    p.age_group,
                    date_ru(&p.birth_date)
                ));
            }
            p.age_group.clear();
        }
    }
    if errors.is_empty() {
        Ok(p)
    } else {
        Err(errors)
    }
}

/// Checks every data row of the table. `cells` overrides the table's rows by index (the
/// coordinator's corrections in the preview); `existing` is the register.
pub fn check_rows(
    table: &Table,
    cells: &[Vec<String>],
    columns: &[Column],
    existing: &[Person],
    today: &str,
) -> Vec<RowCheck> {
    let mut out: Vec<RowCheck> = Vec::with_capacity(table.rows.len());
    // The people by their name key, so that a long list is not compared pairwise.
    let mut known: BTreeMap<String, Vec<&Person>> = BTreeMap::new();
    for e in existing {
        known.entry(name_key(&e.full_name)).or_default().push(e);
    }
    let mut seen: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, (row, original)) in table.rows.iter().enumerate() {
        let cells = cells.get(i).unwrap_or(original);
        let (person, errors) = match person_from_cells(cells, columns, today) {
            Ok(p) => (Some(p), Vec::new()),
            Err(e) => (None, e),
        };
        let key = person.as_ref().map(|p| name_key(&p.full_name));
        let duplicate = person.as_ref().zip(key.as_ref()).and_then(|(p, key)| {
            if let Some(k) = known
                .get(key)
                .and_then(|list| list.iter().find(|e| same_person(e, p)))
            {
                return Some(format!("уже есть в реестре: {}", k.full_name));
            }
            seen.get(key)
                .and_then(|list| {
                    list.iter()
                        .find(|j| out[**j].person.as_ref().is_some_and(|q| same_person(q, p)))
                })
                .map(|j| format!("повторяет строку {}", out[*j].row))
        });
        if let Some(key) = key {
            seen.entry(key).or_default().push(out.len());
        }
        out.push(RowCheck {
            row: *row,
            person,
            errors,
            duplicate,
        });
    }
    out
}

/// The role given to every imported teacher.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ImportRole {
    #[default]
    None,
    Mentee,
    Mentor,
}

/// A file being imported: what was read, the coordinator's choices so far, and the checks of
/// every row under them. Changing anything re-checks; nothing touches the register.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportSession {
    pub file_name: String,
    pub table: Table,
    pub columns: Vec<Column>,
    /// The cells of every data row, as corrected in the preview.
    pub cells: Vec<Vec<String>>,
    pub checks: Vec<RowCheck>,
    /// Why the mapping cannot import anything, if it cannot.
    pub mapping_error: Option<String>,
    /// Rows that have had an error in this session (they keep their inputs once fixed).
    pub editable: BTreeSet<usize>,
    /// Duplicates the coordinator chose to add anyway (row indices).
    keep_duplicates: BTreeSet<usize>,
    /// Rows left out on purpose (row indices).
    skipped: BTreeSet<usize>,
    pub role: ImportRole,
    existing: Vec<Person>,
    today: String,
}

impl ImportSession {
    /// Starts with the columns guessed from the headers. `existing` is the register, for
    /// duplicates.
    pub fn new(file_name: &str, table: Table, existing: &[Person], today: &str) -> Self {
        let mut s = ImportSession {
            file_name: file_name.to_string(),
            columns: super::guess_columns(&table.headers),
            cells: table.rows.iter().map(|(_, c)| c.clone()).collect(),
            table,
            checks: Vec::new(),
            mapping_error: None,
            editable: BTreeSet::new(),
            keep_duplicates: BTreeSet::new(),
            skipped: BTreeSet::new(),
            role: ImportRole::None,
            existing: existing.to_vec(),
            today: today.to_string(),
        };
        s.recheck();
        s
    }

    fn recheck(&mut self) {
        self.mapping_error = check_mapping(&self.columns).err();
        self.checks = check_rows(
            &self.table,
            &self.cells,
            &self.columns,
            &self.existing,
            &self.today,
        );
        for (i, c) in self.checks.iter().enumerate() {
            if !c.ok() {
                self.editable.insert(i);
            }
        }
    }

    pub fn set_column(&mut self, col: usize, column: Column) {
        if let Some(c) = self.columns.get_mut(col) {
            *c = column;
            self.recheck();
        }
    }

    pub fn set_cell(&mut self, row: usize, col: usize, value: String) {
        if let Some(c) = self.cells.get_mut(row).and_then(|r| r.get_mut(col)) {
            *c = value;
            self.recheck();
        }
    }

    /// Whether a row will be added: it has no errors, is not skipped, and is not a duplicate
    /// unless kept on purpose. Nothing is added while the mapping is wrong.
    pub fn included(&self, row: usize) -> bool {
        self.mapping_error.is_none()
            && self.checks.get(row).is_some_and(|c| {
                c.ok()
                    && !self.skipped.contains(&row)
                    && (c.duplicate.is_none() || self.keep_duplicates.contains(&row))
            })
    }

    pub fn set_included(&mut self, row: usize, on: bool) {
        let duplicate = self.checks.get(row).is_some_and(|c| c.duplicate.is_some());
        if on {
            self.skipped.remove(&row);
            if duplicate {
                self.keep_duplicates.insert(row);
            }
        } else {
            self.skipped.insert(row);
            self.keep_duplicates.remove(&row);
        }
    }

    /// How many rows will be added.
    pub fn chosen(&self) -> usize {
        (0..self.checks.len()).filter(|i| self.included(*i)).count()
    }

    /// The people to add, with the chosen role, in file order.
    pub fn people(&self) -> Vec<Person> {
        (0..self.checks.len())
            .filter(|i| self.included(*i))
            .filter_map(|i| self.checks[i].person.clone())
            .map(|mut p| {
                match self.role {
                    ImportRole::None => {}
                    ImportRole::Mentee => p.mentee = Some(MenteeRole::default()),
                    ImportRole::Mentor => p.mentor = Some(MentorRole::default()),
                }
                p
            })
            .collect()
    }

    /// «Строк с данными: …» — the line above the preview.
    pub fn summary(&self) -> String {
        let bad = self.checks.iter().filter(|c| !c.ok()).count();
        let dup = self
            .checks
            .iter()
            .filter(|c| c.ok() && c.duplicate.is_some())
            .count();
        format!(
            "Строк с данными: {}. Готово к добавлению: {}. С ошибками: {bad}. Повторы: {dup}.",
            self.checks.len(),
            self.chosen()
        )
    }
}

/// The age groups the app uses (as [`age_group`] derives them).
pub const AGE_GROUPS: [&str; 5] = ["до 25", "25–34", "35–44", "45–54", "55 и старше"];

fn age_group_text(value: &str) -> Option<&'static str> {
    if value.is_empty() {
        return Some("");
    }
    let v = value
        .to_lowercase()
        .replace(['-', '—'], "–")
        .replace(' ', "");
    AGE_GROUPS
        .into_iter()
        .find(|g| g.replace(' ', "") == v)
        .or(match v.as_str() {
            "<25" | "до25лет" => Some("до 25"),
            "55+" | ">55" | "старше55" | "55истарше" | "55лет" => {
                Some("55 и старше")
            }
            _ => None,
        })
}

/// «12», «12 лет», «12,5», «12.0» (a number cell of XLSX) → 12.
fn years(value: &str) -> Result<Option<u8>, String> {
    let number: String = value
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let rest = value.trim()[number.len()..].trim().to_lowercase();
    let words_ok = rest.is_empty() || ["г", "год", "года", "лет", "г."].contains(&rest.as_str());
    let whole = number.split([',', '.']).next().unwrap_or("");
    if value.trim().is_empty() {
        return Ok(None);
    }
    if whole.is_empty() || !words_ok {
        return Err(format!(
            "«{value}» — не число лет; нужно целое число от 0 до 60."
        ));
    }
    parse_years(whole).map_err(|_| format!("«{value}»: нужно целое число лет от 0 до 60."))
}

/// «15.03.1985», «15.03.1985 г.», «1985-03-15», or an Excel date serial («31121») → `YYYY-MM-DD`.
pub(crate) fn date_value(value: &str) -> Option<String> {
    let v = value.trim_end_matches("г.").trim_end_matches('г').trim();
    if parse_date(v).is_some() {
        Some(v.to_string())
    } else if let Some((d, m, y)) = split3(v, '.').or_else(|| split3(v, '/')) {
        let iso = format!("{y:0>4}-{m:0>2}-{d:0>2}");
        (y.len() == 4 && parse_date(&iso).is_some()).then_some(iso)
    } else if let Some(days) = serial_days(v) {
        excel_serial_to_date(days as f64).map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
    } else {
        None
    }
}

/// A birth date (see [`date_value`]) that gives an age from 16 to 100 on `today`.
fn birth_date(value: &str, today: &str) -> Result<String, String> {
    if value.is_empty() {
        return Ok(String::new());
    }
    let Some(iso) = date_value(value) else {
        return Err(format!("«{value}» — не дата; нужна дата вида 15.03.1985."));
    };
    let age = crate::domain::people::age_on(&iso, today).unwrap_or(0);
    if !(16..=100).contains(&age) {
        return Err(format!(
            "дата {} даёт возраст {age}: проверьте год.",
            date_ru(&iso)
        ));
    }
    Ok(iso)
}

/// A role cell: (mentee, mentor); `None` when the text is not a role. «молодой специалист»
/// is a mentee; «наставник, наставляемый» both; empty, «нет» or «-» neither.
fn role_text(value: &str) -> Option<(bool, bool)> {
    let v = value.to_lowercase().replace('ё', "е");
    let v = v.trim();
    if v.is_empty() || matches!(v, "нет" | "-" | "—" | "не участвует") {
        return Some((false, false));
    }
    let mentee = v.contains("наставляем") || v.contains("молод");
    let mentor = v.contains("наставник");
    (mentee || mentor).then_some((mentee, mentor))
}

/// A consent cell: a date («01.09.2025», «2025-09-01», an Excel serial) or a «да» (then the
/// consent is dated `today`, as the preview says); empty, «нет» or «-» is no consent. A date
/// after `today` is refused.
fn consent_date(value: &str, today: &str) -> Result<Option<String>, String> {
    let v = value.to_lowercase().replace('ё', "е");
    let v = v.trim().trim_end_matches('.');
    if v.is_empty() || matches!(v, "нет" | "-" | "—" | "не получено" | "не дано")
    {
        return Ok(None);
    }
    let date = date_value(v).or_else(|| {
        v.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .find_map(|w| split3(w, '.').and_then(|_| date_value(w)))
    });
    if let Some(date) = date {
        if date.as_str() > today {
            return Err(format!(
                "дата {} позже сегодняшней: проверьте её.",
                date_ru(&date)
            ));
        }
        return Ok(Some(date));
    }
    if matches!(
        v.split([' ', ',']).next().unwrap_or(""),
        "да" | "+" | "есть" | "получено" | "дано" | "yes" | "v" | "✓" | "✔"
    ) {
        return Ok(Some(today.to_string()));
    }
    Err(format!(
        "«{value}» — нужна дата согласия (например, 01.09.2025), «да» или пусто."
    ))
}

/// The whole days of an Excel date serial («31121», «31121.5»), without a float parser
/// (which would cost the wasm about 10 KB).
fn serial_days(v: &str) -> Option<u32> {
    let (whole, fraction) = v.split_once(['.', ',']).unwrap_or((v, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(whole) && digits(fraction) && whole.len() <= 7)
        .then(|| whole.parse().ok())
        .flatten()
}

fn split3(v: &str, sep: char) -> Option<(&str, &str, &str)> {
    let mut it = v.split(sep);
    let (d, m, y) = (it.next()?, it.next()?, it.next()?);
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    (it.next().is_none() && digits(d) && digits(m) && digits(y)).then_some((d, m, y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::import::{guess_columns, read_table};

    const TODAY: &str = "2026-11-26";

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    fn table(csv: &str) -> Table {
        read_table("list.csv", csv.as_bytes()).unwrap()
    }

    #[test]
    fn a_good_row_becomes_a_person() {
        let cols = [
            Column::FullName,
            Column::Position,
            Column::Subjects,
            Column::Experience,
            Column::BirthDate,
            Column::Category,
            Column::Phone,
            Column::Email,
        ];
        let p = person_from_cells(
            &s(&[
                "  Иванова   Анна Петровна ",
                "учитель",
                "математика, информатика",
                "3 года",
                "15.03.1998",
                "Первая",
                "+7 900 123-45-67",
                "ivanova@school.ru",
            ]),
            &cols,
            TODAY,
        )
        .unwrap();
        assert_eq!(p.full_name, "Иванова Анна Петровна");
        assert_eq!(p.subjects, ["математика", "информатика"]);
        assert_eq!(p.experience, Some(3));
        assert_eq!(p.birth_date, "1998-03-15");
        assert_eq!(p.category, Category::First);
        assert_eq!(p.email, "ivanova@school.ru");
        assert!(p.id.is_empty());
    }

    #[test]
    fn each_bad_cell_is_named() {
        let cols = [
            Column::FullName,
            Column::Experience,
            Column::BirthDate,
            Column::Category,
            Column::Email,
            Column::AgeGroup,
        ];
        let errors = person_from_cells(
            &s(&["", "много", "31.02.1990", "вторая", "нет почты", "30-40"]),
            &cols,
            TODAY,
        )
        .unwrap_err();
        assert_eq!(errors.len(), 6, "{errors:?}");
        assert!(errors[0].starts_with("«ФИО»: не заполнено"));
        assert!(errors[1].contains("«Педагогический стаж»") && errors[1].contains("много"));
        assert!(errors[2].contains("31.02.1990") && errors[2].contains("не дата"));
        assert!(errors[3].contains("вторая"));
        assert!(errors[4].contains("нет почты"));
        assert!(errors[5].contains("30-40") && errors[5].contains("до 25"));
    }

    #[test]
    fn years_and_dates_in_the_forms_schools_write() {
        assert_eq!(years("12"), Ok(Some(12)));
        assert_eq!(years("12 лет"), Ok(Some(12)));
        assert_eq!(years("12,5"), Ok(Some(12)));
        assert_eq!(years("12.0"), Ok(Some(12)));
        assert_eq!(years(""), Ok(None));
        assert!(years("61").is_err());
        assert!(years("-3").is_err());
        assert!(years("12 месяцев").is_err());
        assert_eq!(birth_date("1985-03-15", TODAY).unwrap(), "1985-03-15");
        assert_eq!(birth_date("15.03.1985 г.", TODAY).unwrap(), "1985-03-15");
        assert_eq!(birth_date("5/3/1985", TODAY).unwrap(), "1985-03-05");
        // Excel stores dates as serial numbers: 31121 is 15.03.1985.
        assert_eq!(birth_date("31121", TODAY).unwrap(), "1985-03-15");
        assert_eq!(birth_date("31121.25", TODAY).unwrap(), "1985-03-15");
        assert!(birth_date("31121.x", TODAY).is_err());
        assert!(
            birth_date("15.03.85", TODAY).is_err(),
            "two-digit years are ambiguous"
        );
        assert!(birth_date("15.03.2020", TODAY)
            .unwrap_err()
            .contains("возраст 6"));
    }

    #[test]
    fn age_group_must_agree_with_the_birth_date() {
        let cols = [Column::FullName, Column::BirthDate, Column::AgeGroup];
        let p = person_from_cells(&s(&["Петров", "", "25-34"]), &cols, TODAY).unwrap();
        assert_eq!(p.age_group, "25–34");
        let p = person_from_cells(&s(&["Петров", "01.01.1995", "25–34"]), &cols, TODAY).unwrap();
        assert_eq!(
            (p.birth_date.as_str(), p.age_group.as_str()),
            ("1995-01-01", "")
        );
        let e = person_from_cells(&s(&["Петров", "01.01.1960", "25–34"]), &cols, TODAY);
        assert!(e.unwrap_err()[0].contains("не совпадает"));
    }

    #[test]
    fn the_mapping_needs_one_name_column_and_no_field_twice() {
        assert!(check_mapping(&[Column::Position]).is_err());
        assert!(check_mapping(&[Column::FullName, Column::FullName]).is_err());
        assert!(check_mapping(&[Column::FullName, Column::Phone, Column::Phone]).is_err());
        assert!(check_mapping(&[Column::FullName, Column::Ignore, Column::Ignore]).is_ok());
    }

    #[test]
    fn rows_are_checked_with_their_numbers_and_duplicates() {
        let t = table(
            "ФИО;Дата рождения;Стаж\r\n\
             Иванова Анна Петровна;15.03.1998;3\r\n\
             Петров Пётр;01.01.1980;abc\r\n\
             \r\n\
             иванова  анна петровна;15.03.1998;3\r\n\
             Сидорова Ольга;02.02.1970;30\r\n",
        );
        let cols = guess_columns(&t.headers);
        let existing = vec![Person {
            id: "p1".into(),
            full_name: "Сидорова Ольга".into(),
            birth_date: "1970-02-02".into(),
            ..Default::default()
        }];
        let checks = check_rows(&t, &[], &cols, &existing, TODAY);
        let rows: Vec<usize> = checks.iter().map(|c| c.row).collect();
        assert_eq!(rows, [2, 3, 5, 6]);
        assert!(checks[0].ok() && checks[0].duplicate.is_none());
        assert!(!checks[1].ok() && checks[1].errors[0].contains("abc"));
        assert_eq!(checks[2].duplicate.as_deref(), Some("повторяет строку 2"));
        assert_eq!(
            checks[3].duplicate.as_deref(),
            Some("уже есть в реестре: Сидорова Ольга")
        );
        // The coordinator fixes row 3 in the preview: the override replaces the file's cells.
        let mut cells: Vec<Vec<String>> = t.rows.iter().map(|(_, c)| c.clone()).collect();
        cells[1][2] = "12".into();
        let checks = check_rows(&t, &cells, &cols, &existing, TODAY);
        assert!(checks[1].ok());
        assert_eq!(checks[1].person.as_ref().unwrap().experience, Some(12));
    }

    #[test]
    fn a_session_changes_nothing_until_its_people_are_taken() {
        let t = table(
            "Список педагогов на 2026/2027 учебный год\r\n\
             ФИО;Должность;Стаж\r\n\
             Иванова Анна;учитель;3\r\n\
             Петров Пётр;учитель;много\r\n\
             Сидорова Ольга;завуч;30\r\n",
        );
        let existing = vec![Person {
            id: "p1".into(),
            full_name: "Сидорова Ольга".into(),
            ..Default::default()
        }];
        let mut s = ImportSession::new("list.csv", t, &existing, TODAY);
        assert_eq!(
            s.checks.iter().map(|c| c.row).collect::<Vec<_>>(),
            [3, 4, 5]
        );
        assert_eq!(s.chosen(), 1, "the bad row and the duplicate wait");
        assert_eq!(s.editable, BTreeSet::from([1]));
        assert!(s.summary().contains("С ошибками: 1. Повторы: 1."));
        // Fix the bad row; it stays editable.
        s.set_cell(1, 2, "12".into());
        assert!(s.included(1));
        assert_eq!(s.editable, BTreeSet::from([1]));
        // Keep the duplicate, skip the first row.
        s.set_included(2, true);
        s.set_included(0, false);
        s.role = ImportRole::Mentor;
        let people = s.people();
        let names: Vec<&str> = people.iter().map(|p| p.full_name.as_str()).collect();
        assert_eq!(names, ["Петров Пётр", "Сидорова Ольга"]);
        assert!(people
            .iter()
            .all(|p| p.mentor.is_some() && p.mentee.is_none()));
        assert_eq!(people[0].experience, Some(12));
        // A wrong mapping imports nothing and says why.
        s.set_column(0, Column::Position);
        assert!(s.mapping_error.as_deref().unwrap().contains("ФИО"));
        assert_eq!(s.chosen(), 0);
        assert!(s.people().is_empty());
    }

    #[test]
    fn roles_and_consents_come_from_their_columns() {
        let t = table(
            "ФИО;Участие в наставничестве;Согласие на обработку ПД;Согласие на публикацию;Согласие на наставничество (ст. 351.8)\r\n\
             Иванова Анна;молодой специалист;01.09.2026;;\r\n\
             Петров Пётр;Наставник;да;нет;2026-09-02\r\n\
             Сидорова Ольга;наставник, наставляемый;46266;-;да\r\n\
             Орлова Ирина;;;;\r\n\
             Кузнецов Иван;завуч;01.12.2026;когда-нибудь;\r\n",
        );
        let cols = guess_columns(&t.headers);
        assert_eq!(
            cols,
            [
                Column::FullName,
                Column::Role,
                Column::ConsentProcessing,
                Column::ConsentPublication,
                Column::ConsentMentoring
            ]
        );
        let checks = check_rows(&t, &[], &cols, &[], TODAY);
        let p = |i: usize| checks[i].person.clone().unwrap();
        let ivanova = p(0);
        assert!(ivanova.mentee.is_some() && ivanova.mentor.is_none());
        assert_eq!(
            ivanova.consents.processing.as_ref().unwrap().date,
            "2026-09-01"
        );
        assert!(ivanova.consents.publication.is_none());
        let petrov = p(1);
        assert!(petrov.mentor.is_some() && petrov.mentee.is_none());
        assert_eq!(
            petrov.consents.processing.as_ref().unwrap().date,
            TODAY,
            "«да» is today"
        );
        assert!(petrov.consents.publication.is_none());
        assert_eq!(
            petrov.consents.mentoring.as_ref().unwrap().date,
            "2026-09-02"
        );
        assert!(petrov.consents.mentoring.as_ref().unwrap().active());
        let sidorova = p(2);
        assert!(sidorova.mentor.is_some() && sidorova.mentee.is_some());
        // An Excel date serial: 46266 is 01.09.2026.
        assert_eq!(
            sidorova.consents.processing.as_ref().unwrap().date,
            "2026-09-01"
        );
        let orlova = p(3);
        assert!(orlova.mentee.is_none() && orlova.mentor.is_none());
        assert_eq!(orlova.consents, Default::default());
        assert_eq!(
            checks[4].errors,
            [
                "«Роль в наставничестве»: «завуч» — не роль; допустимо: наставник, \
                 наставляемый, молодой специалист или пусто.",
                "«Согласие на обработку ПД»: дата 01.12.2026 позже сегодняшней: проверьте её.",
                "«Согласие на публикацию»: «когда-нибудь» — нужна дата согласия (например, \
                 01.09.2025), «да» или пусто."
            ]
        );
        // The session's role adds to the file's, it does not take it away.
        let mut s = ImportSession::new("list.csv", t, &[], TODAY);
        s.set_included(4, false);
        assert_eq!(s.people().len(), 4);
        assert!(s.people()[1].mentor.is_some());
        s.role = ImportRole::Mentee;
        assert!(s.people()[1].mentor.is_some() && s.people()[1].mentee.is_some());
    }

    #[test]
    fn ignored_columns_are_not_read() {
        let cols = [Column::FullName, Column::Ignore];
        let p = person_from_cells(&s(&["Петров", "что угодно"]), &cols, TODAY).unwrap();
        assert_eq!(p.full_name, "Петров");
    }
}
