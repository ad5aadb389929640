//! Who may take which place in a pair: the people the screens of stages 4 and 5 offer in
//! their lists. The checks that refuse a wrong choice are in `SchoolData::create_pair` and
//! friends; these lists only keep the wrong choices out of sight. And the support given to
//! the mentees left without a mentor.

use super::data::SchoolData;
use super::format::date_ru;
use super::pairs::{Pair, SupportEntry};
use super::people::Person;

impl SchoolData {
    /// The pairs' ids, in order: what the list of pairs draws.
    pub fn pair_ids(&self) -> Vec<String> {
        self.pairs.iter().map(|g| g.id.clone()).collect()
    }

    /// Mentors who may lead a pair now: in the mentors' bank, able to take part in matching,
    /// with the written consent to mentoring (art. 351.8 ТК РФ). In the register's order.
    pub fn eligible_mentors(&self) -> Vec<&Person> {
        self.people
            .iter()
            .filter(|p| p.mentor.is_some() && p.may_mentor().is_ok())
            .collect()
    }

    /// Mentors who may take over `pair`: eligible, and neither its mentor nor one of its
    /// mentees.
    pub fn replacement_mentors(&self, pair: &Pair) -> Vec<&Person> {
        self.eligible_mentors()
            .into_iter()
            .filter(|p| p.id != pair.mentor && !pair.mentees.contains(&p.id))
            .collect()
    }

    /// Mentees who may join `pair` (which then becomes a group): without a pair, and not its
    /// mentor.
    pub fn joinable_mentees(&self, pair: &Pair) -> Vec<&Person> {
        self.unpaired_mentees()
            .into_iter()
            .filter(|p| p.id != pair.mentor)
            .collect()
    }

    /// Everyone in the mentors' bank (`mentors`) or the mentees' bank, whatever their status
    /// and consents: the manual check of a pair says why a pair is impossible.
    pub fn with_role(&self, mentors: bool) -> Vec<&Person> {
        self.people
            .iter()
            .filter(|p| {
                if mentors {
                    p.mentor.is_some()
                } else {
                    p.mentee.is_some()
                }
            })
            .collect()
    }
}

impl SupportEntry {
    /// «12.10.2025 — консультация (педагог-психолог): примечание».
    pub fn summary(&self) -> String {
        let mut out = format!("{} — {}", date_ru(&self.date), self.form);
        if !self.who.is_empty() {
            out.push_str(&format!(" ({})", self.who));
        }
        if !self.note.is_empty() {
            out.push_str(&format!(": {}", self.note));
        }
        out
    }
}

impl SchoolData {
    /// The support recorded for a mentee, in the order it was recorded.
    pub fn support_of(&self, mentee: &str) -> Vec<&SupportEntry> {
        self.support.iter().filter(|s| s.mentee == mentee).collect()
    }
}

/// The example school with one pair formed: (data, mentor, mentee, pair id).
#[cfg(test)]
pub(crate) fn example_with_a_pair() -> (SchoolData, String, String, String) {
    let mut d = super::example::example_school();
    let mentor = d.eligible_mentors()[0].id.clone();
    let mentee = d
        .unpaired_mentees()
        .iter()
        .find(|p| p.id != mentor)
        .expect("the example has free mentees")
        .id
        .clone();
    let g = d
        .create_pair(
            &mentor,
            std::slice::from_ref(&mentee),
            super::forms::MentoringForm::Traditional,
            "",
            "",
        )
        .expect("the example's first mentor may lead a pair");
    (d, mentor, mentee, g)
}

#[cfg(test)]
mod tests {
    use super::example_with_a_pair;
    use crate::domain::example::example_school;
    use crate::domain::pairs::SupportEntry;

    fn ids(people: Vec<&crate::domain::people::Person>) -> Vec<String> {
        people.into_iter().map(|p| p.id.clone()).collect()
    }

    #[test]
    fn only_mentors_with_both_consents_may_lead_a_pair() {
        let mut d = example_school();
        let eligible = ids(d.eligible_mentors());
        assert!(!eligible.is_empty());
        for p in &d.people {
            let listed = eligible.contains(&p.id);
            assert_eq!(
                listed,
                p.mentor.is_some() && p.may_mentor().is_ok(),
                "{}",
                p.id
            );
        }
        // Withdrawing the consent to mentoring takes a mentor off the list.
        let first = eligible[0].clone();
        d.update_person(&first, |p| {
            p.consents.mentoring = Default::default();
            Ok(())
        })
        .unwrap();
        assert!(!ids(d.eligible_mentors()).contains(&first));
        // Someone outside the mentors' bank is not offered either.
        let outsider = d
            .people
            .iter()
            .find(|p| p.mentor.is_none())
            .unwrap()
            .id
            .clone();
        assert!(!ids(d.eligible_mentors()).contains(&outsider));
    }

    #[test]
    fn a_pair_is_offered_other_mentors_and_free_mentees_only() {
        let (d, mentor, mentee, g) = example_with_a_pair();
        assert_eq!(d.pair_ids(), std::slice::from_ref(&g));
        let pair = d.pair(&g).unwrap().clone();
        let others = ids(d.replacement_mentors(&pair));
        assert!(!others.contains(&mentor));
        assert!(!others.contains(&mentee));
        assert_eq!(others.len() + 1, d.eligible_mentors().len());
        let joinable = ids(d.joinable_mentees(&pair));
        assert!(!joinable.contains(&mentee), "already in the pair");
        assert!(!joinable.contains(&mentor));
        assert!(!joinable.is_empty());
    }

    #[test]
    fn the_manual_check_lists_each_bank_whatever_the_consents() {
        let d = example_school();
        let mentors = ids(d.with_role(true));
        let mentees = ids(d.with_role(false));
        assert_eq!(
            mentors.len(),
            d.people.iter().filter(|p| p.mentor.is_some()).count()
        );
        assert_eq!(
            mentees.len(),
            d.people.iter().filter(|p| p.mentee.is_some()).count()
        );
        assert!(
            mentors.len() > d.eligible_mentors().len(),
            "blocked included"
        );
    }

    #[test]
    fn the_support_of_a_mentee_is_listed_with_what_was_recorded() {
        let mut d = example_school();
        let a = d.unpaired_mentees()[0].id.clone();
        let b = d.unpaired_mentees()[1].id.clone();
        for (who, form, note, mentee) in [
            ("педагог-психолог", "консультация", "", &a),
            ("", "посещение урока", "итоги обсуждены", &a),
            ("", "семинар", "", &b),
        ] {
            d.add_support(SupportEntry {
                mentee: mentee.clone(),
                date: "2025-10-12".into(),
                form: form.into(),
                who: who.into(),
                note: note.into(),
                ..Default::default()
            })
            .unwrap();
        }
        let lines: Vec<String> = d.support_of(&a).iter().map(|s| s.summary()).collect();
        assert_eq!(
            lines,
            [
                "12.10.2025 — консультация (педагог-психолог)",
                "12.10.2025 — посещение урока: итоги обсуждены"
            ]
        );
        assert_eq!(d.support_of(&b).len(), 1);
        assert!(d.support_of("nobody").is_empty());
    }
}
