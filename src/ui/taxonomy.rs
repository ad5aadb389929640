//! «Области профессиональных затруднений и сильных сторон»: the school's competency taxonomy,
//! shared by the mentee questionnaire (needs) and the mentor questionnaire (strengths).

use leptos::prelude::*;

use crate::domain::taxonomy::AreaGroup;

use super::state::use_edit;
use super::widgets::{after_add, on_submit, Card, EnumSelect, ErrorText, IdList};

#[component]
pub fn TaxonomyEditor() -> impl IntoView {
    let (state, error) = use_edit();
    let ids = state.read(move |d| d.taxonomy.iter().map(|a| a.id.clone()).collect::<Vec<_>>());
    let title = RwSignal::new(String::new());
    let group = RwSignal::new(AreaGroup::Methodical);
    view! {
        <Card h2=true id="taxonomy-title" title="Области профессиональных затруднений и сильных сторон" testid="taxonomy" error=error>
            <p class="hint">"Один перечень для обеих анкет: наставляемые оценивают, где нужна помощь, наставники — что \
                  могут передать. По этим областям подбираются пары (этап 4)."</p>
            <IdList class="areas" ids=ids item=|id| view! { <AreaRow id /> } />
            <form class="inline-form" on:submit=on_submit(move || {
                let result = state.change(|d| d.add_area(group.get_untracked(), &title.get_untracked()).map(|_| ()));
                after_add(error, result, || title.set(String::new()));
            })>
                <label for="area-new">"Новая область"</label>
                <input id="area-new" type="text" maxlength="200" prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev)) />
                <label for="area-new-group">"группа"</label>
                <EnumSelect id="area-new-group" selected=move || Some(group.get())
                    on_change=move |g| group.set(g) />
                <button type="submit" class="btn">"Добавить область"</button>
            </form>
        </Card>
    }
}

#[component]
fn AreaRow(id: String) -> impl IntoView {
    let (state, error) = use_edit();
    let area = state
        .data
        .with_untracked(|d| d.taxonomy.iter().find(|a| a.id == id).cloned());
    let Some(area) = area else {
        return ().into_any();
    };
    let confirm = RwSignal::new(None::<String>);
    let title_id = format!("area-{id}");
    let group_id = format!("area-{id}-group");
    let current_group = state.read_of(&id, |d, id| {
        d.taxonomy.iter().find(|a| a.id == id).map(|a| a.group)
    });
    let save = {
        let id = id.clone();
        move |title: Option<String>, group: Option<AreaGroup>| {
            let (t, g) = state.data.with_untracked(|d| {
                let a = d.taxonomy.iter().find(|a| a.id == id);
                (
                    title.unwrap_or_else(|| a.map(|a| a.title.clone()).unwrap_or_default()),
                    group.unwrap_or_else(|| a.map(|a| a.group).unwrap_or(AreaGroup::Methodical)),
                )
            });
            error.set(state.change(|d| d.edit_area(&id, g, &t)).err());
        }
    };
    let save2 = save.clone();
    let delete = {
        let id = id.clone();
        move |with_ratings: bool| match state.change(|d| d.delete_area(&id, with_ratings)) {
            Ok(()) => {}
            Err(e) => confirm.set(Some(e)),
        }
    };
    let delete2 = delete.clone();
    view! {
        <li class="area" data-area=id.clone()>
            <div class="area-fields">
                <label class="visually-hidden" for=title_id.clone()>"Название области"</label>
                <input id=title_id type="text" maxlength="200" value=area.title.clone()
                    on:change=move |ev| save(Some(event_target_value(&ev)), None) />
                <label class="visually-hidden" for=group_id.clone()>"Группа"</label>
                <EnumSelect id=group_id selected=move || current_group.get() on_change=move |g| save2(None, Some(g)) />
                <button type="button" class="btn btn-small btn-danger" on:click=move |_| delete(false)>"Удалить"</button>
            </div>
            <ErrorText message=error />
            {move || confirm.get().map(|why| {
                let delete2 = delete2.clone();
                view! {
                    <div class="confirm" role="group" aria-label="Подтверждение удаления области">
                        <p>{why}</p>
                        <button type="button" class="btn btn-danger" on:click=move |_| delete2(true)>"Удалить вместе с оценками"</button>
                        <button type="button" class="btn" on:click=move |_| confirm.set(None)>"Отмена"</button>
                    </div>
                }
            })}
        </li>
    }
    .into_any()
}
