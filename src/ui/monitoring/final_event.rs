//! The final event of the year.

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::documents::registry::DocKind;
use crate::domain::format::date_ru;
use crate::domain::library::FinalEvent;

use super::super::router::Route;
use super::super::state::{use_edit, use_state};
use super::super::widgets::{person_options, Card, InputField};

/// The final event: date, format, participants, program, outcome.
#[component]
pub fn FinalEventCard() -> impl IntoView {
    let (state, error) = use_edit();
    let summary = move || state.data.with(SchoolData::final_event_summary);
    // A text of the event as shown, and its edit saved as it is typed.
    let text =
        move |f: fn(&FinalEvent) -> &String| move || state.data.with(|d| f(&d.final_event).clone());
    let save = move |f: fn(&mut FinalEvent, String)| {
        Callback::new(move |v: String| {
            error.set(state.change(|d| d.update_event(|e| f(e, v))).err())
        })
    };
    view! {
        <Card id="event-title" title="Итоговое мероприятие" error=error>
            <p class="hint">
                "Дата и форма попадают в " <a href=Route::Document(DocKind::OrderFinalEvent).href()>"приказ о проведении итогового мероприятия"</a>
                "; программа — в приложение к нему. Лучшие практики отмечаются в методической копилке ниже."
            </p>
            <div class="grid-form">
                <InputField id="event-date" label="Дата проведения" kind="date"
                    read=text(|e| &e.date) write=save(|e, v| e.date = v) />
                <InputField id="event-format" label="Форма проведения" kind="text" maxlength=300 list="event-formats"
                    read=text(|e| &e.format) write=save(|e, v| e.format = v)>
                    <datalist id="event-formats">
                        <option value="педагогический совет"></option>
                        <option value="фестиваль педагогических идей"></option>
                        <option value="научно-практическая конференция"></option>
                        <option value="методический марафон"></option>
                    </datalist>
                </InputField>
            </div>
            <div class="grid-form">
                <InputField id="event-time" label="Время начала" kind="time"
                    read=text(|e| &e.time) write=save(|e, v| e.time = v) />
                <InputField id="event-place" label="Место проведения" kind="text" maxlength=300 placeholder="актовый зал"
                    read=text(|e| &e.place) write=save(|e, v| e.place = v) />
            </div>
            <InputField id="event-jury" label="Экспертная группа (каждый — с новой строки: «Иванова М.П., директор»)"
                hint="Без списка приказ назовёт председателем директора, членами — куратора и руководителей методических объединений."
                rows=3 maxlength=3000 read=text(|e| &e.jury) write=save(|e, v| e.jury = v) />
            <InputField id="event-criteria" label="Критерии лучших практик (каждый — с новой строки)"
                hint="Без своих критериев приказ приведёт обычные: результативность, актуальность, тиражируемость, качество представления."
                rows=3 maxlength=3000 read=text(|e| &e.criteria) write=save(|e, v| e.criteria = v) />
            <InputField id="event-program" label="Программа (каждый пункт — с новой строки)"
                rows=4 maxlength=5000 read=text(|e| &e.program) write=save(|e, v| e.program = v) />
            <InputField id="event-outcome" label="Итоги мероприятия"
                rows=3 maxlength=5000 read=text(|e| &e.outcome) write=save(|e, v| e.outcome = v) />
            <EventParticipants error />
            <p role="status">{summary}</p>
            <p class="muted">{move || state.data.with(|d| {
                let r = d.document(DocKind::OrderFinalEvent);
                if r.number.trim().is_empty() { "Приказ ещё не зарегистрирован: укажите номер и дату на странице приказа.".to_string() }
                else { format!("Приказ № {} от {}", r.number.trim(), date_ru(&r.date)) }
            })}</p>
        </Card>
    }
}

/// Who came: the participants of the pairs, each with a check box.
#[component]
fn EventParticipants(error: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_state();
    let people = state.read(move |d| person_options(d.pair_participants()));
    view! {
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
                                                error.set(state.change(|d| d.update_event(|e| e.set_participant(&id, on))).err());
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
    }
}
