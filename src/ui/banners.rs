//! Persistent warnings: storage failures, another tab, damaged stored data.

use leptos::prelude::*;

use crate::domain::format::archive_file_name;
use crate::storage::{clock, files};

use super::state::{use_edit, use_state, AppState, Damaged, SaveStatus};
use super::widgets::{ConfirmButton, ErrorText};

/// Deletes everything and opens the profile, as after a first visit; a failure goes to `error`.
fn wipe(state: AppState, error: RwSignal<Option<String>>) {
    match state.wipe() {
        Ok(()) => window()
            .location()
            .set_hash("#/profile")
            .unwrap_or_default(),
        Err(e) => error.set(Some(e)),
    }
}

#[component]
pub fn StorageBanners() -> impl IntoView {
    let state = use_state();
    let message = RwSignal::new(None::<String>);
    let download = move |_| {
        message.set(state.download_archive().err());
    };
    view! {
        {move || match state.status.get() {
            SaveStatus::Failed(reason) => Some(view! {
                <div class="banner banner-error" role="alert" data-testid="storage-failed">
                    <p>
                        <strong>"Данные не сохраняются в браузере: " {reason} ". "</strong>
                        "Всё, что вы ввели, остаётся в этой вкладке, пока она открыта. "
                        "Скачайте архив, чтобы не потерять данные; программа будет пытаться сохранить их при каждом изменении."
                    </p>
                    <button type="button" class="btn btn-primary" on:click=download>"Скачать архив"</button>
                </div>
            }.into_any()),
            _ => None,
        }}
        {move || state.other_tab.get().then(|| {
            let dirty = state.is_dirty();
            view! {
                <div class="banner banner-warning" role="alert" data-testid="other-tab">
                    <p>
                        <strong>"Данные изменены в другой вкладке или окне. "</strong>
                        {if dirty {
                            "Изменения этой вкладки не сохранены, чтобы не затереть более новые данные. \
                             Скачайте архив этой вкладки, если они нужны, и перезагрузите страницу."
                        } else {
                            "Чтобы не затереть более новые данные, эта вкладка их не сохраняет. Перезагрузите страницу."
                        }}
                    </p>
                    <div class="actions">
                        <button type="button" class="btn btn-primary" on:click=move |_| { window().location().reload().ok(); }>
                            "Перезагрузить страницу"
                        </button>
                        <button type="button" class="btn" on:click=download>"Скачать архив этой вкладки"</button>
                        <button type="button" class="btn" on:click=move |_| state.overwrite_other_tab()>
                            "Сохранить данные этой вкладки поверх"
                        </button>
                    </div>
                </div>
            }
        })}
        {move || state.data.with(|d| d.example).then(|| view! {
            <div class="banner banner-info" data-testid="example-banner">
                <p>
                    <strong>"Это пример: вымышленная школа и вымышленные педагоги. "</strong>
                    "Попробуйте всё, что есть в программе; когда будете готовы, удалите пример и начните со своей школы."
                </p>
                <button type="button" class="btn" on:click=move |_| wipe(state, message)>"Удалить пример"</button>
            </div>
        })}
        {move || message.get().map(|m| view! { <p class="banner banner-error" role="alert">{m}</p> })}
    }
}

/// Shown instead of the app when the stored data cannot be read: nothing is overwritten
/// until the user decides.
#[component]
pub fn DamagedScreen(damaged: Damaged) -> impl IntoView {
    let (state, error) = use_edit();
    let raw = damaged.raw.clone();
    let download = move |_| {
        let name = archive_file_name("повреждённые-данные", &clock::today_local_iso());
        error.set(files::download(&name, "application/json", &raw).err());
    };
    view! {
        <main id="main" tabindex="-1" class="work damaged">
            <h1>"Сохранённые данные не читаются"</h1>
            <div class="banner banner-error" role="alert">
                <p>{damaged.error.to_string()}</p>
            </div>
            <p>
                "Данные в этом браузере повреждены или изменены вручную. Программа их не трогает: "
                "скачайте их как файл, чтобы не потерять, и загрузите последний исправный архив на странице «Архив и данные»."
            </p>
            <div class="actions">
                <button type="button" class="btn btn-primary" on:click=download>"Скачать повреждённые данные"</button>
                <ConfirmButton label="Удалить их и начать заново…" danger=true group="Подтверждение удаления"
                    question="Повреждённые данные будут удалены из браузера безвозвратно. Скачали их?"
                    confirm="Удалить и начать заново" on_confirm=Callback::new(move |_| wipe(state, error)) />
            </div>
            <ErrorText message=error />
        </main>
    }
}
