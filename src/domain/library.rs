//! Stage 6: the «методическая копилка» (a library of practices and materials of the
//! mentoring) and the final event («итоговое мероприятие») whose outcome is the practices
//! marked as best.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::people::Person;

/// The type of a material.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PracticeKind {
    #[default]
    Methodical,
    LessonNotes,
    Video,
    Presentation,
}

impl PracticeKind {
    pub const ALL: [PracticeKind; 4] = [
        PracticeKind::Methodical,
        PracticeKind::LessonNotes,
        PracticeKind::Video,
        PracticeKind::Presentation,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PracticeKind::Methodical => "methodical",
            PracticeKind::LessonNotes => "lesson_notes",
            PracticeKind::Video => "video",
            PracticeKind::Presentation => "presentation",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PracticeKind::Methodical => "методическая разработка",
            PracticeKind::LessonNotes => "конспект урока",
            PracticeKind::Video => "видео",
            PracticeKind::Presentation => "презентация",
        }
    }
}

/// A practice or material of the library.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    /// `k1`, `k2` …
    pub id: String,
    pub title: String,
    /// A person of the register, or empty.
    #[serde(default)]
    pub author: String,
    /// A need area of the taxonomy (the topic), or empty.
    #[serde(default)]
    pub area: String,
    pub kind: PracticeKind,
    /// A link to the material.
    #[serde(default)]
    pub link: String,
    /// A short text (annotation, or the material itself when short).
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Marked best at the final event.
    #[serde(default)]
    pub best: bool,
    /// To be published in the public section (stage 7 reads it).
    #[serde(default)]
    pub publish: bool,
}

super::records::record!(Practice, "Нет материала");

/// Longest title and link; longest text.
pub const MAX_TITLE_CHARS: usize = 300;
pub const MAX_TEXT_CHARS: usize = 5000;
/// Most items of the library.
pub const MAX_PRACTICES: usize = 2000;

/// Checks a practice and tidies its texts (spaces, tags).
pub fn check_practice(mut p: Practice) -> Result<Practice, String> {
    p.title = p.title.split_whitespace().collect::<Vec<_>>().join(" ");
    if p.title.is_empty() {
        return Err("Укажите название материала".into());
    }
    if p.title.chars().count() > MAX_TITLE_CHARS || p.link.chars().count() > MAX_TITLE_CHARS {
        return Err(format!(
            "Название и ссылка — не длиннее {MAX_TITLE_CHARS} знаков"
        ));
    }
    if p.text.chars().count() > MAX_TEXT_CHARS {
        return Err(format!("Текст — не длиннее {MAX_TEXT_CHARS} знаков"));
    }
    p.link = p.link.trim().to_string();
    let web = p.link.starts_with("https://") || p.link.starts_with("http://");
    if !(p.link.is_empty() || web) {
        return Err("Ссылка должна начинаться с https:// или http://".into());
    }
    let mut tags: Vec<String> = Vec::new();
    for t in p.tags.iter().flat_map(|t| t.split(',')) {
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() && !tags.iter().any(|x| x.to_lowercase() == t.to_lowercase()) {
            tags.push(t);
        }
    }
    p.tags = tags;
    Ok(p)
}

fn norm(s: &str) -> String {
    s.to_lowercase().replace('ё', "е")
}

/// The practices matching every word of `query` in the title, text, tags, type, topic or
/// author's name (case- and «ё»-insensitive), in library order.
pub fn search<'a>(
    items: &'a [Practice],
    query: &str,
    people: &[Person],
    areas: &[super::taxonomy::Area],
) -> Vec<&'a Practice> {
    let words: Vec<String> = norm(query).split_whitespace().map(String::from).collect();
    items
        .iter()
        .filter(|p| {
            if words.is_empty() {
                return true;
            }
            let author = people
                .iter()
                .find(|x| x.id == p.author)
                .map(|x| x.full_name.as_str())
                .unwrap_or("");
            let area = areas
                .iter()
                .find(|a| a.id == p.area)
                .map(|a| a.title.as_str())
                .unwrap_or("");
            let hay = norm(&format!(
                "{} {} {} {} {} {}",
                p.title,
                p.text,
                p.tags.join(" "),
                p.kind.label(),
                area,
                author
            ));
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .collect()
}

/// The author's name as the public section may show it: only with an active consent to
/// publication (art. 10.1 152-ФЗ); otherwise `None` (the material is shown without a name).
pub fn public_author(p: &Practice, people: &[Person]) -> Option<String> {
    people
        .iter()
        .find(|x| x.id == p.author)
        .filter(|x| x.may_publish())
        .map(|x| x.full_name.clone())
}

/// The final event of the year (stage 6).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FinalEvent {
    /// `YYYY-MM-DD`, empty until planned.
    pub date: String,
    /// «педагогический совет», «фестиваль педагогических идей», «конференция» …
    pub format: String,
    /// Ids of the participants.
    pub participants: BTreeSet<String>,
    /// The program: one item per line.
    pub program: String,
    /// The outcome in a few sentences (the best practices are marked in the library).
    pub outcome: String,
    /// Where it takes place («актовый зал»).
    pub place: String,
    /// When it starts, «15:00».
    pub time: String,
    /// The jury (экспертная группа) that chooses the best practices, one person a line
    /// («Иванова М.П., директор»).
    pub jury: String,
    /// The criteria of a best practice, one a line.
    pub criteria: String,
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

impl FinalEvent {
    /// The jury's members (non-empty lines).
    pub fn jury_members(&self) -> Vec<String> {
        lines(&self.jury)
    }

    /// The criteria of a best practice: the event's own, else the usual ones.
    pub fn criteria_items(&self) -> Vec<String> {
        let own = lines(&self.criteria);
        if !own.is_empty() {
            return own;
        }
        [
            "результативность: достижение целей персонализированной программы наставничества, динамика профессиональных компетенций наставляемого",
            "актуальность и практическая значимость для образовательной организации",
            "возможность тиражирования практики другими педагогами",
            "качество представления (материалы, продукты совместной деятельности наставника и наставляемого)",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    /// The program's items (non-empty lines).
    pub fn program_items(&self) -> Vec<String> {
        self.program
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    }
}

/// Checks the event's texts and date.
pub fn check_event(e: &FinalEvent) -> Result<(), String> {
    if !e.date.is_empty() && super::format::parse_date(&e.date).is_none() {
        return Err("Дата мероприятия — в формате ГГГГ-ММ-ДД".into());
    }
    if e.format.chars().count() > MAX_TITLE_CHARS {
        return Err(format!(
            "Форма проведения — не длиннее {MAX_TITLE_CHARS} знаков"
        ));
    }
    if e.program.chars().count() > MAX_TEXT_CHARS || e.outcome.chars().count() > MAX_TEXT_CHARS {
        return Err(format!(
            "Программа и итоги — не длиннее {MAX_TEXT_CHARS} знаков"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::people::Consent;
    use crate::domain::taxonomy::default_areas;

    fn practice(title: &str) -> Practice {
        Practice {
            title: title.into(),
            ..Default::default()
        }
    }

    #[test]
    fn practices_are_checked_and_tags_tidied() {
        let p = check_practice(Practice {
            tags: vec![" ФГОС, урок ,фгос".into(), "".into()],
            link: " https://school96.ru/m/1 ".into(),
            ..practice("  Урок   открытий ")
        })
        .unwrap();
        assert_eq!(p.title, "Урок открытий");
        assert_eq!(p.tags, ["ФГОС", "урок"]);
        assert_eq!(p.link, "https://school96.ru/m/1");
        assert!(check_practice(practice(" ")).is_err());
        assert!(check_practice(Practice {
            link: "javascript:alert(1)".into(),
            ..practice("x")
        })
        .unwrap_err()
        .contains("https://"));
    }

    #[test]
    fn search_matches_every_word_anywhere() {
        let people = vec![Person {
            id: "p1".into(),
            full_name: "Соколова Ольга".into(),
            ..Default::default()
        }];
        let items = vec![
            Practice {
                id: "k1".into(),
                author: "p1".into(),
                area: "parents".into(),
                tags: vec!["родительское собрание".into()],
                ..practice("Сценарий собрания")
            },
            Practice {
                id: "k2".into(),
                kind: PracticeKind::Video,
                text: "Приёмы работы с классом".into(),
                ..practice("Видеоурок")
            },
        ];
        let areas = default_areas();
        let ids = |q: &str| {
            search(&items, q, &people, &areas)
                .iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(""), ["k1", "k2"]);
        assert_eq!(ids("соколова"), ["k1"]);
        assert_eq!(ids("Взаимодействие родителями"), ["k1"]);
        assert_eq!(ids("ВИДЕО приемы"), ["k2"], "ё and case do not matter");
        assert!(ids("соколова видео").is_empty());
    }

    #[test]
    fn the_author_is_named_publicly_only_with_a_consent_to_publication() {
        let mut people = vec![Person {
            id: "p1".into(),
            full_name: "Соколова Ольга".into(),
            ..Default::default()
        }];
        let p = Practice {
            author: "p1".into(),
            publish: true,
            ..practice("Сценарий")
        };
        assert_eq!(public_author(&p, &people), None);
        people[0].consents.publication = Some(Consent {
            date: "2025-09-01".into(),
            ..Default::default()
        });
        assert_eq!(
            public_author(&p, &people).as_deref(),
            Some("Соколова Ольга")
        );
        people[0].consents.publication.as_mut().unwrap().withdrawn = "2026-01-10".into();
        assert_eq!(public_author(&p, &people), None);
    }

    #[test]
    fn the_event_program_is_its_lines() {
        let e = FinalEvent {
            program: "Открытие\n\n  Выступления пар \n".into(),
            ..Default::default()
        };
        assert_eq!(e.program_items(), ["Открытие", "Выступления пар"]);
        assert!(check_event(&FinalEvent {
            date: "20.05.2026".into(),
            ..Default::default()
        })
        .is_err());
    }
}
