//! Charts of the monitoring as inline SVG: horizontal bars, one or more series per row (a
//! bar chart, a distribution of marks, «до» and «после»). Pure and integer: a chart is data
//! ([`Chart`], kept in the document model), the SVG is drawn from it when rendered, every text
//! escaped. Each chart has an equivalent table ([`to_table`]) for screen readers and for DOCX.

use super::documents::model::{Run, Table};
use super::format::escape;

pub use super::documents::model::{Chart, ChartRow};

const WIDTH: u32 = 640;
const LABEL_W: u32 = 230;
const BAR_X: u32 = 240;
const BAR_W: u32 = 330;
const BAR_H: u32 = 16;
const GAP: u32 = 10;
/// Fills that stay apart in black-and-white print: dark, and light with a dark outline.
const FILLS: [&str; 3] = ["#1f4e79", "#9dc3e6", "#7f7f7f"];

/// A label cut to fit the label column (the table keeps the full text).
fn short(label: &str) -> String {
    const MAX: usize = 36;
    if label.chars().count() <= MAX {
        label.to_string()
    } else {
        let cut: String = label.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The chart as a standalone SVG element. Hidden from screen readers: the table that goes
/// with it carries the same figures.
pub fn svg(c: &Chart) -> String {
    draw(c, None)
}

/// The chart as an image of its own for screen readers too: `role="img"` named by its
/// `<title>` and `<desc>` (`desc` says what it shows; `id` makes their ids unique on the
/// page), and, with more than one series, each value written with its series' name, so that
/// no figure is told by colour alone.
pub fn svg_described(c: &Chart, id: &str, desc: &str) -> String {
    draw(c, Some((id, desc)))
}

fn draw(c: &Chart, described: Option<(&str, &str)>) -> String {
    let series = c.series.len().max(1) as u32;
    let named = described.is_some() && c.series.len() > 1;
    let value_text = |s: usize, v: u32| {
        if named {
            format!("{} — {}", c.value(v), c.series[s])
        } else {
            c.value(v)
        }
    };
    let width = if named {
        let longest = c
            .rows
            .iter()
            .flat_map(|r| r.values.iter().enumerate().map(|(s, v)| value_text(s, *v)))
            .map(|t| t.chars().count() as u32)
            .max()
            .unwrap_or(0);
        (BAR_X + BAR_W + 8 + 7 * longest).max(WIDTH)
    } else {
        WIDTH
    };
    let legend = if c.series.len() > 1 { 24 } else { 0 };
    let row_h = series * BAR_H + GAP;
    let height = if c.rows.is_empty() {
        40
    } else {
        legend + c.rows.len() as u32 * row_h + GAP
    };
    let max = c.max.max(1);
    let a11y = match described {
        None => "aria-hidden=\"true\" focusable=\"false\"".to_string(),
        Some((id, _)) => {
            format!("role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\"")
        }
    };
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" {a11y} \
         font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"12\">"
    );
    if let Some((id, desc)) = described {
        out.push_str(&format!(
            "<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
            escape(&c.title),
            escape(desc)
        ));
    }
    if c.rows.is_empty() {
        out.push_str("<text x=\"10\" y=\"24\" fill=\"#333\">Нет данных</text></svg>");
        return out;
    }
    if legend > 0 {
        let mut x = BAR_X;
        for (i, s) in c.series.iter().enumerate() {
            out.push_str(&format!(
                "<rect x=\"{x}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{}\" stroke=\"#1f4e79\"/>\
                 <text x=\"{}\" y=\"16\" fill=\"#222\">{}</text>",
                FILLS[i % FILLS.len()],
                x + 16,
                escape(&short(s))
            ));
            x += 40 + 8 * s.chars().count().min(20) as u32;
        }
    }
    // The axis line at zero.
    out.push_str(&format!(
        "<line x1=\"{BAR_X}\" y1=\"{legend}\" x2=\"{BAR_X}\" y2=\"{}\" stroke=\"#555\"/>",
        height - GAP / 2
    ));
    for (r, row) in c.rows.iter().enumerate() {
        let top = legend + GAP / 2 + r as u32 * row_h;
        let mid = top + series * BAR_H / 2 + 4;
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{mid}\" text-anchor=\"end\" fill=\"#222\">{}</text>",
            LABEL_W,
            escape(&short(&row.label))
        ));
        for (s, v) in row.values.iter().enumerate().take(series as usize) {
            let w = (*v).min(max) as u64 * BAR_W as u64 / max as u64;
            let y = top + s as u32 * BAR_H;
            out.push_str(&format!(
                "<rect x=\"{BAR_X}\" y=\"{y}\" width=\"{w}\" height=\"{}\" fill=\"{}\" stroke=\"#1f4e79\" stroke-width=\"0.5\"/>\
                 <text x=\"{}\" y=\"{}\" fill=\"#222\">{}</text>",
                BAR_H - 2,
                FILLS[s % FILLS.len()],
                BAR_X + w as u32 + 4,
                y + BAR_H - 4,
                escape(&value_text(s, *v))
            ));
        }
    }
    out.push_str("</svg>");
    out
}

/// The same figures as a table: the label column and a column per series.
pub fn to_table(c: &Chart) -> Table {
    let mut header = vec![vec![Run::plain(c.label.clone())]];
    header.extend(c.series.iter().map(|s| vec![Run::plain(s.clone())]));
    let mut widths = vec![5];
    widths.extend(c.series.iter().map(|_| 2));
    Table {
        widths,
        header,
        rows: if c.rows.is_empty() {
            let mut row = vec![vec![Run::plain("Нет данных")]];
            row.extend(c.series.iter().map(|_| vec![Run::plain("—")]));
            vec![row]
        } else {
            c.rows
                .iter()
                .map(|r| {
                    let mut row = vec![vec![Run::plain(r.label.clone())]];
                    row.extend(r.values.iter().map(|v| vec![Run::plain(c.value(*v))]));
                    row
                })
                .collect()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(rows: Vec<ChartRow>, series: &[&str]) -> Chart {
        Chart {
            title: "Удовлетворённость".into(),
            label: "Вопрос".into(),
            series: series.iter().map(|s| s.to_string()).collect(),
            rows,
            max: 100,
            tenths: true,
        }
    }

    fn row(label: &str, values: &[u32]) -> ChartRow {
        ChartRow {
            label: label.into(),
            values: values.to_vec(),
        }
    }

    /// Parses the SVG as XML and returns the widths of its bars (legend squares excluded).
    fn bars(svg: &str) -> Vec<u32> {
        let doc = roxmltree::Document::parse(svg).expect("well-formed XML");
        assert_eq!(doc.root_element().tag_name().name(), "svg");
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
        doc.descendants()
            .filter(|n| n.has_tag_name("rect") && n.attribute("y") != Some("6"))
            .map(|n| n.attribute("width").unwrap().parse().unwrap())
            .collect()
    }

    #[test]
    fn no_rows_draws_a_note_and_a_table_row() {
        let c = chart(vec![], &["Средний балл"]);
        let s = svg(&c);
        assert!(bars(&s).is_empty());
        assert!(s.contains("Нет данных"));
        assert_eq!(to_table(&c).rows.len(), 1);
    }

    #[test]
    fn one_value_and_all_equal_values_and_a_zero_maximum() {
        let c = chart(vec![row("Качество встреч", &[80])], &["Средний балл"]);
        // 80 of 100 on a 330 px bar: 264 px.
        assert_eq!(bars(&svg(&c)), [264]);
        let c = chart(
            vec![row("a", &[50]), row("b", &[50]), row("c", &[50])],
            &["Средний балл"],
        );
        assert_eq!(bars(&svg(&c)), [165, 165, 165]);
        // All zero with a zero maximum: empty bars, no division by zero.
        let mut c = chart(vec![row("a", &[0]), row("b", &[0])], &["Ответов"]);
        c.max = 0;
        c.tenths = false;
        assert_eq!(bars(&svg(&c)), [0, 0]);
        // A value above the maximum is drawn full, and labelled with its value.
        let c = chart(vec![row("a", &[120])], &["x"]);
        assert_eq!(bars(&svg(&c)), [330]);
        assert!(svg(&c).contains(">12,0<"));
    }

    #[test]
    fn two_series_have_a_legend_and_text_is_escaped() {
        let evil = "<script>alert(\"x\")</script> & «до»";
        let c = chart(vec![row(evil, &[25, 35])], &["до", "после"]);
        let s = svg(&c);
        assert_eq!(bars(&s), [82, 115]);
        assert!(!s.contains("<script>"));
        assert!(s.contains("&lt;script&gt;"));
        let doc = roxmltree::Document::parse(&s).unwrap();
        let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
        assert!(texts.contains(&"после"));
        assert!(
            texts.iter().any(|t| t.starts_with("<script>alert")),
            "{texts:?}"
        );
        let t = to_table(&c);
        assert_eq!(t.header.len(), 3);
        assert_eq!(t.rows[0][2][0].text, "3,5");
    }

    #[test]
    fn a_described_chart_is_a_named_image_and_writes_the_series_by_each_value() {
        let c = chart(vec![row("2025/2026", &[25, 35])], &["до", "после"]);
        let plain = svg(&c);
        let s = svg_described(&c, "h1", "Самооценка <по годам>");
        let doc = roxmltree::Document::parse(&s).unwrap();
        let root = doc.root_element();
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(root.attribute("aria-hidden"), None);
        assert_eq!(root.attribute("aria-labelledby"), Some("h1-title h1-desc"));
        let text_of = |tag: &str| {
            doc.descendants()
                .find(|n| n.has_tag_name(tag))
                .and_then(|n| n.text())
                .unwrap_or("")
                .to_string()
        };
        assert_eq!(text_of("title"), "Удовлетворённость");
        assert_eq!(text_of("desc"), "Самооценка <по годам>");
        let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
        assert!(texts.contains(&"2,5 — до"), "{texts:?}");
        assert!(texts.contains(&"3,5 — после"), "{texts:?}");
        // The same bars as the plain chart; the plain one stays hidden and unnamed.
        assert_eq!(bars(&s), bars(&plain));
        assert!(plain.contains("aria-hidden=\"true\"") && !plain.contains("<title"));
        // One series: the value alone.
        let one = svg_described(&chart(vec![row("a", &[80])], &["x"]), "h2", "d");
        assert!(one.contains(">8,0<"), "{one}");
    }
}
