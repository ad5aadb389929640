//! «Педагоги в разделе»: teachers named in the section, with their stories.

use leptos::prelude::*;

use crate::domain::format::count;
use crate::domain::public;
use crate::domain::publish_rules as rules;

use super::super::router::Route;
use super::super::state::use_edit;
use super::super::widgets::{on_submit, Card, ErrorText, IdList};

#[component]
pub fn PeopleCard() -> impl IntoView {
    let (state, error) = use_edit();
    let pick = RwSignal::new(String::new());
    let candidates = state.read(rules::featurable);
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
    let featured = state.read(|d| {
        d.publication
            .people
            .iter()
            .map(|f| f.person.clone())
            .collect::<Vec<_>>()
    });
    view! {
        <Card h2=true id="pub-people" title="Педагоги в разделе">
            <p>"Назвать педагога и рассказать о нём можно только с его отдельного согласия на \
                   распространение персональных данных (статья 10.1 Федерального закона № 152-ФЗ), \
                   отмеченного в карточке педагога. В раздел попадут ФИО, должность, роль и ваш рассказ; \
                   контакты, дата рождения и ответы анкет не публикуются."</p>
            <p class="muted">{consenting}</p>
            {move || if candidates.with(Vec::is_empty) {
                view! { <p class="empty">"Нет педагогов с согласием на публикацию, которых ещё нет в разделе."</p> }.into_any()
            } else {
                view! {
                    <form class="inline-form" on:submit=on_submit(move || {
                        let id = pick.get_untracked();
                        if id.is_empty() {
                            error.set(Some("Выберите педагога".into()));
                            return;
                        }
                        error.set(state.change(|d| public::feature(d, &id)).err());
                        pick.set(String::new());
                    })>
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
            <ErrorText message=error />
            <IdList class="pub-list" ids=featured item=|id| view! { <FeaturedItem id /> } />
        </Card>
    }
}

#[component]
fn FeaturedItem(id: String) -> impl IntoView {
    let (state, error) = use_edit();
    let (name, allowed) = {
        let id = id.clone();
        let info = state.read(move |d| {
            let name = d.person(&id).map(|p| p.full_name.clone());
            (name.unwrap_or_default(), rules::still_publishable(d, &id))
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
            <ErrorText message=error quiet=true />
            <button type="button" class="btn btn-small" on:click=move |_| {
                error.set(state.change(|d| rules::unfeature(&mut d.publication, &remove_of)).err());
            }>"Убрать из раздела"<span class="visually-hidden">": " {name}</span></button>
        </li>
    }
}
