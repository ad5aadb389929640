//! The further orders on pairs of a year (`domain::pair_orders`): an additional fixing of pairs,
//! a mentor's replacement, mentoring ended early. Each lists only its own pairs; names and
//! positions go in the case their sentence needs.

use super::*;
use crate::domain::pair_orders::PairOrderKind;
use crate::domain::pairs::Pair;

/// The document of a further order (`None` for an unknown id).
pub fn pair_order(data: &SchoolData, id: &str) -> Option<Document> {
    let order = data.pair_order(id)?;
    let first = data.document(DocKind::OrderPairs);
    let ctx = Ctx {
        data,
        kind: DocKind::OrderPairs,
        // The order's own number and date; the legal grounds of the first order on pairs.
        record: DocRecord {
            number: order.number.clone(),
            date: order.date.clone(),
            grounds: first.grounds.clone(),
            ..Default::default()
        },
        person: None,
    };
    let pairs: Vec<&Pair> = order.pairs.iter().filter_map(|p| data.pair(p)).collect();
    let blocks = match order.kind {
        PairOrderKind::Additional => {
            pairs_order(&ctx, order.kind.title(), "Дополнительно закрепить", pairs)
        }
        PairOrderKind::Replacement => replacement(&ctx, &pairs),
        PairOrderKind::EarlyEnd => early_end(&ctx, &pairs),
    };
    Some(Document {
        title: format!(
            "Приказ «{}»{}",
            order.kind.title(),
            match order.number.trim() {
                "" => String::new(),
                n => format!(" № {n}"),
            }
        ),
        header: ctx.header(),
        blocks,
    })
}

/// «Николаевой Татьяны Сергеевны, учителя …; …»: the pair's mentees in a case.
fn mentees_in(c: &Ctx, g: &Pair, case: Case) -> String {
    g.mentees
        .iter()
        .filter_map(|m| c.data.person(m))
        .map(|p| name_position_in(c, p, case))
        .collect::<Vec<_>>()
        .join("; ")
}

fn person_in(c: &Ctx, id: &str, case: Case) -> String {
    c.data
        .person(id)
        .map(|p| name_position_in(c, p, case))
        .unwrap_or_else(|| id.to_string())
}

/// A further order of `kind` on the grounds with its `aim`: the head, the order's own `items`,
/// then the common end (the coordinator's item, the control item, the director's signature and
/// the acquaintance list of everyone in `ids`).
fn further_order(
    c: &Ctx,
    kind: PairOrderKind,
    aim: &str,
    mut items: Vec<Text>,
    ids: Vec<&str>,
) -> Vec<Block> {
    let mut blocks = c.order_head(kind.title(), aim);
    items.push(vec![
        t("Куратору "),
        c.coordinator_short_in(Case::Dative),
        t(" внести изменения в персонализированные программы наставничества и сведения о наставнических парах (группах)."),
    ]);
    items.push(vec![t(
        "Контроль за исполнением настоящего приказа оставляю за собой.",
    )]);
    blocks.push(Block::numbered(items));
    blocks.push(c.director_signature_block());
    blocks.push(acquaintance(c, ids));
    blocks
}

/// The grounds of a mentor's replacement.
const REPLACEMENT_AIM: &str = "Положением о целевой модели наставничества педагогических работников, на основании письменного согласия нового наставника";

fn replacement(c: &Ctx, pairs: &[&Pair]) -> Vec<Block> {
    let mut items: Vec<Text> = Vec::new();
    let mut ids: Vec<&str> = Vec::new();
    for g in pairs {
        let Some(change) = g.history.last() else {
            continue;
        };
        let reason = reason_clause(" (основание: ", &change.reason, ")");
        items.push(vec![Run::plain(format!(
            "Освободить {} от исполнения обязанностей наставника в отношении {} с {}{reason}.",
            person_in(c, &change.from, Case::Accusative),
            mentees_in(c, g, Case::Genitive),
            date_ru(&change.date),
        ))]);
        items.push(vec![Run::plain(format!(
            "Назначить {} наставником в отношении {} {}.",
            person_in(c, &change.to, Case::Accusative),
            mentees_in(c, g, Case::Genitive),
            period(&change.date, &g.end),
        ))]);
        ids.push(&change.from);
        ids.push(&change.to);
        ids.extend(g.mentees.iter().map(String::as_str));
    }
    items.push(vec![t("Заключить с новым наставником дополнительное соглашение к трудовому договору о выполнении наставничества (статья 351.8 Трудового кодекса Российской Федерации); прекратить выплату доплаты за наставничество прежнему наставнику со дня освобождения от обязанностей наставника.")]);
    further_order(c, PairOrderKind::Replacement, REPLACEMENT_AIM, items, ids)
}

/// The reason of a change between `before` and `after`, from a small letter; nothing when the
/// coordinator gave none.
fn reason_clause(before: &str, reason: &str, after: &str) -> String {
    match reason.trim() {
        "" => String::new(),
        r => format!("{before}{}{after}", lower_first(r)),
    }
}

/// The grounds of mentoring ended early.
const EARLY_END_AIM: &str = "Положением о целевой модели наставничества педагогических работников";

fn early_end(c: &Ctx, pairs: &[&Pair]) -> Vec<Block> {
    let mut items: Vec<Text> = Vec::new();
    let mut ids: Vec<&str> = Vec::new();
    for g in pairs {
        let reason = reason_clause(" по причине: ", &g.reason, "");
        items.push(vec![Run::plain(format!(
            "Завершить досрочно со дня издания настоящего приказа наставничество {} в отношении {}{reason}.",
            person_in(c, &g.mentor, Case::Genitive),
            mentees_in(c, g, Case::Genitive),
        ))]);
        ids.push(&g.mentor);
        ids.extend(g.mentees.iter().map(String::as_str));
    }
    items.push(vec![t("Прекратить выплату доплаты за наставничество со дня завершения наставничества; дополнительные соглашения к трудовым договорам о выполнении наставничества считать прекращёнными с того же дня (статья 351.8 Трудового кодекса Российской Федерации).")]);
    further_order(c, PairOrderKind::EarlyEnd, EARLY_END_AIM, items, ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pairs::PairStatus;

    fn v4() -> SchoolData {
        let mut d = crate::domain::archive::fixture_v4();
        d.update_document(DocKind::OrderPairs, |r| {
            r.number = "45-о".into();
            r.date = "2025-09-30".into();
        });
        d
    }

    #[test]
    fn each_further_order_lists_only_its_own_changes() {
        let mut d = v4();
        let g1 = d.pair("g1").unwrap().clone();
        let g2 = d.pair("g2").unwrap().clone();
        let name = |d: &SchoolData, id: &str| d.person(id).unwrap().full_name.clone();
        let gen = |n: &str| crate::domain::declension::full_name(n, Case::Genitive);
        let acc = |n: &str| crate::domain::declension::full_name(n, Case::Accusative);

        // An additional order takes g2: the first order keeps g1 only.
        let o1 = d
            .add_pair_order(PairOrderKind::Additional, std::slice::from_ref(&g2.id))
            .unwrap();
        d.update_pair_order(&o1, |o| {
            o.number = "51-о".into();
            o.date = "2025-10-15".into();
        })
        .unwrap();
        let add = pair_order(&d, &o1).unwrap();
        let text = add.plain();
        assert!(text.contains("О дополнительном закреплении наставнических пар (групп)"));
        assert!(text.contains("от 15.10.2025"));
        assert!(text.contains("Дополнительно закрепить наставнические пары (группы)"));
        assert!(text.contains(&name(&d, &g2.mentees[0])));
        assert!(!text.contains(&name(&d, &g1.mentees[0])));
        let first = generate(DocKind::OrderPairs, &d).plain();
        assert!(first.contains(&name(&d, &g1.mentees[0])));
        assert!(!first.contains(&name(&d, &g2.mentees[0])));

        // The replacement in g1: the former mentor released, the new one appointed, both in
        // the accusative, the mentee in the genitive, from the change's date.
        let o2 = d
            .add_pair_order(PairOrderKind::Replacement, std::slice::from_ref(&g1.id))
            .unwrap();
        let change = g1.history.last().unwrap();
        let text = pair_order(&d, &o2).unwrap().plain();
        assert!(text.contains("О замене наставника"));
        let from = acc(&name(&d, &change.from));
        let to = acc(&name(&d, &change.to));
        let mentee = gen(&name(&d, &g1.mentees[0]));
        assert!(text.contains(&format!("Освободить {from}")), "{text}");
        assert!(text.contains(&format!("Назначить {to}")), "{text}");
        assert!(text.contains(&format!("в отношении {mentee}")), "{text}");
        assert!(text.contains("с 01.12.2025"));
        assert!(text.contains("С приказом ознакомлены"));
        assert!(!text.contains(&name(&d, &g2.mentees[0])));

        // Ending g2 early.
        d.update_pair(&g2.id, |g| {
            g.status = PairStatus::Terminated;
            g.reason = "Увольнение наставника".into();
            Ok(())
        })
        .unwrap();
        let o3 = d
            .add_pair_order(PairOrderKind::EarlyEnd, std::slice::from_ref(&g2.id))
            .unwrap();
        let text = pair_order(&d, &o3).unwrap().plain();
        assert!(text.contains("О досрочном завершении наставничества"));
        assert!(text.contains(&format!("наставничество {}", gen(&name(&d, &g2.mentor)))));
        assert!(text.contains("по причине: увольнение наставника"));
        assert!(pair_order(&d, "o99").is_none());
    }
}
