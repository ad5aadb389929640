//! The mentors' trainings with their materials and attendance.

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::format::{count, date_ru};
use crate::domain::pairs::{Training, TrainingKind};
use crate::storage::clock;

use super::super::state::use_edit;
use super::super::widgets::{
    after_add, on_submit, person_options, Card, ConfirmButton, EnumSelect, ErrorText, InputField,
};

#[component]
pub fn Trainings() -> impl IntoView {
    let (state, error) = use_edit();
    // A memo, so that the list is rebuilt only when events are added or removed (not on every
    // attendance mark, which would drop the focus).
    let ids = state.read(SchoolData::training_ids);
    let kind = RwSignal::new(TrainingKind::Session);
    let date = RwSignal::new(clock::today_local_iso());
    let [topic, materials] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let add = on_submit(move || {
        let t = Training {
            kind: kind.get_untracked(),
            date: date.get_untracked(),
            topic: topic.get_untracked().trim().to_string(),
            materials: materials.get_untracked(),
            ..Default::default()
        };
        after_add(
            error,
            state.change(|d| d.add_training(t).map(|_| ())),
            || {
                topic.set(String::new());
                materials.set(String::new());
            },
        );
    });
    view! {
        <Card id="trainings-title" title="Обучение наставников" h2=true testid="trainings">
            <p class="hint">
                "Установочные сессии, семинары, консультации и обмен опытом для наставников, с методическими материалами. "
                "Посещение отмечается по наставникам, включённым в банк; число посещённых мероприятий видно в банке наставников (этап 3)."
            </p>
            {move || ids.with(Vec::is_empty).then(|| view! { <p class="empty">"Мероприятий обучения пока нет."</p> })}
            <ol class="trainings">
                {move || ids.get().into_iter().map(|id| view! { <TrainingItem id=id /> }).collect_view()}
            </ol>
            <form class="training-form" on:submit=add>
                <h3>"Новое мероприятие"</h3>
                <div class="meta-grid">
                    <div class="field">
                        <label for="training-kind">"Вид"</label>
                        <EnumSelect id="training-kind" selected=move || Some(kind.get()) on_change=move |k| kind.set(k) />
                    </div>
                    <InputField id="training-date" label="Дата" kind="date" value=date />
                </div>
                <InputField id="training-topic" label="Тема" maxlength=500 value=topic />
                <InputField id="training-materials" label="Методические материалы (по одному на строку: название или ссылка)"
                    rows=3 maxlength=5000 value=materials />
                <button type="submit" class="btn">"Добавить мероприятие"</button>
                <ErrorText message=error />
            </form>
        </Card>
    }
}

#[component]
fn TrainingItem(id: String) -> impl IntoView {
    let (state, error) = use_edit();
    let Some(t) = state.data.with_untracked(|d| d.training(&id).cloned()) else {
        return ().into_any();
    };
    let mentors = state
        .data
        .with_untracked(|d| person_options(d.bank_mentors()));
    let total = mentors.len();
    let attended = state.read_of(&id, |d, id| d.training(id).map_or(0, |t| t.attended.len()));
    let delete = {
        let id = id.clone();
        Callback::new(move |()| {
            error.set(state.change(|d| d.delete_training(&id).map(|_| ())).err())
        })
    };
    view! {
        <li class="training" data-training=id.clone()>
            <h3>{date_ru(&t.date)} " — " {t.kind.label()} ": " {t.topic.clone()}</h3>
            {(!t.materials.trim().is_empty()).then(|| view! {
                <div class="materials">
                    <p class="label">"Материалы:"</p>
                    <ul>{t.material_lines().into_iter().map(|l| view! { <li>{l.to_string()}</li> }).collect_view()}</ul>
                </div>
            })}
            <fieldset class="attendance">
                <legend>"Посещение: " {move || format!("{} из {}", attended.get(), count(total as u64, ["наставника", "наставников", "наставников"]))}</legend>
                {(total == 0).then(|| view! { <p class="empty">"В банке наставников нет включённых педагогов."</p> })}
                {mentors.into_iter().map(|(pid, full_name)| {
                    let input_id = format!("att-{id}-{pid}");
                    let (tid, tid2, pid2) = (id.clone(), id.clone(), pid.clone());
                    view! {
                        <div class="check">
                            <input type="checkbox" id=input_id.clone()
                                prop:checked=move || state.data.with(|d| d.training(&tid).is_some_and(|t| t.attended.contains(&pid)))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    error.set(state.change(|d| d.update_training(&tid2, |t| t.set_attended(&pid2, on))).err());
                                } />
                            <label for=input_id>{full_name}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <ErrorText message=error />
            <ConfirmButton label="Удалить мероприятие…" question="Мероприятие и отметки о посещении будут удалены."
                confirm="Удалить" small=true danger=true group="Подтверждение удаления мероприятия" on_confirm=delete />
        </li>
    }
    .into_any()
}
