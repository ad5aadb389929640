//! The step-by-step migration of an archive's `data` from an older schema version.

use super::*;

pub(super) type Migration = fn(Value) -> Result<Value, ArchiveError>;

/// `MIGRATIONS[i]` turns the `data` of version `i + 1` into version `i + 2`.
/// Add one function here (and a fixture of the old version in tests) for every schema change.
pub(super) const MIGRATIONS: [Migration; 7] = [
    v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6, v6_to_v7, v7_to_v8,
];

pub(super) fn migrate(mut data: Value, from: u32) -> Result<Value, ArchiveError> {
    for v in from..CURRENT_VERSION {
        data = MIGRATIONS[(v - 1) as usize](data)?;
    }
    Ok(data)
}

/// Version 1 kept a status and a note per seed task (`tasks: {"1.1": {...}}`); version 2 keeps
/// the editable Дорожная карта (`roadmap: [...]`, one row per seed task) and the document
/// registry (`documents: {}`).
pub(super) fn v1_to_v2(data: Value) -> Result<Value, ArchiveError> {
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
pub(super) fn v2_to_v3(mut data: Value) -> Result<Value, ArchiveError> {
    if let Some(obj) = data.as_object_mut() {
        obj.entry("people").or_insert_with(|| Value::Array(vec![]));
        obj.entry("taxonomy")
            .or_insert_with(|| serde_json::to_value(default_areas()).expect("areas serialize"));
    }
    Ok(data)
}

/// Version 4 adds the pairs and groups, the mentors' trainings, the support of unpaired
/// mentees (all empty) and the settings of the suggestion (stages 4–5).
pub(super) fn v3_to_v4(mut data: Value) -> Result<Value, ArchiveError> {
    if let Some(obj) = data.as_object_mut() {
        for key in ["pairs", "trainings", "support"] {
            obj.entry(key).or_insert_with(|| Value::Array(vec![]));
        }
        obj.entry("matching").or_insert_with(|| {
            serde_json::to_value(crate::domain::pairs::MatchingSettings::default())
                .expect("settings serialize")
        });
    }
    Ok(data)
}

/// Version 5 adds the monitoring (the default questionnaires, no rounds), the «методическая
/// копилка» (empty) and the final event (not planned) of stage 6.
pub(super) fn v4_to_v5(mut data: Value) -> Result<Value, ArchiveError> {
    if let Some(obj) = data.as_object_mut() {
        obj.entry("monitoring").or_insert_with(|| {
            serde_json::to_value(crate::domain::monitoring::Monitoring::default())
                .expect("monitoring serializes")
        });
        obj.entry("library").or_insert_with(|| Value::Array(vec![]));
        obj.entry("final_event").or_insert_with(|| {
            serde_json::to_value(crate::domain::library::FinalEvent::default())
                .expect("event serializes")
        });
    }
    Ok(data)
}

/// Version 6 records the day of each bank decision (`people[].mentee.decided`,
/// `people[].mentor.decided`: «включён в базу» or «исключён» on that day). Decisions made
/// before it keep their status and reason with no date (an empty `decided`): nothing is
/// invented. The data itself needs no change; the version tells an older build that it cannot
/// read the new field.
pub(super) fn v5_to_v6(data: Value) -> Result<Value, ArchiveError> {
    Ok(data)
}

/// Version 7 (the documents' step) adds to the profile the school's address, ИНН, ОГРН and
/// founder, the mentor's pay and its source (empty), the default end of a pair (empty: 31 May), the rule of a young specialist
/// (under 35 and in the first three years), the school's corrected case forms and its own
/// legal acts (none), the «Учтено мнение профсоюзной организации» block (off); a document
/// without a chosen list of legal grounds cites its kind's default set; the further orders on
/// pairs (`pair_orders`) and the final event's place, time, jury and criteria are absent (empty).
pub(super) fn v6_to_v7(mut data: Value) -> Result<Value, ArchiveError> {
    if let Some(profile) = data.get_mut("profile").and_then(Value::as_object_mut) {
        for key in [
            "address",
            "inn",
            "ogrn",
            "founder",
            "year_end",
            "pay_amount",
            "pay_source",
        ] {
            profile.entry(key).or_insert_with(|| Value::from(""));
        }
        profile
            .entry("young_rule")
            .or_insert_with(|| Value::from("both"));
        profile
            .entry("declensions")
            .or_insert_with(|| Value::Object(Default::default()));
        profile
            .entry("regional_acts")
            .or_insert_with(|| Value::Array(vec![]));
        profile
            .entry("union_opinion")
            .or_insert_with(|| Value::Bool(false));
    }
    Ok(data)
}

/// Version 8 (the academic years) adds the finished years (`past_years`, absent while empty)
/// and the mark of a questionnaire filled in during an earlier year
/// (`people[].mentee.answers.last_year`, `people[].mentor.answers.last_year`, absent while
/// false). An archive of version 7 is one year: no past years, every questionnaire of this
/// year. The data itself needs no change; the version tells an older build that it cannot
/// read the new fields.
pub(super) fn v7_to_v8(data: Value) -> Result<Value, ArchiveError> {
    Ok(data)
}
