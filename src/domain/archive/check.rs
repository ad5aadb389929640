//! References and sizes of a decoded archive: what serde's types cannot say.

use super::*;
use crate::domain::data::MAX_PEOPLE;
use crate::domain::library::MAX_PRACTICES;
use crate::domain::records::Record;

/// A reference to a record that does not exist: «Ссылка на `what` «`id`», `absent`.»
fn dangling(path: String, what: &str, id: &str, absent: &str) -> ArchiveError {
    ArchiveError::at(path, format!("Ссылка на {what} «{id}», {absent}."))
}

/// A reference to a person who is not in the register.
fn missing(path: String, id: &str) -> ArchiveError {
    dangling(path, "педагога", id, "которого нет в реестре (data.people)")
}

/// Refuses a list at `path` of more than `max` records with the message `too_many` gives.
fn check_count(
    len: usize,
    max: usize,
    path: &str,
    too_many: impl FnOnce() -> String,
) -> Result<(), ArchiveError> {
    if len > max {
        return Err(ArchiveError::at(path, too_many()));
    }
    Ok(())
}

/// Refuses the record `i` of the list at `path` (`data.pairs`) when its id is empty or repeats
/// an earlier one; `what` names the record in the genitive («пары»).
fn check_id<T: Record>(items: &[T], i: usize, path: &str, what: &str) -> Result<(), ArchiveError> {
    let id = items[i].id();
    if id.trim().is_empty() || items[..i].iter().any(|x| x.id() == id) {
        return Err(ArchiveError::at(
            format!("{path}[{i}].id"),
            format!("Пустой или повторяющийся идентификатор {what} «{id}»."),
        ));
    }
    Ok(())
}

/// Checks each record of the list at `path`: its id (see [`check_id`]), then `check` with the
/// record and the path of a field of it (`at("mentor")` → `data.pairs[3].mentor`).
fn check_each<T: Record>(
    items: &[T],
    path: &str,
    what: &str,
    mut check: impl FnMut(&T, &dyn Fn(&str) -> String) -> Result<(), ArchiveError>,
) -> Result<(), ArchiveError> {
    for (i, item) in items.iter().enumerate() {
        check_id(items, i, path, what)?;
        check(item, &|f| format!("{path}[{i}].{f}"))?;
    }
    Ok(())
}

/// References, formats and sizes that types alone cannot express.
pub(super) fn check(env: &Envelope) -> Result<(), ArchiveError> {
    if env.saved_at().is_none() {
        return Err(ArchiveError::at(
            "saved_at",
            format!(
                "Дата сохранения «{}» не в формате ISO 8601 (например, 2026-11-26T09:00:00Z).",
                env.saved_at
            ),
        ));
    }
    check_data(&env.data)?;
    check_past_years(&env.data)
}

/// The past years: labels of academic years, oldest first, before the current one, each
/// closed on a date and with no past years of its own; each year's data checked like the
/// current one, its errors naming the year.
pub(super) fn check_past_years(data: &SchoolData) -> Result<(), ArchiveError> {
    use crate::domain::school::parse_academic_year;
    let current = parse_academic_year(&data.profile.academic_year).ok();
    let mut previous: Option<u16> = None;
    for (i, y) in data.past_years.iter().enumerate() {
        let at = |f: &str| format!("data.past_years[{i}].{f}");
        let first = parse_academic_year(&y.label).map_err(|e| {
            ArchiveError::at(
                at("label"),
                format!("Прошлый учебный год «{}» указан неверно: {e}.", y.label),
            )
        })?;
        if previous.is_some_and(|p| p >= first) || current.is_some_and(|c| c <= first) {
            return Err(ArchiveError::at(
                at("label"),
                format!(
                    "Прошлый учебный год {} стоит не на своём месте: прошлые годы идут по \
                     порядку, от старого к новому, и все раньше текущего.",
                    y.label
                ),
            ));
        }
        previous = Some(first);
        if format::parse_date(&y.closed_on).is_none() {
            return Err(ArchiveError::at(
                at("closed_on"),
                format!(
                    "Прошлый учебный год {}: дата закрытия «{}» не в формате ГГГГ-ММ-ДД.",
                    y.label, y.closed_on
                ),
            ));
        }
        if !y.data.past_years.is_empty() {
            return Err(ArchiveError::at(
                at("data.past_years"),
                format!(
                    "Прошлый учебный год {}: внутри него не может быть других прошлых лет.",
                    y.label
                ),
            ));
        }
        check_data(&y.data).map_err(|e| {
            ArchiveError::at(
                e.path.replacen("data", &at("data"), 1),
                format!("Прошлый учебный год {}: {}", y.label, e.message),
            )
        })?;
    }
    Ok(())
}

/// The references, formats and sizes of one year's data.
fn check_data(data: &SchoolData) -> Result<(), ArchiveError> {
    for field in ProfileField::ALL {
        if field.get(&data.profile).chars().count() > MAX_FIELD_CHARS {
            return Err(ArchiveError::at(
                format!("data.profile.{}", field.key()),
                format!("Текст длиннее {MAX_FIELD_CHARS} символов."),
            ));
        }
    }
    if let Some((i, field, message)) = check_rows(&data.roadmap) {
        let path = if field.is_empty() {
            "data.roadmap".to_string()
        } else {
            format!("data.roadmap[{i}].{field}")
        };
        return Err(ArchiveError::at(path, message));
    }
    check_people(data)?;
    if let Err((path, message)) = crate::domain::public::check(data) {
        return Err(ArchiveError::at(format!("data.publication{path}"), message));
    }
    check_pairs(data)?;
    check_stage6(data)?;
    for (key, record) in &data.documents {
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
pub(super) fn check_pairs(data: &SchoolData) -> Result<(), ArchiveError> {
    let known = |id: &str| data.people.iter().any(|p| p.id == id);
    let bad_date = |path: String, d: &str| {
        ArchiveError::at(path, format!("Дата «{d}» не в формате ГГГГ-ММ-ДД."))
    };
    let date_ok = |d: &str| d.is_empty() || format::parse_date(d).is_some();
    check_each(&data.pairs, "data.pairs", "пары", |g, at| {
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
                return Err(missing(at(&format!("mentees[{j}]")), m));
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
                    return Err(missing(at(&format!("history[{j}].{f}")), id));
                }
            }
        }
        for (j, t) in g.program.tasks.iter().enumerate() {
            for (k, item) in t.items.iter().enumerate() {
                if !date_ok(&item.deadline) {
                    return Err(bad_date(
                        at(&format!("program.tasks[{j}].items[{k}].deadline")),
                        &item.deadline,
                    ));
                }
            }
        }
        Ok(())
    })?;
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
pub(super) fn check_stage6(data: &SchoolData) -> Result<(), ArchiveError> {
    use crate::domain::monitoring::{Audience, MAX_QUESTIONS, MAX_QUESTION_CHARS};
    let m = &data.monitoring;
    let known = |id: &str| data.people.iter().any(|p| p.id == id);
    let area = |id: &str| data.taxonomy.iter().any(|a| a.id == id);
    let no_area = |path: String, id: &str| {
        dangling(path, "область", id, "которой нет в перечне (data.taxonomy)")
    };
    let out_of_scale = |path: String, v: u8, scale: u8| {
        ArchiveError::at(path, format!("Оценка {v} вне шкалы от 1 до {scale}."))
    };
    for (a, name) in [
        (Audience::Mentee, "mentee_questions"),
        (Audience::Mentor, "mentor_questions"),
    ] {
        let (qs, path) = (m.questions(a), format!("data.monitoring.{name}"));
        check_count(qs.len(), MAX_QUESTIONS, &path, || {
            format!("В анкете больше {MAX_QUESTIONS} вопросов.")
        })?;
        check_each(qs, &path, "вопроса", |q, at| {
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
            Ok(())
        })?;
    }
    check_each(
        &m.rounds,
        "data.monitoring.rounds",
        "раунда",
        |r, at| {
            if format::parse_date(&r.date).is_none() {
                return Err(ArchiveError::at(
                    at("date"),
                    format!("Дата «{}» не в формате ГГГГ-ММ-ДД.", r.date),
                ));
            }
            Ok(())
        },
    )?;
    for (i, r) in m.responses.iter().enumerate() {
        let at = |f: &str| format!("data.monitoring.responses[{i}].{f}");
        if m.round(&r.round).is_none() {
            let absent = "которого нет в мониторинге (data.monitoring.rounds)";
            return Err(dangling(at("round"), "раунд", &r.round, absent));
        }
        if data.pair(&r.pair).is_none() {
            let absent = "которой нет (data.pairs)";
            return Err(dangling(at("pair"), "пару (группу)", &r.pair, absent));
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
    check_count(data.library.len(), MAX_PRACTICES, "data.library", || {
        format!("В копилке больше {MAX_PRACTICES} материалов.")
    })?;
    check_each(
        &data.library,
        "data.library",
        "материала",
        |p, at| {
            if !p.author.is_empty() && !known(&p.author) {
                return Err(missing(at("author"), &p.author));
            }
            if !p.area.is_empty() && !area(&p.area) {
                return Err(no_area(at("area"), &p.area));
            }
            if let Err(e) = crate::domain::library::check_practice(p.clone()) {
                return Err(ArchiveError::at(data_field_of(&e, at), format!("{e}.")));
            }
            Ok(())
        },
    )?;
    let e = &data.final_event;
    if let Err(message) = crate::domain::library::check_event(e) {
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
pub(super) fn data_field_of(message: &str, at: &dyn Fn(&str) -> String) -> String {
    at(if message.contains("Ссылка") {
        "link"
    } else if message.starts_with("Текст") {
        "text"
    } else {
        "title"
    })
}

pub(super) fn check_people(data: &SchoolData) -> Result<(), ArchiveError> {
    use crate::domain::questionnaires::{check_mentee, check_mentor};
    check_each(&data.taxonomy, "data.taxonomy", "области", |_, _| {
        Ok(())
    })?;
    check_count(data.people.len(), MAX_PEOPLE, "data.people", || {
        format!("В реестре больше {MAX_PEOPLE} педагогов.")
    })?;
    check_each(&data.people, "data.people", "педагога", |p, at| {
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
            p.mentee_answers()
                .map(|a| ("mentee.answers", "needs", check_mentee(a, &data.taxonomy))),
            p.mentor_answers().map(|a| {
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
        Ok(())
    })
}
