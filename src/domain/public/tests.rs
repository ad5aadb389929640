use super::html::{page, section};
use super::*;
use crate::domain::archive::{decode as decode_archive, Envelope};
use crate::domain::data::{SchoolData, TaskStatus};
use crate::domain::documents::html::escape;
use crate::domain::documents::registry::{DocKind, DocStatus};
use crate::domain::documents::templates::{initials_first, surname_initials};
use crate::domain::example::{example_school, people};
use crate::domain::format::date_ru;
use crate::domain::people::anonymize;
use crate::domain::people::{BankStatus, Person};
use crate::domain::progress::{overall_percent, Measure};
use serde_json::Value;

const TODAY: &str = "2025-10-15";

/// The example school with 2 000 more generated teachers, signed local acts, news, links, and
/// the coordinator's agreement.
/// The measures of stage 7, publishing (computed in `progress`).
fn measures(d: &SchoolData) -> Vec<Measure> {
    crate::domain::progress::measures(d, 7)
}

fn big_school() -> SchoolData {
    let mut d = example_school();
    let mut more = people(2000, 2025);
    for (i, p) in more.iter_mut().enumerate() {
        p.id = format!("x{}", i + 1);
    }
    d.people.extend(more);
    for kind in DocKind::ALL {
        d.update_document(kind, |r| {
            r.number = format!("{}-о", kind.stage() * 10);
            r.date = "2025-08-29".into();
            r.status = DocStatus::Signed;
        });
    }
    let p = &mut d.publication;
    p.coordinator_agreed = true;
    add_link(
        p,
        "Наставничество в районе",
        "https://imc.example.ru/mentoring",
    )
    .unwrap();
    add_news(
        p,
        News {
            title: "Педагогический совет о наставничестве".into(),
            date: "2025-08-28".into(),
            text: "Педагоги обсудили Положение о наставничестве.".into(),
            stage: Some(1),
            published: true,
            ..Default::default()
        },
    )
    .unwrap();
    // Practices flagged for publication, by a teacher without a publication consent and by
    // one with it: only the second is named (the leak test scans for the first's name).
    let without = d
        .people
        .iter()
        .find(|p| !p.may_publish())
        .map(|p| p.id.clone())
        .unwrap();
    let with = d
        .people
        .iter()
        .find(|p| p.may_publish())
        .map(|p| p.id.clone())
        .unwrap();
    for (i, (author, best)) in [(without, false), (with, true)].into_iter().enumerate() {
        d.library.push(crate::domain::library::Practice {
            id: format!("k{}", i + 1),
            title: format!("Практика наставника № {}", i + 1),
            author,
            area: "classroom".into(),
            kind: crate::domain::library::PracticeKind::LessonNotes,
            link: "https://school96.example.ru/kopilka".into(),
            text: "Конспект открытого урока с приёмами удержания внимания.".into(),
            best,
            publish: true,
            ..Default::default()
        });
    }
    d.library.push(crate::domain::library::Practice {
        id: "k3".into(),
        title: "Черновик, не для сайта".into(),
        ..Default::default()
    });
    d
}

#[test]
fn practices_flagged_for_publication_name_only_consenting_authors() {
    let d = big_school();
    let f = project(&d, TODAY);
    let titles: Vec<&str> = f.info.practices.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Практика наставника № 1", "Практика наставника № 2"]
    );
    let author = |id: &str| d.person(id).unwrap().full_name.clone();
    assert_eq!(
        f.info.practices[0].author, "",
        "no publication consent: no name"
    );
    assert_eq!(f.info.practices[1].author, author(&d.library[1].author));
    assert_eq!(f.info.practices[1].topic, "Дисциплина и управление классом");
    assert_eq!(f.info.figures.best_practices, Some(1));
    let html = page(&f);
    assert!(html.contains("Методическая копилка"));
    assert!(html.contains("лучшая практика"));
    assert!(!html.contains("Черновик, не для сайта"));
    assert!(!html.contains(&author(&d.library[0].author)));
}

/// Ids of people with an active publication consent, and of people without one.
fn split_by_consent(d: &SchoolData) -> (Vec<String>, Vec<String>) {
    let (yes, no): (Vec<&Person>, Vec<&Person>) = d.people.iter().partition(|p| p.may_publish());
    (
        yes.iter().map(|p| p.id.clone()).collect(),
        no.iter().map(|p| p.id.clone()).collect(),
    )
}

/// Every form a person's name may take in a text: as written, «Фамилия И.О.», «И.О. Фамилия».
fn name_forms(p: &Person) -> Vec<String> {
    vec![
        p.full_name.clone(),
        surname_initials(&p.full_name),
        initials_first(&p.full_name),
    ]
}

/// What the scan looks for, and the rule for what it skips.
///
/// - Names (three forms) of everybody who is not named on the page with a consent. A name that
///   is also the name of someone shown (the generator repeats names) cannot be told apart and
///   is skipped: it appears legitimately.
/// - Phone, e-mail, birth date (`ГГГГ-ММ-ДД` and `ДД.ММ.ГГГГ`) and questionnaire free texts of
///   **everybody**, shown or not: consent covers name, position and story only.
/// - Values shorter than 8 characters are skipped: too short to identify anyone, and they
///   occur by chance (an empty text, «до 25»). Positions and subjects are not scanned: «Учитель
///   математики» is shared by dozens of people and identifies nobody.
fn personal_values(d: &SchoolData, shown: &[String]) -> Vec<(String, String)> {
    let shown_names: Vec<String> = d
        .people
        .iter()
        .filter(|p| shown.contains(&p.id))
        .flat_map(name_forms)
        .collect();
    let mut out = Vec::new();
    for p in &d.people {
        let mut values: Vec<(&str, String)> = vec![
            ("phone", p.phone.clone()),
            ("email", p.email.clone()),
            ("birth date", p.birth_date.clone()),
            ("birth date ru", date_ru(&p.birth_date)),
        ];
        if let Some(a) = p.mentee_answers() {
            values.push(("mentee text", a.text.clone()));
        }
        if let Some(a) = p.mentor_answers() {
            values.push(("mentor motivation", a.motivation.clone()));
            values.push(("mentor text", a.text.clone()));
        }
        if !shown.contains(&p.id) {
            for n in name_forms(p) {
                if !shown_names.contains(&n) {
                    values.push(("name", n));
                }
            }
        }
        for (what, v) in values {
            let v = v.trim().to_string();
            if v.chars().count() >= 8 {
                out.push((format!("{} {what}", p.id), v));
            }
        }
    }
    out
}

/// The personal values found in the published texts, each in the raw, HTML-escaped and
/// JSON-escaped spelling.
fn leaks(values: &[(String, String)], texts: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for (whose, v) in values {
        let json = serde_json::to_string(v).unwrap();
        let spellings = [v.clone(), escape(v), json.trim_matches('"').to_string()];
        if texts
            .iter()
            .any(|t| spellings.iter().any(|s| t.contains(s.as_str())))
        {
            found.push(format!("{whose}: {v}"));
        }
    }
    found
}

#[test]
fn nothing_personal_leaks_without_a_publication_consent() {
    let mut d = big_school();
    let (consenting, without) = split_by_consent(&d);
    assert!(
        consenting.len() > 100 && without.len() > 1000,
        "a realistic mix"
    );

    // Named with consent: three people, each with a story.
    for id in &consenting[..3] {
        feature(&mut d, id).unwrap();
        set_story(&mut d.publication, id, "Провела открытый урок для коллег.").unwrap();
    }
    // Naming someone without the consent is refused…
    let e = feature(&mut d, &without[0]).unwrap_err();
    assert!(e.contains("нет действующего согласия"), "{e}");
    // …and whoever got into the list anyway (a hand-edited archive), lost the consent later,
    // or was anonymized stays off the page, story included.
    d.publication.people.push(Featured {
        person: without[0].clone(),
        story: "Секретная история без согласия".into(),
    });
    let withdrawn = consenting[3].clone();
    feature(&mut d, &withdrawn).unwrap();
    set_story(&mut d.publication, &withdrawn, "Рассказ до отзыва согласия").unwrap();
    d.update_person(&withdrawn, |p| {
        p.consents.publication.as_mut().unwrap().withdrawn = TODAY.into();
        Ok(())
    })
    .unwrap();
    let anonymized = consenting[4].clone();
    feature(&mut d, &anonymized).unwrap();
    let original = d.person(&anonymized).unwrap().clone();
    d.update_person(&anonymized, |p| {
        anonymize(p, 1, TODAY);
        Ok(())
    })
    .unwrap();

    let file = project(&d, TODAY);
    let json = file.to_json();
    let html = page(&file);
    let shown: Vec<String> = consenting[..3].to_vec();

    let mut values = personal_values(&d, &shown);
    // The anonymized person's former values are personal too.
    for (what, v) in [
        ("name", original.full_name.clone()),
        ("phone", original.phone.clone()),
        ("email", original.email.clone()),
    ] {
        values.push((format!("{anonymized} former {what}"), v));
    }
    assert!(values.len() > 10_000, "{} values scanned", values.len());
    let found = leaks(&values, &[&json, &html]);
    assert!(
        found.is_empty(),
        "{} personal values leaked, e.g. {:?}",
        found.len(),
        &found[..found.len().min(5)]
    );
    for secret in ["Секретная история", "Рассказ до отзыва"] {
        assert!(!json.contains(secret) && !html.contains(secret), "{secret}");
    }

    // The positive control: the three named people are there, with their stories, so the
    // scan above is able to find names.
    assert_eq!(file.info.people.len(), 3);
    for id in &shown {
        let name = &d.person(id).unwrap().full_name;
        assert!(json.contains(name.as_str()), "{name} in info.json");
        assert!(html.contains(&escape(name)), "{name} in the page");
        let found = leaks(&[(id.clone(), name.clone())], &[&json, &html]);
        assert_eq!(found.len(), 1);
    }
    assert!(html.contains("Провела открытый урок для коллег."));

    // The coordinator's contact only with the agreement.
    let c = &d.profile.coordinator;
    assert!(json.contains(&c.phone) && html.contains(&escape(&c.email)));
    d.publication.coordinator_agreed = false;
    let file = project(&d, TODAY);
    let (json, html) = (file.to_json(), page(&file));
    for v in [&c.full_name, &c.phone, &c.email] {
        assert!(
            !json.contains(v.as_str()) && !html.contains(&escape(v)),
            "{v}"
        );
    }
    assert!(html.contains("обращайтесь в школу"));
}

#[test]
fn figures_documents_and_roadmap_are_aggregates_of_the_data() {
    let d = big_school();
    let f = project(&d, TODAY);
    let i = &f.info;
    let included = |r: Option<BankStatus>| r == Some(BankStatus::Included);
    let mentees = d
        .people
        .iter()
        .filter(|p| included(p.mentee.as_ref().map(|r| r.status)))
        .count() as u32;
    assert_eq!(i.figures.mentees, mentees);
    assert!(i.figures.mentors > 0 && i.figures.participants >= i.figures.mentees);
    assert_eq!(i.figures.progress, overall_percent(&d));
    assert_eq!(
        i.figures.pairs, None,
        "no pairs yet: no figure (and no field in the file)"
    );
    assert!(!f.to_json().contains("\"pairs\""));
    assert_eq!(i.forms.len(), d.profile.forms.len());
    // Only publishable kinds: no pairs order (names), no consents or agreements.
    let titles: Vec<&str> = i.documents.iter().map(|x| x.title.as_str()).collect();
    assert_eq!(titles.len(), 5);
    assert!(!titles.contains(&DocKind::OrderPairs.title()));
    assert!(!titles.contains(&DocKind::MentorAgreement.title()));
    assert_eq!(i.documents[0].number, "10-о");
    // The roadmap: every row, without «ответственные» and notes.
    assert_eq!(i.stages.len(), 7);
    let rows: usize = i.stages.iter().map(|s| s.rows.len()).sum();
    assert_eq!(rows, d.roadmap.len());
    assert_eq!(i.stages[0].rows[0].status, TaskStatus::Done);
    let json = f.to_json();
    assert!(!json.contains("responsible") && !json.contains("note"));
    // With a pair formed, its count appears; a mentor's name does not.
    let mut d = d;
    let mentor = d
        .people
        .iter()
        .find(|p| {
            p.may_mentor().is_ok()
                && !p.may_publish()
                && p.mentor.as_ref().is_some_and(|r| r.answers.is_some())
        })
        .map(|p| p.id.clone())
        .unwrap();
    let mentee = d
        .people
        .iter()
        .find(|p| {
            p.matching_block().is_none()
                && p.mentee
                    .as_ref()
                    .is_some_and(|r| r.status == BankStatus::Included)
        })
        .map(|p| p.id.clone())
        .unwrap();
    d.create_pair(
        &mentor,
        &[mentee],
        crate::domain::forms::MentoringForm::Traditional,
        "",
        "",
    )
    .unwrap();
    let f = project(&d, TODAY);
    assert_eq!(f.info.figures.pairs, Some(1));
    let page = page(&f);
    assert!(page.contains("<strong>1</strong> наставническая пара или группа"));
    assert!(!page.contains(&d.person(&mentor).unwrap().full_name));
    // A draft document is not listed.
    d.update_document(DocKind::Regulation, |r| r.status = DocStatus::Draft);
    assert_eq!(project(&d, TODAY).info.documents.len(), 4);
    // The text about the system names the approving order, the year and the forms.
    let about = project(&d, TODAY).info.about.join(" ");
    assert!(
        about.starts_with("В ГБОУ СОШ № 96 действует система"),
        "{about}"
    );
    assert!(
        about.contains("утверждено приказом от 29.08.2025 № 10-о"),
        "{about}"
    );
    assert!(about.contains("на 2025/2026 учебный год"));
    assert!(about.contains("реверсивное наставничество"));
}

const XSS: [&str; 3] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
];

#[test]
fn scripts_in_titles_and_news_render_as_text() {
    let mut d = big_school();
    d.profile.short_name = format!("Школа {}", XSS[0]);
    d.profile.city = XSS[1].into();
    let row = d.roadmap[0].id.clone();
    d.roadmap[0].event = XSS[2].into();
    d.roadmap[0].deadline = XSS[0].into();
    for x in XSS {
        add_news(
            &mut d.publication,
            News {
                title: x.into(),
                date: "2025-09-01".into(),
                text: format!("{x}\n\n{x}"),
                stage: Some(2),
                published: true,
                ..Default::default()
            },
        )
        .unwrap();
        add_link(&mut d.publication, x, "https://example.ru/?q=<b>").unwrap_err();
        add_link(&mut d.publication, x, "https://example.ru/a").unwrap();
    }
    let id = split_by_consent(&d).0[0].clone();
    feature(&mut d, &id).unwrap();
    set_story(&mut d.publication, &id, XSS[1]).unwrap();
    d.profile.coordinator.email = "a\"onmouseover=alert(1)@x.ru".into();
    mark_row(&mut d, &row, "2025-09-02").unwrap();
    let f = project(&d, TODAY);
    for html in [page(&f), section(&f, 2)] {
        for bad in ["<script", "<img", "<svg", "\"onmouseover", "'><"] {
            assert!(!html.contains(bad), "{bad} is live in the HTML");
        }
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assert!(html.contains("&#39;&gt;&lt;svg onload=alert(1)&gt;"));
        // Only http(s), tel: and mailto: addresses; no `javascript:`.
        for href in html.split("href=\"").skip(1) {
            let href = &href[..href.find('"').unwrap()];
            assert!(
                ["https://", "http://", "tel:", "mailto:"]
                    .iter()
                    .any(|p| href.starts_with(p)),
                "{href}"
            );
        }
    }
    // The posts are plain text: what was typed.
    let posts = posts(&d, "https://school96.ru/nastavnik/#/info");
    assert!(posts.iter().any(|p| p.text.starts_with(XSS[0])));
    // The page itself: a title, a description, no script, the stylesheet inside.
    let html = page(&f);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
    assert!(html.contains("<title>Наставничество педагогических работников — Школа &lt;script&gt;"));
    assert!(html.contains("<meta name=\"description\" content=\"Система (целевая модель)"));
    assert!(html.contains("<meta name=\"viewport\""));
    assert!(!html.to_lowercase().contains("<script"));
    assert!(html.contains("<style>") && html.contains("@media print"));
}

#[test]
fn unsafe_addresses_are_refused() {
    for bad in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<b>",
        "//evil.ru",
        "https://",
        "https://school ru",
        "https://a.ru/\"onclick=1",
        "ftp://a.ru",
    ] {
        assert!(check_url(bad).is_err(), "{bad}");
    }
    for good in [
        "https://imc.spb.ru/mentoring",
        "http://school96.ru",
        "https://127.0.0.1:8080/nastavnik/#/info",
    ] {
        assert_eq!(check_url(good), Ok(()), "{good}");
    }
    assert_eq!(
        site_url("school96.ru").as_deref(),
        Some("https://school96.ru")
    );
    assert_eq!(site_url("javascript:alert(1)"), None);
    assert_eq!(site_url(""), None);
}

#[test]
fn info_json_round_trips_and_tolerates_later_fields() {
    let mut d = big_school();
    let id = split_by_consent(&d).0[0].clone();
    feature(&mut d, &id).unwrap();
    let f = project(&d, TODAY);
    let json = f.to_json();
    assert_eq!(decode(json.as_bytes()), Ok(f.clone()));
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(json.as_bytes());
    assert_eq!(decode(&bom), Ok(f.clone()));
    // A newer writer added figures and a section: this reader shows what it knows.
    let mut v: Value = serde_json::from_str(&json).unwrap();
    v["info"]["figures"]["contests"] = 3.into();
    v["info"]["awards"] = serde_json::json!([{"title": "Клуб молодого педагога"}]);
    assert_eq!(decode(v.to_string().as_bytes()), Ok(f));
}

fn decode_err(text: &str) -> String {
    decode(text.as_bytes()).unwrap_err()
}

#[test]
fn broken_info_json_gets_a_russian_message_that_says_what_is_wrong() {
    let good: Value = serde_json::from_str(&project(&big_school(), TODAY).to_json()).unwrap();
    let with = |f: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        f(&mut v);
        decode_err(&v.to_string())
    };
    let cases: Vec<(String, &str)> = vec![
        (decode_err(""), "Файл info.json пуст."),
        (decode_err("  \n"), "Файл info.json пуст."),
        (
            decode_err("<!DOCTYPE html><title>404</title>"),
            "Вместо файла info.json сервер прислал веб-страницу (HTML)",
        ),
        (
            decode_err("info: нет"),
            "Файл info.json повреждён: это не JSON (ошибка в строке 1, столбце 1).",
        ),
        (
            decode_err(&good.to_string()[..60]),
            "Файл info.json обрывается (строка 1, столбец 60)",
        ),
        (
            decode_err("[1]"),
            "Это не файл раздела «Наставника»: в файле не объект JSON.",
        ),
        (
            with(&|v| v["format"] = "nastavnik".into()),
            "Это не файл раздела «Наставника»: формат «nastavnik», а нужен «nastavnik-info».",
        ),
        (
            with(&|v| v["version"] = 2.into()),
            "Файл info.json создан более новой версией «Наставника» (версия формата 2)",
        ),
        (
            with(&|v| v["version"] = "1".into()),
            "В файле info.json нет верного номера версии (поле version).",
        ),
        (
            with(&|v| v["info"]["school"]["short_name"] = 96.into()),
            "В файле info.json ошибка (строка 1, столбец ",
        ),
        (
            with(&|v| {
                v["info"].as_object_mut().unwrap().remove("school");
            }),
            "нет обязательного поля «school».",
        ),
        (
            with(&|v| v["info"]["stages"][0]["rows"][0]["status"] = "finished".into()),
            "недопустимое значение «finished». Допустимые значения: «not_started» (не начато)",
        ),
        (
            with(&|v| v["info"]["links"][0]["url"] = "javascript:alert(1)".into()),
            "В файле info.json неверный адрес ссылки «javascript:alert(1)» (links[0].url)",
        ),
        (
            with(&|v| v["info"]["news"][0]["date"] = "28.08.2025".into()),
            "В файле info.json неверная дата новости (news[0].date): «28.08.2025»",
        ),
        (
            with(&|v| v["date"] = "вчера".into()),
            "В файле info.json неверная дата раздела (date): «вчера»",
        ),
    ];
    for (got, want) in cases {
        assert!(got.contains(want), "«{got}» should contain «{want}»");
        assert!(
            !got.contains("invalid") && !got.contains("expected") && !got.contains("missing"),
            "English in «{got}»"
        );
    }
    let big = vec![b' '; MAX_INFO_BYTES + 1];
    assert!(decode(&big)
        .unwrap_err()
        .starts_with("Файл info.json слишком большой"));
}

#[test]
fn the_info_fixture_stays_readable_forever() {
    let f = decode(include_bytes!("../../../tests/fixtures/info-v1.json"))
        .expect("the v1 info.json fixture must always load");
    assert_eq!(f.version, 1);
    assert_eq!(f.info.school.short_name, "ГБОУ СОШ № 96");
    assert!(!f.info.news.is_empty() && !f.info.links.is_empty());
    assert!(page(&f).contains("Педагогический совет о наставничестве"));
}

#[test]
fn settings_are_edited_through_checks() {
    let mut d = big_school();
    let p = &mut d.publication;
    assert_eq!(
        add_link(p, " ", "https://a.ru"),
        Err("Укажите название ссылки".into())
    );
    assert!(add_link(p, "Регион", "javascript:alert(1)")
        .unwrap_err()
        .starts_with("Адрес должен начинаться с https://"));
    let draft = |title: &str, date: &str| News {
        title: title.into(),
        date: date.into(),
        ..Default::default()
    };
    assert_eq!(
        add_news(p, draft("  ", TODAY)),
        Err("Укажите заголовок новости".into())
    );
    assert_eq!(
        add_news(p, draft("Итоги", "15.10.2025")),
        Err("Укажите дату".into())
    );
    let id = add_news(p, draft("  Итоги   года ", TODAY)).unwrap();
    assert_eq!(id, "n2");
    assert_eq!(p.news[1].title, "Итоги года");
    let before = p.clone();
    assert!(edit_news(p, &id, |n| n.stage = Some(9)).is_err());
    assert!(edit_news(p, &id, |n| n.text = "я".repeat(MAX_TEXT_CHARS + 1)).is_err());
    assert_eq!(*p, before, "a refused edit changes nothing");
    edit_news(p, &id, |n| n.published = true).unwrap();
    delete_news(p, "n1");
    assert_eq!(add_news(p, draft("Ещё", TODAY)).unwrap(), "n3");
    assert!(mark_row(&mut d, "9.9", TODAY).is_err());
    mark_row(&mut d, "1.1", "2025-08-30").unwrap();
    mark_row(&mut d, "1.1", "2025-08-31").unwrap();
    assert_eq!(d.publication.rows.len(), 1);
    assert_eq!(d.publication.rows[0].date, "2025-08-31");

    // Deleting a person names the story as a reference, then takes them off the page.
    let pid = split_by_consent(&d)
        .0
        .into_iter()
        .find(|id| d.references(id).is_empty())
        .unwrap();
    feature(&mut d, &pid).unwrap();
    assert_eq!(
        feature(&mut d, &pid),
        Err("Педагог уже есть в разделе".into())
    );
    let e = d.delete_person(&pid, false).unwrap_err();
    assert!(e.contains("раздел о наставничестве на сайте"), "{e}");
    d.delete_person(&pid, true).unwrap();
    assert!(d.publication.people.is_empty());
}

#[test]
fn posts_coverage_and_the_measures_of_stage_7() {
    let mut d = SchoolData {
        profile: crate::domain::school::example_profile(),
        ..Default::default()
    };
    let m = measures(&d);
    assert_eq!(m[0].status, TaskStatus::NotStarted);
    assert_eq!(m[1].detail, "ни один этап ещё не начат");
    d.set_task_status("1.1", TaskStatus::Done).unwrap();
    d.set_task_status("2.1", TaskStatus::InProgress).unwrap();
    assert_eq!(started_stages(&d), [1, 2]);
    mark_row(&mut d, "1.1", "2025-08-29").unwrap();
    add_news(
        &mut d.publication,
        News {
            title: "Анкетирование педагогов".into(),
            date: "2025-09-10".into(),
            text: "Собираем запросы.".into(),
            stage: Some(2),
            published: true,
            ..Default::default()
        },
    )
    .unwrap();
    add_news(
        &mut d.publication,
        News {
            title: "Черновик".into(),
            date: "2025-09-11".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let link = "https://school96.ru/nastavnik/#/info";
    let ps = posts(&d, link);
    assert_eq!(ps.len(), 2, "the draft is not offered");
    assert_eq!(ps[0].key, "news:n1", "newest first");
    assert_eq!(
        ps[0].text,
        "Анкетирование педагогов\n\nСобираем запросы.\n\n10.09.2025 · Этап 2. Банк наставляемых\n\
         Подробнее о наставничестве в ГБОУ СОШ № 96: https://school96.ru/nastavnik/#/info\n\n\
         #наставничество #педагоги #целеваямодельнаставничества"
    );
    assert!(ps[1].text.starts_with(&d.row("1.1").unwrap().event));
    assert!(ps[1].text.contains("Итог: Приказ подписан директором"));

    assert_eq!(uncovered_stages(&d), [1, 2, 3, 4, 5, 6, 7]);
    assert!(log_post(&mut d, "row:1.1", Channel::Vk, "2025-08-30", "javascript:x").is_err());
    assert!(log_post(&mut d, "row:9.9", Channel::Vk, "2025-08-30", "").is_err());
    log_post(
        &mut d,
        "row:1.1",
        Channel::Vk,
        "2025-08-30",
        "https://vk.com/wall-1_2",
    )
    .unwrap();
    assert_eq!(d.publication.log[0].stage, Some(1));
    assert_eq!(uncovered_stages(&d), [2, 3, 4, 5, 6, 7]);
    let m = measures(&d);
    assert_eq!(m[1].detail, "этапы с публикациями: 1 из 2 начатых");
    assert_eq!(m[1].status, TaskStatus::InProgress);

    // «Опубликовать» logs the published news as put on the site, once.
    record_publication(&mut d, "2025-09-12");
    record_publication(&mut d, "2025-09-13");
    let site: Vec<_> = d
        .publication
        .log
        .iter()
        .filter(|e| e.channel == Channel::Site)
        .collect();
    assert_eq!(site.len(), 1);
    assert_eq!(site[0].date, "2025-09-12");
    let m = measures(&d);
    assert_eq!(
        (m[0].status, m[0].detail.as_str()),
        (TaskStatus::Done, "последний раз 13.09.2025")
    );
    assert_eq!(m[1].status, TaskStatus::Done);
    // The log outlives the row it tells about.
    crate::domain::roadmap::delete_row(&mut d.roadmap, "1.1").unwrap();
    d.publication.forget_row("1.1");
    assert_eq!(posts(&d, link).len(), 1);
    assert_eq!(d.publication.log.len(), 2);
}

#[test]
fn the_section_link_is_given_guessed_or_the_site() {
    let mut d = SchoolData::default();
    d.profile.site = "school96.ru".into();
    assert_eq!(
        section_link(&d, "https://school96.ru/nastavnik/#/publish"),
        "https://school96.ru/nastavnik/#/info"
    );
    assert_eq!(
        section_link(&d, "http://127.0.0.1:8080/nastavnik/"),
        "https://school96.ru"
    );
    assert_eq!(
        section_link(&d, "file:///C:/dist/index.html"),
        "https://school96.ru"
    );
    d.publication.section_url = "https://school96.ru/mentoring".into();
    assert_eq!(
        section_link(&d, "https://x.ru/"),
        "https://school96.ru/mentoring"
    );
}

#[test]
fn the_archive_keeps_v3_files_and_checks_the_publication() {
    let d = SchoolData::default();
    let json = Envelope::new(d, 1, "2025-10-15T10:00:00Z").to_json();
    assert!(
        !json.contains("publication"),
        "absent while empty: v3 as it was"
    );

    let mut d = big_school();
    let id = split_by_consent(&d).0[0].clone();
    feature(&mut d, &id).unwrap();
    mark_row(&mut d, "1.1", TODAY).unwrap();
    log_post(&mut d, "row:1.1", Channel::Telegram, TODAY, "").unwrap();
    record_publication(&mut d, TODAY);
    let env = Envelope::new(d, 1, "2025-10-15T10:00:00Z");
    assert_eq!(decode_archive(env.to_json().as_bytes()), Ok(env.clone()));

    let base: Value = serde_json::from_str(&env.to_json()).unwrap();
    let err = |f: &dyn Fn(&mut Value)| {
        let mut v = base.clone();
        f(&mut v);
        decode_archive(v.to_string().as_bytes()).unwrap_err()
    };
    let e = err(&|v| v["data"]["publication"]["people"][0]["person"] = "p999".into());
    assert_eq!(e.path, "data.publication.people[0].person");
    assert!(e.message.contains("несуществующего"), "{e}");
    let e = err(&|v| v["data"]["publication"]["links"][0]["url"] = "javascript:1".into());
    assert_eq!(e.path, "data.publication.links[0].url");
    let e = err(&|v| v["data"]["publication"]["rows"][0]["row"] = "9.9".into());
    assert_eq!(e.path, "data.publication.rows[0].row");
    let e = err(&|v| v["data"]["publication"]["news"][0]["stage"] = 8.into());
    assert_eq!(e.path, "data.publication.news[0]");
    assert_eq!(e.message, "Нет этапа 8.");
    let e = err(&|v| v["data"]["publication"]["log"][0]["channel"] = "facebook".into());
    assert_eq!(e.path, "data.publication.log[0].channel");
    let e = err(&|v| v["data"]["publication"]["photos"] = serde_json::json!([]));
    assert!(e.message.starts_with("Лишнее поле «photos»"), "{e}");
}

#[test]
fn newest_first_is_stable() {
    assert_eq!(
        newest_first(&[
            "2025-09-01",
            "2025-10-01",
            "2025-09-01",
            "2024-01-01",
            "2025-10-01"
        ]),
        [1, 4, 0, 2, 3]
    );
    assert!(newest_first(&[]).is_empty());
}

#[test]
fn signed_acts_link_to_their_files_and_bad_addresses_are_refused() {
    let mut d = big_school();
    let p = &mut d.publication;
    set_file(p, DocKind::Regulation, " polozhenie.docx ").unwrap();
    set_file(p, DocKind::Roadmap, "https://school96.ru/docs/karta.pdf").unwrap();
    for bad in [
        "javascript:alert(1)",
        "../secret.docx",
        "положение.docx",
        "polozhenie.exe",
        "\"><script>.docx",
    ] {
        assert!(set_file(p, DocKind::Regulation, bad).is_err(), "{bad}");
    }
    assert!(
        set_file(p, DocKind::OrderPairs, "pairs.docx").is_err(),
        "the order on pairs names people: not published"
    );
    let f = project(&d, TODAY);
    let doc = |title: &str| {
        f.info
            .documents
            .iter()
            .find(|x| x.title.starts_with(title))
            .unwrap()
            .link
            .clone()
    };
    assert_eq!(doc("Положение"), "polozhenie.docx");
    assert_eq!(doc("Дорожная карта"), "https://school96.ru/docs/karta.pdf");
    assert_eq!(doc("Приказ «Об утверждении"), "");
    let html = page(&f);
    assert!(html.contains("<a href=\"polozhenie.docx\">Положение о целевой модели"));
    // Clearing the address removes the link.
    set_file(&mut d.publication, DocKind::Regulation, "").unwrap();
    assert!(!d.publication.files.contains_key("regulation"));
    // The archive refuses a file of a kind that is not published, with its path.
    d.publication
        .files
        .insert("order_pairs".into(), "pairs.docx".into());
    let json = Envelope::new(d, 1, "2026-11-26T09:00:00.000Z").to_json();
    let e = decode_archive(json.as_bytes()).unwrap_err();
    assert_eq!(e.path, "data.publication.files.order_pairs");
}

#[test]
fn the_page_has_a_low_vision_version_without_scripts() {
    let f = project(&big_school(), TODAY);
    let html = page(&f);
    // As XML: the void elements closed, the one entity spelled out.
    let xml = section(&f, 1)
        .replace("&nbsp;", "\u{a0}")
        .replace("<br>", "<br/>")
        .replace("class=\"ni-lv\">", "class=\"ni-lv\"/>");
    let doc = roxmltree::Document::parse(&xml).expect("the section is well-formed");
    let article = doc.root_element();
    // The checkbox comes first, right before the content it switches (`:checked + .ni-in`).
    let mut children = article.children().filter(|n| n.is_element());
    let input = children.next().unwrap();
    assert_eq!(input.attribute("type"), Some("checkbox"));
    assert_eq!(input.attribute("id"), Some("ni-lv"));
    let content = children.next().unwrap();
    assert_eq!(content.attribute("class"), Some("ni-in"));
    assert!(
        children.next().is_none(),
        "everything else is inside .ni-in"
    );
    let label = content
        .descendants()
        .find(|n| n.has_tag_name("label"))
        .unwrap();
    assert_eq!(label.attribute("for"), Some("ni-lv"));
    assert!(label
        .descendants()
        .any(|n| n.text() == Some("Версия для слабовидящих")));
    assert!(label
        .descendants()
        .any(|n| n.text() == Some("Обычная версия")));
    // Large type and high contrast, in CSS only; the decorative bars hidden.
    for rule in [
        ".ni-lv:checked+.ni-in{font-family:Arial,Verdana,sans-serif;font-size:1.5rem",
        "color:#000!important;background:#fff!important",
        ".ni-lv:checked+.ni-in .ni-bar{display:none}",
        ".ni-lv:checked+.ni-in .ni-lv-off{display:inline}",
    ] {
        assert!(super::html::STYLE.contains(rule), "{rule}");
        assert!(html.contains(rule), "{rule} in the page");
    }
    assert!(!html.to_lowercase().contains("<script"));
    assert!(!html.contains("<img"), "nothing to understand from images");
}
