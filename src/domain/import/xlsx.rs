//! XLSX (Office Open XML workbook): the first worksheet as a table of strings.
//!
//! An XLSX file is a ZIP archive of XML parts. The archive is read here with a small reader of
//! the ZIP central directory over `miniz_oxide`'s inflate (the `zip` crate with only its
//! `deflate` feature adds about 44 KB gzip to a wasm probe, `miniz_oxide` alone about 6 KB), and
//! the parts with the small XML reader of `xml.rs`.
//!
//! Parts read: `xl/workbook.xml` and `xl/_rels/workbook.xml.rels` (which part is the first
//! worksheet; `xl/worksheets/sheet1.xml` when they do not say), `xl/sharedStrings.xml` (the
//! text of cells with `t="s"`) and the worksheet. Values are kept as the file stores them:
//! numbers as their decimal text («1.5», dates as serial numbers, see [`excel_serial_to_date`]),
//! booleans as «ИСТИНА»/«ЛОЖЬ», formulas as their cached result.

use super::xml::{attribute, Reader, Token};
use super::{build_table, ImportError, Table};
use crate::domain::documents::zip_store::crc32;
use crate::domain::format::column_letters;

/// The largest part inflated: a sheet of a few thousand teachers is a few megabytes.
const MAX_PART_SIZE: usize = 64 << 20;
/// Excel's limits: columns A..XFD, 1 048 576 rows.
const MAX_COLUMNS: usize = 16_384;
const MAX_ROWS: usize = 1_048_576;

/// Reads the first worksheet of an XLSX workbook (the first visible one in tab order).
pub fn read_xlsx(bytes: &[u8]) -> Result<Table, ImportError> {
    let zip = Zip::open(bytes)?;
    let parts = Parts::find(&zip)?;
    let shared = match zip.read(&parts.shared_strings)? {
        Some(xml) => shared_strings(&xml, &parts.shared_strings)?,
        None => Vec::new(),
    };
    let xml = zip
        .read(&parts.sheet)?
        .ok_or_else(|| ImportError::new("В файле XLSX нет ни одного листа с таблицей."))?;
    build_table(sheet_rows(&xml, &parts.sheet, &shared)?)
}

/// The date of an Excel serial day number (1900 date system, the one Excel and LibreOffice use
/// by default): 1 is 1900-01-01, 45170 is 2023-09-01; a time of day (the fraction) is ignored.
/// Excel counts a 29 February 1900 that never was (serial 60, a bug kept from Lotus 1-2-3):
/// serials from 61 on are one day less than their count, and 60 itself gives `None`, as do
/// serials below 1 and after 9999-12-31.
pub fn excel_serial_to_date(serial: f64) -> Option<(u16, u8, u8)> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let day = serial.floor() as i64;
    if day == 60 {
        return None;
    }
    let after_1899_12_31 = if day < 60 { day } else { day - 1 };
    // Days from 1970-01-01 to the date, then the civil date (H. Hinnant's `civil_from_days`).
    let z = after_1899_12_31 - 25_568 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Some((y as u16, m as u8, d as u8))
}

fn broken() -> ImportError {
    ImportError::new(
        "Файл XLSX повреждён: его не удаётся распаковать (возможно, он скачан или скопирован \
         не полностью). Откройте его в Excel и сохраните заново.",
    )
}

fn bad_xml(part: &str) -> ImportError {
    ImportError::new(format!(
        "Файл XLSX повреждён: его часть «{part}» не читается как XML. Откройте файл в Excel и \
         сохраните заново."
    ))
}

// ---------------------------------------------------------------------------------------------
// ZIP

struct Entry {
    name: String,
    flags: u16,
    method: u16,
    crc: u32,
    compressed: usize,
    size: usize,
    offset: usize,
}

struct Zip<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

/// `len` bytes from `at`, or the "broken" error when the file is shorter.
fn slice(bytes: &[u8], at: usize, len: usize) -> Result<&[u8], ImportError> {
    at.checked_add(len)
        .and_then(|end| bytes.get(at..end))
        .ok_or_else(broken)
}

fn u16_at(bytes: &[u8], at: usize) -> Result<u16, ImportError> {
    let b = slice(bytes, at, 2)?;
    Ok(u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> Result<u32, ImportError> {
    let b = slice(bytes, at, 4)?;
    Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

impl<'a> Zip<'a> {
    /// Reads the central directory (found from the end-of-central-directory record).
    fn open(bytes: &'a [u8]) -> Result<Self, ImportError> {
        let last = bytes.len().checked_sub(22).ok_or_else(broken)?;
        let first = last.saturating_sub(u16::MAX as usize);
        let end = (first..=last)
            .rev()
            .find(|&i| bytes[i..i + 4] == *b"PK\x05\x06")
            .ok_or_else(broken)?;
        let count = u16_at(bytes, end + 10)? as usize;
        let mut at = u32_at(bytes, end + 16)? as usize;
        let mut entries = Vec::with_capacity(count);
        for _ in 0..count {
            if slice(bytes, at, 4)? != b"PK\x01\x02" {
                return Err(broken());
            }
            let name_len = u16_at(bytes, at + 28)? as usize;
            let extra_len = u16_at(bytes, at + 30)? as usize;
            let comment_len = u16_at(bytes, at + 32)? as usize;
            let name = slice(bytes, at + 46, name_len)?;
            entries.push(Entry {
                name: String::from_utf8_lossy(name).replace('\\', "/"),
                flags: u16_at(bytes, at + 8)?,
                method: u16_at(bytes, at + 10)?,
                crc: u32_at(bytes, at + 16)?,
                compressed: u32_at(bytes, at + 20)? as usize,
                size: u32_at(bytes, at + 24)? as usize,
                offset: u32_at(bytes, at + 42)? as usize,
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(Zip { bytes, entries })
    }

    /// The entry of a part name, compared without regard to case or a leading `/`.
    fn entry(&self, name: &str) -> Option<&Entry> {
        let name = name.trim_start_matches('/');
        self.entries
            .iter()
            .find(|e| e.name.trim_start_matches('/').eq_ignore_ascii_case(name))
    }

    /// A part's text, `None` when the archive has no such part.
    fn read(&self, name: &str) -> Result<Option<String>, ImportError> {
        let Some(entry) = self.entry(name) else {
            return Ok(None);
        };
        if entry.flags & 1 != 0 {
            return Err(ImportError::new(
                "Файл XLSX зашифрован. Сохраните книгу в Excel без пароля.",
            ));
        }
        if entry.size > MAX_PART_SIZE {
            return Err(ImportError::new(format!(
                "Лист в файле XLSX слишком велик (часть «{}» — больше {} МБ).",
                entry.name,
                MAX_PART_SIZE >> 20
            )));
        }
        let at = entry.offset;
        if slice(self.bytes, at, 4)? != b"PK\x03\x04" {
            return Err(broken());
        }
        let start =
            at + 30 + u16_at(self.bytes, at + 26)? as usize + u16_at(self.bytes, at + 28)? as usize;
        let data = slice(self.bytes, start, entry.compressed)?;
        let content =
            match entry.method {
                0 => data.to_vec(),
                8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, entry.size.max(1))
                    .map_err(|_| broken())?,
                _ => return Err(ImportError::new(
                    "Файл XLSX сжат неизвестным способом. Откройте его в Excel и сохраните заново.",
                )),
            };
        if content.len() != entry.size || crc32(&content) != entry.crc {
            return Err(broken());
        }
        let text = String::from_utf8(content).map_err(|_| bad_xml(&entry.name))?;
        Ok(Some(match text.strip_prefix('\u{FEFF}') {
            Some(rest) => rest.to_string(),
            None => text,
        }))
    }
}

// ---------------------------------------------------------------------------------------------
// XML helpers

/// Calls `f(name, attributes)` for every start tag of a part.
fn each_start(xml: &str, part: &str, mut f: impl FnMut(&str, &str)) -> Result<(), ImportError> {
    let mut reader = Reader::new(xml);
    while let Some(token) = reader.next().map_err(|()| bad_xml(part))? {
        if let Token::Start {
            name, attributes, ..
        } = token
        {
            f(name, attributes);
        }
    }
    Ok(())
}

fn attr(attributes: &str, name: &str) -> Option<String> {
    attribute(attributes, name).map(|v| v.into_owned())
}

/// Resolves a relationship target against the folder of its source part (`xl/`), `/` meaning
/// the package root.
fn resolve_target(target: &str) -> String {
    let joined = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("xl/{target}"),
    };
    let mut segments: Vec<&str> = Vec::new();
    for segment in joined.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    segments.join("/")
}

// ---------------------------------------------------------------------------------------------
// Workbook: which parts to read

struct Parts {
    sheet: String,
    shared_strings: String,
}

impl Parts {
    fn find(zip: &Zip) -> Result<Self, ImportError> {
        const WORKBOOK: &str = "xl/workbook.xml";
        const RELS: &str = "xl/_rels/workbook.xml.rels";
        // (id, type, target) of the workbook's relationships.
        let mut relationships: Vec<(String, String, String)> = Vec::new();
        if let Some(xml) = zip.read(RELS)? {
            each_start(&xml, RELS, |name, attrs| {
                if name == "Relationship" {
                    let get = |key| attr(attrs, key).unwrap_or_default();
                    relationships.push((get("Id"), get("Type"), get("Target")));
                }
            })?;
        }
        // (relationship id, hidden) of the sheets, in tab order.
        let mut sheets: Vec<(String, bool)> = Vec::new();
        if let Some(xml) = zip.read(WORKBOOK)? {
            each_start(&xml, WORKBOOK, |name, attrs| {
                if name == "sheet" {
                    let hidden = attr(attrs, "state").is_some_and(|s| s != "visible");
                    sheets.push((attr(attrs, "id").unwrap_or_default(), hidden));
                }
            })?;
        }
        let target_of = |id: &str, kind: &str| {
            relationships
                .iter()
                .find(|(i, t, _)| i == id && t.ends_with(kind))
                .map(|(_, _, target)| resolve_target(target))
        };
        // The first visible worksheet, else the first hidden one; chart sheets have no cells.
        let first = |hidden: bool| {
            sheets
                .iter()
                .filter(|(_, h)| *h == hidden)
                .filter_map(|(id, _)| target_of(id, "/worksheet"))
                .find(|path| zip.entry(path).is_some())
        };
        let sheet = match first(false).or_else(|| first(true)) {
            Some(path) => path,
            None => zip
                .entries
                .iter()
                .map(|e| e.name.trim_start_matches('/').to_ascii_lowercase())
                .filter(|n| {
                    n.strip_prefix("xl/worksheets/")
                        .is_some_and(|file| file.ends_with(".xml") && !file.contains('/'))
                })
                // sheet1.xml before sheet10.xml.
                .min_by(|a, b| (a.len(), a).cmp(&(b.len(), b)))
                .ok_or_else(|| {
                    ImportError::new(
                        "В файле нет листов книги Excel: это не файл XLSX или он повреждён.",
                    )
                })?,
        };
        let shared_strings = relationships
            .iter()
            .find(|(_, t, _)| t.ends_with("/sharedStrings"))
            .map(|(_, _, target)| resolve_target(target))
            .unwrap_or_else(|| "xl/sharedStrings.xml".to_string());
        Ok(Parts {
            sheet,
            shared_strings,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Shared strings and the sheet

/// The text of each `<si>`: its `<t>`, or its rich-text runs' `<r><t>` joined, without the
/// phonetic hints (`<rPh>`).
fn shared_strings(xml: &str, part: &str) -> Result<Vec<String>, ImportError> {
    let mut strings = Vec::new();
    let mut current: Option<String> = None;
    let mut in_text = false;
    let mut phonetic = 0usize;
    let mut reader = Reader::new(xml);
    while let Some(token) = reader.next().map_err(|()| bad_xml(part))? {
        match token {
            Token::Start { name, empty, .. } => match name {
                "si" if empty => strings.push(String::new()),
                "si" => current = Some(String::new()),
                "t" => in_text = !empty && phonetic == 0,
                "rPh" if !empty => phonetic += 1,
                _ => {}
            },
            Token::End { name } => match name {
                "si" => strings.extend(current.take()),
                "t" => in_text = false,
                "rPh" => phonetic = phonetic.saturating_sub(1),
                _ => {}
            },
            Token::Text(text) => {
                if let (true, Some(current)) = (in_text, current.as_mut()) {
                    current.push_str(&text);
                }
            }
        }
    }
    Ok(strings)
}

/// `C7` → (2, 7): the 0-based column and the 1-based row.
fn parse_cell_ref(reference: &str) -> Option<(usize, usize)> {
    let digits = reference.find(|c: char| c.is_ascii_digit())?;
    let (letters, number) = reference.split_at(digits);
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let mut column = 0usize;
    for c in letters.chars() {
        if !c.is_ascii_alphabetic() {
            return None;
        }
        column = column * 26 + (c.to_ascii_uppercase() as usize - 'A' as usize + 1);
    }
    let row = number.parse().ok()?;
    (column <= MAX_COLUMNS && (1..=MAX_ROWS).contains(&row)).then_some((column - 1, row))
}

struct Cell {
    column: usize,
    kind: String,
    value: String,
    inline: String,
}

/// The rows of a worksheet's `<sheetData>`, each cell at the column its `r` names (or after the
/// previous one when it names none).
fn sheet_rows(
    xml: &str,
    part: &str,
    shared: &[String],
) -> Result<Vec<(usize, Vec<String>)>, ImportError> {
    let mut rows = Vec::new();
    let mut in_data = false;
    let mut row = 0usize;
    let mut cells: Vec<String> = Vec::new();
    let mut next_column = 0usize;
    let mut cell: Option<Cell> = None;
    let mut in_value = false;
    let mut in_inline = false;
    let mut in_text = false;
    let mut phonetic = 0usize;
    let mut reader = Reader::new(xml);
    while let Some(token) = reader.next().map_err(|()| bad_xml(part))? {
        match token {
            Token::Start {
                name,
                attributes,
                empty,
            } => match name {
                "sheetData" => in_data = !empty,
                "row" if in_data => {
                    row = match attr(attributes, "r") {
                        Some(r) => r
                            .trim()
                            .parse()
                            .ok()
                            .filter(|n| (1..=MAX_ROWS).contains(n))
                            .ok_or_else(|| {
                                ImportError::new(format!(
                                    "Файл XLSX повреждён: неверный номер строки «{r}»."
                                ))
                            })?,
                        None => row + 1,
                    };
                    cells.clear();
                    next_column = 0;
                }
                "c" if in_data => {
                    let column = match attr(attributes, "r") {
                        Some(r) => match parse_cell_ref(r.trim()) {
                            Some((column, _)) => column,
                            None => {
                                return Err(ImportError::new(format!(
                                    "Файл XLSX повреждён: неверный адрес ячейки «{r}» в строке \
                                     {row}."
                                )))
                            }
                        },
                        None if next_column < MAX_COLUMNS => next_column,
                        None => return Err(broken()),
                    };
                    next_column = column + 1;
                    if !empty {
                        cell = Some(Cell {
                            column,
                            kind: attr(attributes, "t").unwrap_or_default(),
                            value: String::new(),
                            inline: String::new(),
                        });
                    }
                }
                "v" => in_value = !empty && cell.is_some(),
                "is" => in_inline = !empty && cell.is_some(),
                "t" => in_text = !empty && in_inline && phonetic == 0,
                "rPh" if !empty => phonetic += 1,
                _ => {}
            },
            Token::End { name } => match name {
                "sheetData" => in_data = false,
                "row" if in_data => rows.push((row, std::mem::take(&mut cells))),
                "c" => {
                    if let Some(c) = cell.take() {
                        let text = cell_text(c.kind.as_str(), c.value, c.inline, shared)
                            .ok_or_else(|| {
                                ImportError::new(format!(
                                    "Файл XLSX повреждён: ячейка {}{row} ссылается на \
                                     несуществующую строку текста.",
                                    column_letters(c.column)
                                ))
                            })?;
                        if cells.len() <= c.column {
                            cells.resize(c.column + 1, String::new());
                        }
                        cells[c.column] = text;
                    }
                }
                "v" => in_value = false,
                "is" => in_inline = false,
                "t" => in_text = false,
                "rPh" => phonetic = phonetic.saturating_sub(1),
                _ => {}
            },
            Token::Text(text) => {
                if let Some(c) = cell.as_mut() {
                    if in_value {
                        c.value.push_str(&text);
                    } else if in_text {
                        c.inline.push_str(&text);
                    }
                }
            }
        }
    }
    Ok(rows)
}

/// A cell's text from its type (`t`), its `<v>` and its inline string; `None` for a
/// shared-string index that is out of range.
fn cell_text(kind: &str, value: String, inline: String, shared: &[String]) -> Option<String> {
    Some(match kind {
        "s" => shared.get(value.trim().parse::<usize>().ok()?)?.clone(),
        "b" => match value.trim() {
            "1" => "ИСТИНА".to_string(),
            "0" => "ЛОЖЬ".to_string(),
            _ => value,
        },
        // "inlineStr" keeps its text in <is>; "n" (or none), "str", "e" and "d" in <v>.
        _ if !inline.is_empty() => inline,
        _ => value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::documents::zip_store;
    use crate::domain::import::test_cells::*;

    fn fixture() -> Vec<u8> {
        std::fs::read("tests/fixtures/import/teachers.xlsx").unwrap()
    }

    /// A workbook of the given parts, each part stored uncompressed.
    fn workbook(parts: &[(&str, &str)]) -> Vec<u8> {
        let entries: Vec<(&str, &[u8])> = parts.iter().map(|(n, c)| (*n, c.as_bytes())).collect();
        zip_store::store(&entries)
    }

    const NS: &str = r#"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

    fn sheet(rows: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{rows}</sheetData></worksheet>"#
        )
    }

    #[test]
    fn excel_serials_are_dates_of_the_1900_system() {
        assert_eq!(excel_serial_to_date(45170.0), Some((2023, 9, 1)));
        assert_eq!(excel_serial_to_date(45170.75), Some((2023, 9, 1)));
        assert_eq!(excel_serial_to_date(1.0), Some((1900, 1, 1)));
        assert_eq!(excel_serial_to_date(59.0), Some((1900, 2, 28)));
        // 60 is Excel's 29 February 1900, a day that did not exist.
        assert_eq!(excel_serial_to_date(60.0), None);
        assert_eq!(excel_serial_to_date(61.0), Some((1900, 3, 1)));
        assert_eq!(excel_serial_to_date(36_526.0), Some((2000, 1, 1)));
        assert_eq!(excel_serial_to_date(36_585.0), Some((2000, 2, 29)));
        assert_eq!(excel_serial_to_date(2_958_465.0), Some((9999, 12, 31)));
        for bad in [0.0, 0.5, -1.0, 2_958_466.0, f64::NAN, f64::INFINITY] {
            assert_eq!(excel_serial_to_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn fixture_made_by_libreoffice() {
        let table = read_xlsx(&fixture()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            table,
            Table {
                headers: strings(&["ФИО", "Должность", "Предмет", "Стаж", "Дата рождения"]),
                rows: table_rows(&[
                    (
                        2,
                        &[
                            "Иванова Анна Петровна",
                            "Учитель",
                            "Математика",
                            "12",
                            "31120"
                        ]
                    ),
                    // C3 is empty: LibreOffice writes no cell for it.
                    (3, &["Петров Сергей Иванович", "Учитель", "", "3", "36101"]),
                    (
                        4,
                        &[
                            "Сидорова Мария Алексеевна",
                            "Педагог-психолог",
                            "",
                            "25",
                            ""
                        ]
                    ),
                    (
                        5,
                        &[
                            "Кузнецов Илья Олегович",
                            "Учитель",
                            "Физика, информатика",
                            "1.5",
                            "37072"
                        ]
                    ),
                ]),
            }
        );
        // The dates LibreOffice stored as serial numbers.
        assert_eq!(excel_serial_to_date(31120.0), Some((1985, 3, 14)));
        assert_eq!(excel_serial_to_date(36101.0), Some((1998, 11, 2)));
        assert_eq!(excel_serial_to_date(37072.0), Some((2001, 6, 30)));
    }

    #[test]
    fn fixture_entries_are_deflated() {
        let bytes = fixture();
        let zip = Zip::open(&bytes).unwrap();
        let sheet = zip.entry("xl/worksheets/sheet1.xml").unwrap();
        assert_eq!(sheet.method, 8);
        assert!(sheet.compressed < sheet.size);
        assert!(zip
            .read("xl/worksheets/sheet1.xml")
            .unwrap()
            .unwrap()
            .contains("<sheetData>"));
        assert!(zip.read("xl/nothing.xml").unwrap().is_none());
    }

    #[test]
    fn truncated_file_is_reported_as_broken() {
        let bytes = fixture();
        for len in [0, 10, bytes.len() / 2, bytes.len() - 30, bytes.len() - 1] {
            let err = read_xlsx(&bytes[..len]).unwrap_err();
            assert!(
                err.message.starts_with("Файл XLSX повреждён"),
                "{len}: {err}"
            );
        }
        // The end kept, a piece of the middle lost: the offsets point past the data.
        let mut holed = bytes[..1000].to_vec();
        holed.extend_from_slice(&bytes[1500..]);
        let err = read_xlsx(&holed).unwrap_err();
        assert!(err.message.starts_with("Файл XLSX повреждён"), "{err}");
    }

    #[test]
    fn corrupted_data_fails_the_crc_check() {
        let mut bytes = fixture();
        let zip = Zip::open(&bytes).unwrap();
        let entry = zip.entry("xl/sharedStrings.xml").unwrap();
        let name_len = u16_at(&bytes, entry.offset + 26).unwrap() as usize;
        let data =
            entry.offset + 30 + name_len + u16_at(&bytes, entry.offset + 28).unwrap() as usize;
        let at = data + entry.compressed - 3;
        // Flip a bit near the end of the deflate stream: inflating fails or gives other bytes.
        bytes[at] ^= 0x10;
        let err = read_xlsx(&bytes).unwrap_err();
        assert!(err.message.starts_with("Файл XLSX повреждён"), "{err}");
    }

    #[test]
    fn cell_types_references_and_rich_text() {
        let shared = format!(
            r#"<sst {NS}><si><t>ФИО</t></si><si><r><rPr><b/></rPr><t>Пред</t></r><r><t xml:space="preserve">меты </t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si><si/><si><t>Иванов &amp; сын</t></si></sst>"#
        );
        let rows = r#"
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Стаж</t></is></c><c r="E1" t="str"><v>Формула</v></c><c r="F1" t="s"><v>2</v></c></row>
            <row r="3" spans="1:6"><c r="A3" t="s"><v>3</v></c><c r="C3"><v>12</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#N/A</v></c></row>
            <row r="4"><c r="E4" t="inlineStr"><is><r><t>а</t></r><r><t>б</t></r></is></c><c r="B4" s="3" t="n"><v>0.1</v></c><c r="C4" t="b"><v>0</v></c></row>
            <row><c t="inlineStr"><is><t>&#1055;етров</t></is></c><c/><c><f>1+1</f><v>2</v></c></row>
            <row r="7"><c r="A7" s="1"/><c r="B7" t="s"><v>2</v></c></row>"#;
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;
        let book = format!(
            r#"<workbook {NS}><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        );
        let bytes = workbook(&[
            ("xl/workbook.xml", &book),
            ("xl/_rels/workbook.xml.rels", rels),
            ("xl/sharedStrings.xml", &shared),
            ("xl/worksheets/sheet1.xml", &sheet(rows)),
        ]);
        let table = read_xlsx(&bytes).unwrap_or_else(|e| panic!("{e}"));
        assert_table(
            &table,
            &["ФИО", "Предметы", "Стаж", "", "Формула"],
            &[
                (3, &["Иванов & сын", "", "12", "ИСТИНА", "#N/A"]),
                (4, &["", "0.1", "ЛОЖЬ", "", "аб"]),
                // No `r` on the row or its cells: the next row, the next columns.
                (5, &["Петров", "", "2", "", ""]),
            ],
        );
    }

    #[test]
    fn first_visible_worksheet_is_read() {
        let book = format!(
            r#"<workbook {NS}><sheets><sheet name="Скрытый" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Диаграмма" sheetId="2" r:id="rId2"/><sheet name="Педагоги" sheetId="3" r:id="rId3"/><sheet name="Ещё" sheetId="4" r:id="rId4"/></sheets></workbook>"#
        );
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/teachers.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./worksheets/../worksheets/sheet4.xml"/></Relationships>"#;
        let row = |name: &str| {
            sheet(&format!(
                r#"<row r="1"><c r="A1" t="inlineStr"><is><t>ФИО</t></is></c><c r="B1" t="inlineStr"><is><t>Лист</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Иванов</t></is></c><c r="B2" t="inlineStr"><is><t>{name}</t></is></c></row>"#
            ))
        };
        let bytes = workbook(&[
            ("xl/workbook.xml", &book),
            ("xl/_rels/workbook.xml.rels", rels),
            ("xl/chartsheets/sheet1.xml", "<chartsheet/>"),
            ("xl/worksheets/sheet1.xml", &row("скрытый")),
            ("xl/worksheets/teachers.xml", &row("педагоги")),
            ("xl/worksheets/sheet4.xml", &row("ещё")),
        ]);
        let table = read_xlsx(&bytes).unwrap_or_else(|e| panic!("{e}"));
        assert_rows(&table, &[(2, &["Иванов", "педагоги"])]);
        assert_eq!(
            resolve_target("./worksheets/../worksheets/sheet4.xml"),
            "xl/worksheets/sheet4.xml"
        );
    }

    #[test]
    fn without_workbook_the_first_sheet_file_is_read() {
        let rows = r#"<row r="2"><c r="B2" t="inlineStr"><is><t>ФИО</t></is></c><c r="C2" t="inlineStr"><is><t>Стаж</t></is></c></row><row r="3"><c r="B3" t="inlineStr"><is><t>Иванов</t></is></c><c r="C3"><v>4</v></c></row>"#;
        let bytes = workbook(&[
            ("xl/worksheets/sheet10.xml", "<worksheet/>"),
            ("xl/worksheets/sheet1.xml", &sheet(rows)),
        ]);
        let table = read_xlsx(&bytes).unwrap_or_else(|e| panic!("{e}"));
        assert_table(&table, &["", "ФИО", "Стаж"], &[(3, &["", "Иванов", "4"])]);
    }

    #[test]
    fn russian_errors_for_other_archives_and_bad_parts() {
        let docx = workbook(&[("word/document.xml", "<w:document/>")]);
        assert_eq!(
            read_xlsx(&docx).unwrap_err().message,
            "В файле нет листов книги Excel: это не файл XLSX или он повреждён."
        );
        let unclosed = workbook(&[(
            "xl/worksheets/sheet1.xml",
            "<worksheet><sheetData><row></c></sheetData></worksheet>",
        )]);
        assert_eq!(
            read_xlsx(&unclosed).unwrap_err().message,
            "Файл XLSX повреждён: его часть «xl/worksheets/sheet1.xml» не читается как XML. \
             Откройте файл в Excel и сохраните заново."
        );
        let bad_ref = workbook(&[(
            "xl/worksheets/sheet1.xml",
            &sheet(r#"<row r="7"><c r="7A"><v>1</v></c></row>"#),
        )]);
        assert_eq!(
            read_xlsx(&bad_ref).unwrap_err().message,
            "Файл XLSX повреждён: неверный адрес ячейки «7A» в строке 7."
        );
        let missing = workbook(&[(
            "xl/worksheets/sheet1.xml",
            &sheet(r#"<row r="2"><c r="C2" t="s"><v>5</v></c></row>"#),
        )]);
        assert_eq!(
            read_xlsx(&missing).unwrap_err().message,
            "Файл XLSX повреждён: ячейка C2 ссылается на несуществующую строку текста."
        );
        let empty = workbook(&[("xl/worksheets/sheet1.xml", &sheet(""))]);
        assert!(read_xlsx(&empty)
            .unwrap_err()
            .message
            .starts_with("Файл пуст"));
        let header_only = workbook(&[(
            "xl/worksheets/sheet1.xml",
            &sheet(r#"<row r="1"><c r="A1" t="inlineStr"><is><t>ФИО</t></is></c></row>"#),
        )]);
        assert!(read_xlsx(&header_only)
            .unwrap_err()
            .message
            .starts_with("В файле нет строк с данными"));
    }

    #[test]
    fn cell_references() {
        assert_eq!(parse_cell_ref("A1"), Some((0, 1)));
        assert_eq!(parse_cell_ref("C7"), Some((2, 7)));
        assert_eq!(parse_cell_ref("Z10"), Some((25, 10)));
        assert_eq!(parse_cell_ref("AA3"), Some((26, 3)));
        assert_eq!(parse_cell_ref("XFD1048576"), Some((16_383, 1_048_576)));
        for bad in ["", "A", "7", "A0", "XFE1", "AAAA1", "A1B", "Ж1", "A1048577"] {
            assert_eq!(parse_cell_ref(bad), None, "{bad}");
        }
        for (column, name) in [
            (0, "A"),
            (2, "C"),
            (25, "Z"),
            (26, "AA"),
            (701, "ZZ"),
            (702, "AAA"),
            (16_383, "XFD"),
        ] {
            assert_eq!(column_letters(column), name);
            assert_eq!(parse_cell_ref(&format!("{name}1")), Some((column, 1)));
        }
    }
}
