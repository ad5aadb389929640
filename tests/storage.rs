//! The saved copy on the in-memory backend, on the host: the revision check between tabs, a
//! failing or full storage, a damaged copy, the import backup. (The same `repo` on the real
//! localStorage is tested in the browser, `tests/browser.rs`.)

#![cfg(not(target_arch = "wasm32"))]

use nastavnik::domain::archive::{self, Envelope};
use nastavnik::domain::data::{SchoolData, TaskStatus};
use nastavnik::storage::backend::is_quota;
use nastavnik::storage::repo::{self, Loaded, ReplaceError, SaveOutcome, BACKUP_KEY, DATA_KEY};
use nastavnik::storage::{Backend, MemoryStorage, StoreError};

const NOW: &str = "2026-11-26T09:00:00.000Z";

/// The backup, if one is kept and readable (the app decodes `backup_raw` the same way).
fn backup(b: &dyn Backend) -> Option<Envelope> {
    archive::decode(repo::backup_raw(b)?.as_bytes()).ok()
}

fn sample() -> SchoolData {
    let mut d = SchoolData::default();
    d.profile.short_name = "ГБОУ СОШ № 96".into();
    d.set_task_status("1.1", TaskStatus::Done).unwrap();
    d
}

#[test]
fn save_refuses_to_overwrite_a_newer_revision() {
    let b = MemoryStorage::new();
    assert_eq!(
        repo::save(&b, &sample(), 0, NOW),
        SaveOutcome::Saved { revision: 1 }
    );
    // Another tab saves revision 2.
    assert_eq!(
        repo::save(&b, &SchoolData::default(), 1, NOW),
        SaveOutcome::Saved { revision: 2 }
    );
    let before = b.get(DATA_KEY).unwrap();
    // This tab still thinks it is at revision 1.
    assert_eq!(
        repo::save(&b, &sample(), 1, NOW),
        SaveOutcome::Conflict { stored: Some(2) }
    );
    assert_eq!(
        b.get(DATA_KEY).unwrap(),
        before,
        "nothing written on conflict"
    );
}

#[test]
fn failing_storage_reports_and_keeps_the_old_copy() {
    let b = MemoryStorage::new();
    repo::save(&b, &sample(), 0, NOW);
    let before = b.get(DATA_KEY).unwrap();
    b.set_fail_writes(true);
    assert_eq!(
        repo::save(&b, &SchoolData::default(), 1, NOW),
        SaveOutcome::Failed(StoreError::Unavailable)
    );
    assert_eq!(b.get(DATA_KEY).unwrap(), before);

    let small = MemoryStorage::with_quota(50);
    assert_eq!(
        repo::save(&small, &sample(), 0, NOW),
        SaveOutcome::Failed(StoreError::Quota)
    );
    assert_eq!(small.get(DATA_KEY).unwrap(), None);
}

#[test]
fn damaged_copy_is_reported_and_left_alone() {
    let b = MemoryStorage::new();
    b.set(DATA_KEY, "{\"format\":\"nastavnik\",\"vers").unwrap();
    match repo::load(&b) {
        Loaded::Damaged { raw, error } => {
            assert_eq!(raw, "{\"format\":\"nastavnik\",\"vers");
            assert!(
                error.message.starts_with("Файл обрывается"),
                "{}",
                error.message
            );
        }
        other => panic!("expected Damaged, got {other:?}"),
    }
    assert_eq!(
        b.get(DATA_KEY).unwrap().as_deref(),
        Some("{\"format\":\"nastavnik\",\"vers")
    );
}

#[test]
fn replace_keeps_a_backup_and_restore_swaps_back() {
    let b = MemoryStorage::new();
    repo::save(&b, &sample(), 0, NOW);
    let original = b.get(DATA_KEY).unwrap().unwrap();
    let incoming = SchoolData::default();
    assert_eq!(repo::replace(&b, &incoming, 1, NOW), Ok(2));
    assert_eq!(
        b.get(BACKUP_KEY).unwrap().as_deref(),
        Some(original.as_str())
    );
    assert_eq!(backup(&b).unwrap().data, sample());
    let (restored, rev) = repo::restore_backup(&b, backup(&b), 2, NOW).unwrap();
    assert_eq!((restored, rev), (sample(), 3));
    assert_eq!(
        backup(&b).unwrap().data,
        incoming,
        "the restore can itself be undone"
    );
}

#[test]
fn failed_replace_changes_nothing() {
    // Room for the data and its backup, not for a larger replacement.
    let size = Envelope::new(sample(), 1, NOW).to_json().chars().count() + DATA_KEY.len();
    let b = MemoryStorage::with_quota(2 * size + 500);
    repo::save(&b, &sample(), 0, NOW);
    let data_before = b.get(DATA_KEY).unwrap();
    let mut big = sample();
    big.set_task_note("2.1", &"я".repeat(3000)).unwrap();
    assert_eq!(
        repo::replace(&b, &big, 1, NOW),
        Err(ReplaceError::Store(StoreError::Quota))
    );
    assert_eq!(b.get(DATA_KEY).unwrap(), data_before);
    assert_eq!(
        b.get(BACKUP_KEY).unwrap(),
        None,
        "no half-made backup is left"
    );
    assert_eq!(
        repo::replace(&b, &sample(), 0, NOW),
        Err(ReplaceError::Conflict)
    );
}

#[test]
fn quota_errors_of_every_browser_are_recognised() {
    assert!(is_quota("QuotaExceededError", ""));
    assert!(is_quota("NS_ERROR_DOM_QUOTA_REACHED", ""));
    assert!(is_quota("Error", "The quota has been exceeded."));
    assert!(!is_quota("SecurityError", "The operation is insecure."));
    assert!(StoreError::Quota.message().contains("место"));
}

#[test]
fn memory_storage_counts_its_quota_per_key() {
    let b = MemoryStorage::with_quota(10);
    b.set("a", "12345").unwrap();
    // Rewriting the same key counts its new size only.
    b.set("a", "123456789").unwrap();
    assert_eq!(b.set("b", "1"), Err(StoreError::Quota));
    b.remove("a").unwrap();
    b.set("b", "1").unwrap();
    assert_eq!(b.get("a").unwrap(), None);
}
