//! A small pull reader for the XML parts of an XLSX file.
//!
//! Written here rather than taken from `quick-xml`, to keep the wasm small: with `quick-xml`
//! 0.42 (no features) behind the same API the import cost about 8 KB gzip more in the app's
//! wasm than with these lines (release build, `wasm-opt -Oz`). The parts Excel and LibreOffice
//! write are plain UTF-8 XML without DTDs, so the reader knows elements, attributes, text,
//! CDATA, comments, processing instructions, the five predefined entities and character
//! references; it checks that tags nest and close, and reports anything else as broken.

use std::borrow::Cow;

/// One piece of a document. Names are local (`x:row` is `row`).
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// `<name …>` or, when `empty`, `<name …/>` (no `End` follows it).
    Start {
        name: &'a str,
        attributes: &'a str,
        empty: bool,
    },
    End {
        name: &'a str,
    },
    /// Character data with entities resolved and line ends as `\n`.
    Text(Cow<'a, str>),
}

/// Reads the tokens of `text` in order; `Ok(None)` at the end, `Err(())` for a document that
/// is not well-formed (the caller names the part).
pub(crate) struct Reader<'a> {
    text: &'a str,
    pos: usize,
    open: Vec<&'a str>,
    /// The root element has ended: nothing but white space, comments and PIs may follow.
    done: bool,
}

fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

impl<'a> Reader<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Reader {
            text: text.strip_prefix('\u{FEFF}').unwrap_or(text),
            pos: 0,
            open: Vec::new(),
            done: false,
        }
    }

    /// The text after the cursor up to `end`, moving the cursor past `end`.
    fn until(&mut self, end: &str) -> Result<&'a str, ()> {
        let rest = &self.text[self.pos..];
        let at = rest.find(end).ok_or(())?;
        self.pos += at + end.len();
        Ok(&rest[..at])
    }

    pub(crate) fn next(&mut self) -> Result<Option<Token<'a>>, ()> {
        loop {
            let rest = &self.text[self.pos..];
            if rest.is_empty() {
                return if self.open.is_empty() {
                    Ok(None)
                } else {
                    Err(())
                };
            }
            if !rest.starts_with('<') {
                let raw = self.until_markup();
                if self.open.is_empty() {
                    // Only white space may stand outside the root element.
                    if raw.trim().is_empty() {
                        continue;
                    }
                    return Err(());
                }
                return unescape(raw).map(|t| Some(Token::Text(t)));
            }
            if rest.starts_with("<?") {
                self.until("?>")?;
            } else if rest.starts_with("<!--") {
                self.until("-->")?;
            } else if rest.starts_with("<![CDATA[") {
                self.pos += 9;
                let data = self.until("]]>")?;
                if self.open.is_empty() {
                    return Err(());
                }
                return Ok(Some(Token::Text(normalize_eols(data))));
            } else if rest.starts_with("<!") {
                // A DOCTYPE without an internal subset (XLSX parts have none at all).
                let declaration = self.until(">")?;
                if declaration.contains('[') {
                    return Err(());
                }
            } else if let Some(tag) = rest.strip_prefix("</") {
                let end = tag.find('>').ok_or(())?;
                let name = tag[..end].trim_end();
                self.pos += 2 + end + 1;
                if self.open.pop() != Some(name) {
                    return Err(());
                }
                self.done = self.open.is_empty();
                return Ok(Some(Token::End { name: local(name) }));
            } else {
                return self.start_tag().map(Some);
            }
        }
    }

    fn until_markup(&mut self) -> &'a str {
        let rest = &self.text[self.pos..];
        let at = rest.find('<').unwrap_or(rest.len());
        self.pos += at;
        &rest[..at]
    }

    fn start_tag(&mut self) -> Result<Token<'a>, ()> {
        let rest = &self.text[self.pos + 1..];
        // The closing `>`: the first one outside quoted attribute values.
        let mut quote = None;
        let mut close = None;
        for (i, c) in rest.char_indices() {
            match (quote, c) {
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (None, '>') => {
                    close = Some(i);
                    break;
                }
                (None, '<') => return Err(()),
                _ => {}
            }
        }
        let close = close.ok_or(())?;
        let inner = &rest[..close];
        let (inner, empty) = match inner.strip_suffix('/') {
            Some(inner) => (inner, true),
            None => (inner, false),
        };
        let name_end = inner
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(inner.len());
        let name = &inner[..name_end];
        if name.is_empty() || self.done {
            return Err(());
        }
        self.pos += 1 + close + 1;
        if empty {
            self.done = self.open.is_empty();
        } else {
            self.open.push(name);
        }
        Ok(Token::Start {
            name: local(name),
            attributes: &inner[name_end..],
            empty,
        })
    }
}

/// The value of the attribute whose local name is `name` (`r:id` is `id`), entities resolved;
/// `None` when it is absent or malformed.
pub(crate) fn attribute<'a>(attributes: &'a str, name: &str) -> Option<Cow<'a, str>> {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start();
        let eq = rest.find('=')?;
        let key = rest[..eq].trim_end();
        let value = rest[eq + 1..].trim_start();
        let quote = value.chars().next().filter(|&q| q == '"' || q == '\'')?;
        let end = value[1..].find(quote)?;
        if local(key) == name {
            return unescape(&value[1..1 + end]).ok();
        }
        rest = &value[1 + end + 1..];
    }
}

fn normalize_eols(text: &str) -> Cow<'_, str> {
    if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Resolves `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` and `&#…;` / `&#x…;`; line ends become `\n`.
pub(crate) fn unescape(raw: &str) -> Result<Cow<'_, str>, ()> {
    if !raw.contains('&') {
        return Ok(normalize_eols(raw));
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let end = after.find(';').ok_or(())?;
        let entity = &after[..end];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let number = entity.strip_prefix('#').ok_or(())?;
                let code = match number.strip_prefix('x') {
                    Some(hex) => u32::from_str_radix(hex, 16),
                    None => number.parse(),
                }
                .map_err(|_| ())?;
                char::from_u32(code).filter(|&c| c != '\0').ok_or(())?
            }
        };
        out.push(c);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(Cow::Owned(normalize_eols(&out).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Result<Vec<Token<'_>>, ()> {
        let mut reader = Reader::new(text);
        let mut out = Vec::new();
        while let Some(token) = reader.next()? {
            out.push(token);
        }
        Ok(out)
    }

    fn start<'a>(name: &'a str, attributes: &'a str, empty: bool) -> Token<'a> {
        Token::Start {
            name,
            attributes,
            empty,
        }
    }

    fn text(t: &str) -> Token<'_> {
        Token::Text(Cow::Borrowed(t))
    }

    #[test]
    fn elements_text_and_markup_to_skip() {
        let xml = "\u{FEFF}<?xml version=\"1.0\"?>\r\n<!-- c --><x:a xmlns:x=\"u\" k='a>b'>\
                   x<!-- c --><b/><![CDATA[<&>]]><?pi?><c v=\"1\">y</c></x:a>\n";
        assert_eq!(
            tokens(xml).unwrap(),
            vec![
                start("a", " xmlns:x=\"u\" k='a>b'", false),
                text("x"),
                start("b", "", true),
                text("<&>"),
                start("c", " v=\"1\"", false),
                text("y"),
                Token::End { name: "c" },
                Token::End { name: "a" },
            ]
        );
    }

    #[test]
    fn entities_and_line_ends() {
        assert_eq!(
            tokens("<t>a &amp; b &lt;&gt; &quot;&apos; &#1055;&#x41f;\r\nz\r</t>").unwrap()[1],
            text("a & b <> \"' ПП\nz\n")
        );
        assert_eq!(unescape("x").unwrap(), "x");
        for bad in ["&nbsp;", "&amp", "&#;", "&#x110000;", "&#0;"] {
            assert_eq!(unescape(bad), Err(()), "{bad}");
        }
    }

    #[test]
    fn attributes_by_local_name() {
        let attrs = r#" name="Лист 1" sheetId='1' r:id="rId&amp;2" empty="""#;
        assert_eq!(attribute(attrs, "name").as_deref(), Some("Лист 1"));
        assert_eq!(attribute(attrs, "sheetId").as_deref(), Some("1"));
        assert_eq!(attribute(attrs, "id").as_deref(), Some("rId&2"));
        assert_eq!(attribute(attrs, "empty").as_deref(), Some(""));
        assert_eq!(attribute(attrs, "state"), None);
        assert_eq!(attribute(" a=1", "a"), None);
    }

    #[test]
    fn malformed_documents_are_errors() {
        for bad in [
            "<a>",
            "<a><b></a></b>",
            "<a></b>",
            "<a>text",
            "<a x=\"1></a>",
            "<a><!-- open</a>",
            "<a><![CDATA[open</a>",
            "<a <b>></a>",
            "text<a/>",
            "<a/>text",
            "<a/><b/>",
            "<a></a><b/>",
            "</a>",
            "<>",
            "<!DOCTYPE a [<!ENTITY e \"x\">]><a/>",
        ] {
            assert_eq!(tokens(bad), Err(()), "{bad}");
        }
        assert!(tokens("<!DOCTYPE a><a/>").is_ok());
        assert!(tokens("<!-- a/> --><a/><!-- end -->\n").is_ok());
        assert!(tokens("").unwrap().is_empty());
    }
}
