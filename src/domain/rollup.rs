//! The municipal roll-up («Сводка по школам»): many schools' report files (or their published
//! `info.json`) read at once, checked one by one, and summed up — a table of schools ×
//! indicators with totals and averages, charts, the schools that lag, and exports for Word
//! (DOCX) and Excel (CSV and XLSX).
//!
//! Nothing personal can enter it: a report file ([`ReportFile`]) holds no names, and from an
//! `info.json` only the school's names and its aggregate figures are taken (never its
//! coordinator's contact, named teachers or practices' authors). An archive of a school
//! (which holds personal data) is refused with a message.

use super::charts::{to_table as chart_table, Chart, ChartRow};
use super::documents::model::{Align, Block, Document, Run, Table};
use super::format::{column_letters, count, date_ru, number};
use super::forms::MentoringForm;
use super::monitoring::{signed_tenths, tenths};
use super::public::{self, InfoFile};
use super::report_file::{self, ReportFile, ReportSchool};
use super::results::percent;

/// Where a school's row came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Report,
    Info,
}

impl Source {
    pub fn label(self) -> &'static str {
        match self {
            Source::Report => "отчёт",
            Source::Info => "info.json",
        }
    }
}

/// How a column's values read and add up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A number of people, pairs …: a total and a mean.
    Count,
    /// A percentage: a mean.
    Percent,
    /// Tenths of a point (7,8 of 10): a mean.
    Tenths,
    /// A signed change in tenths (+0,9): a mean.
    Signed,
    /// 1 = «да», 0 = «нет»: the total counts the «да».
    YesNo,
}

/// The indicators of the roll-up, one column each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    Teachers,
    Participants,
    Mentors,
    Mentees,
    Young,
    Coverage,
    PairsGroups,
    Programs,
    ProgramsDone,
    ProgramProgress,
    Monitoring,
    SatisfactionMentees,
    SatisfactionMentors,
    Growth,
    BestPractices,
    Roadmap,
}

impl Col {
    pub const ALL: [Col; 16] = [
        Col::Teachers,
        Col::Participants,
        Col::Mentors,
        Col::Mentees,
        Col::Young,
        Col::Coverage,
        Col::PairsGroups,
        Col::Programs,
        Col::ProgramsDone,
        Col::ProgramProgress,
        Col::Monitoring,
        Col::SatisfactionMentees,
        Col::SatisfactionMentors,
        Col::Growth,
        Col::BestPractices,
        Col::Roadmap,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Col::Teachers => "Педагогов",
            Col::Participants => "Участников (в банках)",
            Col::Mentors => "Наставников в парах",
            Col::Mentees => "Наставляемых в парах",
            Col::Young => "Молодых специалистов в парах",
            Col::Coverage => "Охват банка наставляемых, %",
            Col::PairsGroups => "Пар и групп",
            Col::Programs => "ПНП",
            Col::ProgramsDone => "ПНП выполнено полностью",
            Col::ProgramProgress => "Выполнение ПНП, % (среднее)",
            Col::Monitoring => "Мониторинг проведён",
            Col::SatisfactionMentees => "Удовлетворённость наставляемых (из 10)",
            Col::SatisfactionMentors => "Удовлетворённость наставников (из 10)",
            Col::Growth => "Рост самооценки (из 5)",
            Col::BestPractices => "Лучших практик",
            Col::Roadmap => "Дорожная карта, %",
        }
    }

    pub fn kind(self) -> Kind {
        match self {
            Col::Coverage | Col::ProgramProgress | Col::Roadmap => Kind::Percent,
            Col::SatisfactionMentees | Col::SatisfactionMentors => Kind::Tenths,
            Col::Growth => Kind::Signed,
            Col::Monitoring => Kind::YesNo,
            _ => Kind::Count,
        }
    }
}

/// One school's row: values in the order of [`Col::ALL`], `None` where its file does not say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub file: String,
    pub source: Source,
    pub school: ReportSchool,
    /// `YYYY-MM-DD` of the figures.
    pub date: String,
    pub values: Vec<Option<i64>>,
    /// Pairs and groups by form; empty when the file does not say.
    pub by_form: Vec<(MentoringForm, u32)>,
}

impl Row {
    pub fn value(&self, c: Col) -> Option<i64> {
        let i = Col::ALL.iter().position(|x| *x == c).expect("a column");
        self.values[i]
    }
}

/// A file that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub message: String,
}

/// A school that lags, with the reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lagging {
    pub school: String,
    pub reasons: Vec<String>,
}

/// The roll-up of many files.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rollup {
    pub rows: Vec<Row>,
    pub problems: Vec<Problem>,
}

fn report_row(file: &str, f: ReportFile) -> Row {
    let g = &f.report.figures;
    let n = |v: u32| Some(v as i64);
    let values = Col::ALL
        .iter()
        .map(|c| match c {
            Col::Teachers => n(g.teachers),
            Col::Participants => n(g.participants),
            Col::Mentors => n(g.mentors),
            Col::Mentees => n(g.mentees),
            Col::Young => n(g.young),
            Col::Coverage => percent(g.covered as usize, g.bank as usize).map(i64::from),
            Col::PairsGroups => n(g.pairs + g.groups),
            Col::Programs => n(g.programs),
            Col::ProgramsDone => n(g.programs_done),
            Col::ProgramProgress => g.program_progress.map(i64::from),
            Col::Monitoring => Some(g.monitored() as i64),
            Col::SatisfactionMentees => g.satisfaction_mentees.map(i64::from),
            Col::SatisfactionMentors => g.satisfaction_mentors.map(i64::from),
            Col::Growth => g.growth.map(|g| g.after as i64 - g.before as i64),
            Col::BestPractices => n(g.best_practices),
            Col::Roadmap => n(g.roadmap as u32),
        })
        .collect();
    Row {
        file: file.to_string(),
        source: Source::Report,
        date: f.date.clone(),
        by_form: g.by_form.iter().map(|f| (f.form, f.count)).collect(),
        values,
        school: f.report.school,
    }
}

/// From `info.json`: the school's names and the aggregate figures, nothing else.
fn info_row(file: &str, f: InfoFile) -> Result<Row, String> {
    let s = &f.info.school;
    let school = ReportSchool {
        full_name: s.full_name.trim().to_string(),
        short_name: s.short_name.trim().to_string(),
        city: s.city.trim().to_string(),
        academic_year: s.academic_year.trim().to_string(),
    };
    if school.name().is_empty() {
        return Err("В файле info.json не указано наименование школы.".into());
    }
    let g = &f.info.figures;
    let values = Col::ALL
        .iter()
        .map(|c| match c {
            Col::Teachers => None,
            Col::Participants => Some(g.participants as i64),
            Col::PairsGroups => Some(g.pairs.unwrap_or(0) as i64),
            // The section shows the satisfaction of a round only: then monitoring was done.
            Col::Monitoring => g.satisfaction.map(|_| 1),
            Col::SatisfactionMentees => g.satisfaction.map(i64::from),
            Col::BestPractices => Some(g.best_practices.unwrap_or(0) as i64),
            Col::Roadmap => Some(g.progress as i64),
            _ => None,
        })
        .collect();
    Ok(Row {
        file: file.to_string(),
        source: Source::Info,
        date: f.date.clone(),
        values,
        by_form: Vec::new(),
        school,
    })
}

/// Reads one file: a report, or a published `info.json`.
pub fn read(file: &str, bytes: &[u8]) -> Result<Row, String> {
    match report_file::format_of(bytes).as_deref() {
        Some(public::INFO_FORMAT) => info_row(file, public::decode(bytes)?),
        Some("nastavnik") => Err(
            "Это архив школы со всеми её данными, в том числе персональными: в сводку он не \
             берётся. Попросите школу прислать отчёт для муниципалитета (кнопка «Отчёт для \
             муниципалитета» на экране «Архив и данные»)."
                .into(),
        ),
        _ => Ok(report_row(file, report_file::decode(bytes)?)),
    }
}

impl Rollup {
    /// Adds files; a bad file becomes a [`Problem`], the rest are still used. A school whose
    /// year is already in the roll-up is not counted twice.
    /// Files that could not even be read (name, why): listed as problems, nothing else changes.
    pub fn add_unreadable(&mut self, files: Vec<(String, String)>) {
        self.problems.extend(
            files
                .into_iter()
                .map(|(file, message)| Problem { file, message }),
        );
    }

    pub fn add(&mut self, files: Vec<(String, Vec<u8>)>) {
        for (name, bytes) in files {
            match read(&name, &bytes) {
                Ok(row) => {
                    let key = |r: &Row| {
                        (
                            r.school.name().to_lowercase(),
                            r.school.city.trim().to_lowercase(),
                            r.school.academic_year.clone(),
                        )
                    };
                    if let Some(same) = self.rows.iter().position(|r| key(r) == key(&row)) {
                        let other = &self.rows[same];
                        // A report says more than info.json: it replaces it.
                        if other.source == Source::Info && row.source == Source::Report {
                            self.rows[same] = row;
                        } else {
                            self.problems.push(Problem {
                                message: format!(
                                    "Школа «{}» за {} учебный год уже есть в сводке (файл «{}»): \
                                     этот файл не учтён.",
                                    row.school.name(),
                                    row.school.academic_year,
                                    other.file
                                ),
                                file: name,
                            });
                        }
                    } else {
                        self.rows.push(row);
                    }
                }
                Err(message) => self.problems.push(Problem {
                    file: name,
                    message,
                }),
            }
        }
        crate::domain::sorting::sort_by_key(&mut self.rows, |r| r.school.name().to_lowercase());
    }

    /// The academic years present (usually one).
    pub fn years(&self) -> Vec<String> {
        let mut y: Vec<String> = self
            .rows
            .iter()
            .map(|r| r.school.academic_year.clone())
            .collect();
        crate::domain::sorting::sort(&mut y);
        y.dedup();
        y
    }

    fn column(&self, c: Col) -> impl Iterator<Item = i64> + '_ {
        self.rows.iter().filter_map(move |r| r.value(c))
    }

    /// The total of a column: a sum of counts, the number of «да»; `None` for rates.
    pub fn total(&self, c: Col) -> Option<i64> {
        match c.kind() {
            Kind::Count | Kind::YesNo => Some(self.column(c).sum()),
            _ => None,
        }
    }

    /// The mean over the schools whose files give the value, in tenths of the shown unit
    /// (for [`Kind::Tenths`] and [`Kind::Signed`] in the column's own tenths), rounded half
    /// away from zero; for [`Kind::YesNo`] the share of «да», %.
    pub fn mean(&self, c: Col) -> Option<i64> {
        let values: Vec<i64> = self.column(c).collect();
        if values.is_empty() {
            return None;
        }
        let n = values.len() as i64;
        let sum: i64 = values.iter().sum();
        let scaled = match c.kind() {
            Kind::Count => sum * 10,
            Kind::Percent | Kind::Tenths | Kind::Signed => sum,
            Kind::YesNo => sum * 100,
        };
        // Rounded half away from zero.
        Some((scaled * 2 + scaled.signum() * n) / (2 * n))
    }

    /// Schools with the values given in their files for each column.
    pub fn given(&self, c: Col) -> usize {
        self.column(c).count()
    }

    /// Pairs and groups of every school by form (report files only).
    pub fn by_form(&self) -> Vec<(MentoringForm, u32)> {
        MentoringForm::ALL
            .into_iter()
            .map(|f| {
                let n = self
                    .rows
                    .iter()
                    .flat_map(|r| r.by_form.iter())
                    .filter(|(x, _)| *x == f)
                    .map(|(_, n)| n)
                    .sum();
                (f, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// The schools that lag: no pairs formed, no monitoring (as far as their files say).
    pub fn lagging(&self) -> Vec<Lagging> {
        self.rows
            .iter()
            .filter_map(|r| {
                let mut reasons = Vec::new();
                if r.value(Col::PairsGroups) == Some(0) {
                    reasons.push("не сформированы наставнические пары и группы".to_string());
                }
                match (r.value(Col::Monitoring), r.source) {
                    (Some(0), _) => reasons.push("мониторинг не проведён".into()),
                    (None, Source::Info) => reasons
                        .push("о мониторинге нет сведений (прислан info.json, а не отчёт)".into()),
                    _ => {}
                }
                (!reasons.is_empty()).then(|| Lagging {
                    school: r.school.name().to_string(),
                    reasons,
                })
            })
            .collect()
    }

    /// The charts of the roll-up; each has its table ([`chart_table`]).
    pub fn charts(&self) -> Vec<Chart> {
        let by_form = self.by_form();
        let per_school = |title: &str, series: &str, c: Col, max: u32, tenths: bool| Chart {
            title: title.into(),
            label: "Школа".into(),
            series: vec![series.into()],
            rows: self
                .rows
                .iter()
                .filter_map(|r| {
                    r.value(c).map(|v| ChartRow {
                        label: r.school.name().to_string(),
                        values: vec![v.max(0) as u32],
                    })
                })
                .collect(),
            max,
            tenths,
        };
        vec![
            Chart {
                title: "Пары и группы по формам наставничества, все школы".into(),
                label: "Форма".into(),
                series: vec!["Пар и групп".into()],
                max: by_form.iter().map(|(_, n)| *n).max().unwrap_or(0),
                rows: by_form
                    .iter()
                    .map(|(f, n)| ChartRow {
                        label: f.label().to_string(),
                        values: vec![*n],
                    })
                    .collect(),
                tenths: false,
            },
            per_school(
                "Охват банка наставляемых парами и группами по школам, %",
                "Охват, %",
                Col::Coverage,
                100,
                false,
            ),
            per_school(
                "Удовлетворённость наставляемых по школам (из 10)",
                "Средний балл",
                Col::SatisfactionMentees,
                100,
                true,
            ),
            per_school(
                "Ход Дорожной карты по школам, %",
                "Выполнено, %",
                Col::Roadmap,
                100,
                false,
            ),
        ]
    }

    /// The summary as a grid for CSV and XLSX: a header, a row per school, «Итого», «Среднее».
    pub fn grid(&self) -> Grid {
        let mut header: Vec<String> = ["Школа", "Населённый пункт", "Учебный год", "Источник"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        header.extend(Col::ALL.iter().map(|c| c.label().to_string()));
        let forms = self.by_form();
        header.extend(forms.iter().map(|(f, _)| format!("Форма: {}", f.label())));
        let mut rows = Vec::new();
        for r in &self.rows {
            let mut row = vec![
                Cell::Text(r.school.name().to_string()),
                Cell::Text(r.school.city.clone()),
                Cell::Text(r.school.academic_year.clone()),
                Cell::Text(r.source.label().to_string()),
            ];
            row.extend(Col::ALL.iter().map(|c| match (r.value(*c), c.kind()) {
                (None, _) => Cell::Empty,
                (Some(v), Kind::Tenths | Kind::Signed) => Cell::Tenths(v),
                (Some(v), Kind::YesNo) => Cell::Text(if v > 0 { "да" } else { "нет" }.into()),
                (Some(v), _) => Cell::Int(v),
            }));
            row.extend(forms.iter().map(|(f, _)| {
                if r.source == Source::Info {
                    Cell::Empty
                } else {
                    Cell::Int(
                        r.by_form
                            .iter()
                            .find(|(x, _)| x == f)
                            .map(|(_, n)| *n as i64)
                            .unwrap_or(0),
                    )
                }
            }));
            rows.push(row);
        }
        let mut total = vec![
            Cell::Text("Итого".into()),
            Cell::Text(count(self.rows.len() as u64, ["школа", "школы", "школ"])),
            Cell::Empty,
            Cell::Empty,
        ];
        total.extend(
            Col::ALL
                .iter()
                .map(|c| self.total(*c).map(Cell::Int).unwrap_or(Cell::Empty)),
        );
        total.extend(forms.iter().map(|(_, n)| Cell::Int(*n as i64)));
        rows.push(total);
        let mut mean = vec![
            Cell::Text("Среднее по школам".into()),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
        ];
        mean.extend(Col::ALL.iter().map(|c| match (self.mean(*c), c.kind()) {
            (None, _) => Cell::Empty,
            (Some(v), Kind::YesNo) => Cell::Int(v),
            (Some(v), Kind::Count | Kind::Percent) => Cell::Tenths(v),
            (Some(v), _) => Cell::Tenths(v),
        }));
        mean.extend(forms.iter().map(|_| Cell::Empty));
        rows.push(mean);
        Grid { header, rows }
    }

    /// The value of a school's cell as the screen and the DOCX show it.
    pub fn shown(c: Col, v: Option<i64>) -> String {
        match (v, c.kind()) {
            (None, _) => "—".into(),
            (Some(v), Kind::Count) => number(v.max(0) as u64),
            (Some(v), Kind::Percent) => format!("{v} %"),
            (Some(v), Kind::Tenths) => tenths(v.max(0) as u32),
            (Some(v), Kind::Signed) => signed_tenths(v as i32),
            (Some(v), Kind::YesNo) => if v > 0 { "да" } else { "нет" }.into(),
        }
    }

    /// The total of a column as shown.
    pub fn shown_total(&self, c: Col) -> String {
        match (self.total(c), c.kind()) {
            (None, _) => "—".into(),
            (Some(v), Kind::YesNo) => format!("{v} из {}", self.given(c)),
            (Some(v), _) => number(v.max(0) as u64),
        }
    }

    /// The mean of a column as shown.
    pub fn shown_mean(&self, c: Col) -> String {
        match (self.mean(c), c.kind()) {
            (None, _) => "—".into(),
            (Some(v), Kind::Count) => tenths(v.max(0) as u32),
            (Some(v), Kind::Percent) => format!("{} %", tenths(v.max(0) as u32)),
            (Some(v), Kind::Tenths) => tenths(v.max(0) as u32),
            (Some(v), Kind::Signed) => signed_tenths(v as i32),
            (Some(v), Kind::YesNo) => format!("{v} % школ"),
        }
    }

    /// The summary as a document («Сводка …»), for Word. `date` is today, `YYYY-MM-DD`.
    pub fn document(&self, date: &str) -> Document {
        let years = self.years().join(", ");
        let plain = |s: &str| vec![Run::plain(s)];
        let mut blocks = vec![
            Block::heading(1, "СВОДКА"),
            Block::aligned(
                vec![Run::bold(format!(
                    "о реализации системы (целевой модели) наставничества педагогических \
                     работников в образовательных организациях{}",
                    if years.is_empty() {
                        String::new()
                    } else {
                        format!(" в {years} учебном году")
                    }
                ))],
                Align::Center,
            ),
            Block::para_plain(format!(
                "Составлена {} по отчётам {}.",
                date_ru(date),
                count(
                    self.rows.len() as u64,
                    [
                        "образовательной организации",
                        "образовательных организаций",
                        "образовательных организаций"
                    ]
                )
            )),
            Block::heading(2, "1. Итоги по всем школам"),
            Block::Table(Table {
                widths: vec![6, 2, 2, 2],
                header: ["Показатель", "Итого", "Среднее", "Школ с данными"]
                    .iter()
                    .map(|h| plain(h))
                    .collect(),
                rows: Col::ALL
                    .iter()
                    .map(|c| {
                        vec![
                            plain(c.label()),
                            plain(&self.shown_total(*c)),
                            plain(&self.shown_mean(*c)),
                            plain(&self.given(*c).to_string()),
                        ]
                    })
                    .collect(),
            }),
            Block::heading(2, "2. Показатели по школам"),
        ];
        // A4 is narrow: the main indicators here, every column in the XLSX/CSV.
        let main = [
            Col::Participants,
            Col::PairsGroups,
            Col::ProgramsDone,
            Col::Monitoring,
            Col::SatisfactionMentees,
            Col::Roadmap,
        ];
        let mut header = vec![plain("Школа")];
        header.extend(main.iter().map(|c| plain(c.label())));
        blocks.push(Block::Table(Table {
            widths: vec![5, 2, 2, 2, 2, 2, 2],
            header,
            rows: self
                .rows
                .iter()
                .map(|r| {
                    let mut row = vec![plain(r.school.name())];
                    row.extend(main.iter().map(|c| plain(&Rollup::shown(*c, r.value(*c)))));
                    row
                })
                .collect(),
        }));
        blocks.push(Block::heading(2, "3. Школы, требующие внимания"));
        let lag = self.lagging();
        blocks.push(if lag.is_empty() {
            Block::para_plain("Все школы сформировали пары и провели мониторинг.")
        } else {
            Block::bullets(
                lag.iter()
                    .map(|l| plain(&format!("{}: {}", l.school, l.reasons.join("; "))))
                    .collect(),
            )
        });
        blocks.push(Block::heading(2, "4. Диаграммы"));
        for c in self.charts() {
            blocks.push(Block::para(vec![Run::bold(c.title.clone())]));
            blocks.push(Block::Table(chart_table(&c)));
        }
        if !self.problems.is_empty() {
            blocks.push(Block::heading(2, "5. Файлы, не вошедшие в сводку"));
            blocks.push(Block::bullets(
                self.problems
                    .iter()
                    .map(|p| plain(&format!("{}: {}", p.file, p.message)))
                    .collect(),
            ));
        }
        Document {
            title: format!("Сводка по наставничеству {}", date),
            header: Vec::new(),
            blocks,
        }
    }
}

/// A cell of the exported summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Empty,
    Text(String),
    Int(i64),
    /// Tenths: 78 is 7,8.
    Tenths(i64),
}

/// The exported summary: what CSV and XLSX hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

fn decimal(v: i64, sep: char) -> String {
    let sign = if v < 0 { "-" } else { "" };
    format!("{sign}{}{sep}{}", v.abs() / 10, v.abs() % 10)
}

fn csv_field(s: &str) -> String {
    // A leading = + - @ would be a formula in Excel: text cells are quoted with a leading '.
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

impl Grid {
    /// CSV for Russian Excel: UTF-8 with a BOM, «;» between fields, a decimal comma, CRLF.
    pub fn to_csv(&self) -> Vec<u8> {
        let mut out = String::from("\u{FEFF}");
        let line = |cells: Vec<String>| cells.join(";") + "\r\n";
        out.push_str(&line(self.header.iter().map(|h| csv_field(h)).collect()));
        for r in &self.rows {
            out.push_str(&line(
                r.iter()
                    .map(|c| match c {
                        Cell::Empty => String::new(),
                        Cell::Text(s) => csv_field(s),
                        Cell::Int(v) => v.to_string(),
                        Cell::Tenths(v) => decimal(*v, ','),
                    })
                    .collect(),
            ));
        }
        out.into_bytes()
    }

    /// A minimal XLSX workbook (one sheet, inline strings, numbers as numbers), packed with
    /// the DOCX's own ZIP writer.
    pub fn to_xlsx(&self) -> Vec<u8> {
        use super::documents::html::escape;
        let mut sheet = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet \
             xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
        );
        let text = |r: usize, c: usize, s: &str| {
            format!(
                "<c r=\"{}{r}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                column_letters(c),
                escape(s)
            )
        };
        sheet.push_str("<row r=\"1\">");
        for (c, h) in self.header.iter().enumerate() {
            sheet.push_str(&text(1, c, h));
        }
        sheet.push_str("</row>");
        for (i, row) in self.rows.iter().enumerate() {
            let r = i + 2;
            sheet.push_str(&format!("<row r=\"{r}\">"));
            for (c, cell) in row.iter().enumerate() {
                match cell {
                    Cell::Empty => {}
                    Cell::Text(s) => sheet.push_str(&text(r, c, s)),
                    Cell::Int(v) => {
                        sheet.push_str(&format!("<c r=\"{}{r}\"><v>{v}</v></c>", column_letters(c)))
                    }
                    Cell::Tenths(v) => sheet.push_str(&format!(
                        "<c r=\"{}{r}\"><v>{}</v></c>",
                        column_letters(c),
                        decimal(*v, '.')
                    )),
                }
            }
            sheet.push_str("</row>");
        }
        sheet.push_str("</sheetData></worksheet>");
        const TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\
<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>\
</Types>";
        const RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>\
</Relationships>";
        const WORKBOOK: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
<sheets><sheet name=\"Сводка\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
        const WORKBOOK_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>\
</Relationships>";
        super::documents::zip_store::store(&[
            ("[Content_Types].xml", TYPES.as_bytes()),
            ("_rels/.rels", RELS.as_bytes()),
            ("xl/workbook.xml", WORKBOOK.as_bytes()),
            ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
            ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ])
    }
}

/// `n` schools' report files with varied, consistent figures (for the benchmark and tests):
/// `(file name, bytes)`. Every seventh school has formed no pairs, every fifth has no
/// monitoring.
pub fn generated_reports(n: usize, year: &str) -> Vec<(String, Vec<u8>)> {
    use super::report_file::{FormCount, ReportFigures, ReportGrowth, ReportRound, SchoolReport};
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |m: u32| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) % m.max(1) as u64) as u32
    };
    let first: u16 = year.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2025);
    (0..n)
        .map(|k| {
            let teachers = 20 + next(120);
            let participants = teachers / 3 + next(teachers / 3);
            let bank = participants / 2 + 1;
            let no_pairs = k % 7 == 3;
            let monitored = k % 5 != 4 && !no_pairs;
            let (pairs, groups) = if no_pairs {
                (0, 0)
            } else {
                (1 + next(bank), next(3))
            };
            let mentees = (pairs + groups * 2).min(participants);
            let covered = mentees.min(bank);
            let programs = pairs + groups;
            let traditional = pairs;
            let mut by_form = Vec::new();
            if traditional > 0 {
                by_form.push(FormCount { form: MentoringForm::Traditional, count: traditional });
            }
            if groups > 0 {
                by_form.push(FormCount { form: MentoringForm::Group, count: groups });
            }
            let before = 20 + next(15);
            let figures = ReportFigures {
                teachers,
                participants,
                mentors: pairs + groups,
                mentees,
                bank,
                covered,
                young: next(mentees + 1),
                young_total: 0,
                pairs,
                groups,
                terminated: next(2),
                by_form,
                programs,
                programs_done: next(programs + 1),
                program_progress: (programs > 0).then(|| 30 + next(71)),
                round: monitored.then(|| ReportRound {
                    kind: super::monitoring::RoundKind::Final,
                    date: format!("{}-05-20", first + 1),
                }),
                responses_mentees: if monitored { mentees } else { 0 },
                responses_mentors: if monitored { pairs + groups } else { 0 },
                satisfaction_mentees: monitored.then(|| 60 + next(41)),
                satisfaction_mentors: monitored.then(|| 60 + next(41)),
                growth: monitored.then(|| ReportGrowth {
                    before,
                    after: before + next(50 - before + 1),
                    people: mentees,
                }),
                practices: next(20),
                best_practices: next(5),
                event_participants: if monitored { participants } else { 0 },
                roadmap: next(101) as u8,
                stages: (0..7).map(|_| next(101) as u8).collect(),
            };
            let school = ReportSchool {
                full_name: format!(
                    "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № {}»",
                    k + 1
                ),
                short_name: format!("МБОУ СОШ № {}", k + 1),
                city: "г. Энск".into(),
                academic_year: year.to_string(),
            };
            let f = ReportFile {
                format: report_file::REPORT_FORMAT.into(),
                version: report_file::REPORT_VERSION,
                date: format!("{}-05-30", first + 1),
                app_version: super::archive::APP_VERSION.into(),
                report: SchoolReport { school, figures },
            };
            (report_file::file_name(&f.report.school), f.to_json().into_bytes())
        })
        .collect()
}

#[cfg(test)]
mod tests;
