//! Mentees left without a mentor: their support, and the search that goes on.

use leptos::prelude::*;

use crate::domain::pairs::SupportEntry;
use crate::storage::clock;

use super::super::router::Route;
use super::super::state::use_edit;
use super::super::widgets::{after_add, on_submit, Card, InputField, Pick};

/// The User Timing name of the stage-5 hint's suggestion (`performance.getEntriesByName`).
const SUGGEST_MARK: &str = "nastavnik:suggestion-stage5";

/// Mentees left without a mentor: psych-pedagogical support, and the search goes on.
#[component]
pub fn Unpaired() -> impl IntoView {
    let (state, error) = use_edit();
    let rows = state.read(move |d| {
        d.unpaired_mentees()
            .iter()
            .map(|p| {
                let entries = d
                    .support_of(&p.id)
                    .iter()
                    .map(|s| s.summary())
                    .collect::<Vec<_>>();
                (p.id.clone(), p.full_name.clone(), entries)
            })
            .collect::<Vec<_>>()
    });
    // The search goes on: the suggestion is re-run over the current banks whenever they
    // change (a new mentor joins, a pair ends), and says for how many unpaired mentees it now
    // finds a mentor above the threshold. Only then: `inputs` keeps its value (and so `found`
    // does not run) while other data changes, such as a task's note typed on this page.
    let inputs = Memo::new_owning(move |old| state.data.with(|d| d.refresh_suggest_inputs(old)));
    let found = Memo::new(move |_| {
        inputs.with(|i| clock::measured(SUGGEST_MARK, || i.suggest().pairs.len()))
    });
    let [mentee, form, who, note] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let date = RwSignal::new(clock::today_local_iso());
    let submit = on_submit(move || {
        let entry = SupportEntry {
            mentee: mentee.get_untracked(),
            date: date.get_untracked(),
            form: form.get_untracked(),
            who: who.get_untracked(),
            note: note.get_untracked(),
            ..Default::default()
        };
        let result = state.change(|d| d.add_support(entry).map(|_| ()));
        after_add(error, result, || {
            form.set(String::new());
            note.set(String::new());
        });
    });
    view! {
        <Card id="unpaired-title" title="Наставляемые без пары" testid="unpaired" error=error>
            <p class="hint">
                "Пока наставник не найден, педагогу оказывается психолого-педагогическая поддержка; поиск продолжается: "
                "когда в банке появляется новый наставник, запустите подбор на "
                <a href=Route::Stage(4).href()>"этапе 4"</a> "."
            </p>
            {move || {
                let rows = rows.get();
                let options: Vec<(String, String)> =
                    rows.iter().map(|(id, n, _)| (id.clone(), n.clone())).collect();
                if rows.is_empty() {
                    view! { <p class="empty">"Все включённые в банк наставляемые — в парах или группах."</p> }.into_any()
                } else {
                    let found = found.get();
                    view! {
                        <p role="status" data-testid="search-goes-on">{if found > 0 {
                            format!("Подбор по текущим банкам находит наставника для {found} из {}. Откройте этап 4, чтобы посмотреть и принять пары.", rows.len())
                        } else {
                            "Подбор по текущим банкам пока не находит подходящего наставника со свободными местами: поиск продолжается — пригласите новых кандидатов в наставники (этап 3) или снизьте порог на этапе 4.".to_string()
                        }}</p>
                        <ul class="unpaired-list">
                            {rows.into_iter().map(|(id, n, entries)| { let href = Route::Person(id.clone()).href(); view! {
                                <li data-mentee=id>
                                    <a href=href>{n}</a>
                                    {if entries.is_empty() {
                                        view! { " " <span class="flag">"сопровождение не отмечено"</span> }.into_any()
                                    } else {
                                        view! { <ul>{entries.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul> }.into_any()
                                    }}
                                </li>
                            }}).collect_view()}
                        </ul>
                        <form class="grid-form" on:submit=submit>
                            <div class="field">
                                <label for="support-mentee">"Наставляемый"</label>
                                <Pick id="support-mentee" options on_change=move |v| mentee.set(v) />
                            </div>
                            <InputField id="support-date" label="Дата" kind="date" value=date />
                            <InputField id="support-form" label="Форма поддержки" maxlength=200 placeholder="консультация педагога-психолога" value=form />
                            <InputField id="support-who" label="Кто оказал" maxlength=200 value=who />
                            <InputField id="support-note" label="Примечание" maxlength=500 value=note />
                            <div class="actions"><button type="submit" class="btn">"Записать поддержку"</button></div>
                        </form>
                    }.into_any()
                }
            }}
        </Card>
    }
}
