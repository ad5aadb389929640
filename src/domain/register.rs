//! The register's card and lists: the editable fields of a person with their checks, the
//! roles, how roles and bank decisions read, and the counts of a bank.

use super::banks::Bank;
use super::data::SchoolData;
use super::format::{count, date_ru};
use super::people::{parse_years, BankStatus, Person, RoleFilter};

/// A text field of the person's card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonField {
    FullName,
    Position,
    Subjects,
    Experience,
    SchoolExperience,
    BirthDate,
    Phone,
    Email,
}

impl PersonField {
    /// Every field, in the order of the card.
    pub const ALL: [PersonField; 8] = [
        PersonField::FullName,
        PersonField::Position,
        PersonField::Subjects,
        PersonField::Experience,
        PersonField::SchoolExperience,
        PersonField::BirthDate,
        PersonField::Phone,
        PersonField::Email,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PersonField::FullName => "full_name",
            PersonField::Position => "position",
            PersonField::Subjects => "subjects",
            PersonField::Experience => "experience",
            PersonField::SchoolExperience => "school_experience",
            PersonField::BirthDate => "birth_date",
            PersonField::Phone => "phone",
            PersonField::Email => "email",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PersonField::FullName => "ФИО",
            PersonField::Position => "Должность",
            PersonField::Subjects => "Предметы (через запятую)",
            PersonField::Experience => "Педагогический стаж, лет",
            PersonField::SchoolExperience => "Стаж в этой школе, лет",
            PersonField::BirthDate => "Дата рождения",
            PersonField::Phone => "Телефон",
            PersonField::Email => "Электронная почта",
        }
    }

    /// The field as the card shows it.
    pub fn get(self, p: &Person) -> String {
        let years = |y: Option<u8>| y.map(|e| e.to_string()).unwrap_or_default();
        match self {
            PersonField::FullName => p.full_name.clone(),
            PersonField::Position => p.position.clone(),
            PersonField::Subjects => p.subjects.join(", "),
            PersonField::Experience => years(p.experience),
            PersonField::SchoolExperience => years(p.school_experience),
            PersonField::BirthDate => p.birth_date.clone(),
            PersonField::Phone => p.phone.clone(),
            PersonField::Email => p.email.clone(),
        }
    }

    /// Sets the field from what was typed; on error (no ФИО, experience not a number of
    /// years) nothing changes.
    pub fn set(self, p: &mut Person, v: String) -> Result<(), String> {
        match self {
            PersonField::FullName if v.trim().is_empty() => return Err("Укажите ФИО".into()),
            PersonField::FullName => p.full_name = v,
            PersonField::Position => p.position = v,
            PersonField::Subjects => {
                p.subjects = v
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            }
            PersonField::Experience => p.experience = parse_years(&v)?,
            PersonField::SchoolExperience => p.school_experience = parse_years(&v)?,
            PersonField::BirthDate => p.birth_date = v,
            PersonField::Phone => p.phone = v,
            PersonField::Email => p.email = v,
        }
        Ok(())
    }
}

impl Person {
    /// Gives (`on`) or takes the role of a bank. Giving a role the person has keeps their
    /// questionnaire and decision; taking it drops them.
    pub fn set_role(&mut self, bank: Bank, on: bool) {
        match bank {
            Bank::Mentees => self.mentee = on.then(|| self.mentee.take().unwrap_or_default()),
            Bank::Mentors => self.mentor = on.then(|| self.mentor.take().unwrap_or_default()),
        }
    }

    /// The roles as the register lists them: «наставляемый (кандидат), наставник (исключён:
    /// причина)», «—» without a role.
    pub fn roles_text(&self) -> String {
        let roles: Vec<String> = [
            (Bank::Mentees, "наставляемый"),
            (Bank::Mentors, "наставник"),
        ]
        .into_iter()
        .filter_map(|(bank, noun)| {
            let (status, reason, _) = bank.decision_of(self)?;
            Some(if reason.is_empty() {
                format!("{noun} ({})", status.label())
            } else {
                format!("{noun} ({}: {reason})", status.label())
            })
        })
        .collect();
        if roles.is_empty() {
            "—".into()
        } else {
            roles.join(", ")
        }
    }
}

impl SchoolData {
    /// Sets a field of the person `id` ([`PersonField::set`]).
    pub fn set_person_field(
        &mut self,
        id: &str,
        field: PersonField,
        value: String,
    ) -> Result<(), String> {
        self.update_person(id, |p| field.set(p, value))
    }

    /// Gives or takes a role of the person `id` ([`Person::set_role`]).
    pub fn set_person_role(&mut self, id: &str, bank: Bank, on: bool) -> Result<(), String> {
        self.update_person(id, |p| {
            p.set_role(bank, on);
            Ok(())
        })
    }
}

impl RoleFilter {
    /// The people of a bank, or everybody (`None`: the register).
    pub fn of_bank(bank: Option<Bank>) -> RoleFilter {
        match bank {
            Some(Bank::Mentees) => RoleFilter::Mentees,
            Some(Bank::Mentors) => RoleFilter::Mentors,
            None => RoleFilter::All,
        }
    }
}

/// The waiting list in one line: how many wait for a decision, how many of them are ready to
/// be included.
pub fn waiting_summary(waiting: usize, ready: usize) -> String {
    if waiting == 0 {
        return "Решения приняты по всем педагогам банка.".to_string();
    }
    format!(
        "Ожидают решения: {}; из них готовы к включению: {}, не хватает документов или анкеты: {}.",
        count(waiting as u64, ["педагог", "педагога", "педагогов"]),
        ready,
        waiting.saturating_sub(ready)
    )
}

impl Bank {
    /// How many people have this bank's role.
    pub fn size(self, people: &[Person]) -> usize {
        people.iter().filter(|p| self.status(p).is_some()).count()
    }

    /// The bank in one line: its size, the questionnaires filled in, the consents to
    /// processing in force.
    pub fn summary(self, people: &[Person]) -> String {
        let in_bank: Vec<&Person> = people.iter().filter(|p| self.status(p).is_some()).collect();
        let answered = in_bank.iter().filter(|p| self.has_questionnaire(p)).count();
        let consented = in_bank
            .iter()
            .filter(|p| p.matching_block().is_none())
            .count();
        format!(
            "В банке: {}; анкеты заполнены: {}; согласие на обработку персональных данных: {}.",
            count(in_bank.len() as u64, ["педагог", "педагога", "педагогов"]),
            answered,
            consented
        )
    }

    /// The person's place in this bank as the card says it: «кандидат: решение не принято»,
    /// «включён в базу 01.09.2025», «исключён 01.09.2025: причина»; `None` without the role.
    pub fn decision_text(self, p: &Person) -> Option<String> {
        let (status, reason, decided) = self.decision_of(p)?;
        let on = if decided.is_empty() {
            String::new()
        } else {
            format!(" {}", date_ru(decided))
        };
        Some(match status {
            BankStatus::Candidate => "кандидат: решение не принято".to_string(),
            BankStatus::Included => format!("включён в базу{on}"),
            BankStatus::Excluded if reason.is_empty() => format!("исключён{on}"),
            BankStatus::Excluded => format!("исключён{on}: {reason}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::people::{MenteeRole, MentorRole};
    use crate::domain::questionnaires::MenteeAnswers;

    fn person() -> Person {
        Person {
            id: "p1".into(),
            full_name: "Соколова Ольга Викторовна".into(),
            ..Default::default()
        }
    }

    #[test]
    fn fields_read_and_write_what_the_card_shows() {
        let mut p = person();
        PersonField::Subjects
            .set(&mut p, " Математика, ,Физика ".into())
            .unwrap();
        assert_eq!(p.subjects, ["Математика", "Физика"]);
        assert_eq!(PersonField::Subjects.get(&p), "Математика, Физика");
        PersonField::Experience.set(&mut p, "12".into()).unwrap();
        assert_eq!(p.experience, Some(12));
        assert_eq!(PersonField::Experience.get(&p), "12");
        PersonField::Experience.set(&mut p, " ".into()).unwrap();
        assert_eq!(p.experience, None);
        assert_eq!(PersonField::Experience.get(&p), "");
        PersonField::Email
            .set(&mut p, "o@school.ru".into())
            .unwrap();
        assert_eq!(p.email, "o@school.ru");
        let keys: Vec<&str> = PersonField::ALL.iter().map(|f| f.key()).collect();
        assert_eq!(keys.len(), 8);
        assert!(keys.contains(&"school_experience"));
    }

    #[test]
    fn a_bad_value_is_refused_and_changes_nothing() {
        let mut p = person();
        p.school_experience = Some(3);
        assert_eq!(
            PersonField::FullName.set(&mut p, "  ".into()),
            Err("Укажите ФИО".into())
        );
        assert_eq!(p.full_name, "Соколова Ольга Викторовна");
        assert!(PersonField::SchoolExperience
            .set(&mut p, "много".into())
            .is_err());
        assert!(PersonField::SchoolExperience
            .set(&mut p, "61".into())
            .is_err());
        assert_eq!(p.school_experience, Some(3));
    }

    #[test]
    fn the_data_level_operations_find_the_person() {
        let mut d = SchoolData::default();
        let id = d.add_person("Соколова Ольга").unwrap();
        d.set_person_field(&id, PersonField::Position, "Учитель".into())
            .unwrap();
        d.set_person_role(&id, Bank::Mentors, true).unwrap();
        let p = d.person(&id).unwrap();
        assert_eq!(p.position, "Учитель");
        assert!(p.mentor.is_some() && p.mentee.is_none());
        assert!(d
            .set_person_field("p9", PersonField::Position, "x".into())
            .is_err());
        assert!(d.set_person_role("p9", Bank::Mentors, true).is_err());
    }

    #[test]
    fn giving_a_role_again_keeps_the_questionnaire_taking_it_drops_it() {
        let mut p = person();
        p.set_role(Bank::Mentees, true);
        p.mentee.as_mut().unwrap().answers = Some(MenteeAnswers {
            text: "запрос".into(),
            ..Default::default()
        });
        p.set_role(Bank::Mentees, true);
        assert!(p.mentee.as_ref().unwrap().answers.is_some());
        assert!(p.mentor.is_none());
        p.set_role(Bank::Mentees, false);
        assert!(p.mentee.is_none());
        p.set_role(Bank::Mentees, true);
        assert!(p.mentee.as_ref().unwrap().answers.is_none());
    }

    #[test]
    fn roles_read_with_their_status_and_reason() {
        let mut p = person();
        assert_eq!(p.roles_text(), "—");
        p.mentee = Some(MenteeRole::default());
        assert_eq!(p.roles_text(), "наставляемый (кандидат)");
        p.mentor = Some(MentorRole {
            status: BankStatus::Excluded,
            reason: "отказался".into(),
            ..Default::default()
        });
        assert_eq!(
            p.roles_text(),
            "наставляемый (кандидат), наставник (исключён: отказался)"
        );
    }

    #[test]
    fn a_bank_counts_its_people_answers_and_consents() {
        let mut people = vec![person(), person(), person()];
        people[0].mentee = Some(MenteeRole {
            answers: Some(MenteeAnswers::default()),
            ..Default::default()
        });
        people[0].consents.processing = Some(crate::domain::people::Consent {
            date: "2025-09-01".into(),
            ..Default::default()
        });
        people[1].mentee = Some(MenteeRole::default());
        people[2].mentor = Some(MentorRole::default());
        assert_eq!(Bank::Mentees.size(&people), 2);
        let q = |bank| crate::domain::people::Query {
            role: RoleFilter::of_bank(bank),
            ..Default::default()
        };
        let found = |bank| crate::domain::people::search(&people, &q(bank)).len();
        assert_eq!(found(Some(Bank::Mentees)), 2);
        assert_eq!(found(Some(Bank::Mentors)), 1);
        assert_eq!(found(None), 3);
        assert_eq!(Bank::Mentors.size(&people), 1);
        assert_eq!(
            Bank::Mentees.summary(&people),
            "В банке: 2 педагога; анкеты заполнены: 1; согласие на обработку персональных данных: 1."
        );
        assert_eq!(
            Bank::Mentors.summary(&people[..2]),
            "В банке: 0 педагогов; анкеты заполнены: 0; согласие на обработку персональных данных: 0."
        );
    }

    #[test]
    fn the_waiting_list_reads_with_plurals() {
        assert_eq!(
            waiting_summary(0, 0),
            "Решения приняты по всем педагогам банка."
        );
        assert_eq!(
            waiting_summary(21, 5),
            "Ожидают решения: 21 педагог; из них готовы к включению: 5, не хватает документов или анкеты: 16."
        );
        assert!(waiting_summary(3, 3).starts_with("Ожидают решения: 3 педагога;"));
    }

    #[test]
    fn a_decision_reads_with_its_date_and_reason() {
        let mut p = person();
        assert_eq!(Bank::Mentors.decision_text(&p), None);
        p.mentor = Some(MentorRole::default());
        let text = |p: &Person| Bank::Mentors.decision_text(p).unwrap();
        assert_eq!(text(&p), "кандидат: решение не принято");
        let role = p.mentor.as_mut().unwrap();
        role.status = BankStatus::Included;
        assert_eq!(text(&p), "включён в базу");
        p.mentor.as_mut().unwrap().decided = "2025-09-15".into();
        assert_eq!(text(&p), "включён в базу 15.09.2025");
        let role = p.mentor.as_mut().unwrap();
        role.status = BankStatus::Excluded;
        role.reason = "уволился".into();
        assert_eq!(text(&p), "исключён 15.09.2025: уволился");
        p.mentor.as_mut().unwrap().decided.clear();
        assert_eq!(text(&p), "исключён: уволился");
        p.mentor.as_mut().unwrap().reason.clear();
        assert_eq!(text(&p), "исключён");
    }
}
