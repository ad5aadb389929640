//! The school's academic years side by side (#16 «История»): participants, pairs and groups
//! by form, ПНП completed, satisfaction and the growth of the mentees' self-assessment, for
//! every past year ([`SchoolData::past_years`], oldest first) and the current one.
//!
//! The figures of a year are those of the municipal report ([`report_file::make`]) of that
//! year's data, never computed here. [`YearFigures`] holds numbers and the year's label only,
//! so it also goes into the public `info.json`. The years are shown as a table (years as
//! columns, [`table`]) and as charts ([`charts`]), drawn by [`html`] for the screens and the
//! public section, and as document blocks ([`blocks`]) for the reports.

use serde::{Deserialize, Serialize};

use super::charts::{svg_described, Chart, ChartRow};
use super::data::SchoolData;
use super::documents::model::{Block, Document, Run, Table};
use super::format::{date_ru, escape};
use super::forms::MentoringForm;
use super::monitoring::{signed_tenths, tenths};
use super::report_file::{self, make, ReportFigures, ReportFile};
use super::years::PastYear;

/// The heading of the history wherever it is shown.
pub const TITLE: &str = "Показатели по учебным годам";
/// What a table cell says when a year has no such figure.
const NO_DATA: &str = "нет данных";

/// The figures of one academic year: the year's label and its municipal report figures
/// ([`ReportFigures`], numbers only), of which the history shows participants, pairs and
/// groups by form, ПНП, satisfaction and self-assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearFigures {
    /// «2025/2026».
    pub academic_year: String,
    /// The year the school works in now (the last one).
    #[serde(default)]
    pub current: bool,
    pub figures: ReportFigures,
}

impl YearFigures {
    /// Pairs and groups of a form (0 when the year had none).
    pub fn form(&self, form: MentoringForm) -> u32 {
        self.figures
            .by_form
            .iter()
            .filter(|f| f.form == form)
            .map(|f| f.count)
            .sum()
    }

    /// The column header: «2025/2026», the current one marked.
    pub fn header(&self) -> String {
        if self.current {
            format!("{} (текущий)", self.academic_year)
        } else {
            self.academic_year.clone()
        }
    }
}

/// The label of a past year: its own, else its profile's academic year, else its closing date.
fn past_label(p: &PastYear) -> String {
    [p.label.trim(), p.data.profile.academic_year.trim()]
        .into_iter()
        .find(|s| !s.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| format!("год, закрытый {}", date_ru(&p.closed_on)))
}

/// Every year of the school, oldest first, the current one last; empty while the school has
/// no past year (one year is no history).
pub fn years(d: &SchoolData) -> Vec<YearFigures> {
    if d.past_years.is_empty() {
        return Vec::new();
    }
    let year = |academic_year: String, current: bool, data: &SchoolData| YearFigures {
        academic_year,
        current,
        figures: make(data, "").report.figures,
    };
    let mut out: Vec<YearFigures> = d
        .past_years
        .iter()
        .map(|p| year(past_label(p), false, &p.data))
        .collect();
    let current = d.profile.academic_year.trim();
    out.push(year(
        if current.is_empty() {
            "текущий год".into()
        } else {
            current.to_string()
        },
        true,
        d,
    ));
    out
}

/// The forms any of the years used, in the order of the recommendations.
fn forms_used(years: &[YearFigures]) -> Vec<MentoringForm> {
    MentoringForm::ALL
        .into_iter()
        .filter(|f| years.iter().any(|y| y.form(*f) > 0))
        .collect()
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn score(v: Option<u32>) -> String {
    v.map(tenths).unwrap_or_else(|| NO_DATA.into())
}

/// The rows of the table: the indicator and its value in each year.
pub fn rows(years: &[YearFigures]) -> Vec<(String, Vec<String>)> {
    let each = |f: &dyn Fn(&YearFigures) -> String| years.iter().map(f).collect::<Vec<_>>();
    let mut out = vec![
        (
            "Участников системы наставничества (в банках)".to_string(),
            each(&|y| y.figures.participants.to_string()),
        ),
        (
            "Наставнических пар / групп".into(),
            each(&|y| format!("{} / {}", y.figures.pairs, y.figures.groups)),
        ),
    ];
    for form in forms_used(years) {
        out.push((
            format!("в т. ч. {}", form.label()),
            each(&|y| y.form(form).to_string()),
        ));
    }
    out.extend([
        (
            "ПНП выполнены полностью".into(),
            each(&|y| {
                if y.figures.programs == 0 {
                    "нет планов".into()
                } else {
                    format!("{} из {}", y.figures.programs_done, y.figures.programs)
                }
            }),
        ),
        (
            "Удовлетворённость наставляемых (из 10)".into(),
            each(&|y| score(y.figures.satisfaction_mentees)),
        ),
        (
            "Удовлетворённость наставников (из 10)".into(),
            each(&|y| score(y.figures.satisfaction_mentors)),
        ),
        (
            "Самооценка компетенций наставляемых «до» → «после» (из 5)".into(),
            each(&|y| match y.figures.growth {
                Some(g) => format!(
                    "{} → {} ({})",
                    tenths(g.before),
                    tenths(g.after),
                    signed_tenths(g.after as i32 - g.before as i32)
                ),
                None => NO_DATA.into(),
            }),
        ),
    ]);
    out
}

/// The table: a column per year.
pub fn table(years: &[YearFigures]) -> Table {
    let cell = |s: String| vec![Run::plain(s)];
    let mut header = vec![cell("Показатель".into())];
    header.extend(years.iter().map(|y| cell(y.header())));
    let mut widths = vec![5];
    widths.extend(years.iter().map(|_| 2));
    Table {
        widths,
        header,
        rows: rows(years)
            .into_iter()
            .map(|(name, values)| {
                let mut row = vec![cell(upper_first(&name))];
                row.extend(values.into_iter().map(cell));
                row
            })
            .collect(),
    }
}

/// The charts: counts by year; the mentees' satisfaction and their self-assessment «до» and
/// «после», each for the years that have it (left out when none has).
pub fn charts(years: &[YearFigures]) -> Vec<Chart> {
    let row = |y: &YearFigures, values: Vec<u32>| ChartRow {
        label: y.academic_year.clone(),
        values,
    };
    let counts: Vec<ChartRow> = years
        .iter()
        .map(|y| {
            row(
                y,
                vec![
                    y.figures.participants,
                    y.figures.pairs + y.figures.groups,
                    y.figures.programs_done,
                ],
            )
        })
        .collect();
    let mut out = vec![Chart {
        title: "Участники, пары и группы, выполненные ПНП по учебным годам".into(),
        label: "Учебный год".into(),
        series: vec![
            "участников".into(),
            "пар и групп".into(),
            "ПНП выполнено".into(),
        ],
        max: counts
            .iter()
            .flat_map(|r| r.values.iter().copied())
            .max()
            .unwrap_or(0),
        rows: counts,
        tenths: false,
    }];
    let satisfaction: Vec<ChartRow> = years
        .iter()
        .filter_map(|y| y.figures.satisfaction_mentees.map(|v| row(y, vec![v])))
        .collect();
    if !satisfaction.is_empty() {
        out.push(Chart {
            title: "Удовлетворённость наставляемых по учебным годам (из 10)".into(),
            label: "Учебный год".into(),
            series: vec!["Средний балл".into()],
            rows: satisfaction,
            max: 100,
            tenths: true,
        });
    }
    let growth: Vec<ChartRow> = years
        .iter()
        .filter_map(|y| y.figures.growth.map(|g| row(y, vec![g.before, g.after])))
        .collect();
    if !growth.is_empty() {
        out.push(Chart {
            title: "Самооценка компетенций наставляемых «до» и «после» по учебным годам (из 5)"
                .into(),
            label: "Учебный год".into(),
            series: vec!["до".into(), "после".into()],
            rows: growth,
            max: 50,
            tenths: true,
        });
    }
    out
}

/// What a chart shows, in words: every bar's value with its year and series.
pub fn describe(c: &Chart) -> String {
    let rows: Vec<String> = c
        .rows
        .iter()
        .map(|r| {
            let values: Vec<String> = r
                .values
                .iter()
                .zip(&c.series)
                .map(|(v, s)| format!("{s} {}", c.value(*v)))
                .collect();
            format!("{}: {}", r.label, values.join(", "))
        })
        .collect();
    format!("{}.", rows.join("; "))
}

/// The table and the charts as an HTML fragment: the table in a region that scrolls on a
/// narrow screen (focusable, named by the caption), each chart a figure whose SVG is an
/// image named and described in words. `id` keeps the ids unique on the page.
pub fn html(years: &[YearFigures], id: &str) -> String {
    let t = table(years);
    let text = |cell: &Vec<Run>| -> String { cell.iter().map(|r| escape(&r.text)).collect() };
    let mut o = format!(
        "<div class=\"history-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{id}-caption\">\
         <table class=\"history-table\" data-testid=\"history-table\">\
         <caption id=\"{id}-caption\">{}</caption><thead><tr>",
        escape(TITLE)
    );
    for h in &t.header {
        o.push_str(&format!("<th scope=\"col\">{}</th>", text(h)));
    }
    o.push_str("</tr></thead><tbody>");
    for row in &t.rows {
        o.push_str("<tr>");
        for (n, cell) in row.iter().enumerate() {
            if n == 0 {
                o.push_str(&format!("<th scope=\"row\">{}</th>", text(cell)));
            } else {
                o.push_str(&format!("<td>{}</td>", text(cell)));
            }
        }
        o.push_str("</tr>");
    }
    o.push_str("</tbody></table></div>");
    for (n, c) in charts(years).iter().enumerate() {
        o.push_str(&format!(
            "<figure class=\"history-chart\" data-testid=\"history-chart\"><figcaption>{}</figcaption>{}</figure>",
            escape(&c.title),
            svg_described(c, &format!("{id}-chart{}", n + 1), &describe(c))
        ));
    }
    o
}

/// The history as document blocks (a heading, the table, the charts), for the reports; none
/// while there is one year only.
pub fn blocks(years: &[YearFigures], heading: &str) -> Vec<Block> {
    if years.len() < 2 {
        return Vec::new();
    }
    let mut out = vec![Block::heading(2, heading), Block::Table(table(years))];
    out.extend(charts(years).into_iter().map(Block::Chart));
    out
}

/// The «Справка» of the year ([`report_file::spravka`]) with, once the school has a past year,
/// the table of its years as the section before the signature (in DOCX a chart would be the
/// same table again).
pub fn spravka(d: &SchoolData, f: &ReportFile, director: &str, position: &str) -> Document {
    let mut doc = report_file::spravka(f, director, position);
    let ys = years(d);
    if ys.len() > 1 {
        let at = doc
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Signature(_)))
            .unwrap_or(doc.blocks.len());
        let section = [
            Block::heading(2, format!("4. {TITLE}")),
            Block::Table(table(&ys)),
        ];
        doc.blocks.splice(at..at, section);
    }
    doc
}

/// What types cannot say of years read from a file: a label, and figures that can be (the
/// report file's own rules, [`report_file::check_figures`]).
pub fn check(years: &[YearFigures]) -> Result<(), String> {
    for (n, y) in years.iter().enumerate() {
        let label = y.academic_year.trim();
        if label.is_empty() || label.chars().count() > 50 {
            return Err(format!(
                "не указан или слишком длинный учебный год (history[{n}].academic_year)"
            ));
        }
        report_file::check_figures(&y.figures)
            .map_err(|e| format!("{e} (history[{n}], {label} учебный год)"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
