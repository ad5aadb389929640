//! The Дорожная карта: the school's own, editable plan of events, pre-filled from the seed's
//! seven stages (one row per task of a stage). Its statuses are the stage progress.

use serde::{Deserialize, Serialize};

use super::data::TaskStatus;
use super::stages::{StageInfo, STAGES, STAGE_COUNT};

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

/// An editable text column of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowField {
    Event,
    Content,
    Deadline,
    Responsible,
    Result,
    Note,
}

impl RowField {
    pub const TABLE: [RowField; 5] = [
        RowField::Event,
        RowField::Content,
        RowField::Deadline,
        RowField::Responsible,
        RowField::Result,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RowField::Event => "Мероприятие",
            RowField::Content => "Содержание",
            RowField::Deadline => "Сроки",
            RowField::Responsible => "Ответственные",
            RowField::Result => "Ожидаемый результат",
            RowField::Note => "Примечание",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            RowField::Event => "event",
            RowField::Content => "content",
            RowField::Deadline => "deadline",
            RowField::Responsible => "responsible",
            RowField::Result => "result",
            RowField::Note => "note",
        }
    }

    pub fn max_chars(self) -> usize {
        match self {
            RowField::Note | RowField::Content => MAX_LONG_CHARS,
            _ => MAX_SHORT_CHARS,
        }
    }

    pub fn get(self, row: &RoadmapRow) -> &str {
        match self {
            RowField::Event => &row.event,
            RowField::Content => &row.content,
            RowField::Deadline => &row.deadline,
            RowField::Responsible => &row.responsible,
            RowField::Result => &row.result,
            RowField::Note => &row.note,
        }
    }

    fn slot(self, row: &mut RoadmapRow) -> &mut String {
        match self {
            RowField::Event => &mut row.event,
            RowField::Content => &mut row.content,
            RowField::Deadline => &mut row.deadline,
            RowField::Responsible => &mut row.responsible,
            RowField::Result => &mut row.result,
            RowField::Note => &mut row.note,
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

/// The rows of one stage, in roadmap order.
pub fn stage_rows<'a>(
    rows: &'a [RoadmapRow],
    stage: &StageInfo,
) -> impl Iterator<Item = &'a RoadmapRow> {
    let n = stage.number;
    rows.iter().filter(move |r| r.stage == n)
}

fn find(rows: &mut [RoadmapRow], id: &str) -> Result<usize, String> {
    rows.iter()
        .position(|r| r.id == id)
        .ok_or_else(|| format!("В дорожной карте нет строки «{id}»"))
}

pub fn set_status(rows: &mut [RoadmapRow], id: &str, status: TaskStatus) -> Result<(), String> {
    let i = find(rows, id)?;
    rows[i].status = status;
    Ok(())
}

pub fn set_field(
    rows: &mut [RoadmapRow],
    id: &str,
    field: RowField,
    value: &str,
) -> Result<(), String> {
    let i = find(rows, id)?;
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
    let i = find(rows, id)?;
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
    let i = find(rows, id)?;
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
        for f in RowField::TABLE.into_iter().chain([RowField::Note]) {
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
        let ids: Vec<_> = rows
            .iter()
            .filter(|r| r.stage == 2)
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, ["2.2", "2.1"]);
        move_row(&mut rows, "2.2", true).unwrap();
        let ids: Vec<_> = rows
            .iter()
            .filter(|r| r.stage == 2)
            .map(|r| r.id.as_str())
            .collect();
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
    fn check_finds_broken_rows() {
        let mut rows = seed_roadmap();
        rows[3].id = "1.1".into();
        assert_eq!(check_rows(&rows).unwrap().0, 3);
        let mut rows = seed_roadmap();
        rows[5].stage = 9;
        assert_eq!(check_rows(&rows).unwrap().1, "stage");
    }
}
