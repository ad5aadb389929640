//! Stage 7: the public information section of the school site, and its coverage in social
//! networks.
//!
//! Two kinds of data live here:
//! - [`Publication`] — what the coordinator decides about publishing, kept in
//!   `SchoolData::publication`: whether the coordinator agreed to show their contacts, the
//!   teachers named on the page with their stories, links to municipal and regional pages,
//!   news, roadmap rows to cover in social networks and the log of what was published where.
//! - [`PublicInfo`] — the **public projection**, the only data that leaves the school's
//!   browser (`info.json` and `nastavnik-info.html`). [`project`] builds it. No field of it can
//!   hold a person's data except [`PublicPerson`], whose fields are private to this module and
//!   which [`project`] makes only for a person with an active consent to publication
//!   ([`Person::may_publish`]) whom the coordinator chose to name. Everything else is the
//!   school's own data (profile, local acts, the roadmap without its «ответственные» and
//!   notes) and aggregates. Questionnaires, contacts and birth dates of teachers never go in.
//!
//! The file is an envelope like the archive: `{"format": "nastavnik-info", "version": 1,
//! "date": "2025-10-01", "app_version": "0.1.0", "info": {...}}`. Later data (pairs,
//! satisfaction, best practices) is added as new fields with `#[serde(default)]`; a reader
//! ignores fields it does not know, so an older app on the site still shows a newer file, and
//! `version` grows only when an existing field changes its meaning.

pub mod html;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::data::{SchoolData, TaskStatus};
use super::documents::registry::{DocKind, DocStatus};
use super::format::{count, date_ru, parse_date};
use super::people::{BankStatus, Person};
use super::progress::{overall_percent, stage_progress, Measure};
use super::roadmap::stage_rows;
use super::stages::{self, STAGES, STAGE_COUNT};

/// Longest title of a news item or a link.
pub const MAX_TITLE_CHARS: usize = 300;
/// Longest text of a news item or a story.
pub const MAX_TEXT_CHARS: usize = 3000;
/// Longest web address.
pub const MAX_URL_CHARS: usize = 500;
pub const MAX_NEWS: usize = 300;
pub const MAX_LINKS: usize = 50;
pub const MAX_FEATURED: usize = 100;
pub const MAX_LOG: usize = 3000;

// ---------------------------------------------------------------------------------------
// The coordinator's settings (persisted)
// ---------------------------------------------------------------------------------------

/// Everything about publication that the school keeps (`SchoolData::publication`). Absent
/// from archives while empty, so version 3 archives stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// The coordinator agreed in writing to publish their name, position, phone and e-mail.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub coordinator_agreed: bool,
    /// The address of the section on the school site, for the links in posts
    /// (`https://school96.ru/nastavnik/#/info`); empty: guessed (see [`section_link`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub section_url: String,
    /// Teachers named on the page, with the story the coordinator wrote. Shown only while the
    /// person's consent to publication is in force.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Featured>,
    /// Municipal and regional pages about mentoring.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub news: Vec<News>,
    /// Roadmap rows to cover in social networks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<RowPost>,
    /// What was published where and when.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<LogEntry>,
    /// `YYYY-MM-DD` of the last «Опубликовать».
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub published: String,
    /// Document kind key → where the coordinator put its file (DOCX/PDF) on the site: an
    /// http(s) address or a file name next to `info.json`. The section links the title to it.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub files: std::collections::BTreeMap<String, String>,
}

impl Publication {
    pub fn is_empty(&self) -> bool {
        *self == Publication::default()
    }

    /// Drops what refers to a person (their deletion or anonymization).
    pub fn forget_person(&mut self, id: &str) {
        self.people.retain(|f| f.person != id);
    }

    /// Drops the coverage mark of a deleted roadmap row (the log keeps its history).
    pub fn forget_row(&mut self, id: &str) {
        self.rows.retain(|r| r.row != id);
    }
}

/// A teacher named on the page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Featured {
    /// The person's id.
    pub person: String,
    #[serde(default)]
    pub story: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// A news item of the section («Новости»), and a post for social networks when published.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct News {
    /// `n1`, `n2` …
    pub id: String,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    #[serde(default)]
    pub text: String,
    /// The stage of the roadmap it tells about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<u8>,
    /// Shown in the section and offered as a post.
    #[serde(default)]
    pub published: bool,
}

/// A roadmap row marked for coverage in social networks, with the day of the event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowPost {
    pub row: String,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// Where something was published.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Vk,
    Telegram,
    Site,
    Municipal,
    Regional,
}

impl Channel {
    pub const ALL: [Channel; 5] = [
        Channel::Vk,
        Channel::Telegram,
        Channel::Site,
        Channel::Municipal,
        Channel::Regional,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Channel::Vk => "ВКонтакте",
            Channel::Telegram => "Telegram",
            Channel::Site => "сайт школы",
            Channel::Municipal => "муниципальный уровень",
            Channel::Regional => "региональный уровень",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Channel::Vk => "vk",
            Channel::Telegram => "telegram",
            Channel::Site => "site",
            Channel::Municipal => "municipal",
            Channel::Regional => "regional",
        }
    }

    pub fn from_key(key: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// One publication: a snapshot of what was published, so the log outlives the item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub channel: Channel,
    /// The post's key (`row:1.1`, `news:n2`).
    pub item: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<u8>,
    /// The address of the publication, if known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
}

fn clean_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check_len(what: &str, s: &str, max: usize) -> Result<(), String> {
    if s.chars().count() > max {
        Err(format!("{what} — не длиннее {max} символов"))
    } else {
        Ok(())
    }
}

fn check_date(d: &str) -> Result<(), String> {
    parse_date(d)
        .map(|_| ())
        .ok_or_else(|| "Укажите дату".to_string())
}

fn check_stage(stage: Option<u8>) -> Result<(), String> {
    match stage {
        Some(n) if !(1..=STAGE_COUNT).contains(&n) => Err(format!("Нет этапа {n}")),
        _ => Ok(()),
    }
}

/// A web address that may go into a link: `http://` or `https://`, a host with a dot, no
/// spaces or quotes. Nothing else (no `javascript:`) can reach the page.
/// The address of a document's file: an http(s) address, or a plain file name next to
/// `info.json` («polozhenie.docx», «prikaz-45.pdf»: Latin letters, digits, `.`, `-`, `_`,
/// ending in .docx, .pdf or .html).
pub fn check_file_link(link: &str) -> Result<(), String> {
    if link.starts_with("http://") || link.starts_with("https://") {
        return check_url(link);
    }
    let lower = link.to_ascii_lowercase();
    let plain = !link.is_empty()
        && !link.starts_with('.')
        && !link.contains("..")
        && link
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
        && [".docx", ".pdf", ".html"]
            .iter()
            .any(|e| lower.ends_with(e));
    if plain {
        Ok(())
    } else {
        Err(
            "Укажите адрес файла (https://…) или имя файла рядом с info.json латиницей, \
             например polozhenie.docx или prikaz-45.pdf"
                .to_string(),
        )
    }
}

/// Sets (or, with an empty value, clears) where a publishable document's file is.
pub fn set_file(p: &mut Publication, kind: DocKind, link: &str) -> Result<(), String> {
    if !kind.publishable() {
        return Err("Этот документ не публикуется: в нём персональные данные".into());
    }
    let link = link.trim();
    if link.is_empty() {
        p.files.remove(kind.key());
        return Ok(());
    }
    check_file_link(link)?;
    p.files.insert(kind.key().to_string(), link.to_string());
    Ok(())
}

pub fn check_url(url: &str) -> Result<(), String> {
    let bad = || {
        Err(
            "Адрес должен начинаться с https:// или http://, например https://school.ru/news"
                .to_string(),
        )
    };
    let lower = url.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        return bad();
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty()
        || !host.contains('.')
        || host.starts_with('.')
        || url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(c))
    {
        return bad();
    }
    check_len("Адрес", url, MAX_URL_CHARS)
}

/// The school's site as a link: `school96.ru` gets `https://`; `None` when it is not a
/// usable address.
pub fn site_url(site: &str) -> Option<String> {
    let site = site.trim();
    if site.is_empty() {
        return None;
    }
    let lower = site.to_ascii_lowercase();
    let url = if lower.starts_with("http://") || lower.starts_with("https://") {
        site.to_string()
    } else {
        format!("https://{site}")
    };
    check_url(&url).ok().map(|_| url)
}

fn check_news(n: &News) -> Result<(), String> {
    if n.title.trim().is_empty() {
        return Err("Укажите заголовок новости".into());
    }
    check_len("Заголовок", &n.title, MAX_TITLE_CHARS)?;
    check_len("Текст новости", &n.text, MAX_TEXT_CHARS)?;
    check_date(&n.date)?;
    check_stage(n.stage)
}

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

pub fn set_story(p: &mut Publication, person: &str, story: &str) -> Result<(), String> {
    check_len("Рассказ", story, MAX_TEXT_CHARS)?;
    let f = p
        .people
        .iter_mut()
        .find(|f| f.person == person)
        .ok_or("Педагога нет в разделе")?;
    f.story = story.to_string();
    Ok(())
}

pub fn add_link(p: &mut Publication, title: &str, url: &str) -> Result<(), String> {
    let (title, url) = (clean_line(title), url.trim().to_string());
    if title.is_empty() {
        return Err("Укажите название ссылки".into());
    }
    check_len("Название", &title, MAX_TITLE_CHARS)?;
    check_url(&url)?;
    if p.links.len() >= MAX_LINKS {
        return Err(format!("Ссылок не больше {MAX_LINKS}"));
    }
    p.links.push(Link { title, url });
    Ok(())
}

/// Adds a news item; returns its id.
pub fn add_news(p: &mut Publication, mut news: News) -> Result<String, String> {
    news.title = clean_line(&news.title);
    news.text = news.text.trim().to_string();
    check_news(&news)?;
    if p.news.len() >= MAX_NEWS {
        return Err(format!("Новостей не больше {MAX_NEWS}"));
    }
    let next = p
        .news
        .iter()
        .filter_map(|n| n.id.strip_prefix('n').and_then(|n| n.parse::<u32>().ok()))
        .max()
        .unwrap_or(0)
        + 1;
    news.id = format!("n{next}");
    p.news.push(news.clone());
    Ok(news.id)
}

/// Changes a news item; refused (nothing changes) when the result is not valid.
pub fn edit_news(p: &mut Publication, id: &str, f: impl FnOnce(&mut News)) -> Result<(), String> {
    let item = p
        .news
        .iter_mut()
        .find(|n| n.id == id)
        .ok_or("Новость не найдена")?;
    let mut changed = item.clone();
    f(&mut changed);
    check_news(&changed)?;
    *item = changed;
    Ok(())
}

pub fn delete_news(p: &mut Publication, id: &str) {
    p.news.retain(|n| n.id != id);
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
    for (i, f) in p.people.iter().enumerate() {
        if d.person(&f.person).is_none() || p.people[..i].iter().any(|g| g.person == f.person) {
            return Err((
                format!(".people[{i}].person"),
                format!(
                    "Ссылка на несуществующего или повторного педагога «{}».",
                    f.person
                ),
            ));
        }
        check_len("Рассказ", &f.story, MAX_TEXT_CHARS)
            .map_err(at(format!(".people[{i}].story")))?;
    }
    for (i, l) in p.links.iter().enumerate() {
        check_len("Название", &l.title, MAX_TITLE_CHARS)
            .map_err(at(format!(".links[{i}].title")))?;
        check_url(&l.url).map_err(at(format!(".links[{i}].url")))?;
    }
    for (i, n) in p.news.iter().enumerate() {
        if n.id.is_empty() || p.news[..i].iter().any(|m| m.id == n.id) {
            return Err((
                format!(".news[{i}].id"),
                format!("Пустой или повторяющийся идентификатор новости «{}».", n.id),
            ));
        }
        check_news(n).map_err(at(format!(".news[{i}]")))?;
    }
    for (i, r) in p.rows.iter().enumerate() {
        if d.row(&r.row).is_none() || p.rows[..i].iter().any(|s| s.row == r.row) {
            return Err((
                format!(".rows[{i}].row"),
                format!(
                    "Ссылка на несуществующую или повторную строку дорожной карты «{}».",
                    r.row
                ),
            ));
        }
        check_date(&r.date).map_err(at(format!(".rows[{i}].date")))?;
    }
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

fn school_name(d: &SchoolData) -> &str {
    [&d.profile.short_name, &d.profile.full_name]
        .into_iter()
        .map(|s| s.trim())
        .find(|s| !s.is_empty())
        .unwrap_or("")
}

/// The indices of `dates` (`YYYY-MM-DD`), newest first, equal dates in their order. A few
/// dozen items: an insertion sort, which keeps the wasm smaller than two monomorphized
/// `sort_by` (about 8 KB).
fn newest_first(dates: &[&str]) -> Vec<usize> {
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

/// Whether something about the stage was published anywhere.
pub fn stage_covered(p: &Publication, stage: u8) -> bool {
    p.log.iter().any(|e| e.stage == Some(stage))
}

/// Stages with a roadmap row in progress or done.
pub fn started_stages(d: &SchoolData) -> Vec<u8> {
    (1..=STAGE_COUNT)
        .filter(|n| {
            d.roadmap
                .iter()
                .any(|r| r.stage == *n && r.status != TaskStatus::NotStarted)
        })
        .collect()
}

/// Stages (1–7) about which nothing has been published yet.
pub fn uncovered_stages(d: &SchoolData) -> Vec<u8> {
    (1..=STAGE_COUNT)
        .filter(|n| !stage_covered(&d.publication, *n))
        .collect()
}

/// The measures of stage 7 (see `progress::measures`): the section's files were made, and
/// every started stage has at least one publication.
pub fn measures(d: &SchoolData) -> Vec<Measure> {
    let p = &d.publication;
    let made = Measure {
        title: "Материалы раздела на сайте сформированы («Опубликовать»)",
        detail: if p.published.is_empty() {
            "ещё не формировались".into()
        } else {
            format!("последний раз {}", date_ru(&p.published))
        },
        status: if p.published.is_empty() {
            TaskStatus::NotStarted
        } else {
            TaskStatus::Done
        },
    };
    let started = started_stages(d);
    let covered = started.iter().filter(|n| stage_covered(p, **n)).count();
    let coverage = Measure {
        title: "Мероприятия начатых этапов освещены (сайт, социальные сети)",
        detail: if started.is_empty() {
            "ни один этап ещё не начат".into()
        } else {
            format!(
                "этапы с публикациями: {covered} из {} начатых",
                started.len()
            )
        },
        status: if !started.is_empty() && covered == started.len() {
            TaskStatus::Done
        } else if covered > 0 {
            TaskStatus::InProgress
        } else {
            TaskStatus::NotStarted
        },
    };
    vec![made, coverage]
}

// ---------------------------------------------------------------------------------------
// The public projection
// ---------------------------------------------------------------------------------------

pub const INFO_FORMAT: &str = "nastavnik-info";
/// The version of `info.json` this build writes.
pub const INFO_VERSION: u32 = 1;
/// The largest `info.json` accepted.
pub const MAX_INFO_BYTES: usize = 5 * 1024 * 1024;

/// `info.json`: the envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InfoFile {
    pub format: String,
    pub version: u32,
    /// `YYYY-MM-DD` the section was made.
    pub date: String,
    #[serde(default)]
    pub app_version: String,
    pub info: PublicInfo,
}

/// What visitors of the school site see.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicInfo {
    pub school: PublicSchool,
    /// Only when the coordinator agreed (`Publication::coordinator_agreed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinator: Option<PublicContact>,
    /// «О системе наставничества», paragraphs.
    #[serde(default)]
    pub about: Vec<String>,
    /// The forms of mentoring the school uses, as the recommendations name them.
    #[serde(default)]
    pub forms: Vec<String>,
    #[serde(default)]
    pub figures: Figures,
    /// The roadmap by stage.
    #[serde(default)]
    pub stages: Vec<PublicStage>,
    /// Local acts without personal data, signed or published.
    #[serde(default)]
    pub documents: Vec<PublicDocument>,
    /// Teachers with a consent to publication whom the coordinator named.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PublicPerson>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub news: Vec<PublicNews>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<PublicLink>,
    /// Items of the «методическая копилка» flagged for publication.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub practices: Vec<PublicPractice>,
}

/// A practice of the library flagged for publication. The author is named only with their
/// publication consent (152-ФЗ art. 10.1); otherwise the field is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicPractice {
    pub title: String,
    /// «методическая разработка», «конспект урока» …
    pub kind: String,
    #[serde(default)]
    pub author: String,
    /// The need area (topic), if any.
    #[serde(default)]
    pub topic: String,
    /// An http(s) address or empty.
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub best: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicSchool {
    pub full_name: String,
    pub short_name: String,
    #[serde(default)]
    pub city: String,
    /// An http(s) address or empty.
    #[serde(default)]
    pub site: String,
    #[serde(default)]
    pub academic_year: String,
}

/// The coordinator's contact, published with their agreement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicContact {
    pub full_name: String,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

/// Aggregates only. Later figures (satisfaction, best practices) come as `Option` fields with
/// `#[serde(default, skip_serializing_if = "Option::is_none")]`, like `pairs`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    /// Teachers included in either bank.
    #[serde(default)]
    pub participants: u32,
    #[serde(default)]
    pub mentees: u32,
    #[serde(default)]
    pub mentors: u32,
    /// Overall progress of the roadmap, %.
    #[serde(default)]
    pub progress: u8,
    /// Active pairs and groups (stage 5), once the school has formed any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pairs: Option<u32>,
    /// Satisfaction of the mentees in the last final round, in tenths of a 10-point scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfaction: Option<u32>,
    /// Practices marked best at the final event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_practices: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicStage {
    pub number: u8,
    pub title: String,
    #[serde(default)]
    pub percent: u8,
    #[serde(default)]
    pub rows: Vec<PublicRow>,
}

/// A roadmap event: no «ответственные» and no notes (they may name people).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicRow {
    pub event: String,
    #[serde(default)]
    pub deadline: String,
    #[serde(default)]
    pub status: TaskStatus,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicDocument {
    pub title: String,
    #[serde(default)]
    pub number: String,
    /// `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub status: DocStatus,
    /// Where its file is (see [`Publication::files`]), or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link: String,
}

/// A teacher named with their consent. Its fields are private: only [`project`] makes one,
/// and only from a person who [`Person::may_publish`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicPerson {
    name: String,
    #[serde(default)]
    position: String,
    /// «наставник», «наставляемый» …
    #[serde(default)]
    role: String,
    #[serde(default)]
    story: String,
}

impl PublicPerson {
    fn of(p: &Person, story: &str) -> Option<PublicPerson> {
        if !p.may_publish() {
            return None;
        }
        let role = match (p.mentor.is_some(), p.mentee.is_some()) {
            (true, true) => "наставник и наставляемый",
            (true, false) => "наставник",
            (false, true) => "наставляемый",
            (false, false) => "",
        };
        Some(PublicPerson {
            name: p.full_name.trim().to_string(),
            position: p.position.trim().to_string(),
            role: role.into(),
            story: story.trim().to_string(),
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicNews {
    pub title: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<u8>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicLink {
    pub title: String,
    /// http(s) only.
    pub url: String,
}

/// «О системе наставничества»: two paragraphs after the Положение, with the school's forms.
pub fn about(d: &SchoolData) -> Vec<String> {
    let p = &d.profile;
    let school = school_name(d);
    let order = d.document(DocKind::OrderRegulation);
    let approved = if order.status != DocStatus::Draft && parse_date(&order.date).is_some() {
        let number = if order.number.trim().is_empty() {
            String::new()
        } else {
            format!(" № {}", order.number.trim())
        };
        format!(
            " Положение о целевой модели наставничества педагогических работников утверждено приказом от {}{number}.",
            date_ru(&order.date)
        )
    } else {
        String::new()
    };
    let year = p.academic_year.trim();
    let year = if year.is_empty() {
        String::new()
    } else {
        format!(" на {year} учебный год")
    };
    let first = format!(
        "В {} действует система (целевая модель) наставничества педагогических работников.{approved} \
         Работа идёт по Дорожной карте{year}: от принятия локальных актов и формирования банков \
         наставляемых и наставников до итогового мероприятия, на котором выявляются лучшие практики \
         наставничества.",
        if school.is_empty() { "школе" } else { school }
    );
    let forms = p
        .forms
        .iter()
        .map(|f| f.label())
        .collect::<Vec<_>>()
        .join("; ");
    let forms = if forms.is_empty() {
        String::new()
    } else {
        format!(" В школе применяются формы наставничества: {forms}.")
    };
    let second = format!(
        "Наставничество помогает молодым специалистам, педагогам, пришедшим в школу или на новую \
         должность, и всем, кому нужна поддержка, освоиться в профессии и преодолеть \
         профессиональные затруднения, а опытным педагогам — передать свой опыт. Наставник \
         работает добровольно, с письменного согласия (статья 351.8 Трудового кодекса Российской \
         Федерации), по персонализированной программе наставничества на срок от трёх месяцев до \
         одного года.{forms} Встречи проходят очно, дистанционно или смешанно."
    );
    vec![first, second]
}

/// The public projection of the school's data on `date` (`YYYY-MM-DD`).
pub fn project(d: &SchoolData, date: &str) -> InfoFile {
    let p = &d.profile;
    let included = |r: Option<BankStatus>| r == Some(BankStatus::Included);
    let mentee = |x: &Person| included(x.mentee.as_ref().map(|r| r.status));
    let mentor = |x: &Person| included(x.mentor.as_ref().map(|r| r.status));
    let figures = Figures {
        participants: d.people.iter().filter(|x| mentee(x) || mentor(x)).count() as u32,
        mentees: d.people.iter().filter(|x| mentee(x)).count() as u32,
        mentors: d.people.iter().filter(|x| mentor(x)).count() as u32,
        progress: overall_percent(d),
        pairs: (!d.pairs.is_empty()).then(|| d.pairs.iter().filter(|g| g.active()).count() as u32),
        satisfaction: super::results::indicators(d).satisfaction[0],
        best_practices: {
            let best = d.library.iter().filter(|p| p.best).count() as u32;
            (best > 0).then_some(best)
        },
    };
    let practices = d
        .library
        .iter()
        .filter(|p| p.publish)
        .map(|p| PublicPractice {
            title: p.title.trim().to_string(),
            kind: p.kind.label().to_string(),
            author: d
                .person(&p.author)
                .filter(|a| a.may_publish())
                .map(|a| a.full_name.clone())
                .unwrap_or_default(),
            topic: d
                .taxonomy
                .iter()
                .find(|a| a.id == p.area)
                .map(|a| a.title.clone())
                .unwrap_or_default(),
            link: if check_url(&p.link).is_ok() {
                p.link.clone()
            } else {
                String::new()
            },
            text: p.text.trim().to_string(),
            best: p.best,
        })
        .collect();
    let coordinator = d.publication.coordinator_agreed.then(|| PublicContact {
        full_name: p.coordinator.full_name.trim().to_string(),
        position: p.coordinator.position.trim().to_string(),
        phone: p.coordinator.phone.trim().to_string(),
        email: p.coordinator.email.trim().to_string(),
    });
    let stages = STAGES
        .iter()
        .map(|s| PublicStage {
            number: s.number,
            title: s.title.to_string(),
            percent: stage_progress(d, s).percent,
            rows: stage_rows(&d.roadmap, s)
                .map(|r| PublicRow {
                    event: r.event.trim().to_string(),
                    deadline: r.deadline.trim().to_string(),
                    status: r.status,
                })
                .collect(),
        })
        .collect();
    let documents = DocKind::ALL
        .into_iter()
        .filter(|k| k.publishable())
        .filter_map(|k| {
            let r = d.document(k);
            (r.status != DocStatus::Draft).then(|| PublicDocument {
                title: k.title().to_string(),
                number: r.number.trim().to_string(),
                date: if parse_date(&r.date).is_some() {
                    r.date.clone()
                } else {
                    String::new()
                },
                status: r.status,
                link: d
                    .publication
                    .files
                    .get(k.key())
                    .filter(|l| check_file_link(l).is_ok())
                    .cloned()
                    .unwrap_or_default(),
            })
        })
        .collect();
    let people = d
        .publication
        .people
        .iter()
        .filter_map(|f| PublicPerson::of(d.person(&f.person)?, &f.story))
        .collect();
    let published: Vec<&News> = d.publication.news.iter().filter(|n| n.published).collect();
    let news = newest_first(
        &published
            .iter()
            .map(|n| n.date.as_str())
            .collect::<Vec<_>>(),
    )
    .into_iter()
    .map(|i| PublicNews {
        title: published[i].title.clone(),
        date: published[i].date.clone(),
        text: published[i].text.clone(),
        stage: published[i].stage,
    })
    .collect();
    let links = d
        .publication
        .links
        .iter()
        .filter(|l| check_url(&l.url).is_ok())
        .map(|l| PublicLink {
            title: l.title.clone(),
            url: l.url.clone(),
        })
        .collect();
    InfoFile {
        format: INFO_FORMAT.into(),
        version: INFO_VERSION,
        date: date.to_string(),
        app_version: super::archive::APP_VERSION.into(),
        info: PublicInfo {
            school: PublicSchool {
                full_name: p.full_name.trim().to_string(),
                short_name: p.short_name.trim().to_string(),
                city: p.city.trim().to_string(),
                site: site_url(&p.site).unwrap_or_default(),
                academic_year: p.academic_year.trim().to_string(),
            },
            coordinator,
            about: about(d),
            forms: p.forms.iter().map(|f| f.label().to_string()).collect(),
            figures,
            stages,
            documents,
            people,
            news,
            links,
            practices,
        },
    }
}

impl InfoFile {
    /// Indented JSON (through a `Value`, like the archive: one serializer per type in the wasm).
    pub fn to_json(&self) -> String {
        let compact = serde_json::to_string(self).expect("the projection always serializes");
        let value: Value = serde_json::from_str(&compact).expect("our own JSON parses");
        serde_json::to_string_pretty(&value).expect("a value always serializes")
    }
}

/// Reads `info.json` completely; every problem is a Russian sentence that says what is wrong.
pub fn decode(bytes: &[u8]) -> Result<InfoFile, String> {
    if bytes.len() > MAX_INFO_BYTES {
        return Err(format!(
            "Файл info.json слишком большой: {}. Раздел не может быть больше 5 МБ.",
            count(bytes.len() as u64, ["байт", "байта", "байт"])
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|_| "Файл info.json не является текстом в кодировке UTF-8.".to_string())?;
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err("Файл info.json пуст.".into());
    }
    if trimmed.starts_with('<') {
        return Err(
            "Вместо файла info.json сервер прислал веб-страницу (HTML): вероятно, файла нет в папке программы на сайте."
                .into(),
        );
    }
    check_head(
        text,
        &FileWords {
            file: "Файл info.json",
            in_file: "В файле info.json",
            cut: "он загружен на сайт не полностью",
            not_ours: "Это не файл раздела «Наставника»",
            update: "Обновите программу на сайте школы.",
        },
        INFO_FORMAT,
        INFO_VERSION,
    )?;
    let file: InfoFile = serde_json::from_str(text).map_err(|e| {
        let message = super::archive::json_error_message(&e);
        format!(
            "В файле info.json ошибка (строка {}, столбец {}): {}",
            e.line(),
            e.column(),
            lower_first(&message)
        )
    })?;
    check_file(&file)?;
    Ok(file)
}

/// How a kind of file of ours is named in the messages about it.
pub(crate) struct FileWords {
    /// «Файл info.json».
    pub file: &'static str,
    /// «В файле info.json».
    pub in_file: &'static str,
    /// What to say about a cut file: «он загружен на сайт не полностью».
    pub cut: &'static str,
    /// «Это не файл раздела «Наставника»».
    pub not_ours: &'static str,
    /// What to do with a file of a newer version.
    pub update: &'static str,
}

/// The first checks of a versioned JSON envelope of ours (`info.json`, the report file): JSON,
/// an object, its `format` and a `version` this program reads; Russian messages.
pub(crate) fn check_head(
    text: &str,
    w: &FileWords,
    format: &str,
    version: u32,
) -> Result<(), String> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            format!(
                "{} обрывается (строка {}, столбец {}): {}.",
                w.file,
                e.line(),
                e.column(),
                w.cut
            )
        } else {
            format!(
                "{} повреждён: это не JSON (ошибка в строке {}, столбце {}).",
                w.file,
                e.line(),
                e.column()
            )
        }
    })?;
    let not_ours = w.not_ours;
    let Some(obj) = value.as_object() else {
        return Err(format!("{not_ours}: в файле не объект JSON."));
    };
    match obj.get("format").and_then(Value::as_str) {
        Some(f) if f == format => {}
        Some(f) => return Err(format!("{not_ours}: формат «{f}», а нужен «{format}».")),
        None => return Err(format!("{not_ours}: нет поля format.")),
    }
    match obj.get("version").and_then(Value::as_u64) {
        Some(v) if v > version as u64 => Err(format!(
            "{} создан более новой версией «Наставника» (версия формата {v}), а эта \
             программа понимает версии до {version}. {}",
            w.file, w.update
        )),
        Some(v) if v >= 1 => Ok(()),
        _ => Err(format!(
            "{} нет верного номера версии (поле version).",
            w.in_file
        )),
    }
}

/// «Ожидалось …» → «ожидалось …», to follow a colon.
pub(crate) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// What types cannot say: dates, safe addresses.
fn check_file(f: &InfoFile) -> Result<(), String> {
    let i = &f.info;
    let bad_date = |what: &str, d: &str| {
        format!("В файле info.json неверная дата {what}: «{d}» (нужен вид ГГГГ-ММ-ДД).")
    };
    if parse_date(&f.date).is_none() {
        return Err(bad_date("раздела (date)", &f.date));
    }
    if !i.school.site.is_empty() && check_url(&i.school.site).is_err() {
        return Err(format!(
            "В файле info.json неверный адрес сайта школы «{}»: нужен адрес, начинающийся с https:// или http://.",
            i.school.site
        ));
    }
    for (n, l) in i.links.iter().enumerate() {
        if check_url(&l.url).is_err() {
            return Err(format!(
                "В файле info.json неверный адрес ссылки «{}» (links[{n}].url): нужен адрес, начинающийся с https:// или http://.",
                l.url
            ));
        }
    }
    for (n, x) in i.news.iter().enumerate() {
        if parse_date(&x.date).is_none() {
            return Err(bad_date(&format!("новости (news[{n}].date)"), &x.date));
        }
    }
    for (n, x) in i.documents.iter().enumerate() {
        if !x.date.is_empty() && parse_date(&x.date).is_none() {
            return Err(bad_date(
                &format!("документа (documents[{n}].date)"),
                &x.date,
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
