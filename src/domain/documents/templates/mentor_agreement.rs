//! «Соглашение о наставничестве» with a mentor.

use super::*;

/// The mentor's own start in a pair: the day a replacement made them its mentor, else the
/// pair's start (art. 351.8: the agreement states the period of *this* mentor's work).
pub(super) fn mentor_start<'a>(g: &'a crate::domain::pairs::Pair, mentor: &str) -> &'a str {
    g.history
        .iter()
        .rev()
        .find(|h| h.to == mentor)
        .map(|h| h.date.as_str())
        .unwrap_or(g.start.as_str())
}

/// The mentor's active pairs.
pub(super) fn mentor_pairs<'a>(c: &Ctx<'a>) -> Vec<&'a crate::domain::pairs::Pair> {
    match c.person {
        Some(p) => c
            .data
            .pairs
            .iter()
            .filter(|g| g.active() && g.mentor == p.id)
            .collect(),
        None => vec![],
    }
}

/// «Работник … осуществляет наставничество в отношении …»: the mentees (genitive), the form and
/// the period of the mentor's active pairs, or blanks.
pub(super) fn mentoring_clause(c: &Ctx) -> Text {
    let pairs = mentor_pairs(c);
    let head = "Работник с его письменного согласия (статья 351.8 Трудового кодекса Российской Федерации) наряду с работой, определённой трудовым договором, осуществляет наставничество в отношении ";
    if pairs.is_empty() {
        return vec![t(&format!("{head}________________________________ (фамилия, имя, отчество, должность наставляемого в родительном падеже) в форме ________________________ в период с «___» ________ 20__ г. по «___» ________ 20__ г."))];
    }
    let parts: Vec<String> = pairs
        .iter()
        .map(|g| {
            let names: Vec<String> = g
                .mentees
                .iter()
                .filter_map(|m| c.data.person(m))
                .map(|p| name_position_in(c, p, Case::Genitive))
                .collect();
            let mentor = c.person.map(|p| p.id.as_str()).unwrap_or_default();
            format!(
                "{} (форма наставничества — {}) в период {}",
                names.join("; "),
                lower_first(g.form.label()),
                period(mentor_start(g, mentor), &g.end)
            )
        })
        .collect();
    vec![t(head), Run::plain(format!("{}.", parts.join("; ")))]
}

/// The agreement's period: from the mentor's earliest start to the latest end of their pairs.
pub(super) fn agreement_period(c: &Ctx) -> (String, String) {
    let pairs = mentor_pairs(c);
    let mentor = c.person.map(|p| p.id.as_str()).unwrap_or_default();
    let start = pairs
        .iter()
        .map(|g| mentor_start(g, mentor))
        .filter(|s| !s.is_empty())
        .min()
        .unwrap_or_default()
        .to_string();
    let end = pairs
        .iter()
        .map(|g| g.end.as_str())
        .filter(|s| !s.is_empty())
        .max()
        .unwrap_or_default()
        .to_string();
    (start, end)
}

pub(super) fn blank_date(iso: &str) -> String {
    if iso.is_empty() {
        "«___» ________ 20__ г.".to_string()
    } else {
        date_ru(iso)
    }
}

pub(super) fn mentor_agreement(c: &Ctx) -> Vec<Block> {
    let (start, end) = agreement_period(c);
    let pay_amount = match c.p().pay_amount.trim() {
        "" => t("______________________________"),
        v => Run::plain(v),
    };
    let pay_source = match c.p().pay_source.trim() {
        "" => t("______________________________ (источник)"),
        v => Run::plain(v),
    };
    let local_acts = c
        .p()
        .regional_acts
        .iter()
        .filter(|a| !a.trim().is_empty())
        .count();
    vec![
        Block::heading(1, "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № ____"),
        Block::aligned(vec![b("к трудовому договору от «___» ________ 20__ г. № ____")], Align::Center),
        Block::aligned(vec![c.city(), t("                                        «___» ____________ 20__ г.")], Align::Left),
        Block::para(vec![
            c.full_name(),
            t(" (далее — Работодатель) в лице "),
            c.director_position_in(Case::Genitive),
            t(" "),
            c.director_name_in(Case::Genitive),
            t(match declension::gender_of(&c.p().director.full_name) {
                Some(declension::Gender::Female) => ", действующей на основании Устава, с одной стороны, и ",
                _ => ", действующего на основании Устава, с одной стороны, и ",
            }),
            match c.person {
                Some(p) if !p.position.trim().is_empty() => {
                    Run::plain(format!("{}, {}", p.full_name, lower_first(&p.position)))
                }
                _ => c.person_name("________________________________"),
            },
            t(" (далее — Работник), с другой стороны, заключили настоящее дополнительное соглашение о нижеследующем."),
        ]),
        Block::numbered(
            vec![
                mentoring_clause(c),
                vec![t("Содержание наставнической работы: разработка совместно с наставляемым персонализированной программы наставничества и содействие её выполнению; оказание наставляемому методической и практической помощи в освоении должностных обязанностей, в планировании и проведении учебных занятий и воспитательной работы; посещение занятий наставляемого и их анализ; участие в мониторинге и оценке результатов наставничества, подготовка отчёта о выполнении программы — в соответствии с Положением о целевой модели наставничества педагогических работников Работодателя.")],
                vec![t("Наставничество осуществляется в рабочее время по персонализированной программе наставничества; взаимодействие проводится очно, дистанционно или смешанно.")],
                vec![
                    t("За осуществление наставничества Работнику устанавливается доплата в размере "),
                    pay_amount,
                    t(", выплачиваемая ежемесячно "),
                    pay_source,
                    t(if local_acts > 0 {
                        ". Размер и условия доплаты определяются в соответствии с нормативными правовыми актами субъекта Российской Федерации и органа местного самоуправления, указанными в Положении о целевой модели наставничества, коллективным договором и локальными нормативными актами Работодателя."
                    } else {
                        ". Размер и условия доплаты определяются в соответствии с нормативными правовыми актами субъекта Российской Федерации (органа местного самоуправления), коллективным договором и локальными нормативными актами Работодателя."
                    }),
                ],
                vec![t("Каждая из сторон вправе досрочно прекратить выполнение наставничества, предупредив об этом другую сторону в письменной форме не позднее чем за три рабочих дня. При замене наставника или досрочном завершении наставничества доплата прекращается со дня прекращения наставничества.")],
                vec![
                    t("Настоящее соглашение вступает в силу с "),
                    Run::plain(blank_date(&start)),
                    t(" и действует по "),
                    Run::plain(blank_date(&end)),
                    t(" включительно либо до досрочного прекращения наставничества."),
                ],
                vec![t("Настоящее соглашение является неотъемлемой частью трудового договора, составлено в двух экземплярах, имеющих одинаковую юридическую силу, по одному для каждой из сторон. Остальные условия трудового договора остаются без изменений.")],
            ]
        ),
        Block::Approval {
            left: vec![
                vec![b("Работодатель")],
                vec![c.short_name()],
                vec![c.director_position()],
                vec![t("________________ "), c.director_signature()],
            ],
            right: vec![
                vec![b("Работник")],
                vec![c.person_name("______________________________")],
                vec![t("________________ / "), c.person_short("______________")],
            ],
        },
        Block::aligned(
            vec![
                t("Экземпляр дополнительного соглашения получил(а): «___» ____________ 20__ г.   ____________ / "),
                c.person_short("______________________"),
            ],
            Align::Left,
        ),
        Block::heading(2, "Согласие на осуществление наставничества"),
        Block::para(vec![
            t("Я, "),
            c.person_name("________________________________"),
            t(", в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации даю письменное согласие на осуществление наставничества в "),
            c.short_name(),
            t(" на условиях настоящего дополнительного соглашения."),
        ]),
        Block::aligned(
            vec![
                t("«___» ____________ 20__ г.        ____________ / "),
                c.person_short("______________________"),
            ],
            Align::Left,
        ),
    ]
}
