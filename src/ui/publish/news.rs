//! «Новости» and the links to the municipal and regional pages.

use leptos::prelude::*;

use crate::domain::public::{self, News};
use crate::domain::publish_rules as rules;

use super::super::state::use_edit;
use super::super::widgets::{
    after_add, on_submit, Card, ConfirmButton, ErrorText, IdList, InputField,
};
use super::{stage_options, today};

#[component]
pub fn LinksCard() -> impl IntoView {
    let (state, error) = use_edit();
    let title = RwSignal::new(String::new());
    let url = RwSignal::new(String::new());
    view! {
        <Card h2=true id="pub-links" title="Ссылки на муниципальный и региональный уровни" error=error>
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
            <form class="form-row" on:submit=on_submit(move || {
                let (t, u) = (title.get_untracked(), url.get_untracked());
                let result = state.change(|d| public::add_link(&mut d.publication, &t, &u));
                after_add(error, result, || { title.set(String::new()); url.set(String::new()); });
            })>
                <InputField id="link-title" label="Название" value=title maxlength=300 />
                <InputField id="link-url" label="Адрес" value=url kind="url" maxlength=500 placeholder="https://" />
                <button type="submit" class="btn">"Добавить ссылку"</button>
            </form>
        </Card>
    }
}

#[component]
pub fn NewsCard() -> impl IntoView {
    let (state, error) = use_edit();
    let draft = RwSignal::new(News {
        date: today(),
        published: true,
        ..Default::default()
    });
    let set = move |f: fn(&mut News, String), v: String| draft.update(|n| f(n, v));
    let news_ids = state.read(|d| {
        d.publication
            .news
            .iter()
            .rev()
            .map(|n| n.id.clone())
            .collect::<Vec<_>>()
    });
    view! {
        <Card h2=true id="pub-news" title="Новости">
            <p class="muted">"Опубликованные новости появляются в разделе, и для каждой готовится пост для социальных сетей."</p>
            <form class="news-form" on:submit=on_submit(move || {
                let n = draft.get_untracked();
                let result = state.change(|d| public::add_news(&mut d.publication, n).map(|_| ()));
                after_add(error, result, || draft.set(News { date: today(), published: true, ..Default::default() }));
            })>
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
                <ErrorText message=error />
            </form>
            {move || state.data.with(|d| d.publication.news.is_empty()).then(|| view! {
                <p class="empty">"Новостей пока нет."</p>
            })}
            <IdList class="pub-list" ids=news_ids item=|id| view! { <NewsItem id /> } />
        </Card>
    }
}

#[component]
fn NewsItem(id: String) -> impl IntoView {
    let (state, error) = use_edit();
    let news = state.read_of(&id, move |d, id| {
        d.publication
            .news
            .iter()
            .find(|n| n.id == id)
            .cloned()
            .unwrap_or_default()
    });
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
            <ErrorText message=error />
            <ConfirmButton label="Удалить новость" confirm="Удалить" small=true danger=true
                group="Подтверждение удаления"
                question=move || news.with(|n| format!(
                    "Удалить новость «{}»? Записи журнала публикаций о ней останутся.", n.title
                ))
                hidden=move || news.with(|n| format!(": {}", n.title))
                on_confirm=Callback::new(move |_| {
                    error.set(state.change(|d| rules::remove_news(&mut d.publication, &del)).err());
                }) />
        </li>
    }
}
