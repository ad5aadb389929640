//! Anonymizing a person after the consent to processing is withdrawn (152-ФЗ art. 9 p. 2,
//! art. 21 p. 5): what identifies them goes everywhere, their answers stay for aggregates.

use super::data::SchoolData;
use super::people::{anonymize, Person};
use super::records::missing;

/// The number in «Участник N» of an anonymized name, if it is one.
fn participant_number(full_name: &str) -> Option<usize> {
    full_name.strip_prefix("Участник ")?.trim().parse().ok()
}

impl SchoolData {
    /// The next free «Участник N»: after every anonymized person, and after every number
    /// already given (a deleted participant's number is not given again).
    pub fn next_participant_number(&self) -> usize {
        let anonymized = self.people.iter().filter(|p| p.anonymized);
        let count = anonymized.clone().count();
        let highest = anonymized
            .filter_map(|p| participant_number(&p.full_name))
            .max()
            .unwrap_or(0);
        count.max(highest) + 1
    }

    /// Anonymizes the person `id` on `today` ([`anonymize`]): the name becomes the next
    /// «Участник N», contacts, birth date and subjects go, and so does their story in the
    /// public section. Refused while the consent to processing is in force, and for a person
    /// already anonymized; nothing changes on error.
    pub fn anonymize_person(&mut self, id: &str, today: &str) -> Result<(), String> {
        let p = self.person(id).ok_or_else(|| missing::<Person>(id))?;
        if p.anonymized {
            return Err("Данные педагога уже обезличены".into());
        }
        if p.consents.processing.as_ref().is_some_and(|c| c.active()) {
            return Err(
                "Согласие на обработку персональных данных действует: обезличивают после его отзыва"
                    .into(),
            );
        }
        let n = self.next_participant_number();
        self.publication.forget_person(id);
        self.update_person(id, |p| {
            anonymize(p, n, today);
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::people::ConsentKind;
    use crate::domain::public::Featured;

    const TODAY: &str = "2025-10-01";

    /// Three teachers with phones, each with a consent to processing given and withdrawn.
    fn data() -> SchoolData {
        let mut d = SchoolData::default();
        for name in ["Соколова Ольга", "Петров Сергей", "Иванова Анна"]
        {
            let id = d.add_person(name).unwrap();
            d.update_person(&id, |p| {
                p.phone = "+7 900 000-00-00".into();
                p.email = "t@school.ru".into();
                p.birth_date = "1990-04-12".into();
                p.subjects = vec!["Математика".into()];
                p.position = "Учитель".into();
                Ok(())
            })
            .unwrap();
            d.give_consent(&id, ConsentKind::Processing, "2025-09-01")
                .unwrap();
            d.withdraw_consent(&id, ConsentKind::Processing, TODAY)
                .unwrap();
        }
        d
    }

    #[test]
    fn the_name_and_contacts_go_the_rest_stays() {
        let mut d = data();
        d.anonymize_person("p1", TODAY).unwrap();
        let p = d.person("p1").unwrap();
        assert!(p.anonymized);
        assert_eq!(p.full_name, "Участник 1");
        assert!(p.phone.is_empty() && p.email.is_empty() && p.birth_date.is_empty());
        assert!(p.subjects.is_empty());
        assert_eq!(p.position, "Учитель");
        assert_eq!(p.age_group, "35–44");
        assert_eq!(d.person("p2").unwrap().full_name, "Петров Сергей");
    }

    /// Anonymizes `ids` in this order.
    fn anonymize_all(d: &mut SchoolData, ids: &[&str]) {
        for id in ids {
            d.anonymize_person(id, TODAY).unwrap();
        }
    }

    fn names<'a>(d: &'a SchoolData, ids: &[&str]) -> Vec<&'a str> {
        ids.iter()
            .map(|id| d.person(id).unwrap().full_name.as_str())
            .collect()
    }

    #[test]
    fn participants_are_numbered_in_order() {
        let mut d = data();
        anonymize_all(&mut d, &["p2", "p1"]);
        assert_eq!(names(&d, &["p2", "p1"]), ["Участник 1", "Участник 2"]);
    }

    #[test]
    fn a_deleted_participants_number_is_not_given_twice() {
        let mut d = data();
        anonymize_all(&mut d, &["p1", "p2"]);
        d.delete_person("p1", true).unwrap();
        anonymize_all(&mut d, &["p3"]);
        assert_eq!(names(&d, &["p2", "p3"]), ["Участник 2", "Участник 3"]);
    }

    #[test]
    fn the_person_leaves_the_public_section() {
        let mut d = data();
        for id in ["p1", "p2"] {
            d.publication.people.push(Featured {
                person: id.into(),
                ..Default::default()
            });
        }
        d.anonymize_person("p1", TODAY).unwrap();
        let left: Vec<&str> = d
            .publication
            .people
            .iter()
            .map(|f| f.person.as_str())
            .collect();
        assert_eq!(left, ["p2"]);
    }

    #[test]
    fn refused_while_the_consent_is_in_force_or_twice() {
        let mut d = data();
        d.give_consent("p1", ConsentKind::Processing, TODAY)
            .unwrap();
        let before = d.clone();
        assert!(d.anonymize_person("p1", TODAY).is_err());
        assert_eq!(d, before);
        d.anonymize_person("p2", TODAY).unwrap();
        let before = d.clone();
        assert_eq!(
            d.anonymize_person("p2", TODAY),
            Err("Данные педагога уже обезличены".into())
        );
        assert_eq!(d, before);
        assert!(d.anonymize_person("p9", TODAY).is_err());
    }

    #[test]
    fn a_person_never_asked_for_consent_may_be_anonymized() {
        let mut d = SchoolData::default();
        let id = d.add_person("Соколова Ольга").unwrap();
        d.anonymize_person(&id, TODAY).unwrap();
        assert_eq!(d.person(&id).unwrap().full_name, "Участник 1");
    }
}
