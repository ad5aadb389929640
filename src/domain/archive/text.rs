//! An envelope's text, read and shaped without serde's deserializer.
//!
//! Every save and every `storage` event from another tab asks which revision is stored, and
//! the coordinator downloads the archive indented. Done through serde_json (a `Header` struct,
//! a `Value` to indent) both pulled serde_json's whole deserializer into the first visit of the
//! split build, which never decodes anything else: the decoder is a file of its own.
//!
//! [`peek_revision`] walks the text once: the top-level object, its keys, and over each value
//! by its strings and brackets. It answers `None` where serde would fail on the shape (not an
//! object, unbalanced brackets or strings, something after the end, a `revision` that is not a
//! whole number); it does not check every literal and number inside `data`, which the decoder
//! does when the data is read. [`indent`] lays out our own compact JSON as serde_json's pretty
//! printer does.

/// The top-level `"revision"` of an envelope's text, if it is a well-formed object holding one.
pub fn peek_revision(text: &str) -> Option<u64> {
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
    };
    s.ws();
    s.eat(b'{')?;
    let mut revision = None;
    s.ws();
    if s.peek() == Some(b'}') {
        s.i += 1;
    } else {
        loop {
            s.ws();
            let is_revision = s.string()? == b"revision";
            s.ws();
            s.eat(b':')?;
            s.ws();
            if is_revision {
                revision = Some(s.whole_number()?);
            } else {
                s.value()?;
            }
            s.ws();
            match s.next()? {
                b',' => continue,
                b'}' => break,
                _ => return None,
            }
        }
    }
    s.ws();
    (s.i == s.b.len()).then_some(revision).flatten()
}

/// Compact JSON (serde_json's `to_string`) laid out as serde_json's `to_string_pretty` lays
/// it out: two spaces a level, `"key": value`, empty `{}` and `[]` on one line.
pub fn indent(compact: &str) -> String {
    let b = compact.as_bytes();
    let mut out = Vec::with_capacity(b.len() + b.len() / 4);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut i = 0;
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        out.resize(out.len() + 2 * depth, b' ');
    };
    while i < b.len() {
        let c = b[i];
        if in_string {
            out.push(c);
            if c == b'\\' {
                if let Some(&next) = b.get(i + 1) {
                    out.push(next);
                    i += 1;
                }
            } else if c == b'"' {
                in_string = false;
            }
        } else {
            match c {
                b'"' => {
                    in_string = true;
                    out.push(c);
                }
                b'{' | b'[' => {
                    out.push(c);
                    if matches!(b.get(i + 1), Some(b'}' | b']')) {
                        out.push(b[i + 1]);
                        i += 1;
                    } else {
                        depth += 1;
                        newline(&mut out, depth);
                    }
                }
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    newline(&mut out, depth);
                    out.push(c);
                }
                b',' => {
                    out.push(c);
                    newline(&mut out, depth);
                }
                b':' => out.extend_from_slice(b": "),
                _ => out.push(c),
            }
        }
        i += 1;
    }
    // Only ASCII bytes were added, between whole characters of valid UTF-8.
    String::from_utf8(out).expect("indenting keeps UTF-8")
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        (self.next()? == c).then_some(())
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// A string's raw bytes between its quotes (escapes left as they are).
    fn string(&mut self) -> Option<&[u8]> {
        self.eat(b'"')?;
        let start = self.i;
        loop {
            match self.next()? {
                b'"' => return Some(&self.b[start..self.i - 1]),
                b'\\' => {
                    self.next()?;
                }
                c if c < 0x20 => return None,
                _ => {}
            }
        }
    }

    fn whole_number(&mut self) -> Option<u64> {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        let digits = std::str::from_utf8(&self.b[start..self.i]).ok()?;
        if digits.len() > 1 && digits.starts_with('0') {
            return None;
        }
        let n = digits.parse().ok()?;
        // `7.5` or `7e3` is no revision.
        (!matches!(self.peek(), Some(b'.' | b'e' | b'E'))).then_some(n)
    }

    /// Skips one value: a string, an object or array (to its matching bracket), or a literal
    /// or number (to the next delimiter).
    fn value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            b'{' | b'[' => {
                let mut open = Vec::new();
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        c @ (b'{' | b'[') => open.push(if c == b'{' { b'}' } else { b']' }),
                        c @ (b'}' | b']') if open.pop()? != c => return None,
                        _ => {}
                    }
                    self.i += 1;
                    if open.is_empty() {
                        return Some(());
                    }
                }
            }
            _ => {
                let start = self.i;
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.i += 1;
                }
                (self.i > start).then_some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::peek_revision;

    #[test]
    fn reads_the_top_level_revision_wherever_it_stands() {
        assert_eq!(peek_revision(r#"{"revision":7}"#), Some(7));
        assert_eq!(
            peek_revision(
                r#" { "data" : {"revision": 3, "a": [1, {"b": "}]"}]}, "revision" : 42 } "#
            ),
            Some(42),
            "a nested revision is not the envelope's"
        );
        assert_eq!(
            peek_revision(
                r#"{"format":"nastavnik","saved_at":"x \" } revision","revision":5,"data":{}}"#
            ),
            Some(5)
        );
    }

    #[test]
    fn answers_none_where_the_shape_is_wrong() {
        for text in [
            "",
            "[]",
            "7",
            r#"{"data":{}}"#,
            r#"{"revision":"7"}"#,
            r#"{"revision":-1}"#,
            r#"{"revision":7.5}"#,
            r#"{"revision":07}"#,
            r#"{"revision":18446744073709551616}"#,
            r#"{"revision":7,"data":{"a":[1,2}}"#,
            r#"{"revision":7,"data":{"a":"unterminated}}"#,
            r#"{"revision":7,"data":{"a":1}"#,
            r#"{"revision":7} trailing"#,
            r#"{"revision":7,}"#,
            r#"{"revision" 7}"#,
            "{\"revision\":7,\"a\":\"line\nbreak\"}",
        ] {
            assert_eq!(peek_revision(text), None, "{text:?}");
        }
    }

    #[test]
    fn agrees_with_serde_on_real_envelopes() {
        #[derive(serde::Deserialize)]
        struct Header {
            revision: u64,
        }
        let serde = |t: &str| serde_json::from_str::<Header>(t).ok().map(|h| h.revision);
        let env = crate::domain::archive::Envelope::new(
            crate::domain::example::example_school(),
            12,
            "2026-12-05T01:00:00Z",
        );
        for text in [env.to_json(), env.to_json_pretty()] {
            assert_eq!(peek_revision(&text), Some(12));
            assert_eq!(peek_revision(&text), serde(&text));
            // Cut anywhere, the text is unreadable to both.
            for cut in [1, text.len() / 3, text.len() / 2, text.len() - 1] {
                let cut = (0..=cut).rev().find(|&c| text.is_char_boundary(c)).unwrap();
                assert_eq!(peek_revision(&text[..cut]), None, "cut at {cut}");
                assert_eq!(serde(&text[..cut]), None);
            }
        }
    }

    #[test]
    fn indents_as_serde_json_does() {
        use super::indent;
        let env = crate::domain::archive::Envelope::new(
            crate::domain::example::example_school(),
            3,
            "2026-12-05T01:00:00Z",
        );
        // The envelope's own order of fields (a `Value` would sort them).
        assert_eq!(
            indent(&env.to_json()),
            serde_json::to_string_pretty(&env).unwrap()
        );
        let tricky = r#"{"a":[],"b":{},"c":"x,{y}:[\"z\"]\\","d":[{"e":null,"f":[1,2.5,-3e-7]}],"g":"ё\u0001"}"#;
        let value: serde_json::Value = serde_json::from_str(tricky).unwrap();
        assert_eq!(
            indent(tricky),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }
}
