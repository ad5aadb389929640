//! The school's report for the municipality: the figures of one academic year as a small file
//! without personal data (`nastavnik-report-<школа>-<год>.json`), and the same figures as the
//! DOCX «Справка о реализации системы наставничества».
//!
//! The figures are those of the stage 6 indicators ([`results::indicators`]) and of the
//! roadmap ([`progress`]), computed by those functions, never here. [`ReportFile`] can hold no
//! person's data: the school's names, the academic year and numbers only. One file is one
//! school's year, so a later history of years can keep one file per year as it is.
//!
//! The file is an envelope like `info.json`: `{"format": "nastavnik-report", "version": 1,
//! "date": "2026-05-30", "app_version": "0.1.0", "report": {...}}`. A reader ignores fields
//! it does not know (a newer app may add figures) and `version` grows only when an existing
//! field changes its meaning. [`decode`] checks everything types cannot say and answers in
//! Russian.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::data::SchoolData;
use super::documents::model::{Align, Block, Document, Run, Signature};
use super::documents::templates::surname_initials;
use super::format::{archive_file_name, date_ru, parse_date};
use super::forms::MentoringForm;
use super::monitoring::{Growth, Round, RoundKind};
use super::progress::{all_progress, overall_percent};
use super::public::{file_text, parse_checked, FileWords};
use super::results::{cell, indicator_lines, indicators, table, Indicators};
use super::stages::{STAGES, STAGE_COUNT};

pub const REPORT_FORMAT: &str = "nastavnik-report";
pub const REPORT_VERSION: u32 = 1;
/// A report is a few kilobytes; anything above this is not one.
pub const MAX_REPORT_BYTES: usize = 1 << 20;
/// The title of the DOCX.
pub const SPRAVKA_TITLE: &str = "Справка о реализации системы наставничества";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportFile {
    pub format: String,
    pub version: u32,
    /// `YYYY-MM-DD`: the day the figures were taken.
    pub date: String,
    #[serde(default)]
    pub app_version: String,
    pub report: SchoolReport,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolReport {
    pub school: ReportSchool,
    pub figures: ReportFigures,
}

/// The school, by its names (no director, no coordinator: they are people).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportSchool {
    pub full_name: String,
    #[serde(default)]
    pub short_name: String,
    #[serde(default)]
    pub city: String,
    /// «2025/2026».
    pub academic_year: String,
}

impl ReportSchool {
    /// The name a table shows: the short name, else the full one.
    pub fn name(&self) -> &str {
        let short = self.short_name.trim();
        if short.is_empty() {
            self.full_name.trim()
        } else {
            short
        }
    }
}

/// Pairs and groups of one form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormCount {
    pub form: MentoringForm,
    pub count: u32,
}

/// The monitoring round the satisfaction comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRound {
    pub kind: RoundKind,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// Growth of the mentees' self-assessment, tenths of a 5-point scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportGrowth {
    pub before: u32,
    pub after: u32,
    /// Mentees with marks «до» and «после».
    pub people: u32,
}

/// Numbers only. Their meaning is that of [`Indicators`] (see there).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportFigures {
    /// Teachers in the register.
    pub teachers: u32,
    /// Teachers included in either bank.
    pub participants: u32,
    /// Distinct mentors and mentees of the pairs and groups not ended early.
    pub mentors: u32,
    pub mentees: u32,
    /// Mentees included in the bank, and of them those in a pair or group.
    pub bank: u32,
    pub covered: u32,
    /// Young specialists among the mentees in pairs.
    pub young: u32,
    /// All the school's young specialists (the coverage divides by them); absent from older
    /// report files.
    #[serde(default)]
    pub young_total: u32,
    /// Pairs (one mentee) and groups not ended early, pairs ended early.
    pub pairs: u32,
    pub groups: u32,
    #[serde(default)]
    pub terminated: u32,
    #[serde(default)]
    pub by_form: Vec<FormCount>,
    /// ПНП with a plan, of them fully done, and the mean progress, %.
    pub programs: u32,
    pub programs_done: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program_progress: Option<u32>,
    /// The round of the satisfaction figures; none: no monitoring round yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<ReportRound>,
    /// Questionnaires in that round: mentees, mentors.
    #[serde(default)]
    pub responses_mentees: u32,
    #[serde(default)]
    pub responses_mentors: u32,
    /// Mean satisfaction, tenths of a 10-point scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfaction_mentees: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfaction_mentors: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub growth: Option<ReportGrowth>,
    /// Materials of the «методическая копилка», of them best practices.
    #[serde(default)]
    pub practices: u32,
    #[serde(default)]
    pub best_practices: u32,
    #[serde(default)]
    pub event_participants: u32,
    /// Progress of the roadmap, %, overall and per stage (1 to 7).
    pub roadmap: u8,
    #[serde(default)]
    pub stages: Vec<u8>,
}

impl ReportFigures {
    /// Monitoring counts as done when its round has at least one questionnaire.
    pub fn monitored(&self) -> bool {
        self.round.is_some() && self.responses_mentees + self.responses_mentors > 0
    }

    /// The figures as [`Indicators`], to word them exactly as the school's own report does.
    pub fn to_indicators(&self) -> Indicators {
        Indicators {
            teachers: self.teachers as usize,
            mentors: self.mentors as usize,
            mentees: self.mentees as usize,
            bank: self.bank as usize,
            covered: self.covered as usize,
            young: self.young as usize,
            young_total: self.young_total as usize,
            pairs: self.pairs as usize,
            groups: self.groups as usize,
            terminated: self.terminated as usize,
            by_form: self
                .by_form
                .iter()
                .map(|f| (f.form, f.count as usize))
                .collect(),
            programs: self.programs as usize,
            programs_done: self.programs_done as usize,
            progress: self.program_progress,
            round: self.round.as_ref().map(|r| Round {
                id: String::new(),
                kind: r.kind,
                date: r.date.clone(),
            }),
            satisfaction: [self.satisfaction_mentees, self.satisfaction_mentors],
            responses: [
                self.responses_mentees as usize,
                self.responses_mentors as usize,
            ],
            growth: self.growth.map(|g| Growth {
                before: g.before,
                after: g.after,
                marks: 0,
                people: g.people,
            }),
            practices: self.practices as usize,
            best: self.best_practices as usize,
            event_participants: self.event_participants as usize,
        }
    }
}

/// The report of the school's data on `date` (`YYYY-MM-DD`).
pub fn make(d: &SchoolData, date: &str) -> ReportFile {
    let i = indicators(d);
    let p = &d.profile;
    let participants = d.people.iter().filter(|x| x.participant()).count() as u32;
    let figures = ReportFigures {
        teachers: i.teachers as u32,
        participants,
        mentors: i.mentors as u32,
        mentees: i.mentees as u32,
        bank: i.bank as u32,
        covered: i.covered as u32,
        young: i.young as u32,
        young_total: i.young_total as u32,
        pairs: i.pairs as u32,
        groups: i.groups as u32,
        terminated: i.terminated as u32,
        by_form: i
            .by_form
            .iter()
            .map(|(form, n)| FormCount {
                form: *form,
                count: *n as u32,
            })
            .collect(),
        programs: i.programs as u32,
        programs_done: i.programs_done as u32,
        program_progress: i.progress,
        round: i.round.as_ref().map(|r| ReportRound {
            kind: r.kind,
            date: r.date.clone(),
        }),
        responses_mentees: i.responses[0] as u32,
        responses_mentors: i.responses[1] as u32,
        satisfaction_mentees: i.satisfaction[0],
        satisfaction_mentors: i.satisfaction[1],
        growth: i.growth.map(|g| ReportGrowth {
            before: g.before,
            after: g.after,
            people: g.people,
        }),
        practices: i.practices as u32,
        best_practices: i.best as u32,
        event_participants: i.event_participants as u32,
        roadmap: overall_percent(d),
        stages: all_progress(d).iter().map(|s| s.percent).collect(),
    };
    ReportFile {
        format: REPORT_FORMAT.into(),
        version: REPORT_VERSION,
        date: date.to_string(),
        app_version: super::archive::APP_VERSION.into(),
        report: SchoolReport {
            school: ReportSchool {
                full_name: p.full_name.trim().to_string(),
                short_name: p.short_name.trim().to_string(),
                city: p.city.trim().to_string(),
                academic_year: p.academic_year.trim().to_string(),
            },
            figures,
        },
    }
}

/// `nastavnik-report-ГБОУ-СОШ-96-2025-2026.json`.
pub fn file_name(school: &ReportSchool) -> String {
    let year = school.academic_year.replace('/', "-");
    let name = archive_file_name(school.name(), year.trim());
    name.replacen("nastavnik-", "nastavnik-report-", 1)
}

/// The name of the «Справка» DOCX: the report file's name with `.docx`.
pub fn docx_file_name(school: &ReportSchool) -> String {
    let name = file_name(school);
    match name.strip_suffix(".json") {
        Some(stem) => format!("{stem}.docx"),
        None => format!("{name}.docx"),
    }
}

impl ReportFile {
    /// Indented JSON (through a `Value`, like the archive and `info.json`).
    pub fn to_json(&self) -> String {
        let compact = serde_json::to_string(self).expect("a report always serializes");
        let value: Value = serde_json::from_str(&compact).expect("our own JSON parses");
        serde_json::to_string_pretty(&value).expect("a value always serializes")
    }
}

/// What a file claims to be, read from its `format` field before anything else.
pub fn format_of(bytes: &[u8]) -> Option<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value = serde_json::from_slice(bytes).ok()?;
    value.get("format")?.as_str().map(str::to_string)
}

/// How a report file is named in the messages about it.
const REPORT_WORDS: FileWords = FileWords {
    file: "Файл отчёта",
    in_file: "В файле отчёта",
    limit: "Отчёт школы — это файл в несколько килобайт.",
    cut: "он скопирован не полностью",
    not_ours: "Это не отчёт школы из «Наставника»",
    update: "Обновите программу.",
};

/// Reads a report file completely; every problem is a Russian sentence.
pub fn decode(bytes: &[u8]) -> Result<ReportFile, String> {
    let text = file_text(bytes, MAX_REPORT_BYTES, &REPORT_WORDS)?;
    let file: ReportFile = parse_checked(text, &REPORT_WORDS, REPORT_FORMAT, REPORT_VERSION)?;
    check(&file)?;
    Ok(file)
}

/// What types cannot say: dates, the year, and figures that contradict each other.
pub fn check(f: &ReportFile) -> Result<(), String> {
    let bad = |what: String| Err(format!("В файле отчёта {what}."));
    if parse_date(&f.date).is_none() {
        return bad(format!(
            "неверная дата (date): «{}», нужен вид ГГГГ-ММ-ДД",
            f.date
        ));
    }
    let s = &f.report.school;
    if s.full_name.trim().is_empty() && s.short_name.trim().is_empty() {
        return bad("не указано наименование школы (school.full_name)".into());
    }
    if s.full_name.chars().count() > 500 || s.short_name.chars().count() > 500 {
        return bad("слишком длинное наименование школы".into());
    }
    if super::school::parse_academic_year(&s.academic_year).is_err() {
        return bad(format!(
            "неверный учебный год (school.academic_year): «{}», нужен вид 2025/2026",
            s.academic_year
        ));
    }
    check_figures(&f.report.figures).map_err(|e| format!("В файле отчёта {e}."))
}

/// What the figures of a year must satisfy beyond their types (counts that agree, percents
/// and scales in range); a problem as the end of a Russian sentence, for the file that holds
/// them to begin («В файле отчёта …», «В файле info.json …»).
pub fn check_figures(g: &ReportFigures) -> Result<(), String> {
    let not_more = |a: u32, an: &str, b: u32, bn: &str| -> Result<(), String> {
        if a > b {
            Err(format!(
                "{an} ({a}) больше, чем {bn} ({b}): цифры противоречат друг другу"
            ))
        } else {
            Ok(())
        }
    };
    not_more(g.participants, "участников", g.teachers, "педагогов")?;
    not_more(
        g.covered,
        "охваченных наставляемых",
        g.bank,
        "наставляемых в банке",
    )?;
    not_more(
        g.young,
        "молодых специалистов",
        g.mentees,
        "наставляемых в парах",
    )?;
    not_more(g.programs_done, "выполненных ПНП", g.programs, "ПНП")?;
    let forms: u32 = g.by_form.iter().map(|f| f.count).sum();
    if forms != g.pairs + g.groups {
        return Err(format!(
            "сумма пар и групп по формам ({forms}) не равна числу пар и групп ({})",
            g.pairs + g.groups
        ));
    }
    let percent = |name: &str, v: u32| -> Result<(), String> {
        if v > 100 {
            Err(format!("{name} больше 100 %: {v}"))
        } else {
            Ok(())
        }
    };
    if let Some(p) = g.program_progress {
        percent("выполнение ПНП (program_progress)", p)?;
    }
    percent("ход Дорожной карты (roadmap)", g.roadmap as u32)?;
    if !g.stages.is_empty() && g.stages.len() != STAGE_COUNT as usize {
        return Err(format!(
            "ход этапов (stages) указан для {} этапов, а их {STAGE_COUNT}",
            g.stages.len()
        ));
    }
    for (n, p) in g.stages.iter().enumerate() {
        percent(&format!("ход этапа {}", n + 1), *p as u32)?;
    }
    for (name, v) in [
        ("наставляемых", g.satisfaction_mentees),
        ("наставников", g.satisfaction_mentors),
    ] {
        if v.is_some_and(|v| !(10..=100).contains(&v)) {
            return Err(format!("удовлетворённость {name} вне шкалы от 1 до 10"));
        }
    }
    if let Some(r) = &g.round {
        if parse_date(&r.date).is_none() {
            return Err(format!(
                "неверная дата раунда мониторинга (round.date): «{}»",
                r.date
            ));
        }
    }
    if let Some(gr) = g.growth {
        if !(10..=50).contains(&gr.before) || !(10..=50).contains(&gr.after) {
            return Err("самооценка (growth) вне шкалы от 1 до 5".into());
        }
    }
    Ok(())
}

/// The indicator lines of a report, worded as in the school's final report, with the lines
/// the municipality asks about (participants, monitoring, roadmap).
pub fn lines(g: &ReportFigures) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vec![(
        "Участников системы наставничества (в банках)".into(),
        g.participants.to_string(),
    )];
    out.extend(
        indicator_lines(&g.to_indicators())
            .into_iter()
            .map(|(k, v)| (k.to_string(), v)),
    );
    out.push((
        "Мониторинг проведён".into(),
        if g.monitored() { "да" } else { "нет" }.into(),
    ));
    out.push((
        "Дорожная карта выполнена".into(),
        format!("{} %", g.roadmap),
    ));
    out
}

/// «Справка о реализации системы наставничества» — the report as a document. `director` is
/// the director's full name for the signature (the file itself holds none).
pub fn spravka(f: &ReportFile, director: &str, position: &str) -> Document {
    let s = &f.report.school;
    let g = &f.report.figures;
    let school = if s.full_name.trim().is_empty() {
        s.name().to_string()
    } else {
        s.full_name.trim().to_string()
    };
    let mut blocks = vec![
        Block::heading(1, "СПРАВКА"),
        Block::aligned(
            vec![Run::bold(format!(
                "о реализации системы (целевой модели) наставничества педагогических работников \
                 в {} учебном году",
                s.academic_year.trim()
            ))],
            Align::Center,
        ),
        Block::para_plain(format!(
            "{school}{}. Сведения на {}.",
            if s.city.trim().is_empty() {
                String::new()
            } else {
                format!(" ({})", s.city.trim())
            },
            date_ru(&f.date)
        )),
        Block::heading(2, "1. Показатели"),
        table(
            &[6, 5],
            &["Показатель", "Значение"],
            lines(g).into_iter().map(|(k, v)| vec![k, v]).collect(),
        ),
        Block::heading(2, "2. Пары и группы по формам наставничества"),
    ];
    blocks.push(if g.by_form.is_empty() {
        Block::para_plain("Наставнических пар и групп нет.")
    } else {
        table(
            &[8, 3],
            &["Форма наставничества", "Пар и групп"],
            g.by_form
                .iter()
                .map(|f| vec![f.form.label().to_string(), f.count.to_string()])
                .collect(),
        )
    });
    blocks.push(Block::heading(2, "3. Ход Дорожной карты по этапам"));
    blocks.push(table(
        &[8, 3],
        &["Этап", "Выполнено, %"],
        STAGES
            .iter()
            .zip(g.stages.iter())
            .map(|(st, p)| vec![format!("Этап {}. {}", st.number, st.title), p.to_string()])
            .collect(),
    ));
    let name = surname_initials(director.trim());
    blocks.push(Block::Signature(Signature {
        position: cell(if position.trim().is_empty() {
            "Директор"
        } else {
            position.trim()
        }),
        name: if name.is_empty() {
            vec![Run::placeholder("ФИО директора")]
        } else {
            cell(name)
        },
    }));
    Document {
        title: format!("{SPRAVKA_TITLE} {}", s.academic_year.replace('/', "-")),
        header: cell(school),
        blocks,
    }
}

#[cfg(test)]
pub(crate) mod tests;
