//! Answers of a monitoring questionnaire from the CSV export of an online form (Яндекс Формы,
//! Google Forms) or an XLSX file: a column holds the person's ФИО, other columns the marks of
//! the questions. Every row is checked on its own with Russian messages naming the row; the
//! data changes only when the coordinator confirms (`Monitoring::import_responses`).

use super::common::{
    capitalize, find_person, fold, header_parts, names_person, parse_mark, ImportSource,
};
use super::Table;
use crate::domain::data::SchoolData;
use crate::domain::monitoring::{Audience, Response};
use crate::domain::pairs::PairStatus;
use crate::domain::people::Person;

/// What a column of the file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Ignore,
    Person,
    /// The id of a question of the chosen questionnaire.
    Question(String),
}

/// One data row, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    /// The row number as a spreadsheet shows it.
    pub row: usize,
    /// The ФИО as written in the file.
    pub name: String,
    /// What will be saved, when the row has no errors.
    pub response: Option<Response>,
    pub errors: Vec<String>,
    /// Replaces answers already entered for this person, pair and round.
    pub replaces: bool,
}

/// An import in progress: nothing is saved until [`AnswerImport::responses`] are confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerImport {
    pub source: ImportSource<Target>,
    /// The round the answers belong to.
    pub round: String,
    pub rows: Vec<AnswerRow>,
    /// Why the mapping cannot import anything.
    pub mapping_error: Option<String>,
}

/// What a header names: «ФИО» → the person; a question's text (or «Оцените [текст]», as
/// Google Forms heads a grid) → that question.
pub fn guess_targets(headers: &[String], data: &SchoolData, audience: Audience) -> Vec<Target> {
    headers
        .iter()
        .map(|header| {
            if names_person(header) {
                return Target::Person;
            }
            let (question, row) = header_parts(header);
            let inner = row.unwrap_or(question);
            data.monitoring
                .questions(audience)
                .iter()
                .find(|q| {
                    let t = fold(&q.text);
                    t == inner
                        || (inner.chars().count() > 5 && (t.contains(&inner) || inner.contains(&t)))
                })
                .map(|q| Target::Question(q.id.clone()))
                .unwrap_or(Target::Ignore)
        })
        .collect()
}

/// The pair a person answers about: the one they are a mentee (or the mentor) of; an ended
/// early pair counts only when there is no other.
pub fn pair_of(data: &SchoolData, person: &Person, audience: Audience) -> Result<String, String> {
    let of = |g: &&crate::domain::pairs::Pair| match audience {
        Audience::Mentee => g.mentees.contains(&person.id),
        Audience::Mentor => g.mentor == person.id,
    };
    let mut pairs: Vec<&crate::domain::pairs::Pair> = data
        .pairs
        .iter()
        .filter(of)
        .filter(|g| g.status != PairStatus::Terminated)
        .collect();
    if pairs.is_empty() {
        pairs = data.pairs.iter().filter(of).collect();
    }
    match pairs.as_slice() {
        [g] => Ok(g.id.clone()),
        [] => Err(format!(
            "{} не {} ни одной пары (группы)",
            person.full_name,
            match audience {
                Audience::Mentee => "наставляемый",
                Audience::Mentor => "наставник",
            }
        )),
        many => Err(format!(
            "{} — участник нескольких пар ({}): введите эти ответы вручную",
            person.full_name,
            many.iter()
                .map(|g| data.pair_label(g))
                .collect::<Vec<_>>()
                .join("; ")
        )),
    }
}

impl AnswerImport {
    pub fn new(
        file_name: &str,
        table: Table,
        data: &SchoolData,
        audience: Audience,
        round: &str,
    ) -> AnswerImport {
        let mut s = AnswerImport {
            source: ImportSource::new(file_name, table, data, audience, guess_targets),
            round: round.to_string(),
            rows: Vec::new(),
            mapping_error: None,
        };
        s.check(data);
        s
    }

    /// Another questionnaire: the columns are guessed again.
    pub fn set_audience(&mut self, audience: Audience, data: &SchoolData) {
        self.source.set_audience(audience, data, guess_targets);
        self.check(data);
    }

    pub fn set_round(&mut self, round: &str, data: &SchoolData) {
        self.round = round.to_string();
        self.check(data);
    }

    pub fn set_target(&mut self, col: usize, target: Target, data: &SchoolData) {
        self.source.set_column(col, target);
        self.check(data);
    }

    fn mapping(&self, data: &SchoolData) -> Result<(), String> {
        if data.monitoring.round(&self.round).is_none() {
            return Err("Выберите раунд мониторинга, к которому относятся ответы.".into());
        }
        self.source.check_person_column(&Target::Person)?;
        let questions: Vec<&String> = self
            .source
            .columns
            .iter()
            .filter_map(|t| match t {
                Target::Question(q) => Some(q),
                _ => None,
            })
            .collect();
        if questions.is_empty() {
            return Err("Укажите хотя бы один столбец с ответами на вопросы анкеты.".into());
        }
        for (i, q) in questions.iter().enumerate() {
            if questions[..i].contains(q) {
                let text = data
                    .monitoring
                    .question(self.source.audience, q)
                    .map(|q| q.text.as_str())
                    .unwrap_or(q);
                return Err(format!(
                    "Вопрос «{text}» выбран для нескольких столбцов: оставьте один."
                ));
            }
        }
        Ok(())
    }

    /// Checks every row against the mapping and the data.
    fn check(&mut self, data: &SchoolData) {
        self.mapping_error = self.mapping(data).err();
        if self.mapping_error.is_some() {
            self.rows.clear();
            return;
        }
        let audience = self.source.audience;
        let person_col = self.source.column_of(&Target::Person);
        let mut rows: Vec<AnswerRow> = Vec::with_capacity(self.source.table.rows.len());
        for (number, cells) in &self.source.table.rows {
            let name = person_col
                .and_then(|c| cells.get(c))
                .cloned()
                .unwrap_or_default();
            let mut errors = Vec::new();
            let mut response = Response {
                round: self.round.clone(),
                audience,
                ..Default::default()
            };
            if name.trim().is_empty() {
                errors.push("ФИО не заполнено.".to_string());
            } else {
                match find_person(&data.people, &name)
                    .and_then(|p| pair_of(data, p, audience).map(|g| (p, g)))
                {
                    Ok((p, g)) => {
                        response.person = p.id.clone();
                        response.pair = g;
                    }
                    Err(e) => errors.push(format!("{}.", capitalize(&e))),
                }
            }
            for (cell, target) in cells.iter().zip(&self.source.columns) {
                let Target::Question(qid) = target else {
                    continue;
                };
                let Some(q) = data.monitoring.question(audience, qid) else {
                    continue;
                };
                match parse_mark(&q.text, cell, q.scale) {
                    Ok(Some(n)) => {
                        response.answers.insert(qid.clone(), n);
                    }
                    Ok(None) => {}
                    Err(e) => errors.push(e),
                }
            }
            if response.answers.is_empty() && errors.is_empty() {
                errors.push("Нет ни одного ответа на вопросы анкеты.".into());
            }
            if errors.is_empty() {
                if let Some(prev) = rows.iter().find(|r| {
                    r.response
                        .as_ref()
                        .is_some_and(|x| x.person == response.person && x.pair == response.pair)
                }) {
                    errors.push(format!("Повторяет строку {}.", prev.row));
                }
            }
            let replaces = errors.is_empty()
                && data
                    .monitoring
                    .response(&self.round, &response.pair, &response.person)
                    .is_some();
            rows.push(AnswerRow {
                row: *number,
                name,
                response: errors.is_empty().then_some(response),
                errors,
                replaces,
            });
        }
        self.rows = rows;
    }

    /// The responses of the rows without errors.
    pub fn responses(&self) -> Vec<Response> {
        self.rows
            .iter()
            .filter_map(|r| r.response.clone())
            .collect()
    }

    /// «Строк: 5; будут загружены: 3 (заменят введённые ранее: 1); с ошибками: 2».
    pub fn summary(&self) -> String {
        let ok = self.rows.iter().filter(|r| r.response.is_some()).count();
        let replaces = self.rows.iter().filter(|r| r.replaces).count();
        format!(
            "Строк: {}; будут загружены: {ok}{}; с ошибками: {}",
            self.source.table.rows.len(),
            if replaces > 0 {
                format!(" (заменят введённые ранее: {replaces})")
            } else {
                String::new()
            },
            self.rows.len() - ok
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::import::read_table;
    use crate::domain::monitoring::RoundKind;

    /// The v4 fixture: g1 is p17 (Андреева Юлия Андреевна) with p3 (Николаева Татьяна
    /// Сергеевна); g2 is p11 with p6 (Лебедева Наталья Викторовна) and p13.
    fn data() -> SchoolData {
        let mut d = crate::domain::archive::fixture_v4();
        d.monitoring
            .add_round(RoundKind::Final, "2026-05-20")
            .unwrap();
        d
    }

    const CSV: &str = "\
Отметка времени;ФИО;Качество встреч с наставником;Полезность наставничества для моей работы;Комментарий
20.05.2026 10:00;Николаева Татьяна Сергеевна;9;10;спасибо
20.05.2026 10:05;Лебедева Наталья;8;;
20.05.2026 10:07;Сидоров Пётр Ильич;7;7;
20.05.2026 10:09;Васильева Светлана Александровна;11;abc;
20.05.2026 10:11;;5;5;
20.05.2026 10:12;Николаева Татьяна Сергеевна;6;6;
20.05.2026 10:15;Андреева Юлия Андреевна;8;8;
20.05.2026 10:20;Васильева Светлана Александровна;;;
";

    #[test]
    fn rows_are_checked_one_by_one_with_their_numbers() {
        let d = data();
        let table = read_table("ответы.csv", CSV.as_bytes()).unwrap();
        let s = AnswerImport::new("ответы.csv", table, &d, Audience::Mentee, "m1");
        assert_eq!(s.mapping_error, None);
        assert_eq!(
            s.source.columns,
            [
                Target::Ignore,
                Target::Person,
                Target::Question("q1".into()),
                Target::Question("q2".into()),
                Target::Ignore
            ]
        );
        let got: Vec<(usize, Vec<&str>)> = s
            .rows
            .iter()
            .map(|r| (r.row, r.errors.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(
            got,
            [
                (2, vec![]),
                (3, vec![]),
                (4, vec!["Педагога «Сидоров Пётр Ильич» нет в реестре."]),
                (
                    5,
                    vec![
                        "«Качество встреч с наставником»: оценка 11 вне шкалы от 1 до 10.",
                        "«Полезность наставничества для моей работы»: «abc» — не оценка от 1 до 10."
                    ]
                ),
                (6, vec!["ФИО не заполнено."]),
                (7, vec!["Повторяет строку 2."]),
                (
                    8,
                    vec!["Андреева Юлия Андреевна не наставляемый ни одной пары (группы)."]
                ),
                (9, vec!["Нет ни одного ответа на вопросы анкеты."]),
            ]
        );
        let responses = s.responses();
        assert_eq!(responses.len(), 2);
        assert_eq!(
            (responses[0].person.as_str(), responses[0].pair.as_str()),
            ("p3", "g1")
        );
        assert_eq!(responses[0].answers["q1"], 9);
        // «Лебедева Наталья» is the only one whose name begins so; the empty cell is no answer.
        assert_eq!(responses[1].person, "p6");
        assert_eq!(responses[1].pair, "g2");
        assert_eq!(responses[1].answers.len(), 1);
        assert_eq!(s.summary(), "Строк: 8; будут загружены: 2; с ошибками: 6");
    }

    #[test]
    fn nothing_is_saved_until_confirmed_and_a_repeat_replaces() {
        let mut d = data();
        let before = d.clone();
        let table = read_table("ответы.csv", CSV.as_bytes()).unwrap();
        let s = AnswerImport::new("ответы.csv", table.clone(), &d, Audience::Mentee, "m1");
        assert_eq!(d, before, "the preview changes nothing");
        d.monitoring.import_responses(s.responses());
        assert_eq!(d.monitoring.responses.len(), 2);
        let again = AnswerImport::new("ответы.csv", table, &d, Audience::Mentee, "m1");
        assert!(again.summary().contains("заменят введённые ранее: 2"));
        d.monitoring.import_responses(again.responses());
        assert_eq!(d.monitoring.responses.len(), 2);
    }

    #[test]
    fn the_mapping_must_name_the_person_and_a_question_once() {
        let d = data();
        let table = read_table("ответы.csv", CSV.as_bytes()).unwrap();
        let mut s = AnswerImport::new("ответы.csv", table, &d, Audience::Mentee, "m9");
        assert!(s.mapping_error.as_ref().unwrap().contains("раунд"));
        s.set_round("m1", &d);
        s.set_target(1, Target::Ignore, &d);
        assert!(s.mapping_error.as_ref().unwrap().contains("ФИО"));
        assert!(s.rows.is_empty() && s.responses().is_empty());
        s.set_target(1, Target::Person, &d);
        s.set_target(3, Target::Question("q1".into()), &d);
        assert!(s
            .mapping_error
            .as_ref()
            .unwrap()
            .contains("нескольких столбцов"));
        // The mentors' questionnaire: the mentor of g1 answers about g1.
        s.set_audience(Audience::Mentor, &d);
        assert_eq!(
            s.source.columns[2],
            Target::Ignore,
            "no mentor question has that text"
        );
        s.set_target(2, Target::Question("q1".into()), &d);
        assert_eq!(s.mapping_error, None);
        let r = s.rows.iter().find(|r| r.row == 8).unwrap();
        assert_eq!(r.response.as_ref().unwrap().pair, "g1");
    }
}
