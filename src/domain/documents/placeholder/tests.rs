use super::*;
use crate::domain::data::SchoolData;
use crate::domain::documents::model::Document;
use crate::domain::documents::registry::DocKind;
use crate::domain::documents::templates::{for_person, generate, personal};
use crate::domain::example::example_school;
use crate::domain::school::SchoolProfile;

/// A school with people and pairs whose profile, document records and final event are
/// still empty.
fn unfilled() -> SchoolData {
    let mut d = example_school();
    d.profile = SchoolProfile {
        forms: Vec::new(),
        ..SchoolProfile::default()
    };
    d.documents.clear();
    d.final_event = Default::default();
    d
}

/// Makes one document again from changed data.
type Make = Box<dyn Fn(&SchoolData) -> Option<Document>>;

/// Every document of a dataset, each with a way to make it again from changed data.
fn documents(d: &SchoolData) -> Vec<(String, Make)> {
    let mut out: Vec<(String, Make)> = Vec::new();
    for kind in DocKind::ALL {
        out.push((
            kind.key().into(),
            Box::new(move |d| Some(generate(kind, d))),
        ));
    }
    for kind in DocKind::ALL.into_iter().filter(|k| personal(*k)) {
        for p in &d.people {
            let id = p.id.clone();
            out.push((
                format!("{} {id}", kind.key()),
                Box::new(move |d| for_person(kind, d, &id)),
            ));
        }
    }
    for g in &d.pairs {
        let id = g.id.clone();
        out.push((
            format!("program {id}"),
            Box::new(move |d| for_person(DocKind::Program, d, &id)),
        ));
    }
    out
}

/// Fills in what `missing` names, as the user would.
fn fill(d: &mut SchoolData, missing: Placeholder) {
    match missing {
        Placeholder::Profile(f) => {
            let value = match f {
                ProfileField::AcademicYear => "2025/2026",
                ProfileField::Site => "https://school.example/nastavnichestvo",
                ProfileField::Inn => "7801234567",
                ProfileField::Ogrn => "1027800000000",
                _ => "Иванова Мария Петровна",
            };
            f.set(&mut d.profile, value.to_string());
        }
        Placeholder::Forms => d.profile.forms = crate::domain::forms::default_forms(),
        // A document may cite another's number or date (the Положение cites its order's).
        Placeholder::Number => {
            for kind in DocKind::ALL {
                d.update_document(kind, |r| r.number = "15-о".into());
            }
        }
        Placeholder::Date => {
            for kind in DocKind::ALL {
                d.update_document(kind, |r| r.date = "2025-09-01".into());
            }
        }
        Placeholder::FinalEvent => {
            d.final_event.date = "2026-05-20".into();
            d.final_event.format = "педагогический совет".into();
            d.final_event.place = "актовый зал".into();
        }
        Placeholder::Pairs | Placeholder::Text => {}
    }
}

#[test]
fn every_placeholder_of_every_document_says_what_is_missing() {
    let d = unfilled();
    let mut seen = Vec::new();
    for (name, make) in documents(&d) {
        let Some(doc) = make(&d) else { continue };
        for p in doc.placeholders() {
            let kind = Placeholder::of(&p);
            assert_ne!(kind, Placeholder::Text, "{p} in {name}");
            if !seen.contains(&kind) {
                seen.push(kind);
            }
        }
    }
    // The empty school misses all of these somewhere.
    for kind in [
        Placeholder::Profile(ProfileField::FullName),
        Placeholder::Profile(ProfileField::DirectorName),
        Placeholder::Profile(ProfileField::CoordinatorName),
        Placeholder::Profile(ProfileField::AcademicYear),
        Placeholder::Forms,
        Placeholder::Number,
        Placeholder::Date,
        Placeholder::FinalEvent,
    ] {
        assert!(seen.contains(&kind), "{kind:?} missing nowhere: {seen:?}");
    }
}

#[test]
fn filling_in_what_a_placeholder_names_removes_it() {
    let d = unfilled();
    let mut checked = 0;
    for (name, make) in documents(&d) {
        let Some(doc) = make(&d) else { continue };
        for p in doc.placeholders() {
            let missing = Placeholder::of(&p);
            if missing == Placeholder::Pairs {
                continue;
            }
            let mut filled = d.clone();
            fill(&mut filled, missing);
            let after = make(&filled).expect("the document is still made");
            assert!(
                !after.placeholders().contains(&p),
                "{p} ({missing:?}) stays in {name} after it is filled in"
            );
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} placeholders checked");
}

#[test]
fn the_order_on_pairs_waits_for_the_pairs() {
    let mut d = unfilled();
    d.pairs.clear();
    let missing = generate(DocKind::OrderPairs, &d).placeholders();
    let later: Vec<&String> = missing
        .iter()
        .filter(|p| Placeholder::of(p) == Placeholder::Pairs)
        .collect();
    assert_eq!(later.len(), 4, "{missing:?}");
    assert!(later.iter().all(|p| Placeholder::of(p).comes_later()));
    // With pairs formed they are gone: `templates::tests::placeholders_appear_exactly_for_missing_data`.
}

#[test]
fn kinds_of_placeholder_texts() {
    use Placeholder as P;
    use ProfileField as F;
    for (text, kind) in [
        ("[ФИО директора]", P::Profile(F::DirectorName)),
        ("И.О. Фамилия директора", P::Profile(F::DirectorName)),
        ("[должность руководителя]", P::Profile(F::DirectorPosition)),
        ("[Фамилия И.О. куратора]", P::Profile(F::CoordinatorName)),
        ("[ИНН]", P::Profile(F::Inn)),
        ("[формы наставничества]", P::Forms),
        ("[номер]", P::Number),
        ("[дата]", P::Date),
        ("[срок]", P::Pairs),
        ("[место проведения]", P::FinalEvent),
        ("[подпись]", P::Text),
    ] {
        assert_eq!(Placeholder::of(text), kind, "{text}");
    }
    assert!(!P::Date.comes_later());
    assert!(P::FinalEvent.comes_later());
}
