//! The final event of the year.

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::documents::registry::DocKind;
use crate::domain::format::date_ru;

use super::super::router::Route;
use super::super::state::use_state;
use super::error_view;

/// The final event: date, format, participants, program, outcome.
#[component]
pub fn FinalEventCard() -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<String>);
    let set = move |f: Box<dyn FnOnce(&mut crate::domain::library::FinalEvent)>| {
        error.set(state.change(|d| d.update_event(f)).err());
    };
    let people = Memo::new(move |_| {
        state.data.with(|d| {
            d.pair_participants()
                .iter()
                .map(|p| (p.id.clone(), p.full_name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let field = move |f: fn(&crate::domain::library::FinalEvent) -> String| {
        move || state.data.with(|d| f(&d.final_event))
    };
    let summary = move || state.data.with(SchoolData::final_event_summary);
    let (s1, s2, s3, s4) = (set, set, set, set);
    let (s6, s7, s8, s9) = (set, set, set, set);
    view! {
        <section class="card" aria-labelledby="event-title">
            <h3 id="event-title">"Итоговое мероприятие"</h3>
            <p class="hint">
                "Дата и форма попадают в " <a href=Route::Document(DocKind::OrderFinalEvent).href()>"приказ о проведении итогового мероприятия"</a>
                "; программа — в приложение к нему. Лучшие практики отмечаются в методической копилке ниже."
            </p>
            <div class="grid-form">
                <div class="field">
                    <label for="event-date">"Дата проведения"</label>
                    <input id="event-date" type="date" prop:value=field(|e| e.date.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); s1(Box::new(move |e| e.date = v)) } />
                </div>
                <div class="field">
                    <label for="event-format">"Форма проведения"</label>
                    <input id="event-format" type="text" maxlength="300" list="event-formats" prop:value=field(|e| e.format.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); s2(Box::new(move |e| e.format = v)) } />
                    <datalist id="event-formats">
                        <option value="педагогический совет"></option>
                        <option value="фестиваль педагогических идей"></option>
                        <option value="научно-практическая конференция"></option>
                        <option value="методический марафон"></option>
                    </datalist>
                </div>
            </div>
            <div class="grid-form">
                <div class="field">
                    <label for="event-time">"Время начала"</label>
                    <input id="event-time" type="time" prop:value=field(|e| e.time.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); s6(Box::new(move |e| e.time = v)) } />
                </div>
                <div class="field">
                    <label for="event-place">"Место проведения"</label>
                    <input id="event-place" type="text" maxlength="300" placeholder="актовый зал" prop:value=field(|e| e.place.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); s7(Box::new(move |e| e.place = v)) } />
                </div>
            </div>
            <div class="field">
                <label for="event-jury">"Экспертная группа (каждый — с новой строки: «Иванова М.П., директор»)"</label>
                <p class="hint">"Без списка приказ назовёт председателем директора, членами — куратора и руководителей методических объединений."</p>
                <textarea id="event-jury" rows="3" maxlength="3000" prop:value=field(|e| e.jury.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); s8(Box::new(move |e| e.jury = v)) }></textarea>
            </div>
            <div class="field">
                <label for="event-criteria">"Критерии лучших практик (каждый — с новой строки)"</label>
                <p class="hint">"Без своих критериев приказ приведёт обычные: результативность, актуальность, тиражируемость, качество представления."</p>
                <textarea id="event-criteria" rows="3" maxlength="3000" prop:value=field(|e| e.criteria.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); s9(Box::new(move |e| e.criteria = v)) }></textarea>
            </div>
            <div class="field">
                <label for="event-program">"Программа (каждый пункт — с новой строки)"</label>
                <textarea id="event-program" rows="4" maxlength="5000" prop:value=field(|e| e.program.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); s3(Box::new(move |e| e.program = v)) }></textarea>
            </div>
            <div class="field">
                <label for="event-outcome">"Итоги мероприятия"</label>
                <textarea id="event-outcome" rows="3" maxlength="5000" prop:value=field(|e| e.outcome.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); s4(Box::new(move |e| e.outcome = v)) }></textarea>
            </div>
            <fieldset class="participants">
                <legend>"Участники (наставники и наставляемые пар)"</legend>
                {move || {
                    let list = people.get();
                    if list.is_empty() {
                        view! { <p class="empty">"Пар пока нет."</p> }.into_any()
                    } else {
                        view! {
                            <button type="button" class="btn btn-small" on:click=move |_| {
                                error.set(state.change(SchoolData::mark_all_present).err())
                            }>"Отметить всех"</button>
                            <ul class="checks">
                                {list.into_iter().map(|(id, name)| {
                                    let fid = format!("event-p-{id}");
                                    let i1 = id.clone();
                                    view! {
                                        <li>
                                            <input type="checkbox" id=fid.clone()
                                                prop:checked=move || state.data.with(|d| d.final_event.participants.contains(&i1))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    let id = id.clone();
                                                    set(Box::new(move |e| e.set_participant(&id, on)));
                                                } />
                                            <label for=fid>{name}</label>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }}
            </fieldset>
            <p role="status">{summary}</p>
            <p class="muted">{move || state.data.with(|d| {
                let r = d.document(DocKind::OrderFinalEvent);
                if r.number.trim().is_empty() { "Приказ ещё не зарегистрирован: укажите номер и дату на странице приказа.".to_string() }
                else { format!("Приказ № {} от {}", r.number.trim(), date_ru(&r.date)) }
            })}</p>
            {error_view(error)}
        </section>
    }
}
