//! The archive: one JSON envelope for the browser copy and the exported file.
//!
//! `{"format": "nastavnik", "version": N, "saved_at": "...", "app_version": "...",
//!   "revision": R, "data": {...}}`
//!
//! Reading a file goes: size → UTF-8 → JSON syntax → envelope header (format, version) →
//! step-by-step migration of `data` to the current version → typed decoding of the text with
//! the JSON path of the first wrong value ([`json_path`]) → references and sizes. Every failure
//! is an [`ArchiveError`] in Russian that names the place.

use std::fmt;

use serde::de::{DeserializeOwned, Unexpected};
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::Value;

use super::data::{SchoolData, TaskStatus};
use super::documents::registry::{DocKind, DocStatus};
use super::format::{self, parse_timestamp, Timestamp};
use super::json_path::{self, key_segment, Segment};
use super::roadmap::{check_rows, seed_roadmap, MAX_LONG_CHARS};
use super::school::{ProfileField, MAX_FIELD_CHARS};
use super::taxonomy::default_areas;

pub const FORMAT: &str = "nastavnik";
/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = 6;
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

    /// Indented JSON, for a file a person may open. Indented through a `Value` so that the
    /// wasm holds one serializer per type (the compact one) instead of two: 3 KB gzip less.
    pub fn to_json_pretty(&self) -> String {
        let value: Value = serde_json::from_str(&self.to_json()).expect("our own JSON parses");
        serde_json::to_string_pretty(&value).expect("a value always serializes")
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

/// Only the revision of an envelope, for a cheap "is the stored copy newer?" check.
#[derive(Deserialize)]
struct Header {
    revision: u64,
}

/// The revision of a stored envelope, if it has one.
pub fn peek_revision(text: &str) -> Option<u64> {
    serde_json::from_str::<Header>(text)
        .ok()
        .map(|h| h.revision)
}

type Migration = fn(Value) -> Result<Value, ArchiveError>;

/// `MIGRATIONS[i]` turns the `data` of version `i + 1` into version `i + 2`.
/// Add one function here (and a fixture of the old version in tests) for every schema change.
const MIGRATIONS: [Migration; 5] = [v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6];

fn migrate(mut data: Value, from: u32) -> Result<Value, ArchiveError> {
    for v in from..CURRENT_VERSION {
        data = MIGRATIONS[(v - 1) as usize](data)?;
    }
    Ok(data)
}

/// Version 1 kept a status and a note per seed task (`tasks: {"1.1": {...}}`); version 2 keeps
/// the editable Дорожная карта (`roadmap: [...]`, one row per seed task) and the document
/// registry (`documents: {}`).
fn v1_to_v2(data: Value) -> Result<Value, ArchiveError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct TaskV1 {
        #[serde(default)]
        status: TaskStatus,
        #[serde(default)]
        note: String,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct DataV1 {
        profile: Value,
        #[serde(default)]
        tasks: std::collections::BTreeMap<String, TaskV1>,
    }
    let v1: DataV1 = from_text(&data.to_string(), Some("data"))?;
    let mut roadmap = seed_roadmap();
    for (id, task) in v1.tasks {
        let Some(row) = roadmap.iter_mut().find(|r| r.id == id) else {
            return Err(ArchiveError::at(
                format!("data.tasks{}", key_segment(&id)),
                format!(
                    "Ссылка на несуществующую задачу «{id}»: в этапах программы такой задачи нет."
                ),
            ));
        };
        row.status = task.status;
        row.note = task.note;
    }
    let roadmap = serde_json::to_value(roadmap).expect("rows serialize");
    Ok(serde_json::json!({
        "profile": v1.profile,
        "roadmap": roadmap,
        "documents": {},
    }))
}

/// Version 3 adds the register of people (empty) and the competency taxonomy (the default
/// areas) for the banks of stages 2 and 3.
fn v2_to_v3(mut data: Value) -> Result<Value, ArchiveError> {
    if let Some(obj) = data.as_object_mut() {
        obj.entry("people").or_insert_with(|| Value::Array(vec![]));
        obj.entry("taxonomy")
            .or_insert_with(|| serde_json::to_value(default_areas()).expect("areas serialize"));
    }
    Ok(data)
}

/// Version 4 adds the pairs and groups, the mentors' trainings, the support of unpaired
/// mentees (all empty) and the settings of the suggestion (stages 4–5).
fn v3_to_v4(mut data: Value) -> Result<Value, ArchiveError> {
    if let Some(obj) = data.as_object_mut() {
        for key in ["pairs", "trainings", "support"] {
            obj.entry(key).or_insert_with(|| Value::Array(vec![]));
        }
        obj.entry("matching").or_insert_with(|| {
            serde_json::to_value(super::pairs::MatchingSettings::default())
                .expect("settings serialize")
        });
    }
    Ok(data)
}

/// Version 5 adds the monitoring (the default questionnaires, no rounds), the «методическая
/// копилка» (empty) and the final event (not planned) of stage 6.
fn v4_to_v5(mut data: Value) -> Result<Value, ArchiveError> {
    if let Some(obj) = data.as_object_mut() {
        obj.entry("monitoring").or_insert_with(|| {
            serde_json::to_value(super::monitoring::Monitoring::default())
                .expect("monitoring serializes")
        });
        obj.entry("library").or_insert_with(|| Value::Array(vec![]));
        obj.entry("final_event").or_insert_with(|| {
            serde_json::to_value(super::library::FinalEvent::default()).expect("event serializes")
        });
    }
    Ok(data)
}

/// Version 6 records the day of each bank decision (`people[].mentee.decided`,
/// `people[].mentor.decided`: «включён в базу» or «исключён» on that day). Decisions made
/// before it keep their status and reason with no date (an empty `decided`): nothing is
/// invented. The data itself needs no change; the version tells an older build that it cannot
/// read the new field.
fn v5_to_v6(data: Value) -> Result<Value, ArchiveError> {
    Ok(data)
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

/// References, formats and sizes that types alone cannot express.
fn check(env: &Envelope) -> Result<(), ArchiveError> {
    if env.saved_at().is_none() {
        return Err(ArchiveError::at(
            "saved_at",
            format!(
                "Дата сохранения «{}» не в формате ISO 8601 (например, 2026-11-26T09:00:00Z).",
                env.saved_at
            ),
        ));
    }
    for field in ProfileField::ALL {
        if field.get(&env.data.profile).chars().count() > MAX_FIELD_CHARS {
            return Err(ArchiveError::at(
                format!("data.profile.{}", field.path()),
                format!("Текст длиннее {MAX_FIELD_CHARS} символов."),
            ));
        }
    }
    if let Some((i, field, message)) = check_rows(&env.data.roadmap) {
        let path = if field.is_empty() {
            "data.roadmap".to_string()
        } else {
            format!("data.roadmap[{i}].{field}")
        };
        return Err(ArchiveError::at(path, message));
    }
    check_people(&env.data)?;
    if let Err((path, message)) = super::public::check(&env.data) {
        return Err(ArchiveError::at(format!("data.publication{path}"), message));
    }
    check_pairs(&env.data)?;
    check_stage6(&env.data)?;
    for (key, record) in &env.data.documents {
        let path = format!("data.documents{}", key_segment(key));
        if DocKind::from_key(key).is_none() {
            return Err(ArchiveError::at(
                path,
                format!(
                    "Ссылка на неизвестный документ «{key}»: в программе нет такого документа."
                ),
            ));
        }
        if record.number.chars().count() > 50 {
            return Err(ArchiveError::at(
                format!("{path}.number"),
                "Номер документа длиннее 50 символов.",
            ));
        }
        if !record.date.is_empty() && format::parse_date(&record.date).is_none() {
            return Err(ArchiveError::at(
                format!("{path}.date"),
                format!("Дата «{}» не в формате ГГГГ-ММ-ДД.", record.date),
            ));
        }
        if let Some(blocks) = &record.edited {
            let chars: usize = blocks
                .iter()
                .flat_map(|b| b.texts())
                .flat_map(|t| t.iter())
                .map(|r| r.text.chars().count())
                .sum();
            if chars > 100 * MAX_LONG_CHARS {
                return Err(ArchiveError::at(
                    format!("{path}.edited"),
                    "Текст документа слишком длинный.",
                ));
            }
        }
    }
    Ok(())
}

/// The register and the taxonomy: unique ids, answers that reference known areas, ratings
/// in range, sizes.
/// Pairs, trainings, support and the suggestion's settings refer only to people of the
/// register; ids are unique; dates are dates.
fn check_pairs(data: &SchoolData) -> Result<(), ArchiveError> {
    let known = |id: &str| data.people.iter().any(|p| p.id == id);
    let missing = |path: String, id: &str| {
        ArchiveError::at(
            path,
            format!("Ссылка на педагога «{id}», которого нет в реестре (data.people)."),
        )
    };
    let bad_date = |path: String, d: &str| {
        ArchiveError::at(path, format!("Дата «{d}» не в формате ГГГГ-ММ-ДД."))
    };
    let date_ok = |d: &str| d.is_empty() || format::parse_date(d).is_some();
    for (i, g) in data.pairs.iter().enumerate() {
        let at = |f: &str| format!("data.pairs[{i}].{f}");
        if g.id.trim().is_empty() || data.pairs[..i].iter().any(|h| h.id == g.id) {
            return Err(ArchiveError::at(
                at("id"),
                format!("Пустой или повторяющийся идентификатор пары «{}».", g.id),
            ));
        }
        if !known(&g.mentor) {
            return Err(missing(at("mentor"), &g.mentor));
        }
        if g.mentees.is_empty() {
            return Err(ArchiveError::at(
                at("mentees"),
                "В паре нет ни одного наставляемого.",
            ));
        }
        for (j, m) in g.mentees.iter().enumerate() {
            if !known(m) {
                return Err(missing(format!("data.pairs[{i}].mentees[{j}]"), m));
            }
        }
        for (f, d) in [("start", &g.start), ("end", &g.end)] {
            if !date_ok(d) {
                return Err(bad_date(at(f), d));
            }
        }
        for (j, h) in g.history.iter().enumerate() {
            for (f, id) in [("from", &h.from), ("to", &h.to)] {
                if !known(id) {
                    return Err(missing(format!("data.pairs[{i}].history[{j}].{f}"), id));
                }
            }
        }
        for (j, t) in g.program.tasks.iter().enumerate() {
            for (k, item) in t.items.iter().enumerate() {
                if !date_ok(&item.deadline) {
                    return Err(bad_date(
                        format!("data.pairs[{i}].program.tasks[{j}].items[{k}].deadline"),
                        &item.deadline,
                    ));
                }
            }
        }
    }
    for (i, t) in data.trainings.iter().enumerate() {
        if !date_ok(&t.date) {
            return Err(bad_date(format!("data.trainings[{i}].date"), &t.date));
        }
        if let Some(id) = t.attended.iter().find(|id| !known(id)) {
            return Err(missing(format!("data.trainings[{i}].attended"), id));
        }
    }
    for (i, e) in data.support.iter().enumerate() {
        if !known(&e.mentee) {
            return Err(missing(format!("data.support[{i}].mentee"), &e.mentee));
        }
        if !date_ok(&e.date) {
            return Err(bad_date(format!("data.support[{i}].date"), &e.date));
        }
    }
    for (name, list) in [
        ("pinned", &data.matching.pinned),
        ("forbidden", &data.matching.forbidden),
    ] {
        for (i, (a, b)) in list.iter().enumerate() {
            if let Some(id) = [a, b].into_iter().find(|id| !known(id)) {
                return Err(missing(format!("data.matching.{name}[{i}]"), id));
            }
        }
    }
    Ok(())
}

/// The monitoring, the library and the final event refer only to people of the register,
/// pairs, rounds, questions and areas that exist; marks are within their scales.
fn check_stage6(data: &SchoolData) -> Result<(), ArchiveError> {
    use super::monitoring::{Audience, MAX_QUESTIONS, MAX_QUESTION_CHARS};
    let m = &data.monitoring;
    let known = |id: &str| data.people.iter().any(|p| p.id == id);
    let area = |id: &str| data.taxonomy.iter().any(|a| a.id == id);
    let missing = |path: String, id: &str| {
        ArchiveError::at(
            path,
            format!("Ссылка на педагога «{id}», которого нет в реестре (data.people)."),
        )
    };
    let no_area = |path: String, id: &str| {
        ArchiveError::at(
            path,
            format!("Ссылка на область «{id}», которой нет в перечне (data.taxonomy)."),
        )
    };
    let out_of_scale = |path: String, v: u8, scale: u8| {
        ArchiveError::at(path, format!("Оценка {v} вне шкалы от 1 до {scale}."))
    };
    for (a, name) in [
        (Audience::Mentee, "mentee_questions"),
        (Audience::Mentor, "mentor_questions"),
    ] {
        let qs = m.questions(a);
        if qs.len() > MAX_QUESTIONS {
            return Err(ArchiveError::at(
                format!("data.monitoring.{name}"),
                format!("В анкете больше {MAX_QUESTIONS} вопросов."),
            ));
        }
        for (i, q) in qs.iter().enumerate() {
            let at = |f: &str| format!("data.monitoring.{name}[{i}].{f}");
            if q.id.trim().is_empty() || qs[..i].iter().any(|x| x.id == q.id) {
                return Err(ArchiveError::at(
                    at("id"),
                    format!("Пустой или повторяющийся идентификатор вопроса «{}».", q.id),
                ));
            }
            if q.text.chars().count() > MAX_QUESTION_CHARS {
                return Err(ArchiveError::at(
                    at("text"),
                    format!("Текст длиннее {MAX_QUESTION_CHARS} символов."),
                ));
            }
            if q.scale != 5 && q.scale != 10 {
                return Err(ArchiveError::at(
                    at("scale"),
                    format!("Шкала вопроса — 5 или 10, а в файле {}.", q.scale),
                ));
            }
        }
    }
    for (i, r) in m.rounds.iter().enumerate() {
        if r.id.trim().is_empty() || m.rounds[..i].iter().any(|x| x.id == r.id) {
            return Err(ArchiveError::at(
                format!("data.monitoring.rounds[{i}].id"),
                format!("Пустой или повторяющийся идентификатор раунда «{}».", r.id),
            ));
        }
        if format::parse_date(&r.date).is_none() {
            return Err(ArchiveError::at(
                format!("data.monitoring.rounds[{i}].date"),
                format!("Дата «{}» не в формате ГГГГ-ММ-ДД.", r.date),
            ));
        }
    }
    for (i, r) in m.responses.iter().enumerate() {
        let at = |f: &str| format!("data.monitoring.responses[{i}].{f}");
        if m.round(&r.round).is_none() {
            return Err(ArchiveError::at(
                at("round"),
                format!(
                    "Ссылка на раунд «{}», которого нет в мониторинге (data.monitoring.rounds).",
                    r.round
                ),
            ));
        }
        if data.pair(&r.pair).is_none() {
            return Err(ArchiveError::at(
                at("pair"),
                format!(
                    "Ссылка на пару (группу) «{}», которой нет (data.pairs).",
                    r.pair
                ),
            ));
        }
        if !known(&r.person) {
            return Err(missing(at("person"), &r.person));
        }
        if m.responses[..i]
            .iter()
            .any(|x| x.round == r.round && x.pair == r.pair && x.person == r.person)
        {
            return Err(ArchiveError::at(
                at("person"),
                "Ответы этого педагога об этой паре в этом раунде уже есть выше.",
            ));
        }
        for (q, v) in &r.answers {
            let path = format!("{}{}", at("answers"), key_segment(q));
            let Some(question) = m.question(r.audience, q) else {
                return Err(ArchiveError::at(
                    path,
                    format!("Ссылка на вопрос «{q}», которого нет в анкете."),
                ));
            };
            if !(1..=question.scale).contains(v) {
                return Err(out_of_scale(path, *v, question.scale));
            }
        }
    }
    for (i, s) in m.self_assessment.iter().enumerate() {
        let at = |f: &str| format!("data.monitoring.self_assessment[{i}].{f}");
        if !known(&s.person) {
            return Err(missing(at("person"), &s.person));
        }
        if m.self_assessment[..i].iter().any(|x| x.person == s.person) {
            return Err(ArchiveError::at(
                at("person"),
                "Самооценка этого педагога уже есть выше.",
            ));
        }
        for (name, marks) in [("before", &s.before), ("after", &s.after)] {
            for (a, v) in marks {
                let path = format!("{}{}", at(name), key_segment(a));
                if !area(a) {
                    return Err(no_area(path, a));
                }
                if !(1..=5).contains(v) {
                    return Err(out_of_scale(path, *v, 5));
                }
            }
        }
    }
    if data.library.len() > super::library::MAX_PRACTICES {
        return Err(ArchiveError::at(
            "data.library",
            format!(
                "В копилке больше {} материалов.",
                super::library::MAX_PRACTICES
            ),
        ));
    }
    for (i, p) in data.library.iter().enumerate() {
        let at = |f: &str| format!("data.library[{i}].{f}");
        if p.id.trim().is_empty() || data.library[..i].iter().any(|x| x.id == p.id) {
            return Err(ArchiveError::at(
                at("id"),
                format!(
                    "Пустой или повторяющийся идентификатор материала «{}».",
                    p.id
                ),
            ));
        }
        if !p.author.is_empty() && !known(&p.author) {
            return Err(missing(at("author"), &p.author));
        }
        if !p.area.is_empty() && !area(&p.area) {
            return Err(no_area(at("area"), &p.area));
        }
        if let Err(e) = super::library::check_practice(p.clone()) {
            return Err(ArchiveError::at(data_field_of(&e, &at), format!("{e}.")));
        }
    }
    let e = &data.final_event;
    if let Err(message) = super::library::check_event(e) {
        let field = if message.starts_with("Дата") {
            "date"
        } else if message.starts_with("Форма") {
            "format"
        } else {
            "program"
        };
        return Err(ArchiveError::at(
            format!("data.final_event.{field}"),
            format!("{message}."),
        ));
    }
    if let Some(id) = e.participants.iter().find(|id| !known(id)) {
        return Err(missing("data.final_event.participants".into(), id));
    }
    Ok(())
}

/// The field of a practice a message of `check_practice` is about.
fn data_field_of(message: &str, at: &dyn Fn(&str) -> String) -> String {
    at(if message.contains("Ссылка") {
        "link"
    } else if message.starts_with("Текст") {
        "text"
    } else {
        "title"
    })
}

fn check_people(data: &SchoolData) -> Result<(), ArchiveError> {
    use super::questionnaires::{check_mentee, check_mentor};
    for (i, a) in data.taxonomy.iter().enumerate() {
        if a.id.trim().is_empty() || data.taxonomy[..i].iter().any(|b| b.id == a.id) {
            return Err(ArchiveError::at(
                format!("data.taxonomy[{i}].id"),
                format!("Пустой или повторяющийся идентификатор области «{}».", a.id),
            ));
        }
    }
    if data.people.len() > super::data::MAX_PEOPLE {
        return Err(ArchiveError::at(
            "data.people",
            format!("В реестре больше {} педагогов.", super::data::MAX_PEOPLE),
        ));
    }
    for (i, p) in data.people.iter().enumerate() {
        let at = |field: &str| format!("data.people[{i}].{field}");
        if p.id.trim().is_empty() || data.people[..i].iter().any(|q| q.id == p.id) {
            return Err(ArchiveError::at(
                at("id"),
                format!(
                    "Пустой или повторяющийся идентификатор педагога «{}».",
                    p.id
                ),
            ));
        }
        for (field, text) in [
            ("full_name", &p.full_name),
            ("position", &p.position),
            ("phone", &p.phone),
            ("email", &p.email),
        ] {
            if text.chars().count() > MAX_FIELD_CHARS {
                return Err(ArchiveError::at(
                    at(field),
                    format!("Текст длиннее {MAX_FIELD_CHARS} символов."),
                ));
            }
        }
        let decisions = [
            ("mentee.decided", p.mentee.as_ref().map(|r| &r.decided)),
            ("mentor.decided", p.mentor.as_ref().map(|r| &r.decided)),
        ];
        for (field, date) in decisions {
            if let Some(date) = date.filter(|d| !d.is_empty() && format::parse_date(d).is_none()) {
                return Err(ArchiveError::at(
                    at(field),
                    format!("Дата решения «{date}» не в формате ГГГГ-ММ-ДД."),
                ));
            }
        }
        if !p.birth_date.is_empty() && format::parse_date(&p.birth_date).is_none() {
            return Err(ArchiveError::at(
                at("birth_date"),
                format!("Дата «{}» не в формате ГГГГ-ММ-ДД.", p.birth_date),
            ));
        }
        let answer_errors = [
            p.mentee
                .as_ref()
                .and_then(|r| r.answers.as_ref())
                .map(|a| ("mentee.answers", "needs", check_mentee(a, &data.taxonomy))),
            p.mentor.as_ref().and_then(|r| r.answers.as_ref()).map(|a| {
                (
                    "mentor.answers",
                    "strengths",
                    check_mentor(a, &data.taxonomy),
                )
            }),
        ];
        for (role, ratings, errors) in answer_errors.into_iter().flatten() {
            // Only what makes the data inconsistent is refused: a questionnaire may be
            // incomplete while it is being typed in.
            if let Some(e) = errors.into_iter().find(|e| {
                e.field.starts_with("area.") || e.field == "text" || e.field == "motivation"
            }) {
                let field = e
                    .field
                    .strip_prefix("area.")
                    .map(|id| format!("{role}.{ratings}{}", key_segment(id)));
                return Err(ArchiveError::at(
                    at(&field.unwrap_or_else(|| format!("{role}.{}", e.field))),
                    format!("{}.", e.message),
                ));
            }
        }
    }
    Ok(())
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

/// Typed decoding of valid JSON text; the error names the path of the first wrong value
/// (under the key `prefix`, if any).
fn from_text<T: DeserializeOwned>(text: &str, prefix: Option<&str>) -> Result<T, ArchiveError> {
    serde_json::from_str(text).map_err(|e| placed_error(text, prefix, &e))
}

/// Where serde_json stopped, as a path, and the Russian message.
///
/// serde_json puts the position of an error in the data (a wrong type, a missing or unknown
/// field, an unknown variant) just after what it has read: after the wrong value, after the
/// closing brace of an object without a required field, after an unknown key, before an
/// object or array of the wrong type. [`json_path::locate`] names the value there.
fn placed_error(text: &str, prefix: Option<&str>, e: &serde_json::Error) -> ArchiveError {
    let path = |mut loc: json_path::Location| {
        if let Some(key) = prefix {
            loc.segments.insert(0, Segment::Key(key.to_string()));
        }
        json_path::render(&loc.segments)
    };
    let at = json_path::offset(text, e.line(), e.column()).unwrap_or(0);
    let msg = e.to_string();
    if e.classify() == Category::Data {
        let mut loc = json_path::locate(text, at);
        // `{"variant": …}` with an unknown variant stops after the key: the place is the enum.
        if loc.at_key && msg.starts_with("unknown variant") {
            loc.segments.pop();
        }
        return type_error(path(loc), e);
    }
    // The text is valid JSON: what is left is an enum of the wrong shape, reported as
    // "expected value" at a byte serde_json peeked at (the first byte of a value that is neither
    // a string nor an object, the `}` of `{}`) or before the comma after the first key of an
    // object with more keys.
    let b = text.as_bytes();
    let peeked = at.saturating_sub(1);
    if !msg.starts_with("expected value") {
        return type_error(path(json_path::locate(text, peeked)), e);
    }
    let before = b[..peeked]
        .iter()
        .rev()
        .find(|c| !c.is_ascii_whitespace())
        .copied();
    let single_key = || serde::de::Error::invalid_value(Unexpected::Map, &"map with a single key");
    let (loc, e): (_, serde_json::Error) = match b.get(peeked) {
        Some(b'[' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n')
            if matches!(before, None | Some(b':' | b'[' | b',')) =>
        {
            let mut de = serde_json::Deserializer::from_str(&text[peeked..]);
            let found = match Value::deserialize(&mut de).unwrap_or_default() {
                Value::Bool(v) => Unexpected::Bool(v),
                Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                    (Some(v), _) => Unexpected::Unsigned(v),
                    (_, Some(v)) => Unexpected::Signed(v),
                    _ => Unexpected::Float(n.as_f64().unwrap_or_default()),
                },
                Value::Array(_) => Unexpected::Seq,
                _ => Unexpected::Unit,
            };
            let e = serde::de::Error::invalid_type(found, &"string or map");
            (json_path::locate(text, peeked), e)
        }
        Some(b'}') if before == Some(b'{') => (json_path::locate(text, peeked), single_key()),
        _ => {
            let mut loc = json_path::locate(text, at);
            if b.get(at) == Some(&b',') {
                // The path ends at the first key, the variant: the place is the enum.
                loc.segments.pop();
            }
            (loc, single_key())
        }
    };
    type_error(path(loc), &e)
}

/// Turns serde's English message into a Russian one, completing the path where serde
/// names the field in the message (missing and unknown fields).
fn type_error(path: String, e: &serde_json::Error) -> ArchiveError {
    let msg = e.to_string();
    let msg = match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    let join = |field: &str| {
        let seg = key_segment(field);
        if path.is_empty() {
            seg.trim_start_matches('.').to_string()
        } else {
            format!("{path}{seg}")
        }
    };
    if let Some(field) = between(&msg, "missing field `", "`") {
        return ArchiveError::at(join(field), format!("Нет обязательного поля «{field}»."));
    }
    if let Some(field) = between(&msg, "unknown field `", "`") {
        // The path ends at the unknown key.
        return ArchiveError::at(
            path,
            format!(
                "Лишнее поле «{field}»: такого поля нет в архиве этой версии. \
                 Возможно, файл создан другой программой или изменён вручную."
            ),
        );
    }
    if let Some(field) = between(&msg, "duplicate field `", "`") {
        // Only a text can repeat a key; the path ends at the second one.
        return ArchiveError::at(path, format!("Поле «{field}» повторяется."));
    }
    if let Some(variant) = between(&msg, "unknown variant `", "`") {
        let listed = msg
            .split("expected ")
            .nth(1)
            .unwrap_or("")
            .replace("one of ", "");
        let allowed = listed
            .split(", ")
            .map(|v| v.trim_matches('`'))
            .filter(|v| !v.is_empty())
            .map(|v| match variant_label(v) {
                Some(label) => format!("«{v}» ({label})"),
                None => format!("«{v}»"),
            })
            .collect::<Vec<_>>()
            .join(", ");
        return ArchiveError::at(
            path,
            format!("Недопустимое значение «{variant}». Допустимые значения: {allowed}."),
        );
    }
    if let Some(rest) = msg
        .strip_prefix("invalid type: ")
        .or_else(|| msg.strip_prefix("invalid value: "))
    {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return ArchiveError::at(
            path,
            format!(
                "Неверный тип значения: ожидается {}, а в файле {}.",
                expected_ru(expected),
                found_ru(found)
            ),
        );
    }
    ArchiveError::at(path, format!("Неверное значение ({msg})."))
}

/// The Russian label of a known enum value, for error messages.
fn variant_label(v: &str) -> Option<&'static str> {
    TaskStatus::from_key(v).map(TaskStatus::label).or_else(|| {
        DocStatus::ALL
            .into_iter()
            .find(|s| s.key() == v)
            .map(DocStatus::label)
    })
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = s.find(start)? + start.len();
    let len = s[from..].find(end)?;
    Some(&s[from..from + len])
}

fn expected_ru(expected: &str) -> String {
    let e = expected.trim();
    if e.starts_with("struct ") || e == "a map" {
        return "объект".into();
    }
    match e {
        "a string" => "строка".into(),
        "u8" | "u16" | "u32" | "u64" | "usize" => "целое неотрицательное число".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "целое число".into(),
        "f32" | "f64" => "число".into(),
        "a boolean" => "true или false".into(),
        "a sequence" => "массив".into(),
        other => other.to_string(),
    }
}

fn found_ru(found: &str) -> String {
    let f = found.trim();
    let tick = |s: &str| s.trim_matches('`').to_string();
    if let Some(v) = f.strip_prefix("integer ") {
        return format!("целое число {}", tick(v));
    }
    if let Some(v) = f.strip_prefix("floating point ") {
        return format!("дробное число {}", tick(v));
    }
    if let Some(v) = f.strip_prefix("string ") {
        return format!("строка {v}");
    }
    if let Some(v) = f.strip_prefix("boolean ") {
        return format!("логическое значение {}", tick(v));
    }
    match f {
        "null" => "пустое значение null".into(),
        "sequence" => "массив".into(),
        "map" => "объект".into(),
        other => other.to_string(),
    }
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
    }
}

/// The Russian message for a typed-decoding error of serde_json, without the place: for files
/// other than the archive (the public section's `info.json`).
pub fn json_error_message(e: &serde_json::Error) -> String {
    type_error(String::new(), e).message
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::forms::MentoringForm;

    fn sample() -> SchoolData {
        let mut d = SchoolData::default();
        d.profile.short_name = "ГБОУ СОШ № 96".into();
        d.profile.academic_year = "2025/2026".into();
        d.set_task_status("1.1", TaskStatus::Done).unwrap();
        d.set_task_status("2.2", TaskStatus::InProgress).unwrap();
        d.set_task_note("2.2", "Согласия собрать до 01.10").unwrap();
        d
    }

    fn good_json() -> Value {
        serde_json::from_str(&Envelope::new(sample(), 7, "2026-11-26T09:00:00.000Z").to_json())
            .unwrap()
    }

    fn err_of(v: &Value) -> ArchiveError {
        decode(v.to_string().as_bytes()).unwrap_err()
    }

    #[test]
    fn round_trip_compact_and_pretty() {
        let env = Envelope::new(sample(), 7, "2026-11-26T09:00:00.000Z");
        assert_eq!(decode(env.to_json().as_bytes()).unwrap(), env);
        assert_eq!(decode(env.to_json_pretty().as_bytes()).unwrap(), env);
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend(env.to_json().as_bytes());
        assert_eq!(decode(&bom).unwrap(), env, "a UTF-8 BOM is accepted");
        assert_eq!(peek_revision(&env.to_json()), Some(7));
    }

    const V1: &str = include_str!("../../tests/fixtures/archive-v1.json");
    const V2: &str = include_str!("../../tests/fixtures/archive-v2.json");
    const V3: &str = include_str!("../../tests/fixtures/archive-v3.json");
    const V4: &str = include_str!("../../tests/fixtures/archive-v4.json");
    const V5: &str = include_str!("../../tests/fixtures/archive-v5.json");

    #[test]
    fn v5_fixture_stays_readable_forever() {
        use crate::domain::library::PracticeKind;
        use crate::domain::monitoring::{Audience, RoundKind};
        use crate::domain::people::BankStatus;
        let env = decode(V5.as_bytes()).expect("the v5 fixture must always load");
        let d = &env.data;
        assert_eq!(
            (env.version, env.revision, d.people.len()),
            (CURRENT_VERSION, 57, 60)
        );
        // v5 → v6: the decisions keep their status and reason, with no invented date.
        let fixture: Value = serde_json::from_str(V5).unwrap();
        for (p, raw) in d
            .people
            .iter()
            .zip(fixture["data"]["people"].as_array().unwrap())
        {
            for (role, status, reason, decided) in [
                (
                    "mentee",
                    p.mentee.as_ref().map(|r| r.status),
                    p.mentee.as_ref().map(|r| r.reason.as_str()),
                    p.mentee.as_ref().map(|r| r.decided.as_str()),
                ),
                (
                    "mentor",
                    p.mentor.as_ref().map(|r| r.status),
                    p.mentor.as_ref().map(|r| r.reason.as_str()),
                    p.mentor.as_ref().map(|r| r.decided.as_str()),
                ),
            ] {
                let was = &raw[role];
                assert_eq!(was.is_null(), status.is_none(), "{} {role}", p.id);
                if let Some(status) = status {
                    assert_eq!(was["status"], status.key(), "{} {role}", p.id);
                    assert_eq!(was["reason"].as_str().unwrap_or(""), reason.unwrap());
                    assert_eq!(decided, Some(""));
                }
            }
        }
        assert!(d.people.iter().any(|p| p
            .mentee
            .as_ref()
            .is_some_and(|r| r.status == BankStatus::Included)));
        let m = &d.monitoring;
        assert_eq!(m.mentee_questions[5].text, "Доступность наставника");
        assert_eq!(m.mentee_questions[5].scale, 5);
        assert_eq!(m.final_round().unwrap().id, "m2");
        assert_eq!(m.rounds[0].kind, RoundKind::Interim);
        let r = m.response("m2", "g1", "p17").unwrap();
        assert_eq!((r.audience, r.answers["q6"]), (Audience::Mentor, 4));
        assert_eq!(m.self_assessment_of("p3").unwrap().after["classroom"], 4);
        assert_eq!(d.library.len(), 2);
        assert_eq!(d.library[0].kind, PracticeKind::LessonNotes);
        assert!(d.library[0].best && d.library[0].publish);
        assert_eq!(d.library[0].tags, ["математика", "открытый урок"]);
        assert_eq!(d.final_event.format, "фестиваль педагогических идей");
        assert_eq!(d.final_event.participants.len(), 5);
        assert_eq!(d.final_event.program_items().len(), 3);
        // A round trip keeps every field.
        let again = decode(env.to_json_pretty().as_bytes()).unwrap();
        assert_eq!(again, env);
    }

    #[test]
    fn stage6_refers_only_to_what_exists() {
        let v: Value = serde_json::from_str(V5).unwrap();
        for (pointer, value, path, says) in [
            (
                "/data/monitoring/responses/0/person",
                "p999".into(),
                "data.monitoring.responses[0].person",
                "p999",
            ),
            (
                "/data/monitoring/responses/1/pair",
                "g9".into(),
                "data.monitoring.responses[1].pair",
                "«g9»",
            ),
            (
                "/data/monitoring/responses/2/round",
                "m7".into(),
                "data.monitoring.responses[2].round",
                "«m7»",
            ),
            (
                "/data/monitoring/responses/3/answers/q6",
                Value::from(6),
                "data.monitoring.responses[3].answers.q6",
                "Оценка 6 вне шкалы от 1 до 5.",
            ),
            (
                "/data/monitoring/self_assessment/0/person",
                "p999".into(),
                "data.monitoring.self_assessment[0].person",
                "p999",
            ),
            (
                "/data/monitoring/rounds/1/date",
                "20.05.2026".into(),
                "data.monitoring.rounds[1].date",
                "20.05.2026",
            ),
            (
                "/data/monitoring/mentee_questions/0/scale",
                Value::from(7),
                "data.monitoring.mentee_questions[0].scale",
                "5 или 10",
            ),
            (
                "/data/library/0/author",
                "p999".into(),
                "data.library[0].author",
                "p999",
            ),
            (
                "/data/library/0/area",
                "astronomy".into(),
                "data.library[0].area",
                "«astronomy»",
            ),
            (
                "/data/library/1/link",
                "javascript:alert(1)".into(),
                "data.library[1].link",
                "https://",
            ),
            (
                "/data/final_event/participants/0",
                "p999".into(),
                "data.final_event.participants",
                "p999",
            ),
            (
                "/data/final_event/date",
                "27.05.2026".into(),
                "data.final_event.date",
                "ГГГГ-ММ-ДД",
            ),
        ] {
            let mut bad = v.clone();
            *bad.pointer_mut(pointer).unwrap() = value;
            let e = err_of(&bad);
            assert_eq!(e.path, path, "{pointer}: {}", e.message);
            assert!(e.message.contains(says), "{pointer}: {}", e.message);
        }
        // An answer to a question that does not exist; an unknown area in a self-assessment.
        let mut bad = v.clone();
        bad["data"]["monitoring"]["responses"][0]["answers"]["q9"] = 5.into();
        assert_eq!(err_of(&bad).path, "data.monitoring.responses[0].answers.q9");
        let mut bad = v.clone();
        bad["data"]["monitoring"]["self_assessment"][1]["before"]["astronomy"] = 3.into();
        let e = err_of(&bad);
        assert_eq!(
            e.path,
            "data.monitoring.self_assessment[1].before.astronomy"
        );
        assert!(e.message.contains("data.taxonomy"), "{}", e.message);
        // Unknown kinds are named with the allowed values.
        let mut bad = v.clone();
        bad["data"]["library"][0]["kind"] = "book".into();
        let e = err_of(&bad);
        assert_eq!(e.path, "data.library[0].kind");
        assert!(e.message.contains("«lesson_notes»"), "{}", e.message);
    }

    #[test]
    fn v3_gets_empty_pairs_and_default_settings() {
        let env = decode(V3.as_bytes()).unwrap();
        assert!(env.data.pairs.is_empty() && env.data.trainings.is_empty());
        assert!(env.data.support.is_empty());
        assert_eq!(
            env.data.matching,
            crate::domain::pairs::MatchingSettings::default()
        );
    }

    #[test]
    fn v4_fixture_stays_readable_forever() {
        use crate::domain::pairs::PairStatus;
        let env = decode(V4.as_bytes()).expect("the v4 fixture must always load");
        let d = &env.data;
        assert_eq!(
            (env.version, env.revision, d.people.len()),
            (CURRENT_VERSION, 44, 60)
        );
        // v4 → v5: the default questionnaires, no rounds, an empty library, no event.
        assert_eq!(
            d.monitoring,
            crate::domain::monitoring::Monitoring::default()
        );
        assert!(d.library.is_empty());
        assert_eq!(d.final_event, crate::domain::library::FinalEvent::default());
        assert_eq!(d.pairs.len(), 2);
        let g1 = d.pair("g1").unwrap();
        assert_eq!(
            (g1.mentor.as_str(), g1.mentees.as_slice()),
            ("p17", &["p3".to_string()][..])
        );
        assert_eq!(g1.history.len(), 1);
        assert_eq!(g1.history[0].from, "p8");
        assert_eq!(g1.history[0].reason, "Переход наставника в другую школу");
        assert!(g1.program.tasks[0].items[0].done);
        assert_eq!(g1.status, PairStatus::Active);
        let g2 = d.pair("g2").unwrap();
        assert_eq!(g2.mentees, ["p6", "p13"]);
        assert_eq!(g2.form, MentoringForm::Group);
        assert_eq!(d.trainings[0].attended.len(), 2);
        assert_eq!(d.support[0].mentee, "p15");
        assert_eq!(d.matching.threshold, 45);
        assert_eq!(
            d.matching.forbidden,
            [("p48".to_string(), "p22".to_string())]
        );
    }

    #[test]
    fn pairs_refer_only_to_people_of_the_register() {
        let v: Value = serde_json::from_str(V4).unwrap();
        for (pointer, value, path) in [
            ("/data/pairs/0/mentor", "p999", "data.pairs[0].mentor"),
            (
                "/data/pairs/1/mentees/1",
                "p999",
                "data.pairs[1].mentees[1]",
            ),
            (
                "/data/pairs/0/history/0/from",
                "p999",
                "data.pairs[0].history[0].from",
            ),
            ("/data/support/0/mentee", "p999", "data.support[0].mentee"),
            (
                "/data/matching/forbidden/0/1",
                "p999",
                "data.matching.forbidden[0]",
            ),
            ("/data/pairs/0/start", "01.10.2025", "data.pairs[0].start"),
        ] {
            let mut bad = v.clone();
            *bad.pointer_mut(pointer).unwrap() = value.into();
            let e = err_of(&bad);
            assert_eq!(e.path, path, "{pointer}");
            assert!(e.message.contains(value), "{pointer}: {}", e.message);
        }
        let mut bad = v.clone();
        bad["data"]["pairs"][1]["id"] = "g1".into();
        assert!(err_of(&bad)
            .message
            .contains("повторяющийся идентификатор пары"));
        let mut bad = v.clone();
        bad["data"]["pairs"][0]["mentees"] = Value::Array(vec![]);
        assert_eq!(err_of(&bad).path, "data.pairs[0].mentees");
    }

    #[test]
    fn v1_fixture_stays_readable_forever() {
        let env = decode(V1.as_bytes()).expect("the v1 fixture must always load");
        assert_eq!(env.version, CURRENT_VERSION);
        assert_eq!(env.revision, 12);
        assert_eq!(env.data.profile.short_name, "ГБОУ СОШ № 96");
        assert_eq!(
            env.data.profile.director.full_name,
            "Иванова Мария Петровна"
        );
        assert_eq!(env.data.profile.academic_year, "2025/2026");
        // v1 → v2: the seed roadmap with the v1 statuses and notes.
        assert_eq!(env.data.roadmap.len(), 22);
        assert_eq!(env.data.status("1.1"), TaskStatus::Done);
        assert_eq!(env.data.status("1.3"), TaskStatus::InProgress);
        assert_eq!(env.data.status("1.2"), TaskStatus::NotStarted);
        assert_eq!(
            env.data.row("2.1").unwrap().note,
            "Анкеты раздать на педсовете 28.08"
        );
        assert!(env.data.documents.is_empty());
        assert_eq!(
            env.data.profile.forms,
            crate::domain::forms::default_forms()
        );
    }

    #[test]
    fn v2_fixture_stays_readable_forever() {
        let env = decode(V2.as_bytes()).expect("the v2 fixture must always load");
        assert_eq!(env.revision, 31);
        assert_eq!(env.data.profile.short_name, "ГБОУ СОШ № 96");
        assert_eq!(env.data.roadmap.len(), 23);
        assert_eq!(
            env.data.profile.forms,
            vec![
                MentoringForm::Traditional,
                MentoringForm::Group,
                MentoringForm::Reverse
            ]
        );
        assert_eq!(
            env.data.row("r1").unwrap().event,
            "Педагогический совет о наставничестве"
        );
        assert_eq!(env.data.status("1.1"), TaskStatus::Done);
        let order = env.data.document(DocKind::OrderRegulation);
        assert_eq!(
            (order.number.as_str(), order.date.as_str()),
            ("45-о", "2025-08-29")
        );
        assert_eq!(order.status, DocStatus::Signed);
        assert!(order.edited.is_none());
        // v2 → v3: an empty register and the default taxonomy.
        assert!(env.data.people.is_empty());
        assert_eq!(env.data.taxonomy, crate::domain::taxonomy::default_areas());
    }

    #[test]
    fn v3_fixture_stays_readable_forever() {
        use crate::domain::people::{BankStatus, Category};
        let env = decode(V3.as_bytes()).expect("the v3 fixture must always load");
        assert_eq!(env.revision, 44);
        assert_eq!(env.data.people.len(), 2);
        let mentee = env.data.person("p1").unwrap();
        assert_eq!(mentee.full_name, "Соколова Ольга Викторовна");
        let role = mentee.mentee.as_ref().unwrap();
        assert_eq!(role.status, BankStatus::Included);
        assert_eq!(role.answers.as_ref().unwrap().needs["classroom"], 5);
        assert_eq!(mentee.matching_block(), None);
        let mentor = env.data.person("p2").unwrap();
        assert_eq!(mentor.category, Category::Highest);
        assert_eq!(
            mentor
                .mentor
                .as_ref()
                .unwrap()
                .answers
                .as_ref()
                .unwrap()
                .capacity,
            2
        );
        assert_eq!(mentor.may_mentor(), Ok(()));
        assert_eq!(env.data.document(DocKind::OrderRegulation).number, "45-о");
    }

    #[test]
    fn v1_errors_point_into_the_v1_file() {
        let e = decode(V1.replace("\"1.1\":", "\"9.9\":").as_bytes()).unwrap_err();
        assert_eq!(e.path, "data.tasks[\"9.9\"]");
        assert_eq!(
            e.message,
            "Ссылка на несуществующую задачу «9.9»: в этапах программы такой задачи нет."
        );
        let e = decode(
            V1.replace("\"status\": \"done\"", "\"status\": 1")
                .as_bytes(),
        )
        .unwrap_err();
        assert_eq!(e.path, "data.tasks[\"1.1\"].status");
    }

    #[test]
    fn migrations_cover_every_old_version() {
        assert_eq!(MIGRATIONS.len() + 1, CURRENT_VERSION as usize);
    }

    #[test]
    fn too_large() {
        let big = vec![b' '; MAX_ARCHIVE_BYTES + 1];
        let e = decode(&big).unwrap_err();
        assert_eq!(
            e.message,
            "Файл слишком большой: 20,0 МБ. Архив «Наставника» не может быть больше 20 МБ."
        );
        let e = decode(&vec![b' '; 25 * 1024 * 1024]).unwrap_err();
        assert!(
            e.message.starts_with("Файл слишком большой: 25,0 МБ."),
            "{e}"
        );
    }

    #[test]
    fn empty_file() {
        assert_eq!(decode(b"").unwrap_err().message, "Файл пуст.");
        assert_eq!(decode(b" \n ").unwrap_err().message, "Файл пуст.");
    }

    #[test]
    fn not_utf8() {
        let e = decode(b"\xff\xfe{\x00}").unwrap_err();
        assert_eq!(
            e.message,
            "Файл не является текстом в кодировке UTF-8, это не архив «Наставника»."
        );
    }

    #[test]
    fn not_json() {
        let e = decode("Дорожная карта\n2025".as_bytes()).unwrap_err();
        assert_eq!(
            e.message,
            "Файл не является JSON: ошибка в строке 1, столбце 1."
        );
        assert_eq!(e.path, "");
        let e = decode(b"{\"format\": nastavnik}").unwrap_err();
        assert!(
            e.message
                .starts_with("Файл не является JSON: ошибка в строке 1"),
            "{e}"
        );
    }

    #[test]
    fn truncated() {
        let full = Envelope::new(sample(), 7, "2026-11-26T09:00:00.000Z").to_json_pretty();
        let mut half = full.len() / 2;
        while !full.is_char_boundary(half) {
            half -= 1;
        }
        let cut = &full[..half];
        let e = decode(cut.as_bytes()).unwrap_err();
        assert!(
            e.message
                .starts_with("Файл обрывается: JSON не завершён (строка "),
            "{e}"
        );
        assert!(e.message.contains("не полностью"));
    }

    #[test]
    fn not_an_object() {
        let e = decode(b"[1, 2, 3]").unwrap_err();
        assert_eq!(
            e.message,
            "Это не архив «Наставника»: в файле не объект JSON."
        );
    }

    #[test]
    fn another_format() {
        let mut v = good_json();
        v["format"] = "excel-export".into();
        let e = err_of(&v);
        assert_eq!(e.path, "format");
        assert_eq!(
            e.message,
            "Это не архив «Наставника»: формат файла «excel-export», а нужен «nastavnik»."
        );
        v.as_object_mut().unwrap().remove("format");
        assert_eq!(
            err_of(&v).message,
            "Это не архив «Наставника»: в файле нет поля format."
        );
        let e = decode(b"{\"name\": \"package.json\"}").unwrap_err();
        assert_eq!(e.path, "format");
    }

    #[test]
    fn newer_version() {
        let mut v = good_json();
        v["version"] = (CURRENT_VERSION + 1).into();
        let e = err_of(&v);
        assert_eq!(e.path, "version");
        assert_eq!(
            e.message,
            format!(
                "Архив создан более новой версией программы (версия формата {}), а эта программа \
                 понимает версии до {CURRENT_VERSION}. Обновите «Наставник» на сайте школы и \
                 загрузите архив снова.",
                CURRENT_VERSION + 1
            )
        );
    }

    #[test]
    fn people_are_checked() {
        let person = serde_json::json!({
            "id": "p1", "full_name": "Соколова Ольга Викторовна", "position": "Учитель",
            "subjects": ["Математика"], "experience": 2, "school_experience": 1,
            "birth_date": "1999-04-12", "age_group": "", "category": "none", "phone": "",
            "email": "", "mentee": {"status": "included", "answers": {
                "date": "2025-09-10", "needs": {"classroom": 5}, "forms": ["traditional"], "text": ""}},
            "mentor": null,
            "consents": {"processing": {"date": "2025-09-01"}, "publication": null, "mentoring": null},
            "anonymized": false
        });
        let mut v = good_json();
        v["data"]["people"] = serde_json::json!([person.clone()]);
        assert!(decode(v.to_string().as_bytes()).is_ok());

        let mut v = good_json();
        v["data"]["people"] = serde_json::json!([person.clone(), person.clone()]);
        let e = err_of(&v);
        assert_eq!(e.path, "data.people[1].id");
        assert_eq!(
            e.message,
            "Пустой или повторяющийся идентификатор педагога «p1»."
        );

        let mut v = good_json();
        let mut p = person.clone();
        p["mentee"]["answers"]["needs"] = serde_json::json!({"astrology": 3});
        v["data"]["people"] = serde_json::json!([p]);
        let e = err_of(&v);
        assert_eq!(e.path, "data.people[0].mentee.answers.needs.astrology");
        assert_eq!(
            e.message,
            "Нет такой области в перечне затруднений: «astrology»."
        );

        let mut v = good_json();
        let mut p = person.clone();
        p["mentee"]["answers"]["needs"] = serde_json::json!({"classroom": 9});
        v["data"]["people"] = serde_json::json!([p]);
        assert_eq!(
            err_of(&v).message,
            "Дисциплина и управление классом: Оценка должна быть от 1 до 5, а не 9."
        );

        let mut v = good_json();
        let mut p = person.clone();
        p["mentee"]["decided"] = "05.09.2025".into();
        v["data"]["people"] = serde_json::json!([p]);
        let e = err_of(&v);
        assert_eq!(e.path, "data.people[0].mentee.decided");
        assert_eq!(
            e.message,
            "Дата решения «05.09.2025» не в формате ГГГГ-ММ-ДД."
        );

        let mut v = good_json();
        let mut p = person.clone();
        p["birth_date"] = "12.04.1999".into();
        v["data"]["people"] = serde_json::json!([p]);
        assert_eq!(err_of(&v).path, "data.people[0].birth_date");

        let mut v = good_json();
        let mut p = person;
        p["category"] = "doctor".into();
        v["data"]["people"] = serde_json::json!([p]);
        assert_eq!(err_of(&v).path, "data.people[0].category");
    }

    #[test]
    fn bad_version_value() {
        let mut v = good_json();
        v["version"] = 0.into();
        assert_eq!(
            err_of(&v).message,
            "Номер версии формата должен быть целым числом от 1, а в файле: 0."
        );
        v["version"] = "1".into();
        assert_eq!(err_of(&v).path, "version");
        v.as_object_mut().unwrap().remove("version");
        assert_eq!(
            err_of(&v).message,
            "В архиве нет номера версии формата (поле version)."
        );
    }

    #[test]
    fn wrong_type_names_the_path() {
        let mut v = good_json();
        v["data"]["profile"]["city"] = 42.into();
        let e = err_of(&v);
        assert_eq!(e.path, "data.profile.city");
        assert_eq!(
            e.message,
            "Неверный тип значения: ожидается строка, а в файле целое число 42."
        );
        assert_eq!(
            e.to_string(),
            "Неверный тип значения: ожидается строка, а в файле целое число 42. \
             Место в файле: data.profile.city."
        );

        let mut v = good_json();
        v["revision"] = (-3).into();
        let e = err_of(&v);
        assert_eq!(e.path, "revision");
        assert_eq!(
            e.message,
            "Неверный тип значения: ожидается целое неотрицательное число, а в файле целое число -3."
        );

        let mut v = good_json();
        v["data"]["roadmap"] = serde_json::json!({});
        let e = err_of(&v);
        assert_eq!(e.path, "data.roadmap");
        assert_eq!(
            e.message,
            "Неверный тип значения: ожидается массив, а в файле объект."
        );
    }

    #[test]
    fn wrong_enum_value_lists_the_allowed_ones() {
        let mut v = good_json();
        v["data"]["roadmap"][0]["status"] = "finished".into();
        let e = err_of(&v);
        assert_eq!(e.path, "data.roadmap[0].status");
        assert_eq!(
            e.message,
            "Недопустимое значение «finished». Допустимые значения: «not_started» (не начато), \
             «in_progress» (в работе), «done» (выполнено)."
        );
    }

    #[test]
    fn missing_field_names_it() {
        let mut v = good_json();
        v["data"]["profile"]
            .as_object_mut()
            .unwrap()
            .remove("short_name");
        let e = err_of(&v);
        assert_eq!(e.path, "data.profile.short_name");
        assert_eq!(e.message, "Нет обязательного поля «short_name».");

        let mut v = good_json();
        v.as_object_mut().unwrap().remove("data");
        assert_eq!(err_of(&v).path, "data");
    }

    #[test]
    fn errors_in_an_indented_file_name_the_same_place() {
        let indented =
            |v: &Value| decode(serde_json::to_string_pretty(v).unwrap().as_bytes()).unwrap_err();
        let mut v = good_json();
        v["data"]["profile"]["city"] = 42.into();
        assert_eq!(indented(&v).path, "data.profile.city");
        let mut v = good_json();
        v["data"]["profile"]
            .as_object_mut()
            .unwrap()
            .remove("short_name");
        assert_eq!(indented(&v).path, "data.profile.short_name");
        let mut v = good_json();
        v["data"]["roadmap"][2]["inn"] = 1.into();
        assert_eq!(indented(&v).path, "data.roadmap[2].inn");
        let mut v = good_json();
        v["data"]["roadmap"][1]["status"] = "finished".into();
        assert_eq!(indented(&v).path, "data.roadmap[1].status");
        let mut v = good_json();
        v["data"]["roadmap"][3] = serde_json::json!([]);
        assert_eq!(indented(&v).path, "data.roadmap[3]");
    }

    #[test]
    fn enums_of_the_wrong_shape() {
        let mut v = good_json();
        v["data"]["roadmap"][0]["status"] = 1.into();
        let e = err_of(&v);
        assert_eq!(e.path, "data.roadmap[0].status");
        assert_eq!(
            e.message,
            "Неверный тип значения: ожидается string or map, а в файле целое число 1."
        );
        v["data"]["roadmap"][0]["status"] = serde_json::json!([true]);
        let e = err_of(&v);
        assert_eq!(e.path, "data.roadmap[0].status");
        assert!(e.message.ends_with("а в файле массив."), "{e}");
        v["data"]["roadmap"][0]["status"] = serde_json::json!({});
        let e = err_of(&v);
        assert_eq!(e.path, "data.roadmap[0].status");
        assert_eq!(
            e.message,
            "Неверный тип значения: ожидается map with a single key, а в файле объект."
        );

        let edited = |blocks: Value| {
            let mut v = good_json();
            v["data"]["documents"]["regulation"] = serde_json::json!({ "edited": blocks });
            err_of(&v)
        };
        let e = edited(serde_json::json!([{"page_break": null}, {"page_break": null, "x": 1}]));
        assert_eq!(e.path, "data.documents.regulation.edited[1]");
        assert!(e.message.contains("map with a single key"), "{e}");
        let e = edited(serde_json::json!([{}]));
        assert_eq!(e.path, "data.documents.regulation.edited[0]");
        let e = edited(serde_json::json!([{"page_break": null}, {"para": {"text": []}}]));
        assert_eq!(e.path, "data.documents.regulation.edited[1]");
        assert!(
            e.message
                .starts_with("Недопустимое значение «para». Допустимые значения: «heading», "),
            "{e}"
        );
        let e = edited(serde_json::json!([{"paragraph": {"text": [], "align": "middle"}}]));
        assert_eq!(
            e.path,
            "data.documents.regulation.edited[0].paragraph.align"
        );
        let e = edited(serde_json::json!([{"paragraph": {"align": "left"}}]));
        assert_eq!(e.path, "data.documents.regulation.edited[0].paragraph.text");
        assert_eq!(e.message, "Нет обязательного поля «text».");
    }

    #[test]
    fn a_repeated_field_is_refused() {
        let text =
            good_json()
                .to_string()
                .replacen("\"city\":", "\"city\":\"Пушкин\",\"city\":", 1);
        let e = decode(text.as_bytes()).unwrap_err();
        assert_eq!(e.path, "data.profile.city");
        assert_eq!(e.message, "Поле «city» повторяется.");
    }

    #[test]
    fn unknown_field_is_refused_not_dropped() {
        let mut v = good_json();
        v["data"]["profile"]["inn"] = "7801234567".into();
        let e = err_of(&v);
        assert_eq!(e.path, "data.profile.inn");
        assert!(e.message.starts_with("Лишнее поле «inn»"), "{e}");
    }

    #[test]
    fn dangling_document_reference() {
        let mut v = good_json();
        v["data"]["documents"]["order_party"] = serde_json::json!({"number": "1"});
        let e = err_of(&v);
        assert_eq!(e.path, "data.documents.order_party");
        assert_eq!(
            e.message,
            "Ссылка на неизвестный документ «order_party»: в программе нет такого документа."
        );
    }

    #[test]
    fn duplicate_row_ids_and_bad_stages() {
        let mut v = good_json();
        v["data"]["roadmap"][4]["id"] = "1.1".into();
        let e = err_of(&v);
        assert_eq!(e.path, "data.roadmap[4].id");
        assert_eq!(e.message, "Повторяется идентификатор строки «1.1».");
        let mut v = good_json();
        v["data"]["roadmap"][2]["stage"] = 8.into();
        assert_eq!(err_of(&v).path, "data.roadmap[2].stage");
    }

    #[test]
    fn bad_document_fields() {
        let mut v = good_json();
        v["data"]["documents"]["regulation"] = serde_json::json!({"date": "29.08.2025"});
        let e = err_of(&v);
        assert_eq!(e.path, "data.documents.regulation.date");
        assert_eq!(e.message, "Дата «29.08.2025» не в формате ГГГГ-ММ-ДД.");
        v["data"]["documents"]["regulation"] = serde_json::json!({"status": "approved"});
        let e = err_of(&v);
        assert_eq!(e.path, "data.documents.regulation.status");
        assert_eq!(
            e.message,
            "Недопустимое значение «approved». Допустимые значения: «draft» (черновик), \
             «signed» (подписан), «published» (опубликован)."
        );
    }

    #[test]
    fn bad_saved_at() {
        let mut v = good_json();
        v["saved_at"] = "26.11.2026".into();
        let e = err_of(&v);
        assert_eq!(e.path, "saved_at");
        assert!(e
            .message
            .starts_with("Дата сохранения «26.11.2026» не в формате ISO 8601"));
    }

    #[test]
    fn oversized_texts() {
        let mut v = good_json();
        v["data"]["roadmap"][3]["note"] = "я".repeat(MAX_LONG_CHARS + 1).into();
        let e = err_of(&v);
        assert_eq!(e.path, "data.roadmap[3].note");
        assert_eq!(e.message, "Текст длиннее 5000 символов.");

        let mut v = good_json();
        v["data"]["profile"]["director"]["full_name"] = "я".repeat(MAX_FIELD_CHARS + 1).into();
        assert_eq!(err_of(&v).path, "data.profile.director.full_name");
    }

    #[test]
    fn edited_documents_of_every_kind_round_trip() {
        use crate::domain::documents::templates::generate;
        let mut d = sample();
        for kind in DocKind::ALL {
            let blocks = generate(kind, &d).blocks;
            d.update_document(kind, |r| r.edited = Some(blocks));
        }
        let env = Envelope::new(d, 3, "2026-11-26T09:00:00.000Z");
        assert_eq!(decode(env.to_json().as_bytes()).unwrap(), env);
    }

    #[test]
    fn summary_counts() {
        let s = summarize(&sample());
        assert_eq!(s.school, "ГБОУ СОШ № 96");
        assert_eq!((s.tasks_done, s.tasks_in_progress, s.notes), (1, 1, 1));
        assert_eq!(
            s.counts_line(),
            "мероприятий: 22, выполнено: 1, в работе: 1, примечаний: 1"
        );
        assert_eq!(summarize(&SchoolData::default()).school, "школа не указана");
        assert_eq!(summarize(&SchoolData::default()).people_line(), "нет");
        let example = crate::domain::example::example_school();
        let s = summarize(&example);
        let mentees = example.people.iter().filter(|p| p.mentee.is_some()).count();
        let mentors = example.people.iter().filter(|p| p.mentor.is_some()).count();
        assert!(mentees > 0 && mentors > 0);
        assert_eq!(
            s.people_line(),
            format!("60 (наставляемых: {mentees}, кандидатов в наставники: {mentors})")
        );
    }
}
