//! «Отчёт для муниципалитета»: the school's figures of the year as a PII-free file and as the
//! DOCX «Справка о реализации системы наставничества» (rules in `domain::report_file`).

use leptos::prelude::*;

use crate::domain::documents::docx;
use crate::domain::history;
use crate::domain::report_file::{self, SPRAVKA_TITLE};
use crate::storage::{clock, files};

use super::state::use_state;
use super::widgets::{Card, ErrorText};

const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[component]
pub fn MunicipalReport() -> impl IntoView {
    let state = use_state();
    let message = RwSignal::new(None::<String>);
    let report = move || {
        state
            .data
            .with_untracked(|d| report_file::make(d, &clock::today_local_iso()))
    };
    let json = move |_| {
        let f = report();
        let name = report_file::file_name(&f.report.school);
        message.set(files::download(&name, "application/json", &f.to_json()).err());
    };
    let docx = move |_| {
        let f = report();
        let doc = state.data.with_untracked(|d| {
            let director = &d.profile.director;
            history::spravka(d, &f, &director.full_name, &director.position)
        });
        let name = report_file::docx_file_name(&f.report.school);
        message.set(files::download_bytes(&name, DOCX_MIME, &docx::to_docx(&doc)).err());
    };
    view! {
        <Card h2=true id="municipal-title" title="Отчёт для муниципалитета" testid="municipal-report">
            <p>"Показатели учебного года (участники, пары по формам, выполнение ПНП, мониторинг, \
                   удовлетворённость, рост самооценки, лучшие практики, ход Дорожной карты) — файлом для \
                   сводки по школам и справкой для отправки. В файле нет имён, телефонов и адресов: только \
                   цифры и наименование школы."</p>
            <div class="actions">
                <button type="button" class="btn btn-primary" data-testid="report-json" on:click=json>
                    "Скачать отчёт (файл для сводки)"
                </button>
                <button type="button" class="btn" data-testid="report-docx" on:click=docx>
                    "Скачать «" {SPRAVKA_TITLE} "» (DOCX)"
                </button>
            </div>
            <p class="muted">
                "Методист муниципалитета собирает такие файлы всех школ и открывает их вместе на странице "
                <a href="#/rollup">"«Сводка по школам»"</a> "."
            </p>
            <ErrorText message=message />
            <super::history::YearsHistory />
        </Card>
    }
}
