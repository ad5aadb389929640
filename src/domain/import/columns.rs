//! Which field each column of a teacher list holds, guessed from its header.

crate::domain::text_fields::labeled! {
    /// A field of the teacher list that a column can be imported into, in the order a column
    /// picker lists them (`Ignore` last).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Column {
        FullName => "ФИО",
        Position => "Должность",
        Subjects => "Предметы",
        /// Pedagogical experience, in years.
        Experience => "Педагогический стаж",
        /// Years in this school (организация, «ОО»).
        SchoolExperience => "Стаж в этой школе",
        BirthDate => "Дата рождения",
        AgeGroup => "Возрастная группа",
        Category => "Квалификационная категория",
        Phone => "Телефон",
        Email => "Электронная почта",
        /// Participation in mentoring: «наставник», «наставляемый», «молодой специалист».
        Role => "Роль в наставничестве",
        /// The date of the consent to processing of personal data (or «да»).
        ConsentProcessing => "Согласие на обработку ПД",
        /// The date of the consent to publication (dissemination).
        ConsentPublication => "Согласие на публикацию",
        /// The date of a mentor's written consent to mentor (art. 351.8 ТК РФ).
        ConsentMentoring => "Согласие на наставничество (ст. 351.8 ТК РФ)",
        /// Not imported.
        Ignore => "Не импортировать",
    }
}

/// Guesses the field of each column from its header: case-insensitive, «ё» read as «е»,
/// punctuation and extra words ignored («Ф.И.О. педагога», «Стаж работы (лет)»). A field is
/// given to the first column that names it; later ones, and unknown headers, are `Ignore`.
pub fn guess_columns(headers: &[String]) -> Vec<Column> {
    let mut used = Vec::new();
    headers
        .iter()
        .map(|header| match guess(header) {
            Column::Ignore => Column::Ignore,
            column if used.contains(&column) => Column::Ignore,
            column => {
                used.push(column);
                column
            }
        })
        .collect()
}

/// A header as lower-case words: «ё» → «е», dots removed (so «Ф.И.О.» is «фио» and «Тел.» is
/// «тел»), any other non-alphanumeric character a word break.
fn words(header: &str) -> Vec<String> {
    let mut text = String::with_capacity(header.len());
    for c in header.chars().flat_map(char::to_lowercase) {
        match c {
            'ё' => text.push('е'),
            '.' => {}
            c if c.is_alphanumeric() => text.push(c),
            _ => text.push(' '),
        }
    }
    text.split_whitespace().map(str::to_string).collect()
}

fn guess(header: &str) -> Column {
    let words = words(header);
    let word = |w: &str| words.iter().any(|x| x == w);
    let prefix = |p: &str| words.iter().any(|x| x.starts_with(p));
    let phrase = |a: &str, b: &str| words.windows(2).any(|w| w[0] == a && w[1].starts_with(b));

    let school = word("оо")
        || word("оу")
        || prefix("школ")
        || prefix("учрежден")
        || prefix("организаци")
        || prefix("гимнази")
        || prefix("лицей")
        || prefix("лицее")
        || prefix("school");
    let this = word("этой") || word("данной") || word("нашей") || word("этом") || word("данном");
    let experience = prefix("стаж") || phrase("опыт", "работ") || prefix("experience");
    let full_name = words.iter().any(|w| w.starts_with("фио"))
        || words
            .windows(3)
            .any(|w| w[0] == "ф" && w[1] == "и" && w[2] == "о")
        || prefix("фамили")
        || word("имя")
        || word("name")
        || word("fullname");

    let consent = prefix("соглас");
    if consent && (prefix("наставнич") || word("351") || word("3518") || prefix("письмен"))
    {
        Column::ConsentMentoring
    } else if consent && (prefix("публикац") || prefix("распростран") || prefix("размещ"))
    {
        Column::ConsentPublication
    } else if consent && (prefix("обработ") || word("пд") || word("пдн") || prefix("персональн"))
    {
        Column::ConsentProcessing
    } else if word("роль") || (phrase("участие", "в") && prefix("наставничеств"))
    {
        Column::Role
    } else if (experience || this) && school {
        Column::SchoolExperience
    } else if experience {
        Column::Experience
    } else if prefix("рожд") || word("др") || prefix("birth") || word("dob") {
        Column::BirthDate
    } else if full_name {
        Column::FullName
    } else if prefix("должност") || word("position") || word("job") {
        Column::Position
    } else if prefix("предмет")
        || prefix("дисциплин")
        || prefix("преподаваем")
        || prefix("subject")
        || prefix("discipline")
    {
        Column::Subjects
    } else if prefix("возраст") || word("age") {
        Column::AgeGroup
    } else if prefix("категори") || prefix("category") {
        Column::Category
    } else if prefix("телефон")
        || word("тел")
        || prefix("моб")
        || prefix("сотов")
        || prefix("phone")
        || word("tel")
        || word("mobile")
    {
        Column::Phone
    } else if phrase("e", "mail")
        || word("email")
        || word("mail")
        || word("почта")
        || word("почты")
        || (prefix("электрон") && prefix("адрес"))
    {
        Column::Email
    } else {
        Column::Ignore
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(header: &str) -> Column {
        guess_columns(&[header.to_string()])[0]
    }

    /// The columns guessed for a whole header row.
    fn guessed(headers: &[&str]) -> Vec<Column> {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        guess_columns(&headers)
    }

    fn check(column: Column, headers: &[&str]) {
        for header in headers {
            assert_eq!(one(header), column, "«{header}»");
        }
    }

    #[test]
    fn full_name() {
        check(
            Column::FullName,
            &[
                "ФИО",
                "фио",
                "Фамилия, имя, отчество",
                "Ф.И.О. педагога",
                "Ф. И. О.",
                "Ф.И.О.педагога",
                "ФИО (полностью)",
                "Фамилия Имя Отчество",
                "Full name",
                "Name",
            ],
        );
    }

    #[test]
    fn position() {
        check(
            Column::Position,
            &["Должность", "Занимаемая должность", "ДОЛЖНОСТЬ", "Position"],
        );
    }

    #[test]
    fn subjects() {
        check(
            Column::Subjects,
            &[
                "Предмет",
                "Предметы",
                "Преподаваемые предметы",
                "Дисциплина",
                "Преподаваемая дисциплина",
                "Subjects",
            ],
        );
    }

    #[test]
    fn experience() {
        check(
            Column::Experience,
            &[
                "Стаж",
                "Педагогический стаж",
                "Стаж работы (лет)",
                "Общий стаж",
                "Пед. стаж",
                "Стаж в должности",
                "Опыт работы",
                "Experience",
            ],
        );
    }

    #[test]
    fn school_experience_is_not_taken_for_experience() {
        check(
            Column::SchoolExperience,
            &[
                "Стаж в ОО",
                "стаж в оо",
                "Стаж в О.О.",
                "Стаж в данной школе",
                "в этой школе",
                "Стаж работы в данном учреждении",
                "Стаж в данной образовательной организации",
                "Стаж в гимназии",
            ],
        );
        assert_eq!(
            guess_columns(&["Стаж в ОО".to_string(), "Стаж".to_string()]),
            vec![Column::SchoolExperience, Column::Experience]
        );
    }

    #[test]
    fn birth_date() {
        check(
            Column::BirthDate,
            &[
                "Дата рождения",
                "дата рождения (дд.мм.гггг)",
                "Год рождения",
                "Д.Р.",
                "Date of birth",
            ],
        );
    }

    #[test]
    fn age_group() {
        check(
            Column::AgeGroup,
            &["Возраст", "Возрастная группа", "Возраст (лет)", "Age"],
        );
    }

    #[test]
    fn category() {
        check(
            Column::Category,
            &[
                "Категория",
                "Квалификационная категория",
                "Кв. категория",
                "Category",
            ],
        );
    }

    #[test]
    fn phone() {
        check(
            Column::Phone,
            &["Телефон", "Тел.", "тел", "Моб. телефон", "Сотовый", "Phone"],
        );
    }

    #[test]
    fn email() {
        check(
            Column::Email,
            &[
                "E-mail",
                "e-mail",
                "Email",
                "Эл. почта",
                "Электронная почта",
                "Адрес электронной почты",
                "Электронный адрес",
                "Mail",
            ],
        );
    }

    #[test]
    fn role_and_consents() {
        check(
            Column::Role,
            &[
                "Роль",
                "Роль в наставничестве",
                "Участие в наставничестве",
                "РОЛЬ (наставник/наставляемый)",
            ],
        );
        check(
            Column::ConsentProcessing,
            &[
                "Согласие на обработку ПД",
                "Согласие на обработку персональных данных",
                "согласие на обработку пдн (дата)",
                "Согласие ПД",
            ],
        );
        check(
            Column::ConsentPublication,
            &[
                "Согласие на публикацию",
                "Согласие на распространение ПД",
                "Согласие на размещение на сайте",
            ],
        );
        check(
            Column::ConsentMentoring,
            &[
                "Согласие на наставничество (ст. 351.8)",
                "Письменное согласие на наставничество",
                "Согласие (ст. 351.8 ТК РФ)",
            ],
        );
    }

    #[test]
    fn letter_yo_and_case_do_not_matter() {
        check(Column::FullName, &["ФАМИЛИЯ, ИМЯ, ОТЧЕСТВО"]);
        check(Column::Subjects, &["Преподаваёмые предметы"]);
        check(Column::SchoolExperience, &["СТАЖ в этой ШКОЛЕ"]);
    }

    #[test]
    fn unknown_headers_are_ignored() {
        check(
            Column::Ignore,
            &[
                "",
                "№",
                "№ п/п",
                "Образование",
                "Почтовый адрес",
                "Преподаватель-организатор ОБЖ: примечание",
                "Школа",
                "Наставник",
                "Примечание",
            ],
        );
    }

    #[test]
    fn no_field_is_guessed_twice() {
        assert_eq!(
            guessed(&[
                "№",
                "ФИО",
                "Должность",
                "Фамилия",
                "Предметы",
                "Стаж",
                "Педагогический стаж",
                "Стаж в ОО",
                "Стаж в данной школе",
                "Телефон",
                "Тел.",
            ]),
            vec![
                Column::Ignore,
                Column::FullName,
                Column::Position,
                Column::Ignore,
                Column::Subjects,
                Column::Experience,
                Column::Ignore,
                Column::SchoolExperience,
                Column::Ignore,
                Column::Phone,
                Column::Ignore,
            ]
        );
    }

    #[test]
    fn a_typical_school_list() {
        assert_eq!(
            guessed(&[
                "№ п/п",
                "Ф.И.О. педагога",
                "Должность",
                "Преподаваемые предметы",
                "Педагогический стаж",
                "Стаж в ОО",
                "Дата рождения",
                "Квалификационная категория",
                "Тел.",
                "Эл. почта",
                "Возрастная группа",
            ]),
            vec![
                Column::Ignore,
                Column::FullName,
                Column::Position,
                Column::Subjects,
                Column::Experience,
                Column::SchoolExperience,
                Column::BirthDate,
                Column::Category,
                Column::Phone,
                Column::Email,
                Column::AgeGroup,
            ]
        );
    }

    #[test]
    fn labels_are_distinct_and_ignore_comes_last() {
        let mut labels: Vec<&str> = Column::ALL.iter().map(|c| c.label()).collect();
        assert_eq!(labels[0], "ФИО");
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), Column::ALL.len());
        assert_eq!(Column::ALL.last(), Some(&Column::Ignore));
    }
}
