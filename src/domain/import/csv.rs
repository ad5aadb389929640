//! CSV text: the encoding, the separator and RFC 4180 fields.
//!
//! The parser is written here rather than taken from the `csv` crate, for three reasons:
//! - size: with `flexible(true)` the crate costs about 7 KB gzip more in the wasm than this
//!   parser (measured with `opt-level = "z"`, LTO, `wasm-opt -Oz`; the whole CSV path with
//!   column guessing adds about 4 KB gzip to the app);
//! - row numbers: a [`Table`](super::Table) row carries the number a spreadsheet shows, where
//!   blank lines count and a line break inside quotes does not. The crate skips blank lines
//!   silently and reports physical line numbers (and counts `\n` only, so a file with bare `\r`
//!   line ends is all "line 1");
//! - messages: an unclosed quote is reported with the row where it opens, not read to the end.
//!
//! Encodings: Windows-1251 is decoded with the table below rather than with `encoding_rs`,
//! whose decoder (through its `Encoding` dispatch) adds about 126 KB gzip to the wasm.

use super::{build_table, ImportError, Table};

/// What [`read_csv`] found out about the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvInfo {
    /// "UTF-8", "UTF-16" (only with a byte order mark, as Excel's «Текст Юникод» writes it) or
    /// "Windows-1251".
    pub encoding: &'static str,
    /// `;`, `,` or a tab.
    pub separator: char,
}

/// Reads CSV text: detects the encoding (UTF-8 when the bytes are valid UTF-8, otherwise
/// Windows-1251) and the separator (the one of `;`, tab, `,` met first outside quotes, in the
/// first line that has any), then reads the fields as RFC 4180 describes.
pub fn read_csv(bytes: &[u8]) -> Result<(Table, CsvInfo), ImportError> {
    let (text, encoding) = decode(bytes);
    let text = text.as_str();
    if text.trim().is_empty() {
        return Err(ImportError::new("Файл пуст."));
    }
    if !looks_like_text(text) {
        return Err(ImportError::new(
            "Файл не похож на таблицу: это не текст CSV и не книга Excel (XLSX). Сохраните \
             список педагогов как XLSX или CSV.",
        ));
    }
    let separator = detect_separator(text);
    let rows = parse(text, separator)?;
    let table = build_table(rows)?;
    Ok((
        table,
        CsvInfo {
            encoding,
            separator,
        },
    ))
}

fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), "UTF-8");
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return (utf16(rest, u16::from_le_bytes), "UTF-16");
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return (utf16(rest, u16::from_be_bytes), "UTF-16");
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), "UTF-8"),
        Err(_) => (bytes.iter().map(|&b| cp1251(b)).collect(), "Windows-1251"),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Windows-1251 bytes 0x80–0xBF, as the WHATWG Encoding Standard maps them (0x98, unassigned,
/// maps to U+0098). 0xC0–0xFF are А–я in order; below 0x80 it is ASCII.
const CP1251_80_BF: [char; 64] = [
    'Ђ', 'Ѓ', '‚', 'ѓ', '„', '…', '†', '‡', '€', '‰', 'Љ', '‹', 'Њ', 'Ќ', 'Ћ', 'Џ', //
    'ђ', '‘', '’', '“', '”', '•', '–', '—', '\u{98}', '™', 'љ', '›', 'њ', 'ќ', 'ћ', 'џ', //
    '\u{A0}', 'Ў', 'ў', 'Ј', '¤', 'Ґ', '¦', '§', 'Ё', '©', 'Є', '«', '¬', '\u{AD}', '®',
    'Ї', //
    '°', '±', 'І', 'і', 'ґ', 'µ', '¶', '·', 'ё', '№', 'є', '»', 'ј', 'Ѕ', 'ѕ', 'ї', //
];

fn cp1251(b: u8) -> char {
    match b {
        0..=0x7F => b as char,
        0x80..=0xBF => CP1251_80_BF[(b - 0x80) as usize],
        _ => char::from_u32(0x0410 + (b - 0xC0) as u32).unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

/// Text has no NUL and hardly any other control characters; any binary file has plenty.
fn looks_like_text(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\0' {
            return false;
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}' | '\u{1A}') {
            control += 1;
        }
    }
    control * 100 <= total
}

/// The separator of the first line (outside quotes) that has any of `;`, tab or `,`: the most
/// frequent one, `;` winning ties (Russian Excel writes `;`). `;` when no line has any.
fn detect_separator(text: &str) -> char {
    const CANDIDATES: [char; 3] = [';', '\t', ','];
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted && counts.iter().any(|&n| n > 0) => break,
            _ if !quoted => {
                if let Some(i) = CANDIDATES.iter().position(|&s| s == c) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let mut best = 0;
    for i in 1..CANDIDATES.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    CANDIDATES[best]
}

/// Splits the text into records of raw (untrimmed) fields, each with its spreadsheet row number.
/// Line ends are `\r\n`, `\n` or `\r`; every one outside quotes ends a row, blank ones too (the
/// table drops empty rows later). Inside quotes a line end belongs to the field, as `\n`.
/// Lenient where it costs nothing: spaces before an opening quote are dropped (`a, "b"`), and
/// text after a closing quote is kept (`"a"b` → `ab`).
fn parse(text: &str, sep: char) -> Result<Vec<(usize, Vec<String>)>, ImportError> {
    let mut rows = Vec::new();
    let mut row = 1usize;
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.chars().all(|f| f == ' ' || f == '\t') => {
                field.clear();
                quoted = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                fields.push(std::mem::take(&mut field));
                rows.push((row, std::mem::take(&mut fields)));
                row += 1;
            }
            _ if c == sep => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(ImportError::new(format!(
            "Строка {row}: кавычка, открытая в этой строке, не закрыта до конца файла."
        )));
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        rows.push((row, fields));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::import::test_cells::*;

    fn read(text: &[u8]) -> (Table, CsvInfo) {
        read_csv(text).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Reads `text`, checking that the columns were told apart by `separator`.
    #[track_caller]
    fn read_with(text: &str, separator: char) -> Table {
        let (table, info) = read(text.as_bytes());
        assert_eq!(info.separator, separator);
        table
    }

    /// Reads «ФИО;Должность;Стаж» and one teacher, Ёлкина Алёна, from `text` in `encoding`.
    fn one_teacher(text: &[u8], encoding: &'static str) {
        let (table, info) = read(text);
        assert_eq!(
            info,
            CsvInfo {
                encoding,
                separator: ';'
            }
        );
        assert_table(
            &table,
            &["ФИО", "Должность", "Стаж"],
            &[(2, &["Ёлкина Алёна", "Учитель", "7"])],
        );
    }

    #[test]
    fn utf8_without_bom_and_semicolons() {
        one_teacher(
            "ФИО;Должность;Стаж\nЁлкина Алёна;Учитель;7\n".as_bytes(),
            "UTF-8",
        );
    }

    #[test]
    fn utf8_with_bom() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice("ФИО;Стаж\r\nИванов;3\r\n".as_bytes());
        let (table, info) = read(&bytes);
        assert_eq!(info.encoding, "UTF-8");
        // The BOM does not stick to the first header.
        assert_table(&table, &["ФИО", "Стаж"], &[(2, &["Иванов", "3"])]);
    }

    #[test]
    fn windows_1251_with_semicolons() {
        // "ФИО;Должность;Стаж\r\nЁлкина Алёна;Учитель;7\r\n" in Windows-1251, as Russian Excel
        // saves «CSV (разделители — точка с запятой)».
        let bytes: &[u8] = &[
            212, 200, 206, 59, 196, 238, 235, 230, 237, 238, 241, 242, 252, 59, 209, 242, 224, 230,
            13, 10, 168, 235, 234, 232, 237, 224, 32, 192, 235, 184, 237, 224, 59, 211, 247, 232,
            242, 229, 235, 252, 59, 55, 13, 10,
        ];
        one_teacher(bytes, "Windows-1251");
    }

    #[test]
    fn windows_1251_table_matches_the_whatwg_mapping() {
        // Code points of bytes 0x80-0xBF, as encoding_rs (WHATWG) decodes them.
        const EXPECTED: [u32; 64] = [
            0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409,
            0x2039, 0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0,
            0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB,
            0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6,
            0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
        ];
        for (i, &code) in EXPECTED.iter().enumerate() {
            assert_eq!(cp1251(0x80 + i as u8) as u32, code, "byte {:#X}", 0x80 + i);
        }
        let upper: String = (0xC0..=0xFFu8).map(cp1251).collect();
        assert_eq!(
            upper,
            "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя"
        );
        assert_eq!(cp1251(b'A'), 'A');
        assert_eq!(cp1251(0x7F), '\u{7F}');
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "ФИО\tСтаж\r\nИванов\t3\r\n".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let (table, info) = read(&bytes);
        assert_eq!(
            info,
            CsvInfo {
                encoding: "UTF-16",
                separator: '\t'
            }
        );
        assert_table(&table, &["ФИО", "Стаж"], &[(2, &["Иванов", "3"])]);
    }

    #[test]
    fn commas_with_quoted_separators_quotes_and_line_breaks() {
        let text = "ФИО,Предметы,Примечание\r\n\
                    \"Иванов, Иван\",\"Математика; физика\",\"Говорит: \"\"Да\"\"\"\r\n\
                    Петров,\"Русский язык,\r\nлитература\",\"две\nстроки\"\r\n\
                    Сидоров,История,\r\n";
        let table = read_with(text, ',');
        assert_table(
            &table,
            &["ФИО", "Предметы", "Примечание"],
            &[
                (
                    2,
                    &["Иванов, Иван", "Математика; физика", "Говорит: \"Да\""],
                ),
                (3, &["Петров", "Русский язык,\nлитература", "две\nстроки"]),
                // Line breaks inside quotes do not count as rows.
                (4, &["Сидоров", "История", ""]),
            ],
        );
    }

    #[test]
    fn separator_is_taken_from_the_header_outside_quotes() {
        // Two commas inside the quoted header, two semicolons outside.
        let table = read_with(
            "\"Фамилия, имя, отчество\";Должность;Стаж\nИванов;Учитель;3\n",
            ';',
        );
        assert_eq!(
            table.headers,
            strings(&["Фамилия, имя, отчество", "Должность", "Стаж"])
        );
        read_with("ФИО\tДолжность\tСтаж\nИванов\tУчитель\t3\n", '\t');
        // One column: no separator anywhere.
        let table = read_with("ФИО\nИванов Иван\n", ';');
        assert_rows(&table, &[(2, &["Иванов Иван"])]);
        // A title line without separators above the header: the header's separator counts.
        let table = read_with("Список педагогов\nФИО,Стаж\nИванов,3\n", ',');
        assert_table(&table, &["ФИО", "Стаж"], &[(3, &["Иванов", "3"])]);
    }

    #[test]
    fn blank_lines_are_skipped_but_counted_as_rows() {
        let text = "\n\nФИО;Стаж\n\n\r\nИванов;3\n;\n  ;  \nПетров;5";
        let (table, _) = read(text.as_bytes());
        assert_table(
            &table,
            &["ФИО", "Стаж"],
            &[(6, &["Иванов", "3"]), (9, &["Петров", "5"])],
        );
    }

    #[test]
    fn old_mac_line_ends() {
        let (table, _) = read("ФИО;Стаж\rИванов;3\rПетров;5\r".as_bytes());
        assert_rows(&table, &[(2, &["Иванов", "3"]), (3, &["Петров", "5"])]);
    }

    #[test]
    fn short_and_long_rows_are_padded_and_cut() {
        let text = "ФИО;Должность;Стаж\nИванов\nПетров;Учитель;5;лишнее;ещё\nСидоров;;\n";
        let (table, _) = read(text.as_bytes());
        assert_rows(
            &table,
            &[
                (2, &["Иванов", "", ""]),
                (3, &["Петров", "Учитель", "5"]),
                (4, &["Сидоров", "", ""]),
            ],
        );
    }

    #[test]
    fn lenient_quotes() {
        let table = read_with(
            "ФИО, Предметы\nИванов, \"Химия, биология\"\n\"Пет\"ров, 5\n",
            ',',
        );
        assert_rows(
            &table,
            &[(2, &["Иванов", "Химия, биология"]), (3, &["Петров", "5"])],
        );
    }

    #[test]
    fn unclosed_quote_names_its_row() {
        let err = read_csv("ФИО;Стаж\nИванов;3\n\"Петров;5\nСидоров;7\n".as_bytes()).unwrap_err();
        assert_eq!(
            err.message,
            "Строка 3: кавычка, открытая в этой строке, не закрыта до конца файла."
        );
    }

    #[test]
    fn empty_file() {
        for bytes in [&b""[..], b"\xEF\xBB\xBF", b" \r\n\r\n\t"] {
            assert_eq!(read_csv(bytes).unwrap_err().message, "Файл пуст.");
        }
        let err = read_csv(b";;;\n;  ;\n").unwrap_err();
        assert!(err.message.starts_with("Файл пуст"), "{err}");
    }

    #[test]
    fn header_only() {
        let err = read_csv("ФИО;Должность\n;\n".as_bytes()).unwrap_err();
        assert_eq!(
            err.message,
            "В файле нет строк с данными: после заголовка (строка 1) ничего не заполнено."
        );
    }

    #[test]
    fn binary_garbage_is_not_text() {
        // A PNG signature and header, and pseudo-random bytes.
        let png: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
        let mut state = 0x2545_F491u32;
        let random: Vec<u8> = (0..4096)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                (state >> 24) as u8
            })
            .collect();
        for bytes in [png, &random] {
            let err = read_csv(bytes).unwrap_err();
            assert!(err.message.starts_with("Файл не похож на таблицу"), "{err}");
        }
    }

    #[test]
    fn fixture_csv_the_xlsx_was_made_from() {
        let bytes = std::fs::read("tests/fixtures/import/teachers.csv").unwrap();
        let (table, info) = read(&bytes);
        assert_eq!(info.encoding, "UTF-8");
        assert_eq!(
            table.headers,
            strings(&["ФИО", "Должность", "Предмет", "Стаж", "Дата рождения"])
        );
        assert_eq!(table.rows.len(), 4);
        assert_eq!(
            table.rows[3],
            (
                5,
                strings(&[
                    "Кузнецов Илья Олегович",
                    "Учитель",
                    "Физика, информатика",
                    "1,5",
                    "30.06.2001"
                ])
            )
        );
    }
}
