//! Writes the public section (`info.json`) of the example school to stdout:
//! `cargo run --example gen_info > tests/fixtures/info-v1.json`. The fixture of every
//! released version of `info.json` stays in `tests/fixtures/` and is read by the tests.

use nastavnik::domain::data::TaskStatus;
use nastavnik::domain::documents::registry::{DocKind, DocStatus};
use nastavnik::domain::example::example_school;
use nastavnik::domain::public::{self, News};

fn main() {
    let mut d = example_school();
    for (kind, number) in [
        (DocKind::OrderRegulation, "45-о"),
        (DocKind::Regulation, ""),
        (DocKind::Roadmap, ""),
    ] {
        d.update_document(kind, |r| {
            r.number = number.into();
            r.date = "2025-08-29".into();
            r.status = DocStatus::Signed;
        });
    }
    d.set_task_status("7.1", TaskStatus::InProgress).unwrap();
    let p = &mut d.publication;
    p.coordinator_agreed = true;
    public::add_link(
        p,
        "Наставничество педагогов в Приморском районе",
        "https://imc-primorsky.example.ru/mentoring",
    )
    .unwrap();
    public::add_link(
        p,
        "Региональный центр наставничества",
        "https://region.example.ru/nastavnichestvo",
    )
    .unwrap();
    for (title, date, stage, text) in [
        (
            "Педагогический совет о наставничестве",
            "2025-08-28",
            1,
            "Педагогический совет рассмотрел Положение о целевой модели наставничества и Дорожную карту на учебный год.",
        ),
        (
            "Анкетирование педагогов",
            "2025-09-12",
            2,
            "Педагоги школы заполнили анкеты профессиональных запросов: по ним формируется банк наставляемых.",
        ),
    ] {
        public::add_news(
            p,
            News {
                title: title.into(),
                date: date.into(),
                text: text.into(),
                stage: Some(stage),
                published: true,
                ..Default::default()
            },
        )
        .unwrap();
    }
    let named: Vec<String> = d
        .people
        .iter()
        .filter(|x| x.may_publish() && x.mentor.is_some())
        .take(1)
        .map(|x| x.id.clone())
        .collect();
    for id in &named {
        public::feature(&mut d, id).unwrap();
        public::set_story(
            &mut d.publication,
            id,
            "Двадцать лет в школе, ведёт пару с молодым учителем: вместе готовят открытые уроки.",
        )
        .unwrap();
    }
    print!("{}", public::project(&d, "2025-10-01").to_json());
}
