//! Stage 4 «Отбор и обучение наставников» over the school's data: the options of the
//! suggestion (confirmed pairs, the coordinator's threshold, pinned and forbidden pairs),
//! accepting a suggestion as pairs, a manual check of one pair, and the trainings' list.
//!
//! The matching itself is `matching.rs`; the pairs' rules are `SchoolData::create_pair`.

use super::data::SchoolData;
use super::forms::MentoringForm;
use super::matching::{compatibility, suggest, Compatibility, Score, SuggestOptions, Suggestion};
use super::pairs::Training;
use super::people::Person;
use super::taxonomy::Area;

/// The form of a new one-mentee pair: the mentee's first preferred form that the school uses
/// (`school_forms`, named in its Положение), else the traditional form. «Наставничество в
/// группе» is skipped: a pair with one mentee is not a group.
pub fn pair_form(school_forms: &[MentoringForm], mentee: &Person) -> MentoringForm {
    mentee
        .mentee_answers()
        .and_then(|a| {
            a.forms
                .iter()
                .copied()
                .find(|f| *f != MentoringForm::Group && school_forms.contains(f))
        })
        .unwrap_or(MentoringForm::Traditional)
}

/// Parses the threshold field: a whole number 0..=100.
pub fn parse_threshold(text: &str) -> Result<u8, String> {
    match text.trim().parse::<u32>() {
        Ok(n) if n <= 100 => Ok(n as u8),
        _ => Err("Порог — целое число от 0 до 100".into()),
    }
}

/// Everything the suggestion reads, owned: the register, the areas and the options (which
/// come from the matching settings and the confirmed pairs). Equal inputs give an equal
/// suggestion, so a screen keeps its suggestion while other data changes (a task's note, the
/// profile, a support entry) instead of re-running it at every keystroke.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SuggestInputs {
    pub people: Vec<Person>,
    pub areas: Vec<Area>,
    pub options: SuggestOptions,
}

impl SuggestInputs {
    pub fn suggest(&self) -> Suggestion {
        suggest(&self.people, &self.areas, &self.options)
    }

    /// Whether `d` would give these inputs, compared in place (nothing of the register is
    /// copied): the cheap test a screen runs on every change of the data.
    pub fn same_as(&self, d: &SchoolData) -> bool {
        self.people == d.people && self.areas == d.taxonomy && self.options == d.suggest_options()
    }
}

impl SchoolData {
    /// A copy of what the suggestion reads (see [`SuggestInputs`]).
    pub fn suggest_inputs(&self) -> SuggestInputs {
        SuggestInputs {
            people: self.people.clone(),
            areas: self.taxonomy.clone(),
            options: self.suggest_options(),
        }
    }

    /// Keeps `old` when the suggestion's inputs have not changed (returns it with `false`),
    /// else copies the new ones (with `true`): the step of a memo that re-runs the suggestion
    /// only when the banks, the pairs or the matching settings change.
    pub fn refresh_suggest_inputs(&self, old: Option<SuggestInputs>) -> (SuggestInputs, bool) {
        match old {
            Some(old) if old.same_as(self) => (old, false),
            _ => (self.suggest_inputs(), true),
        }
    }

    /// What the suggestion works with: confirmed (active) pairs take their mentors' places and
    /// their mentees leave the pool; the threshold, pins and forbidden pairs are the
    /// coordinator's.
    pub fn suggest_options(&self) -> SuggestOptions {
        SuggestOptions {
            threshold: self.matching.threshold,
            pinned: self.matching.pinned.clone(),
            forbidden: self.matching.forbidden.clone(),
            used_capacity: self.used_capacity(),
            exclude_mentees: self.paired_mentees(),
        }
    }

    /// The best pairs for the mentees not yet in a confirmed pair.
    pub fn suggestion(&self) -> Suggestion {
        suggest(&self.people, &self.taxonomy, &self.suggest_options())
    }

    pub fn set_threshold(&mut self, text: &str) -> Result<(), String> {
        self.matching.threshold = parse_threshold(text)?;
        Ok(())
    }

    pub fn is_pinned(&self, mentor: &str, mentee: &str) -> bool {
        self.matching
            .pinned
            .iter()
            .any(|(m, e)| m == mentor && e == mentee)
    }

    /// Pins a pair (it stays in every suggestion), or unpins it. A pinned pair is no longer
    /// forbidden.
    pub fn toggle_pin(&mut self, mentor: &str, mentee: &str) {
        let same = |(m, e): &(String, String)| m == mentor && e == mentee;
        if self.is_pinned(mentor, mentee) {
            self.matching.pinned.retain(|p| !same(p));
        } else {
            self.matching.forbidden.retain(|p| !same(p));
            self.matching
                .pinned
                .push((mentor.to_string(), mentee.to_string()));
        }
    }

    /// Never suggests this pair again (until allowed); a pin of it goes.
    pub fn forbid_pair(&mut self, mentor: &str, mentee: &str) {
        let same = |(m, e): &(String, String)| m == mentor && e == mentee;
        self.matching.pinned.retain(|p| !same(p));
        if !self.matching.forbidden.iter().any(same) {
            self.matching
                .forbidden
                .push((mentor.to_string(), mentee.to_string()));
        }
    }

    pub fn allow_pair(&mut self, mentor: &str, mentee: &str) {
        self.matching
            .forbidden
            .retain(|(m, e)| m != mentor || e != mentee);
    }

    /// Forms a pair for each suggested (mentor, mentee) not yet confirmed, starting `start`,
    /// with [`pair_form`]; all or nothing. The pins of the formed pairs are done and removed.
    /// Returns how many pairs were formed.
    pub fn accept_suggestion(
        &mut self,
        pairs: &[(String, String)],
        start: &str,
    ) -> Result<usize, String> {
        let before = (self.pairs.clone(), self.matching.pinned.clone());
        let mut formed = 0;
        for (mentor, mentee) in pairs {
            let confirmed = self.pairs.iter().any(|g| {
                g.active() && &g.mentor == mentor && g.mentees.iter().any(|e| e == mentee)
            });
            if confirmed {
                continue;
            }
            let form = self
                .person(mentee)
                .map(|p| pair_form(&self.profile.forms, p))
                .unwrap_or_default();
            let end = self.default_pair_end(start);
            if let Err(e) =
                self.create_pair(mentor, std::slice::from_ref(mentee), form, start, &end)
            {
                (self.pairs, self.matching.pinned) = before;
                return Err(format!("Пары не сформированы: {e}"));
            }
            self.matching
                .pinned
                .retain(|(m, e)| m != mentor || e != mentee);
            formed += 1;
        }
        if formed == 0 {
            return Err("В предложении нет новых пар".into());
        }
        Ok(formed)
    }

    /// The coordinator's check of one pair: its explained score, or every reason it cannot be
    /// formed now (in Russian), including a mentee already in a confirmed pair.
    pub fn check_pair(&self, mentor: &str, mentee: &str) -> Result<Score, Vec<String>> {
        let (Some(m), Some(e)) = (self.person(mentor), self.person(mentee)) else {
            return Err(vec!["Выберите наставника и наставляемого".into()]);
        };
        let used = self.used_capacity().get(mentor).copied().unwrap_or(0);
        let mut reasons = Vec::new();
        if let Some(g) = self
            .pairs
            .iter()
            .find(|g| g.active() && g.mentees.iter().any(|x| x == mentee))
        {
            reasons.push(format!(
                "Наставляемый уже в утверждённой паре: {}",
                self.pair_label(g)
            ));
        }
        match compatibility(m, e, &self.taxonomy, used) {
            Compatibility::Possible(s) if reasons.is_empty() => Ok(s),
            Compatibility::Possible(_) => Err(reasons),
            Compatibility::Impossible(obstacles) => {
                reasons.extend(obstacles.iter().map(|o| o.text()));
                Err(reasons)
            }
        }
    }

    /// Mentors included in the bank: who attends the trainings.
    pub fn bank_mentors(&self) -> impl Iterator<Item = &Person> {
        self.people.iter().filter(|p| p.included_mentor())
    }

    pub fn delete_training(&mut self, id: &str) -> Result<Training, String> {
        super::records::remove(&mut self.trainings, id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_school;
    use crate::domain::pairs::{SupportEntry, TrainingKind};
    use crate::domain::questionnaires::MAX_CAPACITY;

    fn ids(s: &Suggestion) -> Vec<(String, String)> {
        s.pairs
            .iter()
            .map(|p| (p.mentor.clone(), p.mentee.clone()))
            .collect()
    }

    #[test]
    fn the_form_is_the_mentees_first_preferred_one_the_school_uses() {
        let d = example_school();
        let mut p = d
            .people
            .iter()
            .find(|p| p.mentee.as_ref().is_some_and(|r| r.answers.is_some()))
            .unwrap()
            .clone();
        fn forms(p: &mut Person) -> &mut Vec<MentoringForm> {
            &mut p.mentee.as_mut().unwrap().answers.as_mut().unwrap().forms
        }
        use MentoringForm::*;
        *forms(&mut p) = vec![Group, Virtual, Reverse];
        assert_eq!(pair_form(&[Traditional, Group, Reverse], &p), Reverse);
        assert_eq!(
            pair_form(&[Traditional, Group], &p),
            Traditional,
            "a group is not a one-mentee pair"
        );
        assert_eq!(pair_form(&[Virtual, Reverse], &p), Virtual);
        forms(&mut p).clear();
        assert_eq!(pair_form(&[Virtual], &p), Traditional);
        p.mentee = None;
        assert_eq!(pair_form(&[Virtual], &p), Traditional);
    }

    #[test]
    fn the_threshold_is_a_whole_number_up_to_100() {
        let mut d = SchoolData::default();
        d.set_threshold(" 55 ").unwrap();
        assert_eq!(d.matching.threshold, 55);
        for bad in ["", "101", "-1", "4.5", "abc"] {
            assert!(d.set_threshold(bad).unwrap_err().contains("от 0 до 100"));
        }
        assert_eq!(d.matching.threshold, 55);
        assert_eq!(parse_threshold("0"), Ok(0));
        assert_eq!(parse_threshold("100"), Ok(100));
    }

    #[test]
    fn the_suggestion_inputs_change_with_the_banks_and_pairs_only() {
        let mut d = example_school();
        let (inputs, changed) = d.refresh_suggest_inputs(None);
        assert!(changed);
        assert_eq!(inputs.suggest(), d.suggestion());
        let refresh =
            |d: &SchoolData, old: &SuggestInputs| d.refresh_suggest_inputs(Some(old.clone())).1;

        // Other data: a task's note, the profile, a support entry — the inputs are kept.
        let row = d.roadmap[0].id.clone();
        d.set_task_note(&row, "созвон с методистом").unwrap();
        d.profile.city = "Тверь".into();
        let mentee = d.unpaired_mentees()[0].id.clone();
        d.add_support(SupportEntry {
            mentee: mentee.clone(),
            date: "2026-10-01".into(),
            form: "консультация".into(),
            ..Default::default()
        })
        .unwrap();
        assert!(!refresh(&d, &inputs), "unrelated changes keep the inputs");

        // A questionnaire, the threshold, a pin, a pair: each is an input.
        let mut e = d.clone();
        let p = e.people.iter_mut().find(|p| p.mentee.is_some()).unwrap();
        p.mentee.as_mut().unwrap().answers = None;
        assert!(refresh(&e, &inputs), "a questionnaire");
        let mut e = d.clone();
        e.set_threshold("90").unwrap();
        assert!(refresh(&e, &inputs), "the threshold");
        let s = d.suggestion();
        let (m, x) = (s.pairs[0].mentor.clone(), s.pairs[0].mentee.clone());
        let mut e = d.clone();
        e.toggle_pin(&m, &x);
        assert!(refresh(&e, &inputs), "a pin");
        let mut e = d.clone();
        e.create_pair(
            &m,
            std::slice::from_ref(&x),
            MentoringForm::Traditional,
            "2026-09-01",
            "",
        )
        .unwrap();
        assert!(refresh(&e, &inputs), "a confirmed pair");
        let (fresh, _) = e.refresh_suggest_inputs(Some(inputs.clone()));
        assert_eq!(fresh.suggest(), e.suggestion());
        assert!(!fresh.suggest().pairs.iter().any(|p| p.mentee == x));
    }

    #[test]
    fn pins_and_forbidden_pairs_shape_the_next_suggestion() {
        let mut d = example_school();
        let s = d.suggestion();
        assert!(s.pairs.len() >= 3, "{s:?}");
        let (m0, e0) = ids(&s)[0].clone();
        let (m1, e1) = ids(&s)[1].clone();
        d.toggle_pin(&m0, &e0);
        d.forbid_pair(&m1, &e1);
        let s = d.suggestion();
        assert!(s
            .pairs
            .iter()
            .any(|p| p.pinned && p.mentor == m0 && p.mentee == e0));
        assert!(!ids(&s).contains(&(m1.clone(), e1.clone())));
        // Pinning a forbidden pair allows it; forbidding a pinned one unpins it.
        d.toggle_pin(&m1, &e1);
        assert!(d.matching.forbidden.is_empty() && d.is_pinned(&m1, &e1));
        d.forbid_pair(&m1, &e1);
        d.forbid_pair(&m1, &e1);
        assert_eq!(d.matching.forbidden.len(), 1);
        assert!(!d.is_pinned(&m1, &e1));
        d.allow_pair(&m1, &e1);
        assert!(d.matching.forbidden.is_empty());
        d.toggle_pin(&m0, &e0);
        assert!(d.matching.pinned.is_empty());
    }

    #[test]
    fn accepting_forms_one_pair_per_mentee_and_never_touches_confirmed_pairs() {
        let mut d = example_school();
        d.profile.forms = vec![MentoringForm::Traditional, MentoringForm::Virtual];
        let s = d.suggestion();
        let (m0, e0) = ids(&s)[0].clone();
        d.toggle_pin(&m0, &e0);
        let pairs = ids(&d.suggestion());
        let n = d.accept_suggestion(&pairs, "2026-10-01").unwrap();
        assert_eq!(n, pairs.len());
        assert_eq!(d.pairs.len(), n);
        for (g, (m, e)) in d.pairs.iter().zip(&pairs) {
            assert_eq!((&g.mentor, &g.mentees[..]), (m, std::slice::from_ref(e)));
            assert_eq!(g.start, "2026-10-01");
            // Accepting sets the end of the school year the pair starts in.
            assert_eq!(g.end, "2027-05-31");
            assert_eq!(g.form, pair_form(&d.profile.forms, d.person(e).unwrap()));
            assert!(!g.program.tasks.is_empty() || !g.program.goal.is_empty());
        }
        assert!(d.matching.pinned.is_empty(), "the pin is done");
        // The next suggestion leaves the confirmed pairs alone: none of their mentees again,
        // and no mentor above their places.
        let next = d.suggestion();
        let paired = d.paired_mentees();
        assert!(next.pairs.iter().all(|p| !paired.contains(&p.mentee)));
        let used = d.used_capacity();
        for m in d.bank_mentors() {
            let new = next.pairs.iter().filter(|p| p.mentor == m.id).count();
            let cap = m.mentor_answers().map_or(0, |a| a.capacity);
            let used = used.get(&m.id).copied().unwrap_or(0);
            assert!(usize::from(used) + new <= usize::from(cap.max(used)));
        }
        // Accepting the same list again: nothing new, nothing changed.
        let before = d.clone();
        assert!(d
            .accept_suggestion(&pairs, "2026-10-02")
            .unwrap_err()
            .contains("нет новых пар"));
        assert_eq!(d, before);
    }

    #[test]
    fn accepting_is_all_or_nothing() {
        let mut d = example_school();
        // All or nothing: a mentor with free places gets more mentees than places; the
        // pairs formed before the one that fails are undone.
        let mentor = d
            .bank_mentors()
            .find(|m| m.may_mentor().is_ok())
            .unwrap()
            .id
            .clone();
        let bad: Vec<(String, String)> = d
            .unpaired_mentees()
            .iter()
            .filter(|p| p.id != mentor && d.check_pair(&mentor, &p.id).is_ok())
            .take(usize::from(MAX_CAPACITY) + 1)
            .map(|p| (mentor.clone(), p.id.clone()))
            .collect();
        assert_eq!(bad.len(), usize::from(MAX_CAPACITY) + 1);
        let before = d.clone();
        let e = d.accept_suggestion(&bad, "2026-10-02").unwrap_err();
        assert!(e.starts_with("Пары не сформированы"), "{e}");
        assert!(e.contains("не помещается"), "{e}");
        assert_eq!(d, before);
        assert!(d.pairs.is_empty());
    }

    #[test]
    fn a_manual_check_explains_or_lists_every_obstacle() {
        let mut d = example_school();
        let s = d.suggestion();
        let p = &s.pairs[0];
        let score = d.check_pair(&p.mentor, &p.mentee).unwrap();
        assert_eq!(score.total, p.score);
        assert!(score.explanation[0].starts_with("Совпадение по"));
        // The same person, and a mentee already in a confirmed pair.
        let same = d.check_pair(&p.mentor, &p.mentor).unwrap_err();
        assert!(same.iter().any(|r| r.contains("один и тот же")), "{same:?}");
        d.accept_suggestion(&[(p.mentor.clone(), p.mentee.clone())], "2026-10-01")
            .unwrap();
        let other = d
            .bank_mentors()
            .find(|m| m.id != p.mentor && m.may_mentor().is_ok())
            .unwrap()
            .id
            .clone();
        let e = d.check_pair(&other, &p.mentee).unwrap_err();
        assert!(
            e[0].starts_with("Наставляемый уже в утверждённой паре"),
            "{e:?}"
        );
        assert_eq!(
            d.check_pair("", "x").unwrap_err(),
            ["Выберите наставника и наставляемого"]
        );
    }

    #[test]
    fn trainings_are_added_attended_and_deleted() {
        let mut d = example_school();
        let mentor = d.bank_mentors().next().unwrap().id.clone();
        assert!(d
            .add_training(Training {
                topic: "Установочная сессия".into(),
                ..Default::default()
            })
            .unwrap_err()
            .contains("дату"));
        let id = d
            .add_training(Training {
                kind: TrainingKind::Seminar,
                date: "2026-09-20".into(),
                topic: "Роль наставника".into(),
                ..Default::default()
            })
            .unwrap();
        d.update_training(&id, |t| {
            t.attended.insert(mentor.clone());
        })
        .unwrap();
        assert_eq!(d.trainings_of(&mentor), 1);
        assert_eq!(d.delete_training(&id).unwrap().topic, "Роль наставника");
        assert_eq!(d.trainings_of(&mentor), 0);
        assert!(d.delete_training(&id).is_err());
    }
}
