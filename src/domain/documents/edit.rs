//! Editing a generated document block by block: every text of a block is a slot the user can
//! rewrite. The first edit copies the generated blocks into the registry record; from then on
//! the document keeps the user's text until it is regenerated from the data.

use super::model::{Block, Run, Text};
use super::registry::DocKind;
use super::templates::generate;
use crate::domain::data::SchoolData;

/// Where a text sits in a document's blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The text of a heading or a paragraph.
    Text(usize),
    ListItem(usize, usize),
    /// Block, row (`None`: the header row), column.
    Cell(usize, Option<usize>, usize),
    /// Block, right side?, line.
    Approval(usize, bool, usize),
    SignaturePosition(usize),
    SignatureName(usize),
    AcquaintanceTitle(usize),
    AcquaintancePerson(usize, usize),
}

/// Longest text of one slot.
pub const MAX_SLOT_CHARS: usize = 20_000;

/// Every slot of a block, with a Russian label for the editor.
pub fn slots(blocks: &[Block], i: usize) -> Vec<(Slot, String)> {
    match &blocks[i] {
        Block::Heading { .. } => vec![(Slot::Text(i), "Заголовок".into())],
        Block::Paragraph { .. } => vec![(Slot::Text(i), "Абзац".into())],
        Block::List { items, .. } => (0..items.len())
            .map(|j| (Slot::ListItem(i, j), format!("Пункт {}", j + 1)))
            .collect(),
        Block::Table(t) => {
            let mut out: Vec<(Slot, String)> = (0..t.header.len())
                .map(|c| {
                    (
                        Slot::Cell(i, None, c),
                        format!("Заголовок столбца {}", c + 1),
                    )
                })
                .collect();
            for (r, row) in t.rows.iter().enumerate() {
                for c in 0..row.len() {
                    out.push((
                        Slot::Cell(i, Some(r), c),
                        format!("Строка {}, столбец {}", r + 1, c + 1),
                    ));
                }
            }
            out
        }
        Block::Approval { left, right } => (0..left.len())
            .map(|j| {
                (
                    Slot::Approval(i, false, j),
                    format!("Слева, строка {}", j + 1),
                )
            })
            .chain((0..right.len()).map(|j| {
                (
                    Slot::Approval(i, true, j),
                    format!("Справа, строка {}", j + 1),
                )
            }))
            .collect(),
        Block::Signature(_) => vec![
            (Slot::SignaturePosition(i), "Подпись: должность".into()),
            (Slot::SignatureName(i), "Подпись: И.О. Фамилия".into()),
        ],
        Block::Acquaintance { people, .. } => {
            std::iter::once((Slot::AcquaintanceTitle(i), "Лист ознакомления".into()))
                .chain((0..people.len()).map(|j| {
                    (
                        Slot::AcquaintancePerson(i, j),
                        format!("Ознакомлен {}", j + 1),
                    )
                }))
                .collect()
        }
        Block::PageBreak | Block::Chart(_) => vec![],
    }
}

fn slot_mut(blocks: &mut [Block], slot: Slot) -> Option<&mut Text> {
    match slot {
        Slot::Text(i) => match blocks.get_mut(i)? {
            Block::Heading { text, .. } | Block::Paragraph { text, .. } => Some(text),
            _ => None,
        },
        Slot::ListItem(i, j) => match blocks.get_mut(i)? {
            Block::List { items, .. } => items.get_mut(j),
            _ => None,
        },
        Slot::Cell(i, row, c) => match blocks.get_mut(i)? {
            Block::Table(t) => match row {
                None => t.header.get_mut(c),
                Some(r) => t.rows.get_mut(r)?.get_mut(c),
            },
            _ => None,
        },
        Slot::Approval(i, right, j) => match blocks.get_mut(i)? {
            Block::Approval { left, right: r } => {
                if right {
                    r.get_mut(j)
                } else {
                    left.get_mut(j)
                }
            }
            _ => None,
        },
        Slot::SignaturePosition(i) | Slot::SignatureName(i) => match blocks.get_mut(i)? {
            Block::Signature(s) => Some(if matches!(slot, Slot::SignaturePosition(_)) {
                &mut s.position
            } else {
                &mut s.name
            }),
            _ => None,
        },
        Slot::AcquaintanceTitle(i) => match blocks.get_mut(i)? {
            Block::Acquaintance { title, .. } => Some(title),
            _ => None,
        },
        Slot::AcquaintancePerson(i, j) => match blocks.get_mut(i)? {
            Block::Acquaintance { people, .. } => people.get_mut(j),
            _ => None,
        },
    }
}

/// The plain text of a slot.
pub fn slot_text(blocks: &[Block], slot: Slot) -> Option<String> {
    let mut copy = blocks.to_vec();
    slot_mut(&mut copy, slot).map(|t| super::model::plain_text(t))
}

/// Replaces the text of a slot. Emphasis shared by the whole old text is kept; a placeholder
/// becomes the user's own text.
pub fn set_slot(blocks: &mut [Block], slot: Slot, value: &str) -> Result<(), String> {
    if value.chars().count() > MAX_SLOT_CHARS {
        return Err(format!("Текст не длиннее {MAX_SLOT_CHARS} символов"));
    }
    let text = slot_mut(blocks, slot).ok_or("Такого места в документе нет")?;
    if super::model::plain_text(text) == value {
        return Ok(());
    }
    let all =
        |f: fn(&Run) -> bool| !text.is_empty() && text.iter().filter(|r| !r.text.is_empty()).all(f);
    let run = Run {
        text: value.to_string(),
        bold: all(|r| r.bold),
        italic: all(|r| r.italic),
        placeholder: false,
    };
    *text = vec![run];
    Ok(())
}

/// Edits one text of a document; the first edit copies the generated text.
pub fn edit_text(
    data: &mut SchoolData,
    kind: DocKind,
    slot: Slot,
    value: &str,
) -> Result<(), String> {
    let mut blocks = match data.document(kind).edited {
        Some(blocks) => blocks,
        None => generate(kind, data).blocks,
    };
    set_slot(&mut blocks, slot, value)?;
    data.update_document(kind, |r| r.edited = Some(blocks));
    Ok(())
}

/// Drops the user's edits: the text follows the data again.
pub fn regenerate(data: &mut SchoolData, kind: DocKind) {
    data.update_document(kind, |r| r.edited = None);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::documents::templates::document;

    #[test]
    fn first_edit_copies_the_generated_text_and_changes_one_slot() {
        let mut d = SchoolData::default();
        d.profile.short_name = "Школа-1".into();
        let generated = generate(DocKind::OrderRegulation, &d).blocks;
        let i = generated
            .iter()
            .position(|b| matches!(b, Block::List { .. }))
            .unwrap();
        edit_text(
            &mut d,
            DocKind::OrderRegulation,
            Slot::ListItem(i, 0),
            "Утвердить Положение.",
        )
        .unwrap();
        let doc = document(DocKind::OrderRegulation, &d);
        assert_eq!(
            slot_text(&doc.blocks, Slot::ListItem(i, 0)).unwrap(),
            "Утвердить Положение."
        );
        assert_eq!(doc.blocks.len(), generated.len());
        assert_eq!(doc.blocks[0], generated[0]);
        // Data changes no longer reach the edited text…
        d.profile.short_name = "Лицей-2".into();
        assert!(document(DocKind::OrderRegulation, &d)
            .plain()
            .contains("Школа-1"));
        // …until it is regenerated.
        regenerate(&mut d, DocKind::OrderRegulation);
        assert!(document(DocKind::OrderRegulation, &d)
            .plain()
            .contains("Лицей-2"));
        assert!(d.documents.is_empty());
    }

    #[test]
    fn emphasis_is_kept_and_placeholders_become_text() {
        let mut blocks = vec![
            Block::aligned(
                vec![Run::bold("ПРИКАЗЫВАЮ:")],
                super::super::model::Align::Left,
            ),
            Block::para(vec![Run::plain("от "), Run::placeholder("дата")]),
        ];
        set_slot(&mut blocks, Slot::Text(0), "ПОСТАНОВЛЯЮ:").unwrap();
        set_slot(&mut blocks, Slot::Text(1), "от 01.09.2025").unwrap();
        let Block::Paragraph { text, .. } = &blocks[0] else {
            panic!()
        };
        assert!(text[0].bold);
        let Block::Paragraph { text, .. } = &blocks[1] else {
            panic!()
        };
        assert_eq!(text, &vec![Run::plain("от 01.09.2025")]);
    }

    #[test]
    fn every_slot_of_every_template_can_be_read_and_written() {
        let d = SchoolData::default();
        for kind in DocKind::ALL {
            let mut blocks = generate(kind, &d).blocks;
            for i in 0..blocks.len() {
                for (slot, label) in slots(&blocks, i) {
                    assert!(!label.is_empty());
                    assert!(slot_text(&blocks, slot).is_some(), "{kind:?} {slot:?}");
                    set_slot(&mut blocks, slot, "x").unwrap();
                    assert_eq!(slot_text(&blocks, slot).unwrap(), "x");
                }
            }
        }
        let mut blocks = generate(DocKind::Regulation, &d).blocks;
        assert!(set_slot(&mut blocks, Slot::ListItem(0, 99), "x").is_err());
        assert!(set_slot(&mut blocks, Slot::Text(1), &"я".repeat(MAX_SLOT_CHARS + 1)).is_err());
    }
}
