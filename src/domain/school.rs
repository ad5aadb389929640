//! The school profile: who runs the system, for which academic year, and its validation.

use std::collections::BTreeMap;

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
    /// The legal address (the consents name it: 152-ФЗ, Роскомнадзор order № 18).
    #[serde(default)]
    pub address: String,
    /// ИНН of the school (10 digits, checked).
    #[serde(default)]
    pub inn: String,
    /// ОГРН of the school (13 digits, checked).
    #[serde(default)]
    pub ogrn: String,
    /// The founder (учредитель), e.g. «Администрация Приморского района Санкт-Петербурга».
    #[serde(default)]
    pub founder: String,
    /// The default end of a pair's mentoring, `YYYY-MM-DD`; empty = 31 May of the academic
    /// year's second year ([`SchoolProfile::year_end`]).
    #[serde(default)]
    pub year_end: String,
    /// Who counts as a young specialist in the indicators.
    #[serde(default)]
    pub young_rule: YoungRule,
    /// Case forms the school corrected by hand (see `declension::Overrides`).
    #[serde(default)]
    pub declensions: BTreeMap<String, String>,
    /// The region's and the municipality's own acts on teacher mentoring, as the school types
    /// them (nominative: «распоряжение Комитета по образованию Санкт-Петербурга от … № …»);
    /// the orders cite them first.
    #[serde(default)]
    pub regional_acts: Vec<String>,
    /// The Положение carries «Учтено мнение профсоюзной организации» (art. 372 ТК РФ).
    #[serde(default)]
    pub union_opinion: bool,
    /// The mentor's pay as the agreements state it («10 % должностного оклада»); its size is
    /// set by regional or municipal acts, the collective agreement and local acts (art. 351.8).
    #[serde(default)]
    pub pay_amount: String,
    /// Where the pay comes from («за счёт стимулирующей части фонда оплаты труда»).
    #[serde(default)]
    pub pay_source: String,
}

/// Who is a «молодой специалист» for the indicators: regions define it differently.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YoungRule {
    /// Under 35 and in the first three years of work (the usual definition).
    #[default]
    Both,
    /// Under 35 or in the first three years of work.
    Either,
}

impl SchoolProfile {
    /// The default end of a pair: the profile's setting, else 31 May of the academic year's
    /// second year; empty when the academic year is not set.
    pub fn year_end(&self) -> String {
        if !self.year_end.trim().is_empty() {
            return self.year_end.trim().to_string();
        }
        match parse_academic_year(&self.academic_year) {
            Ok(first) => format!("{}-05-31", first + 1),
            Err(_) => String::new(),
        }
    }

    /// A name, position or the school's name in a case, with the school's corrections.
    pub fn decline(
        &self,
        text: &str,
        case: crate::domain::declension::Case,
        kind: crate::domain::declension::Kind,
    ) -> String {
        crate::domain::declension::decline(text, case, kind, &self.declensions)
    }
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
            address: String::new(),
            inn: String::new(),
            ogrn: String::new(),
            founder: String::new(),
            year_end: String::new(),
            young_rule: YoungRule::Both,
            declensions: BTreeMap::new(),
            regional_acts: Vec::new(),
            union_opinion: false,
            pay_amount: String::new(),
            pay_source: String::new(),
        }
    }
}

super::text_fields::text_fields! {
    /// A field of the profile form; `key()` is its JSON path inside the profile.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ProfileField of SchoolProfile {
        FullName(full_name) => "Полное наименование образовательной организации",
        ShortName(short_name) => "Краткое наименование",
        City(city) => "Населённый пункт",
        DirectorName(director.full_name) => "ФИО директора",
        DirectorPosition(director.position) => "Должность руководителя",
        CoordinatorName(coordinator.full_name) => "ФИО куратора наставничества",
        CoordinatorPosition(coordinator.position) => "Должность куратора",
        CoordinatorPhone(coordinator.phone) => "Телефон куратора",
        CoordinatorEmail(coordinator.email) => "Электронная почта куратора",
        AcademicYear(academic_year) => "Учебный год",
        Site(site) => "Адрес сайта школы",
        Address(address) => "Юридический адрес",
        Inn(inn) => "ИНН",
        Ogrn(ogrn) => "ОГРН",
        Founder(founder) => "Учредитель",
        YearEnd(year_end) => "Окончание наставничества по умолчанию",
        PayAmount(pay_amount) => "Размер доплаты наставнику",
        PaySource(pay_source) => "Источник доплаты",
    }
}

impl ProfileField {
    pub fn required(self) -> bool {
        !matches!(
            self,
            ProfileField::CoordinatorPhone
                | ProfileField::CoordinatorEmail
                | ProfileField::Site
                | ProfileField::Address
                | ProfileField::Inn
                | ProfileField::Ogrn
                | ProfileField::Founder
                | ProfileField::YearEnd
                | ProfileField::PayAmount
                | ProfileField::PaySource
        )
    }

    pub fn set(self, p: &mut SchoolProfile, value: String) {
        *self.slot(p) = value;
    }
}

/// One case form the documents use, shown in the profile so the school can correct it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSlot {
    /// What it is, in Russian: «Полное наименование — в предложном падеже (о ком? о чём?)».
    pub label: String,
    /// Where the documents use it: «Положение, п. 1.1: «…в [ней]»».
    pub used_in: &'static str,
    /// The nominative it comes from.
    pub nominative: String,
    pub case: crate::domain::declension::Case,
    pub kind: crate::domain::declension::Kind,
    /// The form the documents print (the school's correction, else the rule's).
    pub value: String,
    /// The school corrected it.
    pub corrected: bool,
}

/// The case forms of the profile's names and positions that the documents use.
pub fn case_slots(p: &SchoolProfile) -> Vec<CaseSlot> {
    use crate::domain::declension::{override_key, Case, Kind};
    let specs: [(&str, &str, Case, Kind, &'static str); 8] = [
        (
            &p.full_name,
            "Полное наименование",
            Case::Prepositional,
            Kind::Institution,
            "Положение, п. 1.1: «наставничества педагогических работников в …»",
        ),
        (
            &p.full_name,
            "Полное наименование",
            Case::Dative,
            Kind::Institution,
            "согласия на обработку и распространение: «даю согласие оператору — …»",
        ),
        (
            &p.director.position,
            "Должность руководителя",
            Case::Genitive,
            Kind::Position,
            "дополнительное соглашение: «в лице …»",
        ),
        (
            &p.director.full_name,
            "ФИО директора",
            Case::Genitive,
            Kind::Person,
            "дополнительное соглашение: «в лице директора …»",
        ),
        (
            &p.coordinator.full_name,
            "ФИО куратора",
            Case::Accusative,
            Kind::Person,
            "приказ об утверждении Положения: «Назначить … куратором»",
        ),
        (
            &p.coordinator.position,
            "Должность куратора",
            Case::Accusative,
            Kind::Position,
            "приказ об утверждении Положения: «Назначить …, заместителя директора …, куратором»",
        ),
        (
            &p.coordinator.full_name,
            "ФИО куратора",
            Case::Dative,
            Kind::Person,
            "приказы: «Куратору … обеспечить»",
        ),
        (
            &p.coordinator.full_name,
            "ФИО куратора",
            Case::Instrumental,
            Kind::Person,
            "отчёт: «Отчёт подготовлен куратором …»",
        ),
    ];
    specs
        .into_iter()
        .filter(|(text, ..)| !text.trim().is_empty())
        .map(|(text, what, case, kind, used_in)| {
            let key = override_key(case, text);
            let corrected = p
                .declensions
                .get(&key)
                .is_some_and(|v| !v.trim().is_empty());
            CaseSlot {
                label: format!("{what} — {} падеж", case.label()),
                used_in,
                nominative: text.trim().to_string(),
                case,
                kind,
                value: p.decline(text, case, kind),
                corrected,
            }
        })
        .collect()
}

/// Stores the school's form of a slot; the rule's own form (or an empty one) removes the
/// correction, so a later change of the name is declined by the rule again.
pub fn set_case_form(p: &mut SchoolProfile, slot: &CaseSlot, value: &str) {
    use crate::domain::declension::{by_rule, override_key};
    let key = override_key(slot.case, &slot.nominative);
    let value = value.trim();
    if value.is_empty() || value == by_rule(&slot.nominative, slot.case, slot.kind) {
        p.declensions.remove(&key);
    } else {
        p.declensions.insert(key, value.to_string());
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
        address: "197000, Санкт-Петербург, ул. Примерная, д. 1".into(),
        inn: "7814000010".into(),
        ogrn: "1027807000000".into(),
        founder: "Администрация Приморского района Санкт-Петербурга".into(),
        pay_amount: "10 процентов должностного оклада за каждого наставляемого".into(),
        pay_source: "за счёт стимулирующей части фонда оплаты труда".into(),
        ..Default::default()
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
        ProfileField::Inn => check_inn(value),
        ProfileField::Ogrn => check_ogrn(value),
        ProfileField::YearEnd => check_date(value),
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

/// ИНН of an organisation: 10 digits, the last one the checksum (weights 2 4 10 3 5 9 4 6 8).
fn check_inn(value: &str) -> Option<String> {
    let d: Vec<u32> = value.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 10 || value.chars().count() != 10 {
        return Some("ИНН организации — 10 цифр".into());
    }
    let w = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    let sum: u32 = w.iter().zip(&d).map(|(w, d)| w * d).sum();
    (sum % 11 % 10 != d[9]).then(|| "ИНН с ошибкой: не сходится контрольная цифра".into())
}

/// ОГРН: 13 digits, the last one = (the first 12 as a number mod 11) mod 10.
fn check_ogrn(value: &str) -> Option<String> {
    if value.len() != 13 || !value.bytes().all(|c| c.is_ascii_digit()) {
        return Some("ОГРН — 13 цифр".into());
    }
    let n: u64 = value[..12].parse().unwrap_or(0);
    let check = (n % 11 % 10) as u8;
    (value.as_bytes()[12] - b'0' != check)
        .then(|| "ОГРН с ошибкой: не сходится контрольная цифра".into())
}

fn check_date(value: &str) -> Option<String> {
    crate::domain::format::parse_date(value)
        .is_none()
        .then(|| "Укажите дату".into())
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

    /// The messages about the valid profile with `values` put into its fields.
    fn messages_with(values: &[(ProfileField, &str)]) -> Vec<(ProfileField, String)> {
        let mut p = valid();
        for (field, value) in values {
            field.set(&mut p, value.to_string());
        }
        messages(&p)
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
        let format = "Укажите учебный год в формате 2025/2026";
        for (text, want) in [
            ("2025/2026", Ok(2025)),
            (" 2025–2026 ", Ok(2025)),
            ("2025-2026", Ok(2025)),
            ("2025", Err(format)),
            (
                "2025/2027",
                Err("Второй год должен быть на единицу больше первого: 2025/2026"),
            ),
            ("25/26", Err(format)),
            (
                "1999/2000",
                Err("Учебный год должен быть между 2000/2001 и 2099/2100"),
            ),
        ] {
            assert_eq!(
                parse_academic_year(text),
                want.map_err(String::from),
                "{text}"
            );
        }
        let errs = messages_with(&[(ProfileField::AcademicYear, "2025/2025")]);
        assert_eq!(errs[0].0, ProfileField::AcademicYear);
    }

    #[test]
    fn names_need_two_words_of_letters() {
        use ProfileField::{CoordinatorName, DirectorName};
        let errs = messages_with(&[(DirectorName, "Иванова"), (CoordinatorName, "Петров 0лег")]);
        assert_eq!(errs.len(), 2);
        assert_eq!(errs[0].0, DirectorName);
        assert!(errs[0].1.contains("не меньше двух слов"));
        assert_eq!(errs[1].0, CoordinatorName);
        assert!(errs[1].1.contains("только буквы"));
        let good = [
            (DirectorName, "Салтыков-Щедрин М. Е."),
            (CoordinatorName, "Петров Олег"),
        ];
        assert_eq!(messages_with(&good), vec![]);
    }

    #[test]
    fn contacts_and_site_are_checked() {
        use ProfileField::{CoordinatorEmail, CoordinatorPhone, Site};
        let bad = [
            (CoordinatorEmail, "petrov@school"),
            (CoordinatorPhone, "звоните"),
            (Site, "school 96"),
        ];
        let fields: Vec<_> = messages_with(&bad).into_iter().map(|e| e.0).collect();
        assert_eq!(fields, vec![CoordinatorPhone, CoordinatorEmail, Site]);
        let good = [
            (Site, "school96.ru/nastavnik"),
            (CoordinatorEmail, "a@b.ru"),
            (CoordinatorPhone, "8 812 1234567"),
        ];
        assert_eq!(messages_with(&good), vec![]);
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
    fn inn_and_ogrn_are_checked_by_their_checksums() {
        use ProfileField::{Inn, Ogrn};
        assert_eq!(messages(&valid()), vec![]);
        let errs = messages_with(&[(Inn, "7814000011"), (Ogrn, "1027807000001")]);
        assert_eq!(errs.len(), 2);
        assert!(errs[0].1.contains("контрольная цифра"), "{errs:?}");
        assert!(errs[1].1.contains("контрольная цифра"), "{errs:?}");
        let errs = messages_with(&[(Inn, "78140000"), (Ogrn, "10278070000a0")]);
        assert_eq!(errs[0].1, "ИНН организации — 10 цифр");
        assert_eq!(errs[1].1, "ОГРН — 13 цифр");
        // Real ones: ПАО Сбербанк.
        let sberbank = messages_with(&[(Inn, "7707083893"), (Ogrn, "1027700132195")]);
        assert_eq!(sberbank, vec![]);
    }

    #[test]
    fn the_default_end_of_a_pair_is_the_end_of_the_school_year() {
        let mut p = valid();
        assert_eq!(p.year_end(), "2026-05-31");
        p.year_end = "2026-06-30".into();
        assert_eq!(p.year_end(), "2026-06-30");
        p.year_end = "30.06".into();
        assert_eq!(messages(&p)[0].0, ProfileField::YearEnd);
        p.year_end.clear();
        p.academic_year.clear();
        assert_eq!(p.year_end(), "");
    }

    #[test]
    fn case_forms_are_pre_filled_and_corrected() {
        use crate::domain::declension::Case;
        let mut p = valid();
        let slots = case_slots(&p);
        let pre = slots
            .iter()
            .find(|s| s.case == Case::Prepositional)
            .unwrap();
        assert!(pre.value.starts_with("Государственном бюджетном общеобразовательном учреждении средней общеобразовательной школе № 96"));
        assert!(!pre.corrected);
        let director = slots
            .iter()
            .find(|s| s.nominative == "Иванова Мария Петровна")
            .unwrap()
            .clone();
        assert_eq!(director.value, "Ивановой Марии Петровны");
        set_case_form(&mut p, &director, "Ивановой Марии Петровны ");
        assert!(p.declensions.is_empty(), "the rule's form is no correction");
        set_case_form(&mut p, &director, "Ивановой-Петровой Марии Петровны");
        let again = case_slots(&p);
        let d = again
            .iter()
            .find(|s| s.nominative == director.nominative)
            .unwrap();
        assert!(d.corrected);
        assert_eq!(d.value, "Ивановой-Петровой Марии Петровны");
        set_case_form(&mut p, &director, "");
        assert!(p.declensions.is_empty());
    }

    #[test]
    fn set_and_get_cover_every_field() {
        let mut p = SchoolProfile::default();
        for (i, f) in ProfileField::ALL.into_iter().enumerate() {
            f.set(&mut p, format!("v{i}"));
        }
        for (i, f) in ProfileField::ALL.into_iter().enumerate() {
            assert_eq!(f.get(&p), format!("v{i}"), "{}", f.key());
        }
        assert_eq!(ProfileField::DirectorName.key(), "director.full_name");
        assert_eq!(ProfileField::PaySource.key(), "pay_source");
    }
}
