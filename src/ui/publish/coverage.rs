//! «Освещение в социальных сетях»: the roadmap rows to cover, the ready posts, the log.

use leptos::prelude::*;

use crate::domain::format::date_ru;
use crate::domain::public::{self, Channel};
use crate::domain::publish_rules as rules;
use crate::domain::stages::STAGES;

use super::super::state::{use_edit, use_state};
use super::super::widgets::{after_add, Card, CopyButton, EnumSelect, ErrorText, InputField};
use super::{here, stage_label, today, uncovered_line};

#[component]
pub fn CoverageCard() -> impl IntoView {
    let state = use_state();
    let posts = state.read(move |d| public::posts(d, &public::section_link(d, &here())));
    view! {
        <Card h2=true id="pub-coverage" title="Освещение в социальных сетях">
            <p>"Для каждого отмеченного мероприятия Дорожной карты и каждой опубликованной новости здесь \
                   готов текст поста для ВКонтакте или Telegram. Скопируйте его, опубликуйте на странице \
                   школы и отметьте, где и когда опубликовано: по журналу считается ход этапа 7."</p>
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
        </Card>
    }
}

#[component]
fn RowMarks() -> impl IntoView {
    let (state, error) = use_edit();
    view! {
        <details class="row-marks">
            <summary>"Мероприятия Дорожной карты для освещения"</summary>
            <ErrorText message=error />
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
                                let mark = state.read(move |d| d.publication.rows.iter().find(|r| r.row == a).map(|r| r.date.clone()));
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
    let (state, error) = use_edit();
    let post = {
        let key = key.clone();
        Memo::new(move |_| posts.with(|ps| ps.iter().find(|p| p.key == key).cloned()))
    };
    let channel = RwSignal::new(Channel::Vk);
    let date = RwSignal::new(today());
    let url = RwSignal::new(String::new());
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
                <CopyButton done="Текст скопирован" hidden=Signal::derive(move || format!(": {}", title()))
                    text=Callback::new(move |()| post.with_untracked(|p| p.as_ref().map(|p| p.text.clone()).unwrap_or_default())) />
            </div>
            <form class="form-row" on:submit=move |ev| {
                ev.prevent_default();
                let (c, d, u) = (channel.get_untracked(), date.get_untracked(), url.get_untracked());
                let result = state.change(|data| public::log_post(data, &log_key, c, &d, &u));
                after_add(error, result, || url.set(String::new()));
            }>
                <div class="field">
                    <label for=field("channel")>"Где"</label>
                    <EnumSelect id=field("channel") selected=move || Some(channel.get())
                        on_change=move |c| channel.set(c) />
                </div>
                <InputField id=field("date") label="Когда" value=date kind="date" />
                <InputField id=field("url") label="Ссылка на публикацию (необязательно)" value=url kind="url"
                    maxlength=500 placeholder="https://" />
                <button type="submit" class="btn btn-small">"Отметить публикацию"</button>
            </form>
            <ErrorText message=error />
        </li>
    }
}

#[component]
fn LogTable() -> impl IntoView {
    let (state, error) = use_edit();
    view! {
        <h3>"Журнал публикаций"</h3>
        <ErrorText message=error />
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
