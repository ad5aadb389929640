//! «Сводка по школам» (`#/rollup`) for the municipal methodist: many schools' report files
//! (or `info.json`) dropped at once, checked, summed up, exported. Like `#/info` it is mounted
//! by `ui::App` without `AppState`: it never reads or writes the browser's storage, and the
//! files stay in this tab's memory. Rules in `domain::rollup`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::documents::{docx, html, model::Block};
use crate::domain::format::count;
use crate::domain::rollup::{Col, Rollup};
use crate::storage::{clock, files};

use super::router::{current_hash, Route};
use super::widgets::{Card, ErrorText};

const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[component]
pub fn RollupApp() -> impl IntoView {
    let rollup = RwSignal::new(Rollup::default());
    let timing = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    document().set_title("Сводка по школам — Наставник");

    let take = move |list: web_sys::FileList| {
        let n = list.length();
        if n == 0 {
            return;
        }
        leptos::task::spawn_local(async move {
            let start = js_sys::Date::now();
            let (mut ok, mut bad) = (Vec::new(), Vec::new());
            for (name, read) in files::read_files(&list).await {
                match read {
                    Ok(bytes) => ok.push((name, bytes)),
                    Err(e) => bad.push((name, e)),
                }
            }
            rollup.update(|r| {
                r.add(ok);
                r.add_unreadable(bad);
            });
            let ms = (js_sys::Date::now() - start).round() as u64;
            timing.set(Some(format!(
                "{} прочитано и сведено за {ms} мс.",
                count(n as u64, ["файл", "файла", "файлов"])
            )));
            if let Some(i) = input.get_untracked() {
                i.set_value("");
            }
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let list = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|el| el.files());
        if let Some(list) = list {
            take(list);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        // dataTransfer.files, read through Reflect (no extra web-sys features).
        let files = js_sys::Reflect::get(&ev, &"dataTransfer".into())
            .and_then(|dt| js_sys::Reflect::get(&dt, &"files".into()))
            .ok()
            .filter(|f| !f.is_undefined() && !f.is_null());
        if let Some(f) = files {
            take(f.unchecked_into());
        }
    };
    // Any other address is the coordinator's app: it starts afresh, with the storage.
    let hash = window_event_listener(leptos::ev::hashchange, |_| {
        if Route::parse(&current_hash()) != Route::Rollup {
            window().location().reload().ok();
        }
    });
    on_cleanup(move || hash.remove());

    view! {
        <main id="main" class="rollup-page" data-ready="true">
            <h1>"Сводка по школам"</h1>
            <p>
                "Для методиста муниципалитета: выберите сразу все отчёты школ (файлы "
                <code>"nastavnik-report-….json"</code>
                ", их скачивает куратор школы на экране «Архив и данные») или опубликованные файлы "
                <code>"info.json"</code>
                ". Программа проверит каждый файл и сведёт показатели. Файлы никуда не отправляются "
                "и не сохраняются в браузере: сводка живёт, пока открыта эта вкладка."
            </p>
            <div
                class=move || if dragging.get() { "rollup-drop rollup-drop-active" } else { "rollup-drop" }
                data-testid="rollup-drop"
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <p>"Перетащите файлы сюда или"</p>
                <div class="file-pick">
                    <input id="rollup-files" type="file" multiple accept=".json,application/json"
                        node_ref=input on:change=on_change data-testid="rollup-input" />
                    <label for="rollup-files" class="btn btn-primary">"Выбрать файлы отчётов…"</label>
                </div>
            </div>
            {move || timing.get().map(|t| view! { <p class="muted" role="status" data-testid="rollup-timing">{t}</p> })}
            <ErrorText message=message />
            <Problems rollup=rollup />
            {move || rollup.with(|r| !r.rows.is_empty()).then(|| view! {
                <Summary rollup=rollup />
                <Exports rollup=rollup message=message on_clear=Callback::new(move |_| timing.set(None)) />
            })}
            <p class="muted"><a href="#/">"Программа куратора школы"</a></p>
        </main>
    }
}

/// The files that did not go into the rollup, each with why.
#[component]
fn Problems(rollup: RwSignal<Rollup>) -> impl IntoView {
    move || {
        let problems = rollup.with(|r| r.problems.clone());
        (!problems.is_empty()).then(|| view! {
            <div class="banner banner-error" role="alert" data-testid="rollup-problems">
                <p><strong>{format!("Не вошли в сводку: {}.", count(problems.len() as u64, ["файл", "файла", "файлов"]))}</strong>
                " Остальные файлы учтены."</p>
                <ul>
                    {problems.into_iter().map(|p| view! {
                        <li data-testid="rollup-problem"><strong>{p.file}</strong>": " {p.message}</li>
                    }).collect_view()}
                </ul>
            </div>
        })
    }
}

/// «Скачать сводку»: `svodka-nastavnichestvo-<date>` as DOCX, XLSX or CSV, and «Очистить».
#[component]
fn Exports(
    rollup: RwSignal<Rollup>,
    message: RwSignal<Option<String>>,
    on_clear: Callback<()>,
) -> impl IntoView {
    let export =
        move |ext: &'static str, mime: &'static str, make: fn(&Rollup, &str) -> Vec<u8>| {
            move |_| {
                let today = clock::today_local_iso();
                let bytes = rollup.with_untracked(|r| make(r, &today));
                let name = format!("svodka-nastavnichestvo-{today}.{ext}");
                message.set(files::download_bytes(&name, mime, &bytes).err());
            }
        };
    let docx = export("docx", DOCX_MIME, |r, today| {
        docx::to_docx(&r.document(today))
    });
    let xlsx = export("xlsx", XLSX_MIME, |r, _| r.grid().to_xlsx());
    let csv = export("csv", "text/csv;charset=utf-8", |r, _| r.grid().to_csv());
    view! {
        <Card h2=true id="rollup-export-title" title="Скачать сводку">
            <div class="actions">
                <button type="button" class="btn btn-primary" data-testid="rollup-docx" on:click=docx>"Word (DOCX)"</button>
                <button type="button" class="btn" data-testid="rollup-xlsx" on:click=xlsx>"Excel (XLSX)"</button>
                <button type="button" class="btn" data-testid="rollup-csv" on:click=csv>"CSV для Excel"</button>
                <button type="button" class="btn" on:click=move |_| {
                    rollup.set(Rollup::default());
                    on_clear.run(());
                }>"Очистить сводку"</button>
            </div>
        </Card>
    }
}

#[component]
fn Summary(rollup: RwSignal<Rollup>) -> impl IntoView {
    let r = rollup.get_untracked();
    let years = r.years();
    let lag = r.lagging();
    let charts: String = r
        .charts()
        .into_iter()
        .map(|c| {
            let mut s = String::new();
            html::block(&mut s, &Block::Chart(c));
            s
        })
        .collect();
    let rows = r.rows.clone();
    let totals: Vec<(String, String)> = Col::ALL
        .iter()
        .map(|c| (r.shown_total(*c), r.shown_mean(*c)))
        .collect();
    view! {
        <section class="card" aria-labelledby="rollup-table-title">
            <h2 id="rollup-table-title">
                {format!("{} в сводке", count(rows.len() as u64, ["школа", "школы", "школ"]))}
                {(!years.is_empty()).then(|| format!(" · {} учебный год", years.join(", ")))}
            </h2>
            {(years.len() > 1).then(|| view! {
                <p class="banner banner-warning" role="note">"В сводке отчёты разных учебных лет: итоги складывают их вместе."</p>
            })}
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="rollup-table-title">
                <table class="registry rollup-table" data-testid="rollup-table">
                    <thead>
                        <tr>
                            <th scope="col">"Школа"</th>
                            {Col::ALL.iter().map(|c| view! { <th scope="col">{c.label()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|row| {
                            let title = format!("{} · {} · файл {}", row.school.city, row.source.label(), row.file);
                            view! {
                                <tr data-testid="rollup-row">
                                    <th scope="row" title=title>{row.school.name().to_string()}</th>
                                    {Col::ALL.iter().map(|c| view! { <td>{Rollup::shown(*c, row.value(*c))}</td> }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                    <tfoot>
                        <tr data-testid="rollup-total">
                            <th scope="row">"Итого"</th>
                            {totals.iter().map(|(t, _)| view! { <td>{t.clone()}</td> }).collect_view()}
                        </tr>
                        <tr data-testid="rollup-mean">
                            <th scope="row">"Среднее по школам"</th>
                            {totals.iter().map(|(_, m)| view! { <td>{m.clone()}</td> }).collect_view()}
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
        <Card h2=true id="rollup-lag-title" title="Школы, требующие внимания" testid="rollup-lagging">
            {if lag.is_empty() {
                view! { <p>"Все школы сформировали пары и провели мониторинг."</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {lag.into_iter().map(|l| view! {
                            <li data-testid="rollup-lag"><strong>{l.school}</strong>": " {l.reasons.join("; ")}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </Card>
        <Card h2=true id="rollup-charts-title" title="Диаграммы" class="rollup-charts">
            <div inner_html=charts></div>
        </Card>
    }
}
