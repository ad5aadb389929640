//! The questionnaire of satisfaction with mentoring.

use super::*;

/// The blank of the stage 6 satisfaction questionnaires, with the school's own questions and
/// scales: one for the mentee, one for the mentor.
pub(super) fn satisfaction(c: &Ctx) -> Vec<Block> {
    let m = &c.data.monitoring;
    let part = |title: &str, questions: &[crate::domain::monitoring::Question]| {
        let max = questions.iter().map(|q| q.scale).max().unwrap_or(5).max(1);
        let mut widths = vec![40u16];
        widths.extend((1..=max).map(|_| 6u16));
        let mut header = vec![vec![b("Вопрос")]];
        header.extend((1..=max).map(|n| vec![b(&n.to_string())]));
        let rows = questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let mut row = vec![vec![t(&format!("{}. {}", i + 1, q.text))]];
                row.extend((1..=max).map(|n| vec![t(if n <= q.scale { "" } else { "—" })]));
                row
            })
            .collect();
        vec![
            Block::heading(2, title),
            Block::para(vec![Run::italic(
                "Отметьте одну оценку в каждой строке: чем больше число, тем выше оценка.",
            )]),
            Block::Table(Table {
                widths,
                header,
                rows,
            }),
            Block::para_plain("Что было самым полезным? Что стоит изменить?"),
            Block::para_plain(
                "__________________________________________________________________________",
            ),
            Block::para_plain(
                "__________________________________________________________________________",
            ),
            Block::aligned(
                vec![t("Дата: «___» ____________ 20__ г.        ФИО (по желанию): ______________________")],
                Align::Left,
            ),
        ]
    };
    let mut blocks = vec![
        Block::heading(1, "АНКЕТЫ"),
        Block::aligned(
            vec![b("удовлетворённости участников наставничества")],
            Align::Center,
        ),
        Block::aligned(vec![c.year(), t(" учебный год")], Align::Center),
        Block::para_plain("Анкетирование проводится для мониторинга качества реализации персонализированных программ наставничества. Ответы используются в обобщённом виде."),
    ];
    blocks.extend(part("Анкета наставляемого", &m.mentee_questions));
    blocks.push(Block::PageBreak);
    blocks.extend(part("Анкета наставника", &m.mentor_questions));
    blocks
}
