//! The coordinator's publishing settings, kept in `SchoolData::publication`, and the edits
//! that need nothing else: files, stories, links, news. Core data: it needs no `SchoolData`.

use serde::{Deserialize, Serialize};

use crate::domain::documents::registry::DocKind;
use crate::domain::format::parse_date;
use crate::domain::stages::STAGE_COUNT;

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
#[serde(default, deny_unknown_fields)]
pub struct Publication {
    /// The coordinator agreed in writing to publish their name, position, phone and e-mail.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub coordinator_agreed: bool,
    /// The address of the section on the school site, for the links in posts
    /// (`https://school96.ru/nastavnik/#/info`); empty: guessed (see [`section_link`]).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub section_url: String,
    /// Teachers named on the page, with the story the coordinator wrote. Shown only while the
    /// person's consent to publication is in force.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Featured>,
    /// Municipal and regional pages about mentoring.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub news: Vec<News>,
    /// Roadmap rows to cover in social networks.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<RowPost>,
    /// What was published where and when.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<LogEntry>,
    /// `YYYY-MM-DD` of the last «Опубликовать».
    #[serde(skip_serializing_if = "String::is_empty")]
    pub published: String,
    /// Document kind key → where the coordinator put its file (DOCX/PDF) on the site: an
    /// http(s) address or a file name next to `info.json`. The section links the title to it.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
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

pub(super) fn clean_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(super) fn check_len(what: &str, s: &str, max: usize) -> Result<(), String> {
    if s.chars().count() > max {
        Err(format!("{what} — не длиннее {max} символов"))
    } else {
        Ok(())
    }
}

pub(super) fn check_date(d: &str) -> Result<(), String> {
    parse_date(d)
        .map(|_| ())
        .ok_or_else(|| "Укажите дату".to_string())
}

pub(super) fn check_stage(stage: Option<u8>) -> Result<(), String> {
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

pub(super) fn check_news(n: &News) -> Result<(), String> {
    if n.title.trim().is_empty() {
        return Err("Укажите заголовок новости".into());
    }
    check_len("Заголовок", &n.title, MAX_TITLE_CHARS)?;
    check_len("Текст новости", &n.text, MAX_TEXT_CHARS)?;
    check_date(&n.date)?;
    check_stage(n.stage)
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

/// Whether something about the stage was published anywhere.
pub fn stage_covered(p: &Publication, stage: u8) -> bool {
    p.log.iter().any(|e| e.stage == Some(stage))
}
