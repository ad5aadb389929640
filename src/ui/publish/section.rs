//! The cards about the section itself: «Опубликовать», the contacts and the address, the files
//! of the local acts.

use leptos::prelude::*;

use crate::domain::format::date_ru;
use crate::domain::public::{self, html};
use crate::domain::publish_rules as rules;
use crate::storage::files;

use super::super::router::Route;
use super::super::state::use_state;
use super::super::widgets::{Card, ErrorText};
use super::{here, today};

#[component]
pub fn PublishCard() -> impl IntoView {
    let state = use_state();
    let result = RwSignal::new(None::<Result<(), String>>);
    let publish = move |_| {
        let day = today();
        let file = state
            .data
            .with_untracked(|d| rules::publication_file(d, &day));
        let r = files::download("info.json", "application/json", &file.to_json()).and_then(|_| {
            files::download(
                "nastavnik-info.html",
                "text/html;charset=utf-8",
                &html::page(&file),
            )
        });
        if r.is_ok() {
            state.update(|d| public::record_publication(d, &day));
        }
        result.set(Some(r));
    };
    let last = move || {
        state.data.with(|d| match d.publication.published.as_str() {
            "" => "Раздел ещё не публиковался.".to_string(),
            day => format!("Последний раз файлы раздела сформированы {}.", date_ru(day)),
        })
    };
    view! {
        <Card h2=true id="publish-title" title="Опубликовать раздел на сайте школы" class="next-step">
            <ol>
                <li>"Нажмите «Опубликовать»: браузер скачает два файла — info.json и nastavnik-info.html."</li>
                <li>
                    "Положите info.json в папку программы на сайте (рядом с index.html), заменив прежний. Раздел "
                    "откроется по адресу программы с окончанием «#/info»; данные этого браузера посетителям недоступны."
                </li>
                <li>
                    "Или разместите nastavnik-info.html как страницу сайта: это готовая страница без скриптов, "
                    "её можно загрузить в конструктор сайта как есть."
                </li>
            </ol>
            <div class="actions">
                <button type="button" class="btn btn-primary" data-testid="publish" on:click=publish>"Опубликовать"</button>
                <a class="btn" href=Route::Info.href() target="_blank" rel="noopener">"Открыть раздел на сайте"</a>
            </div>
            <p class="muted" data-testid="published">{last}</p>
            {move || result.get().map(|r| match r {
                Ok(()) => view! {
                    <p class="notice" role="status">"Файлы info.json и nastavnik-info.html скачаны. Разместите их на сайте школы."</p>
                }.into_any(),
                Err(e) => view! { <p class="error" role="alert">{e}</p> }.into_any(),
            })}
        </Card>
    }
}

#[component]
pub fn SettingsCard() -> impl IntoView {
    let state = use_state();
    let url_error = RwSignal::new(None::<String>);
    let contact = move || {
        state.data.with(|d| {
            rules::coordinator_contact(d).unwrap_or_else(|| "не заполнены в профиле школы".into())
        })
    };
    let guess = move || {
        state
            .data
            .with(|d| match public::guessed_section_link(d, &here()) {
                l if l.is_empty() => {
                    "не определён: укажите адрес сайта в профиле школы".to_string()
                }
                l => l,
            })
    };
    view! {
        <Card h2=true id="pub-settings" title="Контакты и адрес раздела">
            <div class="check">
                <input type="checkbox" id="pub-coordinator"
                    prop:checked=move || state.data.with(|d| d.publication.coordinator_agreed)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.update(|d| d.publication.coordinator_agreed = on);
                    } />
                <label for="pub-coordinator">
                    "Куратор согласен опубликовать свои контакты"
                    <span class="hint">" — ФИО, должность, телефон и почта из профиля школы: " {contact}</span>
                </label>
            </div>
            <p class="hint">"Без этой отметки вместо контактов куратора в разделе — ссылка на сайт школы."</p>
            <div class="field">
                <label for="pub-section-url">"Адрес раздела на сайте"</label>
                <p class="hint" id="pub-section-url-hint">
                    "Для ссылки «Подробнее» в публикациях, например https://school96.ru/nastavnik/#/info. Если не указан: " {guess}
                </p>
                <input id="pub-section-url" type="url" maxlength="500" aria-describedby="pub-section-url-hint"
                    prop:value=move || state.data.with(|d| d.publication.section_url.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        url_error.set(state.change(|d| rules::set_section_url(&mut d.publication, &v)).err());
                    } />
                <ErrorText message=url_error quiet=true />
            </div>
        </Card>
    }
}

/// Where the files of the publishable local acts are on the site: the section links to them.
#[component]
pub fn FilesCard() -> impl IntoView {
    use crate::domain::documents::registry::DocKind;
    let state = use_state();
    view! {
        <Card h2=true id="pub-files" title="Файлы локальных актов">
            <p class="hint">"Скачайте DOCX (или сохраните PDF) подписанного документа на его странице, разместите файл \
                  на сайте рядом с info.json или в другом разделе сайта и укажите здесь имя файла или адрес: \
                  в разделе название документа станет ссылкой. В разделе показываются только подписанные или \
                  опубликованные документы."</p>
            {DocKind::ALL.into_iter().filter(|k| k.publishable()).map(|k| {
                let error = RwSignal::new(None::<String>);
                let id = format!("pub-file-{}", k.key());
                view! {
                    <div class="field">
                        <label for=id.clone()>{k.short_title()}</label>
                        <input id=id type="text" maxlength="500" placeholder="например polozhenie.docx или https://school.ru/docs/polozhenie.pdf"
                            prop:value=move || state.data.with(|d| d.publication.files.get(k.key()).cloned().unwrap_or_default())
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                error.set(state.change(|d| public::set_file(&mut d.publication, k, &v)).err());
                            } />
                        <ErrorText message=error />
                    </div>
                }
            }).collect_view()}
        </Card>
    }
}
