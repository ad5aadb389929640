//! The public section as HTML: the standalone page `nastavnik-info.html` (no scripts, its
//! stylesheet inside, semantic, printable, good on phones) that a CMS takes as it is, and the
//! same section as a fragment for the app's `#/info` route and the coordinator's preview — one
//! renderer, so the preview is exactly what visitors see.
//!
//! Every text is escaped. Links are http(s) addresses checked when the file is made and again
//! when it is read ([`super::check_url`]), `tel:` built from digits, and `mailto:`.

use super::{InfoFile, PublicInfo};
use crate::domain::documents::html::escape;
use crate::domain::format::{date_ru, number, plural};
use crate::domain::stages;

/// The section's stylesheet: every rule under `.ni`, so it does not touch the host page.
pub const STYLE: &str = "\
.ni{--ni-text:#1c232b;--ni-muted:#505b66;--ni-line:#c9d0d8;--ni-accent:#1f4e79;--ni-soft:#e6eef6;\
--ni-done:#1e6b3a;--ni-done-soft:#e5f3ea;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;\
color:var(--ni-text);background:#fff;line-height:1.55;max-width:58rem;margin:0 auto;padding:1.5rem 1.25rem;\
overflow-wrap:break-word;text-align:left}\
.ni *{box-sizing:border-box}\
.ni p{margin:0 0 .75rem}\
.ni a{color:var(--ni-accent)}\
.ni a:focus-visible{outline:3px solid #f2a900;outline-offset:2px}\
.ni-title{font-size:1.75rem;line-height:1.25;margin:0 0 .5rem}\
.ni-h{font-size:1.3rem;line-height:1.3;margin:2rem 0 .75rem;padding-top:1rem;border-top:1px solid var(--ni-line)}\
.ni-sh{font-size:1.05rem;line-height:1.3;margin:0 0 .35rem}\
.ni-head{border-bottom:4px solid var(--ni-accent);padding-bottom:1rem}\
.ni-lead{font-size:1.1rem}\
.ni-muted{color:var(--ni-muted)}\
.ni-figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem;list-style:none;padding:0;margin:0}\
.ni-figures li{border:1px solid var(--ni-line);border-radius:6px;padding:.75rem 1rem;background:var(--ni-soft)}\
.ni-figures strong{display:block;font-size:1.75rem;line-height:1.2;color:var(--ni-accent)}\
.ni-stages{list-style:none;padding:0;margin:0}\
.ni-stage{border-left:4px solid var(--ni-line);padding:.25rem 0 .25rem 1rem;margin:0 0 1.25rem}\
.ni-stage.ni-done{border-left-color:var(--ni-done)}\
.ni-stage.ni-work{border-left-color:var(--ni-accent)}\
.ni-bar{height:.5rem;background:#e3e7ec;border-radius:99px;overflow:hidden;margin:.25rem 0 .5rem;max-width:20rem}\
.ni-bar span{display:block;height:100%;background:var(--ni-accent)}\
.ni-done .ni-bar span{background:var(--ni-done)}\
.ni-rows{padding-left:1.25rem;margin:0}\
.ni-rows li{margin-bottom:.4rem}\
.ni-st{display:inline-block;font-size:.85rem;line-height:1.4;padding:0 .5rem;border-radius:99px;border:1px solid var(--ni-line);margin-right:.4rem;white-space:nowrap}\
.ni-st-done{background:var(--ni-done-soft);border-color:var(--ni-done);color:var(--ni-done)}\
.ni-st-in_progress{background:var(--ni-soft);border-color:var(--ni-accent);color:var(--ni-accent)}\
.ni-docs li,.ni-links li{margin-bottom:.5rem}\
.ni-card{border:1px solid var(--ni-line);border-radius:6px;padding:.75rem 1rem;margin:0 0 .75rem}\
.ni-card p:last-child{margin-bottom:0}\
.ni .history-scroll{overflow-x:auto;max-width:100%;margin:0 0 1rem}\
.ni .history-table{border-collapse:collapse;min-width:100%}\
.ni .history-table caption{text-align:left;font-weight:600;padding:0 0 .35rem}\
.ni .history-table th,.ni .history-table td{border:1px solid var(--ni-line);padding:.35rem .6rem;text-align:left;vertical-align:top}\
.ni .history-table thead th{background:var(--ni-soft);white-space:nowrap}\
.ni .history-table tbody th{font-weight:400;min-width:12rem}\
.ni .history-table td{white-space:nowrap}\
.ni .history-chart{margin:0 0 1.25rem}\
.ni .history-chart figcaption{font-weight:600;margin:0 0 .35rem}\
.ni .history-chart svg{display:block;max-width:100%;height:auto}\
.ni-foot{margin-top:2rem;padding-top:1rem;border-top:1px solid var(--ni-line);font-size:.875rem;color:var(--ni-muted)}\
@media (max-width:40rem){.ni{padding:1rem .75rem}.ni-title{font-size:1.4rem}.ni-figures strong{font-size:1.4rem}}\
@media print{.ni{max-width:none;padding:0;color:#000}.ni a{color:#000}\
.ni-links a::after,.ni-head a::after{content:\" (\" attr(href) \")\";font-size:.85em}\
.ni-stage,.ni-card,.ni-figures li{break-inside:avoid}.ni-figures li{background:none}.ni-lv-bar{display:none}}\
.ni-lv{position:absolute;opacity:0;width:1px;height:1px;margin:0;overflow:hidden}\
.ni-lv-bar{margin:0 0 1rem;text-align:right}\
.ni-lv-btn{display:inline-block;cursor:pointer;border:2px solid var(--ni-accent);border-radius:6px;padding:.35rem .9rem;font-weight:600;color:var(--ni-accent);background:#fff}\
.ni-lv-off{display:none}\
.ni-lv:focus-visible+.ni-in .ni-lv-btn{outline:3px solid #f2a900;outline-offset:2px}\
.ni-lv:checked+.ni-in .ni-lv-on{display:none}\
.ni-lv:checked+.ni-in .ni-lv-off{display:inline}\
.ni-lv:checked+.ni-in{font-family:Arial,Verdana,sans-serif;font-size:1.5rem;line-height:1.6;letter-spacing:.02em;word-spacing:.1em}\
.ni-lv:checked+.ni-in,.ni-lv:checked+.ni-in *{color:#000!important;background:#fff!important;border-color:#000!important}\
.ni-lv:checked+.ni-in a{text-decoration:underline;text-decoration-thickness:2px}\
.ni-lv:checked+.ni-in .ni-title{font-size:2.5rem}\
.ni-lv:checked+.ni-in .ni-h{font-size:2.1rem;border-top-width:3px}\
.ni-lv:checked+.ni-in .ni-sh,.ni-lv:checked+.ni-in .ni-lead{font-size:1.75rem}\
.ni-lv:checked+.ni-in .ni-figures{grid-template-columns:1fr}\
.ni-lv:checked+.ni-in .ni-figures li,.ni-lv:checked+.ni-in .ni-card,.ni-lv:checked+.ni-in .ni-lv-btn{border-width:3px}\
.ni-lv:checked+.ni-in .ni-figures strong{font-size:2.5rem}\
.ni-lv:checked+.ni-in .ni-st,.ni-lv:checked+.ni-in .ni-foot{font-size:1.3rem;white-space:normal;border-width:2px}\
.ni-lv:checked+.ni-in .ni-bar{display:none}\
.ni-lv:checked+.ni-in .history-table th,.ni-lv:checked+.ni-in .history-table td{border-width:2px;white-space:normal}\
.ni-lv:checked+.ni-in .ni-stage{border-left-width:6px}\
";

/// The name of the school as the page calls it.
fn school(i: &PublicInfo) -> &str {
    [&i.school.short_name, &i.school.full_name]
        .into_iter()
        .map(|s| s.trim())
        .find(|s| !s.is_empty())
        .unwrap_or("")
}

/// `<title>` of the page and of the `#/info` route.
pub fn title(f: &InfoFile) -> String {
    match school(&f.info) {
        "" => "Наставничество педагогических работников".into(),
        s => format!("Наставничество педагогических работников — {s}"),
    }
}

/// The meta description.
pub fn description(f: &InfoFile) -> String {
    let s = school(&f.info);
    let place = if s.is_empty() {
        "в школе".to_string()
    } else if f.info.school.city.trim().is_empty() {
        format!("в {s}")
    } else {
        format!("в {s} ({})", f.info.school.city.trim())
    };
    format!(
        "Система (целевая модель) наставничества педагогических работников {place}: \
         документы, Дорожная карта, участники в цифрах, новости."
    )
}

/// The standalone page.
pub fn page(f: &InfoFile) -> String {
    let mut o = String::with_capacity(16 * 1024);
    o.push_str("<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    o.push_str(&format!(
        "<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n",
        escape(&title(f)),
        escape(&description(f))
    ));
    o.push_str("<style>\nbody{margin:0;background:#f5f6f8}\n");
    o.push_str(STYLE);
    o.push_str("\n@media print{body{background:#fff}}\n</style>\n</head>\n<body>\n<main>\n");
    o.push_str(&section(f, 1));
    o.push_str("\n</main>\n</body>\n</html>\n");
    o
}

fn heading(o: &mut String, level: u8, class: &str, id: &str, text: &str) {
    let id = if id.is_empty() {
        String::new()
    } else {
        format!(" id=\"{id}\"")
    };
    o.push_str(&format!(
        "<h{level} class=\"{class}\"{id}>{}</h{level}>",
        escape(text)
    ));
}

/// Text with blank lines between paragraphs and line breaks inside them.
fn paragraphs(o: &mut String, text: &str) {
    let text = text.replace("\r\n", "\n");
    for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        o.push_str("<p>");
        let lines: Vec<String> = para.split('\n').map(|l| escape(l.trim())).collect();
        o.push_str(&lines.join("<br>"));
        o.push_str("</p>");
    }
}

/// `<p class="ni-muted">` with the parts that are not empty, joined by commas; nothing when
/// all are empty.
fn muted_line(o: &mut String, parts: &[&str]) {
    let parts: Vec<&str> = parts.iter().copied().filter(|s| !s.is_empty()).collect();
    if !parts.is_empty() {
        o.push_str(&format!(
            "<p class=\"ni-muted\">{}</p>",
            escape(&parts.join(", "))
        ));
    }
}

fn open_section(o: &mut String, level: u8, id: &str, title: &str) {
    o.push_str(&format!("<section aria-labelledby=\"{id}\">"));
    heading(o, level, "ni-h", id, title);
}

/// A section of `items` under its heading (`level`, `id`, `title`), left out when there are
/// none. `each` writes an item: an `<li>` of a `<ul>` of the class `list`, or, without a list,
/// a block of its own.
fn items_section<T>(
    o: &mut String,
    (level, id, title): (u8, &str, &str),
    list: Option<&str>,
    items: &[T],
    each: impl Fn(&mut String, &T),
) {
    if items.is_empty() {
        return;
    }
    let (open, close, li, end_li) = match list {
        Some(class) => (format!("<ul class=\"{class}\">"), "</ul>", "<li>", "</li>"),
        None => (String::new(), "", "", ""),
    };
    open_section(o, level, id, title);
    o.push_str(&open);
    for item in items {
        o.push_str(li);
        each(o, item);
        o.push_str(end_li);
    }
    o.push_str(close);
    o.push_str("</section>");
}

/// A card (`<div>` or `<article>`, as `tag` says) headed by `title` at `level`, then what
/// `body` writes.
fn card(o: &mut String, (tag, level, title): (&str, u8, &str), body: impl FnOnce(&mut String)) {
    o.push_str(&format!("<{tag} class=\"ni-card\">"));
    heading(o, level, "ni-sh", "", title);
    body(o);
    o.push_str(&format!("</{tag}>"));
}

/// A figure of «В цифрах»: «<strong>12</strong> наставников», the noun agreeing with the
/// number, then `tail`.
fn figure(o: &mut String, n: u64, forms: [&str; 3], tail: &str) {
    o.push_str(&format!(
        "<li><strong>{}</strong> {}{tail}</li>",
        number(n),
        plural(n, forms)
    ));
}

fn link(o: &mut String, href: &str, text: &str) {
    o.push_str(&format!(
        "<a href=\"{}\">{}</a>",
        escape(href),
        escape(text)
    ));
}

fn time(o: &mut String, iso: &str) {
    o.push_str(&format!(
        "<time datetime=\"{}\">{}</time>",
        escape(iso),
        escape(&date_ru(iso))
    ));
}

fn stage_name(n: u8) -> String {
    match stages::stage(n) {
        Some(s) => format!("Этап {n}. {}", s.short_title),
        None => format!("Этап {n}"),
    }
}

/// The section; `level` is the heading level of its title (1 on its own page, 2 inside the
/// coordinator's screen).
pub fn section(f: &InfoFile, level: u8) -> String {
    let i = &f.info;
    let l1 = level.clamp(1, 4);
    let (l2, l3) = (l1 + 1, l1 + 2);
    let mut o = String::with_capacity(16 * 1024);
    o.push_str("<article class=\"ni\" lang=\"ru\">");
    // «Версия для слабовидящих» (приказ Рособрнадзора от 14.08.2020 № 831): a checkbox and
    // CSS only (`.ni-lv:checked + .ni-in`), so the standalone page needs no script.
    o.push_str(
        "<input type=\"checkbox\" id=\"ni-lv\" class=\"ni-lv\"><div class=\"ni-in\">\
         <p class=\"ni-lv-bar\"><label for=\"ni-lv\" class=\"ni-lv-btn\" data-testid=\"low-vision\">\
         <span class=\"ni-lv-on\">Версия для слабовидящих</span>\
         <span class=\"ni-lv-off\">Обычная версия</span></label></p>",
    );

    o.push_str("<header class=\"ni-head\">");
    muted_line(&mut o, &[school(i), i.school.city.trim()]);
    heading(
        &mut o,
        l1,
        "ni-title",
        "",
        "Наставничество педагогических работников",
    );
    if !i.school.full_name.trim().is_empty() {
        o.push_str(&format!(
            "<p class=\"ni-lead\">{}</p>",
            escape(i.school.full_name.trim())
        ));
    }
    o.push_str("<p class=\"ni-muted\">Сведения на ");
    time(&mut o, &f.date);
    if !i.school.academic_year.trim().is_empty() {
        o.push_str(&format!(
            " · {} учебный год",
            escape(i.school.academic_year.trim())
        ));
    }
    if !i.school.site.is_empty() {
        o.push_str(" · ");
        link(&mut o, &i.school.site, "Сайт школы");
    }
    o.push_str("</p></header>");

    items_section(
        &mut o,
        (l2, "ni-about", "О системе наставничества"),
        None,
        &i.about,
        |o, p| paragraphs(o, p),
    );

    open_section(&mut o, l2, "ni-figures", "В цифрах");
    o.push_str("<ul class=\"ni-figures\">");
    let fig = &i.figures;
    for (n, forms, tail) in [
        (
            fig.participants as u64,
            ["участник", "участника", "участников"],
            " наставничества",
        ),
        (
            fig.mentors as u64,
            ["наставник", "наставника", "наставников"],
            "",
        ),
        (
            fig.mentees as u64,
            ["наставляемый", "наставляемых", "наставляемых"],
            "",
        ),
        (
            i.forms.len() as u64,
            ["форма", "формы", "форм"],
            " наставничества",
        ),
    ] {
        figure(&mut o, n, forms, tail);
    }
    if let Some(n) = fig.pairs {
        let forms = [
            "наставническая пара или группа",
            "наставнические пары и группы",
            "наставнических пар и групп",
        ];
        figure(&mut o, n.into(), forms, "");
    }
    if let Some(t) = fig.satisfaction {
        o.push_str(&format!(
            "<li><strong>{},{}</strong> из 10 — удовлетворённость наставляемых</li>",
            t / 10,
            t % 10
        ));
    }
    if let Some(n) = fig.best_practices {
        let forms = ["лучшая практика", "лучшие практики", "лучших практик"];
        figure(&mut o, n.into(), forms, "");
    }
    o.push_str(&format!(
        "<li><strong>{}&nbsp;%</strong> Дорожной карты выполнено</li></ul></section>",
        fig.progress
    ));

    if !i.history.is_empty() {
        open_section(&mut o, l2, "ni-history", "По учебным годам");
        o.push_str(&crate::domain::history::html(&i.history, "ni-hist"));
        o.push_str("</section>");
    }

    if !i.stages.is_empty() {
        open_section(&mut o, l2, "ni-roadmap", "Дорожная карта");
        o.push_str("<ol class=\"ni-stages\">");
        for s in &i.stages {
            let (class, state) = match s.percent {
                100.. => (" ni-done", "завершён"),
                0 => ("", "не начат"),
                _ => (" ni-work", "в работе"),
            };
            o.push_str(&format!("<li class=\"ni-stage{class}\">"));
            heading(
                &mut o,
                l3,
                "ni-sh",
                "",
                &format!("Этап {}. {}", s.number, s.title),
            );
            o.push_str(&format!(
                "<p class=\"ni-muted\">{state}, выполнено {}&nbsp;%</p>\
                 <div class=\"ni-bar\" aria-hidden=\"true\"><span style=\"width:{}%\"></span></div>",
                s.percent,
                s.percent.min(100)
            ));
            if !s.rows.is_empty() {
                o.push_str("<ul class=\"ni-rows\">");
                for r in &s.rows {
                    o.push_str(&format!(
                        "<li><span class=\"ni-st ni-st-{}\">{}</span>{}",
                        r.status.key(),
                        r.status.label(),
                        escape(&r.event)
                    ));
                    if !r.deadline.is_empty() {
                        o.push_str(&format!(
                            " <span class=\"ni-muted\">— срок: {}</span>",
                            escape(&r.deadline)
                        ));
                    }
                    o.push_str("</li>");
                }
                o.push_str("</ul>");
            }
            o.push_str("</li>");
        }
        o.push_str("</ol></section>");
    }

    open_section(&mut o, l2, "ni-docs", "Документы");
    if i.documents.is_empty() {
        o.push_str("<p>Документы появятся здесь после их утверждения.</p>");
    } else {
        o.push_str("<ul class=\"ni-docs\">");
        for d in &i.documents {
            if d.link.is_empty() {
                o.push_str(&format!("<li>{}", escape(&d.title)));
            } else {
                o.push_str("<li>");
                link(&mut o, &d.link, &d.title);
            }
            if !d.date.is_empty() {
                o.push_str(" от ");
                time(&mut o, &d.date);
            }
            if !d.number.is_empty() {
                o.push_str(&format!(" №&nbsp;{}", escape(&d.number)));
            }
            o.push_str("</li>");
        }
        o.push_str("</ul>");
    }
    o.push_str("</section>");

    items_section(
        &mut o,
        (l2, "ni-practices", "Методическая копилка"),
        Some("ni-docs"),
        &i.practices,
        |o, p| {
            if p.link.is_empty() {
                o.push_str(&format!("<strong>{}</strong>", escape(&p.title)));
            } else {
                o.push_str("<strong>");
                link(o, &p.link, &p.title);
                o.push_str("</strong>");
            }
            let mut meta = vec![p.kind.clone()];
            if !p.topic.is_empty() {
                meta.push(p.topic.clone());
            }
            if !p.author.is_empty() {
                meta.push(format!("автор: {}", p.author));
            }
            if p.best {
                meta.push("лучшая практика".into());
            }
            o.push_str(&format!(
                " <span class=\"ni-muted\">— {}</span>",
                escape(&meta.join(", "))
            ));
            if !p.text.is_empty() {
                paragraphs(o, &p.text);
            }
        },
    );

    let people_head = (l2, "ni-people", "Участники наставничества");
    items_section(&mut o, people_head, None, &i.people, |o, p| {
        card(o, ("div", l3, &p.name), |o| {
            muted_line(o, &[&p.position, &p.role]);
            paragraphs(o, &p.story);
        })
    });

    items_section(
        &mut o,
        (l2, "ni-news", "Новости"),
        None,
        &i.news,
        |o, n| {
            card(o, ("article", l3, &n.title), |o| {
                o.push_str("<p class=\"ni-muted\">");
                time(o, &n.date);
                if let Some(s) = n.stage {
                    o.push_str(&format!(" · {}", escape(&stage_name(s))));
                }
                o.push_str("</p>");
                paragraphs(o, &n.text);
            })
        },
    );

    items_section(
        &mut o,
        (l2, "ni-links", "Наставничество в муниципалитете и регионе"),
        Some("ni-links"),
        &i.links,
        |o, l| link(o, &l.url, &l.title),
    );

    open_section(&mut o, l2, "ni-contacts", "Контакты");
    match &i.coordinator {
        Some(c) if !c.full_name.is_empty() => contact(&mut o, c),
        _ => {
            o.push_str("<p>По вопросам наставничества обращайтесь в школу");
            if !i.school.site.is_empty() {
                o.push_str(" через ");
                link(&mut o, &i.school.site, "сайт школы");
            }
            o.push_str(".</p>");
        }
    }
    o.push_str("</section>");

    o.push_str(
        "<footer class=\"ni-foot\"><p>Раздел подготовлен в программе «Наставник». Имена и рассказы \
         педагогов публикуются только с их согласия на распространение персональных данных \
         (статья 10.1 Федерального закона № 152-ФЗ); остальные сведения — обобщённые.</p>\
         </footer></div></article>",
    );
    o
}

fn contact(o: &mut String, c: &super::PublicContact) {
    o.push_str("<p>Куратор наставничества: <strong>");
    o.push_str(&escape(&c.full_name));
    o.push_str("</strong>");
    if !c.position.is_empty() {
        o.push_str(&format!(", {}", escape(&c.position)));
    }
    o.push_str("</p>");
    if !c.phone.is_empty() {
        let digits: String = c
            .phone
            .chars()
            .filter(|ch| ch.is_ascii_digit() || *ch == '+')
            .collect();
        o.push_str("<p>Телефон: ");
        link(o, &format!("tel:{digits}"), &c.phone);
        o.push_str("</p>");
    }
    let email_ok = c.email.contains('@')
        && !c
            .email
            .chars()
            .any(|ch| ch.is_whitespace() || "\"'<>\\,;:?&".contains(ch));
    if email_ok {
        o.push_str("<p>Электронная почта: ");
        link(o, &format!("mailto:{}", c.email), &c.email);
        o.push_str("</p>");
    } else if !c.email.is_empty() {
        o.push_str(&format!("<p>Электронная почта: {}</p>", escape(&c.email)));
    }
}
