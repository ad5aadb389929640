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
    let series = c.series.len().max(1) as u32;
    let legend = if c.series.len() > 1 { 24 } else { 0 };
    let row_h = series * BAR_H + GAP;
    let height = if c.rows.is_empty() {
        40
    } else {
        legend + c.rows.len() as u32 * row_h + GAP
    };
    let max = c.max.max(1);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" \
         width=\"{WIDTH}\" height=\"{height}\" aria-hidden=\"true\" focusable=\"false\" \
         font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"12\">"
    );
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
                escape(&c.value(*v))
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
}
