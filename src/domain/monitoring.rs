//! Stage 6: monitoring of the mentoring — satisfaction questionnaires of mentees and mentors
//! (questions the school edits, each on a 1–5 or 1–10 scale), rounds («промежуточный»,
//! «итоговый») with a date, the answers of the participants of pairs, and the mentees'
//! self-assessment of the need areas «до» and «после» (growth is a key result).
//!
//! Averages are kept in tenths (`78` = 7,8) so that the results are exact integers: no NaN,
//! no rounding surprises between the screen, the report and the tests.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::records::push_new;

/// Who answers a questionnaire.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    #[default]
    Mentee,
    Mentor,
}

impl Audience {
    pub const ALL: [Audience; 2] = [Audience::Mentee, Audience::Mentor];

    pub fn key(self) -> &'static str {
        match self {
            Audience::Mentee => "mentee",
            Audience::Mentor => "mentor",
        }
    }

    /// «наставляемые» / «наставники».
    pub fn label(self) -> &'static str {
        match self {
            Audience::Mentee => "наставляемые",
            Audience::Mentor => "наставники",
        }
    }
}

/// One question of a satisfaction questionnaire, answered with a mark from 1 to `scale`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// `q1`, `q2` … (unique within its questionnaire).
    pub id: String,
    pub text: String,
    /// 5 or 10.
    pub scale: u8,
}

super::records::record!(Question, "Нет вопроса");

/// The kind of a monitoring round.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundKind {
    #[default]
    Interim,
    Final,
}

impl RoundKind {
    pub const ALL: [RoundKind; 2] = [RoundKind::Interim, RoundKind::Final];

    pub fn key(self) -> &'static str {
        match self {
            RoundKind::Interim => "interim",
            RoundKind::Final => "final",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RoundKind::Interim => "промежуточный",
            RoundKind::Final => "итоговый",
        }
    }
}

/// A round of questioning.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    /// `m1`, `m2` …
    pub id: String,
    pub kind: RoundKind,
    /// `YYYY-MM-DD`.
    pub date: String,
}

super::records::record!(Round, "Нет раунда");

impl Round {
    /// «Итоговый мониторинг, 20.05.2026».
    pub fn label(&self) -> String {
        let kind = self.kind.label();
        let mut chars = kind.chars();
        let first: String = chars
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .collect();
        format!(
            "{first}{} мониторинг, {}",
            chars.as_str(),
            super::format::date_ru(&self.date)
        )
    }
}

/// One person's answers in one round, about one pair (a mentor of two pairs answers twice).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    pub round: String,
    pub pair: String,
    pub person: String,
    pub audience: Audience,
    /// Question id → mark.
    #[serde(default)]
    pub answers: BTreeMap<String, u8>,
}

/// A mentee's self-assessment of the need areas: 1 (low) … 5 (high competence).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfAssessment {
    pub person: String,
    /// Area id → mark at the start.
    #[serde(default)]
    pub before: BTreeMap<String, u8>,
    /// Area id → mark at the end.
    #[serde(default)]
    pub after: BTreeMap<String, u8>,
}

/// Everything of the monitoring (schema v5, `SchoolData::monitoring`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Monitoring {
    pub mentee_questions: Vec<Question>,
    pub mentor_questions: Vec<Question>,
    #[serde(default)]
    pub rounds: Vec<Round>,
    #[serde(default)]
    pub responses: Vec<Response>,
    #[serde(default)]
    pub self_assessment: Vec<SelfAssessment>,
}

/// Questions `q1`, `q2` … of the texts and scales.
fn numbered(questions: &[(&str, u8)]) -> Vec<Question> {
    let question = |(&(text, scale), n): (&(&str, u8), u32)| Question {
        id: format!("q{n}"),
        text: text.into(),
        scale,
    };
    questions.iter().zip(1..).map(question).collect()
}

impl Default for Monitoring {
    fn default() -> Self {
        Monitoring {
            mentee_questions: numbered(&[
                ("Качество встреч с наставником", 10),
                ("Полезность наставничества для моей работы", 10),
                ("Отношения с наставником", 10),
                ("Достижение поставленных целей", 10),
                ("Желание продолжить работу с наставником", 10),
            ]),
            mentor_questions: numbered(&[
                ("Качество встреч с наставляемым", 10),
                ("Полезность программы для наставляемого", 10),
                ("Отношения с наставляемым", 10),
                ("Достижение целей программы", 10),
                ("Желание продолжить наставничество", 10),
                ("Оценка профессионального роста наставляемого", 5),
            ]),
            rounds: Vec::new(),
            responses: Vec::new(),
            self_assessment: Vec::new(),
        }
    }
}

/// Longest text of a question.
pub const MAX_QUESTION_CHARS: usize = 300;
/// Most questions of one questionnaire.
pub const MAX_QUESTIONS: usize = 30;

impl Monitoring {
    pub fn questions(&self, a: Audience) -> &[Question] {
        match a {
            Audience::Mentee => &self.mentee_questions,
            Audience::Mentor => &self.mentor_questions,
        }
    }

    fn questions_mut(&mut self, a: Audience) -> &mut Vec<Question> {
        match a {
            Audience::Mentee => &mut self.mentee_questions,
            Audience::Mentor => &mut self.mentor_questions,
        }
    }

    pub fn question(&self, a: Audience, id: &str) -> Option<&Question> {
        self.questions(a).iter().find(|q| q.id == id)
    }

    pub fn add_question(&mut self, a: Audience, text: &str, scale: u8) -> Result<String, String> {
        let text = check_question(text, scale)?;
        if self.questions(a).len() >= MAX_QUESTIONS {
            return Err(format!("В анкете не больше {MAX_QUESTIONS} вопросов"));
        }
        Ok(push_new(self.questions_mut(a), 'q', |id| Question {
            id,
            text,
            scale,
        }))
    }

    /// Changes a question's text or scale. A smaller scale is refused while answers above it
    /// exist.
    pub fn edit_question(
        &mut self,
        a: Audience,
        id: &str,
        text: &str,
        scale: u8,
    ) -> Result<(), String> {
        let text = check_question(text, scale)?;
        let too_high = self
            .responses
            .iter()
            .filter(|r| r.audience == a)
            .filter_map(|r| r.answers.get(id))
            .any(|v| *v > scale);
        if too_high {
            return Err(format!(
                "Есть ответы больше {scale}: шкалу нельзя уменьшить, пока они есть"
            ));
        }
        let q = super::records::find_mut(self.questions_mut(a), id)?;
        q.text = text;
        q.scale = scale;
        Ok(())
    }

    /// How many answers a question has.
    pub fn answers_to(&self, a: Audience, id: &str) -> usize {
        self.responses
            .iter()
            .filter(|r| r.audience == a && r.answers.contains_key(id))
            .count()
    }

    /// Removes a question with its answers (the UI confirms first, naming how many).
    pub fn remove_question(&mut self, a: Audience, id: &str) -> Result<(), String> {
        super::records::remove(self.questions_mut(a), id)?;
        for r in self.responses.iter_mut().filter(|r| r.audience == a) {
            r.answers.remove(id);
        }
        self.responses.retain(|r| !r.answers.is_empty());
        Ok(())
    }

    pub fn add_round(&mut self, kind: RoundKind, date: &str) -> Result<String, String> {
        if super::format::parse_date(date).is_none() {
            return Err("Укажите дату мониторинга".into());
        }
        Ok(push_new(&mut self.rounds, 'm', |id| Round {
            id,
            kind,
            date: date.to_string(),
        }))
    }

    pub fn round(&self, id: &str) -> Option<&Round> {
        self.rounds.iter().find(|r| r.id == id)
    }

    /// Removes a round with its answers.
    pub fn remove_round(&mut self, id: &str) -> Result<(), String> {
        super::records::remove(&mut self.rounds, id)?;
        self.responses.retain(|r| r.round != id);
        Ok(())
    }

    /// The last round of the kind «итоговый» (by date), if any.
    pub fn final_round(&self) -> Option<&Round> {
        self.rounds
            .iter()
            .filter(|r| r.kind == RoundKind::Final)
            .max_by(|a, b| a.date.cmp(&b.date))
    }

    pub fn response(&self, round: &str, pair: &str, person: &str) -> Option<&Response> {
        self.responses
            .iter()
            .find(|r| r.round == round && r.pair == pair && r.person == person)
    }

    /// Sets (or, with `None`, clears) one mark. The response is created on the first mark
    /// and removed with its last one.
    pub fn set_answer(
        &mut self,
        key: (&str, &str, &str),
        audience: Audience,
        question: &str,
        value: Option<u8>,
    ) -> Result<(), String> {
        let (round, pair, person) = key;
        if self.round(round).is_none() {
            return Err(format!("Нет раунда «{round}»"));
        }
        let q = self
            .question(audience, question)
            .ok_or_else(|| format!("Нет вопроса «{question}»"))?;
        if let Some(v) = value {
            check_mark(v, q.scale)?;
        }
        let i = match self
            .responses
            .iter()
            .position(|r| r.round == round && r.pair == pair && r.person == person)
        {
            Some(i) => i,
            None if value.is_none() => return Ok(()),
            None => {
                self.responses.push(Response {
                    round: round.into(),
                    pair: pair.into(),
                    person: person.into(),
                    audience,
                    answers: BTreeMap::new(),
                });
                self.responses.len() - 1
            }
        };
        let r = &mut self.responses[i];
        match value {
            Some(v) => r.answers.insert(question.to_string(), v),
            None => r.answers.remove(question),
        };
        if r.answers.is_empty() {
            self.responses.remove(i);
        }
        Ok(())
    }

    /// Adds imported responses; one for the same round, pair and person replaces it.
    pub fn import_responses(&mut self, responses: Vec<Response>) {
        for r in responses {
            self.responses
                .retain(|x| !(x.round == r.round && x.pair == r.pair && x.person == r.person));
            self.responses.push(r);
        }
    }

    pub fn self_assessment_of(&self, person: &str) -> Option<&SelfAssessment> {
        self.self_assessment.iter().find(|s| s.person == person)
    }

    /// Sets (or clears) a mentee's mark of an area «до» (`after == false`) or «после».
    pub fn set_self_mark(
        &mut self,
        person: &str,
        area: &str,
        after: bool,
        value: Option<u8>,
    ) -> Result<(), String> {
        if let Some(v) = value {
            check_mark(v, 5)?;
        }
        let i = match self.self_assessment.iter().position(|s| s.person == person) {
            Some(i) => i,
            None => {
                self.self_assessment.push(SelfAssessment {
                    person: person.into(),
                    ..Default::default()
                });
                self.self_assessment.len() - 1
            }
        };
        let s = &mut self.self_assessment[i];
        let map = if after { &mut s.after } else { &mut s.before };
        match value {
            Some(v) => map.insert(area.to_string(), v),
            None => map.remove(area),
        };
        if s.before.is_empty() && s.after.is_empty() {
            self.self_assessment.remove(i);
        }
        Ok(())
    }

    /// Everything of a person goes (the register cascades a deletion here).
    pub fn forget_person(&mut self, id: &str) {
        self.responses.retain(|r| r.person != id);
        self.self_assessment.retain(|s| s.person != id);
    }

    /// How many records refer to a person.
    pub fn uses_of_person(&self, id: &str) -> usize {
        self.responses.iter().filter(|r| r.person == id).count()
            + self
                .self_assessment
                .iter()
                .filter(|s| s.person == id)
                .count()
    }

    /// Marks of an area in the self-assessments.
    pub fn uses_of_area(&self, id: &str) -> usize {
        self.self_assessment
            .iter()
            .map(|s| s.before.contains_key(id) as usize + s.after.contains_key(id) as usize)
            .sum()
    }

    pub fn forget_area(&mut self, id: &str) {
        for s in &mut self.self_assessment {
            s.before.remove(id);
            s.after.remove(id);
        }
        self.self_assessment
            .retain(|s| !s.before.is_empty() || !s.after.is_empty());
    }
}

fn check_question(text: &str, scale: u8) -> Result<String, String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Err("Укажите текст вопроса".into());
    }
    if text.chars().count() > MAX_QUESTION_CHARS {
        return Err(format!(
            "Текст вопроса — не длиннее {MAX_QUESTION_CHARS} знаков"
        ));
    }
    if scale != 5 && scale != 10 {
        return Err("Шкала — от 1 до 5 или от 1 до 10".into());
    }
    Ok(text)
}

/// A mark on a scale 1..=`scale`.
pub fn check_mark(v: u8, scale: u8) -> Result<u8, String> {
    if (1..=scale).contains(&v) {
        Ok(v)
    } else {
        Err(format!("Оценка должна быть от 1 до {scale}, а не {v}"))
    }
}

/// A mean in tenths, rounded half up: `mean_tenths(&[7, 8, 9]) == 80`; `None` without marks.
pub fn mean_tenths(sum: u32, count: u32) -> Option<u32> {
    (count > 0).then(|| (sum * 20 + count) / (count * 2))
}

/// «7,8»: tenths as a decimal with a comma.
pub fn tenths(v: u32) -> String {
    format!("{},{}", v / 10, v % 10)
}

/// «+0,8» / «−0,3» / «0,0».
pub fn signed_tenths(v: i32) -> String {
    let sign = match v.signum() {
        1 => "+",
        -1 => "\u{2212}",
        _ => "",
    };
    format!("{sign}{}", tenths(v.unsigned_abs()))
}

/// The marks of one question in one round: how many gave each mark, and their mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionResult {
    pub id: String,
    pub text: String,
    pub scale: u8,
    /// `counts[k]` people gave the mark `k + 1`.
    pub counts: Vec<u32>,
    /// Mean in tenths; `None` without answers.
    pub mean: Option<u32>,
}

/// The results of one questionnaire in one round (`round == None`: every round).
pub fn question_results(m: &Monitoring, a: Audience, round: Option<&str>) -> Vec<QuestionResult> {
    m.questions(a)
        .iter()
        .map(|q| {
            let mut counts = vec![0u32; q.scale as usize];
            for r in m
                .responses
                .iter()
                .filter(|r| r.audience == a && round.is_none_or(|id| r.round == id))
            {
                if let Some(v) = r.answers.get(&q.id) {
                    if (1..=q.scale).contains(v) {
                        counts[*v as usize - 1] += 1;
                    }
                }
            }
            let n: u32 = counts.iter().sum();
            let sum: u32 = counts
                .iter()
                .enumerate()
                .map(|(k, c)| (k as u32 + 1) * c)
                .sum();
            QuestionResult {
                id: q.id.clone(),
                text: q.text.clone(),
                scale: q.scale,
                counts,
                mean: mean_tenths(sum, n),
            }
        })
        .collect()
}

/// Satisfaction of some responses on a 10-point scale, in tenths: every mark is brought to
/// 10 points (a 4 of 5 counts as 8) and the marks are averaged. `None` without marks.
pub fn satisfaction<'a>(
    m: &Monitoring,
    responses: impl Iterator<Item = &'a Response>,
) -> Option<u32> {
    // Sum of marks in tenths of a 10-point scale: v * 100 / scale.
    let (mut sum, mut n) = (0u32, 0u32);
    for r in responses {
        for (q, v) in &r.answers {
            if let Some(q) = m.question(r.audience, q) {
                if (1..=q.scale).contains(v) {
                    sum += *v as u32 * 100 / q.scale as u32;
                    n += 1;
                }
            }
        }
    }
    // sum is in tenths already: a mean of tenths, rounded half up.
    (n > 0).then(|| (sum * 2 + n) / (n * 2))
}

/// Growth of the self-assessed competence of the mentees: over the marks given both «до» and
/// «после» (same person, same area), the mean before and after in tenths, and how many pairs
/// of marks that is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Growth {
    pub before: u32,
    pub after: u32,
    pub marks: u32,
    pub people: u32,
}

impl Growth {
    pub fn delta(&self) -> i32 {
        self.after as i32 - self.before as i32
    }
}

/// Growth over the given self-assessments; `None` when no area has both marks.
pub fn growth<'a>(items: impl Iterator<Item = &'a SelfAssessment>) -> Option<Growth> {
    let (mut b, mut a, mut n, mut people) = (0u32, 0u32, 0u32, 0u32);
    for s in items {
        let mut any = false;
        for (area, before) in &s.before {
            if let Some(after) = s.after.get(area) {
                b += *before as u32;
                a += *after as u32;
                n += 1;
                any = true;
            }
        }
        people += any as u32;
    }
    Some(Growth {
        before: mean_tenths(b, n)?,
        after: mean_tenths(a, n)?,
        marks: n,
        people,
    })
}

/// Per area: (area id, mean before, mean after) in tenths over the marks given both times.
pub fn growth_by_area(items: &[SelfAssessment]) -> BTreeMap<String, (u32, u32)> {
    let mut acc: BTreeMap<String, (u32, u32, u32)> = BTreeMap::new();
    for s in items {
        for (area, before) in &s.before {
            if let Some(after) = s.after.get(area) {
                let e = acc.entry(area.clone()).or_default();
                e.0 += *before as u32;
                e.1 += *after as u32;
                e.2 += 1;
            }
        }
    }
    super::sorting::map_of(
        acc.into_iter()
            .filter_map(|(k, (b, a, n))| Some((k, (mean_tenths(b, n)?, mean_tenths(a, n)?)))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_questions_are_numbered_in_order() {
        let m = Monitoring::default();
        let ids = |qs: &[Question]| qs.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&m.mentee_questions), ["q1", "q2", "q3", "q4", "q5"]);
        assert_eq!(
            ids(&m.mentor_questions),
            ["q1", "q2", "q3", "q4", "q5", "q6"]
        );
        assert_eq!(m.mentee_questions[0].text, "Качество встреч с наставником");
        assert_eq!(
            (m.mentor_questions[4].scale, m.mentor_questions[5].scale),
            (10, 5)
        );
    }

    fn with_round() -> Monitoring {
        let mut m = Monitoring::default();
        m.add_round(RoundKind::Final, "2026-05-20").unwrap();
        m
    }

    #[test]
    fn questions_are_edited_and_removed_with_their_answers() {
        let mut m = with_round();
        let id = m
            .add_question(Audience::Mentee, "  Доступность   наставника ", 5)
            .unwrap();
        assert_eq!(id, "q6");
        assert_eq!(m.mentee_questions[5].text, "Доступность наставника");
        assert!(m.add_question(Audience::Mentee, " ", 5).is_err());
        assert!(m.add_question(Audience::Mentee, "Шкала 7", 7).is_err());
        m.set_answer(("m1", "g1", "p1"), Audience::Mentee, "q6", Some(5))
            .unwrap();
        assert!(m
            .set_answer(("m1", "g1", "p1"), Audience::Mentee, "q6", Some(6))
            .unwrap_err()
            .contains("от 1 до 5"));
        // The scale cannot shrink under an answer.
        m.edit_question(Audience::Mentee, "q1", "Качество встреч", 10)
            .unwrap();
        m.set_answer(("m1", "g1", "p1"), Audience::Mentee, "q1", Some(9))
            .unwrap();
        assert!(m
            .edit_question(Audience::Mentee, "q1", "Качество встреч", 5)
            .is_err());
        assert_eq!(m.answers_to(Audience::Mentee, "q6"), 1);
        m.remove_question(Audience::Mentee, "q6").unwrap();
        assert_eq!(m.responses[0].answers.len(), 1);
        m.remove_question(Audience::Mentee, "q1").unwrap();
        assert!(m.responses.is_empty(), "a response without marks goes");
    }

    #[test]
    fn a_response_is_created_by_its_first_mark_and_removed_with_its_last() {
        let mut m = with_round();
        assert!(m
            .set_answer(("m9", "g1", "p1"), Audience::Mentee, "q1", Some(5))
            .is_err());
        m.set_answer(("m1", "g1", "p1"), Audience::Mentee, "q1", Some(8))
            .unwrap();
        assert_eq!(m.response("m1", "g1", "p1").unwrap().answers["q1"], 8);
        m.set_answer(("m1", "g1", "p1"), Audience::Mentee, "q1", None)
            .unwrap();
        assert!(m.responses.is_empty());
        m.remove_round("m1").unwrap();
        assert!(m.final_round().is_none());
    }

    #[test]
    fn results_count_each_mark_and_average_in_tenths() {
        let mut m = with_round();
        for (person, v) in [("p1", 7), ("p2", 8), ("p3", 8), ("p4", 10)] {
            m.set_answer(("m1", "g1", person), Audience::Mentee, "q1", Some(v))
                .unwrap();
        }
        let r = &question_results(&m, Audience::Mentee, Some("m1"))[0];
        // (7 + 8 + 8 + 10) / 4 = 33 / 4 = 8,25 → 8,3 (half up).
        assert_eq!(r.mean, Some(83));
        assert_eq!(r.counts, [0, 0, 0, 0, 0, 0, 1, 2, 0, 1]);
        assert_eq!(
            question_results(&m, Audience::Mentee, Some("m1"))[1].mean,
            None
        );
        assert_eq!(tenths(83), "8,3");
        assert_eq!(signed_tenths(-3), "\u{2212}0,3");
        assert_eq!(signed_tenths(8), "+0,8");
        // Satisfaction on 10 points: a mentor's 4 of 5 counts as 8.
        m.set_answer(("m1", "g1", "p9"), Audience::Mentor, "q6", Some(4))
            .unwrap();
        m.set_answer(("m1", "g1", "p9"), Audience::Mentor, "q1", Some(9))
            .unwrap();
        // (7 + 8 + 8 + 10 + 8 + 9) / 6 = 50 / 6 = 8,33 → 8,3.
        assert_eq!(satisfaction(&m, m.responses.iter()), Some(83));
        assert_eq!(satisfaction(&m, std::iter::empty()), None);
    }

    #[test]
    fn growth_uses_only_areas_rated_both_times() {
        let mut m = Monitoring::default();
        for (area, before, after) in [("planning", 2, 4), ("parents", 3, 4), ("digital", 1, 0)] {
            m.set_self_mark("p1", area, false, Some(before)).unwrap();
            if after > 0 {
                m.set_self_mark("p1", area, true, Some(after)).unwrap();
            }
        }
        m.set_self_mark("p2", "planning", false, Some(3)).unwrap();
        m.set_self_mark("p2", "planning", true, Some(3)).unwrap();
        assert!(m.set_self_mark("p2", "planning", true, Some(6)).is_err());
        // Pairs of marks: (2,4), (3,4), (3,3): before 8/3 = 2,67 → 2,7; after 11/3 = 3,67 → 3,7.
        let g = growth(m.self_assessment.iter()).unwrap();
        assert_eq!((g.before, g.after, g.marks, g.people), (27, 37, 3, 2));
        assert_eq!(g.delta(), 10);
        let by_area = growth_by_area(&m.self_assessment);
        // planning: before (2 + 3) / 2 = 2,5, after (4 + 3) / 2 = 3,5.
        assert_eq!(by_area["planning"], (25, 35));
        assert!(!by_area.contains_key("digital"));
        assert_eq!(growth(std::iter::empty()), None);
        assert_eq!(m.uses_of_area("planning"), 4);
        m.forget_area("planning");
        m.forget_person("p1");
        assert!(m.self_assessment.is_empty());
    }
}
