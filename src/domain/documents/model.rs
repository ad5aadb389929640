//! One text model for every official document: built by the templates from `SchoolData`,
//! edited by the user block by block, rendered to the print view (HTML) and to `.docx`.

use serde::{Deserialize, Serialize};

/// A piece of text with simple emphasis. A placeholder is a value missing from the data,
/// shown as «[ФИО директора]» and highlighted until it is filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Run {
    pub text: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub bold: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub italic: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub placeholder: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            bold: false,
            italic: false,
            placeholder: false,
        }
    }

    pub fn bold(text: impl Into<String>) -> Run {
        Run {
            bold: true,
            ..Run::plain(text)
        }
    }

    pub fn italic(text: impl Into<String>) -> Run {
        Run {
            italic: true,
            ..Run::plain(text)
        }
    }

    /// «[what]», marked as missing data.
    pub fn placeholder(what: &str) -> Run {
        Run {
            placeholder: true,
            ..Run::plain(format!("[{what}]"))
        }
    }
}

/// A paragraph's text: a list of runs.
pub type Text = Vec<Run>;

/// The plain text of runs.
pub fn plain_text(text: &[Run]) -> String {
    text.iter().map(|r| r.text.as_str()).collect()
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    #[default]
    Justify,
    Left,
    Center,
    Right,
}

/// A table cell is a text; the first row may be a header row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// Relative column widths (any unit; renderers scale them to the page).
    pub widths: Vec<u16>,
    pub header: Vec<Text>,
    pub rows: Vec<Vec<Text>>,
}

/// A signature line: «Директор ________ И.О. Фамилия».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    pub position: Text,
    pub name: Text,
}

/// Blocks of a document, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// Level 1 is the document's title («ПРИКАЗ», «ПОЛОЖЕНИЕ»), 2 a section heading.
    Heading {
        level: u8,
        text: Text,
    },
    Paragraph {
        text: Text,
        #[serde(default)]
        align: Align,
        /// First-line indent (1.25 cm), as in the body of official papers.
        #[serde(default)]
        indent: bool,
    },
    List {
        ordered: bool,
        items: Vec<Text>,
    },
    Table(Table),
    /// Two blocks side by side: «РАССМОТРЕНО …» on the left, «УТВЕРЖДЕНО …» on the right.
    Approval {
        left: Vec<Text>,
        right: Vec<Text>,
    },
    Signature(Signature),
    /// «С приказом ознакомлены:» and a line per person with room for a signature and a date.
    Acquaintance {
        title: Text,
        people: Vec<Text>,
    },
    PageBreak,
    /// A chart of the monitoring: SVG in the print view, its table in DOCX.
    Chart(Chart),
}

impl Block {
    pub fn heading(level: u8, text: impl Into<String>) -> Block {
        Block::Heading {
            level,
            text: vec![Run::plain(text)],
        }
    }

    pub fn para(text: Text) -> Block {
        Block::Paragraph {
            text,
            align: Align::Justify,
            indent: true,
        }
    }

    pub fn para_plain(text: impl Into<String>) -> Block {
        Block::para(vec![Run::plain(text)])
    }

    pub fn aligned(text: Text, align: Align) -> Block {
        Block::Paragraph {
            text,
            align,
            indent: false,
        }
    }

    /// A numbered list.
    pub fn numbered(items: Vec<Text>) -> Block {
        Block::List {
            ordered: true,
            items,
        }
    }

    /// A bulleted list.
    pub fn bullets(items: Vec<Text>) -> Block {
        Block::List {
            ordered: false,
            items,
        }
    }

    /// Every text of the block, in reading order (for search, tests and placeholders).
    pub fn texts(&self) -> Vec<&Text> {
        match self {
            Block::Heading { text, .. } | Block::Paragraph { text, .. } => vec![text],
            Block::List { items, .. } => items.iter().collect(),
            Block::Table(t) => t.header.iter().chain(t.rows.iter().flatten()).collect(),
            Block::Approval { left, right } => left.iter().chain(right.iter()).collect(),
            Block::Signature(s) => vec![&s.position, &s.name],
            Block::Acquaintance { title, people } => {
                std::iter::once(title).chain(people.iter()).collect()
            }
            Block::PageBreak | Block::Chart(_) => vec![],
        }
    }
}

/// Page header data and the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The file name without extension, e.g. «Приказ об утверждении положения».
    pub title: String,
    /// The school's full name, printed centred on top of the first page.
    pub header: Text,
    pub blocks: Vec<Block>,
}

impl Document {
    /// All text of the document, one line per text, for tests and search.
    pub fn plain(&self) -> String {
        let mut out = plain_text(&self.header);
        for b in &self.blocks {
            for t in b.texts() {
                out.push('\n');
                out.push_str(&plain_text(t));
            }
        }
        out
    }

    /// The placeholders left in the document, each once, in order.
    pub fn placeholders(&self) -> Vec<String> {
        let mut seen = Vec::new();
        let texts = std::iter::once(&self.header).chain(self.blocks.iter().flat_map(|b| b.texts()));
        for t in texts {
            for r in t.iter().filter(|r| r.placeholder) {
                if !seen.contains(&r.text) {
                    seen.push(r.text.clone());
                }
            }
        }
        seen
    }
}

// The data of a chart of the monitoring (drawn by `domain::charts`).

/// One row: a label and a value per series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartRow {
    pub label: String,
    pub values: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chart {
    pub title: String,
    /// The header of the label column of the table («Вопрос», «Оценка» …).
    pub label: String,
    /// One name per series («Средний балл»; «до», «после»).
    pub series: Vec<String>,
    pub rows: Vec<ChartRow>,
    /// The value of a full bar (at least 1 is used).
    pub max: u32,
    /// Values are tenths, shown «7,8».
    #[serde(default)]
    pub tenths: bool,
}

impl Chart {
    /// A value as shown: «7,8» for tenths, «1 234» otherwise.
    pub fn value(&self, v: u32) -> String {
        if self.tenths {
            crate::domain::monitoring::tenths(v)
        } else {
            crate::domain::format::number(v as u64)
        }
    }
}
