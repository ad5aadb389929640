//! «Публикация» (stage 7): the public section's settings, news and links, the posts for social
//! networks with their log, a preview of exactly what visitors will see, and «Опубликовать».

use leptos::prelude::*;

use crate::domain::format::{count, date_ru};
use crate::domain::progress::measures;
use crate::domain::public::{self, html, Channel, News};
use crate::domain::publish_rules as rules;
use crate::domain::stages::{self, STAGES};
use crate::storage::{clock, files, remote};

use super::router::Route;
use super::state::use_state;

fn today() -> String {
    clock::today_local_iso()
}

/// The app's own address, for guessing the section's address.
fn here() -> String {
    window().location().href().unwrap_or_default()
}

fn stage_label(n: u8) -> String {
    stages::stage(n)
        .map(|s| format!("Этап {n}. {}", s.short_title))
        .unwrap_or_default()
}

/// «Этапы без публикаций: …» or that every stage has one.
fn uncovered_line(stages: &[u8]) -> String {
    if stages.is_empty() {
        "О каждом этапе уже что-то опубликовано.".into()
    } else {
        let names: Vec<String> = stages.iter().map(|n| stage_label(*n)).collect();
        format!("Этапы без публикаций: {}.", names.join("; "))
    }
}

#[component]
pub fn PublishPage() -> impl IntoView {
    let state = use_state();
    let preview = Memo::new(move |_| {
        state.data.with(|d| {
            let f = public::project(d, &today());
            format!("<style>{}</style>{}", html::STYLE, html::section(&f, 3))
        })
    });
    view! {
        <p class="eyebrow"><a href=Route::Stage(7).href()>"Этап 7. Информационная поддержка"</a></p>
        <h1 tabindex="-1">"Публикация"</h1>
        <p>
            "Специальный раздел о наставничестве для сайта школы и готовые публикации для социальных сетей. "
            "В раздел попадают профиль школы, текст о системе наставничества, Дорожная карта с ходом работы, "
            "утверждённые локальные акты, обобщённые цифры, новости и ссылки. Имена педагогов — только с их "
            "согласия на распространение персональных данных. Внизу страницы — предпросмотр: ровно то, что увидят посетители."
        </p>
        <PublishCard />
        <SettingsCard />
        <FilesCard />
        <PeopleCard />
        <NewsCard />
        <LinksCard />
        <CoverageCard />
        <section class="card" aria-labelledby="preview-title">
            <h2 id="preview-title">"Предпросмотр: что увидят посетители"</h2>
            <div class="publish-preview" data-testid="publish-preview" inner_html=move || preview.get()></div>
        </section>
    }
}

#[component]
fn PublishCard() -> impl IntoView {
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
            let _ = state.change(|d| {
                public::record_publication(d, &day);
                Ok(())
            });
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
        <section class="card next-step" aria-labelledby="publish-title">
            <h2 id="publish-title">"Опубликовать раздел на сайте школы"</h2>
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
        </section>
    }
}

#[component]
fn SettingsCard() -> impl IntoView {
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
        <section class="card" aria-labelledby="pub-settings">
            <h2 id="pub-settings">"Контакты и адрес раздела"</h2>
            <div class="check">
                <input type="checkbox" id="pub-coordinator"
                    prop:checked=move || state.data.with(|d| d.publication.coordinator_agreed)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let _ = state.change(|d| { d.publication.coordinator_agreed = on; Ok(()) });
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
                {move || url_error.get().map(|e| view! { <p class="error">{e}</p> })}
            </div>
        </section>
    }
}

/// Where the files of the publishable local acts are on the site: the section links to them.
#[component]
fn FilesCard() -> impl IntoView {
    use crate::domain::documents::registry::DocKind;
    let state = use_state();
    view! {
        <section class="card" aria-labelledby="pub-files">
            <h2 id="pub-files">"Файлы локальных актов"</h2>
            <p class="hint">
                "Скачайте DOCX (или сохраните PDF) подписанного документа на его странице, разместите файл на сайте "
                "рядом с info.json или в другом разделе сайта и укажите здесь имя файла или адрес: в разделе название "
                "документа станет ссылкой. В разделе показываются только подписанные или опубликованные документы."
            </p>
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
                        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                    </div>
                }
            }).collect_view()}
        </section>
    }
}

#[component]
fn PeopleCard() -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<String>);
    let pick = RwSignal::new(String::new());
    let candidates = Memo::new(move |_| state.data.with(rules::featurable));
    let consenting = move || {
        state.data.with(|d| {
            format!(
                "Согласие на распространение персональных данных есть у {} из {}.",
                rules::consenting(&d.people),
                count(
                    d.people.len() as u64,
                    ["педагога", "педагогов", "педагогов"]
                )
            )
        })
    };
    view! {
        <section class="card" aria-labelledby="pub-people">
            <h2 id="pub-people">"Педагоги в разделе"</h2>
            <p>
                "Назвать педагога и рассказать о нём можно только с его отдельного согласия на распространение "
                "персональных данных (статья 10.1 Федерального закона № 152-ФЗ), отмеченного в карточке педагога. "
                "В раздел попадут ФИО, должность, роль и ваш рассказ; контакты, дата рождения и ответы анкет не публикуются."
            </p>
            <p class="muted">{consenting}</p>
            {move || if candidates.with(Vec::is_empty) {
                view! { <p class="empty">"Нет педагогов с согласием на публикацию, которых ещё нет в разделе."</p> }.into_any()
            } else {
                view! {
                    <form class="inline-form" on:submit=move |ev| {
                        ev.prevent_default();
                        let id = pick.get_untracked();
                        if id.is_empty() {
                            error.set(Some("Выберите педагога".into()));
                            return;
                        }
                        error.set(state.change(|d| public::feature(d, &id)).err());
                        pick.set(String::new());
                    }>
                        <label for="pub-person">"Педагог с согласием"</label>
                        <select id="pub-person" on:change=move |ev| pick.set(event_target_value(&ev))>
                            <option value="" selected=move || pick.with(String::is_empty)>"— выберите —"</option>
                            {move || candidates.get().into_iter().map(|(id, name)| view! {
                                <option value=id>{name}</option>
                            }).collect_view()}
                        </select>
                        <button type="submit" class="btn btn-small">"Добавить в раздел"</button>
                    </form>
                }.into_any()
            }}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <ul class="pub-list">
                <For
                    each=move || state.data.with(|d| d.publication.people.iter().map(|f| f.person.clone()).collect::<Vec<_>>())
                    key=|id| id.clone()
                    let(id)
                >
                    <FeaturedItem id=id />
                </For>
            </ul>
        </section>
    }
}

#[component]
fn FeaturedItem(id: String) -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<String>);
    let (name, allowed) = {
        let id = id.clone();
        let info = Memo::new(move |_| {
            state.data.with(|d| {
                let name = d.person(&id).map(|p| p.full_name.clone());
                (name.unwrap_or_default(), rules::still_publishable(d, &id))
            })
        });
        (move || info.get().0, move || info.with(|i| i.1))
    };
    let story_id = format!("story-{id}");
    let (story_of, set_of, remove_of) = (id.clone(), id.clone(), id.clone());
    view! {
        <li class="pub-item" data-person=id.clone()>
            <p><a href=Route::Person(id.clone()).href()>{name}</a></p>
            {move || (!allowed()).then(|| view! {
                <p class="error">"Согласие на распространение персональных данных отозвано или не действует: педагог не попадает в раздел. Уберите его из списка."</p>
            })}
            <div class="field">
                <label for=story_id.clone()>"Рассказ о педагоге"</label>
                <textarea id=story_id rows="3" maxlength=public::MAX_TEXT_CHARS.to_string()
                    prop:value=move || state.data.with(|d| d.publication.people.iter().find(|f| f.person == story_of).map(|f| f.story.clone()).unwrap_or_default())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        error.set(state.change(|d| public::set_story(&mut d.publication, &set_of, &v)).err());
                    }></textarea>
            </div>
            {move || error.get().map(|e| view! { <p class="error">{e}</p> })}
            <button type="button" class="btn btn-small" on:click=move |_| {
                error.set(state.change(|d| rules::unfeature(&mut d.publication, &remove_of)).err());
            }>"Убрать из раздела"<span class="visually-hidden">": " {name}</span></button>
        </li>
    }
}

#[component]
fn LinksCard() -> impl IntoView {
    let state = use_state();
    let title = RwSignal::new(String::new());
    let url = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    view! {
        <section class="card" aria-labelledby="pub-links">
            <h2 id="pub-links">"Ссылки на муниципальный и региональный уровни"</h2>
            <p class="muted">"Страницы о наставничестве органа управления образованием, методического центра, регионального центра."</p>
            {move || state.data.with(|d| d.publication.links.is_empty()).then(|| view! {
                <p class="empty">"Ссылок пока нет: добавьте адреса страниц о наставничестве в районе и регионе."</p>
            })}
            <ul class="pub-list">
                {move || state.data.with(|d| d.publication.links.clone()).into_iter().enumerate().map(|(i, l)| view! {
                    <li class="pub-link">
                        <a href=l.url.clone() target="_blank" rel="noopener">{l.title.clone()}</a>
                        " " <span class="muted">{l.url.clone()}</span> " "
                        <button type="button" class="btn btn-small" on:click=move |_| {
                            error.set(state.change(|d| rules::remove_link(&mut d.publication, i)).err());
                        }>"Удалить"<span class="visually-hidden">": " {l.title.clone()}</span></button>
                    </li>
                }).collect_view()}
            </ul>
            <form class="form-row" on:submit=move |ev| {
                ev.prevent_default();
                let (t, u) = (title.get_untracked(), url.get_untracked());
                match state.change(|d| public::add_link(&mut d.publication, &t, &u)) {
                    Ok(()) => { title.set(String::new()); url.set(String::new()); error.set(None); }
                    Err(e) => error.set(Some(e)),
                }
            }>
                <div class="field">
                    <label for="link-title">"Название"</label>
                    <input id="link-title" type="text" maxlength="300" prop:value=move || title.get()
                        on:input=move |ev| title.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="link-url">"Адрес"</label>
                    <input id="link-url" type="url" maxlength="500" placeholder="https://" prop:value=move || url.get()
                        on:input=move |ev| url.set(event_target_value(&ev)) />
                </div>
                <button type="submit" class="btn">"Добавить ссылку"</button>
            </form>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}

/// Options of the stage select: «без этапа» and the seven stages.
fn stage_options(
    selected: impl Fn() -> Option<u8> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <option value="" selected=move || selected().is_none()>"без этапа"</option>
        {STAGES.iter().map(|s| {
            let n = s.number;
            view! { <option value=n.to_string() selected=move || selected() == Some(n)>{stage_label(n)}</option> }
        }).collect_view()}
    }
}

#[component]
fn NewsCard() -> impl IntoView {
    let state = use_state();
    let draft = RwSignal::new(News {
        date: today(),
        published: true,
        ..Default::default()
    });
    let error = RwSignal::new(None::<String>);
    let set = move |f: fn(&mut News, String), v: String| draft.update(|n| f(n, v));
    view! {
        <section class="card" aria-labelledby="pub-news">
            <h2 id="pub-news">"Новости"</h2>
            <p class="muted">"Опубликованные новости появляются в разделе, и для каждой готовится пост для социальных сетей."</p>
            <form class="news-form" on:submit=move |ev| {
                ev.prevent_default();
                let n = draft.get_untracked();
                match state.change(|d| public::add_news(&mut d.publication, n).map(|_| ())) {
                    Ok(()) => {
                        draft.set(News { date: today(), published: true, ..Default::default() });
                        error.set(None);
                    }
                    Err(e) => error.set(Some(e)),
                }
            }>
                <h3>"Добавить новость"</h3>
                <div class="meta-grid">
                    <div class="field">
                        <label for="news-title">"Заголовок"</label>
                        <input id="news-title" type="text" maxlength="300" prop:value=move || draft.with(|n| n.title.clone())
                            on:input=move |ev| set(|n, v| n.title = v, event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="news-date">"Дата"</label>
                        <input id="news-date" type="date" prop:value=move || draft.with(|n| n.date.clone())
                            on:input=move |ev| set(|n, v| n.date = v, event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="news-stage">"Этап"</label>
                        <select id="news-stage" on:change=move |ev| {
                            let v = event_target_value(&ev).parse::<u8>().ok();
                            draft.update(|n| n.stage = v);
                        }>{stage_options(move || draft.with(|n| n.stage))}</select>
                    </div>
                </div>
                <div class="field">
                    <label for="news-text">"Текст"</label>
                    <textarea id="news-text" rows="3" maxlength=public::MAX_TEXT_CHARS.to_string()
                        prop:value=move || draft.with(|n| n.text.clone())
                        on:input=move |ev| set(|n, v| n.text = v, event_target_value(&ev))></textarea>
                </div>
                <div class="check">
                    <input type="checkbox" id="news-published" prop:checked=move || draft.with(|n| n.published)
                        on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|n| n.published = on); } />
                    <label for="news-published">"Опубликовать в разделе и подготовить пост"</label>
                </div>
                <button type="submit" class="btn">"Добавить новость"</button>
                {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            </form>
            {move || state.data.with(|d| d.publication.news.is_empty()).then(|| view! {
                <p class="empty">"Новостей пока нет."</p>
            })}
            <ul class="pub-list">
                <For
                    each=move || state.data.with(|d| d.publication.news.iter().rev().map(|n| n.id.clone()).collect::<Vec<_>>())
                    key=|id| id.clone()
                    let(id)
                >
                    <NewsItem id=id />
                </For>
            </ul>
        </section>
    }
}

#[component]
fn NewsItem(id: String) -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<String>);
    let confirm = RwSignal::new(false);
    let news = {
        let id = id.clone();
        Memo::new(move |_| {
            state.data.with(|d| {
                d.publication
                    .news
                    .iter()
                    .find(|n| n.id == id)
                    .cloned()
                    .unwrap_or_default()
            })
        })
    };
    let edit = {
        let id = id.clone();
        move |f: Box<dyn FnOnce(&mut News)>| {
            error.set(
                state
                    .change(|d| public::edit_news(&mut d.publication, &id, f))
                    .err(),
            );
        }
    };
    let fid = |what: &str| format!("news-{id}-{what}");
    let (e1, e2, e3, e4, e5) = (edit.clone(), edit.clone(), edit.clone(), edit.clone(), edit);
    let del = id.clone();
    view! {
        <li class="pub-item" data-news=id.clone()>
            <div class="meta-grid">
                <div class="field">
                    <label for=fid("title")>"Заголовок"</label>
                    <input id=fid("title") type="text" maxlength="300" prop:value=move || news.with(|n| n.title.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); e1(Box::new(move |n| n.title = v)); } />
                </div>
                <div class="field">
                    <label for=fid("date")>"Дата"</label>
                    <input id=fid("date") type="date" prop:value=move || news.with(|n| n.date.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); e2(Box::new(move |n| n.date = v)); } />
                </div>
                <div class="field">
                    <label for=fid("stage")>"Этап"</label>
                    <select id=fid("stage") on:change=move |ev| {
                        let v = event_target_value(&ev).parse::<u8>().ok();
                        e3(Box::new(move |n| n.stage = v));
                    }>{stage_options(move || news.with(|n| n.stage))}</select>
                </div>
            </div>
            <div class="field">
                <label for=fid("text")>"Текст"</label>
                <textarea id=fid("text") rows="3" maxlength=public::MAX_TEXT_CHARS.to_string()
                    prop:value=move || news.with(|n| n.text.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); e4(Box::new(move |n| n.text = v)); }></textarea>
            </div>
            <div class="check">
                <input type="checkbox" id=fid("published") prop:checked=move || news.with(|n| n.published)
                    on:change=move |ev| { let on = event_target_checked(&ev); e5(Box::new(move |n| n.published = on)); } />
                <label for=fid("published")>"Опубликована в разделе"</label>
            </div>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {move || if confirm.get() {
                let del = del.clone();
                view! {
                    <div class="confirm" role="group" aria-label="Подтверждение удаления">
                        <p>"Удалить новость «" {news.with(|n| n.title.clone())} "»? Записи журнала публикаций о ней останутся."</p>
                        <button type="button" class="btn btn-danger" on:click=move |_| {
                            error.set(state.change(|d| rules::remove_news(&mut d.publication, &del)).err());
                        }>"Удалить"</button>
                        <button type="button" class="btn" on:click=move |_| confirm.set(false)>"Отмена"</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="btn btn-small btn-danger" on:click=move |_| confirm.set(true)>
                        "Удалить новость"<span class="visually-hidden">": " {move || news.with(|n| n.title.clone())}</span>
                    </button>
                }.into_any()
            }}
        </li>
    }
}

#[component]
fn CoverageCard() -> impl IntoView {
    let state = use_state();
    let posts = Memo::new(move |_| {
        state
            .data
            .with(|d| public::posts(d, &public::section_link(d, &here())))
    });
    view! {
        <section class="card" aria-labelledby="pub-coverage">
            <h2 id="pub-coverage">"Освещение в социальных сетях"</h2>
            <p>
                "Для каждого отмеченного мероприятия Дорожной карты и каждой опубликованной новости здесь готов текст "
                "поста для ВКонтакте или Telegram. Скопируйте его, опубликуйте на странице школы и отметьте, где и когда опубликовано: "
                "по журналу считается ход этапа 7."
            </p>
            <p data-testid="uncovered">{move || state.data.with(|d| uncovered_line(&public::uncovered_stages(d)))}</p>
            <RowMarks />
            <h3>"Готовые публикации"</h3>
            {move || posts.with(Vec::is_empty).then(|| view! {
                <p class="empty">"Отметьте мероприятия Дорожной карты выше или добавьте опубликованную новость — здесь появятся тексты постов."</p>
            })}
            <ul class="pub-list">
                <For
                    each=move || posts.with(|ps| ps.iter().map(|p| p.key.clone()).collect::<Vec<_>>())
                    key=|k| k.clone()
                    let(key)
                >
                    <PostItem key=key posts=posts />
                </For>
            </ul>
            <LogTable />
        </section>
    }
}

#[component]
fn RowMarks() -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<String>);
    view! {
        <details class="row-marks">
            <summary>"Мероприятия Дорожной карты для освещения"</summary>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {STAGES.iter().map(|s| {
                let n = s.number;
                view! {
                    <fieldset class="forms-choice">
                        <legend>{stage_label(n)}</legend>
                        <For
                            each=move || state.data.with(|d| d.roadmap.iter().filter(|r| r.stage == n).map(|r| r.id.clone()).collect::<Vec<_>>())
                            key=|id| id.clone()
                            let(id)
                        >
                            {
                                let dom = id.replace('.', "-");
                                let date_id = format!("mark-{dom}-date");
                                let (a, b, c, e) = (id.clone(), id.clone(), id.clone(), id.clone());
                                let mark = Memo::new(move |_| state.data.with(|d| d.publication.rows.iter().find(|r| r.row == a).map(|r| r.date.clone())));
                                let event = move || state.data.with(|d| d.row(&e).map(|r| r.event.clone()).unwrap_or_default());
                                view! {
                                    <div class="check mark-row">
                                        <input type="checkbox" id=format!("mark-{dom}") prop:checked=move || mark.with(Option::is_some)
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                error.set(state.change(|d| rules::set_row_mark(d, &b, on, &today())).err());
                                            } />
                                        <label for=format!("mark-{dom}")>{event}</label>
                                        {move || mark.get().map(|date| {
                                            let c = c.clone();
                                            view! {
                                                <label class="visually-hidden" for=date_id.clone()>"Дата мероприятия"</label>
                                                <input type="date" id=date_id.clone() prop:value=date
                                                    on:input=move |ev| {
                                                        let v = event_target_value(&ev);
                                                        error.set(state.change(|d| public::mark_row(d, &c, &v)).err());
                                                    } />
                                            }
                                        })}
                                    </div>
                                }
                            }
                        </For>
                    </fieldset>
                }
            }).collect_view()}
        </details>
    }
}

#[component]
fn PostItem(key: String, posts: Memo<Vec<public::Post>>) -> impl IntoView {
    let state = use_state();
    let post = {
        let key = key.clone();
        Memo::new(move |_| posts.with(|ps| ps.iter().find(|p| p.key == key).cloned()))
    };
    let copied = RwSignal::new(None::<Result<(), String>>);
    let channel = RwSignal::new(Channel::Vk);
    let date = RwSignal::new(today());
    let url = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let dom = key.replace([':', '.'], "-");
    let text_id = format!("post-{dom}");
    let field = move |what: &str| format!("post-{dom}-{what}");
    let title = move || post.with(|p| p.as_ref().map(|p| p.title.clone()).unwrap_or_default());
    let log_key = key.clone();
    view! {
        <li class="pub-item post" data-post=key>
            <h4>{title}</h4>
            <p class="muted">
                {move || post.with(|p| p.as_ref().map(|p| {
                    let stage = p.stage.map(|n| format!(" · {}", stage_label(n))).unwrap_or_default();
                    format!("{}{stage}", date_ru(&p.date))
                }).unwrap_or_default())}
            </p>
            <label class="visually-hidden" for=text_id.clone()>"Текст поста"</label>
            <textarea id=text_id class="post-text" rows="10" readonly
                prop:value=move || post.with(|p| p.as_ref().map(|p| p.text.clone()).unwrap_or_default())></textarea>
            <div class="actions">
                <button type="button" class="btn btn-small" on:click=move |_| {
                    let text = post.with_untracked(|p| p.as_ref().map(|p| p.text.clone()).unwrap_or_default());
                    leptos::task::spawn_local(async move {
                        copied.set(Some(remote::copy_text(&text).await));
                    });
                }>"Копировать"<span class="visually-hidden">": " {title}</span></button>
                <span role="status">
                    {move || copied.get().map(|r| match r {
                        Ok(()) => view! { <span class="ok">"Текст скопирован"</span> }.into_any(),
                        Err(e) => view! { <span class="error">{e}</span> }.into_any(),
                    })}
                </span>
            </div>
            <form class="form-row" on:submit=move |ev| {
                ev.prevent_default();
                let (c, d, u) = (channel.get_untracked(), date.get_untracked(), url.get_untracked());
                match state.change(|data| public::log_post(data, &log_key, c, &d, &u)) {
                    Ok(()) => { url.set(String::new()); error.set(None); }
                    Err(e) => error.set(Some(e)),
                }
            }>
                <div class="field">
                    <label for=field("channel")>"Где"</label>
                    <select id=field("channel") on:change=move |ev| {
                        if let Some(c) = Channel::from_key(&event_target_value(&ev)) { channel.set(c); }
                    }>
                        {Channel::ALL.into_iter().map(|c| view! {
                            <option value=c.key() selected=move || channel.get() == c>{c.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=field("date")>"Когда"</label>
                    <input id=field("date") type="date" prop:value=move || date.get()
                        on:input=move |ev| date.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for=field("url")>"Ссылка на публикацию (необязательно)"</label>
                    <input id=field("url") type="url" maxlength="500" placeholder="https://" prop:value=move || url.get()
                        on:input=move |ev| url.set(event_target_value(&ev)) />
                </div>
                <button type="submit" class="btn btn-small">"Отметить публикацию"</button>
            </form>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </li>
    }
}

#[component]
fn LogTable() -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<String>);
    view! {
        <h3>"Журнал публикаций"</h3>
        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        {move || {
            let log = state.data.with(|d| d.publication.log.clone());
            if log.is_empty() {
                return view! { <p class="empty">"Пока ничего не отмечено как опубликованное."</p> }.into_any();
            }
            view! {
                <div class="table-wrap" role="region" tabindex="0" aria-label="Журнал публикаций">
                    <table class="registry" data-testid="publication-log">
                        <thead><tr>
                            <th scope="col">"Дата"</th><th scope="col">"Где"</th><th scope="col">"Что"</th>
                            <th scope="col">"Этап"</th><th scope="col">"Ссылка"</th><th scope="col"><span class="visually-hidden">"Действия"</span></th>
                        </tr></thead>
                        <tbody>
                            {log.into_iter().enumerate().rev().map(|(i, e)| view! {
                                <tr>
                                    <td>{date_ru(&e.date)}</td>
                                    <td>{e.channel.label()}</td>
                                    <th scope="row">{e.title.clone()}</th>
                                    <td>{e.stage.map(|n| n.to_string()).unwrap_or_default()}</td>
                                    <td>{(!e.url.is_empty()).then(|| view! { <a href=e.url.clone() target="_blank" rel="noopener">"открыть"</a> })}</td>
                                    <td>
                                        <button type="button" class="btn btn-small" on:click=move |_| {
                                            error.set(state.change(|d| rules::remove_log_entry(&mut d.publication, i)).err());
                                        }>"Удалить"<span class="visually-hidden">" запись: " {e.title.clone()}</span></button>
                                    </td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
    }
}

/// Stage 7's work area: its measures, the stages without coverage, and the way to «Публикация».
#[component]
pub fn StagePublication() -> impl IntoView {
    let state = use_state();
    let measures = Memo::new(move |_| state.data.with(|d| measures(d, 7)));
    view! {
        <h2>"Раздел на сайте и социальные сети"</h2>
        <ul class="measures" data-testid="measures">
            {move || measures.get().into_iter().map(|m| view! {
                <li class=format!("measure {}", m.status.key())>
                    <span class="badge">{m.status.label()}</span>
                    " " <strong>{m.title}</strong> ": " {m.detail}
                </li>
            }).collect_view()}
        </ul>
        <p>{move || state.data.with(|d| uncovered_line(&public::uncovered_stages(d)))}</p>
        <p><a class="btn btn-primary" href=Route::Publish.href()>"Публикация: раздел, новости, посты"</a></p>
    }
}
