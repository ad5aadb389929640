//! The questions to copy into the form builder, worded so that the export's headers are recognised.

use super::*;

/// One question of the online form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormQuestion {
    /// The question's text: copied into the form as it is, it becomes the export's header.
    pub title: String,
    /// The question type to choose in the builder, in Russian.
    pub kind: String,
    /// The answer options, for choice questions.
    pub options: Vec<String>,
    /// What the column of its answers is read into.
    pub field: Field,
}

pub(super) fn question(
    title: impl Into<String>,
    kind: &str,
    options: Vec<String>,
    field: Field,
) -> FormQuestion {
    FormQuestion {
        title: title.into(),
        kind: kind.to_string(),
        options,
        field,
    }
}

/// The questions of a bank's questionnaire for an online form: the same as the printed blank
/// (about oneself, the school's own areas rated 1–5, the forms of mentoring the school uses,
/// for mentors the capacity and the motivation, a free text).
pub fn form_questions(data: &SchoolData, audience: Audience) -> Vec<FormQuestion> {
    let mentee = audience == Audience::Mentee;
    let short = "короткий ответ";
    let mut out = vec![
        question(
            "Фамилия, имя, отчество (полностью)",
            "короткий ответ, обязательный",
            vec![],
            Field::Person,
        ),
        question("Должность", short, vec![], Field::Info(Column::Position)),
        question(
            "Преподаваемые предметы",
            short,
            vec![],
            Field::Info(Column::Subjects),
        ),
        question(
            "Педагогический стаж, лет",
            "короткий ответ (число)",
            vec![],
            Field::Info(Column::Experience),
        ),
        question(
            "Стаж в образовательной организации, лет",
            "короткий ответ (число)",
            vec![],
            Field::Info(Column::SchoolExperience),
        ),
        question(
            "Квалификационная категория",
            "один вариант из списка",
            Category::ALL
                .iter()
                .map(|c| c.label().to_string())
                .collect(),
            Field::Info(Column::Category),
        ),
    ];
    let scale = if mentee {
        "шкала от 1 до 5 (1 — помощь не нужна, 5 — помощь очень нужна)"
    } else {
        "шкала от 1 до 5 (1 — не готов(а) помочь, 5 — могу научить других)"
    };
    for area in &data.taxonomy {
        let title = if mentee {
            format!("Насколько вам нужна помощь: {}", area.title)
        } else {
            format!("Насколько вы готовы помочь коллегам: {}", area.title)
        };
        out.push(question(title, scale, vec![], Field::Area(area.id.clone())));
    }
    if !mentee {
        out.push(question(
            CAPACITY_QUESTION,
            "один вариант из списка",
            (1..=MAX_CAPACITY).map(|n| n.to_string()).collect(),
            Field::Capacity,
        ));
    }
    let forms = if data.profile.forms.is_empty() {
        MentoringForm::ALL.to_vec()
    } else {
        data.profile.forms.clone()
    };
    out.push(question(
        FORMS_QUESTION,
        "несколько вариантов из списка",
        forms
            .into_iter()
            .map(|f| form_option(f).to_string())
            .collect(),
        Field::Forms,
    ));
    if mentee {
        out.push(question(
            "Ваши профессиональные запросы и затруднения своими словами",
            "длинный ответ",
            vec![],
            Field::Text,
        ));
    } else {
        out.push(question(
            "Почему вы хотите стать наставником",
            "длинный ответ",
            vec![],
            Field::Motivation,
        ));
        out.push(question(
            "Опыт, которым готовы поделиться; дополнительно",
            "длинный ответ",
            vec![],
            Field::Text,
        ));
    }
    out
}

/// «Вопросы для онлайн-формы»: the questionnaire as text to copy into a form builder, one
/// numbered question a line, its type and options under it.
pub fn form_text(data: &SchoolData, audience: Audience) -> String {
    let title = match audience {
        Audience::Mentee => "Анкета наставляемого",
        Audience::Mentor => "Анкета кандидата в наставники",
    };
    let school = if data.profile.short_name.trim().is_empty() {
        data.profile.full_name.trim()
    } else {
        data.profile.short_name.trim()
    };
    let mut out = title.to_string();
    if !school.is_empty() {
        out.push_str(&format!(" — {school}"));
    }
    if !data.profile.academic_year.trim().is_empty() {
        out.push_str(&format!(
            ", {} учебный год",
            data.profile.academic_year.trim()
        ));
    }
    out.push_str(
        "\n\nКаждый пункт — отдельный вопрос формы. Текст вопроса перенесите без изменений: \
         по нему программа узнает столбец в выгрузке ответов. Тип вопроса и варианты ответа \
         указаны под вопросом.\n",
    );
    for (i, q) in form_questions(data, audience).iter().enumerate() {
        out.push_str(&format!("\n{}. {}\n   Тип: {}.\n", i + 1, q.title, q.kind));
        for o in &q.options {
            out.push_str(&format!("   — {o}\n"));
        }
    }
    out
}
