//! A file import in progress on a screen (the teacher list, monitoring answers, a bank's form
//! answers): the session built from the chosen file, a generation bumped for each new file
//! (so that a preview is built once per file and not on each edit, which would drop the
//! focus), and the file input, cleared when the import closes.

use leptos::html::Input;
use leptos::prelude::*;

pub struct FileImport<T: Send + Sync + 'static> {
    pub session: RwSignal<Option<T>>,
    pub generation: RwSignal<u64>,
    pub input: NodeRef<Input>,
}

impl<T: Send + Sync + 'static> Clone for FileImport<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for FileImport<T> {}

impl<T: Send + Sync + 'static> FileImport<T> {
    pub fn new() -> Self {
        FileImport {
            session: RwSignal::new(None),
            generation: RwSignal::new(0),
            input: NodeRef::new(),
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
