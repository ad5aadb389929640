//! «Публикация» (stage 7): the public section's settings, news and links, the posts for social
//! networks with their log, a preview of exactly what visitors will see, and «Опубликовать».
//! One file per card: `section` (publishing, contacts, files), `people`, `news` (and links),
//! `coverage` (posts for social networks and their log).

mod coverage;
mod news;
mod people;
mod section;

use leptos::prelude::*;

use crate::domain::public::{self, html};
use crate::domain::stages::{self, STAGES};
use crate::storage::clock;

use super::router::Route;
use super::state::use_state;
use super::widgets::{Card, StageMeasures};
use coverage::CoverageCard;
use news::{LinksCard, NewsCard};
use people::PeopleCard;
use section::{FilesCard, PublishCard, SettingsCard};

fn today() -> String {
    clock::today_local_iso()
}

/// The app's own address, for guessing the section's address.
fn here() -> String {
    window().location().href().unwrap_or_default()
}

fn stage_label(n: u8) -> String {
    stages::stage(n)
        .map(|s| format!("Этап {n}. {}", s.short_title))
        .unwrap_or_default()
}

/// «Этапы без публикаций: …» or that every stage has one.
fn uncovered_line(stages: &[u8]) -> String {
    if stages.is_empty() {
        "О каждом этапе уже что-то опубликовано.".into()
    } else {
        let names: Vec<String> = stages.iter().map(|n| stage_label(*n)).collect();
        format!("Этапы без публикаций: {}.", names.join("; "))
    }
}

/// Options of the stage select: «без этапа» and the seven stages.
fn stage_options(
    selected: impl Fn() -> Option<u8> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <option value="" selected=move || selected().is_none()>"без этапа"</option>
        {STAGES.iter().map(|s| {
            let n = s.number;
            view! { <option value=n.to_string() selected=move || selected() == Some(n)>{stage_label(n)}</option> }
        }).collect_view()}
    }
}

#[component]
pub fn PublishPage() -> impl IntoView {
    let state = use_state();
    let preview = state.read(move |d| {
        let f = public::project(d, &today());
        format!("<style>{}</style>{}", html::STYLE, html::section(&f, 3))
    });
    view! {
        <p class="eyebrow"><a href=Route::Stage(7).href()>"Этап 7. Информационная поддержка"</a></p>
        <h1 tabindex="-1">"Публикация"</h1>
        <p>
            "Специальный раздел о наставничестве для сайта школы и готовые публикации для социальных сетей. "
            "В раздел попадают профиль школы, текст о системе наставничества, Дорожная карта с ходом работы, "
            "утверждённые локальные акты, обобщённые цифры, новости и ссылки. Имена педагогов — только с их "
            "согласия на распространение персональных данных. Внизу страницы — предпросмотр: ровно то, что увидят посетители."
        </p>
        <PublishCard />
        <SettingsCard />
        <FilesCard />
        <PeopleCard />
        <NewsCard />
        <LinksCard />
        <CoverageCard />
        <Card h2=true id="preview-title" title="Предпросмотр: что увидят посетители">
            <div class="publish-preview" data-testid="publish-preview" inner_html=move || preview.get()></div>
        </Card>
    }
}

/// Stage 7's work area: its measures, the stages without coverage, and the way to «Публикация».
#[component]
pub fn StagePublication() -> impl IntoView {
    let state = use_state();
    view! {
        <h2>"Раздел на сайте и социальные сети"</h2>
        <StageMeasures stage=7 />
        <p>{move || state.data.with(|d| uncovered_line(&public::uncovered_stages(d)))}</p>
        <p><a class="btn btn-primary" href=Route::Publish.href()>"Публикация: раздел, новости, посты"</a></p>
    }
}
