//! Hash routing for plain static hosting.
//!
//! The app lives in a sub-folder of a school site with no URL rewrites, so the screen's
//! address is kept after `#` (`…/nastavnik/#/stage/5`): a reload or a deep link always loads
//! `index.html`. leptos_router 0.8's `Router` reads only the path (leptos-rs/leptos#2184), so
//! this module keeps a signal in sync with `hashchange` and matches the hash with
//! leptos_router's own `path!` segments.

use leptos_router::{path, ParamSegment, PossibleRouteMatch, StaticSegment};

use crate::domain::documents::registry::DocKind;
use crate::domain::stages::{self, STAGE_COUNT};

/// Every screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Overview,
    Profile,
    Stage(u8),
    Data,
    Documents,
    Document(DocKind),
    /// A personal document (a consent, a mentor's agreement) made for one teacher.
    PersonDocument(DocKind, String),
    People,
    Person(String),
    /// Importing a teacher list from a CSV or XLSX file.
    Import,
    /// A mentoring pair or group with its ПНП.
    Pair(String),
    /// «Публикация»: the public section, its preview, news, posts (stage 7).
    Publish,
    /// The public section for visitors of the school site: read-only, from `info.json`, and
    /// started without the storage (see `ui::App`).
    Info,
    /// «Сводка по школам» for the municipality: started without the storage, like `Info`.
    Rollup,
    NotFound(String),
}

fn full_match(route: impl PossibleRouteMatch, path: &str) -> Option<Vec<String>> {
    route
        .test(path)
        .filter(|m| m.is_complete())
        .map(|m| m.params().into_iter().map(|(_, v)| v).collect())
}

/// A route made from an id in the address (a pair's, a person's).
type ById = fn(String) -> Route;

impl Route {
    /// The screens whose address is one fixed segment (`#/profile`).
    const PAGES: [Route; 8] = [
        Route::Profile,
        Route::Data,
        Route::Import,
        Route::Publish,
        Route::Info,
        Route::Rollup,
        Route::People,
        Route::Documents,
    ];

    /// The address segment of a screen in [`Route::PAGES`].
    fn segment(&self) -> Option<&'static str> {
        Some(match self {
            Route::Profile => "profile",
            Route::Data => "data",
            Route::Import => "import",
            Route::Publish => "publish",
            Route::Info => "info",
            Route::Rollup => "rollup",
            Route::People => "people",
            Route::Documents => "documents",
            _ => return None,
        })
    }

    /// Parses `location.hash` (`""`, `"#/"`, `"#/stage/5"` …).
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.split(['?', '#']).next().unwrap_or("");
        let path = if path.is_empty() { "/" } else { path };
        if full_match(path!("/"), path).is_some() {
            return Route::Overview;
        }
        for route in Route::PAGES {
            let segment = route.segment().expect("a page without parameters");
            if full_match((StaticSegment(segment),), path).is_some() {
                return route;
            }
        }
        // A pair's or a person's page: `/<segment>/<id>` with a non-empty id.
        let with_id: [(&str, ById); 2] = [("pairs", Route::Pair), ("people", Route::Person)];
        for (segment, route) in with_id {
            let params = full_match((StaticSegment(segment), ParamSegment("id")), path);
            if let Some(id) = params
                .and_then(|p| p.into_iter().next())
                .filter(|id| !id.is_empty())
            {
                return route(id);
            }
        }
        if let Some(params) = full_match(path!("/documents/:key/:person"), path) {
            if let (Some(kind), Some(person)) = (
                params.first().and_then(|k| DocKind::from_key(k)),
                params.get(1).filter(|p| !p.is_empty()),
            ) {
                return Route::PersonDocument(kind, person.clone());
            }
        }
        if let Some(params) = full_match(path!("/documents/:key"), path) {
            if let Some(kind) = params.first().and_then(|k| DocKind::from_key(k)) {
                return Route::Document(kind);
            }
        }
        if let Some(params) = full_match(path!("/stage/:n"), path) {
            if let Some(n) = params.first().and_then(|n| n.parse::<u8>().ok()) {
                if (1..=STAGE_COUNT).contains(&n) && n.to_string() == params[0] {
                    return Route::Stage(n);
                }
            }
        }
        Route::NotFound(path.to_string())
    }

    /// The `href` of a link to this screen.
    pub fn href(&self) -> String {
        match self {
            Route::Overview => "#/".into(),
            Route::Stage(n) => format!("#/stage/{n}"),
            Route::Document(k) => format!("#/documents/{}", k.key()),
            Route::PersonDocument(k, id) => format!("#/documents/{}/{id}", k.key()),
            Route::Person(id) => format!("#/people/{id}"),
            Route::Pair(id) => format!("#/pairs/{id}"),
            Route::NotFound(p) => format!("#{p}"),
            page => format!("#/{}", page.segment().unwrap_or_default()),
        }
    }

    /// Routes that start without the school's storage (see `ui::App`).
    pub fn without_storage(&self) -> bool {
        matches!(self, Route::Info | Route::Rollup)
    }

    /// The document title.
    pub fn title(&self) -> String {
        let page = match self {
            Route::Overview => "Обзор".to_string(),
            Route::Profile => "Профиль школы".to_string(),
            Route::Stage(n) => match stages::stage(*n) {
                Some(s) => format!("Этап {n}. {}", s.short_title),
                None => format!("Этап {n}"),
            },
            Route::Data => "Архив и данные".to_string(),
            Route::Documents => "Документы".to_string(),
            Route::Document(k) => k.short_title().to_string(),
            Route::PersonDocument(k, _) => k.short_title().to_string(),
            Route::People => "Педагоги".to_string(),
            Route::Person(_) => "Карточка педагога".to_string(),
            Route::Import => "Импорт списка педагогов".to_string(),
            Route::Pair(_) => "Пара (группа) и ПНП".to_string(),
            Route::Publish => "Публикация".to_string(),
            Route::Info => "Раздел о наставничестве".to_string(),
            Route::Rollup => "Сводка по школам".to_string(),
            Route::NotFound(_) => "Страница не найдена".to_string(),
        };
        format!("{page} — Наставник")
    }
}

/// The current hash of the page.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Goes to a screen (adds a history entry, like a link).
pub fn navigate(route: &Route) {
    if let Some(w) = web_sys::window() {
        w.location().set_hash(&route.href()).ok();
    }
}

/// Replaces the current address without a new history entry.
pub fn redirect(route: &Route) {
    if let Some(w) = web_sys::window() {
        w.location().replace(&route.href()).ok();
    }
}
