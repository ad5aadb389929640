//! What both answer imports share — the monitoring answers of stage 6 (`answers.rs`) and the
//! bank questionnaires of stages 2–3 (`questionnaire.rs`): reading a respondent's ФИО the way
//! people type it, reading a form's column headers, and checking a mark on a scale; the file
//! being imported with what each of its columns holds ([`ImportSource`]).

use super::Table;
use crate::domain::data::SchoolData;
use crate::domain::monitoring::Audience;
use crate::domain::people::Person;

/// The file of an answer import as it is read: whose questionnaire the answers are
/// (`audience`) and what each column holds (`columns`: a monitoring [`Target`](super::Target)
/// or a bank questionnaire's [`Field`](super::questionnaire::Field)), guessed from the headers
/// and changed in the preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSource<C> {
    pub file_name: String,
    pub table: Table,
    pub audience: Audience,
    pub columns: Vec<C>,
}

/// How the columns of a questionnaire's answers are guessed from the headers.
pub type GuessColumns<C> = fn(&[String], &SchoolData, Audience) -> Vec<C>;

impl<C: PartialEq> ImportSource<C> {
    pub fn new(
        file_name: &str,
        table: Table,
        data: &SchoolData,
        audience: Audience,
        guess: GuessColumns<C>,
    ) -> Self {
        ImportSource {
            file_name: file_name.to_string(),
            columns: guess(&table.headers, data, audience),
            table,
            audience,
        }
    }

    /// Another audience: the columns are guessed again, as [`new`](Self::new) guesses them.
    pub fn set_audience(&mut self, audience: Audience, data: &SchoolData, guess: GuessColumns<C>) {
        self.audience = audience;
        self.columns = guess(&self.table.headers, data, audience);
    }

    /// Says what column `col` holds (a column the file lacks changes nothing).
    pub fn set_column(&mut self, col: usize, holds: C) {
        if let Some(c) = self.columns.get_mut(col) {
            *c = holds;
        }
    }

    /// The first column holding `what`.
    pub fn column_of(&self, what: &C) -> Option<usize> {
        self.columns.iter().position(|c| c == what)
    }

    /// Checks that exactly one column holds the respondent's ФИО (`person`).
    pub fn check_person_column(&self, person: &C) -> Result<(), String> {
        match self.columns.iter().filter(|c| *c == person).count() {
            0 => Err("Укажите, в каком столбце ФИО отвечающего.".into()),
            1 => Ok(()),
            _ => Err("ФИО выбрано для нескольких столбцов: оставьте один.".into()),
        }
    }
}

/// A text for comparison: lower case, «ё» read as «е», punctuation a space, single spaces.
/// «Насколько вам нужна помощь? [ФГОС/ФООП]» → «насколько вам нужна помощь фгос фооп».
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ё' => out.push('е'),
            c if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A form's column header split into the question and, for a grid question, its row:
/// Google Forms writes «Вопрос [строка]», Яндекс Формы «Вопрос / строка» (both folded).
pub fn header_parts(header: &str) -> (String, Option<String>) {
    if let (Some(a), Some(b)) = (header.find('['), header.rfind(']')) {
        if a < b {
            return (fold(&header[..a]), Some(fold(&header[a + 1..b])));
        }
    }
    (fold(header), None)
}

/// Whether a header names the respondent: «ФИО», «Ф.И.О.», «Фамилия, имя, отчество»,
/// «Ваше имя».
pub fn names_person(header: &str) -> bool {
    let words: Vec<String> = fold(&header.replace('.', ""))
        .split(' ')
        .map(str::to_string)
        .collect();
    words
        .iter()
        .any(|w| w.starts_with("фио") || w.starts_with("фамили"))
        || words.iter().any(|w| w == "имя")
        || words
            .windows(3)
            .any(|w| w[0] == "ф" && w[1] == "и" && w[2] == "о")
}

/// The words of a ФИО, folded; «М.П.» is split into two initials.
fn name_words(name: &str) -> Vec<String> {
    let lower = name.to_lowercase().replace('ё', "е");
    let mut out = Vec::new();
    for token in lower.split(|c: char| c.is_whitespace() || c == ',') {
        if token.is_empty() {
            continue;
        }
        // «м.п.» → «м.», «п.»; «петровна» stays whole.
        let parts: Vec<&str> = token.split_inclusive('.').collect();
        if parts.len() > 1
            && parts
                .iter()
                .all(|p| p.trim_end_matches('.').chars().count() <= 1)
        {
            out.extend(parts.iter().map(|p| p.to_string()).filter(|p| p != "."));
        } else {
            out.push(token.to_string());
        }
    }
    out
}

/// One written word fits a word of the register: the same word, or its initial («м.», «м»).
fn word_fits(written: &str, full: &str) -> bool {
    let w = written.trim_end_matches('.');
    if w.is_empty() {
        return false;
    }
    let full = full.trim_end_matches('.');
    if w.chars().count() == 1 {
        return full.starts_with(w);
    }
    w == full
}

/// Whether the written ФИО may be this full name: word by word (surname first, or the
/// initials before the surname as in «М. П. Иванова»), initials allowed, trailing words of
/// the register may be missing («Иванова Мария» for «Иванова Мария Петровна»).
fn fits(written: &[String], full: &[String]) -> bool {
    let in_order = |w: &[String]| {
        !w.is_empty() && w.len() <= full.len() && w.iter().zip(full).all(|(a, b)| word_fits(a, b))
    };
    if in_order(written) {
        return true;
    }
    // «М. П. Иванова» → «Иванова М. П.»
    let initial = |s: &String| s.trim_end_matches('.').chars().count() == 1;
    if written.len() >= 2
        && !initial(written.last().unwrap())
        && written[..written.len() - 1].iter().all(initial)
    {
        let mut turned = vec![written.last().unwrap().clone()];
        turned.extend(written[..written.len() - 1].iter().cloned());
        return in_order(&turned);
    }
    false
}

/// Who a written ФИО names in the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameMatch {
    /// Index into the people.
    One(usize),
    /// Nobody.
    None,
    /// Several people (indices): the name must be written more fully.
    Many(Vec<usize>),
}

/// Finds the person a ФИО names: case, «ё»/«е» and extra spaces do not matter; the same full
/// name wins; otherwise a name with initials («Иванова М. П.», «М.П. Иванова») or without its
/// last words («Иванова Мария») counts when it fits exactly one person. Anonymized records are
/// never matched.
pub fn match_name(people: &[Person], name: &str) -> NameMatch {
    let written = name_words(name);
    if written.is_empty() {
        return NameMatch::None;
    }
    let candidates: Vec<(usize, Vec<String>)> = people
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.anonymized)
        .map(|(i, p)| (i, name_words(&p.full_name)))
        .collect();
    let exact: Vec<usize> = candidates
        .iter()
        .filter(|(_, words)| *words == written)
        .map(|(i, _)| *i)
        .collect();
    let found = if exact.is_empty() {
        candidates
            .iter()
            .filter(|(_, words)| fits(&written, words))
            .map(|(i, _)| *i)
            .collect()
    } else {
        exact
    };
    match found.as_slice() {
        [] => NameMatch::None,
        [one] => NameMatch::One(*one),
        _ => NameMatch::Many(found),
    }
}

/// The person a ФИО names, or a Russian reason (without the final full stop): nobody, or
/// several people, listed.
pub fn find_person<'a>(people: &'a [Person], name: &str) -> Result<&'a Person, String> {
    match match_name(people, name) {
        NameMatch::One(i) => Ok(&people[i]),
        NameMatch::None => Err(format!("педагога «{}» нет в реестре", name.trim())),
        NameMatch::Many(list) => Err(format!(
            "«{}» подходит нескольким педагогам реестра ({}): уточните ФИО",
            name.trim(),
            list.iter()
                .map(|i| people[*i].full_name.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        )),
    }
}

/// A mark on a scale from 1 to `scale` as a form exports it: «4», «4 — часто», an empty cell
/// (no answer). The error names the question.
pub fn parse_mark(question: &str, value: &str, scale: u8) -> Result<Option<u8>, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let digits: String = v.chars().take_while(char::is_ascii_digit).collect();
    match digits.parse::<u32>() {
        Ok(n) if (1..=scale as u32).contains(&n) => Ok(Some(n as u8)),
        Ok(n) => Err(format!(
            "«{question}»: оценка {n} вне шкалы от 1 до {scale}."
        )),
        Err(_) => Err(format!("«{question}»: «{v}» — не оценка от 1 до {scale}.")),
    }
}

/// The first letter in upper case (for a reason that starts a message).
pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(names: &[&str]) -> Vec<Person> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| Person {
                id: format!("p{}", i + 1),
                full_name: n.to_string(),
                ..Default::default()
            })
            .collect()
    }

    #[test]
    fn names_match_with_yo_spaces_case_and_initials() {
        let ps = people(&[
            "Иванова Мария Петровна",
            "Семёнов Пётр Ильич",
            "Кузнецова Анна Сергеевна",
            "Кузнецова Анна Викторовна",
            "Орлов Олег Олегович",
        ]);
        let one = |n: &str| match_name(&ps, n);
        assert_eq!(one("Иванова Мария Петровна"), NameMatch::One(0));
        assert_eq!(one("  иванова   МАРИЯ петровна "), NameMatch::One(0));
        assert_eq!(
            one("Семенов Петр Ильич"),
            NameMatch::One(1),
            "ё written as е"
        );
        assert_eq!(one("Иванова М. П."), NameMatch::One(0));
        assert_eq!(one("Иванова М.П."), NameMatch::One(0));
        assert_eq!(one("иванова м п"), NameMatch::One(0));
        assert_eq!(one("М. П. Иванова"), NameMatch::One(0));
        assert_eq!(one("Иванова Мария"), NameMatch::One(0));
        assert_eq!(one("Орлов О. О."), NameMatch::One(4));
        // Ambiguous: both Кузнецовы Анны fit.
        assert_eq!(one("Кузнецова А. С."), NameMatch::One(2));
        assert_eq!(one("Кузнецова Анна"), NameMatch::Many(vec![2, 3]));
        assert_eq!(one("Кузнецова А."), NameMatch::Many(vec![2, 3]));
        // Unknown, or a wrong initial.
        assert_eq!(one("Сидоров Пётр Ильич"), NameMatch::None);
        assert_eq!(one("Иванова М. С."), NameMatch::None);
        assert_eq!(one("Иванова Мария Петровна Старшая"), NameMatch::None);
        assert_eq!(
            one("Мария"),
            NameMatch::None,
            "a first name alone is not a surname"
        );
        assert_eq!(one(""), NameMatch::None);
    }

    #[test]
    fn an_exact_name_wins_over_a_shorter_fit() {
        let ps = people(&["Петров Иван", "Петров Иван Сергеевич"]);
        assert_eq!(match_name(&ps, "петров иван"), NameMatch::One(0));
        assert_eq!(match_name(&ps, "Петров И. С."), NameMatch::One(1));
    }

    #[test]
    fn anonymized_people_are_never_found() {
        let mut ps = people(&["Участник 1"]);
        ps[0].anonymized = true;
        assert_eq!(match_name(&ps, "Участник 1"), NameMatch::None);
    }

    #[test]
    fn find_person_lists_the_people_an_ambiguous_name_fits() {
        let ps = people(&["Кузнецова Анна Сергеевна", "Кузнецова Анна Викторовна"]);
        assert_eq!(
            find_person(&ps, "Кузнецова Анна").unwrap_err(),
            "«Кузнецова Анна» подходит нескольким педагогам реестра (Кузнецова Анна \
             Сергеевна; Кузнецова Анна Викторовна): уточните ФИО"
        );
        assert_eq!(
            find_person(&ps, " Сидоров ").unwrap_err(),
            "педагога «Сидоров» нет в реестре"
        );
    }

    #[test]
    fn headers_are_folded_and_grid_rows_split() {
        assert_eq!(
            fold("  ФГОС/ФООП,  рабочие программы "),
            "фгос фооп рабочие программы"
        );
        assert_eq!(
            header_parts("Насколько вам нужна помощь? [Оценивание и контроль]"),
            (
                "насколько вам нужна помощь".to_string(),
                Some("оценивание и контроль".to_string())
            )
        );
        assert_eq!(
            header_parts("Время создания"),
            ("время создания".into(), None)
        );
        for h in [
            "ФИО",
            "Ф.И.О.",
            "Фамилия, имя, отчество (полностью)",
            "Ваше имя",
            "Ф. И. О.",
        ] {
            assert!(names_person(h), "{h}");
        }
        for h in [
            "ID",
            "Время создания",
            "Отметка времени",
            "Стаж",
            "Почему вы хотите стать наставником",
        ] {
            assert!(!names_person(h), "{h}");
        }
    }

    #[test]
    fn marks_are_read_as_forms_export_them() {
        assert_eq!(parse_mark("Q", "4", 5), Ok(Some(4)));
        assert_eq!(parse_mark("Q", " 5 — очень нужна", 5), Ok(Some(5)));
        assert_eq!(parse_mark("Q", "", 5), Ok(None));
        assert_eq!(
            parse_mark("Q", "7", 5).unwrap_err(),
            "«Q»: оценка 7 вне шкалы от 1 до 5."
        );
        assert_eq!(
            parse_mark("Q", "много", 5).unwrap_err(),
            "«Q»: «много» — не оценка от 1 до 5."
        );
        assert!(parse_mark("Q", "0", 5).is_err());
    }
}
