//! A `<select>` over a list that comes from the data (people, rounds, participants): what
//! `EnumSelect` is for a closed enum.

use leptos::prelude::*;

use super::Getter;
use crate::domain::people::Person;
use crate::domain::taxonomy::Area;

/// The first option of a [`Pick`]: nothing chosen yet.
pub const CHOOSE: &str = "— выберите —";

/// A select of `options` (value, label), redrawn when they change, with a first option
/// «— выберите —» (value `""`) unless `required`. `on_change` gets the value chosen. The
/// option equal to `selected` (read as the options are drawn) is marked chosen: a select's
/// value set before its options exist would be lost.
#[component]
pub fn Pick(
    #[prop(into)] id: String,
    #[prop(into)] options: Getter<Vec<(String, String)>>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional, into)] selected: Option<Getter<String>>,
    #[prop(optional)] required: bool,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <select id=id data-testid=testid on:change=move |ev| on_change.run(event_target_value(&ev))>
            {(!required).then(|| view! { <option value="">{CHOOSE}</option> })}
            {move || {
                let current = selected.as_ref().map(Getter::get_untracked);
                options.get().into_iter().map(|(value, label)| {
                    let chosen = current.as_deref() == Some(value.as_str());
                    view! { <option value=value selected=chosen>{label}</option> }
                }).collect_view()
            }}
        </select>
    }
}

/// People as a [`Pick`]'s options: id and name.
pub fn person_options<'a>(people: impl IntoIterator<Item = &'a Person>) -> Vec<(String, String)> {
    people
        .into_iter()
        .map(|p| (p.id.clone(), p.full_name.clone()))
        .collect()
}

/// The areas of the taxonomy as a [`Pick`]'s options: id and title.
pub fn area_options(taxonomy: &[Area]) -> Vec<(String, String)> {
    taxonomy
        .iter()
        .map(|a| (a.id.clone(), a.title.clone()))
        .collect()
}
