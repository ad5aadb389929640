//! Work on many people at once: the register's and the banks' selection gets one action —
//! a role given or taken, a consent marked on a date, a bank decision — applied as one change.
//! Each person either gets the whole action or is left untouched with a reason in Russian;
//! the report says what was done and to whom.

use std::collections::HashSet;

use super::banks::{check_decision, record, Bank, Decision};
use super::data::SchoolData;
use super::documents::model::{Align, Block, Document};
use super::documents::registry::DocKind;
use super::documents::templates::for_person;
use super::format::{count, date_ru, parse_date};
use super::people::{BankStatus, Consent, ConsentKind, MenteeRole, MentorRole, Person};

/// One action on the selected people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkAction {
    /// Mentee role / mentor candidacy, as a candidate of the bank.
    GiveRole(Bank),
    /// Only from candidates without a questionnaire: nothing filled in is thrown away.
    TakeRole(Bank),
    /// Received on the date (`YYYY-MM-DD`, not later than today).
    MarkConsent(ConsentKind, String),
    Decide(Bank, Decision),
}

impl BulkAction {
    /// What the action did, as the report's first words.
    pub fn done(&self) -> String {
        let role = |b: Bank| match b {
            Bank::Mentees => "«наставляемый»",
            Bank::Mentors => "«кандидат в наставники»",
        };
        match self {
            BulkAction::GiveRole(b) => format!("Роль {} дана", role(*b)),
            BulkAction::TakeRole(b) => format!("Роль {} снята", role(*b)),
            BulkAction::MarkConsent(k, date) => {
                let mut chars = k.label().chars();
                let first: String = chars
                    .next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .collect();
                format!("{first}{} отмечено ({})", chars.as_str(), date_ru(date))
            }
            BulkAction::Decide(b, d) => d.done(*b),
        }
    }
}

/// A person the action was not applied to, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub id: String,
    pub name: String,
    pub reason: String,
}

/// What a bulk action did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkReport {
    /// «Согласие на обработку персональных данных отмечено (01.09.2025)».
    pub done: String,
    /// Ids of the changed people, in register order.
    pub applied: Vec<String>,
    pub refused: Vec<Refusal>,
}

impl BulkReport {
    /// «Согласие … отмечено (01.09.2025): 6 педагогов» or «Ничего не изменено».
    pub fn message(&self) -> String {
        if self.applied.is_empty() {
            "Ничего не изменено: действие не подошло ни к одному из выбранных".to_string()
        } else {
            format!(
                "{}: {}",
                self.done,
                count(
                    self.applied.len() as u64,
                    ["педагог", "педагога", "педагогов"]
                )
            )
        }
    }

    /// «Не применено к 2 педагогам:» for the list of refusals; `None` when there are none.
    pub fn refused_title(&self) -> Option<String> {
        let n = self.refused.len() as u64;
        (n > 0).then(|| {
            format!(
                "Не применено к {}:",
                count(n, ["педагогу", "педагогам", "педагогам"])
            )
        })
    }
}

const EMPTY: &str = "Никто не выбран: отметьте педагогов в списке";

/// Applies `action` to the people `ids` (unknown ids are ignored) on `today` (`YYYY-MM-DD`).
/// Every person either gets the whole action or stays untouched and is listed with the reason.
/// An `Err` (nobody selected, no date, no reason) means nothing changed at all.
pub fn apply_bulk(
    data: &mut SchoolData,
    ids: &[String],
    action: &BulkAction,
    today: &str,
) -> Result<BulkReport, String> {
    if ids.is_empty() {
        return Err(EMPTY.into());
    }
    match action {
        BulkAction::MarkConsent(_, date) => {
            if parse_date(date).is_none() {
                return Err("Укажите дату согласия".into());
            }
            if date.as_str() > today {
                return Err(format!(
                    "Дата согласия {} позже сегодняшней: согласие отмечают, когда оно получено",
                    date_ru(date)
                ));
            }
        }
        BulkAction::Decide(_, Decision::Exclude(reason)) if reason.trim().is_empty() => {
            return Err("Укажите причину исключения".into());
        }
        _ => {}
    }
    let wanted: HashSet<&str> = ids.iter().map(String::as_str).collect();
    // First every verdict on the unchanged data, then the changes: one person's change never
    // affects another's verdict, and refused people are not touched.
    let verdicts: Vec<(usize, Result<(), String>)> = data
        .people
        .iter()
        .enumerate()
        .filter(|(_, p)| wanted.contains(p.id.as_str()))
        .map(|(i, p)| (i, check(data, p, action)))
        .collect();
    let mut report = BulkReport {
        done: action.done(),
        applied: Vec::new(),
        refused: Vec::new(),
    };
    for (i, verdict) in verdicts {
        let id = data.people[i].id.clone();
        match verdict {
            Err(reason) => report.refused.push(Refusal {
                name: data.people[i].full_name.clone(),
                id,
                reason,
            }),
            Ok(()) => {
                apply(&mut data.people[i], action, today);
                report.applied.push(id);
            }
        }
    }
    Ok(report)
}

fn check(data: &SchoolData, p: &Person, action: &BulkAction) -> Result<(), String> {
    let anonymized = || {
        if p.anonymized {
            Err("данные обезличены после отзыва согласия".to_string())
        } else {
            Ok(())
        }
    };
    match action {
        BulkAction::GiveRole(b) => {
            anonymized()?;
            if b.status(p).is_some() {
                return Err(format!("уже {}", role_noun(*b)));
            }
            Ok(())
        }
        BulkAction::TakeRole(b) => {
            let Some((status, _, _)) = b.decision_of(p) else {
                return Err(format!("не {}", role_noun(*b)));
            };
            if b.in_active_pair(data, &p.id) {
                return Err("в активной паре (группе)".into());
            }
            if status != BankStatus::Candidate {
                return Err(format!(
                    "решение по банку принято ({}): сначала верните в кандидаты",
                    status.label()
                ));
            }
            let answered = match b {
                Bank::Mentees => p.mentee.as_ref().is_some_and(|r| r.answers.is_some()),
                Bank::Mentors => p.mentor.as_ref().is_some_and(|r| r.answers.is_some()),
            };
            if answered {
                return Err(
                    "анкета заполнена: роль с анкетой снимается в карточке педагога".into(),
                );
            }
            Ok(())
        }
        BulkAction::MarkConsent(kind, _) => {
            anonymized()?;
            if *kind == ConsentKind::Mentoring && p.mentor.is_none() {
                return Err("не кандидат в наставники".into());
            }
            match kind.get(p) {
                Some(c) if c.active() => {
                    Err(format!("согласие уже отмечено ({})", date_ru(&c.date)))
                }
                Some(c) if !c.withdrawn.is_empty() => Err(format!(
                    "согласие отозвано {}: новое согласие отмечается в карточке педагога",
                    date_ru(&c.withdrawn)
                )),
                _ => Ok(()),
            }
        }
        BulkAction::Decide(b, d) => check_decision(data, p, *b, d),
    }
}

fn role_noun(b: Bank) -> &'static str {
    match b {
        Bank::Mentees => "наставляемый",
        Bank::Mentors => "кандидат в наставники",
    }
}

/// Applies a checked action (see [`check`]) to one person.
fn apply(p: &mut Person, action: &BulkAction, today: &str) {
    match action {
        BulkAction::Decide(b, d) => record(p, *b, d, today),
        BulkAction::GiveRole(Bank::Mentees) => p.mentee = Some(MenteeRole::default()),
        BulkAction::GiveRole(Bank::Mentors) => p.mentor = Some(MentorRole::default()),
        BulkAction::TakeRole(Bank::Mentees) => p.mentee = None,
        BulkAction::TakeRole(Bank::Mentors) => p.mentor = None,
        BulkAction::MarkConsent(kind, date) => {
            *kind.slot(p) = Some(Consent {
                date: date.clone(),
                scope: String::new(),
                withdrawn: String::new(),
            })
        }
    }
}

/// The personal documents that can be made for many people at once.
pub const DOCUMENT_KINDS: [DocKind; 4] = [
    DocKind::ConsentPersonalData,
    DocKind::MenteeQuestionnaire,
    DocKind::MentorQuestionnaire,
    DocKind::MentorAgreement,
];

/// Why a personal document is not made for the person (`None`: it is).
fn document_refusal(kind: DocKind, p: &Person) -> Option<&'static str> {
    match kind {
        DocKind::MenteeQuestionnaire if p.mentee.is_none() => Some("не наставляемый"),
        DocKind::MentorQuestionnaire | DocKind::MentorAgreement if p.mentor.is_none() => {
            Some("не кандидат в наставники")
        }
        _ if p.anonymized => Some("данные обезличены"),
        _ => None,
    }
}

/// One document with a personal document of `kind` for each of the people `ids` (in the
/// register's order), one person per page; `None` when it is for nobody. The people it is not
/// made for are listed with the reason.
pub fn combined_document(
    kind: DocKind,
    data: &SchoolData,
    ids: &[String],
) -> (Option<Document>, Vec<Refusal>) {
    let wanted: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let mut blocks: Vec<Block> = Vec::new();
    let mut header = Vec::new();
    let mut refused = Vec::new();
    let mut made = 0u64;
    for p in data
        .people
        .iter()
        .filter(|p| wanted.contains(p.id.as_str()))
    {
        if let Some(reason) = document_refusal(kind, p) {
            refused.push(Refusal {
                id: p.id.clone(),
                name: p.full_name.clone(),
                reason: reason.into(),
            });
            continue;
        }
        let Some(doc) = for_person(kind, data, &p.id) else {
            continue;
        };
        if made == 0 {
            header = doc.header;
        } else {
            // Every person's pages start with the school's name, as a single document would.
            blocks.push(Block::PageBreak);
            blocks.push(Block::aligned(doc.header, Align::Center));
        }
        blocks.extend(doc.blocks);
        made += 1;
    }
    let doc = (made > 0).then(|| Document {
        title: format!(
            "{} — {}",
            kind.short_title(),
            count(made, ["педагог", "педагога", "педагогов"])
        ),
        header,
        blocks,
    });
    (doc, refused)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::documents::docx::to_docx;
    use crate::domain::documents::html::to_html;
    use crate::domain::questionnaires::{MenteeAnswers, MentorAnswers};

    const TODAY: &str = "2025-09-30";

    /// A register as a school imports it: names only, no roles, no consents.
    fn imported(n: usize) -> SchoolData {
        let mut d = SchoolData::default();
        for i in 0..n {
            d.add_person(&format!("Педагог{i} Имя Отчество")).unwrap();
        }
        d
    }

    fn ids(d: &SchoolData, range: std::ops::Range<usize>) -> Vec<String> {
        d.people[range].iter().map(|p| p.id.clone()).collect()
    }

    fn consent(kind: ConsentKind, date: &str) -> BulkAction {
        BulkAction::MarkConsent(kind, date.into())
    }

    #[test]
    fn refused_people_are_untouched_and_applied_ones_changed_in_one_call() {
        let mut d = imported(4);
        d.people[1].consents.processing = Some(Consent {
            date: "2025-09-01".into(),
            ..Default::default()
        });
        d.people[3].anonymized = true;
        let before = d.clone();
        let all = ids(&d, 0..4);
        let r = apply_bulk(
            &mut d,
            &all,
            &consent(ConsentKind::Processing, "2025-09-15"),
            TODAY,
        )
        .unwrap();
        assert_eq!(r.applied, [d.people[0].id.clone(), d.people[2].id.clone()]);
        assert_eq!(
            r.refused,
            [
                Refusal {
                    id: d.people[1].id.clone(),
                    name: "Педагог1 Имя Отчество".into(),
                    reason: "согласие уже отмечено (01.09.2025)".into()
                },
                Refusal {
                    id: d.people[3].id.clone(),
                    name: "Педагог3 Имя Отчество".into(),
                    reason: "данные обезличены после отзыва согласия".into()
                }
            ]
        );
        assert_eq!(d.people[1], before.people[1]);
        assert_eq!(d.people[3], before.people[3]);
        assert_eq!(
            d.people[0].consents.processing.as_ref().unwrap().date,
            "2025-09-15"
        );
        assert_eq!(
            r.message(),
            "Согласие на обработку персональных данных отмечено (15.09.2025): 2 педагога"
        );
        assert_eq!(r.refused_title().unwrap(), "Не применено к 2 педагогам:");
    }

    #[test]
    fn whole_action_errors_change_nothing() {
        let mut d = imported(2);
        let before = d.clone();
        let all = ids(&d, 0..2);
        for (action, error) in [
            (
                consent(ConsentKind::Processing, ""),
                "Укажите дату согласия".to_string(),
            ),
            (
                consent(ConsentKind::Processing, "2025-10-01"),
                "Дата согласия 01.10.2025 позже сегодняшней: согласие отмечают, когда оно получено"
                    .to_string(),
            ),
            (
                BulkAction::Decide(Bank::Mentees, Decision::Exclude(" ".into())),
                "Укажите причину исключения".to_string(),
            ),
        ] {
            assert_eq!(apply_bulk(&mut d, &all, &action, TODAY), Err(error));
        }
        assert_eq!(
            apply_bulk(&mut d, &[], &BulkAction::GiveRole(Bank::Mentees), TODAY),
            Err(EMPTY.to_string())
        );
        assert_eq!(d, before);
    }

    #[test]
    fn roles_are_given_and_taken_without_losing_questionnaires() {
        let mut d = imported(3);
        let all = ids(&d, 0..3);
        let r = apply_bulk(
            &mut d,
            &all[..2],
            &BulkAction::GiveRole(Bank::Mentees),
            TODAY,
        )
        .unwrap();
        assert_eq!(r.message(), "Роль «наставляемый» дана: 2 педагога");
        let r = apply_bulk(&mut d, &all, &BulkAction::GiveRole(Bank::Mentees), TODAY).unwrap();
        assert_eq!(r.applied, [all[2].clone()]);
        assert_eq!(r.refused.len(), 2);
        assert_eq!(r.refused[0].reason, "уже наставляемый");
        d.people[0].mentee.as_mut().unwrap().answers = Some(MenteeAnswers::default());
        let before = d.people[0].clone();
        let r = apply_bulk(&mut d, &all, &BulkAction::TakeRole(Bank::Mentees), TODAY).unwrap();
        assert_eq!(r.applied, all[1..]);
        assert_eq!(
            r.refused[0].reason,
            "анкета заполнена: роль с анкетой снимается в карточке педагога"
        );
        assert_eq!(d.people[0], before);
        assert!(d.people[1].mentee.is_none() && d.people[2].mentee.is_none());
        let r = apply_bulk(
            &mut d,
            &all[1..],
            &BulkAction::TakeRole(Bank::Mentors),
            TODAY,
        )
        .unwrap();
        assert_eq!(
            r.message(),
            "Ничего не изменено: действие не подошло ни к одному из выбранных"
        );
        assert_eq!(r.refused[0].reason, "не кандидат в наставники");
    }

    #[test]
    fn the_written_consent_is_for_mentor_candidates_only() {
        let mut d = imported(2);
        let all = ids(&d, 0..2);
        d.people[1].mentor = Some(MentorRole::default());
        let r = apply_bulk(&mut d, &all, &consent(ConsentKind::Mentoring, TODAY), TODAY).unwrap();
        assert_eq!(r.applied, [all[1].clone()]);
        assert_eq!(r.refused[0].reason, "не кандидат в наставники");
        // A withdrawn consent is not silently replaced.
        d.people[1].consents.mentoring.as_mut().unwrap().withdrawn = TODAY.into();
        let r = apply_bulk(
            &mut d,
            &all[1..],
            &consent(ConsentKind::Mentoring, TODAY),
            TODAY,
        )
        .unwrap();
        assert_eq!(
            r.refused[0].reason,
            "согласие отозвано 30.09.2025: новое согласие отмечается в карточке педагога"
        );
    }

    /// The bug of issue 12: from an imported list nothing could be included, so the suggestion
    /// found no pairs. Bulk actions take the list to included people and to pairs.
    #[test]
    fn from_an_imported_list_to_suggested_pairs() {
        let mut d = imported(8);
        let (mentees, mentors) = (ids(&d, 0..4), ids(&d, 4..8));
        let all = ids(&d, 0..8);
        apply_bulk(
            &mut d,
            &mentees,
            &BulkAction::GiveRole(Bank::Mentees),
            TODAY,
        )
        .unwrap();
        apply_bulk(
            &mut d,
            &mentors,
            &BulkAction::GiveRole(Bank::Mentors),
            TODAY,
        )
        .unwrap();
        apply_bulk(
            &mut d,
            &all,
            &consent(ConsentKind::Processing, TODAY),
            TODAY,
        )
        .unwrap();
        apply_bulk(
            &mut d,
            &mentors,
            &consent(ConsentKind::Mentoring, TODAY),
            TODAY,
        )
        .unwrap();
        let area = d.taxonomy[0].id.clone();
        for p in &mut d.people[0..3] {
            p.edit_mentee_answers(TODAY, |a| {
                a.needs.insert(area.clone(), 5);
            })
            .unwrap();
        }
        for p in &mut d.people[4..8] {
            p.edit_mentor_answers(TODAY, |a: &mut MentorAnswers| {
                a.strengths.insert(area.clone(), 5);
            })
            .unwrap();
        }
        assert!(
            d.suggestion().pairs.is_empty(),
            "candidates are not matched"
        );
        let include = BulkAction::Decide(Bank::Mentees, Decision::Include);
        let r = apply_bulk(&mut d, &mentees, &include, TODAY).unwrap();
        assert_eq!(r.applied.len(), 3);
        assert_eq!(
            r.refused,
            [Refusal {
                id: mentees[3].clone(),
                name: "Педагог3 Имя Отчество".into(),
                reason: "нет анкеты наставляемого".into()
            }]
        );
        let include = BulkAction::Decide(Bank::Mentors, Decision::Include);
        let r = apply_bulk(&mut d, &mentors, &include, TODAY).unwrap();
        assert_eq!(r.message(), "Включены в банк наставников: 4 педагога");
        assert_eq!(d.suggestion().pairs.len(), 3);
        let exclude = BulkAction::Decide(Bank::Mentees, Decision::Exclude("уволилась".into()));
        apply_bulk(&mut d, &mentees[3..], &exclude, TODAY).unwrap();
        assert_eq!(
            Bank::Mentees.decision_of(&d.people[3]),
            Some((BankStatus::Excluded, "уволилась", TODAY))
        );
    }

    #[test]
    fn one_document_for_the_selection_one_person_per_page() {
        let mut d = imported(3);
        let all = ids(&d, 0..3);
        apply_bulk(
            &mut d,
            &all[1..],
            &BulkAction::GiveRole(Bank::Mentors),
            TODAY,
        )
        .unwrap();
        let (doc, refused) = combined_document(DocKind::MentorAgreement, &d, &all);
        let doc = doc.unwrap();
        assert_eq!(refused.len(), 1);
        assert_eq!(refused[0].reason, "не кандидат в наставники");
        assert_eq!(
            doc.blocks
                .iter()
                .filter(|b| **b == Block::PageBreak)
                .count(),
            1
        );
        let text = doc.plain();
        assert!(text.contains("Педагог1") && text.contains("Педагог2"));
        assert!(!text.contains("Педагог0"));
        assert!(doc.title.ends_with("2 педагога"), "{}", doc.title);
        assert!(to_html(&doc).contains("page-break"));
        assert!(!to_docx(&doc).is_empty());
        let (doc, _) = combined_document(DocKind::ConsentPersonalData, &d, &all);
        assert_eq!(
            doc.unwrap()
                .blocks
                .iter()
                .filter(|b| **b == Block::PageBreak)
                .count(),
            2
        );
        let (none, refused) = combined_document(DocKind::MenteeQuestionnaire, &d, &all);
        assert!(none.is_none());
        assert_eq!(refused.len(), 3);
    }
}
