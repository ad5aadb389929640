//! The print view of the document model: an HTML fragment laid out by `style/main.css`
//! (`.doc`: A4, Times New Roman 14 pt, margins 30/10/20/20 mm). All text is escaped.

use super::model::{Align, Block, Document, Run, Table, Text};

pub use crate::domain::format::escape;

fn run(out: &mut String, r: &Run) {
    let mut open = String::new();
    let mut close = String::new();
    if r.placeholder {
        open.push_str("<mark class=\"ph\">");
        close.insert_str(0, "</mark>");
    }
    if r.bold {
        open.push_str("<strong>");
        close.insert_str(0, "</strong>");
    }
    if r.italic {
        open.push_str("<em>");
        close.insert_str(0, "</em>");
    }
    out.push_str(&open);
    for (i, line) in r.text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        out.push_str(&escape(line));
    }
    out.push_str(&close);
}

fn text(out: &mut String, t: &Text) {
    for r in t {
        run(out, r);
    }
}

fn align_class(a: Align) -> &'static str {
    match a {
        Align::Justify => "al-j",
        Align::Left => "al-l",
        Align::Center => "al-c",
        Align::Right => "al-r",
    }
}

fn table(out: &mut String, t: &Table, class: &str) {
    let total: u32 = t.widths.iter().map(|w| *w as u32).sum::<u32>().max(1);
    out.push_str(&format!("<table class=\"{class}\"><colgroup>"));
    for w in &t.widths {
        out.push_str(&format!(
            "<col style=\"width:{}%\">",
            (*w as u32) * 100 / total
        ));
    }
    out.push_str("</colgroup>");
    if !t.header.is_empty() {
        out.push_str("<thead><tr>");
        for cell in &t.header {
            out.push_str("<th scope=\"col\">");
            text(out, cell);
            out.push_str("</th>");
        }
        out.push_str("</tr></thead>");
    }
    out.push_str("<tbody>");
    for row in &t.rows {
        out.push_str("<tr>");
        for cell in row {
            out.push_str("<td>");
            text(out, cell);
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

fn lines(out: &mut String, ls: &[Text]) {
    for l in ls {
        out.push_str("<p>");
        text(out, l);
        out.push_str("</p>");
    }
}

/// Renders one block.
pub fn block(out: &mut String, b: &Block) {
    match b {
        Block::Heading { level, text: t } => {
            let tag = match level {
                1 => "h2",
                2 => "h3",
                _ => "h4",
            };
            out.push_str(&format!("<{tag} class=\"doc-h{}\">", level.min(&3)));
            text(out, t);
            out.push_str(&format!("</{tag}>"));
        }
        Block::Paragraph {
            text: t,
            align,
            indent,
        } => {
            out.push_str(&format!(
                "<p class=\"{}{}\">",
                align_class(*align),
                if *indent { " ind" } else { "" }
            ));
            text(out, t);
            out.push_str("</p>");
        }
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            out.push_str(&format!("<{tag} class=\"doc-list\">"));
            for item in items {
                out.push_str("<li>");
                text(out, item);
                out.push_str("</li>");
            }
            out.push_str(&format!("</{tag}>"));
        }
        Block::Table(t) => table(out, t, "doc-table"),
        Block::Approval { left, right } => {
            out.push_str("<div class=\"doc-approval\"><div>");
            lines(out, left);
            out.push_str("</div><div>");
            lines(out, right);
            out.push_str("</div></div>");
        }
        Block::Signature(s) => {
            out.push_str("<div class=\"doc-signature\"><span>");
            text(out, &s.position);
            out.push_str("</span><span class=\"sign-line\" aria-hidden=\"true\"></span><span>");
            text(out, &s.name);
            out.push_str("</span></div>");
        }
        Block::Acquaintance { title, people } => {
            out.push_str("<div class=\"doc-acq\"><p>");
            text(out, title);
            out.push_str("</p>");
            for p in people {
                out.push_str("<p class=\"acq-line\"><span>");
                text(out, p);
                out.push_str(
                    "</span><span>____________</span><span>«___» ____________ 20__ г.</span></p>",
                );
            }
            out.push_str("</div>");
        }
        Block::PageBreak => out.push_str("<div class=\"page-break\"></div>"),
        Block::Chart(c) => {
            out.push_str("<figure class=\"doc-chart\"><figcaption>");
            out.push_str(&escape(&c.title));
            out.push_str("</figcaption>");
            out.push_str(&crate::domain::charts::svg(c));
            table(
                out,
                &crate::domain::charts::to_table(c),
                "doc-table chart-data",
            );
            out.push_str("</figure>");
        }
    }
}

/// The whole document as an `<article>` for the print view.
pub fn to_html(doc: &Document) -> String {
    let mut out = String::from("<article class=\"doc\" lang=\"ru\"><p class=\"doc-org\">");
    text(&mut out, &doc.header);
    out.push_str("</p>");
    for b in &doc.blocks {
        block(&mut out, b);
    }
    out.push_str("</article>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::documents::model::Signature;

    #[test]
    fn text_is_escaped_everywhere() {
        let evil = "<script>alert('x')</script> & \"q\"";
        let doc = Document {
            title: "t".into(),
            header: vec![Run::plain(evil)],
            blocks: vec![
                Block::para_plain(evil),
                Block::Table(Table {
                    widths: vec![1, 1],
                    header: vec![vec![Run::bold(evil)], vec![Run::plain("b")]],
                    rows: vec![vec![vec![Run::italic(evil)], vec![Run::placeholder(evil)]]],
                }),
                Block::Signature(Signature {
                    position: vec![Run::plain(evil)],
                    name: vec![Run::plain("И.О. Фамилия")],
                }),
            ],
        };
        let html = to_html(&doc);
        assert!(!html.contains("<script>"));
        assert!(!html.contains("alert('x')"));
        assert_eq!(
            html.matches("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
                .count(),
            6
        );
        assert!(html.contains("<mark class=\"ph\">[&lt;script&gt;"));
    }

    #[test]
    fn blocks_map_to_their_elements() {
        let doc = Document {
            title: "t".into(),
            header: vec![Run::plain("Школа")],
            blocks: vec![
                Block::heading(1, "ПРИКАЗ"),
                Block::aligned(vec![Run::plain("строка 1\nстрока 2")], Align::Right),
                Block::List {
                    ordered: true,
                    items: vec![vec![Run::plain("один")]],
                },
                Block::PageBreak,
            ],
        };
        let html = to_html(&doc);
        assert!(
            html.starts_with("<article class=\"doc\" lang=\"ru\"><p class=\"doc-org\">Школа</p>")
        );
        assert!(html.contains("<h2 class=\"doc-h1\">ПРИКАЗ</h2>"));
        assert!(html.contains("<p class=\"al-r\">строка 1<br>строка 2</p>"));
        assert!(html.contains("<ol class=\"doc-list\"><li>один</li></ol>"));
        assert!(html.contains("<div class=\"page-break\"></div>"));
    }
}
