//! The school profile: who runs the system, for which academic year, and its validation.

use serde::{Deserialize, Serialize};

use super::forms::{default_forms, MentoringForm};

/// The director (руководитель ОО).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Director {
    pub full_name: String,
    pub position: String,
}

/// The coordinator (куратор наставничества).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coordinator {
    pub full_name: String,
    pub position: String,
    pub phone: String,
    pub email: String,
}

/// Everything the documents and screens need to know about the school.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolProfile {
    pub full_name: String,
    pub short_name: String,
    pub city: String,
    pub director: Director,
    pub coordinator: Coordinator,
    /// «2025/2026».
    pub academic_year: String,
    pub site: String,
    /// The forms of mentoring the school uses (named in the Положение).
    #[serde(default = "default_forms")]
    pub forms: Vec<MentoringForm>,
}

impl Default for SchoolProfile {
    fn default() -> Self {
        SchoolProfile {
            full_name: String::new(),
            short_name: String::new(),
            city: String::new(),
            director: Director::default(),
            coordinator: Coordinator::default(),
            academic_year: String::new(),
            site: String::new(),
            forms: default_forms(),
        }
    }
}

/// A field of the profile form; `path()` is its JSON path inside the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProfileField {
    FullName,
    ShortName,
    City,
    DirectorName,
    DirectorPosition,
    CoordinatorName,
    CoordinatorPosition,
    CoordinatorPhone,
    CoordinatorEmail,
    AcademicYear,
    Site,
}

impl ProfileField {
    pub const ALL: [ProfileField; 11] = [
        ProfileField::FullName,
        ProfileField::ShortName,
        ProfileField::City,
        ProfileField::DirectorName,
        ProfileField::DirectorPosition,
        ProfileField::CoordinatorName,
        ProfileField::CoordinatorPosition,
        ProfileField::CoordinatorPhone,
        ProfileField::CoordinatorEmail,
        ProfileField::AcademicYear,
        ProfileField::Site,
    ];

    pub fn path(self) -> &'static str {
        match self {
            ProfileField::FullName => "full_name",
            ProfileField::ShortName => "short_name",
            ProfileField::City => "city",
            ProfileField::DirectorName => "director.full_name",
            ProfileField::DirectorPosition => "director.position",
            ProfileField::CoordinatorName => "coordinator.full_name",
            ProfileField::CoordinatorPosition => "coordinator.position",
            ProfileField::CoordinatorPhone => "coordinator.phone",
            ProfileField::CoordinatorEmail => "coordinator.email",
            ProfileField::AcademicYear => "academic_year",
            ProfileField::Site => "site",
        }
    }

    /// The form label, in Russian.
    pub fn label(self) -> &'static str {
        match self {
            ProfileField::FullName => "Полное наименование образовательной организации",
            ProfileField::ShortName => "Краткое наименование",
            ProfileField::City => "Населённый пункт",
            ProfileField::DirectorName => "ФИО директора",
            ProfileField::DirectorPosition => "Должность руководителя",
            ProfileField::CoordinatorName => "ФИО куратора наставничества",
            ProfileField::CoordinatorPosition => "Должность куратора",
            ProfileField::CoordinatorPhone => "Телефон куратора",
            ProfileField::CoordinatorEmail => "Электронная почта куратора",
            ProfileField::AcademicYear => "Учебный год",
            ProfileField::Site => "Адрес сайта школы",
        }
    }

    pub fn required(self) -> bool {
        !matches!(
            self,
            ProfileField::CoordinatorPhone | ProfileField::CoordinatorEmail | ProfileField::Site
        )
    }

    pub fn get(self, p: &SchoolProfile) -> &str {
        match self {
            ProfileField::FullName => &p.full_name,
            ProfileField::ShortName => &p.short_name,
            ProfileField::City => &p.city,
            ProfileField::DirectorName => &p.director.full_name,
            ProfileField::DirectorPosition => &p.director.position,
            ProfileField::CoordinatorName => &p.coordinator.full_name,
            ProfileField::CoordinatorPosition => &p.coordinator.position,
            ProfileField::CoordinatorPhone => &p.coordinator.phone,
            ProfileField::CoordinatorEmail => &p.coordinator.email,
            ProfileField::AcademicYear => &p.academic_year,
            ProfileField::Site => &p.site,
        }
    }

    pub fn set(self, p: &mut SchoolProfile, value: String) {
        let slot = match self {
            ProfileField::FullName => &mut p.full_name,
            ProfileField::ShortName => &mut p.short_name,
            ProfileField::City => &mut p.city,
            ProfileField::DirectorName => &mut p.director.full_name,
            ProfileField::DirectorPosition => &mut p.director.position,
            ProfileField::CoordinatorName => &mut p.coordinator.full_name,
            ProfileField::CoordinatorPosition => &mut p.coordinator.position,
            ProfileField::CoordinatorPhone => &mut p.coordinator.phone,
            ProfileField::CoordinatorEmail => &mut p.coordinator.email,
            ProfileField::AcademicYear => &mut p.academic_year,
            ProfileField::Site => &mut p.site,
        };
        *slot = value;
    }
}

/// The fictional school used by the tests and the app's example data: complete and valid.
pub fn example_profile() -> SchoolProfile {
    SchoolProfile {
        full_name: "Государственное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 96 Приморского района Санкт-Петербурга".into(),
        short_name: "ГБОУ СОШ № 96".into(),
        city: "Санкт-Петербург".into(),
        director: Director {
            full_name: "Иванова Мария Петровна".into(),
            position: "Директор".into(),
        },
        coordinator: Coordinator {
            full_name: "Петров Олег Игоревич".into(),
            position: "Заместитель директора по УВР".into(),
            phone: "+7 (812) 123-45-67".into(),
            email: "petrov@school96.ru".into(),
        },
        academic_year: "2025/2026".into(),
        site: "https://school96.ru".into(),
        forms: vec![
            MentoringForm::Traditional,
            MentoringForm::Group,
            MentoringForm::ShortTerm,
            MentoringForm::Reverse,
        ],
    }
}

/// One validation problem, in Russian, attached to a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: ProfileField,
    pub message: String,
}

/// Longest text accepted in a single profile field.
pub const MAX_FIELD_CHARS: usize = 500;

/// Checks the whole profile; an empty list means it is complete and valid.
pub fn validate_profile(p: &SchoolProfile) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for field in ProfileField::ALL {
        let value = field.get(p).trim();
        let problem = if value.is_empty() {
            field.required().then(|| "Заполните это поле".to_string())
        } else if value.chars().count() > MAX_FIELD_CHARS {
            Some(format!("Не длиннее {MAX_FIELD_CHARS} символов"))
        } else {
            check_format(field, value)
        };
        if let Some(message) = problem {
            errors.push(FieldError { field, message });
        }
    }
    errors
}

/// The error for one field, if any (for inline messages next to the field).
pub fn field_error(p: &SchoolProfile, field: ProfileField) -> Option<String> {
    validate_profile(p)
        .into_iter()
        .find(|e| e.field == field)
        .map(|e| e.message)
}

fn check_format(field: ProfileField, value: &str) -> Option<String> {
    match field {
        ProfileField::DirectorName | ProfileField::CoordinatorName => check_person_name(value),
        ProfileField::AcademicYear => parse_academic_year(value).err(),
        ProfileField::CoordinatorEmail => check_email(value),
        ProfileField::CoordinatorPhone => check_phone(value),
        ProfileField::Site => check_site(value),
        _ => None,
    }
}

fn check_person_name(value: &str) -> Option<String> {
    let words: Vec<&str> = value.split_whitespace().collect();
    if words.len() < 2 {
        return Some("Укажите фамилию, имя и отчество (не меньше двух слов)".into());
    }
    let ok = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')
    });
    (!ok).then(|| "ФИО может содержать только буквы, дефис и точки".into())
}

/// Parses «2025/2026» (also «2025-2026», «2025–2026») into its first year.
pub fn parse_academic_year(value: &str) -> Result<u16, String> {
    let msg = || "Укажите учебный год в формате 2025/2026".to_string();
    let value = value.trim();
    let mut parts = value.split(['/', '-', '–']);
    let (a, b) = match (parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), None) => (a.trim(), b.trim()),
        _ => return Err(msg()),
    };
    let is_year = |s: &str| s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit());
    if !is_year(a) || !is_year(b) {
        return Err(msg());
    }
    let (a, b): (u16, u16) = (a.parse().map_err(|_| msg())?, b.parse().map_err(|_| msg())?);
    if !(2000..=2099).contains(&a) {
        return Err("Учебный год должен быть между 2000/2001 и 2099/2100".into());
    }
    if b != a + 1 {
        return Err(format!(
            "Второй год должен быть на единицу больше первого: {a}/{}",
            a + 1
        ));
    }
    Ok(a)
}

fn check_email(value: &str) -> Option<String> {
    let bad = || Some("Адрес электронной почты должен иметь вид name@school.ru".to_string());
    let Some((local, domain)) = value.split_once('@') else {
        return bad();
    };
    if local.is_empty()
        || domain.contains('@')
        || value.chars().any(char::is_whitespace)
        || !domain.contains('.')
        || domain.starts_with('.')
        || domain.ends_with('.')
    {
        return bad();
    }
    None
}

fn check_phone(value: &str) -> Option<String> {
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()".contains(c));
    let digits = value.chars().filter(char::is_ascii_digit).count();
    (!allowed || !(5..=15).contains(&digits))
        .then(|| "Телефон: цифры, пробелы, «+», «-» и скобки, например +7 (812) 123-45-67".into())
}

fn check_site(value: &str) -> Option<String> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .unwrap_or(value);
    let host = rest.split('/').next().unwrap_or("");
    let ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !value.chars().any(char::is_whitespace);
    (!ok).then(|| "Адрес сайта должен иметь вид https://school.ru".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> SchoolProfile {
        example_profile()
    }

    fn messages(p: &SchoolProfile) -> Vec<(ProfileField, String)> {
        validate_profile(p)
            .into_iter()
            .map(|e| (e.field, e.message))
            .collect()
    }

    #[test]
    fn valid_profile_has_no_errors() {
        assert_eq!(messages(&valid()), vec![]);
    }

    #[test]
    fn empty_profile_lists_every_required_field() {
        let errs = messages(&SchoolProfile::default());
        let fields: Vec<_> = errs.iter().map(|e| e.0).collect();
        let required: Vec<_> = ProfileField::ALL
            .into_iter()
            .filter(|f| f.required())
            .collect();
        assert_eq!(fields, required);
        assert!(errs.iter().all(|e| e.1 == "Заполните это поле"));
    }

    #[test]
    fn optional_fields_may_be_empty() {
        let mut p = valid();
        p.coordinator.phone.clear();
        p.coordinator.email.clear();
        p.site.clear();
        assert_eq!(messages(&p), vec![]);
    }

    #[test]
    fn whitespace_only_counts_as_empty() {
        let mut p = valid();
        p.city = "   ".into();
        assert_eq!(
            messages(&p),
            vec![(ProfileField::City, "Заполните это поле".into())]
        );
    }

    #[test]
    fn academic_year_format() {
        assert_eq!(parse_academic_year("2025/2026"), Ok(2025));
        assert_eq!(parse_academic_year(" 2025–2026 "), Ok(2025));
        assert_eq!(parse_academic_year("2025-2026"), Ok(2025));
        assert_eq!(
            parse_academic_year("2025"),
            Err("Укажите учебный год в формате 2025/2026".into())
        );
        assert_eq!(
            parse_academic_year("2025/2027"),
            Err("Второй год должен быть на единицу больше первого: 2025/2026".into())
        );
        assert_eq!(
            parse_academic_year("25/26"),
            Err("Укажите учебный год в формате 2025/2026".into())
        );
        assert_eq!(
            parse_academic_year("1999/2000"),
            Err("Учебный год должен быть между 2000/2001 и 2099/2100".into())
        );
        let mut p = valid();
        p.academic_year = "2025/2025".into();
        assert_eq!(messages(&p)[0].0, ProfileField::AcademicYear);
    }

    #[test]
    fn names_need_two_words_of_letters() {
        let mut p = valid();
        p.director.full_name = "Иванова".into();
        p.coordinator.full_name = "Петров 0лег".into();
        let errs = messages(&p);
        assert_eq!(errs.len(), 2);
        assert_eq!(errs[0].0, ProfileField::DirectorName);
        assert!(errs[0].1.contains("не меньше двух слов"));
        assert_eq!(errs[1].0, ProfileField::CoordinatorName);
        assert!(errs[1].1.contains("только буквы"));
        p.director.full_name = "Салтыков-Щедрин М. Е.".into();
        p.coordinator.full_name = "Петров Олег".into();
        assert_eq!(messages(&p), vec![]);
    }

    #[test]
    fn contacts_and_site_are_checked() {
        let mut p = valid();
        p.coordinator.email = "petrov@school".into();
        p.coordinator.phone = "звоните".into();
        p.site = "school 96".into();
        let fields: Vec<_> = messages(&p).into_iter().map(|e| e.0).collect();
        assert_eq!(
            fields,
            vec![
                ProfileField::CoordinatorPhone,
                ProfileField::CoordinatorEmail,
                ProfileField::Site
            ]
        );
        p.site = "school96.ru/nastavnik".into();
        p.coordinator.email = "a@b.ru".into();
        p.coordinator.phone = "8 812 1234567".into();
        assert_eq!(messages(&p), vec![]);
    }

    #[test]
    fn too_long_field_is_rejected() {
        let mut p = valid();
        p.full_name = "ш".repeat(MAX_FIELD_CHARS + 1);
        assert_eq!(
            field_error(&p, ProfileField::FullName),
            Some(format!("Не длиннее {MAX_FIELD_CHARS} символов"))
        );
    }

    #[test]
    fn set_and_get_cover_every_field() {
        let mut p = SchoolProfile::default();
        for (i, f) in ProfileField::ALL.into_iter().enumerate() {
            f.set(&mut p, format!("v{i}"));
        }
        for (i, f) in ProfileField::ALL.into_iter().enumerate() {
            assert_eq!(f.get(&p), format!("v{i}"), "{}", f.path());
        }
    }
}
