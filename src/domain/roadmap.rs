//! The Дорожная карта: the school's own, editable plan of events, pre-filled from the seed's
//! seven stages (one row per task of a stage). Its statuses are the stage progress.

use serde::{Deserialize, Serialize};

use super::records::index_of;
use super::stages::{StageInfo, STAGES, STAGE_COUNT};

/// Status of a task of a stage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl TaskStatus {
    pub const ALL: [TaskStatus; 3] = [
        TaskStatus::NotStarted,
        TaskStatus::InProgress,
        TaskStatus::Done,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "не начато",
            TaskStatus::InProgress => "в работе",
            TaskStatus::Done => "выполнено",
        }
    }

    /// The serialized name, also used as a form value.
    pub fn key(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "not_started",
            TaskStatus::InProgress => "in_progress",
            TaskStatus::Done => "done",
        }
    }
}

/// One event of the roadmap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoadmapRow {
    /// Stable id: the seed task id («1.3») for pre-filled rows, «r<N>» for added ones.
    pub id: String,
    /// 1..=7.
    pub stage: u8,
    /// «Мероприятие».
    pub event: String,
    /// «Содержание».
    pub content: String,
    /// «Сроки», as the school writes them («август 2025», «до 15.09.2025»).
    pub deadline: String,
    /// «Ответственные».
    pub responsible: String,
    /// «Ожидаемый результат».
    pub result: String,
    pub status: TaskStatus,
    pub note: String,
}

super::records::record!(RoadmapRow, "В дорожной карте нет строки");

super::text_fields::text_fields! {
    /// An editable text column of a row.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum RowField of RoadmapRow {
        Event(event) => "Мероприятие",
        Content(content) => "Содержание",
        Deadline(deadline) => "Сроки",
        Responsible(responsible) => "Ответственные",
        Result(result) => "Ожидаемый результат",
        Note(note) => "Примечание",
    }
}

impl RowField {
    pub const TABLE: [RowField; 5] = [
        RowField::Event,
        RowField::Content,
        RowField::Deadline,
        RowField::Responsible,
        RowField::Result,
    ];

    pub fn max_chars(self) -> usize {
        match self {
            RowField::Note | RowField::Content => MAX_LONG_CHARS,
            _ => MAX_SHORT_CHARS,
        }
    }
}

/// Longest note or content of a row.
pub const MAX_LONG_CHARS: usize = 5000;
/// Longest event, deadline, responsible or result.
pub const MAX_SHORT_CHARS: usize = 1000;
/// Most rows a roadmap may have.
pub const MAX_ROWS: usize = 300;

fn stage_defaults(stage: u8) -> (&'static str, &'static str) {
    match stage {
        1 => ("август", "Директор, куратор наставничества"),
        2 | 3 => ("сентябрь", "Куратор наставничества"),
        4 => ("сентябрь – октябрь", "Куратор наставничества, наставники"),
        5 => ("октябрь – май", "Куратор наставничества, наставники"),
        6 => ("май", "Директор, куратор наставничества"),
        _ => ("в течение учебного года", "Куратор наставничества"),
    }
}

/// The seed's tasks as roadmap rows.
pub fn seed_roadmap() -> Vec<RoadmapRow> {
    STAGES
        .iter()
        .flat_map(|s| {
            let (deadline, responsible) = stage_defaults(s.number);
            s.tasks.iter().map(move |t| RoadmapRow {
                id: t.id.to_string(),
                stage: s.number,
                event: t.title.to_string(),
                content: t.content.to_string(),
                deadline: deadline.to_string(),
                responsible: responsible.to_string(),
                result: t.planned_result.to_string(),
                status: TaskStatus::NotStarted,
                note: String::new(),
            })
        })
        .collect()
}

/// Events a new school's roadmap has beyond the seed's tasks: (after which task, event,
/// content, deadline, responsible, result).
const EXTRA_ROWS: [(&str, &str, &str, &str, &str, &str); 3] = [
    (
        "5.1",
        "Заключение с наставниками дополнительных соглашений к трудовым договорам (ст. 351.8 ТК РФ)",
        "Письменные согласия наставников, дополнительные соглашения с содержанием, формой, сроком наставнической работы и её оплатой",
        "октябрь",
        "Директор, куратор наставничества",
        "Дополнительные соглашения заключены со всеми наставниками",
    ),
    (
        "5.3",
        "Промежуточный мониторинг реализации персонализированных программ наставничества",
        "Анкетирование участников, анализ выполнения планов ПНП, корректировка программ",
        "январь",
        "Куратор наставничества, наставники",
        "Промежуточные результаты проанализированы, программы скорректированы",
    ),
    (
        "6.4",
        "Мероприятия ко Дню наставника",
        "Чествование наставников, рассказы о наставнических практиках (с согласия на распространение персональных данных)",
        "в течение учебного года",
        "Директор, куратор наставничества",
        "Наставники отмечены, практики представлены коллективу",
    ),
];

/// The roadmap of a new school: the seed's tasks, the order on pairs (1.4) due after the banks
/// it depends on, and rows for the additional agreements, an interim monitoring and the Day of
/// the mentor. (`seed_roadmap` stays the seed: old archives migrate from it.)
pub fn default_roadmap() -> Vec<RoadmapRow> {
    let mut rows = Vec::new();
    for mut row in seed_roadmap() {
        if row.id == "1.4" {
            row.deadline = "сентябрь – октябрь".into();
        }
        let after = row.id.clone();
        rows.push(row);
        for (i, (at, event, content, deadline, responsible, result)) in
            EXTRA_ROWS.iter().enumerate()
        {
            if *at == after {
                let stage = after[..1].parse().unwrap_or(1);
                rows.push(RoadmapRow {
                    id: format!("r{}", i + 1),
                    stage,
                    event: event.to_string(),
                    content: content.to_string(),
                    deadline: deadline.to_string(),
                    responsible: responsible.to_string(),
                    result: result.to_string(),
                    status: TaskStatus::NotStarted,
                    note: String::new(),
                });
            }
        }
    }
    rows
}

const MONTHS: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

/// «сентябрь – октябрь» → «сентябрь – октябрь 2025», «октябрь – май» → «октябрь 2025 – май
/// 2026» for the academic year starting in `first_year`: a month from August on belongs to
/// the first year, an earlier one to the second. Deadlines with a year or a date stay.
pub fn with_years(deadline: &str, first_year: u16) -> String {
    let lower = deadline.to_lowercase();
    if lower.chars().any(|c| c.is_ascii_digit()) {
        return deadline.to_string();
    }
    let parts: Vec<&str> = deadline.split(" – ").collect();
    let year_of = |p: &str| {
        let m = MONTHS
            .iter()
            .position(|m| p.trim().eq_ignore_ascii_case(m) || p.trim().to_lowercase() == *m)?;
        Some(if m >= 7 { first_year } else { first_year + 1 })
    };
    let years: Vec<Option<u16>> = parts.iter().map(|p| year_of(p)).collect();
    if years.iter().any(Option::is_none) {
        return deadline.to_string();
    }
    let same = years.windows(2).all(|w| w[0] == w[1]);
    parts
        .iter()
        .zip(&years)
        .enumerate()
        .map(|(i, (p, y))| {
            let y = y.unwrap_or(first_year);
            if same && i + 1 < parts.len() {
                p.trim().to_string()
            } else {
                format!("{} {y}", p.trim())
            }
        })
        .collect::<Vec<_>>()
        .join(" – ")
}

/// The rows of one stage, in roadmap order.
pub fn stage_rows<'a>(
    rows: &'a [RoadmapRow],
    stage: &StageInfo,
) -> impl Iterator<Item = &'a RoadmapRow> {
    let n = stage.number;
    rows.iter().filter(move |r| r.stage == n)
}

pub fn set_status(rows: &mut [RoadmapRow], id: &str, status: TaskStatus) -> Result<(), String> {
    let i = index_of(rows, id)?;
    rows[i].status = status;
    Ok(())
}

pub fn set_field(
    rows: &mut [RoadmapRow],
    id: &str,
    field: RowField,
    value: &str,
) -> Result<(), String> {
    let i = index_of(rows, id)?;
    if value.chars().count() > field.max_chars() {
        return Err(format!(
            "«{}»: не длиннее {} символов",
            field.label(),
            field.max_chars()
        ));
    }
    if field == RowField::Event && value.trim().is_empty() {
        return Err("Укажите мероприятие".into());
    }
    *field.slot(&mut rows[i]) = value.to_string();
    Ok(())
}

/// Adds an empty event at the end of a stage; returns its id.
pub fn add_row(rows: &mut Vec<RoadmapRow>, stage: u8, event: &str) -> Result<String, String> {
    if !(1..=STAGE_COUNT).contains(&stage) {
        return Err(format!("Нет этапа {stage}"));
    }
    if rows.len() >= MAX_ROWS {
        return Err(format!("В дорожной карте не больше {MAX_ROWS} строк"));
    }
    if event.trim().is_empty() {
        return Err("Укажите мероприятие".into());
    }
    let next = rows
        .iter()
        .filter_map(|r| r.id.strip_prefix('r').and_then(|n| n.parse::<u32>().ok()))
        .max()
        .unwrap_or(0)
        + 1;
    let id = format!("r{next}");
    let (deadline, responsible) = stage_defaults(stage);
    let row = RoadmapRow {
        id: id.clone(),
        stage,
        event: event.trim().to_string(),
        content: String::new(),
        deadline: deadline.to_string(),
        responsible: responsible.to_string(),
        result: String::new(),
        status: TaskStatus::NotStarted,
        note: String::new(),
    };
    let at = rows
        .iter()
        .rposition(|r| r.stage <= stage)
        .map(|i| i + 1)
        .unwrap_or(0);
    rows.insert(at, row);
    Ok(id)
}

/// Moves a row up (`-1`) or down (`+1`) within its stage. At the edge nothing moves.
pub fn move_row(rows: &mut [RoadmapRow], id: &str, up: bool) -> Result<(), String> {
    let i = index_of(rows, id)?;
    let stage = rows[i].stage;
    let j = if up {
        rows[..i].iter().rposition(|r| r.stage == stage)
    } else {
        rows[i + 1..]
            .iter()
            .position(|r| r.stage == stage)
            .map(|k| i + 1 + k)
    };
    if let Some(j) = j {
        rows.swap(i, j);
    }
    Ok(())
}

pub fn delete_row(rows: &mut Vec<RoadmapRow>, id: &str) -> Result<RoadmapRow, String> {
    let i = index_of(rows, id)?;
    Ok(rows.remove(i))
}

/// Problems that make a roadmap unusable (for the archive check): duplicate ids, a stage out
/// of range, an overlong text. Returns (index, field, message).
pub fn check_rows(rows: &[RoadmapRow]) -> Option<(usize, &'static str, String)> {
    if rows.len() > MAX_ROWS {
        return Some((
            MAX_ROWS,
            "",
            format!("В дорожной карте больше {MAX_ROWS} строк."),
        ));
    }
    for (i, r) in rows.iter().enumerate() {
        if rows[..i].iter().any(|o| o.id == r.id) {
            return Some((
                i,
                "id",
                format!("Повторяется идентификатор строки «{}».", r.id),
            ));
        }
        if r.id.trim().is_empty() {
            return Some((i, "id", "Пустой идентификатор строки.".into()));
        }
        if !(1..=STAGE_COUNT).contains(&r.stage) {
            return Some((
                i,
                "stage",
                format!("Нет этапа {}: этапы от 1 до 7.", r.stage),
            ));
        }
        for f in RowField::ALL {
            if f.get(r).chars().count() > f.max_chars() {
                return Some((
                    i,
                    f.key(),
                    format!("Текст длиннее {} символов.", f.max_chars()),
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_has_every_task_in_stage_order() {
        let rows = seed_roadmap();
        assert_eq!(rows.len(), 22);
        assert_eq!(rows[0].id, "1.1");
        assert_eq!(rows[21].id, "7.3");
        assert!(rows.windows(2).all(|w| w[0].stage <= w[1].stage));
        assert!(rows
            .iter()
            .all(|r| !r.event.is_empty() && !r.result.is_empty()));
        assert_eq!(check_rows(&rows), None);
    }

    #[test]
    fn add_goes_to_the_end_of_its_stage_with_a_fresh_id() {
        let mut rows = seed_roadmap();
        let id = add_row(&mut rows, 2, "  Педсовет о наставничестве ").unwrap();
        assert_eq!(id, "r1");
        let i = rows.iter().position(|r| r.id == "r1").unwrap();
        assert_eq!(rows[i - 1].id, "2.2");
        assert_eq!(rows[i + 1].id, "3.1");
        assert_eq!(rows[i].event, "Педсовет о наставничестве");
        assert_eq!(add_row(&mut rows, 2, "Ещё").unwrap(), "r2");
        assert_eq!(add_row(&mut rows, 8, "x"), Err("Нет этапа 8".into()));
        assert_eq!(
            add_row(&mut rows, 1, " "),
            Err("Укажите мероприятие".into())
        );
    }

    #[test]
    fn move_stays_within_the_stage() {
        let mut rows = seed_roadmap();
        move_row(&mut rows, "2.2", true).unwrap();
        let ids = stage_rows(&rows, &STAGES[1])
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>();
        assert_eq!(ids, ["2.2", "2.1"]);
        move_row(&mut rows, "2.2", true).unwrap();
        let ids = stage_rows(&rows, &STAGES[1])
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>();
        assert_eq!(
            ids,
            ["2.2", "2.1"],
            "the first row does not leave its stage"
        );
        move_row(&mut rows, "7.3", false).unwrap();
        assert_eq!(rows.last().unwrap().id, "7.3");
    }

    #[test]
    fn edit_and_delete() {
        let mut rows = seed_roadmap();
        set_field(&mut rows, "1.3", RowField::Deadline, "до 30.08.2025").unwrap();
        assert_eq!(rows[2].deadline, "до 30.08.2025");
        assert_eq!(
            set_field(&mut rows, "1.3", RowField::Event, " "),
            Err("Укажите мероприятие".into())
        );
        let long = "я".repeat(MAX_SHORT_CHARS + 1);
        assert!(set_field(&mut rows, "1.3", RowField::Result, &long).is_err());
        set_status(&mut rows, "1.3", TaskStatus::Done).unwrap();
        assert_eq!(
            delete_row(&mut rows, "1.3").unwrap().status,
            TaskStatus::Done
        );
        assert_eq!(rows.len(), 21);
        assert!(set_status(&mut rows, "1.3", TaskStatus::Done).is_err());
    }

    #[test]
    fn a_new_schools_roadmap_orders_the_pairs_after_the_banks() {
        let rows = default_roadmap();
        assert_eq!(rows.len(), seed_roadmap().len() + 3);
        let row = |id: &str| rows.iter().find(|r| r.id == id).unwrap();
        assert_eq!(row("1.4").deadline, "сентябрь – октябрь");
        assert_eq!(row("2.2").deadline, "сентябрь");
        assert!(row("r1").event.contains("дополнительных соглашений"));
        assert_eq!(row("r1").stage, 5);
        assert!(row("r2").event.contains("Промежуточный мониторинг"));
        assert!(row("r3").event.contains("Дню наставника"));
        assert_eq!(check_rows(&rows), None);
        // Added rows go on numbering after them.
        let mut rows = rows;
        assert_eq!(add_row(&mut rows, 2, "Собеседование").unwrap(), "r4");
    }

    #[test]
    fn months_get_their_years() {
        assert_eq!(with_years("август", 2025), "август 2025");
        assert_eq!(
            with_years("сентябрь – октябрь", 2025),
            "сентябрь – октябрь 2025"
        );
        assert_eq!(with_years("октябрь – май", 2025), "октябрь 2025 – май 2026");
        assert_eq!(with_years("май", 2025), "май 2026");
        assert_eq!(with_years("до 15.09.2025", 2025), "до 15.09.2025");
        assert_eq!(
            with_years("в течение учебного года", 2025),
            "в течение учебного года"
        );
    }

    #[test]
    fn check_finds_broken_rows() {
        let mut rows = seed_roadmap();
        rows[3].id = "1.1".into();
        assert_eq!(check_rows(&rows).unwrap().0, 3);
        let mut rows = seed_roadmap();
        rows[5].stage = 9;
        assert_eq!(check_rows(&rows).unwrap().1, "stage");
    }
}
