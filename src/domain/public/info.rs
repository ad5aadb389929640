//! The public projection ([`PublicInfo`]) and its file (`info.json`).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::data::{SchoolData, TaskStatus};
use crate::domain::documents::registry::{DocKind, DocStatus};
use crate::domain::format::{count, date_ru, parse_date};
use crate::domain::history::{self, YearFigures};
use crate::domain::people::Person;
use crate::domain::progress::{overall_percent, stage_progress};
use crate::domain::roadmap::stage_rows;
use crate::domain::stages::STAGES;

use super::publication::*;
use super::section::{newest_first, school_name};

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
    /// The school's years side by side, oldest first, the current one last; absent while the
    /// school has one year (figures only, see [`crate::domain::history`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<YearFigures>,
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

/// Aggregates only; every field may be absent (`#[serde(default)]`). Later figures
/// (satisfaction, best practices) come as `Option` fields with
/// `#[serde(skip_serializing_if = "Option::is_none")]`, like `pairs`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Figures {
    /// Teachers included in either bank.
    pub participants: u32,
    pub mentees: u32,
    pub mentors: u32,
    /// Overall progress of the roadmap, %.
    pub progress: u8,
    /// Active pairs and groups (stage 5), once the school has formed any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pairs: Option<u32>,
    /// Satisfaction of the mentees in the last final round, in tenths of a 10-point scale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub satisfaction: Option<u32>,
    /// Practices marked best at the final event.
    #[serde(skip_serializing_if = "Option::is_none")]
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

/// A teacher named with their consent. Its fields are private to `public`: only [`project`] makes one,
/// and only from a person who [`Person::may_publish`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicPerson {
    pub(super) name: String,
    #[serde(default)]
    pub(super) position: String,
    /// «наставник», «наставляемый» …
    #[serde(default)]
    pub(super) role: String,
    #[serde(default)]
    pub(super) story: String,
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
    let people = |f: fn(&Person) -> bool| d.people.iter().filter(|x| f(x)).count() as u32;
    // The bank and the best practices as the results count them (stage 6).
    let ind = crate::domain::results::indicators(d);
    let figures = Figures {
        participants: people(Person::participant),
        mentees: ind.bank as u32,
        mentors: people(Person::included_mentor),
        progress: overall_percent(d),
        pairs: (!d.pairs.is_empty()).then(|| d.pairs.iter().filter(|g| g.active()).count() as u32),
        satisfaction: ind.satisfaction[0],
        best_practices: (ind.best > 0).then_some(ind.best as u32),
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
        app_version: crate::domain::archive::APP_VERSION.into(),
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
            history: history::years(d),
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

/// How `info.json` is named in the messages about it.
const INFO_WORDS: FileWords = FileWords {
    file: "Файл info.json",
    in_file: "В файле info.json",
    limit: "Раздел не может быть больше 5 МБ.",
    cut: "он загружен на сайт не полностью",
    not_ours: "Это не файл раздела «Наставника»",
    update: "Обновите программу на сайте школы.",
};

/// Reads `info.json` completely; every problem is a Russian sentence that says what is wrong.
pub fn decode(bytes: &[u8]) -> Result<InfoFile, String> {
    let text = file_text(bytes, MAX_INFO_BYTES, &INFO_WORDS)?;
    if text.trim_start().starts_with('<') {
        return Err(
            "Вместо файла info.json сервер прислал веб-страницу (HTML): вероятно, файла нет в папке программы на сайте."
                .into(),
        );
    }
    let file: InfoFile = parse_checked(text, &INFO_WORDS, INFO_FORMAT, INFO_VERSION)?;
    check_file(&file)?;
    Ok(file)
}

/// How a kind of file of ours is named in the messages about it.
pub(crate) struct FileWords {
    /// «Файл info.json».
    pub file: &'static str,
    /// «В файле info.json».
    pub in_file: &'static str,
    /// What to say about a file too large: «Раздел не может быть больше 5 МБ.».
    pub limit: &'static str,
    /// What to say about a cut file: «он загружен на сайт не полностью».
    pub cut: &'static str,
    /// «Это не файл раздела «Наставника»».
    pub not_ours: &'static str,
    /// What to do with a file of a newer version.
    pub update: &'static str,
}

/// The text of a JSON file of ours of at most `max` bytes: without a byte order mark, in
/// UTF-8 and not blank; Russian messages.
pub(crate) fn file_text<'a>(bytes: &'a [u8], max: usize, w: &FileWords) -> Result<&'a str, String> {
    if bytes.len() > max {
        return Err(format!(
            "{} слишком большой: {}. {}",
            w.file,
            count(bytes.len() as u64, ["байт", "байта", "байт"]),
            w.limit
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|_| format!("{} не является текстом в кодировке UTF-8.", w.file))?;
    if text.trim().is_empty() {
        return Err(format!("{} пуст.", w.file));
    }
    Ok(text)
}

/// Reads a versioned JSON envelope of ours after [`check_head`]; a value of a wrong type is
/// named with its line and column.
pub(crate) fn parse_checked<T: serde::de::DeserializeOwned>(
    text: &str,
    w: &FileWords,
    format: &str,
    version: u32,
) -> Result<T, String> {
    check_head(text, w, format, version)?;
    serde_json::from_str(text).map_err(|e| {
        let message = crate::domain::archive::json_error_message(&e);
        format!(
            "{} ошибка (строка {}, столбец {}): {}",
            w.in_file,
            e.line(),
            e.column(),
            lower_first(&message)
        )
    })
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
    history::check(&i.history).map_err(|e| format!("В файле info.json {e}."))?;
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
