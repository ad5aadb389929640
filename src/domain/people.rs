//! The school's teachers: one register of people, each a mentee candidate, a mentor
//! candidate or both, with their consents (152-ФЗ; art. 351.8 ТК РФ for mentors).
//!
//! Groundwork for «Stages 2–3: the mentee and mentor banks»: the rules and their tests; the
//! type is not yet part of `SchoolData` (that needs schema v3 and its migration).

use serde::{Deserialize, Serialize};

use super::format::parse_date;
use super::questionnaires::{MenteeAnswers, MentorAnswers};
use super::sorting::sort_by_key;

/// Qualification category (приказ Минпросвещения России от 24.03.2023 № 196 adds
/// «педагог-методист» and «педагог-наставник»).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    #[default]
    None,
    Compliance,
    First,
    Highest,
    Methodist,
    Mentor,
}

impl Category {
    /// Every category, in the order a list offers them.
    pub const ALL: [Category; 6] = [
        Category::None,
        Category::Compliance,
        Category::First,
        Category::Highest,
        Category::Methodist,
        Category::Mentor,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::None => "без категории",
            Category::Compliance => "соответствие занимаемой должности",
            Category::First => "первая",
            Category::Highest => "высшая",
            Category::Methodist => "педагог-методист",
            Category::Mentor => "педагог-наставник",
        }
    }

    /// Reads what schools write in their lists: «Высшая», «1 кв. категория», «СЗД» …
    pub fn parse(text: &str) -> Option<Category> {
        let t = text.trim().to_lowercase().replace('ё', "е");
        if t.is_empty() || t.starts_with("без") || t == "нет" || t == "-" {
            Some(Category::None)
        } else if t.contains("высш") {
            Some(Category::Highest)
        } else if t.contains("перв") || t.starts_with('1') {
            Some(Category::First)
        } else if t.contains("соответств") || t == "сзд" {
            Some(Category::Compliance)
        } else if t.contains("методист") {
            Some(Category::Methodist)
        } else if t.contains("наставник") {
            Some(Category::Mentor)
        } else {
            None
        }
    }
}

/// A written consent with its date; withdrawn when `withdrawn` holds a date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What it covers, as written on the form.
    #[serde(default)]
    pub scope: String,
    /// `YYYY-MM-DD` of the withdrawal, empty while in force.
    #[serde(default)]
    pub withdrawn: String,
}

impl Consent {
    pub fn active(&self) -> bool {
        parse_date(&self.date).is_some() && self.withdrawn.is_empty()
    }
}

/// The three consents a person may give. Each is a separate document (from 01.09.2025 a
/// consent to processing cannot be a clause of another document).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consents {
    /// To the processing of personal data (152-ФЗ, art. 9).
    pub processing: Option<Consent>,
    /// To dissemination: name, photo, story on the site (art. 10.1).
    pub publication: Option<Consent>,
    /// A mentor's written consent to mentor (art. 351.8 ТК РФ).
    pub mentoring: Option<Consent>,
}

fn active(c: &Option<Consent>) -> bool {
    c.as_ref().is_some_and(Consent::active)
}

/// One of the three consents, for the card and for bulk actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentKind {
    /// To the processing of personal data (152-ФЗ, art. 9).
    Processing,
    /// To dissemination on the site (art. 10.1).
    Publication,
    /// A mentor's written consent (art. 351.8 ТК РФ).
    Mentoring,
}

impl ConsentKind {
    pub const ALL: [ConsentKind; 3] = [
        ConsentKind::Processing,
        ConsentKind::Publication,
        ConsentKind::Mentoring,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ConsentKind::Processing => "processing",
            ConsentKind::Publication => "publication",
            ConsentKind::Mentoring => "mentoring",
        }
    }

    /// The consent's heading on the card, with its legal basis.
    pub fn title(self) -> &'static str {
        match self {
            ConsentKind::Processing => "Согласие на обработку персональных данных (152-ФЗ, ст. 9)",
            ConsentKind::Publication => {
                "Согласие на распространение: публикация на сайте (152-ФЗ, ст. 10.1)"
            }
            ConsentKind::Mentoring => "Письменное согласие на наставничество (ст. 351.8 ТК РФ)",
        }
    }

    /// «согласие на обработку персональных данных» …
    pub fn label(self) -> &'static str {
        match self {
            ConsentKind::Processing => "согласие на обработку персональных данных",
            ConsentKind::Publication => "согласие на публикацию на сайте",
            ConsentKind::Mentoring => "письменное согласие на наставничество (ст. 351.8 ТК РФ)",
        }
    }

    pub fn slot(self, p: &mut Person) -> &mut Option<Consent> {
        match self {
            ConsentKind::Processing => &mut p.consents.processing,
            ConsentKind::Publication => &mut p.consents.publication,
            ConsentKind::Mentoring => &mut p.consents.mentoring,
        }
    }

    pub fn get(self, p: &Person) -> &Option<Consent> {
        match self {
            ConsentKind::Processing => &p.consents.processing,
            ConsentKind::Publication => &p.consents.publication,
            ConsentKind::Mentoring => &p.consents.mentoring,
        }
    }
}

/// A candidate's place in a bank (кандидат / включён в базу / исключён, with the reason).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BankStatus {
    #[default]
    Candidate,
    Included,
    Excluded,
}

impl BankStatus {
    pub const ALL: [BankStatus; 3] = [
        BankStatus::Candidate,
        BankStatus::Included,
        BankStatus::Excluded,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BankStatus::Candidate => "кандидат",
            BankStatus::Included => "включён в базу",
            BankStatus::Excluded => "исключён",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            BankStatus::Candidate => "candidate",
            BankStatus::Included => "included",
            BankStatus::Excluded => "excluded",
        }
    }
}

/// A person's place in a bank (кандидат / включён / исключён, with the reason) and their
/// questionnaire `A` of that bank.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankRole<A> {
    pub status: BankStatus,
    /// Why excluded.
    #[serde(default)]
    pub reason: String,
    /// `YYYY-MM-DD` of the decision (included or excluded); empty for a candidate and for
    /// decisions recorded before schema version 6.
    #[serde(default)]
    pub decided: String,
    #[serde(default)]
    pub answers: Option<A>,
}

/// A person's place in the mentee bank and their questionnaire.
pub type MenteeRole = BankRole<MenteeAnswers>;

/// A person's place in the mentor bank and their questionnaire.
pub type MentorRole = BankRole<MentorAnswers>;

/// A teacher of the school.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub full_name: String,
    pub position: String,
    pub subjects: Vec<String>,
    /// Teaching experience, years.
    pub experience: Option<u8>,
    /// Experience in this school, years.
    pub school_experience: Option<u8>,
    /// `YYYY-MM-DD`, or empty when only the age group is known.
    pub birth_date: String,
    /// «до 25», «25–34» …, when the birth date is not given.
    pub age_group: String,
    pub category: Category,
    pub phone: String,
    pub email: String,
    /// In the mentee bank (stage 2), with the questionnaire of professional requests.
    pub mentee: Option<MenteeRole>,
    /// In the mentor bank (stage 3), with the candidate's questionnaire.
    pub mentor: Option<MentorRole>,
    pub consents: Consents,
    /// Replaced name, removed contacts; answers kept for aggregates.
    pub anonymized: bool,
}

super::records::record!(Person, "Нет педагога с идентификатором");

impl Person {
    /// Why this person cannot take part in matching, in Russian; `None` when they can.
    pub fn matching_block(&self) -> Option<&'static str> {
        if self.anonymized {
            Some("данные обезличены после отзыва согласия")
        } else if !active(&self.consents.processing) {
            Some("нет согласия на обработку персональных данных")
        } else {
            None
        }
    }

    /// The mentee questionnaire, when the person is in the mentee bank and has one.
    pub fn mentee_answers(&self) -> Option<&MenteeAnswers> {
        self.mentee.as_ref().and_then(|r| r.answers.as_ref())
    }

    /// The mentor candidate's questionnaire, when the person is in the mentor bank and has one.
    pub fn mentor_answers(&self) -> Option<&MentorAnswers> {
        self.mentor.as_ref().and_then(|r| r.answers.as_ref())
    }

    /// Whether a pair with this person as the mentor may be formed (art. 351.8 ТК РФ).
    pub fn may_mentor(&self) -> Result<(), &'static str> {
        if let Some(reason) = self.matching_block() {
            return Err(reason);
        }
        if !active(&self.consents.mentoring) {
            return Err("нет письменного согласия на наставничество (ст. 351.8 ТК РФ)");
        }
        Ok(())
    }

    /// Whether the name, photo or story may appear on the public page.
    pub fn may_publish(&self) -> bool {
        !self.anonymized && active(&self.consents.publication)
    }

    /// Young specialist on `on` (`YYYY-MM-DD`) by the school's rule: under 35 (by the birth
    /// date, else the age group) and (or, with [`YoungRule::Either`]) in the first three years
    /// of work. Unknown experience does not make a young specialist under «and».
    pub fn young_specialist(&self, on: &str, rule: crate::domain::school::YoungRule) -> bool {
        let young_by_age = match age_on(&self.birth_date, on) {
            Some(age) => age < 35,
            None => matches!(self.age_group.as_str(), "до 25" | "25–34"),
        };
        let first_years = self.experience.is_some_and(|e| e < 3);
        match rule {
            crate::domain::school::YoungRule::Both => young_by_age && first_years,
            crate::domain::school::YoungRule::Either => young_by_age || first_years,
        }
    }
}

impl Person {
    /// Edits the mentee questionnaire (started on `today` when empty); refused when the person
    /// is not in the mentee bank.
    pub fn edit_mentee_answers(
        &mut self,
        today: &str,
        f: impl FnOnce(&mut MenteeAnswers),
    ) -> Result<(), String> {
        let a = questionnaire(self.mentee.as_mut(), "Педагог не в банке наставляемых")?;
        start_on(&mut a.date, &mut a.last_year, today);
        f(a);
        Ok(())
    }

    /// Edits the mentor candidate's questionnaire (started on `today` with a capacity of one
    /// when empty); refused when the person is not in the mentor bank.
    pub fn edit_mentor_answers(
        &mut self,
        today: &str,
        f: impl FnOnce(&mut MentorAnswers),
    ) -> Result<(), String> {
        let a = questionnaire(self.mentor.as_mut(), "Педагог не в банке наставников")?;
        start_on(&mut a.date, &mut a.last_year, today);
        if a.capacity == 0 {
            a.capacity = 1;
        }
        f(a);
        Ok(())
    }
}

/// The questionnaire of a bank role, an empty one added when there is none; `not_in_bank`
/// when the person has no such role.
fn questionnaire<'a, A: Default>(
    role: Option<&'a mut BankRole<A>>,
    not_in_bank: &str,
) -> Result<&'a mut A, String> {
    let role = role.ok_or(not_in_bank)?;
    Ok(role.answers.get_or_insert_with(Default::default))
}

/// Dates a questionnaire `today` unless it already has a date of this year (a last year's one
/// is renewed: dated today and no longer marked).
fn start_on(date: &mut String, last_year: &mut bool, today: &str) {
    if date.is_empty() || *last_year {
        *date = today.to_string();
        *last_year = false;
    }
}

/// Withdraws a consent on `date`. Withdrawing the processing consent makes the person
/// unusable for matching; the caller then offers [`anonymize`].
pub fn withdraw(consent: &mut Option<Consent>, date: &str) -> Result<(), String> {
    if parse_date(date).is_none() {
        return Err("Укажите дату отзыва".into());
    }
    match consent {
        Some(c) if c.withdrawn.is_empty() => {
            c.withdrawn = date.to_string();
            Ok(())
        }
        Some(_) => Err("Согласие уже отозвано".into()),
        None => Err("Согласия нет: отзывать нечего".into()),
    }
}

/// Replaces everything that identifies the person: the name becomes «Участник <n>», contacts,
/// birth date and subjects go; position, experience, category, age group (derived from the
/// birth date at `on` when it was known) and the questionnaire answers stay for aggregates.
pub fn anonymize(p: &mut Person, n: usize, on: &str) {
    if p.age_group.is_empty() {
        p.age_group = age_group(&p.birth_date, on).unwrap_or_default().to_string();
    }
    p.full_name = format!("Участник {n}");
    p.phone.clear();
    p.email.clear();
    p.birth_date.clear();
    p.subjects.clear();
    p.anonymized = true;
}

/// Full years on a day (`YYYY-MM-DD` both).
pub fn age_on(birth: &str, on: &str) -> Option<i32> {
    let (y, m, d) = parse_date(birth)?;
    let (ty, tm, td) = parse_date(on)?;
    let years = ty as i32 - y as i32;
    Some(if (tm, td) < (m, d) { years - 1 } else { years })
}

/// The age group for a birth date on a day.
pub fn age_group(birth: &str, on: &str) -> Option<&'static str> {
    Some(match age_on(birth, on)? {
        ..25 => "до 25",
        25..=34 => "25–34",
        35..=44 => "35–44",
        45..=54 => "45–54",
        _ => "55 и старше",
    })
}

/// The same person twice: the same ФИО (case, «ё» and spacing ignored) and the same birth
/// date (when both are known). An anonymized record is nobody's duplicate.
pub fn same_person(a: &Person, b: &Person) -> bool {
    let same_birth =
        a.birth_date.is_empty() || b.birth_date.is_empty() || a.birth_date == b.birth_date;
    !a.anonymized && !b.anonymized && same_birth && name_key(&a.full_name) == name_key(&b.full_name)
}

/// A ФИО as [`same_person`] compares it: lower case, «ё» as «е», single spaces.
pub fn name_key(full_name: &str) -> String {
    full_name
        .to_lowercase()
        .replace('ё', "е")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Pairs of indices of [`same_person`] records.
pub fn duplicates(people: &[Person]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 0..people.len() {
        for j in i + 1..people.len() {
            if same_person(&people[i], &people[j]) {
                out.push((i, j));
            }
        }
    }
    out
}

/// Years of experience as typed: empty is unknown, otherwise a whole number 0–60.
pub fn parse_years(v: &str) -> Result<Option<u8>, String> {
    let v = v.trim();
    if v.is_empty() {
        return Ok(None);
    }
    v.parse::<u8>()
        .ok()
        .filter(|n| *n <= 60)
        .map(Some)
        .ok_or_else(|| "Стаж — целое число лет от 0 до 60".to_string())
}

/// Which people a list shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RoleFilter {
    #[default]
    All,
    Mentees,
    Mentors,
    NoRole,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ConsentFilter {
    #[default]
    All,
    With,
    Without,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    Name,
    Experience,
    Position,
}

/// A search over the register: text (in name, position, subjects), filters, order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub role: RoleFilter,
    pub consent: ConsentFilter,
    /// Only people whose mentee (or mentor, with `RoleFilter::Mentors`) status is this.
    pub status: Option<BankStatus>,
    /// Only people who teach this subject (case and «ё» ignored).
    pub subject: Option<String>,
    /// Only people with this taxonomy area among their needs (rated 3–5, mentees) or strengths
    /// (rated 4–5, mentors); with no role filter, either.
    pub area: Option<String>,
    pub sort: SortBy,
}

/// The subjects taught in the register, each once, sorted (for the subject filter).
pub fn subjects(people: &[Person]) -> Vec<String> {
    // Each subject folded once (the first spelling met is kept): this runs on every change
    // of the register's screens, over thousands of people.
    let mut seen = std::collections::BTreeMap::new();
    for s in people.iter().flat_map(|p| &p.subjects) {
        seen.entry(fold(s)).or_insert_with(|| s.clone());
    }
    seen.into_values().collect()
}

fn has_area(p: &Person, area: &str, role: RoleFilter) -> bool {
    let need = || {
        p.mentee_answers()
            .is_some_and(|a| a.needs.get(area).is_some_and(|r| *r >= 3))
    };
    let strength = || {
        p.mentor_answers()
            .is_some_and(|a| a.strengths.get(area).is_some_and(|r| *r >= 4))
    };
    match role {
        RoleFilter::Mentees => need(),
        RoleFilter::Mentors => strength(),
        _ => need() || strength(),
    }
}

fn fold(s: &str) -> String {
    s.to_lowercase().replace('ё', "е")
}

/// The people matching a query, in its order (names compared in Russian alphabetical
/// order, case- and «ё»-insensitive).
pub fn search<'a>(people: &'a [Person], q: &Query) -> Vec<&'a Person> {
    let words: Vec<String> = fold(&q.text)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let mut out: Vec<&Person> = people
        .iter()
        .filter(|p| {
            if words.is_empty() {
                return true;
            }
            let hay = fold(&format!(
                "{} {} {}",
                p.full_name,
                p.position,
                p.subjects.join(" ")
            ));
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .filter(|p| match q.role {
            RoleFilter::All => true,
            RoleFilter::Mentees => p.mentee.is_some(),
            RoleFilter::Mentors => p.mentor.is_some(),
            RoleFilter::NoRole => p.mentee.is_none() && p.mentor.is_none(),
        })
        .filter(|p| match q.consent {
            ConsentFilter::All => true,
            ConsentFilter::With => active(&p.consents.processing),
            ConsentFilter::Without => !active(&p.consents.processing),
        })
        .filter(|p| match &q.subject {
            None => true,
            Some(s) => p.subjects.iter().any(|x| fold(x) == fold(s)),
        })
        .filter(|p| match &q.area {
            None => true,
            Some(a) => has_area(p, a, q.role),
        })
        .filter(|p| match (q.status, q.role) {
            (None, _) => true,
            (Some(s), RoleFilter::Mentors) => p.mentor.as_ref().is_some_and(|r| r.status == s),
            (Some(s), _) => p.mentee.as_ref().is_some_and(|r| r.status == s),
        })
        .collect();
    match q.sort {
        SortBy::Name => sort_by_key(&mut out, |p| fold(&p.full_name)),
        SortBy::Experience => sort_by_key(&mut out, |p| {
            (std::cmp::Reverse(p.experience), fold(&p.full_name))
        }),
        SortBy::Position => sort_by_key(&mut out, |p| (fold(&p.position), fold(&p.full_name))),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn consent(date: &str) -> Option<Consent> {
        Some(Consent {
            date: date.into(),
            scope: "организация наставничества".into(),
            withdrawn: String::new(),
        })
    }

    fn teacher() -> Person {
        Person {
            id: "p1".into(),
            full_name: "Соколова Ольга Викторовна".into(),
            position: "Учитель математики".into(),
            subjects: vec!["Математика".into()],
            experience: Some(2),
            school_experience: Some(1),
            birth_date: "1999-04-12".into(),
            category: Category::None,
            phone: "+7 900 000-00-00".into(),
            email: "sokolova@school.ru".into(),
            mentee: Some(MenteeRole::default()),
            consents: Consents {
                processing: consent("2025-09-01"),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    #[test]
    fn no_matching_without_a_processing_consent() {
        let mut p = teacher();
        assert_eq!(p.matching_block(), None);
        withdraw(&mut p.consents.processing, "2025-10-01").unwrap();
        assert_eq!(
            p.matching_block(),
            Some("нет согласия на обработку персональных данных")
        );
        assert_eq!(
            withdraw(&mut p.consents.processing, "2025-10-02"),
            Err("Согласие уже отозвано".into())
        );
        p.consents.processing = None;
        assert!(p.matching_block().is_some());
        assert!(withdraw(&mut p.consents.publication, "2025-10-02").is_err());
    }

    #[test]
    fn a_mentor_needs_the_written_consent_to_mentor() {
        let mut p = teacher();
        p.mentor = Some(MentorRole::default());
        assert_eq!(
            p.may_mentor(),
            Err("нет письменного согласия на наставничество (ст. 351.8 ТК РФ)")
        );
        p.consents.mentoring = consent("2025-09-02");
        assert_eq!(p.may_mentor(), Ok(()));
        assert!(!p.may_publish());
        p.consents.publication = consent("2025-09-02");
        assert!(p.may_publish());
    }

    #[test]
    fn anonymization_removes_every_personal_field_and_keeps_aggregates() {
        let mut p = teacher();
        let before = p.clone();
        anonymize(&mut p, 7, "2025-10-01");
        assert_eq!(p.full_name, "Участник 7");
        assert!(p.phone.is_empty() && p.email.is_empty() && p.birth_date.is_empty());
        assert!(p.subjects.is_empty());
        assert_eq!(p.age_group, "25–34");
        assert_eq!(p.position, before.position);
        assert_eq!(p.experience, before.experience);
        assert_eq!(p.category, before.category);
        assert!(p.anonymized);
        assert_eq!(
            p.matching_block(),
            Some("данные обезличены после отзыва согласия")
        );
        let json = serde_json::to_string(&p).unwrap();
        for personal in ["Соколова", "Ольга", "+7 900", "sokolova@", "1999-04-12"] {
            assert!(!json.contains(personal), "{personal} left in {json}");
        }
    }

    #[test]
    fn questionnaires_start_dated_and_only_inside_their_bank() {
        let mut p = teacher();
        p.edit_mentee_answers("2025-09-10", |a| a.text = "Запрос".into())
            .unwrap();
        let a = p.mentee_answers().unwrap();
        assert_eq!((a.date.as_str(), a.text.as_str()), ("2025-09-10", "Запрос"));
        p.edit_mentee_answers("2025-09-11", |a| a.text.push('!'))
            .unwrap();
        assert_eq!(p.mentee_answers().unwrap().date, "2025-09-10");
        assert_eq!(
            p.edit_mentor_answers("2025-09-10", |_| {}),
            Err("Педагог не в банке наставников".into())
        );
        p.mentor = Some(MentorRole::default());
        p.edit_mentor_answers("2025-09-12", |_| {}).unwrap();
        let m = p.mentor_answers().unwrap();
        assert_eq!((m.date.as_str(), m.capacity), ("2025-09-12", 1));
        assert_eq!(age_on("1990-09-02", "2025-09-01"), Some(34));
        assert_eq!(age_on("1990-09-02", "2025-09-02"), Some(35));
        assert_eq!(age_on("", "2025-09-02"), None);
    }

    #[test]
    fn young_specialists() {
        use crate::domain::school::YoungRule::{Both, Either};
        let mut p = teacher();
        p.experience = Some(10);
        assert!(p.young_specialist("2025-09-01", Either), "26 years old");
        assert!(
            !p.young_specialist("2025-09-01", Both),
            "26, but 10 years of work"
        );
        p.experience = Some(2);
        assert!(
            p.young_specialist("2025-09-01", Both),
            "26 and the third year"
        );
        p.experience = Some(10);
        p.birth_date = "1990-09-02".into();
        assert!(
            p.young_specialist("2025-09-01", Either),
            "34, turns 35 tomorrow"
        );
        assert!(!p.young_specialist("2025-09-02", Either));
        p.experience = Some(1);
        assert!(
            p.young_specialist("2025-09-02", Either),
            "first years of work"
        );
        assert!(!p.young_specialist("2025-09-02", Both), "35 years old");
        p.birth_date.clear();
        p.experience = None;
        p.age_group = "25–34".into();
        assert!(p.young_specialist("2025-09-02", Either));
        assert!(
            !p.young_specialist("2025-09-02", Both),
            "experience unknown"
        );
    }

    #[test]
    fn duplicates_by_name_and_birth_date() {
        let a = teacher();
        let mut b = teacher();
        b.id = "p2".into();
        b.full_name = "  соколова  ольга викторовна".into();
        let mut c = teacher();
        c.id = "p3".into();
        c.birth_date = "1980-01-01".into();
        let mut d = teacher();
        d.id = "p4".into();
        d.full_name = "Соколова Ольга Викторовна".into();
        d.birth_date.clear();
        assert_eq!(
            duplicates(&[a, b, c, d]),
            vec![(0, 1), (0, 3), (1, 3), (2, 3)]
        );
    }

    #[test]
    fn search_filters_and_sorts() {
        let mut a = teacher();
        a.full_name = "Ёлкина Анна".into();
        let mut b = teacher();
        b.id = "p2".into();
        b.full_name = "Белова Ирина".into();
        b.position = "Учитель истории".into();
        b.subjects = vec!["История".into()];
        b.experience = Some(20);
        b.mentee = None;
        b.mentor = Some(MentorRole::default());
        let mut c = teacher();
        c.id = "p3".into();
        c.full_name = "Андреев Пётр".into();
        c.mentee = None;
        c.consents.processing = None;
        let people = vec![a, b, c];
        let ids = |q: &Query| {
            search(&people, q)
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(&Query::default()),
            ["p3", "p2", "p1"],
            "«Ё» sorts as «Е»"
        );
        let q = Query {
            text: "елкина".into(),
            ..Default::default()
        };
        assert_eq!(ids(&q), ["p1"]);
        let q = Query {
            text: "истор".into(),
            ..Default::default()
        };
        assert_eq!(ids(&q), ["p2"]);
        let q = Query {
            role: RoleFilter::Mentors,
            ..Default::default()
        };
        assert_eq!(ids(&q), ["p2"]);
        let q = Query {
            role: RoleFilter::NoRole,
            ..Default::default()
        };
        assert_eq!(ids(&q), ["p3"]);
        let q = Query {
            consent: ConsentFilter::Without,
            ..Default::default()
        };
        assert_eq!(ids(&q), ["p3"]);
        let q = Query {
            sort: SortBy::Experience,
            ..Default::default()
        };
        assert_eq!(ids(&q), ["p2", "p3", "p1"]);
        let q = Query {
            role: RoleFilter::Mentees,
            status: Some(BankStatus::Included),
            ..Default::default()
        };
        assert_eq!(ids(&q), Vec::<String>::new());
        let q = Query {
            subject: Some("история".into()),
            ..Default::default()
        };
        assert_eq!(ids(&q), ["p2"]);
        assert!(subjects(&people).iter().any(|s| s == "История"));
    }

    #[test]
    fn subjects_are_listed_once_in_alphabetical_order_with_the_first_spelling() {
        let mut people = Vec::new();
        for (i, subs) in [
            vec!["химия", "Ёмкость"],
            vec!["Химия ", "Алгебра"],
            vec!["ЕМКОСТЬ", "алгебра", "Химия"],
        ]
        .into_iter()
        .enumerate()
        {
            let mut p = teacher();
            p.id = format!("p{i}");
            p.subjects = subs.into_iter().map(str::to_string).collect();
            people.push(p);
        }
        // «Химия » with a trailing space is another spelling, not the same subject.
        assert_eq!(subjects(&people), ["Алгебра", "Ёмкость", "химия", "Химия "]);
    }

    #[test]
    fn the_area_filter_reads_needs_of_mentees_and_strengths_of_mentors() {
        let mut a = teacher();
        a.mentee = Some(MenteeRole {
            answers: Some(MenteeAnswers {
                needs: [("parents".to_string(), 4), ("digital".to_string(), 2)].into(),
                ..Default::default()
            }),
            ..Default::default()
        });
        let mut b = teacher();
        b.id = "p2".into();
        b.mentee = None;
        b.mentor = Some(MentorRole {
            answers: Some(MentorAnswers {
                strengths: [("digital".to_string(), 5), ("parents".to_string(), 3)].into(),
                capacity: 1,
                ..Default::default()
            }),
            ..Default::default()
        });
        let people = vec![a, b];
        let ids = |area: &str, role: RoleFilter| {
            let q = Query {
                area: Some(area.into()),
                role,
                ..Default::default()
            };
            search(&people, &q)
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("parents", RoleFilter::Mentees), ["p1"]);
        assert_eq!(
            ids("parents", RoleFilter::Mentors),
            Vec::<String>::new(),
            "3 is not a strength"
        );
        assert_eq!(ids("digital", RoleFilter::Mentors), ["p2"]);
        assert_eq!(
            ids("digital", RoleFilter::Mentees),
            Vec::<String>::new(),
            "2 is not a need"
        );
        assert_eq!(ids("digital", RoleFilter::All), ["p2"]);
    }

    #[test]
    fn categories_as_schools_write_them() {
        for (text, want) in [
            ("Высшая", Category::Highest),
            ("1 кв. категория", Category::First),
            ("первая", Category::First),
            ("СЗД", Category::Compliance),
            ("соответствие занимаемой должности", Category::Compliance),
            ("", Category::None),
            ("без категории", Category::None),
            ("педагог-наставник", Category::Mentor),
        ] {
            assert_eq!(Category::parse(text), Some(want), "{text}");
        }
        assert_eq!(Category::parse("кандидат наук"), None);
    }
}
