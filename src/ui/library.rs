//! «Методическая копилка»: practices and materials of the mentoring, searchable, with the
//! marks «лучшая практика» (the outcome of the final event) and «опубликовать» (stage 7).

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::library::{search, Practice, PracticeKind};
use crate::domain::publish_rules::{practice_authors, published_without_name};

use super::state::{use_edit, use_state};
use super::widgets::{
    after_add, area_options, on_submit, Card, ConfirmButton, EnumSelect, ErrorText, IdList,
    InputField,
};

#[component]
pub fn Library() -> impl IntoView {
    let state = use_state();
    let query = RwSignal::new(String::new());
    let ids = Memo::new(move |_| {
        let q = query.get();
        state.data.with(|d| {
            search(&d.library, &q, &d.people, &d.taxonomy)
                .into_iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let total = move || state.data.with(|d| d.library.len());
    view! {
        <Card id="library-title" title="Методическая копилка" testid="library">
            <p class="hint">"Практики и материалы наставников и наставляемых. «Лучшая практика» — итог итогового \
                  мероприятия; «опубликовать» — материал попадёт в раздел на сайте школы (этап 7); имя \
                  автора там будет только с его согласием на публикацию."</p>
            <div class="field">
                <label for="library-search">"Поиск по названию, тексту, тегам, теме и автору"</label>
                <input id="library-search" type="search" prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev)) />
            </div>
            <p role="status" data-testid="library-count">{move || format!("Материалов: {} из {}", ids.with(Vec::len), total())}</p>
            <IdList class="library" ids=ids item=|id| view! { <PracticeItem id /> } />
            {move || (total() == 0).then(|| view! { <p class="empty">"В копилке пока ничего нет: добавьте первый материал."</p> })}
            <NewPractice />
        </Card>
    }
}

/// «Методическая разработка · автор: … · тема: … · теги: …».
fn meta_line(d: &SchoolData, p: &Practice) -> String {
    let mut meta = vec![p.kind.label().to_string()];
    if let Some(a) = d.person(&p.author) {
        meta.push(format!("автор: {}", a.full_name));
    }
    if let Some(a) = d.taxonomy.iter().find(|a| a.id == p.area) {
        meta.push(format!("тема: {}", a.title));
    }
    if !p.tags.is_empty() {
        meta.push(format!("теги: {}", p.tags.join(", ")));
    }
    meta.join(" · ")
}

#[component]
fn PracticeItem(id: String) -> impl IntoView {
    let (state, error) = use_edit();
    let practice = state.read_of(&id, move |d, id| {
        d.library.iter().find(|p| p.id == id).cloned()
    });
    let flag = move |best: bool| {
        move || {
            practice.with(|p| {
                p.as_ref()
                    .is_some_and(|p| if best { p.best } else { p.publish })
            })
        }
    };
    let toggle = {
        let id = id.clone();
        move |best: bool, on: bool| {
            let r = state.change(|d| {
                d.update_practice(&id, |p| if best { p.best = on } else { p.publish = on })
            });
            error.set(r.err());
        }
    };
    let (t1, t2) = (toggle.clone(), toggle);
    let del = id.clone();
    view! {
        <li class="practice" data-practice=id.clone()>
            {move || practice.get().map(|p| {
                let (meta, warn) = state.data.with(|d| (meta_line(d, &p), published_without_name(&p, &d.people)));
                view! {
                    <p class="practice-title"><strong>{p.title}</strong></p>
                    <p class="muted">{meta}</p>
                    {(!p.text.is_empty()).then(|| view! { <p>{p.text}</p> })}
                    {(!p.link.is_empty()).then(|| view! { <p><a href=p.link.clone() rel="noopener noreferrer" target="_blank">{p.link.clone()}</a></p> })}
                    {warn.then(|| view! { <p class="flag">"Нет согласия автора на публикацию: на сайте материал будет без имени."</p> })}
                }
            })}
            <span class="practice-flags">
                <input type="checkbox" id=format!("best-{id}") prop:checked=flag(true) on:change=move |ev| t1(true, event_target_checked(&ev)) />
                <label for=format!("best-{id}")>"Лучшая практика"</label>
                <input type="checkbox" id=format!("publish-{id}") prop:checked=flag(false) on:change=move |ev| t2(false, event_target_checked(&ev)) />
                <label for=format!("publish-{id}")>"Опубликовать на сайте"</label>
                <ConfirmButton label="Удалить…" question="Удалить материал из копилки?" confirm="Удалить" small=true
                    on_confirm=Callback::new(move |_| error.set(state.change(|d| d.delete_practice(&del)).err())) />
            </span>
            <ErrorText message=error />
        </li>
    }
}

#[component]
fn NewPractice() -> impl IntoView {
    let (state, error) = use_edit();
    let [title, author, area, link, text, tags] =
        std::array::from_fn(|_| RwSignal::new(String::new()));
    let kind = RwSignal::new(PracticeKind::default());
    let lists = state.read(move |d| {
        let people = practice_authors(&d.people);
        let areas = area_options(&d.taxonomy);
        (people, areas)
    });
    let submit = on_submit(move || {
        let p = Practice {
            title: title.get_untracked(),
            author: author.get_untracked(),
            area: area.get_untracked(),
            kind: kind.get_untracked(),
            link: link.get_untracked(),
            text: text.get_untracked(),
            tags: vec![tags.get_untracked()],
            ..Default::default()
        };
        let result = state.change(|d| d.add_practice(p).map(|_| ()));
        after_add(error, result, || {
            for s in [title, link, text, tags] {
                s.set(String::new());
            }
        });
    });
    let select = move |id: &'static str, label: &'static str, s: RwSignal<String>, people: bool| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id on:change=move |ev| s.set(event_target_value(&ev))>
                    <option value="">"— не указан(а) —"</option>
                    {move || {
                        let (p, a) = lists.get();
                        (if people { p } else { a }).into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()
                    }}
                </select>
            </div>
        }
    };
    view! {
        <h4>"Добавить материал"</h4>
        <form class="grid-form" on:submit=submit>
            <InputField id="practice-title" label="Название" value=title maxlength=300 />
            {select("practice-author", "Автор (педагог из реестра)", author, true)}
            {select("practice-area", "Тема (область затруднений)", area, false)}
            <div class="field">
                <label for="practice-kind">"Вид материала"</label>
                <EnumSelect id="practice-kind" selected=move || Some(kind.get())
                    on_change=move |k| kind.set(k) />
            </div>
            <InputField id="practice-link" label="Ссылка (https://…)" value=link maxlength=300 />
            <InputField id="practice-tags" label="Теги через запятую" value=tags maxlength=300 />
            <div class="field wide">
                <label for="practice-text">"Краткое описание или текст"</label>
                <textarea id="practice-text" rows="3" maxlength="5000" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions"><button type="submit" class="btn">"Добавить в копилку"</button></div>
        </form>
        <ErrorText message=error />
    }
}
