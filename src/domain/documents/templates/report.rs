//! «Отчёт о реализации системы (целевой модели) наставничества педагогических работников за
//! <учебный год>»: the indicators, the charts (SVG in the print view; in DOCX each chart is
//! its table), the pairs and their results, the final event and the best practices.

use super::{b, t, val, Ctx};
use crate::domain::documents::model::{Align, Block, Signature};
use crate::domain::format::date_ru;
use crate::domain::results::result_blocks;

pub(super) fn final_report(c: &Ctx) -> Vec<Block> {
    let d = c.data;
    let mut blocks = vec![
        Block::heading(1, "ОТЧЁТ"),
        Block::aligned(
            vec![
                b("о реализации системы (целевой модели) наставничества педагогических работников в "),
                super::strong(c.short_name()),
                b(" за "),
                super::strong(c.year()),
                b(" учебный год"),
            ],
            Align::Center,
        ),
        Block::para(vec![
            t("Отчёт подготовлен куратором реализации целевой модели наставничества "),
            c.coordinator_name_in(crate::domain::declension::Case::Instrumental),
            t(" по данным реестра педагогов, наставнических пар (групп), персонализированных программ наставничества (ПНП), мониторинга удовлетворённости участников и самооценки наставляемых, итогового мероприятия и методической копилки."),
        ]),
    ];
    let mut results = result_blocks(d, true);
    let sections = results
        .iter()
        .filter(|b| matches!(b, Block::Heading { .. }))
        .count();
    blocks.append(&mut results);
    // The years side by side, once the school has a past year.
    let mut history = crate::domain::history::blocks(
        &crate::domain::history::years(d),
        &format!("{}. {}", sections + 1, crate::domain::history::TITLE),
    );
    let sections = sections + usize::from(!history.is_empty());
    blocks.append(&mut history);

    // The final event and the best practices.
    let event = &d.final_event;
    blocks.push(Block::heading(
        2,
        format!("{}. Итоговое мероприятие", sections + 1),
    ));
    blocks.push(Block::para(vec![
        t("Итоговое мероприятие по выявлению лучших практик наставничества проведено "),
        val(&date_ru(&event.date), "дата проведения"),
        t(" в форме "),
        val(
            &super::lower_first(&c.decl(
                &event.format,
                crate::domain::declension::Case::Genitive,
                crate::domain::declension::Kind::Institution,
            )),
            "форма проведения",
        ),
        t(&format!("; участников: {}.", event.participants.len())),
    ]));
    if !event.outcome.trim().is_empty() {
        blocks.push(Block::para(vec![t(event.outcome.trim())]));
    }
    blocks.push(Block::heading(
        2,
        format!(
            "{}. Лучшие практики наставничества (методическая копилка)",
            sections + 2
        ),
    ));
    let best: Vec<_> = d.library.iter().filter(|p| p.best).collect();
    if best.is_empty() {
        blocks.push(Block::para_plain(
            "Лучшие практики по итогам мероприятия пока не отмечены.",
        ));
    } else {
        blocks.push(Block::numbered(
            best.iter()
                .map(|p| {
                    let author = d
                        .person(&p.author)
                        .map(|x| format!(", автор: {}", x.full_name))
                        .unwrap_or_default();
                    let area = d
                        .taxonomy
                        .iter()
                        .find(|a| a.id == p.area)
                        .map(|a| format!("; тема: {}", a.title))
                        .unwrap_or_default();
                    let link = if p.link.is_empty() {
                        String::new()
                    } else {
                        format!("; {}", p.link)
                    };
                    vec![
                        b(&p.title),
                        t(&format!(" ({}){author}{area}{link}", p.kind.label())),
                    ]
                })
                .collect(),
        ));
    }
    blocks.push(Block::para_plain(format!(
        "Всего материалов в методической копилке: {}, из них лучших практик: {}.",
        d.library.len(),
        best.len()
    )));
    blocks.push(Block::Signature(Signature {
        position: vec![t("Куратор наставничества")],
        name: vec![val(
            &super::initials_first(&c.p().coordinator.full_name),
            "И.О. Фамилия куратора",
        )],
    }));
    blocks
}
