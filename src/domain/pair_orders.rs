//! The orders on pairs after the first one: a school fixes its pairs by one order (the registry's
//! «Приказ о закреплении наставнических пар (групп)»), and then issues more in the same year —
//! on pairs formed later, on a mentor's replacement, on mentoring ended early (the Положение
//! says each goes by order). Each further order lists only its own changes; the first order
//! lists the active pairs that no additional order took.

use super::data::SchoolData;
use super::pairs::Pair;

pub use super::pairs::{PairOrder, PairOrderKind};

impl SchoolData {
    pub fn pair_order(&self, id: &str) -> Option<&PairOrder> {
        self.pair_orders.iter().find(|o| o.id == id)
    }

    /// The active pairs the first order lists: those no additional order took.
    pub fn first_order_pairs(&self) -> Vec<&Pair> {
        self.pairs
            .iter()
            .filter(|g| g.active())
            .filter(|g| {
                !self
                    .pair_orders
                    .iter()
                    .any(|o| o.kind == PairOrderKind::Additional && o.pairs.contains(&g.id))
            })
            .collect()
    }

    /// The pairs a new order of `kind` would concern by default: those no order of that kind
    /// took yet (for an additional order: none while the first order is not dated, since the
    /// first order lists every active pair until then).
    pub fn pending_for_order(&self, kind: PairOrderKind) -> Vec<&Pair> {
        if kind == PairOrderKind::Additional
            && self
                .document(super::documents::registry::DocKind::OrderPairs)
                .date
                .is_empty()
        {
            return vec![];
        }
        self.pairs
            .iter()
            .filter(|g| kind.fits(g))
            .filter(|g| {
                !self
                    .pair_orders
                    .iter()
                    .any(|o| o.kind == kind && o.pairs.contains(&g.id))
            })
            .collect()
    }

    /// Creates a further order on the given pairs; refused for an unknown pair, a pair that is
    /// not a subject of such an order, or no pairs at all.
    pub fn add_pair_order(
        &mut self,
        kind: PairOrderKind,
        pairs: &[String],
    ) -> Result<String, String> {
        if pairs.is_empty() {
            return Err("Отметьте пары (группы), которых касается приказ".into());
        }
        for id in pairs {
            let g = self.pair(id).ok_or_else(|| format!("Нет пары «{id}»"))?;
            if !kind.fits(g) {
                return Err(format!(
                    "Пара «{}» не подходит для приказа «{}»",
                    self.pair_label(g),
                    kind.title()
                ));
            }
        }
        Ok(super::records::push_new(&mut self.pair_orders, 'o', |id| {
            PairOrder {
                id,
                kind,
                number: String::new(),
                date: String::new(),
                pairs: pairs.to_vec(),
            }
        }))
    }

    /// Sets an order's number and date.
    pub fn update_pair_order(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut PairOrder),
    ) -> Result<(), String> {
        let check = |o: &PairOrder| {
            if !o.date.is_empty() && super::format::parse_date(&o.date).is_none() {
                return Err("Дата приказа — в формате ГГГГ-ММ-ДД".to_string());
            }
            Ok(())
        };
        let edit = |o: &mut PairOrder| {
            f(o);
            Ok(())
        };
        super::records::update_checked(&mut self.pair_orders, id, edit, check)
    }

    pub fn delete_pair_order(&mut self, id: &str) -> Result<PairOrder, String> {
        super::records::remove(&mut self.pair_orders, id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::documents::registry::DocKind;
    use crate::domain::pairs::PairStatus;

    fn v4() -> SchoolData {
        crate::domain::archive::fixture_v4()
    }

    fn ids(pairs: Vec<&Pair>) -> Vec<&str> {
        pairs.iter().map(|g| g.id.as_str()).collect()
    }

    #[test]
    fn further_orders_take_only_their_own_pairs() {
        let mut d = v4();
        // g1 had a mentor change; g2 is a group. Before the first order is dated no
        // additional order is suggested: the first one lists every active pair.
        assert!(d.pending_for_order(PairOrderKind::Additional).is_empty());
        assert_eq!(d.first_order_pairs().len(), 2);
        assert_eq!(ids(d.pending_for_order(PairOrderKind::Replacement)), ["g1"]);
        assert!(d.pending_for_order(PairOrderKind::EarlyEnd).is_empty());

        d.update_document(DocKind::OrderPairs, |r| r.date = "2025-09-30".into());
        let o = d
            .add_pair_order(PairOrderKind::Additional, &["g2".to_string()])
            .unwrap();
        assert_eq!(o, "o1");
        assert_eq!(
            ids(d.first_order_pairs()),
            ["g1"],
            "g2 went into the additional order"
        );
        assert_eq!(ids(d.pending_for_order(PairOrderKind::Additional)), ["g1"]);

        // Ending g2 early makes it a subject of an early-end order, not of a replacement.
        d.update_pair("g2", |g| {
            g.status = PairStatus::Terminated;
            g.reason = "Увольнение наставляемого".into();
            Ok(())
        })
        .unwrap();
        assert_eq!(d.pending_for_order(PairOrderKind::EarlyEnd).len(), 1);
        assert!(d
            .add_pair_order(PairOrderKind::Replacement, &["g2".to_string()])
            .unwrap_err()
            .contains("не подходит"));
        assert!(d.add_pair_order(PairOrderKind::EarlyEnd, &[]).is_err());
        assert!(d
            .add_pair_order(PairOrderKind::EarlyEnd, &["g9".to_string()])
            .is_err());
        let o2 = d
            .add_pair_order(PairOrderKind::EarlyEnd, &["g2".to_string()])
            .unwrap();
        assert!(d.pending_for_order(PairOrderKind::EarlyEnd).is_empty());
        assert!(d
            .update_pair_order(&o2, |o| o.date = "30.01.2026".into())
            .is_err());
        d.update_pair_order(&o2, |o| {
            o.date = "2026-01-30".into();
            o.number = "7-о".into();
        })
        .unwrap();
        assert_eq!(d.pair_order(&o2).unwrap().number, "7-о");
        d.delete_pair_order(&o2).unwrap();
        assert!(d.pair_order(&o2).is_none());
    }
}
