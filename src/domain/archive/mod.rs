//! The archive: one JSON envelope for the browser copy and the exported file.
//!
//! `{"format": "nastavnik", "version": N, "saved_at": "...", "app_version": "...",
//!   "revision": R, "data": {...}}`
//!
//! Reading a file goes: size → UTF-8 → JSON syntax → envelope header (format, version) →
//! step-by-step migration of `data` to the current version → typed decoding of the text with
//! the JSON path of the first wrong value ([`json_path`]) → references and sizes. Every failure
//! is an [`ArchiveError`] in Russian that names the place.

mod check;
mod errors;
mod migrate;
mod text;

use std::fmt;

use serde::de::{DeserializeOwned, Unexpected};
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::Value;

use crate::domain::data::{SchoolData, TaskStatus};
use crate::domain::documents::registry::{DocKind, DocStatus};
use crate::domain::format::{self, parse_timestamp, Timestamp};
use crate::domain::json_path::{self, key_segment, Segment};
use crate::domain::roadmap::{check_rows, seed_roadmap, MAX_LONG_CHARS};
use crate::domain::school::{ProfileField, MAX_FIELD_CHARS};
use crate::domain::taxonomy::default_areas;

use check::*;
use errors::*;
use migrate::*;

pub use errors::json_error_message;
pub use text::peek_revision;

pub const FORMAT: &str = "nastavnik";
/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = 8;
/// The largest archive accepted, in bytes.
pub const MAX_ARCHIVE_BYTES: usize = 20 * 1024 * 1024;
/// The app's version, written into every envelope.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    pub format: String,
    pub version: u32,
    pub saved_at: String,
    pub app_version: String,
    /// Grows by one on every save; lets tabs detect a newer copy.
    pub revision: u64,
    pub data: SchoolData,
}

impl Envelope {
    pub fn new(data: SchoolData, revision: u64, saved_at: impl Into<String>) -> Self {
        Envelope {
            format: FORMAT.into(),
            version: CURRENT_VERSION,
            saved_at: saved_at.into(),
            app_version: APP_VERSION.into(),
            revision,
            data,
        }
    }

    /// Compact JSON, for the browser's storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("an envelope always serializes")
    }

    /// Indented JSON, for a file a person may open. The compact text re-indented
    /// ([`text::indent`]): the wasm holds one serializer per type (the compact one) instead of
    /// two, and no deserializer.
    pub fn to_json_pretty(&self) -> String {
        text::indent(&self.to_json())
    }

    pub fn saved_at(&self) -> Option<Timestamp> {
        parse_timestamp(&self.saved_at)
    }
}

/// Why a file is not an acceptable archive, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveError {
    /// JSON path of the wrong value (`data.profile.city`), empty for the whole file.
    pub path: String,
    pub message: String,
}

impl ArchiveError {
    fn whole(message: impl Into<String>) -> Self {
        ArchiveError {
            path: String::new(),
            message: message.into(),
        }
    }

    fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        ArchiveError {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ArchiveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{} Место в файле: {}.", self.message, self.path)
        }
    }
}

/// Reads and checks an archive completely. Nothing is changed anywhere: the caller decides.
pub fn decode(bytes: &[u8]) -> Result<Envelope, ArchiveError> {
    if bytes.len() > MAX_ARCHIVE_BYTES {
        return Err(ArchiveError::whole(too_large_message(bytes.len())));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ArchiveError::whole("Файл пуст."));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| {
        ArchiveError::whole(
            "Файл не является текстом в кодировке UTF-8, это не архив «Наставника».",
        )
    })?;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        if e.is_eof() {
            ArchiveError::whole(format!(
                "Файл обрывается: JSON не завершён (строка {line}, столбец {column}). \
                 Возможно, файл скачался или сохранился не полностью."
            ))
        } else {
            ArchiveError::whole(format!(
                "Файл не является JSON: ошибка в строке {line}, столбце {column}."
            ))
        }
    })?;
    decode_value(text, value)
}

/// `text` is the file, `value` the same file parsed.
fn decode_value(text: &str, mut value: Value) -> Result<Envelope, ArchiveError> {
    let Some(obj) = value.as_object_mut() else {
        return Err(ArchiveError::whole(
            "Это не архив «Наставника»: в файле не объект JSON.",
        ));
    };
    match obj.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(Value::String(f)) => {
            return Err(ArchiveError::at(
                "format",
                format!("Это не архив «Наставника»: формат файла «{f}», а нужен «{FORMAT}»."),
            ))
        }
        Some(_) => {
            return Err(ArchiveError::at(
                "format",
                format!("Это не архив «Наставника»: поле format должно быть строкой «{FORMAT}»."),
            ))
        }
        None => {
            return Err(ArchiveError::at(
                "format",
                "Это не архив «Наставника»: в файле нет поля format.",
            ))
        }
    }
    let version = match obj.get("version") {
        None => {
            return Err(ArchiveError::at(
                "version",
                "В архиве нет номера версии формата (поле version).",
            ))
        }
        Some(v) => match v.as_u64() {
            Some(n) if n >= 1 && n <= u32::MAX as u64 => n as u32,
            _ => {
                return Err(ArchiveError::at(
                    "version",
                    format!("Номер версии формата должен быть целым числом от 1, а в файле: {v}."),
                ))
            }
        },
    };
    if version > CURRENT_VERSION {
        return Err(ArchiveError::at(
            "version",
            format!(
                "Архив создан более новой версией программы (версия формата {version}), \
                 а эта программа понимает версии до {CURRENT_VERSION}. \
                 Обновите «Наставник» на сайте школы и загрузите архив снова."
            ),
        ));
    }
    let envelope: Envelope = if version < CURRENT_VERSION {
        if let Some(data) = obj.remove("data") {
            let data = migrate(data, version)?;
            obj.insert("data".into(), data);
        }
        obj.insert("version".into(), Value::from(CURRENT_VERSION));
        // Old archives are rare: the migrated value is decoded from its own text, and the
        // paths of errors are those of the current version's data.
        from_text(&value.to_string(), None)?
    } else {
        from_text(text, None)?
    };
    check(&envelope)?;
    Ok(envelope)
}
/// The message for a file over [`MAX_ARCHIVE_BYTES`]; also used before reading a file.
pub fn too_large_message(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + 512 * 1024) / (1024 * 1024);
    format!(
        "Файл слишком большой: {},{} МБ. Архив «Наставника» не может быть больше 20 МБ.",
        tenths / 10,
        tenths % 10
    )
}

/// What a dataset holds, for the import preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataSummary {
    /// Short name, else full name, else a placeholder.
    pub school: String,
    pub academic_year: String,
    /// Rows of the roadmap.
    pub rows: usize,
    pub tasks_done: usize,
    pub tasks_in_progress: usize,
    pub notes: usize,
    /// Documents with a number, a date, a status or edits.
    pub documents: usize,
    pub people: usize,
    pub mentees: usize,
    pub mentors: usize,
    /// The past academic years kept, oldest first.
    pub past_years: Vec<String>,
}

impl DataSummary {
    /// «2 000 (наставляемых: 700, кандидатов в наставники: 500)» or «нет».
    pub fn people_line(&self) -> String {
        if self.people == 0 {
            return "нет".into();
        }
        format!(
            "{} (наставляемых: {}, кандидатов в наставники: {})",
            format::number(self.people as u64),
            format::number(self.mentees as u64),
            format::number(self.mentors as u64),
        )
    }

    /// «мероприятий: 22, выполнено: 3, в работе: 1, примечаний: 2».
    pub fn counts_line(&self) -> String {
        format!(
            "мероприятий: {}, выполнено: {}, в работе: {}, примечаний: {}",
            format::number(self.rows as u64),
            format::number(self.tasks_done as u64),
            format::number(self.tasks_in_progress as u64),
            format::number(self.notes as u64),
        )
    }
}

pub fn summarize(data: &SchoolData) -> DataSummary {
    let p = &data.profile;
    let school = [&p.short_name, &p.full_name]
        .into_iter()
        .map(|s| s.trim())
        .find(|s| !s.is_empty())
        .unwrap_or("школа не указана")
        .to_string();
    let count = |status| data.roadmap.iter().filter(|r| r.status == status).count();
    DataSummary {
        school,
        academic_year: p.academic_year.trim().to_string(),
        rows: data.roadmap.len(),
        tasks_done: count(TaskStatus::Done),
        tasks_in_progress: count(TaskStatus::InProgress),
        notes: data
            .roadmap
            .iter()
            .filter(|r| !r.note.trim().is_empty())
            .count(),
        documents: data.documents.len(),
        people: data.people.len(),
        mentees: data.people.iter().filter(|p| p.mentee.is_some()).count(),
        mentors: data.people.iter().filter(|p| p.mentor.is_some()).count(),
        past_years: data.past_years.iter().map(|y| y.label.clone()).collect(),
    }
}

/// The school of `tests/fixtures/archive-v4.json` (pairs, orders, no monitoring yet): the
/// data many tests start from.
#[cfg(test)]
pub(crate) fn fixture_v4() -> SchoolData {
    decode(include_bytes!("../../../tests/fixtures/archive-v4.json"))
        .expect("the v4 fixture loads")
        .data
}

#[cfg(test)]
mod tests;
