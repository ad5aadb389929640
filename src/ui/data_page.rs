//! «Архив и данные»: download, upload with a full check and a preview, restore the previous
//! data, start over.

use leptos::prelude::*;

use crate::domain::archive::{summarize, ArchiveError, DataSummary, Envelope};
use crate::storage::{clock, files};

use super::router::{navigate, Route};
use super::state::use_state;
use super::widgets::{Card, ConfirmButton, ErrorText};

fn saved_label(env: &Envelope) -> String {
    clock::local_date_time(&env.saved_at)
        .map(|(d, t)| format!("{d} в {t}"))
        .unwrap_or_else(|| env.saved_at.clone())
}

#[component]
fn SummaryList(summary: DataSummary) -> impl IntoView {
    view! {
        <dl class="summary">
            <dt>"Школа"</dt><dd data-testid="summary-school">{summary.school.clone()}</dd>
            <dt>"Учебный год"</dt>
            <dd>{if summary.academic_year.is_empty() { "не указан".to_string() } else { summary.academic_year.clone() }}</dd>
            <dt>"Задачи этапов"</dt><dd>{summary.counts_line()}</dd>
            <dt>"Педагоги"</dt><dd data-testid="summary-people">{summary.people_line()}</dd>
            {(!summary.past_years.is_empty()).then(|| view! {
                <dt>"Прошлые учебные годы"</dt><dd data-testid="summary-past-years">{summary.past_years.join(", ")}</dd>
            })}
        </dl>
    }
}

/// The page's messages: what was done, and what failed.
#[derive(Clone, Copy)]
struct Messages {
    notice: RwSignal<Option<String>>,
    error: RwSignal<Option<String>>,
}

#[component]
pub fn DataPage() -> impl IntoView {
    let state = use_state();
    let m = Messages {
        notice: RwSignal::new(None),
        error: RwSignal::new(None),
    };
    let (notice, action_error) = (m.notice, m.error);
    view! {
        <h1 tabindex="-1">"Архив и данные"</h1>
        <p>
            "Все данные хранятся только в этом браузере на этом компьютере. Архив — это файл JSON со всеми данными: "
            "резервная копия и способ перенести работу на другой компьютер или в другой браузер."
        </p>
        {move || notice.get().map(|n| view! { <p class="notice" role="status" data-testid="notice">{n}</p> })}
        <ErrorText message=action_error />

        <Card id="download-title" title="Скачать архив" h2=true>
            <p>"Файл получит имя вида «nastavnik-<школа>-<дата>.json». Храните его в надёжном месте: в нём персональные данные."</p>
            <button type="button" class="btn btn-primary" data-testid="download" on:click=move |_| {
                action_error.set(state.download_archive().err());
            }>"Скачать архив"</button>
        </Card>

        {super::screens::municipal_report_card()}
        <UploadArchive m />
        <Backup m />
        <StartOver m />
    }
}

/// «Загрузить архив»: the file is checked in full and previewed; the data is replaced only on
/// confirmation.
#[component]
fn UploadArchive(m: Messages) -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<ArchiveError>);
    let pending = RwSignal::new(None::<(String, Envelope)>);
    let file_input = NodeRef::<leptos::html::Input>::new();

    let clear_input = move || {
        if let Some(input) = file_input.get_untracked() {
            input.set_value("");
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = files::chosen_file(&ev) else {
            return;
        };
        error.set(None);
        m.notice.set(None);
        pending.set(None);
        let name = file.name();
        leptos::task::spawn_local(async move {
            let result = match files::read_file(&file).await {
                Ok(bytes) => super::screens::decode(bytes).await,
                Err(message) => Err(ArchiveError {
                    path: String::new(),
                    message,
                }),
            };
            match result {
                Ok(env) => pending.set(Some((name, env))),
                Err(e) => {
                    error.set(Some(e));
                    clear_input();
                }
            }
        });
    };

    let confirm_import = move |_| {
        let Some((_, env)) = pending.get_untracked() else {
            return;
        };
        match state.import(env.data) {
            Ok(()) => {
                pending.set(None);
                clear_input();
                m.notice.set(Some("Данные заменены данными из архива. Предыдущие данные сохранены: их можно вернуть ниже.".into()));
            }
            Err(e) => m.error.set(Some(e)),
        }
    };

    view! {
        <Card id="upload-title" title="Загрузить архив" h2=true>
            <p>"Программа полностью проверит файл и покажет, что в нём. Данные заменятся только после подтверждения."</p>
            <div class="file-pick">
                <input id="archive-file" type="file" accept=".json,application/json" node_ref=file_input on:change=on_file />
                <label for="archive-file" class="btn">"Выбрать файл архива (.json)…"</label>
            </div>
            {move || error.get().map(|e| view! {
                <div class="banner banner-error" role="alert" data-testid="import-error">
                    <p><strong>"Файл не загружен. "</strong>{e.message.clone()}</p>
                    {(!e.path.is_empty()).then(|| view! {
                        <p>"Место в файле: " <code>{e.path.clone()}</code></p>
                    })}
                    <p>"Текущие данные не изменены."</p>
                </div>
            })}
            {move || pending.get().map(|(name, env)| {
                let incoming = summarize(&env.data);
                let current = state.data.with_untracked(summarize);
                let empty = state.data.with_untracked(|d| d.is_empty());
                view! {
                    <div class="preview" data-testid="import-preview">
                        <h3>"Содержимое архива «" {name} "»"</h3>
                        <SummaryList summary=incoming />
                        <p class="muted">"Сохранён " {saved_label(&env)} ", версия программы " {env.app_version.clone()} "."</p>
                        <h3>"Будет заменено"</h3>
                        {if empty {
                            view! { <p>"В этом браузере пока нет данных."</p> }.into_any()
                        } else {
                            view! {
                                <SummaryList summary=current />
                                <p>"Текущие данные сохранятся как резервная копия, их можно будет вернуть одной кнопкой."</p>
                            }.into_any()
                        }}
                        <div class="actions">
                            <button type="button" class="btn btn-primary" on:click=confirm_import>"Заменить данные"</button>
                            <button type="button" class="btn" on:click=move |_| { pending.set(None); clear_input(); }>"Отмена"</button>
                        </div>
                    </div>
                }
            })}
        </Card>
    }
}

/// The data the last archive upload replaced, with «Вернуть предыдущие данные».
#[component]
fn Backup(m: Messages) -> impl IntoView {
    let state = use_state();
    move || {
        state.backup.get().map(|b| {
            let s = summarize(&b.data);
            view! {
                <Card id="backup-title" title="Предыдущие данные" h2=true>
                    <p>"Перед последней загрузкой архива сохранена копия данных (сохранены " {saved_label(&b)} "):"</p>
                    <SummaryList summary=s />
                    <button type="button" class="btn" data-testid="restore" on:click=move |_| {
                        match state.restore_backup() {
                            Ok(()) => m.notice.set(Some("Предыдущие данные возвращены. Заменённые данные теперь в резервной копии.".into())),
                            Err(e) => m.error.set(Some(e)),
                        }
                    }>"Вернуть предыдущие данные"</button>
                </Card>
            }
        })
    }
}

/// «Начать заново»: every piece of data goes, after a confirmation that offers the archive.
#[component]
fn StartOver(m: Messages) -> impl IntoView {
    let state = use_state();
    view! {
        <Card id="wipe-title" title="Начать заново" h2=true class="danger-zone">
            <p>"Удаляет из этого браузера все данные программы: профиль школы, отметки и примечания этапов и резервную копию."</p>
            <ConfirmButton label="Начать заново…" danger=true group="Подтверждение удаления всех данных"
                question="Все данные будут удалены безвозвратно. Сначала скачайте архив, если данные могут понадобиться."
                question_testid="wipe-confirm" confirm="Удалить все данные" confirm_testid="wipe-confirm-button"
                on_confirm=Callback::new(move |()| match state.wipe() {
                    Ok(()) => navigate(&Route::Profile),
                    Err(e) => m.error.set(Some(e)),
                })
                extra=std::sync::Arc::new(move || view! {
                    <button type="button" class="btn btn-primary" on:click=move |_| {
                        m.error.set(state.download_archive().err());
                    }>"Скачать архив"</button>
                }.into_any()) />
        </Card>
    }
}
