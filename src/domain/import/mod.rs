//! Reading a school's teacher list from a CSV or XLSX file into a [`Table`] of strings, and
//! guessing which field each column holds («Импорт списка педагогов», the parsing layer).
//!
//! - [`read_csv`]: UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1251; `;`, `,` or tab;
//!   RFC 4180 quoting (see `csv.rs` for why the parser is hand-written).
//! - [`read_xlsx`]: the first worksheet of an Excel/LibreOffice workbook (see `xlsx.rs`).
//! - [`read_table`]: either of them, chosen by the file's first bytes and name.
//! - [`guess_columns`]: which [`Column`] each header names.
//!
//! Both readers end in the same rules ([`Table`]): values are trimmed, entirely empty rows are
//! dropped, the header is the first row with at least two filled cells (so a title line such as
//! «Список педагогов на 2025/2026 учебный год» above the header is skipped), empty header cells
//! at its end are dropped, and data rows are padded or cut to the header's width.

mod answers;
mod columns;
pub mod common;
mod csv;
pub mod questionnaire;
mod rows;
mod xlsx;
mod xml;

pub use answers::{guess_targets, pair_of, AnswerImport, AnswerRow, Target};
pub use columns::{guess_columns, Column};
pub use common::{find_person, match_name, NameMatch};
pub use csv::{read_csv, CsvInfo};
pub use rows::{
    check_mapping, check_rows, person_from_cells, ImportRole, ImportSession, RowCheck, AGE_GROUPS,
};
pub use xlsx::{excel_serial_to_date, read_xlsx};

use std::fmt;

/// A file's content as a table of trimmed strings: the header row and the data rows, each with
/// its 1-based row number in the file (as a spreadsheet shows it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Why a file could not be read, in Russian, naming the row or cell where that helps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub message: String,
}

impl ImportError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        ImportError {
            message: message.into(),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ImportError {}

/// Reads a CSV or XLSX file: a ZIP archive (`PK`) is read as XLSX, anything else as CSV text.
/// The name only sharpens the message for files that are neither.
pub fn read_table(file_name: &str, bytes: &[u8]) -> Result<Table, ImportError> {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    if ext == "ods" {
        return Err(ImportError::new(
            "Формат ODS не поддерживается: сохраните таблицу как XLSX («Книга Excel») или CSV.",
        ));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return read_xlsx(bytes);
    }
    // An OLE compound file: Excel 97-2003 (.xls) or an XLSX protected by a password.
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ImportError::new(
            "Это файл старого формата Excel (XLS) или книга, защищённая паролем. Сохраните её \
             в Excel как «Книга Excel (*.xlsx)» без пароля или как CSV.",
        ));
    }
    if matches!(ext.as_str(), "xlsx" | "xlsm") && !bytes.is_empty() {
        return Err(ImportError::new(format!(
            "Файл «{file_name}» назван как книга Excel (XLSX), но не является ею: возможно, он \
             повреждён."
        )));
    }
    read_csv(bytes).map(|(table, _)| table)
}

/// The rules shared by both readers: trims every value, drops entirely empty rows, picks the
/// header row, and pads or cuts the data rows to its width. `rows` are in file order.
pub(crate) fn build_table(rows: Vec<(usize, Vec<String>)>) -> Result<Table, ImportError> {
    let mut rows: Vec<(usize, Vec<String>)> = rows
        .into_iter()
        .map(|(n, cells)| (n, cells.iter().map(|c| c.trim().to_string()).collect()))
        .filter(|(_, cells): &(usize, Vec<String>)| cells.iter().any(|c| !c.is_empty()))
        .collect();
    if rows.is_empty() {
        return Err(ImportError::new(
            "Файл пуст: в нём нет ни одной заполненной строки.",
        ));
    }
    let filled = |cells: &[String]| cells.iter().filter(|c| !c.is_empty()).count();
    let header_at = rows.iter().position(|(_, c)| filled(c) >= 2).unwrap_or(0);
    let (header_row, mut headers) = rows.drain(..=header_at).next_back().expect("header row");
    while headers.last().is_some_and(|h| h.is_empty()) {
        headers.pop();
    }
    let width = headers.len();
    let rows: Vec<(usize, Vec<String>)> = rows
        .into_iter()
        .filter_map(|(n, mut cells)| {
            cells.resize(width, String::new());
            cells.iter().any(|c| !c.is_empty()).then_some((n, cells))
        })
        .collect();
    if rows.is_empty() {
        return Err(ImportError::new(format!(
            "В файле нет строк с данными: после заголовка (строка {header_row}) ничего не \
             заполнено."
        )));
    }
    Ok(Table { headers, rows })
}

/// Cells and numbered rows of a [`Table`], written briefly: the tests of the readers.
#[cfg(test)]
pub(crate) mod test_cells {
    pub fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    pub fn table_rows(rows: &[(usize, &[&str])]) -> Vec<(usize, Vec<String>)> {
        rows.iter().map(|&(n, cells)| (n, strings(cells))).collect()
    }

    #[track_caller]
    pub fn assert_table(table: &super::Table, headers: &[&str], rows: &[(usize, &[&str])]) {
        assert_eq!(table.headers, strings(headers));
        assert_rows(table, rows);
    }

    #[track_caller]
    pub fn assert_rows(table: &super::Table, rows: &[(usize, &[&str])]) {
        assert_eq!(table.rows, table_rows(rows));
    }
}

#[cfg(test)]
mod tests {
    use super::test_cells::*;
    use super::*;

    #[test]
    fn build_table_trims_drops_empty_rows_and_fits_widths() {
        let table = build_table(table_rows(&[
            (1, &[" ФИО ", "Должность", "", " "]),
            (2, &["", "  ", ""]),
            (3, &["Иванов", "Учитель", "лишнее"]),
            (4, &["Петров"]),
            (5, &["", "", "только за пределами заголовка"]),
        ]))
        .unwrap();
        assert_table(
            &table,
            &["ФИО", "Должность"],
            &[(3, &["Иванов", "Учитель"]), (4, &["Петров", ""])],
        );
    }

    #[test]
    fn build_table_skips_a_title_line_above_the_header() {
        let table = build_table(table_rows(&[
            (1, &["Список педагогов на 2025/2026 учебный год", "", ""]),
            (3, &["ФИО", "Должность"]),
            (4, &["Иванов", "Учитель"]),
        ]))
        .unwrap();
        assert_table(
            &table,
            &["ФИО", "Должность"],
            &[(4, &["Иванов", "Учитель"])],
        );
    }

    #[test]
    fn build_table_keeps_a_single_column_file() {
        let table = build_table(table_rows(&[(1, &["ФИО"]), (2, &["Иванов"])])).unwrap();
        assert_table(&table, &["ФИО"], &[(2, &["Иванов"])]);
    }

    #[test]
    fn read_table_chooses_the_reader_by_content() {
        let xlsx = std::fs::read("tests/fixtures/import/teachers.xlsx").unwrap();
        let from_xlsx = read_table("список.xlsx", &xlsx).unwrap();
        assert_eq!(from_xlsx.headers[0], "ФИО");
        // Misnamed files are read by what they are.
        assert_eq!(read_table("список.csv", &xlsx).unwrap(), from_xlsx);
        let csv = read_table("список.xlsx.txt", "ФИО;Стаж\nИванов;3\n".as_bytes()).unwrap();
        assert_rows(&csv, &[(2, &["Иванов", "3"])]);
    }

    #[test]
    fn read_table_rejects_files_of_other_kinds_in_russian() {
        let xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        assert!(read_table("список.xls", &xls)
            .unwrap_err()
            .message
            .contains("старого формата Excel"));
        assert!(read_table("список.ods", b"PK\x03\x04")
            .unwrap_err()
            .message
            .contains("ODS не поддерживается"));
        let err = read_table("список.xlsx", "ФИО;Стаж\nИванов;3\n".as_bytes()).unwrap_err();
        assert!(err.message.contains("«список.xlsx»"), "{err}");
        assert!(err.to_string().contains("не является"), "{err}");
    }
}
