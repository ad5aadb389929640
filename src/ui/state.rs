//! The root state: one `SchoolData` signal provided by context, and the save machinery
//! around it. Components change data only through [`AppState::change`].

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::domain::archive::{ArchiveError, Envelope};
use crate::domain::data::SchoolData;
use crate::domain::format::archive_file_name;
use crate::domain::years::YearView;
use crate::storage::repo::{self, Loaded, ReplaceError, SaveOutcome};
use crate::storage::{clock, files, tabs, Backend, BrowserStorage, MemoryStorage};

use super::router::{current_hash, Route};
use super::screens;

/// How long after the last change the data is written.
pub const SAVE_DELAY: Duration = Duration::from_millis(400);

/// The save indicator's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing to save (a fresh start, or everything written).
    Idle,
    /// Changes wait for the debounce.
    Pending,
    /// The last write failed; the data is only in this tab's memory.
    Failed(String),
    /// Another tab wrote a newer revision; this tab does not write.
    Conflict,
}

/// Stored data that could not be read at start-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Damaged {
    pub raw: String,
    pub error: ArchiveError,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub data: RwSignal<SchoolData>,
    /// The revision this tab last loaded or wrote.
    pub revision: RwSignal<u64>,
    pub status: RwSignal<SaveStatus>,
    /// ISO time of the last successful write (or of the loaded copy).
    pub last_saved: RwSignal<Option<String>>,
    /// Another tab wrote since this tab's revision.
    pub other_tab: RwSignal<bool>,
    /// The envelope that the last import or restore replaced.
    pub backup: RwSignal<Option<Envelope>>,
    pub damaged: RwSignal<Option<Damaged>>,
    /// The stored data is being decoded (the split build fetches the decoder first); nothing
    /// is shown or saved meanwhile.
    pub loading: RwSignal<bool>,
    pub route: RwSignal<Route>,
    /// A message for the screen a change led to («Добавлено в реестр: …»), shown while that
    /// screen is open.
    pub notice: RwSignal<Option<(Route, String)>>,
    /// The past year shown read-only (its label); `None` while the current year is shown.
    pub viewing: RwSignal<Option<String>>,
    /// Why the last change without a result of its own was refused (a past year is shown).
    pub refused: RwSignal<Option<String>>,
    /// The current year's data while a past year is shown in `data`.
    years: StoredValue<YearView>,
    dirty: StoredValue<bool>,
    /// Why the browser's storage cannot be used, when the data lives only in memory: a save
    /// "succeeds" there, yet nothing survives the tab.
    memory_only: StoredValue<Option<String>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    backend: StoredValue<Rc<dyn Backend>, LocalStorage>,
}

impl AppState {
    /// Loads what the backend holds. Must run inside a reactive owner.
    pub fn new(backend: Rc<dyn Backend>) -> Self {
        let state = AppState {
            data: RwSignal::new(SchoolData::default()),
            revision: RwSignal::new(0),
            status: RwSignal::new(SaveStatus::Idle),
            last_saved: RwSignal::new(None),
            other_tab: RwSignal::new(false),
            backup: RwSignal::new(None),
            notice: RwSignal::new(None),
            viewing: RwSignal::new(None),
            refused: RwSignal::new(None),
            years: StoredValue::new(YearView::default()),
            damaged: RwSignal::new(None),
            loading: RwSignal::new(false),
            route: RwSignal::new(Route::parse(&current_hash())),
            dirty: StoredValue::new(false),
            memory_only: StoredValue::new(None),
            timer: StoredValue::new(None),
            backend: StoredValue::new_local(backend),
        };
        state.load();
        state
    }

    /// The browser's localStorage.
    pub fn browser() -> Self {
        Self::new(Rc::new(BrowserStorage))
    }

    fn with_backend<R>(&self, f: impl FnOnce(&dyn Backend) -> R) -> R {
        self.backend.with_value(|b| f(b.as_ref()))
    }

    fn load(&self) {
        let state = *self;
        match self.with_backend(|b| b.get(repo::DATA_KEY)) {
            Err(e) => self.loaded(Loaded::Unavailable(e)),
            Ok(None) => self.loaded(Loaded::Empty),
            Ok(Some(raw)) => {
                self.loading.set(true);
                screens::decode_then(raw.clone().into_bytes(), move |decoded| {
                    state.loaded(repo::loaded(raw, decoded));
                    state.loading.set(false);
                });
            }
        }
    }

    fn loaded(&self, loaded: Loaded) {
        match loaded {
            Loaded::Empty => {}
            Loaded::Found(env) => {
                let env = *env;
                self.data.set(env.data);
                self.revision.set(env.revision);
                self.last_saved.set(Some(env.saved_at));
            }
            Loaded::Damaged { raw, error } => self.damaged.set(Some(Damaged { raw, error })),
            Loaded::Unavailable(e) => {
                // Keep working in memory and say so until the page is closed.
                self.backend.set_value(Rc::new(MemoryStorage::new()));
                self.memory_only.set_value(Some(e.message()));
                self.status.set(SaveStatus::Failed(e.message()));
            }
        }
        self.load_backup();
    }

    /// Reads the backup kept by the last import or restore (decoded like the data).
    fn load_backup(&self) {
        self.backup.set(None);
        if let Some(raw) = self.with_backend(repo::backup_raw) {
            let backup = self.backup;
            screens::decode_then(raw.into_bytes(), move |decoded| backup.set(decoded.ok()));
        }
    }

    /// Listens to other tabs and to the page being hidden. Call once, from the root.
    pub fn start(&self) {
        let state = *self;
        let storage = window_event_listener(leptos::ev::storage, move |e| {
            if let Some(stored) = tabs::data_change(&e) {
                if stored != Some(state.revision.get_untracked()) {
                    state.other_tab.set(true);
                }
            }
        });
        let hide = window_event_listener(leptos::ev::pagehide, move |_| state.flush());
        // `visibilitychange` is fired at the document and bubbles to the window.
        let visibility = window_event_listener_untyped("visibilitychange", move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                state.flush();
            }
        });
        on_cleanup(move || {
            storage.remove();
            hide.remove();
            visibility.remove();
        });
    }

    /// `Ok` while the current year is shown; the Russian refusal while a past one is.
    pub fn editable(&self) -> Result<(), String> {
        self.years.with_value(YearView::editable)
    }

    /// Shows the past year `label` read-only in place of the current one (whose pending
    /// changes are written first). Nothing is saved while it is shown.
    pub fn show_year(&self, label: &str) -> Result<(), String> {
        self.flush();
        let known = self.data.with_untracked(|d| {
            self.years
                .with_value(|v| v.labels(d).0.iter().any(|l| l == label))
        });
        if !known {
            return Err(format!("Прошлого учебного года «{label}» в данных нет."));
        }
        let mut result = Ok(());
        self.years
            .update_value(|v| self.data.update(|d| result = v.enter(d, label)));
        if result.is_ok() {
            self.viewing.set(Some(label.to_string()));
            self.refused.set(None);
        }
        result
    }

    /// Shows the current year again, as it was left.
    pub fn show_current(&self) {
        if self.viewing.get_untracked().is_none() {
            return;
        }
        self.years.update_value(|v| {
            self.data.update(|d| {
                v.leave(d);
            })
        });
        self.viewing.set(None);
        self.refused.set(None);
    }

    /// The past years' labels and the current year's, whichever year is shown (untracked).
    pub fn year_labels(&self) -> (Vec<String>, String) {
        self.data
            .with_untracked(|d| self.years.with_value(|v| v.labels(d)))
    }

    /// The current year's data, whichever year is shown.
    pub fn current_data(&self) -> SchoolData {
        self.data
            .with_untracked(|d| self.years.with_value(|v| v.current(d).clone()))
    }

    /// Applies a domain change; on success, schedules a save. On error nothing changed;
    /// refused while a past year is shown.
    pub fn change(
        &self,
        f: impl FnOnce(&mut SchoolData) -> Result<(), String>,
    ) -> Result<(), String> {
        self.editable()?;
        let mut result = Ok(());
        self.data.update(|d| result = f(d));
        if result.is_ok() {
            self.changed();
        }
        result
    }

    /// A narrow read of the data: `f` re-runs when the data changes, and what reads the memo
    /// re-runs only when `f`'s result changes.
    pub fn read<T: PartialEq + Send + Sync + 'static>(
        &self,
        f: impl Fn(&SchoolData) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let data = self.data;
        Memo::new(move |_| data.with(&f))
    }

    /// A [`read`](Self::read) about one item (a person, a pair…) named by `id`.
    pub fn read_of<T: PartialEq + Send + Sync + 'static>(
        &self,
        id: &str,
        f: impl Fn(&SchoolData, &str) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let id = id.to_string();
        self.read(move |d| f(d, &id))
    }

    /// Applies a change that cannot fail (a checkbox, a date stamp); schedules a save.
    /// Refused while a past year is shown: the refusal goes to `refused`.
    pub fn update(&self, f: impl FnOnce(&mut SchoolData)) {
        if let Err(e) = self.editable() {
            self.refused.set(Some(e));
            return;
        }
        self.data.update(f);
        self.changed();
    }

    fn changed(&self) {
        self.dirty.set_value(true);
        // A failure or a conflict stays on screen until a save succeeds.
        if matches!(self.status.get_untracked(), SaveStatus::Idle) {
            self.status.set(SaveStatus::Pending);
        }
        self.schedule_save();
    }

    fn schedule_save(&self) {
        if let Some(t) = self.timer.get_value() {
            t.clear();
        }
        let state = *self;
        let handle = set_timeout_with_handle(move || state.flush(), SAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    /// Writes pending changes now.
    pub fn flush(&self) {
        if let Some(t) = self.timer.get_value() {
            t.clear();
            self.timer.set_value(None);
        }
        if !self.dirty.get_value() || matches!(self.status.get_untracked(), SaveStatus::Conflict) {
            return;
        }
        // A past year shown is never written: the stored record is the current year's.
        if self.editable().is_err() {
            return;
        }
        let now = clock::now_iso();
        let base = self.revision.get_untracked();
        let outcome = self
            .data
            .with_untracked(|d| self.with_backend(|b| repo::save(b, d, base, &now)));
        self.apply_outcome(outcome, now);
    }

    fn apply_outcome(&self, outcome: SaveOutcome, now: String) {
        match outcome {
            SaveOutcome::Saved { revision } => {
                self.revision.set(revision);
                self.dirty.set_value(false);
                self.mark_saved(now);
            }
            SaveOutcome::Conflict { .. } => {
                self.status.set(SaveStatus::Conflict);
                self.other_tab.set(true);
            }
            SaveOutcome::Failed(e) => self.status.set(SaveStatus::Failed(e.message())),
        }
    }

    /// After a successful write: saved, unless the write went to memory only.
    fn mark_saved(&self, now: String) {
        match self.memory_only.get_value() {
            Some(reason) => self.status.set(SaveStatus::Failed(reason)),
            None => {
                self.last_saved.set(Some(now));
                self.status.set(SaveStatus::Idle);
            }
        }
    }

    /// Unsaved changes exist in this tab.
    pub fn is_dirty(&self) -> bool {
        self.dirty.get_value()
    }

    /// Writes this tab's data over what another tab saved (the user chose it).
    pub fn overwrite_other_tab(&self) {
        self.show_current();
        let now = clock::now_iso();
        let outcome = self
            .data
            .with_untracked(|d| self.with_backend(|b| repo::overwrite(b, d, &now)));
        if matches!(outcome, SaveOutcome::Saved { .. }) {
            self.other_tab.set(false);
        }
        self.dirty.set_value(true);
        self.status.set(SaveStatus::Idle);
        self.apply_outcome(outcome, now);
    }

    /// The archive of what this tab holds (every year, whichever is shown), as it would be
    /// downloaded.
    pub fn archive_envelope(&self) -> Envelope {
        Envelope::new(
            self.current_data(),
            self.revision.get_untracked(),
            clock::now_iso(),
        )
    }

    /// Downloads `nastavnik-<short name>-<YYYY-MM-DD>.json`.
    pub fn download_archive(&self) -> Result<(), String> {
        let env = self.archive_envelope();
        let name = archive_file_name(&env.data.profile.short_name, &clock::today_local_iso());
        files::download(&name, "application/json", &env.to_json_pretty())
    }

    /// Replaces the data with an imported archive; the current data becomes the backup.
    pub fn import(&self, incoming: SchoolData) -> Result<(), String> {
        self.show_current();
        self.flush();
        let now = clock::now_iso();
        let base = self.revision.get_untracked();
        let result = self.with_backend(|b| repo::replace(b, &incoming, base, &now));
        match result {
            Ok(revision) => {
                self.after_replace(incoming, revision, now);
                Ok(())
            }
            Err(e) => Err(replace_message(e)),
        }
    }

    /// Brings back the data that the last import replaced.
    pub fn restore_backup(&self) -> Result<(), String> {
        self.show_current();
        self.flush();
        let backup = self.backup.get_untracked();
        let now = clock::now_iso();
        let base = self.revision.get_untracked();
        let result = self.with_backend(|b| repo::restore_backup(b, backup, base, &now));
        match result {
            Ok((data, revision)) => {
                self.after_replace(data, revision, now);
                Ok(())
            }
            Err(e) => Err(replace_message(e)),
        }
    }

    fn after_replace(&self, data: SchoolData, revision: u64, now: String) {
        self.data.set(data);
        self.revision.set(revision);
        self.dirty.set_value(false);
        self.mark_saved(now);
        self.load_backup();
    }

    /// Fills an empty app with the example school (`screens::with_example_school`).
    pub fn load_example(&self, example: SchoolData) -> Result<(), String> {
        self.change(|d| {
            if !d.is_empty() {
                return Err("Пример загружается только в пустую программу".into());
            }
            *d = example;
            Ok(())
        })
    }

    /// Deletes everything: data, backup, and this tab's copy.
    pub fn wipe(&self) -> Result<(), String> {
        self.show_current();
        if let Some(t) = self.timer.get_value() {
            t.clear();
        }
        self.with_backend(repo::wipe)
            .map_err(|e| format!("Не удалось удалить данные: {}.", e.message()))?;
        self.data.set(SchoolData::default());
        self.revision.set(0);
        self.dirty.set_value(false);
        self.last_saved.set(None);
        self.backup.set(None);
        self.damaged.set(None);
        self.other_tab.set(false);
        self.status.set(match self.memory_only.get_value() {
            Some(reason) => SaveStatus::Failed(reason),
            None => SaveStatus::Idle,
        });
        Ok(())
    }
}

fn replace_message(e: ReplaceError) -> String {
    format!(
        "Данные не заменены: {}. Текущие данные не изменены.",
        e.message()
    )
}

/// The state provided by the root.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// What a component that changes the data starts with: the state, and the message of the
/// last change the data refused (`error.set(state.change(…).err())`, shown by its
/// `ErrorText`).
pub fn use_edit() -> (AppState, RwSignal<Option<String>>) {
    (use_state(), RwSignal::new(None))
}
