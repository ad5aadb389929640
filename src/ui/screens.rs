//! The screens behind the frame, one function each. With the cargo feature `split` (the
//! release build, see scripts/split.mjs) each function is Leptos's `#[lazy]`: it and what only
//! it uses go into their own wasm file, fetched when the screen is first opened; the likely
//! next screens are fetched when the browser is idle. Without the feature (`cargo test`, the
//! browser tests, `trunk serve --dev`) they are plain functions of one module.
//!
//! A stage is one function per stage, each with only its own tools, so that a deep link to
//! stage 5 does not fetch the monitoring of stage 6.

use leptos::prelude::*;

use super::router::Route;
use super::stage::StagePage;
use crate::domain::archive::{self, ArchiveError, Envelope};

/// `fn $name() -> AnyView`: the component `$module::$component` (lazy with `split`).
macro_rules! lazy_component {
    ($name:ident, $($module:ident)::+, $component:ident) => {
        #[cfg_attr(feature = "split", leptos::lazy)]
        fn $name() -> AnyView {
            use $($module)::+::$component;
            view! { <$component /> }.into_any()
        }
    };
}

/// `$then` with what the lazy function call `$call` returns: at once without `split`, else
/// once its wasm file is loaded.
macro_rules! then_lazy {
    ($call:expr, $then:expr) => {{
        #[cfg(not(feature = "split"))]
        $then($call);
        #[cfg(feature = "split")]
        leptos::task::spawn_local(async move { $then($call.await) });
    }};
}

/// Renders a screen: at once without `split`, else when its wasm file is loaded.
#[cfg(not(feature = "split"))]
macro_rules! show {
    ($route:expr, $screen:expr) => {{
        let _ = &$route;
        $screen
    }};
    ($screen:expr) => {
        $screen
    };
}

/// Renders a card: at once without `split`, else when its wasm file is loaded, with a
/// card-sized placeholder meanwhile.
#[cfg(not(feature = "split"))]
macro_rules! show_card {
    ($card:expr) => {
        $card
    };
}

#[cfg(feature = "split")]
macro_rules! show_card {
    ($card:expr) => {
        lazy_card(async move { $card.await })
    };
}

/// The likely next screens are fetched once this one is shown: fetched meanwhile, they would
/// share the connection with the screen's own files.
#[cfg(feature = "split")]
macro_rules! show {
    ($route:expr, $screen:expr) => {{
        let route = $route.clone();
        lazy_screen(async move {
            let view = $screen.await;
            preload_next(&route);
            view
        })
    }};
    ($screen:expr) => {
        lazy_screen(async move { $screen.await })
    };
}

/// The screen of a route (not the public section, which starts without the storage).
pub fn screen(route: Route) -> AnyView {
    let next = route.clone();
    match route {
        Route::Overview => show!(next, overview_screen()),
        Route::Profile => show!(next, profile_screen()),
        Route::Stage(1) => show!(next, stage_1()),
        Route::Stage(2) => show!(next, stage_2()),
        Route::Stage(3) => show!(next, stage_3()),
        Route::Stage(4) => show!(next, stage_4()),
        Route::Stage(5) => show!(next, stage_5()),
        Route::Stage(6) => show!(next, stage_6()),
        Route::Stage(7) => show!(next, stage_7()),
        Route::Stage(n) => view! { <StagePage number=n tools=None /> }.into_any(),
        Route::Data => show!(next, data_screen()),
        Route::Documents => show!(next, documents_screen()),
        Route::Document(kind) => {
            show!(next, document_screen(kind.key().to_string(), String::new()))
        }
        Route::PersonDocument(kind, id) => show!(next, document_screen(kind.key().to_string(), id)),
        Route::People => show!(next, people_screen(String::new())),
        Route::Person(id) => show!(next, people_screen(id)),
        Route::Import => show!(next, import_screen()),
        Route::Pair(id) => show!(next, pair_screen(id)),
        Route::Publish => show!(next, publish_screen()),
        Route::Info | Route::Rollup | Route::NotFound(_) => ().into_any(),
    }
}

/// The public section for visitors of the school site (`#/info`), its own wasm file too.
pub fn public_app() -> AnyView {
    show!(public_screen())
}

/// The coordinator's app (the frame, the state and its saving; its screens are files of their
/// own): with `split` a file of its own, so that a visitor of `#/info` never fetches it.
pub fn coordinator_app() -> AnyView {
    #[cfg(feature = "split")]
    preload_start(Route::parse(&super::router::current_hash()));
    show!(coordinator())
}

/// Fetches, side by side with the coordinator's file, what the address will need next: its
/// screen (the profile on a first visit) and, when storage holds data, the decoder. Without
/// this each file would be asked for only when the one before it is running.
#[cfg(feature = "split")]
fn preload_start(route: Route) {
    let has_data = crate::storage::BrowserStorage::has(crate::storage::repo::DATA_KEY);
    if has_data {
        leptos::task::spawn_local(__preload_decode_archive());
    }
    leptos::task::spawn_local(async move {
        match route {
            Route::Overview if !has_data => __preload_profile_screen().await,
            Route::Overview => {
                __preload_overview_screen().await;
                __preload_rollover().await;
            }
            Route::Profile => __preload_profile_screen().await,
            // Not the stage's documents card: it comes after the stage's own work.
            Route::Stage(n) => preload_stage(n).await,
            Route::Data => {
                __preload_data_screen().await;
                __preload_municipal_report().await;
            }
            Route::Documents => __preload_documents_screen().await,
            Route::Document(_) | Route::PersonDocument(..) => __preload_document_screen().await,
            Route::People | Route::Person(_) => __preload_people_screen().await,
            Route::Import => __preload_import_screen().await,
            Route::Pair(_) => __preload_pair_screen().await,
            Route::Publish => __preload_publish_screen().await,
            Route::Info | Route::Rollup | Route::NotFound(_) => {}
        }
    });
}

#[cfg_attr(feature = "split", leptos::lazy)]
fn coordinator() -> AnyView {
    view! { <super::AppWith backend=std::rc::Rc::new(crate::storage::BrowserStorage) /> }.into_any()
}

/// The municipal roll-up (`#/rollup`), its own wasm file: a school's coordinator never fetches it.
pub fn rollup_app() -> AnyView {
    show!(rollup_screen())
}

lazy_component!(rollup_screen, super::rollup, RollupApp);

// The overview and the data page: a first visit (which starts with the profile) needs neither.
lazy_component!(overview_screen, super::overview, Overview);

lazy_component!(data_screen, super::data_page, DataPage);

lazy_component!(profile_screen, super::profile, ProfilePage);

lazy_component!(public_screen, super::public, PublicApp);

/// Decodes an archive's text: the stored data at start-up, an archive being loaded, the
/// backup. With `split` this (serde_json, `Deserialize` of every data type, the archive check
/// and migrations: about a quarter of a start's code) is a file of its own, fetched only when
/// there is something to decode: never on a first visit, whose storage is empty.
#[cfg_attr(feature = "split", leptos::lazy)]
fn decode_archive(bytes: Vec<u8>) -> Result<Envelope, ArchiveError> {
    archive::decode(&bytes)
}

/// [`decode_archive`], then `then` with the result: at once without `split`, else once the
/// decoder's file is there.
pub fn decode_then(bytes: Vec<u8>, then: impl FnOnce(Result<Envelope, ArchiveError>) + 'static) {
    then_lazy!(decode_archive(bytes), then)
}

/// [`decode_archive`] for async code (a file being read).
pub async fn decode(bytes: Vec<u8>) -> Result<Envelope, ArchiveError> {
    #[cfg(feature = "split")]
    return decode_archive(bytes).await;
    #[cfg(not(feature = "split"))]
    decode_archive(bytes)
}

/// The municipal report's card on «Архив и данные»: with `split` its code (the report, its
/// DOCX and XLSX, the history of years) is a file of its own, loaded after the page.
pub fn municipal_report_card() -> AnyView {
    show_card!(municipal_report())
}

/// «Новый учебный год» on the overview: with `split` a file of its own, like the report.
pub fn rollover_card() -> AnyView {
    show_card!(rollover())
}

/// The fields of the profile's case forms, built when their list is first opened: with `split`
/// the declension rules are a file of their own, which a first visit does not need.
pub fn case_forms_card() -> AnyView {
    show_card!(case_forms())
}

lazy_component!(case_forms, super::profile, CaseFormFields);

/// The example school (60 teachers, their answers and consents), then `then` with it: at once
/// without `split`, else once its file is there (a first visit does not fetch it unless asked).
pub fn with_example_school(then: impl FnOnce(crate::domain::data::SchoolData) + 'static) {
    then_lazy!(example_school(), then)
}

#[cfg_attr(feature = "split", leptos::lazy)]
fn example_school() -> crate::domain::data::SchoolData {
    crate::domain::example::example_school()
}

lazy_component!(municipal_report, super::report, MunicipalReport);

lazy_component!(rollover, super::years, RolloverCard);

/// Waits for a screen's wasm file with a placeholder as tall as a screen (nothing below the
/// frame jumps), then shows the screen.
#[cfg(feature = "split")]
fn lazy_screen(screen: impl std::future::Future<Output = AnyView> + 'static) -> AnyView {
    lazy_view(screen, || loading("Открывается экран…"))
}

/// A placeholder as tall as a screen, saying what is being opened.
pub fn loading(what: &'static str) -> AnyView {
    view! {
        <div class="screen-loading" role="status" data-testid="screen-loading">
            <p>{what}</p>
        </div>
    }
    .into_any()
}

/// A card whose code is fetched after its screen is shown: a card-sized placeholder meanwhile.
#[cfg(feature = "split")]
fn lazy_card(card: impl std::future::Future<Output = AnyView> + 'static) -> AnyView {
    lazy_view(card, || {
        view! {
            <div class="card card-loading" role="status" data-testid="card-loading">
                <p class="muted">"Загружается…"</p>
            </div>
        }
        .into_any()
    })
}

#[cfg(feature = "split")]
fn lazy_view(
    view: impl std::future::Future<Output = AnyView> + 'static,
    fallback: fn() -> AnyView,
) -> AnyView {
    let view = Local(leptos::__reexports::send_wrapper::SendWrapper::new(
        Box::pin(view),
    ));
    view! {
        <Suspense fallback=fallback>
            {Suspend::new(view)}
        </Suspense>
    }
    .into_any()
}

/// A `#[lazy]` future is not `Send`; the app has one thread, so it is polled where it was made.
#[cfg(feature = "split")]
struct Local<F>(leptos::__reexports::send_wrapper::SendWrapper<std::pin::Pin<Box<F>>>);

#[cfg(feature = "split")]
impl<F: std::future::Future> std::future::Future for Local<F> {
    type Output = F::Output;
    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<F::Output> {
        // Untracked: the screen is built inside this poll, and what its component bodies read
        // must not become dependencies of the `Suspend` (a change of the data would rebuild the
        // whole screen, disposing it under its own running event handler).
        let inner = &mut self.0;
        untrack(|| inner.as_mut().poll(cx))
    }
}

/// Fetches the wasm files of the screens a user likely opens next, when the browser is idle.
#[cfg(feature = "split")]
fn preload_next(route: &Route) {
    let route = route.clone();
    let idle = wasm_bindgen::closure::Closure::once_into_js(move || {
        // What a screen needed is fetched before this mark, what is preloaded after it
        // (tests/e2e/screens.test.mjs counts the former).
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            p.mark("nastavnik:preload").ok();
        }
        leptos::task::spawn_local(async move {
            match route {
                Route::Overview => {
                    __preload_profile_screen().await;
                    __preload_stage_1().await;
                    __preload_stage_2().await;
                }
                Route::Profile => {
                    __preload_stage_1().await;
                    __preload_stage_2().await;
                    __preload_overview_screen().await;
                }
                Route::Stage(n) if (1..7).contains(&n) => preload_stage(n + 1).await,
                Route::Stage(_) => __preload_publish_screen().await,
                Route::People => __preload_people_screen().await,
                Route::Documents => __preload_document_screen().await,
                _ => {}
            }
        });
    });
    let window = web_sys::window().expect("a window");
    let request = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
    match request {
        Some(request) => {
            request.call1(&window, &idle).ok();
        }
        None => {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    wasm_bindgen::JsCast::unchecked_ref(&idle),
                    1000,
                )
                .ok();
        }
    }
}

/// Fetches stage `n`'s wasm file (nothing for a stage that does not exist).
#[cfg(feature = "split")]
async fn preload_stage(n: u8) {
    match n {
        1 => __preload_stage_1().await,
        2 => __preload_stage_2().await,
        3 => __preload_stage_3().await,
        4 => __preload_stage_4().await,
        5 => __preload_stage_5().await,
        6 => __preload_stage_6().await,
        7 => __preload_stage_7().await,
        _ => {}
    }
}

/// A stage's screen (`$name`, lazy with `split`): its page with `$tools` (an
/// `Option<AnyView>`) under the tasks.
macro_rules! stage_screen {
    ($name:ident, $number:literal, $tools:expr) => {
        #[cfg_attr(feature = "split", leptos::lazy)]
        fn $name() -> AnyView {
            view! { <StagePage number=$number tools=$tools /> }.into_any()
        }
    };
}

stage_screen!(stage_1, 1, stage_documents(1));
stage_screen!(stage_2, 2, bank_tools(2));
stage_screen!(stage_3, 3, bank_tools(3));
stage_screen!(
    stage_4,
    4,
    tools(view! { <super::selection::StageSelection /> {stage_documents(4)} })
);
stage_screen!(
    stage_5,
    5,
    tools(view! { <super::pairs::StagePairs /> {stage_documents(5)} })
);
stage_screen!(
    stage_6,
    6,
    tools(view! {
        <super::monitoring::StageMonitoring />
        <super::report::MunicipalReport />
        {stage_documents(6)}
    })
);
stage_screen!(
    stage_7,
    7,
    tools(view! { {stage_documents(7)} <super::publish::StagePublication /> })
);

/// The work of a stage under its tasks.
fn tools(tools: impl IntoView + 'static) -> Option<AnyView> {
    Some(tools.into_any())
}

/// The documents of a stage, when it has any: a card shown after the stage's own tools. With
/// `split` its code is a file shared by the stages: it counts each document's missing fields
/// with the document templates, which a stage's own work does not need.
fn stage_documents(stage: u8) -> Option<AnyView> {
    use crate::domain::documents::registry::DocKind;
    DocKind::ALL
        .iter()
        .any(|k| k.listed() && k.stage() == stage)
        .then(|| show_card!(stage_documents_card(stage)))
}

#[cfg_attr(feature = "split", leptos::lazy)]
fn stage_documents_card(stage: u8) -> AnyView {
    view! { <super::documents::StageDocuments stage=stage /> }.into_any()
}

/// Stages 2 and 3: the banks of mentors and mentees with their taxonomy.
fn bank_tools(stage: u8) -> Option<AnyView> {
    tools(view! {
        <super::people::StageBank stage=stage />
        <super::questionnaire_import::BankForms stage=stage />
        <super::taxonomy::TaxonomyEditor />
        {stage_documents(stage)}
    })
}

lazy_component!(documents_screen, super::documents, DocumentsPage);

/// A document (`person` empty) or a personal document of one teacher.
#[cfg_attr(feature = "split", leptos::lazy)]
fn document_screen(key: String, person: String) -> AnyView {
    use crate::domain::documents::registry::DocKind;
    let Some(kind) = DocKind::from_key(&key) else {
        return ().into_any();
    };
    if person.is_empty() {
        view! { <super::documents::DocumentPage kind=kind /> }.into_any()
    } else {
        view! { <super::documents::PersonDocumentPage kind=kind id=person /> }.into_any()
    }
}

/// The list of teachers (`id` empty) or one teacher's card.
#[cfg_attr(feature = "split", leptos::lazy)]
fn people_screen(id: String) -> AnyView {
    if id.is_empty() {
        view! { <super::people::PeoplePage /> }.into_any()
    } else {
        view! { <super::people::PersonPage id=id /> }.into_any()
    }
}

lazy_component!(import_screen, super::import, ImportPage);

#[cfg_attr(feature = "split", leptos::lazy)]
fn pair_screen(id: String) -> AnyView {
    view! { <super::pairs::PairPage id=id /> }.into_any()
}

lazy_component!(publish_screen, super::publish, PublishPage);
