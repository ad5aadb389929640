//! «Приказ о проведении итогового мероприятия».

use super::*;

pub(super) fn order_final_event(c: &Ctx) -> Vec<Block> {
    let event = &c.data.final_event;
    let mut blocks = c.order_head(
        "О проведении итогового мероприятия в рамках реализации системы (целевой модели) наставничества педагогических работников",
        "Дорожной картой по реализации Положения о целевой модели наставничества педагогических работников, в целях подведения итогов реализации персонализированных программ наставничества и выявления лучших практик наставничества",
    );
    let program = event.program_items();
    let people: Vec<&Person> = event
        .participants
        .iter()
        .filter_map(|id| c.data.person(id))
        .collect();
    let participants: Vec<String> = people
        .iter()
        .map(|p| surname_initials(&p.full_name))
        .collect();
    let mut first = vec![
        t("Провести итоговое мероприятие по выявлению лучших практик наставничества "),
        val(&date_ru(&event.date), "дата проведения"),
    ];
    if !event.time.trim().is_empty() {
        first.push(t(&format!(" в {}", event.time.trim())));
    }
    first.push(t(" в форме "));
    first.push(val(
        &lower_first(&c.decl(&event.format, Case::Genitive, Kind::Institution)),
        "форма проведения",
    ));
    first.push(t(". Место проведения: "));
    first.push(val(&event.place, "место проведения"));
    first.push(t("."));
    let mut items = vec![first];
    if program.is_empty() {
        items.push(vec![
            t("Куратору "),
            c.coordinator_short_in(Case::Dative),
            t(" в срок до «___» ________ 20__ г. подготовить программу итогового мероприятия и представить её на утверждение."),
        ]);
    } else {
        items.push(vec![t(
            "Утвердить программу итогового мероприятия (приложение к настоящему приказу).",
        )]);
    }
    if !participants.is_empty() {
        items.push(vec![t(&format!(
            "Определить участниками итогового мероприятия (с представлением результатов персонализированных программ наставничества): {}.",
            participants.join(", ")
        ))]);
    } else {
        items.push(vec![t("Наставникам и наставляемым представить на итоговом мероприятии результаты реализации персонализированных программ наставничества.")]);
    }
    let jury = event.jury_members();
    items.push(if jury.is_empty() {
        vec![
            t("Создать экспертную группу для определения лучших практик наставничества в составе: председатель — "),
            c.director_position_in(Case::Nominative),
            t(" "),
            c.director_signature(),
            t("; члены — "),
            c.coordinator_position_in(Case::Nominative),
            t(" "),
            val(&initials_first(&c.p().coordinator.full_name), "И.О. Фамилия куратора"),
            t(", руководители методических объединений."),
        ]
    } else {
        vec![t(&format!(
            "Создать экспертную группу для определения лучших практик наставничества в составе: {}.",
            jury.join("; ")
        ))]
    });
    items.push(vec![t(&format!(
        "Экспертной группе определить лучшие практики наставничества по критериям: {}.",
        event.criteria_items().join("; ")
    ))]);
    items.extend([
        vec![
            t("Куратору "),
            c.coordinator_short_in(Case::Dative),
            t(" организовать представление результатов персонализированных программ наставничества, обобщить результаты мониторинга и пополнить методическую копилку лучшими практиками наставничества."),
        ],
        vec![t("Разместить информацию о проведении итогового мероприятия на официальном сайте образовательной организации.")],
        vec![t("Контроль за исполнением настоящего приказа оставляю за собой.")],
    ]);
    blocks.push(Block::numbered(items));
    blocks.push(c.director_signature_block());
    blocks.push(acquaintance(c, people.iter().map(|p| p.id.as_str())));
    if !program.is_empty() {
        let r = &c.record;
        blocks.push(Block::PageBreak);
        blocks.push(Block::aligned(
            vec![
                t("Приложение\nк приказу от "),
                c.date(r),
                t(" № "),
                c.number(r),
            ],
            Align::Right,
        ));
        blocks.push(Block::heading(2, "Программа итогового мероприятия"));
        blocks.push(Block::numbered(
            program.iter().map(|l| vec![t(l)]).collect(),
        ));
    }
    blocks
}
