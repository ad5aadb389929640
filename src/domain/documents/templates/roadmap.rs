//! «Дорожная карта» реализации целевой модели наставничества.

use super::*;

pub(super) fn roadmap(c: &Ctx) -> Vec<Block> {
    let first_year = crate::domain::school::parse_academic_year(&c.p().academic_year).ok();
    let mut rows: Vec<Vec<Text>> = Vec::new();
    for stage in &STAGES {
        rows.push(vec![
            vec![b(&stage.number.to_string())],
            vec![b(&format!("Этап {}. {}", stage.number, stage.title))],
            vec![],
            vec![],
            vec![],
            vec![],
        ]);
        let stage_rows = c.data.roadmap.iter().filter(|r| r.stage == stage.number);
        for (k, r) in stage_rows.enumerate() {
            rows.push(vec![
                vec![t(&format!("{}.{}", stage.number, k + 1))],
                vec![t(&r.event)],
                vec![t(&r.content)],
                vec![t(&match first_year {
                    Some(y) => crate::domain::roadmap::with_years(&r.deadline, y),
                    None => r.deadline.clone(),
                })],
                vec![t(&r.responsible)],
                vec![t(&r.result)],
            ]);
        }
    }
    vec![
        c.annex_note(2),
        Block::aligned(
            vec![
                b("Дорожная карта по реализации Положения о целевой модели наставничества педагогических работников в "),
                strong(c.short_name()),
                b(" на "),
                strong(c.year()),
                b(" учебный год"),
            ],
            Align::Center,
        ),
        Block::Table(Table {
            widths: vec![6, 22, 22, 12, 16, 22],
            header: bold_cells(&["№", "Этап / мероприятие", "Содержание", "Сроки", "Ответственные", "Ожидаемый результат"]),
            rows,
        }),
    ]
}
