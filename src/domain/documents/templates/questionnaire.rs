//! The questionnaires of a mentee and of a mentor.

use super::*;

/// The mentee questionnaire (`mentee`) or the mentor candidate's: blank, or with one
/// teacher's data and answers (the ratings marked «X»).
pub(super) fn questionnaire(c: &Ctx, mentee: bool) -> Vec<Block> {
    use crate::domain::forms::MentoringForm;
    let person = c.person;
    let (ratings, forms, texts, date, capacity) = match person {
        Some(p) if mentee => match p.mentee_answers() {
            Some(a) => (
                Some(&a.needs),
                a.forms.clone(),
                vec![(
                    "Профессиональные запросы и затруднения (своими словами)",
                    a.text.clone(),
                )],
                a.date.clone(),
                None,
            ),
            None => (None, vec![], vec![], String::new(), None),
        },
        Some(p) => match p.mentor_answers() {
            Some(a) => (
                Some(&a.strengths),
                a.forms.clone(),
                vec![
                    ("Почему вы хотите стать наставником", a.motivation.clone()),
                    (
                        "Опыт, которым готовы поделиться; дополнительно",
                        a.text.clone(),
                    ),
                ],
                a.date.clone(),
                Some(a.capacity),
            ),
            None => (None, vec![], vec![], String::new(), None),
        },
        None => (None, vec![], vec![], String::new(), None),
    };
    let filled = |v: String| {
        if v.trim().is_empty() {
            t("")
        } else {
            Run::plain(v)
        }
    };
    let experience = |y: Option<u8>| y.map(|y| y.to_string()).unwrap_or_default();
    let about: Vec<(&str, String)> = vec![
        (
            "Фамилия, имя, отчество",
            person.map(|p| p.full_name.clone()).unwrap_or_default(),
        ),
        (
            "Должность",
            person.map(|p| p.position.clone()).unwrap_or_default(),
        ),
        (
            "Преподаваемые предметы",
            person.map(|p| p.subjects.join(", ")).unwrap_or_default(),
        ),
        (
            "Педагогический стаж, лет",
            person.map(|p| experience(p.experience)).unwrap_or_default(),
        ),
        (
            "Стаж в образовательной организации, лет",
            person
                .map(|p| experience(p.school_experience))
                .unwrap_or_default(),
        ),
        (
            "Квалификационная категория",
            person
                .map(|p| p.category.label().to_string())
                .unwrap_or_default(),
        ),
    ];
    let mut blocks = vec![
        Block::heading(1, "АНКЕТА"),
        Block::aligned(
            vec![b(if mentee {
                "профессиональных запросов и затруднений педагога (наставляемого)"
            } else {
                "кандидата в наставники"
            })],
            Align::Center,
        ),
        Block::aligned(vec![c.full_name()], Align::Center),
        Block::aligned(vec![c.year(), t(" учебный год")], Align::Center),
        Block::para(vec![t(if mentee {
            "Анкета помогает понять, в чём вам нужна поддержка, и подобрать наставника. Ответы используются только для организации наставничества в школе."
        } else {
            "Анкета помогает понять, чем вы готовы поделиться с коллегами, и подобрать вам наставляемых. Наставничество — добровольное, с вашего письменного согласия."
        })]),
        Block::heading(2, "1. Сведения о себе"),
        Block::Table(Table {
            widths: vec![4, 6],
            header: vec![],
            rows: about
                .into_iter()
                .map(|(k, v)| vec![vec![t(k)], vec![filled(v)]])
                .collect(),
        }),
        Block::heading(
            2,
            if mentee {
                "2. В каких областях вам нужна помощь"
            } else {
                "2. Чему вы можете научить коллег"
            },
        ),
        Block::para(vec![Run::italic(if mentee {
            "Отметьте одну оценку в каждой строке: 1 — помощь не нужна, 5 — помощь очень нужна."
        } else {
            "Отметьте одну оценку в каждой строке: 1 — не готов(а) помочь, 5 — могу научить других."
        })]),
        Block::Table(Table {
            widths: vec![7, 1, 1, 1, 1, 1],
            header: bold_cells(&["Область", "1", "2", "3", "4", "5"]),
            rows: c
                .data
                .taxonomy
                .iter()
                .map(|area| {
                    let mark = ratings.and_then(|r| r.get(&area.id)).copied();
                    let mut row = vec![vec![
                        t(&area.title),
                        Run::italic(format!(" ({})", area.group.label())),
                    ]];
                    row.extend(
                        (1..=5u8).map(|n| vec![if mark == Some(n) { b("X") } else { t("") }]),
                    );
                    row
                })
                .collect(),
        }),
        Block::heading(2, "3. Предпочтительные формы наставничества"),
        Block::para(vec![Run::italic("Отметьте одну или несколько.")]),
        Block::bullets(
            MentoringForm::ALL
                .iter()
                .map(|f| {
                    let on = forms.contains(f);
                    vec![t(if on { "[X] " } else { "[   ] " }), t(f.label())]
                })
                .collect(),
        ),
    ];
    if !mentee {
        blocks.push(Block::heading(
            2,
            "4. Сколько наставляемых вы готовы вести одновременно",
        ));
        blocks.push(Block::para(vec![match capacity {
            Some(n) if n > 0 => Run::plain(n.to_string()),
            _ => t("1 / 2 / 3 (нужное подчеркнуть)"),
        }]));
    }
    let first_text = if mentee { 4 } else { 5 };
    let text_titles: Vec<(&str, String)> = if texts.is_empty() {
        if mentee {
            vec![(
                "Профессиональные запросы и затруднения (своими словами)",
                String::new(),
            )]
        } else {
            vec![
                ("Почему вы хотите стать наставником", String::new()),
                (
                    "Опыт, которым готовы поделиться; дополнительно",
                    String::new(),
                ),
            ]
        }
    } else {
        texts
    };
    for (i, (title, text)) in text_titles.into_iter().enumerate() {
        blocks.push(Block::heading(2, format!("{}. {title}", first_text + i)));
        if text.trim().is_empty() {
            for _ in 0..3 {
                blocks.push(Block::para(vec![t(
                    "__________________________________________________________________________",
                )]));
            }
        } else {
            blocks.push(Block::para(vec![Run::plain(text)]));
        }
    }
    blocks.push(Block::aligned(
        vec![
            t("Дата заполнения: "),
            if date.is_empty() {
                t("«___» ____________ 20__ г.")
            } else {
                Run::plain(date_ru(&date))
            },
            t("        Подпись ____________ / "),
            c.person_short("______________________"),
        ],
        Align::Left,
    ));
    blocks
}
