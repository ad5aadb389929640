//! The legal grounds the documents cite, as data: the current federal acts with their exact
//! titles and dates (DOMAIN.md, «Legal grounds»), and the region's and the municipality's own
//! acts the school types in its profile. Each document keeps the school's choice
//! (`DocRecord::grounds`); without one it cites the default set of its kind, the school's own
//! acts first, as real orders do.

use super::registry::{DocKind, DocRecord};
use crate::domain::declension::{phrase, Case};
use crate::domain::school::SchoolProfile;

/// A federal act: its key in `DocRecord::grounds`, its citation in the nominative (for the
/// checkbox) and in the instrumental («В соответствии с …»).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Act {
    pub key: &'static str,
    pub nominative: &'static str,
    pub instrumental: &'static str,
}

/// The current federal acts. Указ Президента РФ от 21.07.2020 № 474 was replaced by Указ от
/// 07.05.2024 № 309 and is no longer cited.
pub const FEDERAL: [Act; 7] = [
    Act {
        key: "fz-273",
        nominative: "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»",
        instrumental: "Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»",
    },
    Act {
        key: "tk-351.8",
        nominative: "статья 351.8 Трудового кодекса Российской Федерации",
        instrumental: "статьёй 351.8 Трудового кодекса Российской Федерации",
    },
    Act {
        key: "ukaz-309",
        nominative: "Указ Президента Российской Федерации от 07.05.2024 № 309 «О национальных целях развития Российской Федерации на период до 2030 года и на перспективу до 2036 года»",
        instrumental: "Указом Президента Российской Федерации от 07.05.2024 № 309 «О национальных целях развития Российской Федерации на период до 2030 года и на перспективу до 2036 года»",
    },
    Act {
        key: "r-3273",
        nominative: "распоряжение Правительства Российской Федерации от 31.12.2019 № 3273-р «Об утверждении основных принципов национальной системы профессионального роста педагогических работников Российской Федерации, включая национальную систему учительского роста»",
        instrumental: "распоряжением Правительства Российской Федерации от 31.12.2019 № 3273-р «Об утверждении основных принципов национальной системы профессионального роста педагогических работников Российской Федерации, включая национальную систему учительского роста»",
    },
    Act {
        key: "r-1264",
        nominative: "распоряжение Правительства Российской Федерации от 21.05.2025 № 1264-р (Концепция развития наставничества)",
        instrumental: "распоряжением Правительства Российской Федерации от 21.05.2025 № 1264-р (Концепция развития наставничества)",
    },
    Act {
        key: "p-196",
        nominative: "приказ Министерства просвещения Российской Федерации от 24.03.2023 № 196 «Об утверждении Порядка проведения аттестации педагогических работников организаций, осуществляющих образовательную деятельность»",
        instrumental: "приказом Министерства просвещения Российской Федерации от 24.03.2023 № 196 «Об утверждении Порядка проведения аттестации педагогических работников организаций, осуществляющих образовательную деятельность»",
    },
    Act {
        key: "letter-1128",
        nominative: "письмо Министерства просвещения Российской Федерации от 21.12.2021 № АЗ-1128/08 и Профсоюза работников народного образования и науки Российской Федерации № 657 «О направлении методических рекомендаций» (вместе с «Методическими рекомендациями по разработке и внедрению системы (целевой модели) наставничества педагогических работников в образовательных организациях»)",
        instrumental: "письмом Министерства просвещения Российской Федерации от 21.12.2021 № АЗ-1128/08 и Профсоюза работников народного образования и науки Российской Федерации № 657 «О направлении методических рекомендаций» (вместе с «Методическими рекомендациями по разработке и внедрению системы (целевой модели) наставничества педагогических работников в образовательных организациях»)",
    },
];

/// The key of a school's own act in `DocRecord::grounds`.
pub fn regional_key(act: &str) -> String {
    format!("local:{}", act.trim())
}

/// The federal acts a kind of document cites by default.
pub fn default_federal(kind: DocKind) -> &'static [&'static str] {
    match kind {
        DocKind::OrderRegulation => &[
            "fz-273",
            "tk-351.8",
            "ukaz-309",
            "r-3273",
            "r-1264",
            "letter-1128",
        ],
        DocKind::Regulation => &[
            "fz-273",
            "tk-351.8",
            "ukaz-309",
            "r-3273",
            "r-1264",
            "p-196",
            "letter-1128",
        ],
        DocKind::OrderPairs => &["fz-273", "tk-351.8"],
        DocKind::OrderFinalEvent => &["fz-273", "letter-1128"],
        DocKind::OrderReward => &["fz-273", "p-196", "letter-1128"],
        _ => &[],
    }
}

/// Whether a kind of document names legal grounds the school may choose.
pub fn cites_grounds(kind: DocKind) -> bool {
    !default_federal(kind).is_empty()
}

/// One choice of the grounds form: its key, its label and whether it is cited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub key: String,
    pub label: String,
    pub on: bool,
    /// The school's own act (typed in the profile), not a federal one.
    pub regional: bool,
}

fn regional_acts(profile: &SchoolProfile) -> impl Iterator<Item = &str> {
    profile
        .regional_acts
        .iter()
        .map(|a| a.trim())
        .filter(|a| !a.is_empty())
}

/// The keys a document cites: the school's choice, else its kind's default (all the
/// school's own acts, then the federal ones).
pub fn selected(kind: DocKind, record: &DocRecord, profile: &SchoolProfile) -> Vec<String> {
    match &record.grounds {
        Some(keys) => keys.clone(),
        None => regional_acts(profile)
            .map(regional_key)
            .chain(default_federal(kind).iter().map(|k| k.to_string()))
            .collect(),
    }
}

/// Every act the school may cite in a document, in the order they are cited.
pub fn choices(kind: DocKind, record: &DocRecord, profile: &SchoolProfile) -> Vec<Choice> {
    let on = selected(kind, record, profile);
    regional_acts(profile)
        .map(|a| (regional_key(a), a.to_string(), true))
        .chain(
            FEDERAL
                .iter()
                .map(|a| (a.key.to_string(), a.nominative.to_string(), false)),
        )
        .map(|(key, label, regional)| Choice {
            on: on.contains(&key),
            key,
            label,
            regional,
        })
        .collect()
}

/// Turns one act on or off in the document's choice.
pub fn toggle(kind: DocKind, record: &mut DocRecord, profile: &SchoolProfile, key: &str, on: bool) {
    let mut keys = selected(kind, record, profile);
    keys.retain(|k| k != key);
    if on {
        keys.push(key.to_string());
    }
    // Keep the citing order of the form: the school's own acts, then the federal ones.
    let order: Vec<String> = choices(kind, record, profile)
        .into_iter()
        .map(|c| c.key)
        .collect();
    crate::domain::sorting::sort_by_key(&mut keys, |k| {
        order.iter().position(|o| o == k).unwrap_or(usize::MAX)
    });
    record.grounds = Some(keys);
}

/// The acts a document cites, in the instrumental case («распоряжением Комитета …»,
/// «Федеральным законом …»), the school's own acts first. A key whose act is gone (removed
/// from the profile) is left out.
pub fn cited(kind: DocKind, record: &DocRecord, profile: &SchoolProfile) -> Vec<String> {
    let keys = selected(kind, record, profile);
    choices(kind, record, profile)
        .into_iter()
        .filter(|c| keys.contains(&c.key))
        .map(|c| {
            if c.regional {
                phrase(&c.label, Case::Instrumental, false)
            } else {
                FEDERAL
                    .iter()
                    .find(|a| a.key == c.key)
                    .map(|a| a.instrumental.to_string())
                    .unwrap_or_default()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_void_act_and_the_exact_titles() {
        let all: String = FEDERAL.iter().map(|a| a.nominative).collect();
        assert!(!all.contains("474"));
        assert!(all.contains("от 07.05.2024 № 309 «О национальных целях развития Российской Федерации на период до 2030 года и на перспективу до 2036 года»"));
        assert!(all.contains("от 21.12.2021 № АЗ-1128/08 и Профсоюза работников народного образования и науки Российской Федерации № 657 «О направлении методических рекомендаций»"));
        assert!(all.contains("№ 3273-р «Об утверждении основных принципов национальной системы профессионального роста педагогических работников Российской Федерации, включая национальную систему учительского роста»"));
        for a in FEDERAL {
            // The instrumental differs only in the head words.
            assert_eq!(
                a.nominative.split('«').nth(1),
                a.instrumental.split('«').nth(1)
            );
        }
    }

    #[test]
    fn the_schools_acts_come_first_and_the_choice_is_kept() {
        let mut p = SchoolProfile {
            regional_acts: vec![
                "распоряжение Комитета по образованию Санкт-Петербурга от 01.02.2023 № 100-р «О наставничестве»".into(),
                "  ".into(),
            ],
            ..Default::default()
        };
        let mut r = DocRecord::default();
        let cited_now = cited(DocKind::OrderPairs, &r, &p);
        assert_eq!(
            cited_now,
            vec![
                "распоряжением Комитета по образованию Санкт-Петербурга от 01.02.2023 № 100-р «О наставничестве»".to_string(),
                FEDERAL[0].instrumental.into(),
                FEDERAL[1].instrumental.into(),
            ]
        );
        toggle(DocKind::OrderPairs, &mut r, &p, "p-196", true);
        toggle(DocKind::OrderPairs, &mut r, &p, "fz-273", false);
        let keys = selected(DocKind::OrderPairs, &r, &p);
        assert_eq!(keys[0], regional_key(&p.regional_acts[0]));
        assert_eq!(&keys[1..], ["tk-351.8", "p-196"]);
        // A removed regional act drops out of the citation.
        p.regional_acts.clear();
        assert_eq!(cited(DocKind::OrderPairs, &r, &p).len(), 2);
        assert!(choices(DocKind::Regulation, &DocRecord::default(), &p)
            .iter()
            .filter(|c| c.on)
            .any(|c| c.key == "r-1264"));
    }
}
