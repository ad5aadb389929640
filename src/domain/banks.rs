//! Bank decisions of stages 2 and 3: a candidate is included in the mentee (mentor) bank,
//! excluded from it with a reason, or returned to the candidates. Only included people take
//! part in the suggestion of pairs (stage 4), so this is the step between a teacher list and
//! pairs.
//!
//! Preconditions of the inclusion: the role, a processing consent (152-ФЗ), the questionnaire,
//! and for a mentor the written consent to mentor (art. 351.8 ТК РФ). A person in an active
//! pair (group) keeps the status the pair relies on.

use super::data::SchoolData;
use super::format::parse_date;
use super::people::{BankStatus, Consent, Person};

/// One of the two banks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bank {
    Mentees,
    Mentors,
}

impl Person {
    /// In the mentee bank, included (not a candidate, not excluded).
    pub fn included_mentee(&self) -> bool {
        self.mentee
            .as_ref()
            .is_some_and(|r| r.status == BankStatus::Included)
    }

    /// In the mentor bank, included.
    pub fn included_mentor(&self) -> bool {
        self.mentor
            .as_ref()
            .is_some_and(|r| r.status == BankStatus::Included)
    }

    /// Included in either bank: a participant of the mentoring.
    pub fn participant(&self) -> bool {
        self.included_mentee() || self.included_mentor()
    }
}

impl Bank {
    pub const ALL: [Bank; 2] = [Bank::Mentees, Bank::Mentors];

    pub fn key(self) -> &'static str {
        match self {
            Bank::Mentees => "mentees",
            Bank::Mentors => "mentors",
        }
    }

    /// «банк наставляемых» / «банк наставников».
    pub fn title(self) -> &'static str {
        match self {
            Bank::Mentees => "банк наставляемых",
            Bank::Mentors => "банк наставников",
        }
    }

    /// The role as a noun: «наставляемый» / «наставник».
    pub fn role(self) -> &'static str {
        match self {
            Bank::Mentees => "наставляемый",
            Bank::Mentors => "наставник",
        }
    }

    /// The person's status in this bank, `None` without the role.
    pub fn status(self, p: &Person) -> Option<BankStatus> {
        match self {
            Bank::Mentees => p.mentee.as_ref().map(|r| r.status),
            Bank::Mentors => p.mentor.as_ref().map(|r| r.status),
        }
    }

    /// The exclusion reason and the day of the decision (empty strings when none).
    pub fn decision_of(self, p: &Person) -> Option<(BankStatus, &str, &str)> {
        match self {
            Bank::Mentees => p
                .mentee
                .as_ref()
                .map(|r| (r.status, r.reason.as_str(), r.decided.as_str())),
            Bank::Mentors => p
                .mentor
                .as_ref()
                .map(|r| (r.status, r.reason.as_str(), r.decided.as_str())),
        }
    }

    pub(crate) fn has_questionnaire(self, p: &Person) -> bool {
        match self {
            Bank::Mentees => p.mentee.as_ref().is_some_and(|r| r.answers.is_some()),
            Bank::Mentors => p.mentor.as_ref().is_some_and(|r| r.answers.is_some()),
        }
    }

    /// Whether the person is in an active pair (group) in this role.
    pub fn in_active_pair(self, data: &SchoolData, id: &str) -> bool {
        data.pairs
            .iter()
            .filter(|g| g.active())
            .any(|g| match self {
                Bank::Mentees => g.mentees.iter().any(|m| m == id),
                Bank::Mentors => g.mentor == id,
            })
    }
}

/// What the coordinator decides about a person in a bank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// «Включить в банк».
    Include,
    /// «Исключить», with the reason (kept and shown).
    Exclude(String),
    /// «Вернуть в кандидаты».
    Candidate,
}

impl Decision {
    /// What was done, for reports: «Включены в банк наставляемых».
    pub fn done(&self, bank: Bank) -> String {
        match self {
            Decision::Include => format!("Включены в {}", bank.title()),
            Decision::Exclude(_) => format!("Исключены из банка {}", bank_genitive(bank)),
            Decision::Candidate => format!("Возвращены в кандидаты ({})", bank.title()),
        }
    }
}

fn bank_genitive(bank: Bank) -> &'static str {
    match bank {
        Bank::Mentees => "наставляемых",
        Bank::Mentors => "наставников",
    }
}

fn active(c: &Option<Consent>) -> bool {
    c.as_ref().is_some_and(Consent::active)
}

/// Why the person cannot be included in the bank yet, in Russian, in the order the
/// coordinator fixes them (empty when the person can be included).
pub fn inclusion_blocks(p: &Person, bank: Bank) -> Vec<&'static str> {
    let mut out = Vec::new();
    if bank.status(p).is_none() {
        out.push(match bank {
            Bank::Mentees => "не отмечен как наставляемый",
            Bank::Mentors => "не отмечен как кандидат в наставники",
        });
        return out;
    }
    if p.anonymized {
        out.push("данные обезличены после отзыва согласия");
        return out;
    }
    if !active(&p.consents.processing) {
        out.push("нет согласия на обработку персональных данных");
    }
    if !bank.has_questionnaire(p) {
        out.push(match bank {
            Bank::Mentees => "нет анкеты наставляемого",
            Bank::Mentors => "нет анкеты кандидата в наставники",
        });
    }
    if bank == Bank::Mentors && !active(&p.consents.mentoring) {
        out.push("нет письменного согласия на наставничество (ст. 351.8 ТК РФ)");
    }
    out
}

/// Why the decision cannot be applied to the person (a Russian reason starting in lower
/// case, for lists «ФИО — причина»); `Ok` when it can.
pub fn check_decision(
    data: &SchoolData,
    p: &Person,
    bank: Bank,
    decision: &Decision,
) -> Result<(), String> {
    let Some(status) = bank.status(p) else {
        return Err(inclusion_blocks(p, bank).join("; "));
    };
    match decision {
        Decision::Include => {
            if status == BankStatus::Included {
                return Err("уже включён в банк".into());
            }
            let blocks = inclusion_blocks(p, bank);
            if !blocks.is_empty() {
                return Err(blocks.join("; "));
            }
        }
        Decision::Exclude(reason) => {
            if reason.trim().is_empty() {
                return Err("не указана причина исключения".into());
            }
            if status == BankStatus::Excluded {
                return Err("уже исключён".into());
            }
        }
        Decision::Candidate => {
            if status == BankStatus::Candidate {
                return Err("уже кандидат".into());
            }
        }
    }
    if !matches!(decision, Decision::Include) && bank.in_active_pair(data, &p.id) {
        return Err(match bank {
            Bank::Mentees => "наставляемый в активной паре (группе)",
            Bank::Mentors => "наставник активной пары (группы)",
        }
        .to_string()
            + ": сначала завершите или прекратите её на этапе 5");
    }
    Ok(())
}

/// Records a decision about person `id` in a bank on `today` (`YYYY-MM-DD`). On error nothing
/// changes; the error is a reason in Russian (see [`check_decision`]).
pub fn decide_bank(
    data: &mut SchoolData,
    id: &str,
    bank: Bank,
    decision: &Decision,
    today: &str,
) -> Result<(), String> {
    if parse_date(today).is_none() {
        return Err(format!("Неверная дата решения «{today}»"));
    }
    let p = data
        .person(id)
        .ok_or_else(|| crate::domain::records::missing::<Person>(id))?;
    check_decision(data, p, bank, decision)?;
    data.update_person(id, |p| {
        record(p, bank, decision, today);
        Ok(())
    })
}

/// Writes a checked decision (see [`check_decision`]) into the person's role.
pub(crate) fn record(p: &mut Person, bank: Bank, decision: &Decision, today: &str) {
    let (status, reason, decided) = match bank {
        Bank::Mentees => match p.mentee.as_mut() {
            Some(r) => (&mut r.status, &mut r.reason, &mut r.decided),
            None => return,
        },
        Bank::Mentors => match p.mentor.as_mut() {
            Some(r) => (&mut r.status, &mut r.reason, &mut r.decided),
            None => return,
        },
    };
    match decision {
        Decision::Include => {
            *status = BankStatus::Included;
            reason.clear();
            *decided = today.to_string();
        }
        Decision::Exclude(why) => {
            *status = BankStatus::Excluded;
            *reason = why.trim().to_string();
            *decided = today.to_string();
        }
        Decision::Candidate => {
            // A candidate has no decision yet: the earlier one's reason and day go with it.
            *status = BankStatus::Candidate;
            reason.clear();
            decided.clear();
        }
    }
}

/// The bank's people waiting for a decision (candidates), with why each cannot be included
/// yet (empty: ready to include), in register order.
pub fn waiting(data: &SchoolData, bank: Bank) -> Vec<(&Person, Vec<&'static str>)> {
    data.people
        .iter()
        .filter(|p| bank.status(p) == Some(BankStatus::Candidate))
        .map(|p| (p, inclusion_blocks(p, bank)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pairs::{Pair, PairStatus};
    use crate::domain::people::{MenteeRole, MentorRole};
    use crate::domain::questionnaires::{MenteeAnswers, MentorAnswers};

    fn consent() -> Option<Consent> {
        Some(Consent {
            date: "2025-09-01".into(),
            ..Default::default()
        })
    }

    /// p1: a ready mentee; p2: a ready mentor; p3: a mentee with nothing yet.
    fn data() -> SchoolData {
        let mut d = SchoolData::default();
        for name in ["Соколова Ольга", "Белов Иван", "Андреев Пётр"]
        {
            d.add_person(name).unwrap();
        }
        d.people[0].mentee = Some(MenteeRole {
            answers: Some(MenteeAnswers::default()),
            ..Default::default()
        });
        d.people[0].consents.processing = consent();
        d.people[1].mentor = Some(MentorRole {
            answers: Some(MentorAnswers {
                capacity: 1,
                ..Default::default()
            }),
            ..Default::default()
        });
        d.people[1].consents.processing = consent();
        d.people[1].consents.mentoring = consent();
        d.people[2].mentee = Some(MenteeRole::default());
        d
    }

    #[test]
    fn include_exclude_and_return_with_the_day_and_the_reason() {
        let mut d = data();
        let id = d.people[0].id.clone();
        let mentees = |d: &mut SchoolData, decision: Decision, day: &str| {
            decide_bank(d, &id, Bank::Mentees, &decision, day)
        };
        mentees(&mut d, Decision::Include, "2025-09-20").unwrap();
        let r = d.people[0].mentee.as_ref().unwrap();
        assert_eq!(
            (r.status, r.decided.as_str()),
            (BankStatus::Included, "2025-09-20")
        );
        assert_eq!(
            mentees(&mut d, Decision::Include, "2025-09-21"),
            Err("уже включён в банк".into())
        );
        assert_eq!(
            mentees(&mut d, Decision::Exclude("  ".into()), "2025-09-21"),
            Err("не указана причина исключения".into())
        );
        mentees(
            &mut d,
            Decision::Exclude("  перевод в другую школу ".into()),
            "2025-09-22",
        )
        .unwrap();
        assert_eq!(
            Bank::Mentees.decision_of(&d.people[0]),
            Some((BankStatus::Excluded, "перевод в другую школу", "2025-09-22"))
        );
        mentees(&mut d, Decision::Candidate, "2025-09-23").unwrap();
        assert_eq!(
            Bank::Mentees.decision_of(&d.people[0]),
            Some((BankStatus::Candidate, "", ""))
        );
        assert_eq!(
            mentees(&mut d, Decision::Candidate, "2025-09-23"),
            Err("уже кандидат".into())
        );
    }

    #[test]
    fn inclusion_needs_the_consent_and_the_questionnaire() {
        let mut d = data();
        let before = d.clone();
        let id = d.people[2].id.clone();
        assert_eq!(
            decide_bank(&mut d, &id, Bank::Mentees, &Decision::Include, "2025-09-20"),
            Err("нет согласия на обработку персональных данных; нет анкеты наставляемого".into())
        );
        assert_eq!(d, before, "a refused decision changes nothing");
        // Not a mentor at all.
        assert_eq!(
            decide_bank(&mut d, &id, Bank::Mentors, &Decision::Include, "2025-09-20"),
            Err("не отмечен как кандидат в наставники".into())
        );
        // Exclusion needs no consent or questionnaire.
        decide_bank(
            &mut d,
            &id,
            Bank::Mentees,
            &Decision::Exclude("не молодой специалист".into()),
            "2025-09-20",
        )
        .unwrap();
        let waiting_ids: Vec<_> = waiting(&d, Bank::Mentees)
            .iter()
            .map(|(p, b)| (p.id.clone(), b.len()))
            .collect();
        assert_eq!(waiting_ids, [(d.people[0].id.clone(), 0)]);
    }

    #[test]
    fn a_mentor_needs_the_written_consent_of_art_351_8() {
        let mut d = data();
        let id = d.people[1].id.clone();
        d.people[1].consents.mentoring = None;
        assert_eq!(
            inclusion_blocks(&d.people[1], Bank::Mentors),
            ["нет письменного согласия на наставничество (ст. 351.8 ТК РФ)"]
        );
        assert!(decide_bank(&mut d, &id, Bank::Mentors, &Decision::Include, "2025-09-20").is_err());
        d.people[1].consents.mentoring = consent();
        decide_bank(&mut d, &id, Bank::Mentors, &Decision::Include, "2025-09-20").unwrap();
        assert_eq!(
            Bank::Mentors.status(&d.people[1]),
            Some(BankStatus::Included)
        );
        // Anonymized people cannot be included.
        d.people[0].anonymized = true;
        assert_eq!(
            inclusion_blocks(&d.people[0], Bank::Mentees),
            ["данные обезличены после отзыва согласия"]
        );
    }

    #[test]
    fn people_of_active_pairs_keep_their_inclusion() {
        let mut d = data();
        let (mentee, mentor) = (d.people[0].id.clone(), d.people[1].id.clone());
        decide_bank(
            &mut d,
            &mentee,
            Bank::Mentees,
            &Decision::Include,
            "2025-09-20",
        )
        .unwrap();
        decide_bank(
            &mut d,
            &mentor,
            Bank::Mentors,
            &Decision::Include,
            "2025-09-20",
        )
        .unwrap();
        d.pairs.push(Pair {
            id: "g1".into(),
            mentor: mentor.clone(),
            mentees: vec![mentee.clone()],
            ..Default::default()
        });
        assert_eq!(
            decide_bank(&mut d, &mentee, Bank::Mentees, &Decision::Candidate, "2025-09-21"),
            Err("наставляемый в активной паре (группе): сначала завершите или прекратите её на этапе 5".into())
        );
        assert_eq!(
            decide_bank(
                &mut d,
                &mentor,
                Bank::Mentors,
                &Decision::Exclude("увольнение".into()),
                "2025-09-21"
            ),
            Err(
                "наставник активной пары (группы): сначала завершите или прекратите её на этапе 5"
                    .into()
            )
        );
        d.pairs[0].status = PairStatus::Finished;
        decide_bank(
            &mut d,
            &mentee,
            Bank::Mentees,
            &Decision::Candidate,
            "2025-09-21",
        )
        .unwrap();
    }
}
