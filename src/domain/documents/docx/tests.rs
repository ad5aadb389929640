use std::io::Read;

use super::*;
use crate::domain::documents::model::Signature;

fn long_word() -> String {
    "Ж".repeat(150) + &"w".repeat(150)
}

/// Every block variant, with text that needs escaping.
fn sample() -> Document {
    Document {
        title: "Приказ <№ 1> & \"положение\"".to_string(),
        header: vec![Run::plain(
            "ГБОУ СОШ № 96 Приморского района\nСанкт-Петербурга",
        )],
        blocks: vec![
            Block::heading(1, "ПРИКАЗ"),
            Block::aligned(
                vec![Run::plain("01.09.2025"), Run::plain("\t№ 15-о")],
                Align::Left,
            ),
            Block::heading(2, "О наставничестве"),
            Block::heading(3, "1. Общие положения"),
            Block::para(vec![
                Run::plain("Текст с <тегом> & \"кавычками\" и 'апострофом' "),
                Run::bold("жирный "),
                Run::italic("курсив "),
                Run::placeholder("ФИО директора"),
                Run::plain(format!(" {}\u{1}\u{7}конец", long_word())),
            ]),
            Block::aligned(vec![Run::plain("По центру")], Align::Center),
            Block::aligned(vec![Run::plain("Справа")], Align::Right),
            Block::List {
                ordered: true,
                items: vec![
                    vec![Run::plain("Первый пункт")],
                    vec![Run::plain("Второй пункт")],
                ],
            },
            Block::List {
                ordered: false,
                items: vec![vec![Run::plain("Маркер")]],
            },
            Block::Table(Table {
                widths: vec![1, 3, 2],
                header: vec![
                    vec![Run::plain("№")],
                    vec![Run::plain("Мероприятие")],
                    vec![Run::plain("Срок")],
                ],
                rows: vec![
                    vec![
                        vec![Run::plain("1")],
                        vec![Run::plain("Встреча A&B")],
                        vec![Run::plain("сентябрь")],
                    ],
                    vec![vec![Run::plain("2")]],
                ],
            }),
            Block::Approval {
                left: vec![
                    vec![Run::bold("РАССМОТРЕНО")],
                    vec![Run::plain("на педагогическом совете")],
                ],
                right: vec![
                    vec![Run::bold("УТВЕРЖДЕНО")],
                    vec![Run::plain("приказом директора")],
                ],
            },
            Block::Signature(Signature {
                position: vec![Run::plain("Директор")],
                name: vec![Run::plain("М.П. Иванова")],
            }),
            Block::PageBreak,
            Block::Acquaintance {
                title: vec![Run::plain("С приказом ознакомлены:")],
                people: vec![
                    vec![Run::plain("Петрова А.С.")],
                    vec![Run::placeholder("ФИО наставника")],
                ],
            },
        ],
    }
}

fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).expect("an entry");
            let mut text = String::new();
            file.read_to_string(&mut text).expect("UTF-8 text");
            (file.name().expect("a name").to_string(), text)
        })
        .collect()
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    parts
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, t)| t.as_str())
        .unwrap_or_else(|| panic!("no part {name}"))
}

fn document(doc: &Document) -> String {
    part(&unzip(&to_docx(doc)), "word/document.xml").to_string()
}

#[test]
fn the_package_has_every_part_content_types_first() {
    let parts = unzip(&to_docx(&sample()));
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[0], "[Content_Types].xml");
    for needed in [
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/settings.xml",
        "word/_rels/document.xml.rels",
        "docProps/core.xml",
        "docProps/app.xml",
    ] {
        assert!(names.contains(&needed), "missing {needed} in {names:?}");
    }
    // Every part is well-formed XML, and every overridden part exists.
    for (name, text) in &parts {
        roxmltree::Document::parse(text)
            .unwrap_or_else(|e| panic!("{name} is not well-formed: {e}"));
    }
    let types = part(&parts, "[Content_Types].xml");
    for (name, _) in parts.iter().filter(|(n, _)| !n.ends_with(".rels")) {
        if name != "[Content_Types].xml" {
            assert!(types.contains(&format!("PartName=\"/{name}\"")), "{name}");
        }
    }
}

#[test]
fn the_title_goes_into_the_core_properties_escaped() {
    let parts = unzip(&to_docx(&sample()));
    let core = roxmltree::Document::parse(part(&parts, "docProps/core.xml")).unwrap();
    let title = core
        .descendants()
        .find(|n| n.tag_name().name() == "title")
        .and_then(|n| n.text())
        .unwrap();
    assert_eq!(title, "Приказ <№ 1> & \"положение\"");
}

#[test]
fn text_is_escaped_and_reads_back_unchanged() {
    let xml = document(&sample());
    assert!(
        xml.contains("Текст с &lt;тегом&gt; &amp; &quot;кавычками&quot; и &apos;апострофом&apos; ")
    );
    assert!(!xml.contains("<тегом>"));
    assert!(xml.contains("Встреча A&amp;B"));
    // Control characters are dropped; the long word is kept whole.
    assert!(!xml.contains('\u{1}') && !xml.contains('\u{7}'));
    assert!(xml.contains(&format!(" {}конец", long_word())));
    // The parsed text of the document holds every text of the model.
    let parsed = roxmltree::Document::parse(&xml).expect("well-formed document.xml");
    let all: String = parsed
        .descendants()
        .filter(|n| n.tag_name().name() == "t")
        .filter_map(|n| n.text())
        .collect();
    for text in sample().plain().lines() {
        let clean: String = text
            .chars()
            .filter(|c| !matches!(c, '\u{1}' | '\u{7}' | '\n' | '\t'))
            .collect();
        for piece in clean.split('\n') {
            assert!(all.contains(piece), "lost text: {piece}");
        }
    }
}

#[test]
fn page_is_a4_with_official_margins_and_default_font() {
    let parts = unzip(&to_docx(&sample()));
    let xml = part(&parts, "word/document.xml");
    assert!(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    assert!(
        xml.contains("<w:pgMar w:top=\"1134\" w:right=\"567\" w:bottom=\"1134\" w:left=\"1701\"")
    );
    let styles = part(&parts, "word/styles.xml");
    assert!(styles.contains("w:ascii=\"Times New Roman\""));
    assert!(styles.contains("w:cs=\"Times New Roman\""));
    assert!(styles.contains("<w:sz w:val=\"28\"/>"));
    assert!(styles.contains("<w:lang w:val=\"ru-RU\""));
}

#[test]
fn runs_carry_bold_italic_and_the_placeholder_highlight() {
    let xml = document(&sample());
    assert!(xml.contains(
        "<w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t xml:space=\"preserve\">[ФИО директора]</w:t></w:r>"
    ));
    assert!(xml.contains(
        "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">жирный </w:t></w:r>"
    ));
    assert!(xml.contains(
        "<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">курсив </w:t></w:r>"
    ));
    // A line break and a tab inside a run.
    assert!(xml.contains(
        "ГБОУ СОШ № 96 Приморского района</w:t><w:br/><w:t xml:space=\"preserve\">Санкт-Петербурга"
    ));
    assert!(xml.contains("01.09.2025</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">№ 15-о"));
}

#[test]
fn blocks_map_to_their_layout() {
    let xml = document(&sample());
    // The school's name comes first, centred, with a rule under it.
    let body = &xml[xml.find("<w:body>").unwrap()..];
    assert!(body.starts_with("<w:body><w:p><w:pPr><w:pBdr><w:bottom"));
    assert!(body.find("ГБОУ СОШ").unwrap() < body.find("ПРИКАЗ").unwrap());
    assert!(xml.contains(
        "<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">ПРИКАЗ<"
    ));
    assert!(xml.contains("<w:pStyle w:val=\"Heading3\"/>"));
    // Paragraph alignment and the first-line indent.
    assert!(xml.contains("<w:ind w:firstLine=\"709\"/><w:jc w:val=\"both\"/>"));
    assert!(
        xml.contains("<w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">По центру")
    );
    assert!(xml.contains("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Справа"));
    // Lists: markers and a hanging indent.
    assert!(xml.contains("<w:ind w:left=\"709\" w:hanging=\"567\"/>"));
    assert!(xml.contains(
        ">1.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space=\"preserve\">Первый пункт"
    ));
    assert!(xml.contains(
        ">2.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space=\"preserve\">Второй пункт"
    ));
    assert!(
        xml.contains(">–</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space=\"preserve\">Маркер")
    );
    // The page break.
    assert!(xml.contains("<w:br w:type=\"page\"/>"));
    // The acquaintance list: a line per person with a signature and a date blank.
    assert_eq!(xml.matches(DATE_LINE).count(), 2);
    // The signature: position, a line and the name side by side.
    let sig = &xml[xml.find(">Директор<").unwrap()..];
    assert!(sig.find(SIGN_LINE).unwrap() < sig.find("М.П. Иванова").unwrap());
}

#[test]
fn the_table_is_bordered_scaled_and_repeats_its_header() {
    let xml = document(&sample());
    let parsed = roxmltree::Document::parse(&xml).unwrap();
    let tables: Vec<_> = parsed
        .descendants()
        .filter(|n| n.tag_name().name() == "tbl")
        .collect();
    // The data table, the approval, the signature and the acquaintance list.
    assert_eq!(tables.len(), 4);
    let rows = |t: roxmltree::Node| t.children().filter(|n| n.tag_name().name() == "tr").count();
    assert_eq!(rows(tables[3]), 2);
    let table = tables[0];
    let grid: Vec<u32> = table
        .descendants()
        .filter(|n| n.tag_name().name() == "gridCol")
        .map(|n| n.attributes().next().unwrap().value().parse().unwrap())
        .collect();
    assert_eq!(grid.iter().sum::<u32>(), TEXT_WIDTH);
    assert_eq!(grid, vec![1606, 4819, 3213]);
    let rows: Vec<_> = table
        .children()
        .filter(|n| n.tag_name().name() == "tr")
        .collect();
    assert_eq!(rows.len(), 3);
    // Every row has a cell per column, even the short one.
    for row in &rows {
        let cells = row
            .children()
            .filter(|n| n.tag_name().name() == "tc")
            .count();
        assert_eq!(cells, 3);
    }
    let has =
        |node: roxmltree::Node, name: &str| node.descendants().any(|n| n.tag_name().name() == name);
    assert!(has(rows[0], "tblHeader") && has(rows[0], "b"));
    assert!(!has(rows[1], "tblHeader") && !has(rows[1], "b"));
    let table_xml = &xml[table.range()];
    assert!(table_xml.contains("<w:insideV w:val=\"single\" w:sz=\"4\""));
    assert!(table_xml.contains("<w:sz w:val=\"24\"/>"));
    // The approval table has no borders.
    assert!(xml[tables[1].range()].contains("<w:insideV w:val=\"nil\"/>"));
    // A table never ends the body: Word wants a paragraph before sectPr.
    assert!(!xml.contains("</w:tbl><w:sectPr>"));
}

#[test]
fn consecutive_tables_are_kept_apart() {
    let table = Block::Table(Table {
        widths: vec![],
        header: vec![],
        rows: vec![vec![vec![Run::plain("x")], vec![Run::plain("y")]]],
    });
    let doc = Document {
        title: String::new(),
        header: vec![],
        blocks: vec![table.clone(), table],
    };
    let xml = document(&doc);
    assert_eq!(xml.matches("<w:tbl>").count(), 2);
    assert!(!xml.contains("</w:tbl><w:tbl>"));
    assert!(xml.contains("</w:tbl><w:p>"));
    // No header row: nothing is repeated.
    assert!(!xml.contains("tblHeader"));
    // No school name: the body starts with the table.
    assert!(xml.contains("<w:body><w:tbl>"));
    roxmltree::Document::parse(&xml).unwrap();
}

#[test]
fn a_table_without_rows_is_left_out() {
    let doc = Document {
        title: String::new(),
        header: vec![],
        blocks: vec![
            Block::Table(Table {
                widths: vec![1, 2],
                header: vec![],
                rows: vec![],
            }),
            Block::Table(Table {
                widths: vec![],
                header: vec![],
                rows: vec![vec![]],
            }),
            Block::para_plain("после"),
        ],
    };
    let xml = document(&doc);
    assert!(!xml.contains("<w:tbl>"));
    assert!(xml.contains("<w:body><w:p>"));
    assert!(xml.contains(">после<"));
}

#[test]
fn a_tab_in_a_left_aligned_paragraph_goes_to_the_right_margin() {
    let xml = document(&sample());
    assert!(xml.contains(concat!(
        "<w:p><w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs>",
        "<w:jc w:val=\"left\"/></w:pPr><w:r><w:t xml:space=\"preserve\">01.09.2025<"
    )));
    // Justified paragraphs keep the default tab stops.
    assert_eq!(xml.matches("<w:tabs>").count(), 1);
}

#[test]
fn widths_are_scaled_to_the_text_width() {
    assert_eq!(scale_widths(&[1, 1], 2, 9638), vec![4819, 4819]);
    assert_eq!(scale_widths(&[], 3, 9638), vec![3212, 3212, 3214]);
    // A missing or zero width gets the average share.
    assert_eq!(scale_widths(&[2, 0], 3, 6000), vec![2000, 2000, 2000]);
    assert_eq!(
        scale_widths(&[u16::MAX, 1], 2, 9638).iter().sum::<u32>(),
        9638
    );
    assert!(scale_widths(&[u16::MAX, 1], 2, 9638)[1] >= 1);
    assert!(scale_widths(&[5], 0, 9638).is_empty());
}

#[test]
fn escape_handles_every_special_character() {
    let mut out = String::new();
    escape_into(
        &mut out,
        "a&b<c>d\"e'f\u{0}\u{8}\u{b}\u{c}\u{1f}\r\u{fffe}g\th\nя",
    );
    assert_eq!(out, "a&amp;b&lt;c&gt;d&quot;e&apos;fg\th\nя");
}

#[test]
fn the_output_is_reproducible() {
    assert_eq!(to_docx(&sample()), to_docx(&sample()));
}
