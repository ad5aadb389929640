//! The school profile form. Every keystroke goes into the data (and is saved), so nothing
//! typed is ever lost; errors are shown next to the fields.

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::forms::{toggle, MentoringForm};
use crate::domain::school::{
    case_slots, field_error, set_case_form, validate_profile, ProfileField, SchoolProfile,
    YoungRule, MAX_FIELD_CHARS,
};

use super::router::{navigate, Route};
use super::state::{use_state, AppState};
use super::widgets::{on_submit, ErrorText, FormsPicker};

struct FieldSpec {
    field: ProfileField,
    input_type: &'static str,
    autocomplete: &'static str,
    hint: &'static str,
    placeholder: &'static str,
}

const fn spec(
    field: ProfileField,
    input_type: &'static str,
    autocomplete: &'static str,
    hint: &'static str,
    placeholder: &'static str,
) -> FieldSpec {
    FieldSpec {
        field,
        input_type,
        autocomplete,
        hint,
        placeholder,
    }
}

const SCHOOL: [FieldSpec; 4] = [
    spec(
        ProfileField::FullName,
        "text",
        "organization",
        "Как в уставе: попадает в шапку приказов.",
        "Государственное бюджетное общеобразовательное учреждение …",
    ),
    spec(
        ProfileField::ShortName,
        "text",
        "off",
        "Например, ГБОУ СОШ № 96.",
        "",
    ),
    spec(ProfileField::City, "text", "address-level2", "", ""),
    spec(
        ProfileField::Site,
        "url",
        "url",
        "Необязательно. Например, https://school96.ru",
        "",
    ),
];
const DIRECTOR: [FieldSpec; 2] = [
    spec(
        ProfileField::DirectorName,
        "text",
        "off",
        "Фамилия Имя Отчество",
        "",
    ),
    spec(
        ProfileField::DirectorPosition,
        "text",
        "off",
        "",
        "Директор",
    ),
];
const COORDINATOR: [FieldSpec; 4] = [
    spec(
        ProfileField::CoordinatorName,
        "text",
        "name",
        "Фамилия Имя Отчество",
        "",
    ),
    spec(
        ProfileField::CoordinatorPosition,
        "text",
        "organization-title",
        "",
        "Заместитель директора по УВР",
    ),
    spec(
        ProfileField::CoordinatorPhone,
        "tel",
        "tel",
        "Необязательно.",
        "+7 (812) 123-45-67",
    ),
    spec(
        ProfileField::CoordinatorEmail,
        "email",
        "email",
        "Необязательно.",
        "",
    ),
];
const YEAR: [FieldSpec; 2] = [
    spec(
        ProfileField::AcademicYear,
        "text",
        "off",
        "В формате 2025/2026.",
        "2025/2026",
    ),
    spec(
        ProfileField::YearEnd,
        "date",
        "off",
        "Необязательно. Срок наставничества новой пары по умолчанию; без даты — 31 мая. У каждой пары его можно изменить.",
        "",
    ),
];
const REQUISITES: [FieldSpec; 4] = [
    spec(
        ProfileField::Address,
        "text",
        "street-address",
        "Для согласий на обработку и распространение персональных данных.",
        "197000, Санкт-Петербург, ул. …, д. …",
    ),
    spec(ProfileField::Inn, "text", "off", "10 цифр.", ""),
    spec(ProfileField::Ogrn, "text", "off", "13 цифр.", ""),
    spec(
        ProfileField::Founder,
        "text",
        "off",
        "Например, администрация района или комитет по образованию.",
        "",
    ),
];
const PAY: [FieldSpec; 2] = [
    spec(
        ProfileField::PayAmount,
        "text",
        "off",
        "Попадает в дополнительные соглашения и приказ о закреплении пар. Размер устанавливают региональные и муниципальные акты, коллективный договор и локальные акты.",
        "10 процентов должностного оклада за каждого наставляемого",
    ),
    spec(
        ProfileField::PaySource,
        "text",
        "off",
        "",
        "за счёт стимулирующей части фонда оплаты труда",
    ),
];

/// Changes the profile. Nothing here can be refused: a value is kept as typed and its
/// problems are shown next to the field, so the change always succeeds (an infallible update).
fn edit_profile(state: AppState, f: impl FnOnce(&mut SchoolProfile)) {
    state.update(|d| f(&mut d.profile));
}

/// The form's fieldsets: legend and fields.
const SECTIONS: [(&str, &[FieldSpec]); 6] = [
    ("Образовательная организация", &SCHOOL),
    ("Руководитель", &DIRECTOR),
    ("Куратор наставничества", &COORDINATOR),
    ("Период", &YEAR),
    ("Реквизиты школы", &REQUISITES),
    ("Оплата наставничества", &PAY),
];

fn field_id(f: ProfileField) -> String {
    format!("profile-{}", f.key().replace('.', "-"))
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let state = use_state();
    let first_visit = state.data.with_untracked(|d| d.profile.is_blank());
    // Errors appear after the first «Готово» (then follow every keystroke), or at once when
    // the profile was complete before: an error shown on blur would move the button under
    // the pointer between mousedown and click.
    let was_valid = state
        .data
        .with_untracked(|d| validate_profile(&d.profile).is_empty());
    let show_errors = RwSignal::new(was_valid);
    let summary = RwSignal::new(None::<String>);
    let example_error = RwSignal::new(None::<String>);
    let example_loading = RwSignal::new(false);

    let render = move |specs: &'static [FieldSpec]| {
        specs
            .iter()
            .map(|s| view! { <Field spec=s show_errors=show_errors /> })
            .collect_view()
    };

    let submit = on_submit(move || {
        show_errors.set(true);
        let errors = state.data.with_untracked(|d| validate_profile(&d.profile));
        if let Some(first) = errors.first() {
            summary.set(Some(format!(
                "Профиль не заполнен: проверьте {}.",
                crate::domain::format::count(errors.len() as u64, ["поле", "поля", "полей"])
            )));
            if let Some(el) = document().get_element_by_id(&field_id(first.field)) {
                use wasm_bindgen::JsCast;
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    el.focus().ok();
                }
            }
            return;
        }
        summary.set(None);
        state.flush();
        navigate(&if state.data.with_untracked(SchoolData::work_started) {
            Route::Overview
        } else {
            Route::Stage(1)
        });
    });

    view! {
        <h1 tabindex="-1">"Профиль школы"</h1>
        {first_visit.then(|| view! {
            <div class="card intro">
                <p>
                    <strong>"Добро пожаловать в «Наставник»."</strong>
                    " Программа проведёт вас по семи этапам внедрения системы (целевой модели) наставничества "
                    "педагогических работников: от приказа и Положения до итогового мероприятия и раздела на сайте школы."
                </p>
                <p>"Начните с профиля школы: эти сведения попадут в приказы и другие документы. Всё сохраняется автоматически в этом браузере."</p>
                <p>
                    "Хотите сначала посмотреть, как всё устроено? "
                    <button type="button" class="btn btn-small" data-testid="load-example"
                        prop:disabled=move || example_loading.get()
                        on:click=move |_| {
                            example_loading.set(true);
                            super::screens::with_example_school(move |example| {
                                example_loading.set(false);
                                match state.load_example(example) {
                                    Ok(()) => navigate(&Route::Overview),
                                    Err(e) => example_error.set(Some(e)),
                                }
                            });
                        }>{move || if example_loading.get() { "Загружается пример…" } else { "Загрузить пример" }}</button>
                    " — вымышленная школа с 60 педагогами, анкетами и согласиями; её можно удалить одной кнопкой."
                </p>
                <ErrorText message=example_error />
            </div>
        })}
        <p class="muted">"Поля, отмеченные звёздочкой (" <span class="req" aria-hidden="true">"*"</span> "), обязательны."</p>
        <form class="form" novalidate on:submit=submit>
            {SECTIONS.iter().map(|(legend, specs)| view! {
                <fieldset>
                    <legend>{*legend}</legend>
                    {render(specs)}
                </fieldset>
            }).collect_view()}
            <FormsChoice />
            <RegionalActs />
            <OtherSettings />
            <CaseForms />
            <ErrorText message=summary testid="profile-summary" />
            <div class="actions">
                <button type="submit" class="btn btn-primary">"Готово"</button>
                <span class="muted">"Изменения уже сохранены; кнопка проверит поля и откроет следующий шаг."</span>
            </div>
        </form>
    }
}

#[component]
fn Field(spec: &'static FieldSpec, show_errors: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let f = spec.field;
    let id = field_id(f);
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let value = move || state.data.with(|d| f.get(&d.profile).to_string());
    let error = move || {
        if show_errors.get() {
            state.data.with(|d| field_error(&d.profile, f))
        } else {
            None
        }
    };
    let described = {
        let (hint_id, err_id) = (hint_id.clone(), err_id.clone());
        move || {
            let mut ids = Vec::new();
            if !spec.hint.is_empty() {
                ids.push(hint_id.clone());
            }
            if error().is_some() {
                ids.push(err_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:invalid=move || error().is_some()>
            <label for=id.clone()>
                {f.label()}
                {f.required().then(|| view! { <span class="req" aria-hidden="true">" *"</span> })}
            </label>
            {(!spec.hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{spec.hint}</p> })}
            <input
                id=id.clone()
                name=f.key()
                type=spec.input_type
                autocomplete=spec.autocomplete
                placeholder=(!spec.placeholder.is_empty()).then_some(spec.placeholder)
                maxlength=MAX_FIELD_CHARS.to_string()
                required=f.required()
                aria-required=f.required().then_some("true")
                aria-invalid=move || error().is_some().then_some("true")
                aria-describedby=described
                prop:value=value
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    edit_profile(state, |p| f.set(p, v));
                }
            />
            <ErrorText message=error quiet=true id=err_id />
        </div>
    }
}

/// The forms of mentoring the school uses: they go into the Положение.
#[component]
fn FormsChoice() -> impl IntoView {
    let state = use_state();
    view! {
        <FormsPicker
            prefix="form"
            fieldset_id="profile-forms"
            legend="Формы наставничества, которые использует школа"
            hint="Перечислены в Положении о наставничестве. Форму каждой пары или группы выбирают позже, на этапе 5."
            selected=move || state.data.with(|d| d.profile.forms.clone())
            on_toggle=Callback::new(move |(form, on): (MentoringForm, bool)| {
                edit_profile(state, |p| toggle(&mut p.forms, form, on));
            })
        />
    }
}

/// The region's and the municipality's own acts on mentoring: one a line, cited first.
#[component]
fn RegionalActs() -> impl IntoView {
    let state = use_state();
    let value = move || state.data.with(|d| d.profile.regional_acts_text());
    view! {
        <fieldset>
            <legend>"Региональные и муниципальные акты о наставничестве"</legend>
            <div class="field">
                <label for="profile-regional_acts">"Акты вашего региона и муниципалитета (каждый — с новой строки)"</label>
                <p class="hint" id="profile-regional_acts-hint">
                    "Как в реквизитах, в именительном падеже, например: распоряжение Комитета по образованию Санкт-Петербурга от 01.02.2023 № 100-р «О …». "
                    "Приказы и Положение ссылаются на них первыми; в каждом документе список оснований можно изменить."
                </p>
                <textarea id="profile-regional_acts" rows="3" maxlength="5000" aria-describedby="profile-regional_acts-hint"
                    prop:value=value
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        edit_profile(state, |p| p.set_regional_acts(&v));
                    }></textarea>
            </div>
        </fieldset>
    }
}

/// The union block of the Положение and who counts as a young specialist.
#[component]
fn OtherSettings() -> impl IntoView {
    let state = use_state();
    let rule = move || state.data.with(|d| d.profile.young_rule);
    let set_rule = move |r: YoungRule| {
        edit_profile(state, |p| p.young_rule = r);
    };
    view! {
        <fieldset>
            <legend>"Прочие настройки"</legend>
            <div class="field">
                <label>
                    <input type="checkbox" id="profile-union_opinion"
                        prop:checked=move || state.data.with(|d| d.profile.union_opinion)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            edit_profile(state, |p| p.union_opinion = on);
                        } />
                    " В Положении — блоки «УЧТЕНО мнение первичной профсоюзной организации» и «СОГЛАСОВАНО»"
                </label>
            </div>
            <div class="field" role="radiogroup" aria-labelledby="profile-young-label">
                <p id="profile-young-label">"Молодой специалист в показателях — это педагог"</p>
                {[
                    (YoungRule::Both, "profile-young-both", " до 35 лет и в первые три года работы (обычное определение)"),
                    (YoungRule::Either, "profile-young-either", " до 35 лет или в первые три года работы"),
                ].map(|(r, id, text)| view! {
                    <label>
                        <input type="radio" name="young_rule" id=id
                            prop:checked=move || rule() == r
                            on:change=move |_| set_rule(r) />
                        {text}
                    </label>
                })}
            </div>
        </fieldset>
    }
}

/// The case forms the documents use, pre-filled by the rules; the school may correct them.
/// The fields are built when the list is first opened (`screens::case_forms_card`).
#[component]
fn CaseForms() -> impl IntoView {
    let opened = RwSignal::new(false);
    view! {
        <details class="case-forms" id="profile-case-forms" on:toggle=move |_| if !opened.get_untracked() { opened.set(true) }>
            <summary>"Падежные формы в документах"</summary>
            <p class="hint">
                "Программа склоняет ФИО, должности и наименование школы сама. Если форма неверна, исправьте её здесь: "
                "документы возьмут вашу. Пустое поле вернёт форму по правилам."
            </p>
            {move || opened.get().then(super::screens::case_forms_card)}
        </details>
    }
}

/// The fields of [`CaseForms`], one per case form.
#[component]
pub fn CaseFormFields() -> impl IntoView {
    let state = use_state();
    let slots = move || state.data.with(|d| case_slots(&d.profile));
    view! {
            {move || slots().into_iter().enumerate().map(|(i, slot)| {
                let id = format!("profile-case-{i}");
                let slot_for_input = slot.clone();
                view! {
                    <div class="field">
                        <label for=id.clone()>{slot.label.clone()}</label>
                        <p class="hint">{format!("«{}» — {}", slot.nominative, slot.used_in)}{slot.corrected.then_some(" (исправлено вами)")}</p>
                        <input id=id type="text" maxlength=MAX_FIELD_CHARS.to_string()
                            prop:value=slot.value.clone()
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                edit_profile(state, |p| set_case_form(p, &slot_for_input, &v));
                            } />
                    </div>
                }
            }).collect_view()}
    }
}
