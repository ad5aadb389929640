//! A file import in progress on a screen (the teacher list, monitoring answers, a bank's form
//! answers): the session built from the chosen file, a generation bumped for each new file
//! (so that a preview is built once per file and not on each edit, which would drop the
//! focus), the file input, cleared when the import closes, and the messages under the input
//! (why a file or a save was refused; what a save did).

use leptos::html::Input;
use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::import::Table;

/// What a file picker calls with a file's name and its table (or why it could not be read).
pub type OnRead = Callback<(String, Result<Table, String>)>;

pub struct FileImport<T: Send + Sync + 'static> {
    pub session: RwSignal<Option<T>>,
    pub generation: RwSignal<u64>,
    pub input: NodeRef<Input>,
    /// Why the file or the save was refused.
    pub error: RwSignal<Option<String>>,
    /// What the last save did («Загружено анкет: 3.»).
    pub done: RwSignal<Option<String>>,
}

impl<T: Send + Sync + 'static> Clone for FileImport<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for FileImport<T> {}

impl<T: Send + Sync + 'static> FileImport<T> {
    fn new() -> Self {
        FileImport {
            session: RwSignal::new(None),
            generation: RwSignal::new(0),
            input: NodeRef::new(),
            error: RwSignal::new(None),
            done: RwSignal::new(None),
        }
    }

    /// A new import and what its file picker calls ([`FileImport::on_read`] with `build`).
    pub fn reading(
        data: RwSignal<SchoolData>,
        build: impl Fn(&str, Table, &SchoolData) -> T + Send + Sync + 'static,
    ) -> (Self, OnRead) {
        let flow = Self::new();
        (flow, flow.on_read(data, build))
    }

    /// What the file picker calls with a file read: the last file's preview and messages go;
    /// a table becomes the session `build` makes of it (with the file's name and the data as
    /// they are), a file that could not be read is said and forgotten by the input.
    fn on_read(
        self,
        data: RwSignal<SchoolData>,
        build: impl Fn(&str, Table, &SchoolData) -> T + Send + Sync + 'static,
    ) -> OnRead {
        Callback::new(move |(name, table): (String, Result<Table, String>)| {
            self.error.set(None);
            self.done.set(None);
            self.reset();
            match table {
                Ok(table) => self.open(data.with_untracked(|d| build(&name, table, d))),
                Err(message) => {
                    self.error.set(Some(message));
                    self.clear_input();
                }
            }
        })
    }

    /// After the confirmed save: closes the import and says `message`, or says why the data
    /// refused it (the import stays open).
    pub fn saved(&self, result: Result<(), String>, message: impl FnOnce() -> String) {
        match result {
            Ok(()) => {
                self.close();
                self.done.set(Some(message()));
            }
            Err(e) => self.error.set(Some(e)),
        }
    }

    /// Shows the preview of a newly read file.
    pub fn open(&self, session: T) {
        self.session.set(Some(session));
        self.generation.update(|g| *g += 1);
    }

    /// Drops the session (nothing saved), keeping the chosen file's name in the input.
    pub fn reset(&self) {
        self.session.set(None);
        self.generation.update(|g| *g += 1);
    }

    /// Drops the session (nothing saved) and forgets the chosen file.
    pub fn close(&self) {
        self.reset();
        self.clear_input();
    }

    pub fn clear_input(&self) {
        if let Some(input) = self.input.get_untracked() {
            input.set_value("");
        }
    }
}
