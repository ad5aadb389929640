//! The school profile form. Every keystroke goes into the data (and is saved), so nothing
//! typed is ever lost; errors are shown next to the fields.

use leptos::prelude::*;

use crate::domain::forms::{toggle, MentoringForm};
use crate::domain::progress::all_progress;
use crate::domain::school::{field_error, validate_profile, ProfileField, MAX_FIELD_CHARS};

use super::router::{navigate, Route};
use super::state::use_state;
use super::widgets::FormsPicker;

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
const YEAR: [FieldSpec; 1] = [spec(
    ProfileField::AcademicYear,
    "text",
    "off",
    "В формате 2025/2026.",
    "2025/2026",
)];

fn field_id(f: ProfileField) -> String {
    format!("profile-{}", f.path().replace('.', "-"))
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let state = use_state();
    let first_visit = state
        .data
        .with_untracked(|d| d.profile == Default::default());
    // Errors appear after the first «Готово» (then follow every keystroke), or at once when
    // the profile was complete before: an error shown on blur would move the button under
    // the pointer between mousedown and click.
    let was_valid = state
        .data
        .with_untracked(|d| validate_profile(&d.profile).is_empty());
    let show_errors = RwSignal::new(was_valid);
    let summary = RwSignal::new(None::<String>);

    let render = move |specs: &'static [FieldSpec]| {
        specs
            .iter()
            .map(|s| view! { <Field spec=s show_errors=show_errors /> })
            .collect_view()
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
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
        let started = state
            .data
            .with_untracked(|d| all_progress(d).iter().any(|p| p.done + p.in_progress > 0));
        navigate(&if started {
            Route::Overview
        } else {
            Route::Stage(1)
        });
    };

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
                    <button type="button" class="btn btn-small" data-testid="load-example" on:click=move |_| {
                        if state.load_example().is_ok() {
                            navigate(&Route::Overview);
                        }
                    }>"Загрузить пример"</button>
                    " — вымышленная школа с 60 педагогами, анкетами и согласиями; её можно удалить одной кнопкой."
                </p>
            </div>
        })}
        <p class="muted">"Поля, отмеченные звёздочкой (" <span class="req" aria-hidden="true">"*"</span> "), обязательны."</p>
        <form class="form" novalidate on:submit=submit>
            <fieldset>
                <legend>"Образовательная организация"</legend>
                {render(&SCHOOL)}
            </fieldset>
            <fieldset>
                <legend>"Руководитель"</legend>
                {render(&DIRECTOR)}
            </fieldset>
            <fieldset>
                <legend>"Куратор наставничества"</legend>
                {render(&COORDINATOR)}
            </fieldset>
            <fieldset>
                <legend>"Период"</legend>
                {render(&YEAR)}
            </fieldset>
            <FormsChoice />
            {move || summary.get().map(|s| view! { <p class="error" role="alert" data-testid="profile-summary">{s}</p> })}
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
                name=f.path()
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
                    let _ = state.change(|d| {
                        f.set(&mut d.profile, v);
                        Ok(())
                    });
                }
            />
            {move || error().map(|e| view! { <p class="error" id=err_id.clone()>{e}</p> })}
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
            selected=Signal::derive(move || state.data.with(|d| d.profile.forms.clone()))
            on_toggle=Callback::new(move |(form, on): (MentoringForm, bool)| {
                let _ = state.change(|d| {
                    toggle(&mut d.profile.forms, form, on);
                    Ok(())
                });
            })
        />
    }
}
