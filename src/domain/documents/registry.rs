//! The registry «Документы»: every document the school keeps, with its number, date, status
//! and the user's edits of the generated text.

use serde::{Deserialize, Serialize};

use super::model::Block;

/// Every kind of document the app generates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocKind {
    OrderRegulation,
    Regulation,
    Roadmap,
    OrderPairs,
    ProgramTemplate,
    ConsentPersonalData,
    MentorAgreement,
    OrderFinalEvent,
    MenteeQuestionnaire,
    MentorQuestionnaire,
    /// The ПНП of one pair or group (made from the pair; blank is `ProgramTemplate`).
    Program,
    /// The final report on the year (stage 6).
    FinalReport,
    /// Consent to the dissemination of personal data on the school site (art. 10.1 152-ФЗ).
    ConsentDissemination,
    /// The order on rewarding mentors (stage 6, optional).
    OrderReward,
    /// The printable blank of the satisfaction questionnaires of the monitoring (stage 6),
    /// reached from the monitoring screen.
    SatisfactionQuestionnaire,
}

impl DocKind {
    pub const ALL: [DocKind; 15] = [
        DocKind::OrderRegulation,
        DocKind::Regulation,
        DocKind::Roadmap,
        DocKind::OrderPairs,
        DocKind::ProgramTemplate,
        DocKind::ConsentPersonalData,
        DocKind::MentorAgreement,
        DocKind::OrderFinalEvent,
        DocKind::MenteeQuestionnaire,
        DocKind::MentorQuestionnaire,
        DocKind::Program,
        DocKind::FinalReport,
        DocKind::ConsentDissemination,
        DocKind::OrderReward,
        DocKind::SatisfactionQuestionnaire,
    ];

    /// The key in the archive and in addresses (`#/documents/regulation`).
    pub fn key(self) -> &'static str {
        match self {
            DocKind::OrderRegulation => "order_regulation",
            DocKind::Regulation => "regulation",
            DocKind::Roadmap => "roadmap",
            DocKind::OrderPairs => "order_pairs",
            DocKind::ProgramTemplate => "program_template",
            DocKind::ConsentPersonalData => "consent_personal_data",
            DocKind::MentorAgreement => "mentor_agreement",
            DocKind::OrderFinalEvent => "order_final_event",
            DocKind::MenteeQuestionnaire => "mentee_questionnaire",
            DocKind::MentorQuestionnaire => "mentor_questionnaire",
            DocKind::Program => "program",
            DocKind::FinalReport => "final_report",
            DocKind::ConsentDissemination => "consent_dissemination",
            DocKind::OrderReward => "order_reward",
            DocKind::SatisfactionQuestionnaire => "satisfaction_questionnaire",
        }
    }

    pub fn from_key(key: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The name used in the registry, with the seed's wording.
    pub fn title(self) -> &'static str {
        match self {
            DocKind::OrderRegulation => "Приказ «Об утверждении положения о целевой модели наставничества педагогических работников в образовательной организации»",
            DocKind::Regulation => "Положение о целевой модели наставничества педагогических работников в образовательной организации",
            DocKind::Roadmap => "Дорожная карта по реализации Положения о целевой модели наставничества педагогических работников",
            DocKind::OrderPairs => "Приказ о закреплении наставнических пар (групп)",
            DocKind::ProgramTemplate => "Шаблон персонализированной программы наставничества",
            DocKind::ConsentPersonalData => "Согласие на обработку персональных данных",
            DocKind::MentorAgreement => "Дополнительное соглашение к трудовому договору о наставничестве",
            DocKind::OrderFinalEvent => "Приказ «О проведении итогового мероприятия в рамках реализации системы (целевой модели) наставничества педагогических работников»",
            DocKind::MenteeQuestionnaire => "Анкета профессиональных запросов и затруднений педагога (наставляемого)",
            DocKind::MentorQuestionnaire => "Анкета кандидата в наставники",
            DocKind::Program => "Персонализированная программа наставничества пары (группы)",
            DocKind::FinalReport => "Отчёт о реализации системы (целевой модели) наставничества педагогических работников за учебный год",
            DocKind::ConsentDissemination => "Согласие на обработку персональных данных, разрешённых субъектом персональных данных для распространения",
            DocKind::OrderReward => "Приказ «О поощрении педагогических работников за наставническую деятельность»",
            DocKind::SatisfactionQuestionnaire => "Анкеты удовлетворённости участников наставничества (бланк для печати)",
        }
    }

    /// A short name for lists and file names.
    pub fn short_title(self) -> &'static str {
        match self {
            DocKind::OrderRegulation => "Приказ об утверждении Положения",
            DocKind::Regulation => "Положение о наставничестве",
            DocKind::Roadmap => "Дорожная карта",
            DocKind::OrderPairs => "Приказ о закреплении пар",
            DocKind::ProgramTemplate => "Шаблон ПНП",
            DocKind::ConsentPersonalData => "Согласие на обработку ПД",
            DocKind::MentorAgreement => "Дополнительное соглашение о наставничестве",
            DocKind::OrderFinalEvent => "Приказ об итоговом мероприятии",
            DocKind::MenteeQuestionnaire => "Анкета наставляемого",
            DocKind::MentorQuestionnaire => "Анкета кандидата в наставники",
            DocKind::Program => "ПНП",
            DocKind::FinalReport => "Отчёт о наставничестве за год",
            DocKind::ConsentDissemination => "Согласие на распространение ПД",
            DocKind::OrderReward => "Приказ о поощрении наставников",
            DocKind::SatisfactionQuestionnaire => "Анкеты удовлетворённости",
        }
    }

    /// «Положение о наставничестве — ГБОУ СОШ 96.docx»: no characters that Windows
    /// forbids in file names.
    pub fn file_name(self, school_short_name: &str, extension: &str) -> String {
        let clean = |s: &str| {
            s.chars()
                .filter(|c| !"\\/:*?\"<>|№«»".contains(*c))
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let school = clean(school_short_name);
        if school.is_empty() {
            format!("{}.{extension}", self.short_title())
        } else {
            format!("{} — {school}.{extension}", self.short_title())
        }
    }

    /// The document a seed task of the roadmap produces, if any.
    pub fn for_task(task_id: &str) -> Option<DocKind> {
        Some(match task_id {
            "1.1" => DocKind::OrderRegulation,
            "1.2" => DocKind::Regulation,
            "1.3" => DocKind::Roadmap,
            "1.4" => DocKind::OrderPairs,
            "1.5" => DocKind::ProgramTemplate,
            "2.1" => DocKind::MenteeQuestionnaire,
            "2.2" => DocKind::ConsentPersonalData,
            "3.1" => DocKind::MentorQuestionnaire,
            "3.2" => DocKind::MentorAgreement,
            "6.1" => DocKind::FinalReport,
            "6.2" => DocKind::OrderFinalEvent,
            // The best practices found at the event: their mentors are rewarded.
            "6.3" => DocKind::OrderReward,
            // Names and stories go on the site only with this consent (art. 10.1 152-ФЗ).
            "7.1" => DocKind::ConsentDissemination,
            _ => return None,
        })
    }

    /// Whether the registry lists the kind: the ПНП of a pair is reached from its pair (the
    /// registry has the blank template).
    pub fn listed(self) -> bool {
        !matches!(self, DocKind::Program | DocKind::SatisfactionQuestionnaire)
    }

    /// The stage of the roadmap the document belongs to.
    pub fn stage(self) -> u8 {
        match self {
            DocKind::OrderRegulation
            | DocKind::Regulation
            | DocKind::Roadmap
            | DocKind::OrderPairs
            | DocKind::ProgramTemplate => 1,
            DocKind::ConsentPersonalData | DocKind::MenteeQuestionnaire => 2,
            DocKind::MentorAgreement | DocKind::MentorQuestionnaire => 3,
            DocKind::Program => 5,
            DocKind::OrderFinalEvent
            | DocKind::FinalReport
            | DocKind::OrderReward
            | DocKind::SatisfactionQuestionnaire => 6,
            DocKind::ConsentDissemination => 7,
        }
    }

    /// Whether the document may go to the public section: it holds no personal data
    /// beyond the director's and coordinator's names that the school publishes anyway.
    pub fn publishable(self) -> bool {
        matches!(
            self,
            DocKind::OrderRegulation
                | DocKind::Regulation
                | DocKind::Roadmap
                | DocKind::ProgramTemplate
                | DocKind::OrderFinalEvent
        )
    }

    /// Orders carry a number and a date; other papers a date of approval.
    pub fn numbered(self) -> bool {
        matches!(
            self,
            DocKind::OrderRegulation
                | DocKind::OrderPairs
                | DocKind::OrderFinalEvent
                | DocKind::OrderReward
        )
    }
}

/// Status of a document in the registry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocStatus {
    #[default]
    Draft,
    Signed,
    Published,
}

impl DocStatus {
    pub const ALL: [DocStatus; 3] = [DocStatus::Draft, DocStatus::Signed, DocStatus::Published];

    pub fn label(self) -> &'static str {
        match self {
            DocStatus::Draft => "черновик",
            DocStatus::Signed => "подписан",
            DocStatus::Published => "опубликован",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            DocStatus::Draft => "draft",
            DocStatus::Signed => "signed",
            DocStatus::Published => "published",
        }
    }
}

/// What the school recorded for a document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DocRecord {
    /// «№ 45-о»; empty until the order is registered.
    pub number: String,
    /// `YYYY-MM-DD`, empty until dated.
    pub date: String,
    pub status: DocStatus,
    /// The user's edited blocks; `None` while the text follows the data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edited: Option<Vec<Block>>,
    /// The legal grounds the school chose for this document (keys of `law`); `None` while it
    /// cites its kind's default set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grounds: Option<Vec<String>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_file_names_are_safe() {
        for k in DocKind::ALL {
            assert_eq!(DocKind::from_key(k.key()), Some(k));
            assert!((1..=7).contains(&k.stage()));
        }
        assert_eq!(DocKind::from_key("nope"), None);
        for k in DocKind::ALL.into_iter().filter(|k| k.listed()) {
            let task = [
                "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "3.1", "3.2", "6.1", "6.2", "6.3",
                "7.1",
            ]
            .into_iter()
            .find(|t| DocKind::for_task(t) == Some(k))
            .unwrap_or_else(|| panic!("no task produces {k:?}"));
            assert_eq!(task.split('.').next().unwrap(), k.stage().to_string());
        }
        assert_eq!(DocKind::for_task("r1"), None);
        assert_eq!(
            DocKind::Regulation.file_name("ГБОУ СОШ № 96", "docx"),
            "Положение о наставничестве — ГБОУ СОШ 96.docx"
        );
        assert_eq!(
            DocKind::Roadmap.file_name("МБОУ «Лицей»/2: ?", "docx"),
            "Дорожная карта — МБОУ Лицей2.docx"
        );
        assert_eq!(
            DocKind::Roadmap.file_name("", "docx"),
            "Дорожная карта.docx"
        );
    }
}
