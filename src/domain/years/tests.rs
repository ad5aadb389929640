use super::*;
use crate::domain::archive::{decode, Envelope};
use crate::domain::banks::Bank;
use crate::domain::people::ConsentKind;
use crate::domain::report_file;

const TODAY: &str = "2026-06-20";

/// A school's year as the v7 fixture keeps it: 60 teachers, two running pairs (one a group,
/// one with a mentor change), two monitoring rounds with answers and self-assessments,
/// trainings, support, the final event, registered orders and the public section's log.
fn year() -> SchoolData {
    let mut d = decode(include_bytes!("../../../tests/fixtures/archive-v7.json"))
        .unwrap()
        .data;
    d.roadmap[0].deadline = "до 15.09.2025".into();
    d.roadmap[0].note = "Приказ подписан".into();
    d.withdraw_consent("p20", ConsentKind::Processing, "2026-02-01")
        .unwrap();
    d
}

fn plan(carry: &[&str]) -> RolloverPlan {
    RolloverPlan {
        carry: carry.iter().map(|s| s.to_string()).collect(),
    }
}

#[test]
fn the_finished_year_is_kept_whole_and_the_new_one_starts_as_the_issue_says() {
    let d = year();
    let next = rollover(&d, &plan(&["g1"]), TODAY).unwrap();

    // The finished year: everything as it was, the pair not carried over closed today.
    assert_eq!(next.past_years.len(), 1);
    let past = &next.past_years[0];
    assert_eq!(
        (past.label.as_str(), past.closed_on.as_str()),
        ("2025/2026", TODAY)
    );
    let mut expected = d.clone();
    let g2 = expected.pairs.iter_mut().find(|g| g.id == "g2").unwrap();
    g2.status = PairStatus::Finished;
    assert_eq!(g2.end, "2026-05-31", "an earlier planned end is kept");
    assert_eq!(past.data, expected);
    assert!(past.data.past_years.is_empty());
    assert!(!past.data.monitoring.responses.is_empty() && past.data.documents.len() >= 2);

    // The new year.
    let p = &next.profile;
    assert_eq!(
        (p.academic_year.as_str(), p.year_end.as_str()),
        ("2026/2027", "2027-06-10")
    );
    assert_eq!((p.inn.as_str(), p.regional_acts.len()), ("7802000008", 1));
    assert!(p.union_opinion);
    // Carried-over pairs keep their ПНП and history; their end moves to the new year's.
    assert_eq!(next.pairs.len(), 1);
    let (old, new) = (&d.pairs[0], &next.pairs[0]);
    assert_eq!((new.id.as_str(), new.status), ("g1", PairStatus::Active));
    assert_eq!((&new.program, &new.history), (&old.program, &old.history));
    assert!(!new.history.is_empty() && !new.program.tasks.is_empty());
    assert_eq!(
        (new.start.as_str(), new.end.as_str()),
        (old.start.as_str(), "2027-06-10")
    );
    // The roadmap: the school's rows, not started, dates a year on, no notes.
    assert_eq!(next.roadmap.len(), d.roadmap.len());
    assert!(next
        .roadmap
        .iter()
        .all(|r| r.status == TaskStatus::NotStarted && r.note.is_empty()));
    assert_eq!(next.roadmap[0].deadline, "до 15.09.2026");
    assert_eq!(next.roadmap[0].event, d.roadmap[0].event);
    // Documents: no numbers or dates; the chosen grounds stay.
    assert!(next
        .documents
        .values()
        .all(|r| r.number.is_empty() && r.date.is_empty()));
    assert_eq!(
        next.documents["order_pairs"].grounds,
        Some(vec!["fz-273".to_string(), "tk-351.8".to_string()])
    );
    // The register stays; a withdrawn consent stays only in the finished year; the
    // questionnaires are last year's.
    assert_eq!(
        next.people.iter().map(|p| &p.full_name).collect::<Vec<_>>(),
        d.people.iter().map(|p| &p.full_name).collect::<Vec<_>>()
    );
    assert!(next.person("p20").unwrap().consents.processing.is_none());
    assert!(past
        .data
        .person("p20")
        .unwrap()
        .consents
        .processing
        .is_some());
    let active_before = d
        .people
        .iter()
        .filter(|p| p.matching_block().is_none())
        .count();
    let active_after = next
        .people
        .iter()
        .filter(|p| p.matching_block().is_none())
        .count();
    assert_eq!(active_after, active_before);
    let answers: Vec<bool> = next
        .people
        .iter()
        .filter_map(|p| p.mentee.as_ref()?.answers.as_ref())
        .map(|a| a.last_year)
        .collect();
    assert!(!answers.is_empty() && answers.iter().all(|x| *x));
    assert!(next
        .people
        .iter()
        .filter_map(|p| p.mentor.as_ref()?.answers.as_ref())
        .all(|a| a.last_year));
    // Kept: taxonomy, library (the final event's «best» belongs to the finished year),
    // the questionnaires of the monitoring, settings; started again: the year's records.
    assert_eq!(next.taxonomy, d.taxonomy);
    assert_eq!(next.library.len(), d.library.len());
    assert!(next.library.iter().all(|p| !p.best));
    assert_eq!(
        next.monitoring.mentee_questions,
        d.monitoring.mentee_questions
    );
    assert!(next.monitoring.rounds.is_empty() && next.monitoring.responses.is_empty());
    assert!(next.monitoring.self_assessment.is_empty());
    assert!(next.trainings.is_empty() && next.support.is_empty() && next.pair_orders.is_empty());
    assert_eq!(next.final_event, Default::default());
    assert!(next.publication.log.is_empty() && next.publication.published.is_empty());
    assert_eq!(next.publication.news, d.publication.news);
    assert_eq!(next.publication.section_url, d.publication.section_url);
}

#[test]
fn nothing_of_the_finished_year_enters_the_new_years_figures() {
    let d = year();
    let before = report_file::make(&d, TODAY).report.figures;
    assert!(before.responses_mentees > 0 && before.pairs + before.groups == 2);
    let next = rollover(&d, &plan(&["g1"]), TODAY).unwrap();
    let f = report_file::make(&next, "2026-09-01").report.figures;
    assert_eq!((f.pairs, f.groups, f.terminated), (1, 0, 0));
    assert_eq!((f.mentors, f.mentees, f.programs), (1, 1, 1));
    assert_eq!((f.responses_mentees, f.responses_mentors), (0, 0));
    assert_eq!(
        (f.satisfaction_mentees, f.satisfaction_mentors),
        (None, None)
    );
    assert_eq!((f.round.clone(), f.growth), (None, None));
    assert_eq!((f.best_practices, f.event_participants), (0, 0));
    assert_eq!(f.teachers, before.teachers);
    // Everything closed: no pair of the finished year is counted.
    let closed = rollover(&d, &RolloverPlan::close_all(), TODAY).unwrap();
    let f = report_file::make(&closed, "2026-09-01").report.figures;
    assert_eq!(
        (f.pairs, f.groups, f.mentors, f.mentees, f.programs),
        (0, 0, 0, 0, 0)
    );
    // The finished year's own figures stay those of that year.
    let past = report_file::make(&closed.past_years[0].data, TODAY)
        .report
        .figures;
    assert_eq!(
        (past.pairs + past.groups, past.responses_mentees),
        (2, before.responses_mentees)
    );
    let carried = rollover(&d, &RolloverPlan::carry_all(&d), TODAY).unwrap();
    assert_eq!(carried.pairs.len(), 2);
}

#[test]
fn a_year_not_set_or_already_closed_is_refused() {
    let mut d = year();
    d.profile.academic_year = " ".into();
    let e = rollover(&d, &plan(&[]), TODAY).unwrap_err();
    assert!(e.contains("Учебный год не указан"), "{e}");
    d.profile.academic_year = "2025-2027".into();
    let e = rollover(&d, &plan(&[]), TODAY).unwrap_err();
    assert!(e.contains("указан неверно"), "{e}");
    let d = year();
    let e = rollover(&d, &plan(&["g9"]), TODAY).unwrap_err();
    assert!(e.contains("«g9»"), "{e}");
    assert!(rollover(&d, &plan(&[]), "20.06.2026").is_err());
    // The same year twice: someone set the profile back to a closed year.
    let mut next = rollover(&d, &plan(&[]), TODAY).unwrap();
    next.profile.academic_year = "2025/2026".into();
    let e = rollover(&next, &plan(&[]), TODAY).unwrap_err();
    assert!(e.contains("2025/2026 уже закрыт"), "{e}");
}

#[test]
fn years_pile_up_oldest_first_and_round_trip_through_the_archive() {
    let d = year();
    let y2 = rollover(&d, &plan(&["g1"]), TODAY).unwrap();
    let y3 = rollover(&y2, &plan(&[]), "2027-06-25").unwrap();
    let labels: Vec<&str> = y3.past_years.iter().map(|y| y.label.as_str()).collect();
    assert_eq!(labels, ["2025/2026", "2026/2027"]);
    assert!(y3.past_years.iter().all(|y| y.data.past_years.is_empty()));
    assert_eq!(y3.profile.academic_year, "2027/2028");
    assert!(y3.pairs.is_empty());
    assert_eq!(
        y3.past_year("2026/2027").unwrap().data.pairs[0].status,
        PairStatus::Finished
    );
    let env = Envelope::new(y3.clone(), 3, "2027-06-25T10:00:00Z");
    assert_eq!(decode(env.to_json().as_bytes()).unwrap().data, y3);
}

#[test]
fn a_questionnaire_is_renewed_by_any_edit() {
    let d = year();
    let mut next = rollover(&d, &plan(&[]), TODAY).unwrap();
    let id = next
        .people
        .iter()
        .find(|p| p.mentee.as_ref().is_some_and(|r| r.answers.is_some()))
        .unwrap()
        .id
        .clone();
    next.edit_answers(
        &id,
        Bank::Mentees,
        "2026-09-10",
        crate::domain::answers::AnswerEdit::Text("Новый запрос".into()),
    )
    .unwrap();
    let a = next
        .person(&id)
        .unwrap()
        .mentee
        .as_ref()
        .unwrap()
        .answers
        .clone()
        .unwrap();
    assert!(!a.last_year);
    assert_eq!(a.date, "2026-09-10");
    // The finished year keeps the old questionnaire.
    let old = next.past_years[0]
        .data
        .person(&id)
        .unwrap()
        .mentee
        .clone()
        .unwrap();
    assert_ne!(old.answers.unwrap().text, "Новый запрос");
}

#[test]
fn a_person_deleted_or_anonymized_now_is_anonymized_in_past_years_too() {
    let d = year();
    let mut next = rollover(&d, &plan(&["g1"]), TODAY).unwrap();
    // p20 withdrew the consent to processing: anonymized now and in the past year alike.
    next.anonymize_person("p20", "2026-09-05").unwrap();
    let now = next.person("p20").unwrap().full_name.clone();
    let then = next.past_years[0].data.person("p20").unwrap().clone();
    assert!(then.anonymized && then.phone.is_empty() && then.email.is_empty());
    assert_eq!(then.full_name, now);
    // p3 (mentee of the carried pair) is deleted with their records: the past year keeps the
    // pair and the answers, under «Участник N» with no contacts.
    let name = d.person("p3").unwrap().full_name.clone();
    next.delete_person("p3", true).unwrap();
    let past = &next.past_years[0].data;
    let p3 = past.person("p3").unwrap();
    assert!(p3.anonymized && p3.full_name.starts_with("Участник ") && p3.phone.is_empty());
    assert_ne!(p3.full_name, then.full_name);
    assert!(past
        .pairs
        .iter()
        .any(|g| g.mentees.contains(&"p3".to_string())));
    let json = serde_json::to_string(&next).unwrap();
    assert!(!json.contains(&name), "the deleted name is nowhere");
}

#[test]
fn years_and_dates_move_one_year() {
    assert_eq!(next_academic_year("2026/2027").unwrap(), "2027/2028");
    assert_eq!(next_academic_year(" 2026-2027 ").unwrap(), "2027/2028");
    assert!(next_academic_year("").is_err());
    assert_eq!(date_plus_year("2028-02-29").unwrap(), "2029-02-28");
    assert_eq!(date_plus_year("2026-05-31").unwrap(), "2027-05-31");
    assert_eq!(date_plus_year("31.05.2026"), None);
    assert_eq!(
        shift_years_in_text("до 15.09.2025, август 2025 – май 2026; каб. 12345, 1999 г."),
        "до 15.09.2026, август 2026 – май 2027; каб. 12345, 1999 г."
    );
    assert_eq!(
        shift_years_in_text("2025/2026 учебный год"),
        "2026/2027 учебный год"
    );
}

#[test]
fn a_past_year_is_shown_read_only_and_the_current_one_comes_back_untouched() {
    let d = year();
    let y2 = rollover(&d, &plan(&["g1"]), TODAY).unwrap();
    let y3 = rollover(&y2, &plan(&[]), "2027-06-25").unwrap();
    let mut view = YearView::default();
    let mut shown = y3.clone();
    assert_eq!(view.editable(), Ok(()));
    assert_eq!(
        view.labels(&shown),
        (
            vec!["2025/2026".to_string(), "2026/2027".to_string()],
            "2027/2028".to_string()
        )
    );
    assert!(view
        .enter(&mut shown, "2024/2025")
        .unwrap_err()
        .contains("«2024/2025»"));
    assert_eq!((shown == y3, view.viewing()), (true, None));

    view.enter(&mut shown, "2026/2027").unwrap();
    assert_eq!(view.viewing(), Some("2026/2027"));
    assert_eq!(shown.profile.academic_year, "2026/2027");
    assert_eq!(shown, y3.past_years[1].data);
    assert_eq!(
        view.current(&shown),
        &y3,
        "the current year waits untouched"
    );
    let e = view.editable().unwrap_err();
    assert!(
        e.starts_with("Вы смотрите 2026/2027 — только чтение"),
        "{e}"
    );
    // The selector still lists every year while a past one is shown.
    assert_eq!(view.labels(&shown).1, "2027/2028");
    // From one past year to another, then back.
    view.enter(&mut shown, "2025/2026").unwrap();
    assert_eq!(shown, y3.past_years[0].data);
    assert!(view.leave(&mut shown));
    assert_eq!((shown == y3, view.viewing()), (true, None));
    assert!(!view.leave(&mut shown));
    assert_eq!(shown, y3);
}

#[test]
fn the_form_suggests_carrying_over_the_pairs_planned_past_the_years_end() {
    let mut d = year();
    assert_eq!(RolloverPlan::suggested(&d), RolloverPlan::close_all());
    d.pairs[1].end = "2026-12-25".into();
    assert_eq!(RolloverPlan::suggested(&d), plan(&["g2"]));
    let mut all = RolloverPlan::carry_all(&d);
    assert_eq!(all, plan(&["g1", "g2"]));
    all.set("g1", false);
    assert_eq!(all, plan(&["g2"]));
    // A pair already ended is not asked about.
    d.pairs[0].status = PairStatus::Terminated;
    assert_eq!(RolloverPlan::carry_all(&d), plan(&["g2"]));
}
