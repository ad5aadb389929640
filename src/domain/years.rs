//! The school's past academic years: each kept whole and read-only after «Новый учебный год».
//!
//! [`rollover`] freezes the finished year into [`SchoolData::past_years`] and starts the next
//! one: the register, the still valid consents, the questionnaires (marked as last year's until
//! renewed), the taxonomy, the library, the school's legal grounds and document settings stay;
//! the running pairs are carried over (with their ПНП and history) or closed, as the
//! coordinator chose ([`RolloverPlan`]); the roadmap starts again from the school's own rows
//! with its dates moved one year; the year's records (monitoring, trainings, orders, the
//! final event, the publication log, document numbers and dates) start empty.

use std::collections::BTreeSet;

pub use super::data::PastYear;
use super::data::SchoolData;
use super::documents::registry::{DocKind, DocRecord};
use super::format::parse_date;
use super::pairs::{Pair, PairStatus};
use super::people::{Consent, Person};
use super::roadmap::TaskStatus;
use super::school::parse_academic_year;

/// What happens to the pairs still running: those in `carry` go on into the new year, the
/// others are closed (finished) in the finished year.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RolloverPlan {
    pub carry: BTreeSet<String>,
}

impl RolloverPlan {
    /// Every running pair carried over.
    pub fn carry_all(data: &SchoolData) -> Self {
        RolloverPlan {
            carry: super::sorting::set_of(running_pairs(data).map(|g| g.id.clone())),
        }
    }

    /// What the form starts with: the running pairs planned to go on past the year's end are
    /// carried over, those that end with the year are closed.
    pub fn suggested(data: &SchoolData) -> Self {
        let end = data.profile.year_end();
        RolloverPlan {
            carry: super::sorting::set_of(
                running_pairs(data)
                    .filter(|g| !end.is_empty() && g.end.as_str() > end.as_str())
                    .map(|g| g.id.clone()),
            ),
        }
    }

    /// Every running pair closed.
    pub fn close_all() -> Self {
        RolloverPlan::default()
    }

    /// Carries the pair `id` over (`true`) or closes it.
    pub fn set(&mut self, id: &str, carry: bool) {
        if carry {
            self.carry.insert(id.to_string());
        } else {
            self.carry.remove(id);
        }
    }
}

/// The pairs and groups still running (the rollover asks about each).
pub fn running_pairs(data: &SchoolData) -> impl Iterator<Item = &Pair> {
    data.pairs.iter().filter(|g| g.active())
}

/// «2026/2027» → «2027/2028»; a Russian message when the year is not set or not a year.
pub fn next_academic_year(label: &str) -> Result<String, String> {
    if label.trim().is_empty() {
        return Err(
            "Учебный год не указан: укажите его в профиле школы, прежде чем начинать новый.".into(),
        );
    }
    let first = parse_academic_year(label)
        .map_err(|e| format!("Учебный год «{}» указан неверно: {e}.", label.trim()))?;
    Ok(format!("{}/{}", first + 1, first + 2))
}

/// `YYYY-MM-DD` one year later (29 February becomes 28 February); `None` when not a date.
pub fn date_plus_year(date: &str) -> Option<String> {
    let (y, m, d) = parse_date(date)?;
    let d = if m == 2 && d == 29 { 28 } else { d };
    Some(format!("{:04}-{m:02}-{d:02}", y + 1))
}

/// Every year 2000–2099 written in a text («до 15.09.2025», «август 2025») one year later.
pub fn shift_years_in_text(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if run == 0 {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let digits: String = chars[i..i + run].iter().collect();
        match digits.parse::<u16>() {
            Ok(y) if run == 4 && (2000..=2099).contains(&y) => out.push_str(&(y + 1).to_string()),
            _ => out.push_str(&digits),
        }
        i += run;
    }
    out
}

/// Documents whose text follows the year's own records (pairs, events, results): their edited
/// text does not go into the new year. The others (the Положение, the blanks of consents,
/// questionnaires and agreements) keep the school's wording.
fn year_bound(kind: DocKind) -> bool {
    matches!(
        kind,
        DocKind::Roadmap
            | DocKind::OrderPairs
            | DocKind::Program
            | DocKind::FinalReport
            | DocKind::OrderFinalEvent
            | DocKind::OrderReward
    )
}

/// The document's record in a new year: no number, no date, a draft; the chosen grounds stay,
/// and so does the edited text of a standing document. `None` when nothing is left.
fn next_year_document(key: &str, record: &DocRecord) -> Option<DocRecord> {
    let kind = DocKind::from_key(key)?;
    let next = DocRecord {
        grounds: record.grounds.clone(),
        edited: if year_bound(kind) {
            None
        } else {
            record.edited.clone()
        },
        ..DocRecord::default()
    };
    (next != DocRecord::default()).then_some(next)
}

/// The person in the new year: consents still in force stay (withdrawn ones stay only in the
/// finished year), questionnaires are marked as last year's.
fn next_year_person(p: &Person) -> Person {
    let mut p = p.clone();
    let keep = |c: &mut Option<Consent>| {
        if !c.as_ref().is_some_and(Consent::active) {
            *c = None;
        }
    };
    keep(&mut p.consents.processing);
    keep(&mut p.consents.publication);
    keep(&mut p.consents.mentoring);
    if let Some(a) = p.mentee.as_mut().and_then(|r| r.answers.as_mut()) {
        a.last_year = true;
    }
    if let Some(a) = p.mentor.as_mut().and_then(|r| r.answers.as_mut()) {
        a.last_year = true;
    }
    p
}

/// Closes a running pair on `today` in the finished year (its planned end kept when earlier).
fn close_pair(g: &mut Pair, today: &str) {
    g.status = PairStatus::Finished;
    if g.end.is_empty() || g.end.as_str() > today {
        g.end = today.to_string();
    }
}

/// Starts the next academic year on `today` (`YYYY-MM-DD`): the finished year goes whole into
/// `past_years` and the returned data is the new year (see the module's description). Refused,
/// with nothing changed, when the year is not set, when it is already among the past years,
/// or when the plan names a pair that is not running.
pub fn rollover(data: &SchoolData, plan: &RolloverPlan, today: &str) -> Result<SchoolData, String> {
    if parse_date(today).is_none() {
        return Err(format!("Дата «{today}» не в формате ГГГГ-ММ-ДД."));
    }
    let label = data.profile.academic_year.trim().to_string();
    let next_label = next_academic_year(&label)?;
    if data.past_years.iter().any(|y| y.label == label) {
        return Err(format!(
            "Учебный год {label} уже закрыт и хранится в архиве лет: укажите в профиле текущий учебный год."
        ));
    }
    if let Some(id) = plan
        .carry
        .iter()
        .find(|id| !running_pairs(data).any(|g| &g.id == *id))
    {
        return Err(format!(
            "Пара «{id}» не идёт сейчас: перенести в новый год можно только действующие пары."
        ));
    }
    let mut past = data.clone();
    past.past_years.clear();
    for g in past.pairs.iter_mut().filter(|g| g.active()) {
        if !plan.carry.contains(&g.id) {
            close_pair(g, today);
        }
    }

    let mut next = data.clone();
    next.past_years.clear();
    next.profile.academic_year = next_label;
    if !next.profile.year_end.trim().is_empty() {
        next.profile.year_end = date_plus_year(next.profile.year_end.trim()).unwrap_or_default();
    }
    let new_end = next.profile.year_end();
    let old_end = data.profile.year_end();
    next.pairs = data
        .pairs
        .iter()
        .filter(|g| g.active() && plan.carry.contains(&g.id))
        .cloned()
        .map(|mut g| {
            if g.end.is_empty() || g.end <= old_end {
                g.end = new_end.clone();
            }
            g
        })
        .collect();
    for row in &mut next.roadmap {
        row.status = TaskStatus::NotStarted;
        row.note.clear();
        row.deadline = shift_years_in_text(&row.deadline);
    }
    next.documents = super::sorting::map_of(
        data.documents
            .iter()
            .filter_map(|(k, r)| next_year_document(k, r).map(|r| (k.clone(), r))),
    );
    next.people = data.people.iter().map(next_year_person).collect();
    next.trainings.clear();
    next.support.clear();
    next.monitoring.rounds.clear();
    next.monitoring.responses.clear();
    next.monitoring.self_assessment.clear();
    for p in &mut next.library {
        p.best = false;
    }
    next.final_event = Default::default();
    next.pair_orders.clear();
    let publication = &mut next.publication;
    publication.rows.clear();
    publication.log.clear();
    publication.published.clear();
    publication
        .files
        .retain(|k, _| DocKind::from_key(k).is_some_and(|k| !year_bound(k)));

    next.past_years = data.past_years.clone();
    next.past_years.push(PastYear {
        label,
        closed_on: today.to_string(),
        data: past,
    });
    Ok(next)
}

/// «Вы смотрите 2026/2027 — только чтение…»: why an edit of a past year is refused.
pub fn read_only_message(label: &str) -> String {
    format!(
        "Вы смотрите {label} — только чтение: прошлый учебный год не изменяется. \
         Чтобы вносить изменения, вернитесь к текущему году."
    )
}

/// Which year the app shows: the current one, or a past one read-only. While a past year is
/// shown, the current year's data waits here untouched and every change is refused.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct YearView {
    /// The current year's data while a past year is shown.
    current: Option<SchoolData>,
    /// The label of the past year shown.
    label: Option<String>,
}

impl YearView {
    /// The label of the past year shown; `None` for the current year.
    pub fn viewing(&self) -> Option<&str> {
        self.label.as_deref()
    }

    /// `Ok` while the current year is shown; the refusal while a past year is.
    pub fn editable(&self) -> Result<(), String> {
        match &self.label {
            Some(label) => Err(read_only_message(label)),
            None => Ok(()),
        }
    }

    /// The current year's data: the one shown, or the one waiting while a past year is shown.
    pub fn current<'a>(&'a self, shown: &'a SchoolData) -> &'a SchoolData {
        self.current.as_ref().unwrap_or(shown)
    }

    /// The past years' labels, oldest first, and the current year's.
    pub fn labels(&self, shown: &SchoolData) -> (Vec<String>, String) {
        let d = self.current(shown);
        (
            d.past_years.iter().map(|y| y.label.clone()).collect(),
            d.profile.academic_year.trim().to_string(),
        )
    }

    /// Shows the past year `label` in place of `shown` (switching from another past year
    /// goes through the current one); unknown labels are refused and nothing changes.
    pub fn enter(&mut self, shown: &mut SchoolData, label: &str) -> Result<(), String> {
        let past = self
            .current(shown)
            .past_year(label)
            .ok_or_else(|| format!("Прошлого учебного года «{label}» в данных нет."))?
            .data
            .clone();
        let current = match self.current.take() {
            Some(current) => current,
            None => std::mem::take(shown),
        };
        *shown = past;
        self.current = Some(current);
        self.label = Some(label.to_string());
        Ok(())
    }

    /// Shows the current year again, exactly as it was left; `false` when it was shown.
    pub fn leave(&mut self, shown: &mut SchoolData) -> bool {
        self.label = None;
        match self.current.take() {
            Some(current) => {
                *shown = current;
                true
            }
            None => false,
        }
    }
}

impl SchoolData {
    /// The past year labelled `label`.
    pub fn past_year(&self, label: &str) -> Option<&PastYear> {
        self.past_years.iter().find(|y| y.label == label)
    }

    /// After the person `id` was deleted or anonymized in the current year: they are
    /// anonymized in every past year too (152-ФЗ: what identifies them goes everywhere), under
    /// the same «Участник N» as now when they stay in the register (the age group as it was
    /// when that year closed).
    pub(super) fn anonymize_in_past_years(&mut self, id: &str) {
        let now = self
            .person(id)
            .filter(|p| p.anonymized)
            .map(|p| p.full_name.clone());
        for year in &mut self.past_years {
            let d = &mut year.data;
            let Some(i) = d.people.iter().position(|p| p.id == id && !p.anonymized) else {
                continue;
            };
            let n = now
                .as_deref()
                .and_then(|name| name.strip_prefix("Участник "))
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or_else(|| d.next_participant_number());
            d.publication.forget_person(id);
            super::people::anonymize(&mut d.people[i], n, &year.closed_on);
        }
    }
}

#[cfg(test)]
mod tests;
