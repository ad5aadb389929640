//! Giving and withdrawing a person's consents on the card (152-ФЗ art. 9 and 10.1, art. 351.8
//! ТК РФ): the operations the screen calls, and how a consent's state reads.

use super::data::SchoolData;
use super::format::{date_ru, parse_date};
use super::people::{withdraw, Consent, ConsentKind, Person};

impl ConsentKind {
    /// The consents a person's card shows: processing and publication for everybody, the
    /// written consent to mentor only for a mentor candidate.
    pub fn for_person(p: &Person) -> Vec<ConsentKind> {
        ConsentKind::ALL
            .into_iter()
            .filter(|k| *k != ConsentKind::Mentoring || p.mentor.is_some())
            .collect()
    }

    /// Whether withdrawing this consent calls for anonymizing the person: without a consent
    /// to processing the school may keep their data only without what identifies them.
    pub fn withdrawal_calls_for_anonymization(self) -> bool {
        self == ConsentKind::Processing
    }
}

/// How a consent reads on the card: «Нет», «Дано 01.09.2025», «Дано …, отозвано …».
pub fn consent_state(c: Option<&Consent>) -> String {
    match c {
        None => "Нет".to_string(),
        Some(c) if c.active() => format!("Дано {}", date_ru(&c.date)),
        Some(c) if !c.withdrawn.is_empty() => format!(
            "Дано {}, отозвано {}",
            date_ru(&c.date),
            date_ru(&c.withdrawn)
        ),
        Some(_) => "Дата согласия не указана".to_string(),
    }
}

impl Person {
    /// Records a consent given on `date` (`YYYY-MM-DD`). A consent in force is not given again;
    /// a withdrawn one is replaced by the new one. The written consent to mentor is only for a
    /// mentor candidate.
    pub fn give_consent(&mut self, kind: ConsentKind, date: &str) -> Result<(), String> {
        if parse_date(date).is_none() {
            return Err("Укажите дату согласия".into());
        }
        if kind == ConsentKind::Mentoring && self.mentor.is_none() {
            return Err(
                "Согласие на наставничество дают кандидаты в наставники: сначала отметьте роль"
                    .into(),
            );
        }
        if let Some(c) = kind.get(self).as_ref().filter(|c| c.active()) {
            return Err(format!("Согласие уже отмечено ({})", date_ru(&c.date)));
        }
        *kind.slot(self) = Some(Consent {
            date: date.to_string(),
            scope: String::new(),
            withdrawn: String::new(),
        });
        Ok(())
    }

    /// Withdraws a consent on `date`; see [`withdraw`].
    pub fn withdraw_consent(&mut self, kind: ConsentKind, date: &str) -> Result<(), String> {
        withdraw(kind.slot(self), date)
    }
}

impl SchoolData {
    /// [`Person::give_consent`] for the person `id`; nothing changes on error.
    pub fn give_consent(&mut self, id: &str, kind: ConsentKind, date: &str) -> Result<(), String> {
        self.update_person(id, |p| p.give_consent(kind, date))
    }

    /// [`Person::withdraw_consent`] for the person `id`; nothing changes on error.
    pub fn withdraw_consent(
        &mut self,
        id: &str,
        kind: ConsentKind,
        date: &str,
    ) -> Result<(), String> {
        self.update_person(id, |p| p.withdraw_consent(kind, date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::people::MentorRole;
    use ConsentKind::{Mentoring, Processing, Publication};

    /// One teacher, «p1».
    fn data() -> SchoolData {
        let mut d = SchoolData::default();
        d.add_person("Соколова Ольга Викторовна").unwrap();
        d
    }

    fn give(d: &mut SchoolData, kind: ConsentKind, date: &str) -> Result<(), String> {
        d.give_consent("p1", kind, date)
    }

    fn take(d: &mut SchoolData, kind: ConsentKind, date: &str) -> Result<(), String> {
        d.withdraw_consent("p1", kind, date)
    }

    fn consent(d: &SchoolData, kind: ConsentKind) -> Option<Consent> {
        kind.get(d.person("p1").unwrap()).clone()
    }

    #[test]
    fn a_consent_is_given_with_its_date() {
        let mut d = data();
        give(&mut d, Processing, "2025-09-01").unwrap();
        let c = consent(&d, Processing).unwrap();
        assert_eq!((c.date.as_str(), c.active()), ("2025-09-01", true));
        assert_eq!(consent(&d, Publication), None);
        assert_eq!(consent_state(Some(&c)), "Дано 01.09.2025");
    }

    #[test]
    fn a_consent_without_a_valid_date_is_refused_and_nothing_changes() {
        let mut d = data();
        for bad in ["", "2025-02-30", "01.09.2025"] {
            assert_eq!(
                give(&mut d, Processing, bad),
                Err("Укажите дату согласия".into())
            );
        }
        assert_eq!(consent(&d, Processing), None);
    }

    #[test]
    fn a_consent_in_force_is_not_given_twice() {
        let mut d = data();
        give(&mut d, Publication, "2025-09-01").unwrap();
        let e = give(&mut d, Publication, "2025-10-01").unwrap_err();
        assert_eq!(e, "Согласие уже отмечено (01.09.2025)");
        assert_eq!(consent(&d, Publication).unwrap().date, "2025-09-01");
    }

    #[test]
    fn a_withdrawn_consent_may_be_given_anew() {
        let mut d = data();
        give(&mut d, Processing, "2025-09-01").unwrap();
        take(&mut d, Processing, "2025-10-01").unwrap();
        let c = consent(&d, Processing).unwrap();
        assert!(!c.active());
        let state = consent_state(Some(&c));
        assert_eq!(state, "Дано 01.09.2025, отозвано 01.10.2025");
        give(&mut d, Processing, "2025-11-01").unwrap();
        let c = consent(&d, Processing).unwrap();
        assert_eq!((c.date.as_str(), c.active()), ("2025-11-01", true));
        assert!(c.withdrawn.is_empty());
    }

    #[test]
    fn withdrawing_needs_a_date_and_a_consent_in_force() {
        let mut d = data();
        let nothing = take(&mut d, Processing, "2025-10-01");
        assert_eq!(nothing, Err("Согласия нет: отзывать нечего".into()));
        give(&mut d, Processing, "2025-09-01").unwrap();
        assert_eq!(
            take(&mut d, Processing, ""),
            Err("Укажите дату отзыва".into())
        );
        assert!(consent(&d, Processing).unwrap().active());
        take(&mut d, Processing, "2025-10-01").unwrap();
        let again = take(&mut d, Processing, "2025-10-02");
        assert_eq!(again, Err("Согласие уже отозвано".into()));
        assert_eq!(consent(&d, Processing).unwrap().withdrawn, "2025-10-01");
    }

    #[test]
    fn the_written_consent_to_mentor_is_for_mentor_candidates() {
        let mut d = data();
        assert!(give(&mut d, Mentoring, "2025-09-01").is_err());
        assert_eq!(consent(&d, Mentoring), None);
        let kinds = |d: &SchoolData| ConsentKind::for_person(d.person("p1").unwrap());
        assert_eq!(kinds(&d), [Processing, Publication]);
        let role = |p: &mut Person| {
            p.mentor = Some(MentorRole::default());
            Ok(())
        };
        d.update_person("p1", role).unwrap();
        give(&mut d, Mentoring, "2025-09-01").unwrap();
        assert!(consent(&d, Mentoring).unwrap().active());
        assert_eq!(kinds(&d), ConsentKind::ALL);
    }

    #[test]
    fn an_unknown_person_is_an_error() {
        let mut d = data();
        assert!(d.give_consent("p9", Processing, "2025-09-01").is_err());
        assert!(d.withdraw_consent("p9", Processing, "2025-09-01").is_err());
    }

    #[test]
    fn only_the_processing_consent_calls_for_anonymization() {
        let due: Vec<ConsentKind> = ConsentKind::ALL
            .into_iter()
            .filter(|k| k.withdrawal_calls_for_anonymization())
            .collect();
        assert_eq!(due, [Processing]);
    }

    #[test]
    fn the_states_of_a_consent_read_in_russian() {
        assert_eq!(consent_state(None), "Нет");
        let undated = Consent::default();
        assert_eq!(consent_state(Some(&undated)), "Дата согласия не указана");
    }
}
