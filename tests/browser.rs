//! Browser tests (wasm-bindgen-test in headless Chromium): storage on the real
//! localStorage and on a failing one, the file helpers, the router, and the wizard mounted
//! into a real DOM. Run with `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use leptos::{mount::mount_to, prelude::*, task::tick};
use nastavnik::domain::archive::{self, Envelope};
use nastavnik::domain::data::{SchoolData, TaskStatus};
use nastavnik::domain::documents::registry::DocKind;
use nastavnik::storage::repo::{self, Loaded, SaveOutcome, DATA_KEY};
use nastavnik::storage::{files, Backend, BrowserStorage, MemoryStorage, StoreError};
use nastavnik::ui::router::Route;
use nastavnik::ui::AppWith;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-26T09:00:00.000Z";

fn sample() -> SchoolData {
    let mut d = SchoolData::default();
    d.profile.short_name = "ГБОУ СОШ № 96".into();
    d.set_task_status("1.1", TaskStatus::Done).unwrap();
    d
}

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(p).await.unwrap();
}

// ---------- storage ----------

#[wasm_bindgen_test]
fn browser_storage_round_trip() {
    local().clear().unwrap();
    let b = BrowserStorage;
    assert_eq!(b.get("k").unwrap(), None);
    b.set("k", "{\"a\":1}").unwrap();
    assert_eq!(b.get("k").unwrap().as_deref(), Some("{\"a\":1}"));
    assert_eq!(
        local().get_item("k").unwrap().as_deref(),
        Some("{\"a\":1}"),
        "stored as it is, not re-encoded"
    );
    b.remove("k").unwrap();
    assert_eq!(b.get("k").unwrap(), None);
}

#[wasm_bindgen_test]
fn real_quota_is_reported_as_quota() {
    local().clear().unwrap();
    let b = BrowserStorage;
    // Chromium allows about 5 million characters per origin.
    let huge = "я".repeat(6 * 1024 * 1024);
    assert_eq!(b.set("huge", &huge), Err(StoreError::Quota));
    assert_eq!(b.get("huge").unwrap(), None);
    assert!(StoreError::Quota.message().contains("место"));
}

#[wasm_bindgen_test]
fn save_and_load_on_local_storage() {
    local().clear().unwrap();
    let b = BrowserStorage;
    assert_eq!(repo::load(&b), Loaded::Empty);
    assert_eq!(
        repo::save(&b, &sample(), 0, NOW),
        SaveOutcome::Saved { revision: 1 }
    );
    match repo::load(&b) {
        Loaded::Found(env) => {
            assert_eq!(env.data, sample());
            assert_eq!(env.revision, 1);
            assert_eq!(env.saved_at, NOW);
        }
        other => panic!("expected the saved data, got {other:?}"),
    }
}

// ---------- files ----------

#[wasm_bindgen_test]
async fn read_file_returns_the_bytes() {
    let text = Envelope::new(sample(), 4, NOW).to_json_pretty();
    let parts = js_sys::Array::of1(&text.clone().into());
    let file = web_sys::File::new_with_str_sequence(&parts, "nastavnik.json").unwrap();
    let bytes = files::read_file(&file).await.unwrap();
    assert_eq!(bytes, text.as_bytes());
    assert_eq!(archive::decode(&bytes).unwrap().data, sample());
}

#[wasm_bindgen_test]
async fn read_file_refuses_a_file_over_20_mb_before_reading() {
    let big = " ".repeat(archive::MAX_ARCHIVE_BYTES + 1024 * 1024);
    let parts = js_sys::Array::of1(&big.into());
    let file = web_sys::File::new_with_str_sequence(&parts, "big.json").unwrap();
    let err = files::read_file(&file).await.unwrap_err();
    assert_eq!(
        err,
        "Файл слишком большой: 21,0 МБ. Архив «Наставника» не может быть больше 20 МБ."
    );
}

#[wasm_bindgen_test]
fn download_creates_no_leftover_link() {
    let doc = document();
    let before = doc.query_selector_all("a[download]").unwrap().length();
    files::download("nastavnik-test.json", "application/json", "{}").unwrap();
    assert_eq!(
        doc.query_selector_all("a[download]").unwrap().length(),
        before
    );
}

// ---------- router ----------

#[wasm_bindgen_test]
fn routes_parse_and_print() {
    for (hash, route) in [
        ("", Route::Overview),
        ("#", Route::Overview),
        ("#/", Route::Overview),
        ("#/profile", Route::Profile),
        ("#/profile/", Route::Profile),
        ("#/data", Route::Data),
        ("#/stage/1", Route::Stage(1)),
        ("#/stage/7", Route::Stage(7)),
        ("#/stage/5?x=1", Route::Stage(5)),
        ("#/people", Route::People),
        ("#/people/p7", Route::Person("p7".into())),
        ("#/documents", Route::Documents),
        ("#/publish", Route::Publish),
        ("#/info", Route::Info),
        ("#/rollup", Route::Rollup),
        (
            "#/documents/regulation",
            Route::Document(DocKind::Regulation),
        ),
        (
            "#/documents/mentor_agreement/p2",
            Route::PersonDocument(DocKind::MentorAgreement, "p2".into()),
        ),
    ] {
        assert_eq!(Route::parse(hash), route, "{hash}");
    }
    for bad in [
        "#/stage/0",
        "#/stage/8",
        "#/stage/05",
        "#/stage/x",
        "#/stage",
        "#/stage/5/extra",
        "#/nowhere",
    ] {
        assert!(matches!(Route::parse(bad), Route::NotFound(_)), "{bad}");
    }
    for r in [
        Route::Overview,
        Route::Profile,
        Route::Data,
        Route::Stage(3),
        Route::Publish,
        Route::Info,
    ] {
        assert_eq!(Route::parse(&r.href()), r);
    }
    assert_eq!(Route::Stage(5).title(), "Этап 5. Пары и группы — Наставник");
}

// ---------- the wizard in a real DOM ----------

/// Mounts a view into a fresh `<div>` of the page; dropping the handle unmounts it.
fn mount_view<V: IntoView + 'static>(
    f: impl FnOnce() -> V + 'static,
) -> (web_sys::HtmlElement, impl Drop) {
    let doc = document();
    let wrapper: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&wrapper).unwrap();
    let handle = mount_to(wrapper.clone(), f);
    (wrapper, handle)
}

fn mount(backend: Rc<dyn Backend>) -> (web_sys::HtmlElement, impl Drop) {
    mount_view(move || view! { <AppWith backend=backend.clone() /> })
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

fn hide_page() {
    let e = web_sys::Event::new("pagehide").unwrap();
    web_sys::window().unwrap().dispatch_event(&e).unwrap();
}

#[wasm_bindgen_test]
async fn first_visit_opens_the_profile() {
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let (root, _h) = mount(Rc::new(MemoryStorage::new()));
    tick().await;
    assert_eq!(text(&root, "main h1"), "Профиль школы");
    assert!(text(&root, ".intro").contains("Добро пожаловать"));
    assert_eq!(root.query_selector_all(".stepper li").unwrap().length(), 7);
    root.remove();
}

#[wasm_bindgen_test]
async fn wizard_marks_a_task_and_saves_it() {
    let store = Rc::new(MemoryStorage::new());
    repo::save(store.as_ref(), &sample(), 0, NOW);
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/stage/5")
        .unwrap();
    let (root, _h) = mount(store.clone());
    tick().await;
    assert_eq!(
        text(&root, "main h1"),
        "Организация и осуществление работы наставнических пар/групп"
    );
    // The seed's 3 tasks and the default rows for the additional agreements and the interim
    // monitoring.
    assert_eq!(root.query_selector_all(".task").unwrap().length(), 5);
    assert!(text(&root, "[data-testid=stage-progress]").starts_with("0 %"));

    click(&root, "#status-5-1-done");
    tick().await;
    // 1 of 5 tasks done, and the 3 measures read from the pairs not started: 2 half-units of 16.
    assert!(
        text(&root, "[data-testid=stage-progress]").starts_with("12 %"),
        "{}",
        text(&root, "[data-testid=stage-progress]")
    );
    assert!(text(&root, ".stepper li:nth-child(5) .step-meta").starts_with("12 %"));

    hide_page();
    tick().await;
    let stored = store.get(DATA_KEY).unwrap().unwrap();
    let env = archive::decode(stored.as_bytes()).unwrap();
    assert_eq!(env.revision, 2);
    assert_eq!(env.data.status("5.1"), TaskStatus::Done);
    assert_eq!(env.data.status("1.1"), TaskStatus::Done);
    root.remove();
}

#[wasm_bindgen_test]
async fn changes_are_saved_after_the_debounce() {
    let store = Rc::new(MemoryStorage::new());
    repo::save(store.as_ref(), &sample(), 0, NOW);
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/stage/2")
        .unwrap();
    let (root, _h) = mount(store.clone());
    tick().await;
    click(&root, "#status-2-1-in_progress");
    tick().await;
    assert_eq!(text(&root, "[data-testid=save-state]"), "Сохранение…");
    sleep(700).await;
    let env = archive::decode(store.get(DATA_KEY).unwrap().unwrap().as_bytes()).unwrap();
    assert_eq!(env.data.status("2.1"), TaskStatus::InProgress);
    assert!(text(&root, "[data-testid=save-state]").starts_with("Сохранено"));
    root.remove();
}

#[wasm_bindgen_test]
async fn failing_storage_shows_a_persistent_warning_and_keeps_the_data() {
    let store = Rc::new(MemoryStorage::new());
    repo::save(store.as_ref(), &sample(), 0, NOW);
    let before = store.get(DATA_KEY).unwrap();
    store.set_fail_writes(true);
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/stage/3")
        .unwrap();
    let (root, _h) = mount(store.clone());
    tick().await;
    assert!(root
        .query_selector("[data-testid=storage-failed]")
        .unwrap()
        .is_none());
    click(&root, "#status-3-1-done");
    tick().await;
    hide_page();
    tick().await;
    let banner = text(&root, "[data-testid=storage-failed]");
    assert!(banner.contains("Данные не сохраняются"), "{banner}");
    assert!(banner.contains("хранилище браузера недоступно"), "{banner}");
    assert!(text(&root, "[data-testid=save-state]").starts_with("Не сохранено"));
    // The change is still on screen, the old copy untouched.
    let checked = root
        .query_selector("#status-3-1-done")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlInputElement>()
        .checked();
    assert!(checked);
    assert_eq!(store.get(DATA_KEY).unwrap(), before);
    root.remove();
}

#[wasm_bindgen_test]
async fn damaged_storage_shows_the_recovery_screen() {
    let store = Rc::new(MemoryStorage::new());
    store.set(DATA_KEY, "not json").unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/")
        .unwrap();
    let (root, _h) = mount(store.clone());
    tick().await;
    assert_eq!(text(&root, "main h1"), "Сохранённые данные не читаются");
    assert!(root.query_selector(".stepper").unwrap().is_none());
    assert_eq!(store.get(DATA_KEY).unwrap().as_deref(), Some("not json"));
    root.remove();
}

// ---------- shared widgets ----------

#[wasm_bindgen_test]
async fn confirm_button_asks_cancels_and_confirms() {
    use nastavnik::ui::widgets::ConfirmButton;
    let runs = RwSignal::new(0);
    let (root, _h) = mount_view(move || {
        view! {
            <ConfirmButton label="Удалить…" question="Удалить раунд?" confirm="Удалить" small=true
                on_confirm=Callback::new(move |_| runs.update(|n| *n += 1)) />
        }
    });
    assert_eq!(text(&root, "button"), "Удалить…");
    assert!(root.query_selector(".confirm").unwrap().is_none());
    click(&root, "button");
    tick().await;
    assert!(text(&root, ".confirm").starts_with("Удалить раунд? "));
    click(&root, ".confirm button.btn:not(.btn-danger)");
    tick().await;
    assert!(
        root.query_selector(".confirm").unwrap().is_none(),
        "«Отмена» closes the question"
    );
    assert_eq!(runs.get_untracked(), 0, "«Отмена» does nothing");
    click(&root, "button");
    tick().await;
    click(&root, ".confirm .btn-danger");
    tick().await;
    assert_eq!(runs.get_untracked(), 1);
    assert!(root.query_selector(".confirm").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn confirm_button_names_the_title_of_the_moment() {
    use nastavnik::ui::widgets::ConfirmButton;
    let title = RwSignal::new("Совет".to_string());
    let (root, _h) = mount_view(move || {
        view! {
            <ConfirmButton label="Удалить новость" confirm="Удалить" group="Подтверждение удаления"
                question=move || format!("Удалить новость «{}»?", title.get())
                hidden=move || format!(": {}", title.get())
                on_confirm=Callback::new(|_| ()) />
        }
    });
    assert_eq!(text(&root, "button .visually-hidden"), ": Совет");
    title.set("Педсовет".into());
    tick().await;
    assert_eq!(text(&root, "button .visually-hidden"), ": Педсовет");
    click(&root, "button");
    tick().await;
    assert_eq!(
        text(&root, ".confirm p"),
        "Удалить новость «Педсовет»?",
        "the question names the title as it is when asked"
    );
}

#[wasm_bindgen_test]
async fn enum_select_shows_the_kept_value_after_a_refused_change() {
    use nastavnik::domain::pairs::PairStatus;
    use nastavnik::ui::widgets::EnumSelect;
    let kept = RwSignal::new(Some(PairStatus::ALL[0]));
    let asked = RwSignal::new(None::<PairStatus>);
    let (root, _h) = mount_view(move || {
        view! {
            <EnumSelect id="st" selected=move || kept.get()
                on_change=move |v| asked.set(Some(v)) />
        }
    });
    tick().await;
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#st")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(select.length(), PairStatus::ALL.len() as u32);
    assert_eq!(select.value(), PairStatus::ALL[0].key());
    select.set_value(PairStatus::ALL[2].key());
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(
        asked.get_untracked(),
        Some(PairStatus::ALL[2]),
        "the change is asked for"
    );
    assert_eq!(
        select.value(),
        PairStatus::ALL[0].key(),
        "refused: the kept value shows"
    );
    kept.set(Some(PairStatus::ALL[1]));
    tick().await;
    assert_eq!(select.value(), PairStatus::ALL[1].key(), "follows the data");
}

#[wasm_bindgen_test]
async fn show_more_pages_until_everything_is_shown() {
    use nastavnik::ui::widgets::ShowMore;
    let limit = RwSignal::new(2usize);
    let (root, _h) = mount_view(move || {
        view! { <ShowMore limit total=5usize page=2 counter="строк" /> }
    });
    tick().await;
    assert_eq!(text(&root, "button"), "Показать ещё 2");
    assert_eq!(text(&root, ".muted"), "Показано 2 из 5 строк");
    click(&root, "button");
    tick().await;
    assert_eq!(limit.get_untracked(), 4);
    assert_eq!(text(&root, "button"), "Показать ещё 1");
    click(&root, "button");
    tick().await;
    assert!(
        root.query_selector("button").unwrap().is_none(),
        "all 5 shown"
    );
}

#[wasm_bindgen_test]
async fn id_list_keeps_an_item_while_its_record_stays() {
    use nastavnik::ui::widgets::IdList;
    let ids = RwSignal::new(vec!["a".to_string(), "b".to_string()]);
    let (root, _h) = mount_view(move || {
        let ids = Memo::new(move |_| ids.get());
        let item = |id: String| {
            let key = id.clone();
            view! { <li data-id=key>{id}</li> }
        };
        view! { <IdList class="things" ids item /> }
    });
    tick().await;
    let items = || root.query_selector_all("ul.things > li").unwrap();
    assert_eq!(items().length(), 2);
    let b = root.query_selector("li[data-id=b]").unwrap().unwrap();
    ids.set(vec!["c".to_string(), "b".to_string()]);
    tick().await;
    assert_eq!(text(&root, "ul.things"), "cb", "in the new order");
    let b_after = root.query_selector("li[data-id=b]").unwrap().unwrap();
    assert!(
        b.is_same_node(Some(&b_after)),
        "b's item was kept, not made again"
    );
}

#[wasm_bindgen_test]
fn after_add_clears_the_form_or_shows_the_error() {
    use nastavnik::ui::widgets::after_add;
    let error = RwSignal::new(Some("прежняя ошибка".to_string()));
    let typed = RwSignal::new("Иванова".to_string());
    after_add(error, Err("Укажите ФИО".into()), || {
        typed.set(String::new())
    });
    assert_eq!(error.get_untracked().as_deref(), Some("Укажите ФИО"));
    assert_eq!(typed.get_untracked(), "Иванова", "what was typed stays");
    after_add(error, Ok(()), || typed.set(String::new()));
    assert_eq!(error.get_untracked(), None);
    assert_eq!(typed.get_untracked(), "", "the form is emptied");
}

#[wasm_bindgen_test]
async fn error_text_appears_with_a_message_only() {
    use nastavnik::ui::widgets::ErrorText;
    let message = RwSignal::new(None::<String>);
    let (root, _h) = mount_view(move || view! { <ErrorText message /> });
    tick().await;
    assert!(root.query_selector("p").unwrap().is_none());
    message.set(Some("Укажите дату.".into()));
    tick().await;
    let p = root
        .query_selector("p.error[role=alert]")
        .unwrap()
        .expect("the alert");
    assert_eq!(p.text_content().unwrap(), "Укажите дату.");
}

#[wasm_bindgen_test]
async fn pick_lists_the_data_marks_the_chosen_value_and_reports_a_change() {
    use nastavnik::ui::widgets::{Pick, CHOOSE};
    let options = RwSignal::new(vec![
        ("m1".to_string(), "Раунд 1".to_string()),
        ("m2".to_string(), "Раунд 2".to_string()),
    ]);
    let chosen = RwSignal::new(String::from("m2"));
    let (root, _h) = mount_view(move || {
        view! {
            <Pick id="pk" options selected=chosen
                on_change=Callback::new(move |v| chosen.set(v)) />
        }
    });
    tick().await;
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#pk")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(select.length(), 3);
    assert_eq!(text(&root, "option"), CHOOSE);
    assert_eq!(select.value(), "m2", "the chosen value is marked");
    select.set_value("m1");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(chosen.get_untracked(), "m1");
    options.update(|o| o.push(("m3".into(), "Раунд 3".into())));
    tick().await;
    assert_eq!(select.length(), 4, "follows the data");
    assert_eq!(select.value(), "m1", "and keeps the choice");
}

#[wasm_bindgen_test]
async fn input_field_keeps_its_signal_in_step_both_ways() {
    use nastavnik::ui::widgets::InputField;
    let value = RwSignal::new(String::from("2026-05-20"));
    let note = RwSignal::new(String::new());
    let (root, _h) = mount_view(move || {
        view! {
            <InputField id="d" label="Дата" kind="date" value />
            <InputField id="n" label="Примечание" rows=2 maxlength=500 value=note />
        }
    });
    tick().await;
    assert_eq!(text(&root, "label[for=d]"), "Дата");
    let date: web_sys::HtmlInputElement =
        root.query_selector("#d").unwrap().unwrap().unchecked_into();
    assert_eq!(date.type_(), "date");
    assert_eq!(date.value(), "2026-05-20");
    date.set_value("2026-06-01");
    date.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    assert_eq!(
        value.get_untracked(),
        "2026-06-01",
        "typing sets the signal"
    );
    let area: web_sys::HtmlTextAreaElement = root
        .query_selector("textarea#n")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(area.get_attribute("maxlength").as_deref(), Some("500"));
    note.set("после отправки".into());
    tick().await;
    assert_eq!(area.value(), "после отправки", "the signal sets the field");
}

#[wasm_bindgen_test]
async fn input_field_shows_the_data_and_hands_each_edit_over() {
    use nastavnik::ui::widgets::InputField;
    let data = RwSignal::new(String::from("2026-05-20"));
    let asked = RwSignal::new(Vec::<String>::new());
    let (root, _h) = mount_view(move || {
        view! {
            <InputField id="end" label="Окончание" kind="date" lazy=true read=data
                write=Callback::new(move |v| asked.update(|a| a.push(v))) />
        }
    });
    tick().await;
    let input: web_sys::HtmlInputElement = root
        .query_selector("#end")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(input.value(), "2026-05-20");
    input.set_value("2026-06-01");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    assert!(
        asked.get_untracked().is_empty(),
        "lazy: not on each keystroke"
    );
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    assert_eq!(asked.get_untracked(), ["2026-06-01"]);
    data.set("2026-06-30".into());
    tick().await;
    assert_eq!(input.value(), "2026-06-30", "follows the data");
}

#[wasm_bindgen_test]
async fn a_card_is_named_by_its_heading_and_column_heads_name_each_column() {
    use nastavnik::ui::widgets::{Card, ColumnHeads};
    let (root, _h) = mount_view(move || {
        view! {
            <Card id="c1" title="Раунды" class="danger-zone" testid="rounds-card">
                <table><ColumnHeads names=&["Вопрос", ""] /></table>
            </Card>
        }
    });
    tick().await;
    let card = root
        .query_selector("section.card.danger-zone[data-testid=rounds-card]")
        .unwrap()
        .expect("the card");
    assert_eq!(card.get_attribute("aria-labelledby").as_deref(), Some("c1"));
    assert_eq!(text(&root, "h3#c1"), "Раунды");
    assert_eq!(text(&root, "th[scope=col]"), "Вопрос");
    assert_eq!(text(&root, "th .visually-hidden"), "Действия");
}

// ---------- past years: read-only ----------

/// Mounts the app on `store` at the address `hash`, rendered.
async fn mount_at(store: Rc<MemoryStorage>, hash: &str) -> (web_sys::HtmlElement, impl Drop) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    let mounted = mount(store);
    tick().await;
    mounted
}

/// A school whose 2025/2026 was rolled over into 2026/2027 (stage 2's first task done then).
fn two_years() -> SchoolData {
    use nastavnik::domain::years::{rollover, RolloverPlan};
    let mut d = sample();
    d.profile.academic_year = "2025/2026".into();
    d.set_task_status("2.1", TaskStatus::Done).unwrap();
    rollover(&d, &RolloverPlan::close_all(), "2026-06-20").unwrap()
}

#[wasm_bindgen_test]
fn a_past_year_refuses_every_change_and_is_never_written() {
    use nastavnik::ui::state::AppState;
    let store = Rc::new(MemoryStorage::new());
    let data = two_years();
    repo::save(store.as_ref(), &data, 0, NOW);
    let stored = store.get(DATA_KEY).unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let state = AppState::new(store.clone());
        // An unsaved change of the current year is written before the past year is shown.
        state.update(|d| d.profile.city = "Санкт-Петербург".into());
        assert!(state.show_year("2024/2025").is_err());
        state.show_year("2025/2026").unwrap();
        let written = store.get(DATA_KEY).unwrap();
        assert_ne!(written, stored);
        assert_eq!(
            state.data.with_untracked(|d| d.status("2.1")),
            TaskStatus::Done
        );
        let e = state
            .change(|d| d.set_task_status("2.1", TaskStatus::NotStarted))
            .unwrap_err();
        assert!(
            e.starts_with("Вы смотрите 2025/2026 — только чтение"),
            "{e}"
        );
        state.update(|d| d.profile.city = "Москва".into());
        assert!(state.refused.get_untracked().is_some());
        assert_eq!(state.data.with_untracked(|d| d.profile.city.clone()), "");
        state.flush();
        assert_eq!(store.get(DATA_KEY).unwrap(), written, "nothing written");
        // The archive is the whole data of every year, not the year shown.
        let env = state.archive_envelope();
        assert_eq!(env.data.profile.academic_year, "2026/2027");
        assert_eq!(env.data.past_years.len(), 1);
        state.show_current();
        assert_eq!(state.editable(), Ok(()));
        assert_eq!(
            state.data.with_untracked(|d| d.profile.city.clone()),
            "Санкт-Петербург"
        );
        assert_eq!(
            state.data.with_untracked(|d| d.status("2.1")),
            TaskStatus::NotStarted
        );
        assert_eq!(state.data.with_untracked(|d| d.past_years.len()), 1);
    });
}

#[wasm_bindgen_test]
async fn the_year_selector_shows_a_past_year_with_a_banner_and_goes_back() {
    let store = Rc::new(MemoryStorage::new());
    repo::save(store.as_ref(), &two_years(), 0, NOW);
    let stored = store.get(DATA_KEY).unwrap();
    let (root, _h) = mount_at(store.clone(), "#/stage/2").await;
    let banner = |root: &web_sys::HtmlElement| {
        root.query_selector("[data-testid=past-year-banner]")
            .unwrap()
            .is_some()
    };
    assert!(!banner(&root));
    let select: web_sys::HtmlSelectElement = root
        .query_selector("[data-testid=year-select]")
        .unwrap()
        .expect("the selector is shown when there are past years")
        .unchecked_into();
    assert_eq!(select.value(), "2026/2027");
    select.set_value("2025/2026");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert!(text(&root, "[data-testid=past-year-banner]")
        .contains("Вы смотрите 2025/2026 — только чтение"));
    // A click on a status of the past year is refused and nothing is written.
    click(&root, "#status-2-1-not_started");
    tick().await;
    hide_page();
    tick().await;
    assert_eq!(store.get(DATA_KEY).unwrap(), stored);
    click(&root, "[data-testid=past-year-banner] button");
    tick().await;
    assert!(!banner(&root));
    root.remove();
}

#[wasm_bindgen_test]
async fn copy_button_reads_the_text_when_pressed_and_says_how_it_went() {
    use nastavnik::ui::widgets::CopyButton;
    let asked = RwSignal::new(0u32);
    let (root, _h) = mount_view(move || {
        view! {
            <CopyButton done="Текст скопирован" hidden=": пост" testid="copy"
                text=Callback::new(move |()| {
                    asked.update(|n| *n += 1);
                    "текст поста".to_string()
                }) />
        }
    });
    tick().await;
    assert_eq!(text(&root, "[data-testid=copy]"), "Копировать: пост");
    assert_eq!(text(&root, "[data-testid=copy] .visually-hidden"), ": пост");
    assert_eq!(text(&root, "span[role=status]"), "", "nothing said yet");
    assert_eq!(
        asked.get_untracked(),
        0,
        "the text is read only when pressed"
    );
    click(&root, "[data-testid=copy]");
    assert_eq!(asked.get_untracked(), 1);
    // Headless Chromium may refuse the clipboard to a script's click: either outcome is said.
    let mut said = String::new();
    for _ in 0..50 {
        sleep(20).await;
        said = text(&root, "span[role=status]");
        if !said.is_empty() {
            break;
        }
    }
    let ok = root.query_selector("span[role=status] .ok").unwrap();
    let refused = root.query_selector("span[role=status] .error").unwrap();
    match (ok, refused) {
        (Some(_), None) => assert_eq!(said, "Текст скопирован"),
        (None, Some(_)) => assert!(
            said.starts_with("Браузер не разрешил копирование"),
            "{said}"
        ),
        other => panic!("one status expected, got {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn a_card_with_an_error_ends_with_it_while_there_is_one() {
    use nastavnik::ui::widgets::Card;
    let error = RwSignal::new(None::<String>);
    let (root, _h) = mount_view(move || {
        view! {
            <Card id="c2" title="Пары" error=error>
                <p class="body">"Список"</p>
            </Card>
        }
    });
    tick().await;
    assert!(root.query_selector("p.error").unwrap().is_none());
    error.set(Some("Нет пары «g9»".into()));
    tick().await;
    let last = root
        .query_selector("section.card")
        .unwrap()
        .unwrap()
        .last_element_child()
        .unwrap();
    assert_eq!(last.class_name(), "error");
    assert_eq!(last.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(last.text_content().unwrap(), "Нет пары «g9»");
}

#[wasm_bindgen_test]
async fn the_case_forms_are_built_once_however_often_the_list_is_toggled() {
    let store = Rc::new(MemoryStorage::new());
    let mut d = sample();
    d.profile = nastavnik::domain::school::example_profile();
    repo::save(store.as_ref(), &d, 0, NOW);
    let (root, _h) = mount_at(store, "#/profile").await;
    let details = root.query_selector("#profile-case-forms").unwrap().unwrap();
    let toggle = || {
        details
            .dispatch_event(&web_sys::Event::new("toggle").unwrap())
            .unwrap()
    };
    toggle();
    tick().await;
    let first = root
        .query_selector("#profile-case-0")
        .unwrap()
        .expect("opening the list builds its fields");
    // Closing and opening again keeps the fields (and what is typed in them but not yet sent).
    toggle();
    tick().await;
    toggle();
    tick().await;
    assert!(first.is_connected(), "the fields were built again");
    root.remove();
}
