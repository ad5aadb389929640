//! Who takes part in the monitoring of stage 6: each participant of a pair not ended early
//! answers a questionnaire per round (a mentor of two pairs answers twice), the mentees rate
//! themselves «до» and «после», and the final event lists who came. Also the choices of the
//! monitoring screen that are rules: the round an import goes to, the column targets of an
//! answers file, a question's text and scale changed one at a time. And who came to a
//! mentors' training (stage 4).

use std::collections::BTreeSet;

use super::data::SchoolData;
use super::import::Target;
use super::library::FinalEvent;
use super::monitoring::{Audience, Monitoring, Response};
use super::pairs::{Pair, PairStatus, Training};

/// A participant of a pair with the questionnaire they answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub pair: String,
    pub person: String,
    pub audience: Audience,
}

impl Participant {
    /// «g1|p3|mentee»: the participant as one string (a select's value).
    pub fn key(&self) -> String {
        format!("{}|{}|{}", self.pair, self.person, self.audience.key())
    }

    /// The participant of a [`Participant::key`]; `None` for anything else.
    pub fn parse(key: &str) -> Option<Participant> {
        let mut it = key.split('|');
        let (pair, person, audience) = (it.next()?, it.next()?, it.next()?);
        if it.next().is_some() || pair.is_empty() || person.is_empty() {
            return None;
        }
        Some(Participant {
            pair: pair.to_string(),
            person: person.to_string(),
            audience: Audience::from_key(audience)?,
        })
    }
}

/// The pairs whose participants are asked: all but those ended early.
fn asked(pairs: &[Pair]) -> impl Iterator<Item = &Pair> {
    pairs.iter().filter(|g| g.status != PairStatus::Terminated)
}

impl Monitoring {
    /// Who answers a round: the mentor, then the mentees, of each pair not ended early.
    pub fn participants(pairs: &[Pair]) -> Vec<Participant> {
        let mut out = Vec::new();
        for g in asked(pairs) {
            let one = |person: &String, audience| Participant {
                pair: g.id.clone(),
                person: person.clone(),
                audience,
            };
            out.push(one(&g.mentor, Audience::Mentor));
            out.extend(g.mentees.iter().map(|m| one(m, Audience::Mentee)));
        }
        out
    }

    /// The mentees who rate themselves «до» and «после»: of the pairs not ended early, each
    /// once, in the order of the pairs.
    pub fn assessed_mentees(pairs: &[Pair]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for m in asked(pairs).flat_map(|g| &g.mentees) {
            if !out.contains(m) {
                out.push(m.clone());
            }
        }
        out
    }

    pub fn response_of(&self, round: &str, p: &Participant) -> Option<&Response> {
        self.response(round, &p.pair, &p.person)
    }

    /// A participant's mark of a question in a round, if given.
    pub fn mark_of(&self, round: &str, p: &Participant, question: &str) -> Option<u8> {
        self.response_of(round, p)
            .and_then(|r| r.answers.get(question).copied())
    }

    /// Sets (or clears) a participant's mark of a question in a round.
    pub fn set_mark(
        &mut self,
        round: &str,
        p: &Participant,
        question: &str,
        value: Option<u8>,
    ) -> Result<(), String> {
        self.set_answer((round, &p.pair, &p.person), p.audience, question, value)
    }

    /// A mentee's mark of an area «до» (`after == false`) or «после», if given.
    pub fn self_mark(&self, person: &str, area: &str, after: bool) -> Option<u8> {
        let s = self.self_assessment_of(person)?;
        if after { &s.after } else { &s.before }.get(area).copied()
    }

    /// How many of `participants` answered in `round`.
    pub fn answered(&self, round: &str, participants: &[Participant]) -> usize {
        participants
            .iter()
            .filter(|p| self.response_of(round, p).is_some())
            .count()
    }

    /// The questionnaires filled in a round.
    pub fn responses_in(&self, round: &str) -> usize {
        self.responses.iter().filter(|r| r.round == round).count()
    }

    /// The round an imported file goes to unless chosen: the last final round, else the last
    /// round added; empty without rounds.
    pub fn import_round(&self) -> String {
        self.final_round()
            .or(self.rounds.last())
            .map(|r| r.id.clone())
            .unwrap_or_default()
    }

    /// Changes only the text of a question, keeping its scale.
    pub fn set_question_text(&mut self, a: Audience, id: &str, text: &str) -> Result<(), String> {
        let scale = self.question(a, id).map_or(10, |q| q.scale);
        self.edit_question(a, id, text, scale)
    }

    /// Changes only the scale of a question, keeping its text.
    pub fn set_question_scale(&mut self, a: Audience, id: &str, scale: u8) -> Result<(), String> {
        let text = self
            .question(a, id)
            .map(|q| q.text.clone())
            .unwrap_or_default();
        self.edit_question(a, id, &text, scale)
    }
}

impl Target {
    /// «ignore», «person» or «q:<question id>»: a column target as one string.
    pub fn key(&self) -> String {
        match self {
            Target::Ignore => "ignore".into(),
            Target::Person => "person".into(),
            Target::Question(q) => format!("q:{q}"),
        }
    }

    /// The target of a [`Target::key`]; anything else is not loaded.
    pub fn from_key(key: &str) -> Target {
        match key {
            "person" => Target::Person,
            _ => key
                .strip_prefix("q:")
                .map(|q| Target::Question(q.to_string()))
                .unwrap_or(Target::Ignore),
        }
    }

    /// What a column may hold with the questionnaire of `audience`: key and label.
    pub fn choices(m: &Monitoring, audience: Audience) -> Vec<(String, String)> {
        let mut list = vec![
            (Target::Ignore.key(), "не загружать".to_string()),
            (Target::Person.key(), "ФИО".to_string()),
        ];
        list.extend(m.questions(audience).iter().map(|q| {
            (
                Target::Question(q.id.clone()).key(),
                format!("вопрос: {}", q.text),
            )
        }));
        list
    }
}

/// Adds `id` to the people who came, or takes it off.
fn mark_present(set: &mut BTreeSet<String>, id: &str, present: bool) {
    if present {
        set.insert(id.to_string());
    } else {
        set.remove(id);
    }
}

impl FinalEvent {
    /// Marks (or unmarks) a person as a participant.
    pub fn set_participant(&mut self, id: &str, present: bool) {
        mark_present(&mut self.participants, id, present);
    }
}

impl Training {
    /// Marks (or unmarks) a mentor as present.
    pub fn set_attended(&mut self, mentor: &str, present: bool) {
        mark_present(&mut self.attended, mentor, present);
    }

    /// The materials, one a line, without blank lines.
    pub fn material_lines(&self) -> Vec<&str> {
        self.materials
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect()
    }
}

impl SchoolData {
    /// The trainings' ids, in order: what the list of trainings draws.
    pub fn training_ids(&self) -> Vec<String> {
        self.trainings.iter().map(|t| t.id.clone()).collect()
    }

    pub fn training(&self, id: &str) -> Option<&Training> {
        self.trainings.iter().find(|t| t.id == id)
    }

    /// «Иванова Анна Петровна — наставник (пара Иванова А.П. — Петров С.И.)».
    pub fn participant_label(&self, p: &Participant) -> String {
        let name = self
            .person(&p.person)
            .map(|x| x.full_name.clone())
            .unwrap_or_else(|| p.person.clone());
        let role = match p.audience {
            Audience::Mentor => "наставник",
            Audience::Mentee => "наставляемый",
        };
        let pair = self
            .pair(&p.pair)
            .map(|g| self.pair_label(g))
            .unwrap_or_else(|| p.pair.clone());
        format!("{name} — {role} ({pair})")
    }

    /// The participants of the monitoring with their labels, as the answers form lists them.
    pub fn monitoring_participants(&self) -> Vec<(Participant, String)> {
        Monitoring::participants(&self.pairs)
            .into_iter()
            .map(|p| {
                let label = self.participant_label(&p);
                (p, label)
            })
            .collect()
    }

    /// Marks every participant of the pairs as present at the final event.
    pub fn mark_all_present(&mut self) -> Result<(), String> {
        let all: Vec<String> = self
            .pair_participants()
            .iter()
            .map(|p| p.id.clone())
            .collect();
        self.update_event(|e| e.participants.extend(all))
    }

    /// «Участников: 12; лучших практик в копилке: 3».
    pub fn final_event_summary(&self) -> String {
        format!(
            "Участников: {}; лучших практик в копилке: {}",
            self.final_event.participants.len(),
            self.library.iter().filter(|p| p.best).count()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::monitoring::RoundKind;

    fn pair(id: &str, mentor: &str, mentees: &[&str], status: PairStatus) -> Pair {
        Pair {
            id: id.into(),
            mentor: mentor.into(),
            mentees: mentees.iter().map(|m| m.to_string()).collect(),
            status,
            ..Default::default()
        }
    }

    fn pairs() -> Vec<Pair> {
        vec![
            pair("g1", "p1", &["p2", "p3"], PairStatus::Active),
            pair("g2", "p4", &["p5"], PairStatus::Terminated),
            pair("g3", "p1", &["p3"], PairStatus::Finished),
        ]
    }

    fn keys(ps: &[Participant]) -> Vec<String> {
        ps.iter().map(Participant::key).collect()
    }

    #[test]
    fn the_participants_of_pairs_not_ended_early_answer_once_per_pair() {
        let ps = Monitoring::participants(&pairs());
        assert_eq!(
            keys(&ps),
            [
                "g1|p1|mentor",
                "g1|p2|mentee",
                "g1|p3|mentee",
                "g3|p1|mentor",
                "g3|p3|mentee"
            ]
        );
        assert_eq!(Monitoring::assessed_mentees(&pairs()), ["p2", "p3"]);
    }

    #[test]
    fn a_participant_key_is_read_back_and_nothing_else_is() {
        for p in Monitoring::participants(&pairs()) {
            assert_eq!(Participant::parse(&p.key()), Some(p));
        }
        for bad in [
            "",
            "g1",
            "g1|p1",
            "g1|p1|teacher",
            "g1|p1|mentor|x",
            "|p1|mentor",
            "g1||mentee",
        ] {
            assert_eq!(Participant::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn marks_are_set_and_counted_per_participant_and_round() {
        let mut m = Monitoring::default();
        let round = m.add_round(RoundKind::Final, "2026-05-20").unwrap();
        let ps = Monitoring::participants(&pairs());
        let q = m.questions(Audience::Mentor)[0].id.clone();
        assert_eq!(m.answered(&round, &ps), 0);
        m.set_mark(&round, &ps[0], &q, Some(7)).unwrap();
        assert_eq!(m.mark_of(&round, &ps[0], &q), Some(7));
        // The same mentor in another pair has not answered about that one.
        assert_eq!(m.mark_of(&round, &ps[3], &q), None);
        assert_eq!(m.answered(&round, &ps), 1);
        assert_eq!(m.responses_in(&round), 1);
        assert_eq!(m.responses_in("m9"), 0);
        assert!(m.set_mark("m9", &ps[0], &q, Some(7)).is_err());
        m.set_mark(&round, &ps[0], &q, None).unwrap();
        assert_eq!(m.answered(&round, &ps), 0);
        m.set_self_mark("p2", "planning", true, Some(4)).unwrap();
        assert_eq!(m.self_mark("p2", "planning", true), Some(4));
        assert_eq!(m.self_mark("p2", "planning", false), None, "«до» not given");
        assert_eq!(m.self_mark("p3", "planning", true), None);
    }

    #[test]
    fn an_import_goes_to_the_last_final_round_else_the_last_round() {
        let mut m = Monitoring::default();
        assert_eq!(m.import_round(), "");
        let a = m.add_round(RoundKind::Interim, "2026-01-20").unwrap();
        assert_eq!(m.import_round(), a);
        let b = m.add_round(RoundKind::Final, "2026-05-20").unwrap();
        m.add_round(RoundKind::Interim, "2026-06-01").unwrap();
        assert_eq!(m.import_round(), b);
    }

    #[test]
    fn a_question_keeps_its_scale_when_its_text_changes_and_back() {
        let mut m = Monitoring::default();
        let id = m.add_question(Audience::Mentee, "Полезно ли?", 5).unwrap();
        m.set_question_text(Audience::Mentee, &id, "Полезны ли встречи?")
            .unwrap();
        let q = m.question(Audience::Mentee, &id).unwrap();
        assert_eq!((q.text.as_str(), q.scale), ("Полезны ли встречи?", 5));
        m.set_question_scale(Audience::Mentee, &id, 10).unwrap();
        let q = m.question(Audience::Mentee, &id).unwrap();
        assert_eq!((q.text.as_str(), q.scale), ("Полезны ли встречи?", 10));
        assert!(m.set_question_text(Audience::Mentee, &id, " ").is_err());
        assert!(m.set_question_scale(Audience::Mentee, "q99", 5).is_err());
    }

    #[test]
    fn column_targets_are_written_and_read_back() {
        let m = Monitoring::default();
        let choices = Target::choices(&m, Audience::Mentee);
        assert_eq!(choices.len(), 2 + m.questions(Audience::Mentee).len());
        for (key, _) in &choices {
            assert_eq!(&Target::from_key(key).key(), key);
        }
        assert_eq!(Target::from_key("q:q1"), Target::Question("q1".into()));
        assert_eq!(Target::from_key("anything"), Target::Ignore);
    }

    #[test]
    fn a_training_keeps_who_came_and_its_materials_line_by_line() {
        let mut t = Training {
            materials: "Памятка\n\n  \nhttps://example.ru/x\n".into(),
            ..Default::default()
        };
        assert_eq!(t.material_lines(), ["Памятка", "https://example.ru/x"]);
        t.set_attended("p1", true);
        t.set_attended("p2", true);
        t.set_attended("p1", false);
        assert_eq!(t.attended.iter().collect::<Vec<_>>(), ["p2"]);
        let d = SchoolData {
            trainings: vec![Training {
                id: "t1".into(),
                ..t
            }],
            ..Default::default()
        };
        assert!(d.training("t1").is_some() && d.training("t2").is_none());
        assert_eq!(d.training_ids(), ["t1"]);
    }

    #[test]
    fn the_final_event_marks_participants_and_everyone_at_once() {
        let (mut d, mentor, mentee, _) = crate::domain::eligibility::example_with_a_pair();
        d.final_event.set_participant(&mentee, true);
        assert!(d.final_event.participants.contains(&mentee));
        d.final_event.set_participant(&mentee, false);
        assert!(d.final_event.participants.is_empty());
        d.mark_all_present().unwrap();
        assert_eq!(d.final_event.participants.len(), 2);
        assert_eq!(
            d.final_event_summary(),
            "Участников: 2; лучших практик в копилке: 0"
        );
        let (p, label) = &d.monitoring_participants()[0];
        assert_eq!(p.person, mentor);
        assert!(label.contains("— наставник (пара "), "{label}");
    }
}
