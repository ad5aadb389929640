//! The choices of the bulk bar of the register and the banks: each a bulk action (with the
//! date or the reason typed next to it) or a combined document of the selection.

use super::banks::{Bank, Decision};
use super::bulk::BulkAction;
use super::documents::registry::DocKind;
use super::keyed::Keyed;
use super::people::ConsentKind;

/// One choice of the bulk bar's «Действие».
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkChoice {
    Give(Bank),
    Take(Bank),
    Consent(ConsentKind),
    Include(Bank),
    Exclude(Bank),
    Candidate(Bank),
    Document(DocKind),
}

use BulkChoice::*;

const ALL: [BulkChoice; 17] = [
    Give(Bank::Mentees),
    Give(Bank::Mentors),
    Take(Bank::Mentees),
    Take(Bank::Mentors),
    Consent(ConsentKind::Processing),
    Consent(ConsentKind::Publication),
    Consent(ConsentKind::Mentoring),
    Include(Bank::Mentees),
    Exclude(Bank::Mentees),
    Candidate(Bank::Mentees),
    Include(Bank::Mentors),
    Exclude(Bank::Mentors),
    Candidate(Bank::Mentors),
    Document(DocKind::ConsentPersonalData),
    Document(DocKind::MenteeQuestionnaire),
    Document(DocKind::MentorQuestionnaire),
    Document(DocKind::MentorAgreement),
];

impl BulkChoice {
    /// The choices offered: the bank decisions of `bank` only on a bank's page, of both in
    /// the register (`None`).
    pub fn offered(bank: Option<Bank>) -> Vec<BulkChoice> {
        ALL.into_iter()
            .filter(|c| match (c, bank) {
                (Include(b) | Exclude(b) | Candidate(b), Some(only)) => *b == only,
                _ => true,
            })
            .collect()
    }

    /// The action with the date and the reason typed; `None` for a document.
    pub fn action(self, date: &str, reason: &str) -> Option<BulkAction> {
        Some(match self {
            Give(b) => BulkAction::GiveRole(b),
            Take(b) => BulkAction::TakeRole(b),
            Consent(k) => BulkAction::MarkConsent(k, date.to_string()),
            Include(b) => BulkAction::Decide(b, Decision::Include),
            Exclude(b) => BulkAction::Decide(b, Decision::Exclude(reason.to_string())),
            Candidate(b) => BulkAction::Decide(b, Decision::Candidate),
            Document(_) => return None,
        })
    }

    /// The combined document of the selection, for a document choice.
    pub fn document(self) -> Option<DocKind> {
        match self {
            Document(kind) => Some(kind),
            _ => None,
        }
    }

    /// A consent is marked with the date of the form.
    pub fn needs_date(self) -> bool {
        matches!(self, Consent(_))
    }

    /// An exclusion says why.
    pub fn needs_reason(self) -> bool {
        matches!(self, Exclude(_))
    }
}

impl Keyed for BulkChoice {
    fn all() -> &'static [Self] {
        &ALL
    }

    fn key(self) -> &'static str {
        match self {
            Give(Bank::Mentees) => "give-mentees",
            Give(Bank::Mentors) => "give-mentors",
            Take(Bank::Mentees) => "take-mentees",
            Take(Bank::Mentors) => "take-mentors",
            Consent(ConsentKind::Processing) => "consent-processing",
            Consent(ConsentKind::Publication) => "consent-publication",
            Consent(ConsentKind::Mentoring) => "consent-mentoring",
            Include(Bank::Mentees) => "include-mentees",
            Include(Bank::Mentors) => "include-mentors",
            Exclude(Bank::Mentees) => "exclude-mentees",
            Exclude(Bank::Mentors) => "exclude-mentors",
            Candidate(Bank::Mentees) => "candidate-mentees",
            Candidate(Bank::Mentors) => "candidate-mentors",
            Document(DocKind::ConsentPersonalData) => "doc-consent",
            Document(DocKind::MenteeQuestionnaire) => "doc-mentee-q",
            Document(DocKind::MentorQuestionnaire) => "doc-mentor-q",
            Document(_) => "doc-agreement",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Give(Bank::Mentees) => "Дать роль: наставляемый",
            Give(Bank::Mentors) => "Дать роль: кандидат в наставники",
            Take(Bank::Mentees) => "Снять роль: наставляемый",
            Take(Bank::Mentors) => "Снять роль: кандидат в наставники",
            Consent(ConsentKind::Processing) => "Отметить согласие на обработку ПД",
            Consent(ConsentKind::Publication) => "Отметить согласие на публикацию",
            Consent(ConsentKind::Mentoring) => {
                "Отметить письменное согласие на наставничество (ст. 351.8 ТК РФ)"
            }
            Include(Bank::Mentees) => "Включить в банк наставляемых",
            Include(Bank::Mentors) => "Включить в банк наставников",
            Exclude(Bank::Mentees) => "Исключить из банка наставляемых (с причиной)",
            Exclude(Bank::Mentors) => "Исключить из банка наставников (с причиной)",
            Candidate(Bank::Mentees) => "Вернуть в кандидаты банка наставляемых",
            Candidate(Bank::Mentors) => "Вернуть в кандидаты банка наставников",
            Document(DocKind::ConsentPersonalData) => "Документ: согласия на обработку ПД",
            Document(DocKind::MenteeQuestionnaire) => "Документ: анкеты наставляемых",
            Document(DocKind::MentorQuestionnaire) => "Документ: анкеты кандидатов в наставники",
            Document(_) => "Документ: дополнительные соглашения о наставничестве",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_are_unique() {
        for &c in BulkChoice::all() {
            assert_eq!(BulkChoice::from_key(c.key()), Some(c), "{c:?}");
        }
        let mut keys: Vec<&str> = ALL.iter().map(|c| c.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ALL.len());
        let mut labels: Vec<&str> = ALL.iter().map(|c| c.label()).collect();
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), ALL.len());
    }

    #[test]
    fn a_bank_page_offers_only_its_own_decisions() {
        let keys = |bank| -> Vec<&str> {
            BulkChoice::offered(bank)
                .into_iter()
                .map(|c| c.key())
                .collect()
        };
        let register = keys(None);
        assert_eq!(register.len(), 17);
        let mentors = keys(Some(Bank::Mentors));
        assert_eq!(mentors.len(), 14);
        assert!(mentors.contains(&"include-mentors"));
        assert!(!mentors
            .iter()
            .any(|k| k.ends_with("-mentees") && !k.starts_with("give") && !k.starts_with("take")));
        assert!(
            mentors.contains(&"give-mentees"),
            "roles of both banks stay"
        );
        assert!(mentors.contains(&"doc-agreement"));
    }

    #[test]
    fn a_choice_becomes_its_action_with_the_date_or_the_reason() {
        let consent = BulkAction::MarkConsent(ConsentKind::Mentoring, "2025-09-01".into());
        let exclude = BulkAction::Decide(Bank::Mentees, Decision::Exclude("уволился".into()));
        for (key, date, reason, action) in [
            ("consent-mentoring", true, false, consent),
            ("exclude-mentees", false, true, exclude),
        ] {
            let c = BulkChoice::from_key(key).unwrap();
            assert_eq!((c.needs_date(), c.needs_reason()), (date, reason), "{key}");
            assert_eq!(c.action("2025-09-01", "уволился"), Some(action));
        }
        assert_eq!(
            Give(Bank::Mentors).action("", ""),
            Some(BulkAction::GiveRole(Bank::Mentors))
        );
        let doc = BulkChoice::from_key("doc-mentor-q").unwrap();
        assert_eq!(doc.action("", ""), None);
        assert_eq!(doc.document(), Some(DocKind::MentorQuestionnaire));
        assert_eq!(Include(Bank::Mentors).document(), None);
    }
}
