//! The section's edits that check the whole dataset (who may be named, which roadmap rows
//! exist, the archive check), and its coverage in social networks.

use crate::domain::data::{SchoolData, TaskStatus};
use crate::domain::documents::registry::DocKind;
use crate::domain::format::date_ru;
use crate::domain::stages::{self, STAGE_COUNT};

use super::publication::*;

pub use crate::domain::progress::started_stages;

/// Names a teacher on the page; only a person with an active consent to publication.
pub fn feature(d: &mut SchoolData, person: &str) -> Result<(), String> {
    let p = d
        .person(person)
        .ok_or_else(|| format!("Нет педагога с идентификатором «{person}»"))?;
    if !p.may_publish() {
        return Err(format!(
            "У педагога «{}» нет действующего согласия на распространение персональных данных: его нельзя назвать на сайте",
            p.full_name
        ));
    }
    let publication = &mut d.publication;
    if publication.people.iter().any(|f| f.person == person) {
        return Err("Педагог уже есть в разделе".into());
    }
    if publication.people.len() >= MAX_FEATURED {
        return Err(format!("В разделе не больше {MAX_FEATURED} педагогов"));
    }
    publication.people.push(Featured {
        person: person.into(),
        story: String::new(),
    });
    Ok(())
}

/// Marks a roadmap row for coverage (or changes the day of its event).
pub fn mark_row(d: &mut SchoolData, row: &str, date: &str) -> Result<(), String> {
    if d.row(row).is_none() {
        return Err(format!("В дорожной карте нет строки «{row}»"));
    }
    check_date(date)?;
    let rows = &mut d.publication.rows;
    match rows.iter_mut().find(|r| r.row == row) {
        Some(r) => r.date = date.to_string(),
        None => rows.push(RowPost {
            row: row.to_string(),
            date: date.to_string(),
        }),
    }
    Ok(())
}

/// Records that a post was published on a channel on a day (`url` may be empty).
pub fn log_post(
    d: &mut SchoolData,
    key: &str,
    channel: Channel,
    date: &str,
    url: &str,
) -> Result<(), String> {
    check_date(date)?;
    let url = url.trim();
    if !url.is_empty() {
        check_url(url)?;
    }
    let post = posts(d, "")
        .into_iter()
        .find(|p| p.key == key)
        .ok_or("Нет такой публикации")?;
    let log = &mut d.publication.log;
    if log.len() >= MAX_LOG {
        return Err(format!("В журнале не больше {MAX_LOG} записей"));
    }
    log.push(LogEntry {
        date: date.to_string(),
        channel,
        item: post.key,
        title: post.title,
        stage: post.stage,
        url: url.to_string(),
    });
    Ok(())
}

/// «Опубликовать»: remembers the day, and logs the published news as put on the school site.
pub fn record_publication(d: &mut SchoolData, today: &str) {
    let p = &mut d.publication;
    p.published = today.to_string();
    for n in p.news.iter().filter(|n| n.published) {
        let item = format!("news:{}", n.id);
        let logged = p
            .log
            .iter()
            .any(|e| e.item == item && e.channel == Channel::Site);
        if !logged && p.log.len() < MAX_LOG {
            p.log.push(LogEntry {
                date: today.to_string(),
                channel: Channel::Site,
                item,
                title: n.title.clone(),
                stage: n.stage,
                url: String::new(),
            });
        }
    }
}

/// References, formats and sizes of the stored settings, for the archive check: the path
/// inside `data.publication` and the message.
pub fn check(d: &SchoolData) -> Result<(), (String, String)> {
    let p = &d.publication;
    let at = |path: String| move |m: String| (path, format!("{m}."));
    if !p.section_url.is_empty() {
        check_url(&p.section_url).map_err(at(".section_url".into()))?;
    }
    if !p.published.is_empty() {
        check_date(&p.published).map_err(at(".published".into()))?;
    }
    for (key, link) in &p.files {
        let path = format!(".files{}", crate::domain::json_path::key_segment(key));
        match DocKind::from_key(key) {
            Some(k) if k.publishable() => {}
            _ => return Err((path, format!("Нет публикуемого документа «{key}»."))),
        }
        check_file_link(link).map_err(at(path))?;
    }
    if p.people.len() > MAX_FEATURED
        || p.links.len() > MAX_LINKS
        || p.news.len() > MAX_NEWS
        || p.log.len() > MAX_LOG
    {
        return Err((String::new(), "Слишком много записей.".into()));
    }
    check_each(
        ("people", "person"),
        "Ссылка на несуществующего или повторного педагога",
        &p.people,
        (|f| &f.person, |id| d.person(id).is_some()),
        |f| check_len("Рассказ", &f.story, MAX_TEXT_CHARS).map_err(|m| (".story", m)),
    )?;
    for (i, l) in p.links.iter().enumerate() {
        check_len("Название", &l.title, MAX_TITLE_CHARS)
            .map_err(at(format!(".links[{i}].title")))?;
        check_url(&l.url).map_err(at(format!(".links[{i}].url")))?;
    }
    check_each(
        ("news", "id"),
        "Пустой или повторяющийся идентификатор новости",
        &p.news,
        (|n| &n.id, |id| !id.is_empty()),
        |n| check_news(n).map_err(|m| ("", m)),
    )?;
    check_each(
        ("rows", "row"),
        "Ссылка на несуществующую или повторную строку дорожной карты",
        &p.rows,
        (|r| &r.row, |id| d.row(id).is_some()),
        |r| check_date(&r.date).map_err(|m| (".date", m)),
    )?;
    for (i, e) in p.log.iter().enumerate() {
        check_date(&e.date).map_err(at(format!(".log[{i}].date")))?;
        check_stage(e.stage).map_err(at(format!(".log[{i}].stage")))?;
        check_len("Заголовок", &e.title, MAX_TITLE_CHARS)
            .map_err(at(format!(".log[{i}].title")))?;
        if !e.url.is_empty() {
            check_url(&e.url).map_err(at(format!(".log[{i}].url")))?;
        }
    }
    Ok(())
}

/// Checks each item of the list `list` (`people`): its key — `key` gives it — is `known` and
/// not an earlier item's, else the error at the key's `field` saying `what` with the key; then
/// `rest` checks the item, its error naming the field it is about (`.story`).
fn check_each<T>(
    (list, field): (&str, &str),
    what: &str,
    items: &[T],
    (key, known): (impl Fn(&T) -> &String, impl Fn(&str) -> bool),
    rest: impl Fn(&T) -> Result<(), (&'static str, String)>,
) -> Result<(), (String, String)> {
    for (i, item) in items.iter().enumerate() {
        let k = key(item);
        if !known(k) || items[..i].iter().any(|x| key(x) == k) {
            return Err((format!(".{list}[{i}].{field}"), format!("{what} «{k}».")));
        }
        rest(item).map_err(|(f, m)| (format!(".{list}[{i}]{f}"), format!("{m}.")))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Coverage in social networks
// ---------------------------------------------------------------------------------------

pub const HASHTAGS: &str = "#наставничество #педагоги #целеваямодельнаставничества";

/// A ready post about a roadmap row or a news item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    /// `row:1.1`, `news:n2`.
    pub key: String,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub stage: Option<u8>,
    /// The whole text to paste into ВКонтакте or Telegram.
    pub text: String,
}

/// The address of the section for posts: the one the coordinator gave, else
/// [`guessed_section_link`].
pub fn section_link(d: &SchoolData, here: &str) -> String {
    let given = d.publication.section_url.trim();
    if given.is_empty() {
        guessed_section_link(d, here)
    } else {
        given.to_string()
    }
}

/// The app's own address (`here`, without the hash) with `#/info` when the app runs on a
/// public site; else the school's site from the profile; else nothing.
pub fn guessed_section_link(d: &SchoolData, here: &str) -> String {
    let here = here.split('#').next().unwrap_or("");
    let host = here
        .split("://")
        .nth(1)
        .and_then(|r| r.split(['/', ':']).next())
        .unwrap_or("");
    let local = host.is_empty() || host == "localhost" || host.starts_with("127.") || host == "[";
    if check_url(here).is_ok() && !local {
        return format!("{here}#/info");
    }
    site_url(&d.profile.site).unwrap_or_default()
}

pub(super) fn school_name(d: &SchoolData) -> &str {
    [&d.profile.short_name, &d.profile.full_name]
        .into_iter()
        .map(|s| s.trim())
        .find(|s| !s.is_empty())
        .unwrap_or("")
}

/// The indices of `dates` (`YYYY-MM-DD`), newest first, equal dates in their order. A few
/// dozen items: an insertion sort, which keeps the wasm smaller than two monomorphized
/// `sort_by` (about 8 KB).
pub(super) fn newest_first(dates: &[&str]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(dates.len());
    for (i, date) in dates.iter().enumerate() {
        let at = out
            .iter()
            .position(|&j| dates[j] < *date)
            .unwrap_or(out.len());
        out.insert(at, i);
    }
    out
}

/// Posts for the marked roadmap rows and the published news, newest first.
pub fn posts(d: &SchoolData, link: &str) -> Vec<Post> {
    let mut out = Vec::new();
    for mark in &d.publication.rows {
        let Some(row) = d.row(&mark.row) else {
            continue;
        };
        let body = if row.status == TaskStatus::Done && !row.result.trim().is_empty() {
            format!("Итог: {}", row.result.trim())
        } else {
            row.content.trim().to_string()
        };
        out.push((
            format!("row:{}", row.id),
            row.event.trim().to_string(),
            mark.date.clone(),
            Some(row.stage),
            body,
        ));
    }
    for n in d.publication.news.iter().filter(|n| n.published) {
        out.push((
            format!("news:{}", n.id),
            n.title.clone(),
            n.date.clone(),
            n.stage,
            n.text.trim().to_string(),
        ));
    }
    let order = newest_first(&out.iter().map(|p| p.2.as_str()).collect::<Vec<_>>());
    let mut out: Vec<_> = out.into_iter().map(Some).collect();
    let school = school_name(d);
    order
        .into_iter()
        .filter_map(|i| out[i].take())
        .map(|(key, title, date, stage, body)| {
            let mut text = format!("{title}\n\n");
            if !body.is_empty() {
                text.push_str(&body);
                text.push_str("\n\n");
            }
            text.push_str(&date_ru(&date));
            if let Some(s) = stage.and_then(stages::stage) {
                text.push_str(&format!(" · Этап {}. {}", s.number, s.short_title));
            }
            text.push('\n');
            if !link.is_empty() {
                if school.is_empty() {
                    text.push_str(&format!("Подробнее о наставничестве: {link}\n"));
                } else {
                    text.push_str(&format!("Подробнее о наставничестве в {school}: {link}\n"));
                }
            }
            text.push('\n');
            text.push_str(HASHTAGS);
            Post {
                key,
                title,
                date,
                stage,
                text,
            }
        })
        .collect()
}

/// Stages (1–7) about which nothing has been published yet.
pub fn uncovered_stages(d: &SchoolData) -> Vec<u8> {
    (1..=STAGE_COUNT)
        .filter(|n| !stage_covered(&d.publication, *n))
        .collect()
}
