//! A person's card: the data, then the roles, consents, documents and questionnaires, and the
//! removal from the register.

use leptos::prelude::*;

use crate::domain::banks::Bank;
use crate::domain::documents::registry::DocKind;
use crate::domain::people::Category;
use crate::domain::register::PersonField;

use super::consents::Consents;
use super::person_memo;
use super::questionnaire::Questionnaire;
use super::roles::Roles;
use crate::ui::router::{navigate, Route};
use crate::ui::state::{use_edit, use_state};
use crate::ui::widgets::{Card, ConfirmButton, EnumSelect, ErrorText};

#[component]
pub fn PersonPage(id: String) -> impl IntoView {
    // Memos: the card is rebuilt only when the person appears or disappears, not on every
    // keystroke (which would drop focus and inline errors).
    let exists = person_memo(&id, |_| true);
    let name = person_memo(&id, |p| p.full_name.clone());
    move || {
        if !exists.get() {
            return view! {
                <h1 tabindex="-1">"Педагог не найден"</h1>
                <p>"В реестре нет такого педагога: возможно, его удалили. " <a href=Route::People.href()>"К реестру"</a></p>
            }
            .into_any();
        }
        let id = id.clone();
        let data_id = id.clone();
        view! {
            <p class="eyebrow"><a href=Route::People.href()>"Педагоги"</a></p>
            <h1 tabindex="-1" data-testid="person-name">{move || name.get()}</h1>
            <Card id="person-data" title="Сведения" h2=true>
                <div class="meta-grid">
                    {PersonField::ALL.into_iter().map(|field| view! { <PersonText pid=data_id.clone() field /> }).collect_view()}
                    <CategorySelect pid=data_id />
                </div>
            </Card>
            <Roles pid=id.clone() />
            <Consents pid=id.clone() />
            <PersonDocuments pid=id.clone() />
            <Questionnaire pid=id.clone() bank=Bank::Mentees />
            <Questionnaire pid=id.clone() bank=Bank::Mentors />
            <DeletePerson pid=id />
        }
        .into_any()
    }
}

/// The input type of a field of the card.
fn input_type(f: PersonField) -> &'static str {
    match f {
        PersonField::BirthDate => "date",
        PersonField::Phone => "tel",
        PersonField::Email => "email",
        _ => "text",
    }
}

/// A text field of the card bound to one person field.
#[component]
fn PersonText(pid: String, field: PersonField) -> impl IntoView {
    let (state, error) = use_edit();
    let input_id = format!("person-{}", field.key());
    let value = person_memo(&pid, move |p| field.get(p));
    view! {
        <div class="field">
            <label for=input_id.clone()>{field.label()}</label>
            <input id=input_id type=input_type(field) maxlength="500" prop:value=value
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    error.set(state.change(|d| d.set_person_field(&pid, field, v)).err());
                } />
            <ErrorText message=error quiet=true />
        </div>
    }
}

#[component]
fn CategorySelect(pid: String) -> impl IntoView {
    let (state, error) = use_edit();
    let current = state.read_of(&pid, |d, pid| {
        d.person(pid).map(|p| p.category).unwrap_or_default()
    });
    view! {
        <div class="field">
            <label for="person-category">"Квалификационная категория"</label>
            <EnumSelect id="person-category" selected=move || Some(current.get())
                on_change=move |c: Category| {
                    error.set(state.change(|d| d.update_person(&pid, |p| { p.category = c; Ok(()) })).err());
                } />
            <ErrorText message=error />
        </div>
    }
}

/// «Удалить педагога…»: confirmed; when records refer to the person, they are listed and the
/// removal takes them along only on a second confirmation.
#[component]
fn DeletePerson(pid: String) -> impl IntoView {
    let state = use_state();
    let refused = RwSignal::new(None::<String>);
    let delete = Callback::new(move |cascade: bool| {
        match state.change(|d| d.delete_person(&pid, cascade).map(|_| ())) {
            Ok(()) => navigate(&Route::People),
            Err(e) => refused.set(Some(e)),
        }
    });
    view! {
        <Card id="person-delete" title="Удалить из реестра" h2=true class="danger-zone">
            {move || match refused.get() {
                None => view! {
                    <ConfirmButton label="Удалить педагога…" danger=true group="Подтверждение удаления"
                        question="Педагог, его анкеты и отметки о согласиях будут удалены. Если согласие отозвано, лучше обезличить данные: ответы останутся для статистики."
                        confirm="Удалить" on_confirm=Callback::new(move |()| delete.run(false)) />
                }.into_any(),
                Some(why) => view! {
                    <div class="confirm" role="group" aria-label="Подтверждение удаления">
                        <p class="error" role="alert" data-testid="delete-refused">{why}</p>
                        <button type="button" class="btn btn-danger" on:click=move |_| delete.run(true)>"Удалить вместе с этими записями"</button>
                        <button type="button" class="btn" on:click=move |_| refused.set(None)>"Отмена"</button>
                    </div>
                }.into_any(),
            }}
        </Card>
    }
}

/// The personal documents of a teacher: the consent form, and for a mentor the additional
/// agreement with the written consent to mentor.
#[component]
fn PersonDocuments(pid: String) -> impl IntoView {
    let roles = person_memo(&pid, |p| (p.mentee.is_some(), p.mentor.is_some()));
    let href = move |kind: DocKind| Route::PersonDocument(kind, pid.clone()).href();
    let consent = href(DocKind::ConsentPersonalData);
    let dissemination = href(DocKind::ConsentDissemination);
    let agreement = href(DocKind::MentorAgreement);
    let mentee_form = href(DocKind::MenteeQuestionnaire);
    let mentor_form = href(DocKind::MentorQuestionnaire);
    view! {
        <Card id="person-docs" title="Документы педагога" h2=true>
            <ul class="doc-links">
                <li><a href=consent>"Согласие на обработку персональных данных — с ФИО педагога"</a></li>
                <li><a href=dissemination>"Согласие на распространение персональных данных на сайте (ст. 10.1 152-ФЗ) — с адресом раздела"</a></li>
                {move || roles.get().0.then(|| view! {
                    <li><a href=mentee_form.clone()>"Анкета наставляемого — с данными и ответами для печати и подписи"</a></li>
                })}
                {move || roles.get().1.then(|| view! {
                    <li><a href=mentor_form.clone()>"Анкета кандидата в наставники — с данными и ответами для печати и подписи"</a></li>
                    <li><a href=agreement.clone()>"Дополнительное соглашение к трудовому договору о наставничестве и согласие на наставничество"</a></li>
                })}
            </ul>
        </Card>
    }
}
