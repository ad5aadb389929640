use super::pairing::add_months;
use super::*;
use crate::domain::pairs::PairStatus;
use crate::domain::people::ConsentKind;
use crate::domain::roadmap::MAX_LONG_CHARS;

/// A traditional pair of `mentor` and `mentee`, with no dates.
fn traditional(d: &mut SchoolData, mentor: &str, mentee: &str) -> Result<String, String> {
    let mentees = [mentee.to_string()];
    d.create_pair(mentor, &mentees, MentoringForm::Traditional, "", "")
}

/// Takes back the consent `kind` of the person `id` (as if it was never given).
fn drop_consent(d: &mut SchoolData, id: &str, kind: ConsentKind) {
    d.update_person(id, |p| {
        *kind.slot(p) = None;
        Ok(())
    })
    .unwrap();
}

#[test]
fn a_pair_ends_by_default_with_the_school_year_within_3_to_12_months() {
    let mut d = SchoolData::default();
    assert_eq!(d.default_pair_end("2025-10-01"), "");
    d.profile.academic_year = "2025/2026".into();
    assert_eq!(d.default_pair_end("2025-10-01"), "2026-05-31");
    // Too short a year left: three months; the profile's own end date wins otherwise.
    assert_eq!(d.default_pair_end("2026-04-30"), "2026-07-30");
    assert_eq!(add_months("2025-11-30", 3).unwrap(), "2026-02-28");
    d.profile.year_end = "2026-06-30".into();
    assert_eq!(d.default_pair_end("2025-09-15"), "2026-06-30");
    assert_eq!(d.default_pair_end("2025-01-10"), "2026-01-10");
    assert_eq!(d.default_pair_end("2026-09-01"), "2027-06-30");
    assert_eq!(d.default_pair_end(""), "2026-06-30");
}

#[test]
fn areas_are_added_renamed_and_removed_only_with_their_ratings() {
    let mut d = SchoolData {
        taxonomy: crate::domain::taxonomy::default_areas(),
        ..Default::default()
    };
    let n = d.taxonomy.len();
    let id = d
        .add_area(AreaGroup::Subject, "  Проектная   деятельность ")
        .unwrap();
    assert_eq!(id, "a1");
    assert_eq!(d.taxonomy[n].title, "Проектная деятельность");
    assert!(d
        .add_area(AreaGroup::Subject, "проектная деятельность")
        .is_err());
    assert!(d.add_area(AreaGroup::Subject, " ").is_err());
    d.edit_area(
        "a1",
        AreaGroup::Methodical,
        "Проектная и исследовательская деятельность",
    )
    .unwrap();
    assert_eq!(d.taxonomy[n].group, AreaGroup::Methodical);
    assert!(d
        .edit_area("a1", AreaGroup::Methodical, "Документация")
        .unwrap_err()
        .contains("уже есть"));
    // A mentee rates it: removal is refused, then done with the ratings after confirmation.
    let pid = d.add_person("Иванова Анна").unwrap();
    d.update_person(&pid, |p| {
        let mut answers = crate::domain::questionnaires::MenteeAnswers::default();
        answers.needs.insert("a1".into(), 4);
        answers.needs.insert("planning".into(), 2);
        p.mentee = Some(crate::domain::people::MenteeRole {
            answers: Some(answers),
            ..Default::default()
        });
        Ok(())
    })
    .unwrap();
    assert_eq!(d.area_uses("a1"), 1);
    let before = d.clone();
    let e = d.delete_area("a1", false).unwrap_err();
    assert!(e.contains("оценена в 1 анкете"), "{e}");
    assert_eq!(d, before);
    d.delete_area("a1", true).unwrap();
    assert_eq!(d.taxonomy.len(), n);
    let needs = &d.person(&pid).unwrap().mentee_answers().unwrap().needs;
    assert_eq!(needs.keys().collect::<Vec<_>>(), ["planning"]);
    // A freed id is reused only when nothing references it any more.
    assert_eq!(d.add_area(AreaGroup::Subject, "Новая").unwrap(), "a1");
}

/// The example school with ids of: two mentors who may mentor with capacity ≥ 2, and
/// four mentees free to pair.
fn school() -> (SchoolData, Vec<String>, Vec<String>) {
    let d = crate::domain::example::example_school();
    let mentors: Vec<String> = d
        .people
        .iter()
        .filter(|p| p.may_mentor().is_ok() && p.mentor_answers().is_some_and(|a| a.capacity >= 2))
        .map(|p| p.id.clone())
        .collect();
    let mentees: Vec<String> = d
        .unpaired_mentees()
        .iter()
        .filter(|p| p.mentor.is_none())
        .map(|p| p.id.clone())
        .collect();
    assert!(mentors.len() >= 2 && mentees.len() >= 4);
    (d, mentors, mentees)
}

#[test]
fn a_pair_needs_consents_places_and_a_free_mentee() {
    let (mut d, mentors, mentees) = school();
    let (m, a, b) = (&mentors[0], &mentees[0], &mentees[1]);
    let g = d
        .create_pair(
            m,
            std::slice::from_ref(a),
            MentoringForm::Traditional,
            "2026-10-01",
            "2027-05-31",
        )
        .unwrap();
    assert_eq!(g, "g1");
    assert!(!d.pair("g1").unwrap().program.goal.is_empty());
    assert_eq!(d.used_capacity()[m], 1);
    assert!(d.paired_mentees().contains(a));
    // The same mentee again, the mentor as their own mentee, bad dates.
    let again = traditional(&mut d, &mentors[1], a);
    assert!(again.unwrap_err().contains("уже в паре"));
    assert!(traditional(&mut d, m, m).is_err());
    assert!(d
        .create_pair(
            m,
            std::slice::from_ref(b),
            MentoringForm::Traditional,
            "2027-01-01",
            "2026-01-01"
        )
        .unwrap_err()
        .contains("раньше"));
    // Capacity: fill the mentor's places, then one more is refused.
    let cap = d.person(m).unwrap().mentor_answers().unwrap().capacity as usize;
    let free: Vec<String> = d
        .unpaired_mentees()
        .iter()
        .filter(|p| p.mentor.is_none())
        .map(|p| p.id.clone())
        .take(cap)
        .collect();
    let e = d
        .create_pair(m, &free, MentoringForm::Group, "", "")
        .unwrap_err();
    assert!(e.contains("не помещается"), "{e}");
    d.create_pair(m, &free[..cap - 1], MentoringForm::Group, "", "")
        .unwrap();
    // No written consent to mentor (art. 351.8 ТК РФ): refused with the reason.
    let b = mentees.last().unwrap();
    let other = &mentors[1];
    drop_consent(&mut d, other, ConsentKind::Mentoring);
    let e = traditional(&mut d, other, b).unwrap_err();
    assert!(e.contains("351.8"), "{e}");
    // No processing consent of the mentee.
    drop_consent(&mut d, b, ConsentKind::Processing);
    let e = traditional(&mut d, &mentors[0], b).unwrap_err();
    assert!(e.contains("согласия на обработку"), "{e}");
}

#[test]
fn replacing_a_mentor_keeps_the_history_and_ending_early_needs_a_reason() {
    let (mut d, mentors, mentees) = school();
    let g = d
        .create_pair(
            &mentors[0],
            &mentees[..1],
            MentoringForm::Traditional,
            "",
            "",
        )
        .unwrap();
    assert!(d
        .replace_mentor(&g, &mentors[1], "2026-12-01", " ")
        .is_err());
    d.replace_mentor(&g, &mentors[1], "2026-12-01", "Длительный больничный")
        .unwrap();
    let pair = d.pair(&g).unwrap();
    assert_eq!(pair.mentor, mentors[1]);
    assert_eq!(pair.history[0].from, mentors[0]);
    assert_eq!(pair.history[0].reason, "Длительный больничный");
    let e = d.update_pair(&g, |p| {
        p.status = PairStatus::Terminated;
        Ok(())
    });
    assert!(e.unwrap_err().contains("причину"));
    assert_eq!(
        d.pair(&g).unwrap().status,
        PairStatus::Active,
        "nothing changed"
    );
    d.update_pair(&g, |p| {
        p.status = PairStatus::Terminated;
        p.reason = "Увольнение наставляемого".into();
        Ok(())
    })
    .unwrap();
    // An ended pair frees its mentee and its mentor's place.
    assert!(!d.paired_mentees().contains(&mentees[0]));
    assert_eq!(d.used_capacity().get(&mentors[1]), None);
}

#[test]
fn deleting_a_referenced_teacher_is_refused_or_cascades_after_confirmation() {
    let (mut d, mentors, mentees) = school();
    let g = d
        .create_pair(&mentors[0], &mentees[..2], MentoringForm::Group, "", "")
        .unwrap();
    d.add_support(SupportEntry {
        mentee: mentees[2].clone(),
        date: "2026-10-10".into(),
        form: "консультация педагога-психолога".into(),
        ..Default::default()
    })
    .unwrap();
    let before = d.clone();
    let e = d.delete_person(&mentors[0], false).unwrap_err();
    assert!(e.contains("наставник: группа"), "{e}");
    assert_eq!(d, before, "refused: nothing changed");
    // A mentee of a group leaves it; the group stays with the other mentee.
    d.delete_person(&mentees[0], true).unwrap();
    assert_eq!(d.pair(&g).unwrap().mentees, [mentees[1].clone()]);
    // The mentor: the group goes.
    d.delete_person(&mentors[0], true).unwrap();
    assert!(d.pair(&g).is_none());
    // Support entries go with their mentee.
    assert!(d.references(&mentees[2])[0].contains("сопровождение"));
    d.delete_person(&mentees[2], true).unwrap();
    assert!(d.support.is_empty());
}

#[test]
fn stage6_records_are_references_and_cascade_with_their_person_pair_or_area() {
    let mut d =
        crate::domain::archive::decode(include_bytes!("../../../tests/fixtures/archive-v5.json"))
            .unwrap()
            .data;
    // p3: answers in two rounds, a self-assessment, a practice, the final event.
    let refs = d.references("p3").join("; ");
    assert!(
        refs.contains("мониторинг (ответы анкет, самооценка): 3 записи"),
        "{refs}"
    );
    assert!(
        refs.contains("автор материалов методической копилки: 1"),
        "{refs}"
    );
    assert!(refs.contains("участник итогового мероприятия"), "{refs}");
    let before = d.clone();
    assert!(d.delete_person("p3", false).is_err());
    assert_eq!(d, before);
    d.delete_person("p3", true).unwrap();
    assert!(d.monitoring.responses.iter().all(|r| r.person != "p3"));
    // g1 went with its only mentee, and the mentor's answers about g1 with it.
    assert!(d.pair("g1").is_none());
    assert!(d.monitoring.responses.iter().all(|r| r.pair != "g1"));
    assert_eq!(
        d.library[0].author, "",
        "the material stays, without an author"
    );
    assert!(!d.final_event.participants.contains("p3"));
    // An area rated in a self-assessment counts as used; removing it takes the marks.
    assert_eq!(d.monitoring.uses_of_area("assessment"), 1, "p6 «до»");
    let e = d.delete_area("assessment", false).unwrap_err();
    assert!(
        e.contains("удалить её можно только вместе с этими оценками"),
        "{e}"
    );
    d.delete_area("assessment", true).unwrap();
    assert!(d.monitoring.self_assessment.is_empty());
    // The archive stays valid after every cascade.
    let env = crate::domain::archive::Envelope::new(d, 1, "2026-05-28T09:00:00.000Z");
    crate::domain::archive::decode(env.to_json().as_bytes()).unwrap();
}

#[test]
fn practices_and_the_event_check_their_references() {
    let mut d = SchoolData::default();
    let p = d.add_person("Соколова Ольга").unwrap();
    let practice = |author: &str, area: &str| Practice {
        title: "Памятка".into(),
        author: author.into(),
        area: area.into(),
        ..Default::default()
    };
    assert_eq!(d.add_practice(practice(&p, "parents")).unwrap(), "k1");
    assert!(d.add_practice(practice("p9", "")).is_err());
    assert!(d.add_practice(practice("", "astronomy")).is_err());
    assert!(d.update_practice("k1", |x| x.title.clear()).is_err());
    assert_eq!(d.library[0].title, "Памятка", "nothing changed");
    assert!(d
        .update_event(|e| {
            e.participants.insert("p9".into());
        })
        .is_err());
    d.update_event(|e| {
        e.participants.insert(p.clone());
    })
    .unwrap();
    d.delete_practice("k1").unwrap();
    assert!(d.delete_practice("k1").is_err());
}

#[test]
fn imported_people_get_fresh_ids_all_or_nothing() {
    let mut d = SchoolData::default();
    d.add_person("Первый").unwrap();
    let named = |n: &str| Person {
        full_name: n.into(),
        ..Default::default()
    };
    let ids = d
        .add_people(vec![named("Второй"), named("Третий")])
        .unwrap();
    assert_eq!(ids, ["p2", "p3"]);
    assert_eq!(d.person("p3").unwrap().full_name, "Третий");
    let before = d.clone();
    assert!(d.add_people(vec![named("Четвёртый"), named(" ")]).is_err());
    assert_eq!(d, before, "nothing added when one person is bad");
    let many = (0..MAX_PEOPLE).map(|i| named(&format!("П{i}"))).collect();
    assert!(d.add_people(many).unwrap_err().contains("не больше"));
    assert_eq!(d, before);
}

#[test]
fn statuses_and_notes_live_in_the_roadmap() {
    let mut d = SchoolData::default();
    assert_eq!(d.status("1.1"), TaskStatus::NotStarted);
    d.set_task_status("1.1", TaskStatus::Done).unwrap();
    d.set_task_note("2.1", "Анкеты раздать до 15.09").unwrap();
    assert_eq!(d.status("1.1"), TaskStatus::Done);
    assert_eq!(d.row("2.1").unwrap().note, "Анкеты раздать до 15.09");
    assert!(!d.is_empty());
    d.set_task_status("1.1", TaskStatus::NotStarted).unwrap();
    d.set_task_note("2.1", "").unwrap();
    assert!(d.is_empty());
}

#[test]
fn unknown_row_is_refused() {
    let mut d = SchoolData::default();
    assert_eq!(
        d.set_task_status("9.1", TaskStatus::Done),
        Err("В дорожной карте нет строки «9.1»".into())
    );
    assert!(d.is_empty());
}

#[test]
fn overlong_note_is_refused_and_nothing_changes() {
    let mut d = SchoolData::default();
    d.set_task_note("1.1", "старое").unwrap();
    let long = "я".repeat(MAX_LONG_CHARS + 1);
    assert!(d.set_task_note("1.1", &long).is_err());
    assert_eq!(d.row("1.1").unwrap().note, "старое");
}

#[test]
fn document_records_default_to_drafts_and_are_not_stored_empty() {
    let mut d = SchoolData::default();
    assert_eq!(d.document(DocKind::Regulation), DocRecord::default());
    d.update_document(DocKind::OrderRegulation, |r| r.number = "45-о".into());
    assert_eq!(d.documents.len(), 1);
    d.update_document(DocKind::OrderRegulation, |r| r.number.clear());
    assert!(d.is_empty());
}

#[test]
fn people_are_added_updated_and_deleted() {
    let mut d = SchoolData::default();
    assert_eq!(
        d.add_person("  Соколова   Ольга Викторовна "),
        Ok("p1".into())
    );
    assert_eq!(d.add_person("Иванов Иван"), Ok("p2".into()));
    assert_eq!(d.add_person(" "), Err("Укажите ФИО педагога".into()));
    assert_eq!(
        d.person("p1").unwrap().full_name,
        "Соколова Ольга Викторовна"
    );
    d.update_person("p2", |p| {
        p.position = "Учитель истории".into();
        Ok(())
    })
    .unwrap();
    assert_eq!(d.person("p2").unwrap().position, "Учитель истории");
    assert!(d.update_person("p9", |_| Ok(())).is_err());
    assert_eq!(d.delete_person("p1", false).unwrap().id, "p1");
    assert_eq!(
        d.add_person("Новый Педагог"),
        Ok("p3".into()),
        "ids are never reused"
    );
}

#[test]
fn status_keys_round_trip() {
    for s in TaskStatus::ALL {
        assert_eq!(TaskStatus::from_key(s.key()), Some(s));
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            format!("\"{}\"", s.key())
        );
    }
    assert_eq!(TaskStatus::from_key("finished"), None);
}
