//! The saved copy of the data: load, save with a revision check, the import backup, wipe.
//! Works on any [`Backend`], so the failure paths are tested with a throwing one.

use crate::domain::archive::{self, peek_revision, ArchiveError, Envelope};
use crate::domain::data::SchoolData;

use super::backend::{Backend, StoreError};

/// The envelope of the current data.
pub const DATA_KEY: &str = "nastavnik:data";
/// The envelope that the last import or restore replaced.
pub const BACKUP_KEY: &str = "nastavnik:backup";

/// What was found in storage at start-up.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet: a first visit.
    Empty,
    Found(Box<Envelope>),
    /// Something is stored but cannot be read. It is left untouched.
    Damaged {
        raw: String,
        error: ArchiveError,
    },
    /// The storage itself cannot be read.
    Unavailable(StoreError),
}

pub fn load(b: &dyn Backend) -> Loaded {
    match b.get(DATA_KEY) {
        Err(e) => Loaded::Unavailable(e),
        Ok(None) => Loaded::Empty,
        Ok(Some(raw)) => {
            let decoded = archive::decode(raw.as_bytes());
            loaded(raw, decoded)
        }
    }
}

/// What the stored text `raw` is, given its decoding: the split build decodes it in a file of
/// its own (`ui::screens::decode_then`), fetched only when storage holds something.
pub fn loaded(raw: String, decoded: Result<Envelope, ArchiveError>) -> Loaded {
    match decoded {
        Ok(env) => Loaded::Found(Box::new(env)),
        Err(error) => Loaded::Damaged { raw, error },
    }
}

/// The result of a save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved {
        revision: u64,
    },
    /// Another tab wrote revision `stored` (or wiped the data: `None`) since this tab's
    /// base revision. Nothing was written.
    Conflict {
        stored: Option<u64>,
    },
    Failed(StoreError),
}

/// The revision currently in storage (`None` when nothing or something unreadable is there).
pub fn stored_revision(b: &dyn Backend) -> Result<Option<u64>, StoreError> {
    Ok(b.get(DATA_KEY)?.as_deref().and_then(peek_revision))
}

/// Writes `data` as revision `base + 1`, unless storage no longer holds revision `base`
/// (`base == 0`: nothing saved yet).
pub fn save(b: &dyn Backend, data: &SchoolData, base: u64, now_iso: &str) -> SaveOutcome {
    let stored = match stored_revision(b) {
        Ok(r) => r,
        Err(e) => return SaveOutcome::Failed(e),
    };
    if stored.unwrap_or(0) != base {
        return SaveOutcome::Conflict { stored };
    }
    let env = Envelope::new(data.clone(), base + 1, now_iso);
    match b.set(DATA_KEY, &env.to_json()) {
        Ok(()) => SaveOutcome::Saved { revision: base + 1 },
        Err(e) => SaveOutcome::Failed(e),
    }
}

/// Writes `data` whatever is stored (the user chose to keep this tab's version).
pub fn overwrite(b: &dyn Backend, data: &SchoolData, now_iso: &str) -> SaveOutcome {
    let base = stored_revision(b).ok().flatten().unwrap_or(0);
    save(b, data, base, now_iso)
}

/// Why an import or restore did not happen. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplaceError {
    Conflict,
    Store(StoreError),
}

impl ReplaceError {
    pub fn message(&self) -> String {
        match self {
            ReplaceError::Conflict => {
                "данные были изменены в другой вкладке. Перезагрузите страницу и повторите".into()
            }
            ReplaceError::Store(e) => e.message(),
        }
    }
}

/// Replaces the stored data with `incoming`, keeping what was stored before as the backup.
/// On any failure the stored data is as it was.
pub fn replace(
    b: &dyn Backend,
    incoming: &SchoolData,
    base: u64,
    now_iso: &str,
) -> Result<u64, ReplaceError> {
    let current = b.get(DATA_KEY).map_err(ReplaceError::Store)?;
    if current.as_deref().and_then(peek_revision).unwrap_or(0) != base {
        return Err(ReplaceError::Conflict);
    }
    let previous_backup = b.get(BACKUP_KEY).map_err(ReplaceError::Store)?;
    if let Some(current) = &current {
        b.set(BACKUP_KEY, current).map_err(ReplaceError::Store)?;
    }
    match save(b, incoming, base, now_iso) {
        SaveOutcome::Saved { revision } => Ok(revision),
        other => {
            // Put the old backup back so that nothing changed at all.
            match previous_backup {
                Some(old) => b.set(BACKUP_KEY, &old).ok(),
                None => b.remove(BACKUP_KEY).ok(),
            };
            Err(match other {
                SaveOutcome::Failed(e) => ReplaceError::Store(e),
                _ => ReplaceError::Conflict,
            })
        }
    }
}

/// The backup's text, if one is kept (not decoded).
pub fn backup_raw(b: &dyn Backend) -> Option<String> {
    b.get(BACKUP_KEY).ok()?
}

/// Restores the backup (`backup`: the kept one, [`backup_raw`] decoded, in the split build by
/// its decoder); the data it replaces becomes the new backup, so a restore can itself be undone.
pub fn restore_backup(
    b: &dyn Backend,
    backup: Option<Envelope>,
    base: u64,
    now_iso: &str,
) -> Result<(SchoolData, u64), ReplaceError> {
    let Some(env) = backup else {
        return Err(ReplaceError::Store(StoreError::Other(
            "резервная копия не найдена".into(),
        )));
    };
    let revision = replace(b, &env.data, base, now_iso)?;
    Ok((env.data, revision))
}

/// Deletes the data and the backup.
pub fn wipe(b: &dyn Backend) -> Result<(), StoreError> {
    b.remove(DATA_KEY)?;
    b.remove(BACKUP_KEY)
}
