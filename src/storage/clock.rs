//! The browser's clock.

/// Now, as ISO 8601 in UTC: `2026-11-26T09:05:00.000Z`.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today's local date as `YYYY-MM-DD` (for file names).
pub fn today_local_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// An ISO timestamp in the browser's local time zone: (`дд.мм.гггг`, `чч:мм`).
pub fn local_date_time(iso: &str) -> Option<(String, String)> {
    let d = js_sys::Date::new(&iso.into());
    if d.get_time().is_nan() {
        return None;
    }
    Some((
        format!(
            "{:02}.{:02}.{:04}",
            d.get_date(),
            d.get_month() + 1,
            d.get_full_year()
        ),
        format!("{:02}:{:02}", d.get_hours(), d.get_minutes()),
    ))
}

/// Runs `f` and records it as a User Timing measure named `name` (with its start mark
/// `<name>:start`): the browser's performance panel shows how long it took, and the end-to-end
/// tests count how often it ran.
pub fn measured<R>(name: &str, f: impl FnOnce() -> R) -> R {
    let perf = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &perf {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &perf {
        let _ = p.measure_with_start_mark(name, &start);
    }
    out
}
