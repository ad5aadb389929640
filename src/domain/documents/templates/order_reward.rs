//! «Приказ о поощрении наставников».

use super::*;

/// The order on rewarding mentors: the mentors of the year's pairs not ended early (the
/// authors of the best practices first), in the dative after «Объявить благодарность».
pub(super) fn order_reward(c: &Ctx) -> Vec<Block> {
    let d = c.data;
    let mut mentors: Vec<&Person> = Vec::new();
    let best_authors: Vec<&str> = d
        .library
        .iter()
        .filter(|p| p.best && !p.author.is_empty())
        .map(|p| p.author.as_str())
        .collect();
    let mut ids: Vec<&str> = d
        .pairs
        .iter()
        .filter(|g| g.status != crate::domain::pairs::PairStatus::Terminated)
        .map(|g| g.mentor.as_str())
        .collect();
    crate::domain::sorting::sort_by_key(&mut ids, |id| !best_authors.contains(id));
    for id in ids {
        if let Some(p) = d.person(id) {
            if !mentors.iter().any(|m| m.id == p.id) {
                mentors.push(p);
            }
        }
    }
    let mut blocks = c.order_head(
        "О поощрении педагогических работников за наставническую деятельность",
        "Положением о целевой модели наставничества педагогических работников, по итогам реализации персонализированных программ наставничества и итогового мероприятия",
    );
    let list = if mentors.is_empty() {
        vec![t("________________________________ (фамилии, имена, отчества, должности наставников в дательном падеже)")]
    } else {
        vec![Run::plain(
            mentors
                .iter()
                .map(|p| name_position_in(c, p, Case::Dative))
                .collect::<Vec<_>>()
                .join("; "),
        )]
    };
    let mut first = vec![
        t("Объявить благодарность за результативную наставническую деятельность в "),
        c.year(),
        t(" учебном году: "),
    ];
    first.extend(list);
    first.push(t("."));
    blocks.push(Block::numbered(
        vec![
            first,
            vec![t("Учесть результаты наставнической деятельности при установлении выплат стимулирующего характера в соответствии с локальными нормативными актами образовательной организации и при аттестации педагогических работников, в том числе на квалификационную категорию «педагог-наставник» (приказ Министерства просвещения Российской Федерации от 24.03.2023 № 196).")],
            vec![t("Рассмотреть возможность представления наиболее отличившихся наставников к ведомственным наградам, в том числе к нагрудному знаку «За наставничество».")],
            vec![
                t("Куратору "),
                c.coordinator_short_in(Case::Dative),
                t(" разместить информацию о лучших практиках наставничества на официальном сайте образовательной организации (с согласия наставников на распространение персональных данных)."),
            ],
            vec![t("Контроль за исполнением настоящего приказа оставляю за собой.")],
        ]
    ));
    blocks.push(c.director_signature_block());
    blocks.push(acquaintance(c, mentors.iter().map(|p| p.id.as_str())));
    blocks
}
