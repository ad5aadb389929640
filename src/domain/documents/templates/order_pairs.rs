//! «Приказ о закреплении наставнических пар (групп)», and the table of pairs that the further orders share.

use super::*;

pub(super) fn order_pairs(c: &Ctx) -> Vec<Block> {
    // The first order fixes the active pairs that no additional order took.
    let active = c.data.first_order_pairs();
    pairs_order(
        c,
        "О закреплении наставнических пар (групп)",
        "Закрепить",
        active,
    )
}

/// An order fixing pairs: the first one, or an additional one (`verb` «Дополнительно
/// закрепить»), with the list of its pairs as the annex.
pub(super) fn pairs_order(
    c: &Ctx,
    title: &str,
    verb: &str,
    active: Vec<&crate::domain::pairs::Pair>,
) -> Vec<Block> {
    let mut blocks = c.order_head(
        title,
        "Положением о целевой модели наставничества педагогических работников, на основании письменного согласия наставников и наставляемых",
    );
    blocks.push(Block::numbered(
        vec![
            vec![t(&format!("{verb} наставнические пары (группы) на ")), c.year(), t(" учебный год согласно приложению к настоящему приказу.")],
            vec![t("Наставникам совместно с наставляемыми в течение двух недель разработать персонализированные программы наставничества и представить их на утверждение.")],
            vec![t("Заключить с наставниками дополнительные соглашения к трудовым договорам о выполнении наставничества (статья 351.8 Трудового кодекса Российской Федерации), определяющие содержание, форму и срок наставнической работы и её оплату, на период, указанный в приложении к настоящему приказу.")],
            vec![
                t("Установить наставникам на период наставничества доплату в размере "),
                match c.p().pay_amount.trim() {
                    "" => t("______________________________"),
                    v => Run::plain(v),
                },
                match c.p().pay_source.trim() {
                    "" => t(""),
                    v => Run::plain(format!(" {v}")),
                },
                t(" в соответствии с коллективным договором и локальными нормативными актами образовательной организации."),
            ],
            vec![t("Куратору "), c.coordinator_short_in(Case::Dative), t(" обеспечить сопровождение работы наставнических пар (групп) и мониторинг реализации программ.")],
            vec![t("Контроль за исполнением настоящего приказа оставляю за собой.")],
        ]
    ));
    blocks.push(c.director_signature_block());
    // Everyone the order gives duties to signs that they have read it.
    blocks.push(acquaintance(
        c,
        active
            .iter()
            .flat_map(|g| std::iter::once(&g.mentor).chain(&g.mentees))
            .map(String::as_str),
    ));
    blocks.push(Block::PageBreak);
    blocks.push(Block::aligned(
        vec![
            t("Приложение\nк приказу от "),
            c.date(&c.record),
            t(" № "),
            c.number(&c.record),
        ],
        Align::Right,
    ));
    blocks.push(Block::aligned(
        vec![b("Список наставнических пар (групп)")],
        Align::Center,
    ));
    blocks.push(Block::Table(Table {
        // The form column takes the longest label («Краткосрочное, или целеполагающее …»)
        // without breaking a word.
        widths: vec![6, 28, 32, 20, 14],
        header: bold_cells(&[
            "№",
            "Наставник",
            "Наставляемый (наставляемые)",
            "Форма наставничества",
            "Срок",
        ]),
        rows: if active.is_empty() {
            vec![vec![
                vec![t("1")],
                vec![Run::placeholder("наставник")],
                vec![Run::placeholder("наставляемый")],
                vec![Run::placeholder("форма наставничества")],
                vec![Run::placeholder("срок")],
            ]]
        } else {
            active
                .iter()
                .enumerate()
                .map(|(i, g)| {
                    let name = |id: &str| {
                        c.data
                            .person(id)
                            .map(name_position)
                            .unwrap_or_else(|| id.to_string())
                    };
                    vec![
                        vec![t(&(i + 1).to_string())],
                        vec![Run::plain(name(&g.mentor))],
                        vec![Run::plain(
                            g.mentees
                                .iter()
                                .map(|m| name(m))
                                .collect::<Vec<_>>()
                                .join("; "),
                        )],
                        vec![Run::plain(g.form.label())],
                        vec![Run::plain(period(&g.start, &g.end))],
                    ]
                })
                .collect()
        },
    }));
    if active.is_empty() {
        blocks.push(Block::para(vec![Run::italic(
            "Список заполнится сам, когда на этапе 5 будут сформированы наставнические пары и группы.",
        )]));
    }
    blocks
}
