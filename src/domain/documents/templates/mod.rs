//! Templates: every document of the registry, filled from `SchoolData`. A value missing from
//! the data becomes a visible placeholder («[ФИО директора]»), listed on the document's page.

use super::model::{Align, Block, Document, Run, Signature, Table, Text};
use super::registry::{DocKind, DocRecord};
use crate::domain::data::SchoolData;
use crate::domain::declension::{self, Case, Kind};
use crate::domain::format::date_ru;
use crate::domain::people::Person;
use crate::domain::stages::STAGES;

// Every slot that puts a name, a position or the school's name into a sentence says its case
// (`Case::…` at the call); a nominative only where the sentence needs one (a table cell, a
// signature, a list after a colon, the subject of «…, с другой стороны, заключили»).

/// A table's header: each name in bold.
fn bold_cells(names: &[&str]) -> Vec<Vec<Run>> {
    names.iter().map(|h| vec![b(h)]).collect()
}

/// A value from the data, or a placeholder naming what is missing.
fn val(value: &str, missing: &str) -> Run {
    let v = value.trim();
    if v.is_empty() {
        Run::placeholder(missing)
    } else {
        // «№ 96» never breaks between the sign and the number.
        Run::plain(v.replace("№ ", "№\u{a0}"))
    }
}

/// The same value in bold (inside a bold title).
fn strong(mut r: Run) -> Run {
    r.bold = true;
    r
}

/// «Заместитель директора по УВР» → «заместитель директора по УВР», for use mid-sentence.
fn lower_first(s: &str) -> String {
    declension::lower_first(s)
}

fn t(s: &str) -> Run {
    Run::plain(s)
}

fn b(s: &str) -> Run {
    Run::bold(s)
}

pub use crate::domain::format::{initials_first, surname_initials};

mod consent;
mod further_orders;
mod mentor_agreement;
mod order_final_event;
mod order_pairs;
mod order_regulation;
mod order_reward;
mod program;
mod questionnaire;
mod regulation;
mod report;
mod roadmap;
mod satisfaction;

use consent::*;
pub use further_orders::pair_order;
use mentor_agreement::*;
use order_final_event::*;
use order_pairs::*;
use order_regulation::*;
use order_reward::*;
use program::*;
use questionnaire::*;
pub use regulation::PRINCIPLES;
use regulation::*;
use roadmap::*;
use satisfaction::*;
#[cfg(test)]
mod slot_tests;

/// [`Ctx`]'s runs of the school profile: each the text made of a field, or the placeholder
/// naming what is missing where the field is empty.
macro_rules! profile_runs {
    ($($name:ident: $p:ident => $text:expr, $missing:literal;)*) => {
        $(fn $name(&self) -> Run {
            let $p = self.p();
            val(&$text, $missing)
        })*
    };
}

struct Ctx<'a> {
    data: &'a SchoolData,
    kind: DocKind,
    record: DocRecord,
    /// The person a personal document is made for (a consent, a mentor's agreement).
    person: Option<&'a Person>,
}

impl Ctx<'_> {
    fn p(&self) -> &crate::domain::school::SchoolProfile {
        &self.data.profile
    }
    profile_runs! {
        full_name: p => p.full_name, "полное наименование образовательной организации";
        short_name: p => p.short_name, "краткое наименование образовательной организации";
        city: p => p.city, "населённый пункт";
        year: p => p.academic_year, "учебный год";
        director_position: p => p.director.position, "должность руководителя";
        director_signature: p => initials_first(&p.director.full_name), "И.О. Фамилия директора";
        coordinator_name: p => p.coordinator.full_name, "ФИО куратора";
        coordinator_position: p => lower_first(&p.coordinator.position), "должность куратора";
    }
    /// A text of the data in a case, with the school's corrections.
    fn decl(&self, text: &str, case: Case, kind: Kind) -> String {
        self.p().decline(text, case, kind)
    }
    /// The school's full name in a case.
    fn full_name_in(&self, case: Case) -> Run {
        val(
            &self.decl(&self.p().full_name, case, Kind::Institution),
            "полное наименование образовательной организации",
        )
    }
    /// The coordinator's ФИО in a case.
    fn coordinator_name_in(&self, case: Case) -> Run {
        val(
            &self.decl(&self.p().coordinator.full_name, case, Kind::Person),
            "ФИО куратора",
        )
    }
    /// «Петрову О.И.»: the coordinator's surname in a case and the initials.
    fn coordinator_short_in(&self, case: Case) -> Run {
        let name = &self.p().coordinator.full_name;
        // The whole name is declined (the patronymic tells the gender), with the school's
        // corrections; then the surname keeps its case and the rest become initials.
        let text = declension::with_initials(&self.decl(name, case, Kind::Person), name);
        val(&text, "Фамилия И.О. куратора")
    }
    /// The coordinator's position in a case, lower-cased for mid-sentence.
    fn coordinator_position_in(&self, case: Case) -> Run {
        val(
            &lower_first(&self.decl(&self.p().coordinator.position, case, Kind::Position)),
            "должность куратора",
        )
    }
    /// The director's position in a case, lower-cased for mid-sentence.
    fn director_position_in(&self, case: Case) -> Run {
        val(
            &lower_first(&self.decl(&self.p().director.position, case, Kind::Position)),
            "должность руководителя",
        )
    }
    /// The director's ФИО in a case.
    fn director_name_in(&self, case: Case) -> Run {
        val(
            &self.decl(&self.p().director.full_name, case, Kind::Person),
            "ФИО директора",
        )
    }
    /// The legal grounds of this document, in the instrumental («Федеральным законом …»).
    fn grounds(&self) -> Vec<String> {
        super::law::cited(self.record_kind(), &self.record, self.p())
    }
    fn record_kind(&self) -> DocKind {
        self.kind
    }
    fn number(&self, record: &DocRecord) -> Run {
        val(&record.number, "номер")
    }
    fn date(&self, record: &DocRecord) -> Run {
        val(&date_ru(&record.date), "дата")
    }
    /// The order that approved the Regulation and the Roadmap.
    fn approving_order(&self) -> DocRecord {
        self.data.document(DocKind::OrderRegulation)
    }

    /// The person's ФИО, or the blank line of a form.
    fn person_name(&self, blank: &str) -> Run {
        match self.person {
            Some(p) => Run::plain(p.full_name.clone()),
            None => t(blank),
        }
    }

    /// «Фамилия И.О.» of the person, or a blank.
    fn person_short(&self, blank: &str) -> Run {
        match self.person {
            Some(p) => Run::plain(surname_initials(&p.full_name)),
            None => t(blank),
        }
    }

    fn header(&self) -> Text {
        vec![self.full_name()]
    }

    /// «ПРИКАЗ», date and number on one line, the city, the title, the grounds with the
    /// order's `aim` ([`grounds`]) and «ПРИКАЗЫВАЮ:».
    fn order_head(&self, title: &str, aim: &str) -> Vec<Block> {
        let r = &self.record;
        vec![
            Block::heading(1, "ПРИКАЗ"),
            Block::aligned(
                vec![
                    t("от "),
                    self.date(r),
                    t("\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}№ "),
                    self.number(r),
                ],
                Align::Center,
            ),
            Block::aligned(vec![self.city()], Align::Center),
            Block::aligned(vec![b(title)], Align::Center),
            grounds(self, aim),
            Block::aligned(vec![b("ПРИКАЗЫВАЮ:")], Align::Left),
        ]
    }

    fn director_signature_block(&self) -> Block {
        Block::Signature(Signature {
            position: vec![self.director_position()],
            name: vec![self.director_signature()],
        })
    }

    fn annex_note(&self, n: u8) -> Block {
        let order = self.approving_order();
        Block::aligned(
            vec![
                t(&format!("Приложение {n}\nк приказу ")),
                self.short_name(),
                t("\nот "),
                self.date(&order),
                t(" № "),
                self.number(&order),
            ],
            Align::Right,
        )
    }
}

/// The document of a kind, generated from the data (the user's edits are not applied).
pub fn generate(kind: DocKind, data: &SchoolData) -> Document {
    build(kind, data, None)
}

/// The kinds that are made for one person: a consent per teacher, an agreement per mentor.
pub fn personal(kind: DocKind) -> bool {
    matches!(
        kind,
        DocKind::ConsentPersonalData
            | DocKind::ConsentDissemination
            | DocKind::MentorAgreement
            | DocKind::MenteeQuestionnaire
            | DocKind::MentorQuestionnaire
            | DocKind::Program
    )
}

/// A personal document filled with one teacher's data (`None` for other kinds or an unknown
/// id); for [`DocKind::Program`] the id is a pair's, and the document is that pair's ПНП.
pub fn for_person(kind: DocKind, data: &SchoolData, id: &str) -> Option<Document> {
    if kind == DocKind::OrderPairs {
        return pair_order(data, id);
    }
    if kind == DocKind::Program {
        let pair = data.pair(id)?;
        let ctx = Ctx {
            data,
            kind,
            record: data.document(kind),
            person: None,
        };
        return Some(Document {
            title: format!("ПНП — {}", data.pair_label(pair)),
            header: ctx.header(),
            blocks: program(&ctx, pair),
        });
    }
    let person = data.person(id)?;
    personal(kind).then(|| {
        let mut doc = build(kind, data, Some(person));
        doc.title = format!("{} — {}", kind.short_title(), person.full_name);
        doc
    })
}

fn build(kind: DocKind, data: &SchoolData, person: Option<&Person>) -> Document {
    let ctx = Ctx {
        data,
        kind,
        record: data.document(kind),
        person,
    };
    let blocks = match kind {
        DocKind::OrderRegulation => order_regulation(&ctx),
        DocKind::Regulation => regulation(&ctx),
        DocKind::Roadmap => roadmap(&ctx),
        DocKind::OrderPairs => order_pairs(&ctx),
        DocKind::ProgramTemplate => program_template(&ctx),
        DocKind::ConsentPersonalData => consent(&ctx),
        DocKind::MentorAgreement => mentor_agreement(&ctx),
        DocKind::OrderFinalEvent => order_final_event(&ctx),
        DocKind::MenteeQuestionnaire => questionnaire(&ctx, true),
        DocKind::MentorQuestionnaire => questionnaire(&ctx, false),
        DocKind::Program => program_template(&ctx),
        DocKind::FinalReport => report::final_report(&ctx),
        DocKind::ConsentDissemination => consent_dissemination(&ctx),
        DocKind::OrderReward => order_reward(&ctx),
        DocKind::SatisfactionQuestionnaire => satisfaction(&ctx),
    };
    Document {
        title: kind.title().to_string(),
        header: ctx.header(),
        blocks,
    }
}

/// The document as the user sees it: the edited blocks if there are any.
pub fn document(kind: DocKind, data: &SchoolData) -> Document {
    let mut doc = generate(kind, data);
    if let Some(edited) = data.document(kind).edited {
        doc.blocks = edited;
    }
    doc
}

/// «В соответствии с <acts in the instrumental>, <aim>,» — the acts the school chose.
fn grounds(c: &Ctx, aim: &str) -> Block {
    let acts = c.grounds();
    if acts.is_empty() {
        return Block::para(vec![t(&format!("{},", upper_first(aim)))]);
    }
    Block::para(vec![t(&format!(
        "В соответствии с {}, {aim},",
        acts.join(", ")
    ))])
}

fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// «С приказом ознакомлены:» — the coordinator, then every person the order names, each once.
fn acquaintance<'a>(c: &Ctx, ids: impl IntoIterator<Item = &'a str>) -> Block {
    let mut people: Vec<Text> = vec![vec![val(
        &surname_initials(&c.p().coordinator.full_name),
        "Фамилия И.О. куратора",
    )]];
    for id in ids {
        if let Some(p) = c.data.person(id) {
            let line = vec![Run::plain(surname_initials(&p.full_name))];
            if !people.contains(&line) {
                people.push(line);
            }
        }
    }
    Block::Acquaintance {
        title: vec![t("С приказом ознакомлены:")],
        people,
    }
}

/// «Ивановой Анны Петровны, учителя математики»: a person with the position, in a case.
fn name_position_in(c: &Ctx, p: &Person, case: Case) -> String {
    let name = c.decl(&p.full_name, case, Kind::Person);
    if p.position.trim().is_empty() {
        name
    } else {
        format!(
            "{name}, {}",
            lower_first(&c.decl(&p.position, case, Kind::Position))
        )
    }
}

/// «Иванова Анна Петровна, учитель математики».
fn name_position(p: &Person) -> String {
    if p.position.trim().is_empty() {
        p.full_name.clone()
    } else {
        format!("{}, {}", p.full_name, lower_first(&p.position))
    }
}

/// «с 01.10.2026 по 31.05.2027», with blanks for unknown dates.
fn period(start: &str, end: &str) -> String {
    let d = |s: &str| {
        if s.is_empty() {
            "«___» ________ 20__ г.".to_string()
        } else {
            date_ru(s)
        }
    };
    format!("с {} по {}", d(start), d(end))
}

#[cfg(test)]
mod tests;
