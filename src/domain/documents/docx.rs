//! The `.docx` renderer of the document model: a WordprocessingML package laid out as a
//! Russian official paper (A4; margins 30/10/20/20 mm; Times New Roman 14 pt).
//!
//! The XML is written by hand (a handful of elements, always in schema order, because Word
//! rejects out-of-order children) and packed as "Stored" ZIP entries by [`super::zip_store`].

use super::model::{Align, Block, Document, Run, Signature, Table};

/// A4 in twentieths of a point.
pub const PAGE_WIDTH: u32 = 11906;
pub const PAGE_HEIGHT: u32 = 16838;
/// 30 mm, 10 mm, 20 mm, 20 mm.
pub const MARGIN_LEFT: u32 = 1701;
pub const MARGIN_RIGHT: u32 = 567;
pub const MARGIN_TOP: u32 = 1134;
pub const MARGIN_BOTTOM: u32 = 1134;
/// The width of the text column.
pub const TEXT_WIDTH: u32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
/// 1.25 cm, the first-line indent of official papers.
const FIRST_LINE: u32 = 709;
/// The font size of table cells, in half-points (12 pt; the body is 14 pt).
const SIZE_TABLE: u32 = 24;
/// The gap kept at the right of a cell of a borderless layout table.
const LAYOUT_GAP: u32 = 170;

/// The `.docx` file of a document.
pub fn to_docx(doc: &Document) -> Vec<u8> {
    let parts: [(&str, String); 8] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", ROOT_RELS.to_string()),
        ("docProps/core.xml", core_xml(&doc.title)),
        ("docProps/app.xml", APP_XML.to_string()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_string()),
        ("word/document.xml", document_xml(doc)),
        ("word/styles.xml", styles_xml()),
        ("word/settings.xml", SETTINGS_XML.to_string()),
    ];
    let entries: Vec<(&str, &[u8])> = parts
        .iter()
        .map(|(name, xml)| (*name, xml.as_bytes()))
        .collect();
    super::zip_store::store(&entries)
}

// ---------------------------------------------------------------------------------------------
// Package parts that do not depend on the document.

const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>",
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>",
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>",
    "</Types>"
);

const ROOT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>",
    "</Relationships>"
);

const DOCUMENT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>",
    "</Relationships>"
);

const APP_XML: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">",
    "<Application>Наставник</Application>",
    "</Properties>"
);

/// Compatibility mode 15 keeps Word from opening the file in "compatibility mode".
const SETTINGS_XML: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:defaultTabStop w:val=\"709\"/>",
    "<w:characterSpacingControl w:val=\"doNotCompress\"/>",
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>",
    "<w:themeFontLang w:val=\"ru-RU\"/>",
    "</w:settings>"
);

fn core_xml(title: &str) -> String {
    let mut s = String::from(XML_DECL);
    s.push_str(concat!(
        "<cp:coreProperties",
        " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"",
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
        " xmlns:dcterms=\"http://purl.org/dc/terms/\"",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">",
        "<dc:title>"
    ));
    escape_into(&mut s, title);
    s.push_str("</dc:title><dc:creator>Наставник</dc:creator><dc:language>ru-RU</dc:language></cp:coreProperties>");
    s
}

fn styles_xml() -> String {
    let mut s = String::from(XML_DECL);
    s.push_str(concat!(
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
        "<w:docDefaults>",
        "<w:rPrDefault><w:rPr>",
        "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>",
        "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>",
        "<w:lang w:val=\"ru-RU\" w:eastAsia=\"ru-RU\" w:bidi=\"ar-SA\"/>",
        "</w:rPr></w:rPrDefault>",
        "<w:pPrDefault><w:pPr>",
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
        "</w:pPr></w:pPrDefault>",
        "</w:docDefaults>",
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">",
        "<w:name w:val=\"Normal\"/><w:qFormat/>",
        "</w:style>",
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">",
        "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/>",
        "</w:style>",
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">",
        "<w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>",
        "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>",
        "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>",
        "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>",
        "</w:tblPr>",
        "</w:style>",
        "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\">",
        "<w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>",
        "</w:style>",
    ));
    // Headings: bold, kept with the next paragraph, and in the navigation pane.
    let headings = [
        (1, "center", 240, 120),
        (2, "center", 120, 120),
        (3, "left", 120, 60),
    ];
    for (level, jc, before, after) in headings {
        s.push_str(&format!(
            concat!(
                "<w:style w:type=\"paragraph\" w:styleId=\"Heading{level}\">",
                "<w:name w:val=\"heading {level}\"/><w:basedOn w:val=\"Normal\"/>",
                "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>",
                "<w:pPr><w:keepNext/><w:keepLines/>",
                "<w:spacing w:before=\"{before}\" w:after=\"{after}\"/>",
                "<w:jc w:val=\"{jc}\"/><w:outlineLvl w:val=\"{outline}\"/></w:pPr>",
                "<w:rPr><w:b/><w:bCs/></w:rPr>",
                "</w:style>"
            ),
            level = level,
            before = before,
            after = after,
            jc = jc,
            outline = level - 1,
        ));
    }
    s.push_str("</w:styles>");
    s
}

// ---------------------------------------------------------------------------------------------
// The body.

fn document_xml(doc: &Document) -> String {
    let mut b = Body::default();
    b.out.push_str(XML_DECL);
    b.out.push_str(concat!(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
        "<w:body>"
    ));
    if !doc.header.is_empty() {
        // The school's full name, centred, with a rule under it.
        b.para(
            concat!(
                "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"auto\"/></w:pBdr>",
                "<w:spacing w:after=\"360\"/><w:jc w:val=\"center\"/>"
            ),
            &doc.header,
            RunStyle::BOLD,
        );
    }
    for block in &doc.blocks {
        b.block(block);
    }
    if b.last_was_table {
        // Word wants a paragraph between a table and the section properties.
        b.empty_para("");
    }
    b.out.push_str(&format!(
        concat!(
            "<w:sectPr>",
            "<w:pgSz w:w=\"{w}\" w:h=\"{h}\"/>",
            "<w:pgMar w:top=\"{t}\" w:right=\"{r}\" w:bottom=\"{bo}\" w:left=\"{l}\"",
            " w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>",
            "<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/>",
            "</w:sectPr></w:body></w:document>"
        ),
        w = PAGE_WIDTH,
        h = PAGE_HEIGHT,
        t = MARGIN_TOP,
        r = MARGIN_RIGHT,
        bo = MARGIN_BOTTOM,
        l = MARGIN_LEFT,
    ));
    b.out
}

/// Formatting applied on top of a run's own bold/italic.
#[derive(Clone, Copy, Default)]
struct RunStyle {
    bold: bool,
    /// Half-points; `None` keeps the default 14 pt.
    size: Option<u32>,
}

impl RunStyle {
    const PLAIN: RunStyle = RunStyle {
        bold: false,
        size: None,
    };
    const BOLD: RunStyle = RunStyle {
        bold: true,
        size: None,
    };
}

/// A column of a borderless layout table.
struct Column {
    width: u32,
    jc: &'static str,
}

fn col(width: u32, jc: &'static str) -> Column {
    Column { width, jc }
}

/// The paragraphs of a cell of a layout table.
type Cell<'a> = Vec<&'a [Run]>;

#[derive(Default)]
struct Body {
    out: String,
    /// Two tables in a row merge into one in Word: a paragraph goes between them.
    last_was_table: bool,
}

impl Body {
    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, text } => {
                let style = match level {
                    0 | 1 => "Heading1",
                    2 => "Heading2",
                    _ => "Heading3",
                };
                let ppr = format!("<w:pStyle w:val=\"{style}\"/>");
                self.para(&ppr, text, RunStyle::PLAIN);
            }
            Block::Paragraph {
                text,
                align,
                indent,
            } => {
                let mut ppr = String::new();
                if *align == Align::Left {
                    // «01.09.2025<tab>№ 15-о»: a tab sends the rest to the right margin.
                    ppr.push_str(&format!(
                        "<w:tabs><w:tab w:val=\"right\" w:pos=\"{TEXT_WIDTH}\"/></w:tabs>"
                    ));
                }
                if *indent {
                    ppr.push_str(&format!("<w:ind w:firstLine=\"{FIRST_LINE}\"/>"));
                }
                ppr.push_str(&format!("<w:jc w:val=\"{}\"/>", jc(*align)));
                self.para(&ppr, text, RunStyle::PLAIN);
            }
            Block::List { ordered, items } => {
                // The marker sits 0.25 cm in; the text and its wrapped lines at 1.25 cm.
                let ppr = format!(
                    "<w:ind w:left=\"{FIRST_LINE}\" w:hanging=\"567\"/><w:jc w:val=\"both\"/>"
                );
                for (i, item) in items.iter().enumerate() {
                    let marker = if *ordered {
                        format!("{}.", i + 1)
                    } else {
                        "–".to_string()
                    };
                    self.open_para(&ppr);
                    self.run(&Run::plain(marker), RunStyle::PLAIN);
                    self.out.push_str("<w:r><w:tab/></w:r>");
                    self.runs(item, RunStyle::PLAIN);
                    self.close_para();
                }
            }
            Block::Table(table) => self.table(table),
            // DOCX gets the chart's figures as a table under its title.
            Block::Chart(c) => {
                self.para(
                    "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/>",
                    &[Run::bold(c.title.clone())],
                    RunStyle::PLAIN,
                );
                self.table(&crate::domain::charts::to_table(c));
            }
            Block::Approval { left, right } => {
                let half = TEXT_WIDTH / 2;
                let cells = vec![
                    left.iter().map(Vec::as_slice).collect(),
                    right.iter().map(Vec::as_slice).collect(),
                ];
                self.layout_table(
                    &[col(half, "left"), col(TEXT_WIDTH - half, "left")],
                    &[cells],
                    0,
                    "top",
                );
                self.empty_para("");
            }
            Block::Signature(Signature { position, name }) => {
                let line = [Run::plain(SIGN_LINE)];
                self.layout_table(
                    &[
                        col(4535, "left"),
                        col(2268, "center"),
                        col(TEXT_WIDTH - 4535 - 2268, "right"),
                    ],
                    &[vec![vec![position], vec![&line], vec![name]]],
                    480,
                    "bottom",
                );
            }
            Block::Acquaintance { title, people } => {
                self.para(
                    "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"120\"/>",
                    title,
                    RunStyle::PLAIN,
                );
                let line = [Run::plain(SHORT_SIGN_LINE)];
                let date = [Run::plain(DATE_LINE)];
                let rows: Vec<Vec<Cell>> = people
                    .iter()
                    .map(|person| vec![vec![person.as_slice()], vec![&line], vec![&date]])
                    .collect();
                self.layout_table(
                    &[
                        col(4478, "left"),
                        col(1900, "center"),
                        col(TEXT_WIDTH - 4478 - 1900, "right"),
                    ],
                    &rows,
                    240,
                    "bottom",
                );
            }
            Block::PageBreak => {
                // The paragraph mark after the break is 1 pt high, so the next page does not
                // start with a visible empty line.
                self.out.push_str(concat!(
                    "<w:p><w:pPr><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr>",
                    "<w:r><w:br w:type=\"page\"/></w:r></w:p>"
                ));
                self.last_was_table = false;
            }
        }
    }

    fn open_para(&mut self, ppr: &str) {
        self.out.push_str("<w:p>");
        if !ppr.is_empty() {
            self.out.push_str("<w:pPr>");
            self.out.push_str(ppr);
            self.out.push_str("</w:pPr>");
        }
        self.last_was_table = false;
    }

    fn close_para(&mut self) {
        self.out.push_str("</w:p>");
    }

    fn para(&mut self, ppr: &str, text: &[Run], style: RunStyle) {
        self.open_para(ppr);
        self.runs(text, style);
        self.close_para();
    }

    fn empty_para(&mut self, ppr: &str) {
        self.open_para(ppr);
        self.close_para();
    }

    fn runs(&mut self, text: &[Run], style: RunStyle) {
        for r in text {
            self.run(r, style);
        }
    }

    fn run(&mut self, run: &Run, style: RunStyle) {
        if run.text.is_empty() {
            return;
        }
        self.out.push_str("<w:r>");
        let bold = run.bold || style.bold;
        if bold || run.italic || run.placeholder || style.size.is_some() {
            // Children in schema order: b, bCs, i, iCs, sz, szCs, highlight.
            self.out.push_str("<w:rPr>");
            if bold {
                self.out.push_str("<w:b/><w:bCs/>");
            }
            if run.italic {
                self.out.push_str("<w:i/><w:iCs/>");
            }
            if let Some(sz) = style.size {
                self.out
                    .push_str(&format!("<w:sz w:val=\"{sz}\"/><w:szCs w:val=\"{sz}\"/>"));
            }
            if run.placeholder {
                self.out.push_str("<w:highlight w:val=\"yellow\"/>");
            }
            self.out.push_str("</w:rPr>");
        }
        // Tabs and line breaks are elements of their own; the rest goes into <w:t>.
        let mut segment = String::new();
        for c in run.text.chars() {
            match c {
                '\n' | '\t' => {
                    self.text(&segment);
                    segment.clear();
                    self.out
                        .push_str(if c == '\n' { "<w:br/>" } else { "<w:tab/>" });
                }
                _ => segment.push(c),
            }
        }
        self.text(&segment);
        self.out.push_str("</w:r>");
    }

    fn text(&mut self, segment: &str) {
        if segment.is_empty() {
            return;
        }
        self.out.push_str("<w:t xml:space=\"preserve\">");
        escape_into(&mut self.out, segment);
        self.out.push_str("</w:t>");
    }

    fn before_table(&mut self) {
        if self.last_was_table {
            self.spacer();
        }
    }

    /// An empty paragraph 6 pt high.
    fn spacer(&mut self) {
        self.empty_para(SPACER);
    }

    /// A bordered table; the header row is bold and repeated on every page.
    fn table(&mut self, table: &Table) {
        let columns = table
            .rows
            .iter()
            .map(Vec::len)
            .chain([table.header.len(), table.widths.len()])
            .max()
            .unwrap_or(0);
        // Word rejects a table without rows.
        if columns == 0 || (table.header.is_empty() && table.rows.is_empty()) {
            return;
        }
        // A little air above and below the grid, except at the very top of the body.
        if !self.out.ends_with("<w:body>") {
            self.spacer();
        }
        let widths = scale_widths(&table.widths, columns, TEXT_WIDTH);
        self.open_table(
            TEXT_WIDTH,
            &widths,
            "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"",
            57,
            "w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"",
        );
        let cell_style = RunStyle {
            bold: false,
            size: Some(SIZE_TABLE),
        };
        if !table.header.is_empty() {
            self.out
                .push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
            for (i, w) in widths.iter().enumerate() {
                let text = table.header.get(i).map(Vec::as_slice).unwrap_or(&[]);
                self.cell(
                    *w,
                    "center",
                    text,
                    RunStyle {
                        bold: true,
                        ..cell_style
                    },
                );
            }
            self.out.push_str("</w:tr>");
        }
        for row in &table.rows {
            self.out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (i, w) in widths.iter().enumerate() {
                let text = row.get(i).map(Vec::as_slice).unwrap_or(&[]);
                self.cell(*w, "left", text, cell_style);
            }
            self.out.push_str("</w:tr>");
        }
        self.out.push_str("</w:tbl>");
        self.spacer();
    }

    /// Opens a table `width` wide with its column `widths`: the same `border` on every side and
    /// between cells (the attributes of each border element), a fixed layout, `margin` left and
    /// right in each cell, and the `look` (the attributes of `w:tblLook`).
    fn open_table(&mut self, width: u32, widths: &[u32], border: &str, margin: u32, look: &str) {
        self.out.push_str("<w:tbl><w:tblPr>");
        self.out
            .push_str(&format!("<w:tblW w:w=\"{width}\" w:type=\"dxa\"/>"));
        self.out.push_str("<w:tblBorders>");
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            self.out.push_str(&format!("<w:{side} {border}/>"));
        }
        self.out.push_str(&format!(
            "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>\
             <w:tblCellMar><w:left w:w=\"{margin}\" w:type=\"dxa\"/>\
             <w:right w:w=\"{margin}\" w:type=\"dxa\"/></w:tblCellMar>\
             <w:tblLook {look}/></w:tblPr>"
        ));
        self.grid(widths);
    }

    /// A borderless table that places texts side by side; `before` is the space above each
    /// row, `valign` the vertical alignment of the cells («top», «bottom»).
    fn layout_table(&mut self, columns: &[Column], rows: &[Vec<Cell>], before: u32, valign: &str) {
        if rows.is_empty() {
            return;
        }
        self.before_table();
        let widths: Vec<u32> = columns.iter().map(|c| c.width).collect();
        let total: u32 = widths.iter().sum();
        self.open_table(
            total,
            &widths,
            "w:val=\"nil\"",
            0,
            "w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"",
        );
        let spacing = if before > 0 {
            format!("<w:spacing w:before=\"{before}\"/>")
        } else {
            String::new()
        };
        for row in rows {
            self.out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (i, column) in columns.iter().enumerate() {
                let gap = (i + 1 < columns.len()).then_some(LAYOUT_GAP);
                self.out.push_str("<w:tc>");
                self.tc_pr(column.width, gap, valign);
                let paras = row.get(i).map(Vec::as_slice).unwrap_or(&[]);
                if paras.is_empty() {
                    self.empty_para(&spacing);
                }
                for (j, text) in paras.iter().enumerate() {
                    let sp = if j == 0 { spacing.as_str() } else { "" };
                    let ppr = format!("{sp}<w:jc w:val=\"{}\"/>", column.jc);
                    self.para(&ppr, text, RunStyle::PLAIN);
                }
                self.out.push_str("</w:tc>");
            }
            self.out.push_str("</w:tr>");
        }
        self.out.push_str("</w:tbl>");
        self.last_was_table = true;
    }

    fn grid(&mut self, widths: &[u32]) {
        self.out.push_str("<w:tblGrid>");
        for w in widths {
            self.out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
        }
        self.out.push_str("</w:tblGrid>");
    }

    fn tc_pr(&mut self, width: u32, right_gap: Option<u32>, valign: &str) {
        // Children in schema order: tcW, tcMar, vAlign.
        self.out
            .push_str(&format!("<w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"));
        if let Some(gap) = right_gap {
            self.out.push_str(&format!(
                "<w:tcMar><w:right w:w=\"{gap}\" w:type=\"dxa\"/></w:tcMar>"
            ));
        }
        if !valign.is_empty() {
            self.out
                .push_str(&format!("<w:vAlign w:val=\"{valign}\"/>"));
        }
        self.out.push_str("</w:tcPr>");
    }

    fn cell(&mut self, width: u32, jc: &str, text: &[Run], style: RunStyle) {
        self.out.push_str("<w:tc>");
        self.tc_pr(width, None, "");
        // Every cell needs a paragraph, even an empty one.
        let ppr = format!("<w:jc w:val=\"{jc}\"/><w:rPr><w:sz w:val=\"{SIZE_TABLE}\"/></w:rPr>");
        self.para(&ppr, text, style);
        self.out.push_str("</w:tc>");
    }
}

const SPACER: &str = "<w:spacing w:line=\"120\" w:lineRule=\"exact\"/>";

/// The line for a signature and the blank for a date.
const SIGN_LINE: &str = "______________";
const SHORT_SIGN_LINE: &str = "____________";
const DATE_LINE: &str = "«___» ________ 20__ г.";

fn jc(align: Align) -> &'static str {
    match align {
        Align::Justify => "both",
        Align::Left => "left",
        Align::Center => "center",
        Align::Right => "right",
    }
}

/// Relative widths scaled to `total` twips, one per column; missing or zero widths get the
/// average share, and the rounding rest goes to the last column so the sum is exact.
fn scale_widths(widths: &[u16], columns: usize, total: u32) -> Vec<u32> {
    if columns == 0 {
        return Vec::new();
    }
    let given: Vec<u64> = widths
        .iter()
        .take(columns)
        .map(|&w| u64::from(w))
        .filter(|&w| w > 0)
        .collect();
    let average = if given.is_empty() {
        1
    } else {
        (given.iter().sum::<u64>() / given.len() as u64).max(1)
    };
    let weights: Vec<u64> = (0..columns)
        .map(|i| match widths.get(i) {
            Some(&w) if w > 0 => u64::from(w),
            _ => average,
        })
        .collect();
    let sum: u64 = weights.iter().sum();
    let mut out: Vec<u32> = weights
        .iter()
        .map(|w| ((w * u64::from(total)) / sum).max(1) as u32)
        .collect();
    let used: u32 = out.iter().take(columns - 1).sum();
    out[columns - 1] = total.saturating_sub(used).max(1);
    out
}

/// Appends `text` escaped for XML content and attribute values, dropping characters that
/// XML 1.0 does not allow (control characters other than tab and line feed; a carriage
/// return is dropped too, as Word would turn it into a paragraph mark).
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests;
