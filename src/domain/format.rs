//! Russian formatting: plurals, numbers, dates, file names.

/// Picks the right form: `plural(5, ["наставник", "наставника", "наставников"])`.
pub fn plural(n: u64, forms: [&str; 3]) -> &str {
    let (n10, n100) = (n % 10, n % 100);
    if n10 == 1 && n100 != 11 {
        forms[0]
    } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
        forms[1]
    } else {
        forms[2]
    }
}

/// «5 наставников».
pub fn count(n: u64, forms: [&str; 3]) -> String {
    format!("{} {}", number(n), plural(n, forms))
}

/// Thousands separated by a no-break space: 12 345.
pub fn number(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

/// A parsed ISO 8601 timestamp (`2026-11-26T09:05:00.000Z`), as written by the archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timestamp {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

impl Timestamp {
    /// дд.мм.гггг
    pub fn date_ru(&self) -> String {
        format!("{:02}.{:02}.{:04}", self.day, self.month, self.year)
    }

    /// гггг-мм-дд
    pub fn date_iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Parses `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`; the zone is checked, not applied.
pub fn parse_timestamp(s: &str) -> Option<Timestamp> {
    let b = s.as_bytes();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u16> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let t = Timestamp {
        year: num(0..4)?,
        month: num(5..7)? as u8,
        day: num(8..10)? as u8,
        hour: num(11..13)? as u8,
        minute: num(14..16)? as u8,
        second: num(17..19)? as u8,
    };
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        rest = &frac[n..];
    }
    let zone_ok = rest == "Z"
        || (rest.len() == 6
            && (rest.starts_with('+') || rest.starts_with('-'))
            && rest.as_bytes()[3] == b':'
            && rest[1..3]
                .bytes()
                .chain(rest[4..].bytes())
                .all(|c| c.is_ascii_digit()));
    let days = days_in_month(t.year, t.month);
    (zone_ok
        && (1..=12).contains(&t.month)
        && t.day >= 1
        && t.day <= days
        && t.hour < 24
        && t.minute < 60
        && t.second < 61)
        .then_some(t)
}

/// Parses `YYYY-MM-DD` into (year, month, day).
pub fn parse_date(s: &str) -> Option<(u16, u8, u8)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| {
        let part = &s[r];
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse::<u16>().ok())?
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)? as u8, digits(8..10)? as u8);
    ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some((y, m, d))
}

/// `YYYY-MM-DD` → `дд.мм.гггг`; anything else is returned as it is.
pub fn date_ru(iso: &str) -> String {
    match parse_date(iso) {
        Some((y, m, d)) => format!("{d:02}.{m:02}.{y:04}"),
        None => iso.to_string(),
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

/// «nastavnik-ГБОУ-СОШ-96-2026-11-26.json»: characters that are not allowed in file
/// names on Windows, and «№», become nothing; spaces become hyphens.
pub fn archive_file_name(short_name: &str, date_iso: &str) -> String {
    let mut name = String::new();
    for c in short_name.chars() {
        if c.is_alphanumeric() {
            name.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_' || c == '.')
            && !name.is_empty()
            && !name.ends_with('-')
        {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        format!("nastavnik-{date_iso}.json")
    } else {
        format!("nastavnik-{name}-{date_iso}.json")
    }
}

/// «Иванова Мария Петровна» → «М.П. Иванова», as signatures are written.
pub fn initials_first(full_name: &str) -> String {
    match split_name(full_name) {
        (surname, Some(initials)) => format!("{initials} {surname}"),
        (surname, None) => surname,
    }
}

/// «Иванова Мария Петровна» → «Иванова М.П.», as lists of people are written.
pub fn surname_initials(full_name: &str) -> String {
    match split_name(full_name) {
        (surname, Some(initials)) => format!("{surname} {initials}"),
        (surname, None) => surname,
    }
}

/// The surname and the initials of the other words («М.П.»), if there are other words.
fn split_name(full_name: &str) -> (String, Option<String>) {
    let mut words = full_name.split_whitespace();
    let surname = words.next().unwrap_or_default().to_string();
    let initials: String = words
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect();
    (surname, (!initials.is_empty()).then_some(initials))
}

/// The letters of a 0-based spreadsheet column: `0` → `A`, `2` → `C`, `26` → `AA`.
pub fn column_letters(mut column: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (column % 26) as u8);
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORMS: [&str; 3] = ["наставник", "наставника", "наставников"];

    #[test]
    fn plural_forms() {
        let cases = [
            (0, "наставников"),
            (1, "наставник"),
            (2, "наставника"),
            (4, "наставника"),
            (5, "наставников"),
            (11, "наставников"),
            (12, "наставников"),
            (14, "наставников"),
            (21, "наставник"),
            (22, "наставника"),
            (101, "наставник"),
            (111, "наставников"),
            (1_000_002, "наставника"),
        ];
        for (n, want) in cases {
            assert_eq!(plural(n, FORMS), want, "{n}");
        }
        assert_eq!(count(5, FORMS), "5 наставников");
    }

    #[test]
    fn numbers_have_spaces() {
        assert_eq!(number(0), "0");
        assert_eq!(number(999), "999");
        assert_eq!(number(1000), "1\u{a0}000");
        assert_eq!(number(1234567), "1\u{a0}234\u{a0}567");
    }

    #[test]
    fn timestamps() {
        let t = parse_timestamp("2026-11-26T09:05:07.123Z").unwrap();
        assert_eq!(t.date_ru(), "26.11.2026");
        assert_eq!(t.date_iso(), "2026-11-26");
        assert_eq!((t.hour, t.minute, t.second), (9, 5, 7));
        assert!(parse_timestamp("2026-11-26T09:05:07+03:00").is_some());
        assert!(parse_timestamp("2024-02-29T00:00:00Z").is_some());
        for bad in [
            "",
            "вчера",
            "2026-11-26",
            "2026-13-01T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "2026-11-26T24:00:00Z",
            "2026-11-26T10:00:00",
            "2026-11-26T10:00:00.Z",
            "2026-11-26T10:00:00+0300",
            "2026-1a-26T10:00:00Z",
        ] {
            assert!(parse_timestamp(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2025-08-29"), Some((2025, 8, 29)));
        assert_eq!(parse_date("2025-02-29"), None);
        assert_eq!(parse_date("2025-8-29"), None);
        assert_eq!(parse_date("29.08.2025"), None);
        assert_eq!(date_ru("2025-08-29"), "29.08.2025");
        assert_eq!(date_ru(""), "");
    }

    #[test]
    fn file_names() {
        assert_eq!(
            archive_file_name("ГБОУ СОШ № 96", "2026-11-26"),
            "nastavnik-ГБОУ-СОШ-96-2026-11-26.json"
        );
        assert_eq!(
            archive_file_name("МБОУ «Лицей/2»: ?*", "2026-01-02"),
            "nastavnik-МБОУ-Лицей2-2026-01-02.json"
        );
        assert_eq!(
            archive_file_name("  ", "2026-01-02"),
            "nastavnik-2026-01-02.json"
        );
    }
}
