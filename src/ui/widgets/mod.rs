//! Shared pieces: the header with the save indicator, progress bars, and the shapes every
//! screen uses (an error paragraph, a confirmed action, a select over a key/label enum, a
//! table file picker, «Копировать», «Показать ещё», a select over a list from the data, a form's input, a card, a table's column headings,
//! a list of records kept by id).

mod card;
mod confirm;
mod copy_button;
mod enum_select;
mod error_text;
mod file_picker;
mod getter;
mod id_list;
mod input_field;
mod measures;
mod pick;
mod show_more;

pub use card::{Card, ColumnHeads};
pub use confirm::ConfirmButton;
pub use copy_button::CopyButton;
pub use enum_select::EnumSelect;
pub use error_text::ErrorText;
pub use file_picker::{FilePicker, TABLE_FILES};
pub use getter::Getter;
pub use id_list::IdList;
pub use input_field::InputField;
pub use measures::StageMeasures;
pub use pick::{area_options, person_options, Pick, CHOOSE};
pub use show_more::ShowMore;

use leptos::prelude::*;

use crate::domain::forms::MentoringForm;
use crate::domain::progress::StageProgress;
use crate::storage::clock;

use super::router::Route;
use super::state::{use_state, SaveStatus};

/// «Сохранено в 14:32» and friends.
pub fn save_label(status: &SaveStatus, last_saved: Option<&str>) -> String {
    match status {
        SaveStatus::Pending => "Сохранение…".into(),
        SaveStatus::Failed(reason) => format!("Не сохранено: {reason}"),
        SaveStatus::Conflict => "Не сохранено: данные изменены в другой вкладке".into(),
        SaveStatus::Idle => match last_saved.and_then(clock::local_date_time) {
            Some((date, time)) if date == today_ru() => format!("Сохранено в {time}"),
            Some((date, time)) => format!("Сохранено {date} в {time}"),
            None => "Данных пока нет".into(),
        },
    }
}

fn today_ru() -> String {
    clock::local_date_time(&clock::now_iso())
        .map(|(d, _)| d)
        .unwrap_or_default()
}

#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let school = move || {
        state.data.with(|d| {
            let s = d.profile.short_name.trim();
            if s.is_empty() {
                "Школа не указана".to_string()
            } else {
                s.to_string()
            }
        })
    };
    let label = move || {
        let status = state.status.get();
        state.last_saved.with(|l| save_label(&status, l.as_deref()))
    };
    let failing = move || {
        matches!(
            state.status.get(),
            SaveStatus::Failed(_) | SaveStatus::Conflict
        )
    };
    let download_error = RwSignal::new(None::<String>);
    view! {
        <header class="top">
            <div class="brand">
                <a href="#/" class="logo">"Наставник"</a>
                <span class="school" data-testid="school-name">{school}</span>
                <crate::ui::years::YearSelect />
            </div>
            <p class="save-state" class:failing=failing role="status" aria-live="polite" data-testid="save-state">
                {label}
            </p>
            <nav class="top-nav" aria-label="Разделы">
                <a href=Route::Overview.href() aria-current=move || (state.route.get() == Route::Overview).then_some("page")>"Обзор"</a>
                <a href=Route::Profile.href() aria-current=move || (state.route.get() == Route::Profile).then_some("page")>"Профиль школы"</a>
                <a href=Route::People.href() aria-current=move || matches!(state.route.get(), Route::People | Route::Person(_) | Route::Import).then_some("page")>"Педагоги"</a>
                <a href=Route::Documents.href() aria-current=move || matches!(state.route.get(), Route::Documents | Route::Document(_)).then_some("page")>"Документы"</a>
                <a href=Route::Publish.href() aria-current=move || (state.route.get() == Route::Publish).then_some("page")>"Публикация"</a>
                <a href=Route::Data.href() aria-current=move || (state.route.get() == Route::Data).then_some("page")>"Архив и данные"</a>
                <button type="button" class="btn btn-small" on:click=move |_| {
                    download_error.set(state.download_archive().err());
                }>"Скачать архив"</button>
            </nav>
            <ErrorText message=download_error />
        </header>
    }
}

/// A form's submit handler: `f` runs instead of the browser's page reload. Both are `Copy`
/// (a form inside a reactive block is drawn again with the same handler); a handler that
/// owns a `String` keeps `ev.prevent_default()` inline.
pub fn on_submit(
    f: impl Fn() + Copy + 'static,
) -> impl Fn(leptos::ev::SubmitEvent) + Copy + 'static {
    move |ev| {
        ev.prevent_default();
        f()
    }
}

/// What an «add» form does with the result of its change: on success the form's error goes
/// and `clear` empties the form; on failure the error is shown and the form keeps what was
/// typed.
pub fn after_add(
    error: RwSignal<Option<String>>,
    result: Result<(), String>,
    clear: impl FnOnce(),
) {
    match result {
        Ok(()) => {
            error.set(None);
            clear();
        }
        Err(e) => error.set(Some(e)),
    }
}

/// A labelled progress bar.
#[component]
pub fn ProgressBar(progress: StageProgress, label: String) -> impl IntoView {
    view! {
        <div class="progress" role="progressbar" aria-label=label aria-valuemin="0" aria-valuemax="100"
            aria-valuenow=progress.percent.to_string()>
            <div class="progress-fill" style=format!("width: {}%", progress.percent)></div>
        </div>
    }
}

/// Checkboxes for the forms of mentoring (the school's forms, a questionnaire's preferences).
#[component]
pub fn FormsPicker(
    /// Prefix of the checkbox ids: `<prefix>-<form key>`.
    prefix: &'static str,
    legend: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] fieldset_id: Option<&'static str>,
    #[prop(into)] selected: Getter<Vec<MentoringForm>>,
    on_toggle: Callback<(MentoringForm, bool)>,
) -> impl IntoView {
    view! {
        <fieldset id=fieldset_id class="forms-choice" tabindex="-1">
            <legend>{legend}</legend>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            {MentoringForm::ALL.into_iter().map(|form| {
                let id = format!("{prefix}-{}", form.key());
                view! {
                    <div class="check">
                        <input type="checkbox" id=id.clone()
                            prop:checked={
                                let selected = selected.clone();
                                move || selected.get().contains(&form)
                            }
                            on:change=move |ev| on_toggle.run((form, event_target_checked(&ev))) />
                        <label for=id>{form.label()} <span class="hint">" — " {form.hint()}</span></label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}
