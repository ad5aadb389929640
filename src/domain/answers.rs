//! A bank's questionnaire as the person's card shows and edits it: one shape for both roles
//! (the mentee's needs and request, the mentor candidate's strengths, motivation and capacity).

use std::collections::BTreeMap;

use super::banks::Bank;
use super::data::SchoolData;
use super::documents::registry::DocKind;
use super::forms::{toggle, MentoringForm};
use super::monitoring::Audience;
use super::people::Person;

/// The questionnaire of one role, read for the card.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardAnswers {
    /// `YYYY-MM-DD` it was filled in; empty before the first answer.
    pub date: String,
    /// Area id → 1..=5: the mentee's needs, the mentor's strengths.
    pub ratings: BTreeMap<String, u8>,
    pub forms: Vec<MentoringForm>,
    /// The mentee's request in their own words, the mentor candidate's motivation.
    pub text: String,
    /// How many mentees at once (a mentor candidate only; at least one).
    pub capacity: Option<u8>,
}

/// One edit of the card's questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerEdit {
    /// An area rated 1–5, or `0`: not rated.
    Rating(String, u8),
    Form(MentoringForm, bool),
    Text(String),
    Capacity(u8),
}

/// Sets a rating of an area, or removes it (`0`: not rated).
pub fn set_rating(ratings: &mut BTreeMap<String, u8>, area: String, value: u8) {
    if value == 0 {
        ratings.remove(&area);
    } else {
        ratings.insert(area, value);
    }
}

impl Person {
    /// The questionnaire of the bank's role (empty when not filled in yet); `None` without
    /// the role.
    pub fn card_answers(&self, bank: Bank) -> Option<CardAnswers> {
        let (date, ratings, forms, text, capacity) = match bank {
            Bank::Mentees => {
                let a = self.mentee.as_ref()?.answers.clone().unwrap_or_default();
                (a.date, a.needs, a.forms, a.text, None)
            }
            Bank::Mentors => {
                let a = self.mentor.as_ref()?.answers.clone().unwrap_or_default();
                let capacity = Some(a.capacity.max(1));
                (a.date, a.strengths, a.forms, a.motivation, capacity)
            }
        };
        Some(CardAnswers {
            date,
            ratings,
            forms,
            text,
            capacity,
        })
    }

    /// Applies an edit to the questionnaire of the bank's role (started on `today` when
    /// empty); refused without the role, and for the capacity of a mentee.
    pub fn edit_answers(
        &mut self,
        bank: Bank,
        today: &str,
        edit: AnswerEdit,
    ) -> Result<(), String> {
        match bank {
            Bank::Mentees => {
                if matches!(edit, AnswerEdit::Capacity(_)) {
                    return Err("В анкете наставляемого нет числа наставляемых".into());
                }
                self.edit_mentee_answers(today, |a| match edit {
                    AnswerEdit::Rating(area, v) => set_rating(&mut a.needs, area, v),
                    AnswerEdit::Form(form, on) => toggle(&mut a.forms, form, on),
                    AnswerEdit::Text(t) => a.text = t,
                    AnswerEdit::Capacity(_) => {}
                })
            }
            Bank::Mentors => self.edit_mentor_answers(today, |a| match edit {
                AnswerEdit::Rating(area, v) => set_rating(&mut a.strengths, area, v),
                AnswerEdit::Form(form, on) => toggle(&mut a.forms, form, on),
                AnswerEdit::Text(t) => a.motivation = t,
                AnswerEdit::Capacity(n) => a.capacity = n,
            }),
        }
    }
}

impl SchoolData {
    /// [`Person::edit_answers`] for the person `id`.
    pub fn edit_answers(
        &mut self,
        id: &str,
        bank: Bank,
        today: &str,
        edit: AnswerEdit,
    ) -> Result<(), String> {
        self.update_person(id, |p| p.edit_answers(bank, today, edit))
    }
}

impl Audience {
    /// Whose questionnaire a bank's stage collects: the mentors' on stage 3, the mentees'
    /// otherwise (stage 2).
    pub fn of_bank_stage(stage: u8) -> Audience {
        if stage == 3 {
            Audience::Mentor
        } else {
            Audience::Mentee
        }
    }

    /// The paper blank of this questionnaire.
    pub fn blank(self) -> DocKind {
        match self {
            Audience::Mentee => DocKind::MenteeQuestionnaire,
            Audience::Mentor => DocKind::MentorQuestionnaire,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::people::{MenteeRole, MentorRole};

    const TODAY: &str = "2025-09-10";

    fn with_roles() -> Person {
        Person {
            id: "p1".into(),
            mentee: Some(MenteeRole::default()),
            mentor: Some(MentorRole::default()),
            ..Default::default()
        }
    }

    #[test]
    fn without_the_role_there_is_no_questionnaire() {
        let mut p = Person::default();
        assert_eq!(p.card_answers(Bank::Mentees), None);
        assert_eq!(p.card_answers(Bank::Mentors), None);
        assert!(p
            .edit_answers(Bank::Mentees, TODAY, AnswerEdit::Text("x".into()))
            .is_err());
        assert!(p
            .edit_answers(Bank::Mentors, TODAY, AnswerEdit::Capacity(2))
            .is_err());
        assert_eq!(p, Person::default());
    }

    #[test]
    fn an_empty_questionnaire_reads_empty_a_mentor_with_capacity_one() {
        let p = with_roles();
        assert_eq!(p.card_answers(Bank::Mentees), Some(CardAnswers::default()));
        assert_eq!(p.card_answers(Bank::Mentors).unwrap().capacity, Some(1));
    }

    #[test]
    fn the_first_edit_dates_the_questionnaire() {
        let mut p = with_roles();
        p.edit_answers(Bank::Mentees, TODAY, AnswerEdit::Rating("a1".into(), 4))
            .unwrap();
        p.edit_answers(
            Bank::Mentees,
            "2025-09-11",
            AnswerEdit::Text("помощь".into()),
        )
        .unwrap();
        let a = p.card_answers(Bank::Mentees).unwrap();
        assert_eq!(a.date, TODAY);
        assert_eq!(a.ratings.get("a1"), Some(&4));
        assert_eq!(a.text, "помощь");
        let stored = p.mentee_answers().unwrap();
        assert_eq!(stored.needs.get("a1"), Some(&4));
        assert_eq!(stored.text, "помощь");
        assert!(p.mentor.as_ref().unwrap().answers.is_none());
    }

    #[test]
    fn a_rating_of_zero_removes_the_area() {
        let mut p = with_roles();
        p.edit_answers(Bank::Mentors, TODAY, AnswerEdit::Rating("a1".into(), 5))
            .unwrap();
        p.edit_answers(Bank::Mentors, TODAY, AnswerEdit::Rating("a1".into(), 0))
            .unwrap();
        assert!(p.card_answers(Bank::Mentors).unwrap().ratings.is_empty());
    }

    #[test]
    fn the_mentor_edits_motivation_capacity_and_forms() {
        let mut p = with_roles();
        let form = MentoringForm::ALL[0];
        p.edit_answers(Bank::Mentors, TODAY, AnswerEdit::Text("хочу".into()))
            .unwrap();
        p.edit_answers(Bank::Mentors, TODAY, AnswerEdit::Capacity(3))
            .unwrap();
        p.edit_answers(Bank::Mentors, TODAY, AnswerEdit::Form(form, true))
            .unwrap();
        let stored = p.mentor.as_ref().unwrap().answers.clone().unwrap();
        assert_eq!(stored.motivation, "хочу");
        assert!(stored.text.is_empty());
        assert_eq!(stored.capacity, 3);
        assert_eq!(stored.forms, [form]);
        p.edit_answers(Bank::Mentors, TODAY, AnswerEdit::Form(form, false))
            .unwrap();
        assert!(p.card_answers(Bank::Mentors).unwrap().forms.is_empty());
    }

    #[test]
    fn a_mentee_has_no_capacity() {
        let mut p = with_roles();
        assert!(p
            .edit_answers(Bank::Mentees, TODAY, AnswerEdit::Capacity(2))
            .is_err());
        assert!(p.mentee.as_ref().unwrap().answers.is_none());
    }

    #[test]
    fn stage_three_collects_the_mentors_questionnaire() {
        assert_eq!(Audience::of_bank_stage(2), Audience::Mentee);
        assert_eq!(Audience::of_bank_stage(3), Audience::Mentor);
        assert_eq!(Audience::Mentee.blank(), DocKind::MenteeQuestionnaire);
        assert_eq!(Audience::Mentor.blank(), DocKind::MentorQuestionnaire);
    }

    #[test]
    fn the_data_level_edit_finds_the_person() {
        let mut d = SchoolData::default();
        let id = d.add_person("Соколова Ольга").unwrap();
        d.set_person_role(&id, Bank::Mentees, true).unwrap();
        d.edit_answers(&id, Bank::Mentees, TODAY, AnswerEdit::Text("x".into()))
            .unwrap();
        assert_eq!(
            d.person(&id)
                .unwrap()
                .card_answers(Bank::Mentees)
                .unwrap()
                .text,
            "x"
        );
        assert!(d
            .edit_answers("p9", Bank::Mentees, TODAY, AnswerEdit::Text("x".into()))
            .is_err());
    }
}
