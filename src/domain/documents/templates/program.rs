//! The персонализированная программа наставничества (ПНП): a pair's own, and the blank template.

use super::*;

/// The ПНП of one pair or group, from its data: participants, goal, tasks, plan with marks.
pub(super) fn program(c: &Ctx, g: &crate::domain::pairs::Pair) -> Vec<Block> {
    let field = |label: &str, value: Text| vec![vec![b(label)], value];
    let person = |id: &str| c.data.person(id);
    let mentor = person(&g.mentor);
    let mentees: Vec<&Person> = g.mentees.iter().filter_map(|m| person(m)).collect();
    let needs: Vec<String> = g.program.tasks.iter().map(|t| t.title.clone()).collect();
    let mut rows = vec![];
    let mut n = 0;
    for task in &g.program.tasks {
        for item in &task.items {
            n += 1;
            rows.push(vec![
                vec![t(&n.to_string())],
                vec![t(&task.title)],
                vec![t(&item.event)],
                vec![t(&item.form)],
                vec![t(&date_ru(&item.deadline))],
                vec![t(&item.result)],
                vec![if item.done {
                    b("выполнено")
                } else {
                    t("")
                }],
            ]);
        }
    }
    let (done, total) = g.program.counts();
    let mut blocks = program_head(
        c,
        vec![
            field(
                "Наставник (ФИО, должность)",
                vec![mentor
                    .map(|p| Run::plain(name_position(p)))
                    .unwrap_or_else(|| Run::placeholder("наставник"))],
            ),
            field(
                if mentees.len() > 1 {
                    "Наставляемые (ФИО, должность, педагогический стаж)"
                } else {
                    "Наставляемый (ФИО, должность, педагогический стаж)"
                },
                vec![Run::plain(
                    mentees
                        .iter()
                        .map(|p| match p.experience {
                            Some(y) => format!(
                                "{}, стаж {}",
                                name_position(p),
                                crate::domain::format::count(y.into(), ["год", "года", "лет"])
                            ),
                            None => name_position(p),
                        })
                        .collect::<Vec<_>>()
                        .join("; "),
                )],
            ),
            field(
                "Куратор",
                vec![c.coordinator_name(), t(", "), c.coordinator_position()],
            ),
            field("Форма наставничества", vec![Run::plain(g.form.label())]),
            field(
                "Срок реализации",
                vec![Run::plain(period(&g.start, &g.end))],
            ),
            field(
                "Профессиональные затруднения и запросы наставляемого",
                vec![Run::plain(if needs.is_empty() {
                    "—".to_string()
                } else {
                    needs.join("; ")
                })],
            ),
        ],
    );
    blocks.extend([
        Block::heading(2, "Цель программы"),
        Block::para(vec![Run::plain(g.program.goal.clone())]),
    ]);
    if !g.program.tasks.is_empty() {
        blocks.push(Block::heading(2, "Задачи программы"));
        blocks.push(Block::numbered(
            g.program
                .tasks
                .iter()
                .map(|t| vec![Run::plain(t.title.clone())])
                .collect(),
        ));
    }
    blocks.push(Block::heading(2, "План мероприятий"));
    blocks.push(Block::Table(Table {
        widths: vec![5, 17, 22, 15, 11, 18, 12],
        header: [
            "№",
            "Задача / направление",
            "Мероприятие (содержание деятельности)",
            "Форма",
            "Срок",
            "Ожидаемый результат",
            "Отметка о выполнении",
        ]
        .iter()
        .map(|h| vec![b(h)])
        .collect(),
        rows,
    }));
    if let Some(percent) = g.program.progress() {
        blocks.push(Block::para(vec![t(&format!(
            "Выполнено мероприятий: {done} из {total} ({percent} %)."
        ))]));
    }
    blocks.push(Block::heading(2, "Ожидаемые результаты"));
    let results: Vec<String> = g
        .program
        .tasks
        .iter()
        .flat_map(|t| t.items.iter())
        .map(|i| i.result.trim().to_string())
        .filter(|r| !r.is_empty())
        .fold(Vec::new(), |mut acc, r| {
            if !acc.contains(&r) {
                acc.push(r);
            }
            acc
        });
    if results.is_empty() {
        blocks.push(Block::para_plain(
            "Преодоление профессиональных затруднений, указанных в программе; положительная динамика самооценки профессиональных компетенций наставляемого; успешная адаптация в образовательной организации.",
        ));
    } else {
        blocks.push(Block::bullets(
            results.into_iter().map(|r| vec![Run::plain(r)]).collect(),
        ));
    }
    if !g.history.is_empty() {
        blocks.push(Block::heading(2, "Замена наставника"));
        blocks.push(Block::bullets(
            g.history
                .iter()
                .map(|h| {
                    let name =
                        |id: &str| person(id).map(|p| p.full_name.clone()).unwrap_or_default();
                    vec![Run::plain(format!(
                        "с {}: {} вместо {} — {}",
                        date_ru(&h.date),
                        name(&h.to),
                        name(&h.from),
                        h.reason
                    ))]
                })
                .collect(),
        ));
    }
    blocks.extend(closing_blocks());
    blocks.push(Block::Signature(Signature {
        position: vec![t("Наставник")],
        name: vec![mentor
            .map(|p| Run::plain(initials_first(&p.full_name)))
            .unwrap_or_else(|| t("И.О. Фамилия"))],
    }));
    for m in &mentees {
        blocks.push(Block::Signature(Signature {
            position: vec![t("Наставляемый")],
            name: vec![Run::plain(initials_first(&m.full_name))],
        }));
    }
    blocks.push(Block::Signature(Signature {
        position: vec![t("Куратор")],
        name: vec![val(
            &initials_first(&c.p().coordinator.full_name),
            "И.О. Фамилия куратора",
        )],
    }));
    blocks
}

/// The ПНП's closing part, filled by hand at the end: the results and the mentee's review.
pub(super) fn closing_blocks() -> Vec<Block> {
    let line = || {
        Block::para_plain(
            "__________________________________________________________________________",
        )
    };
    vec![
        Block::heading(2, "Итоги реализации программы"),
        Block::para_plain(
            "Цель программы достигнута: полностью / частично / не достигнута (нужное подчеркнуть).",
        ),
        line(),
        line(),
        Block::heading(2, "Отзыв наставляемого о работе с наставником"),
        line(),
        line(),
        line(),
    ]
}

pub(super) fn program_template(c: &Ctx) -> Vec<Block> {
    let field = |label: &str, value: Text| vec![vec![b(label)], value];
    let blank = || vec![t("")];
    let mut blocks = program_head(
        c,
        vec![
            field("Наставник (ФИО, должность)", blank()),
            field("Наставляемый (ФИО, должность, стаж)", blank()),
            field(
                "Куратор",
                vec![c.coordinator_name(), t(", "), c.coordinator_position()],
            ),
            field("Форма наставничества", blank()),
            field(
                "Срок реализации (от 3 месяцев до 1 года)",
                vec![t("с «___» ________ 20__ г. по «___» ________ 20__ г.")],
            ),
            field(
                "Профессиональные затруднения и запросы наставляемого",
                blank(),
            ),
        ],
    );
    blocks.extend([
        Block::heading(2, "Цель программы"),
        Block::para(vec![t("________________________________________________________________")]),
        Block::heading(2, "Задачи программы"),
        Block::numbered(vec![vec![t("")], vec![t("")], vec![t("")]]),
        Block::heading(2, "План мероприятий"),
        Block::Table(Table {
            widths: vec![5, 17, 22, 15, 11, 18, 12],
            header: ["№", "Задача / направление", "Мероприятие (содержание деятельности)", "Форма", "Срок", "Ожидаемый результат", "Отметка о выполнении"]
                .iter()
                .map(|h| vec![b(h)])
                .collect(),
            rows: (1..=5)
                .map(|n| {
                    let mut row = vec![vec![t(&n.to_string())]];
                    row.extend((0..6).map(|_| vec![t("")]));
                    row
                })
                .collect(),
        }),
        Block::para(vec![Run::italic(
            "Формы: консультация, посещение урока, совместная разработка, самообразование, открытый урок, мастер-класс.",
        )]),
        Block::heading(2, "Ожидаемые результаты"),
        Block::para(vec![t("________________________________________________________________")]),
    ]);
    blocks.extend(closing_blocks());
    blocks.extend([
        Block::Signature(Signature {
            position: vec![t("Наставник")],
            name: vec![t("И.О. Фамилия")],
        }),
        Block::Signature(Signature {
            position: vec![t("Наставляемый")],
            name: vec![t("И.О. Фамилия")],
        }),
        Block::Signature(Signature {
            position: vec![t("Куратор")],
            name: vec![val(
                &initials_first(&c.p().coordinator.full_name),
                "И.О. Фамилия куратора",
            )],
        }),
    ]);
    blocks
}

/// «УТВЕРЖДАЮ» by the director, the title, the year and the card of the pair (`rows`, a
/// label and a value each): the head of every ПНП.
fn program_head(c: &Ctx, rows: Vec<Vec<Text>>) -> Vec<Block> {
    vec![
        Block::Approval {
            left: vec![],
            right: vec![
                vec![b("УТВЕРЖДАЮ")],
                vec![c.director_position(), t(" "), c.short_name()],
                vec![t("________________ "), c.director_signature()],
                vec![t("«___» ____________ 20__ г.")],
            ],
        },
        Block::heading(1, "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА"),
        Block::aligned(vec![t("на "), c.year(), t(" учебный год")], Align::Center),
        Block::Table(Table {
            widths: vec![35, 65],
            header: vec![],
            rows,
        }),
    ]
}
