//! The JSON path of a place in a JSON text: `data.people[3].full_name`.
//!
//! serde_json tells where a typed decoding failed only as a line and a column; this scanner
//! walks the text up to that place and names the value there, so the archive's messages can
//! say which field is wrong without a path-tracking wrapper around every `Deserialize` impl
//! (which cost about 100 KB of wasm).
//!
//! The text must be valid JSON (the archive parses it before decoding it into types).

/// One step of a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// A key of an object (also the variant of an externally tagged enum).
    Key(String),
    /// An element of an array.
    Index(usize),
}

/// The place at a byte offset of a JSON text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// From the root to the innermost value that holds the offset or ends just before it.
    pub segments: Vec<Segment>,
    /// The offset is right after a key (and its colon, if any) whose value has not started.
    pub at_key: bool,
}

/// The byte offset of a line (from 1) and column (bytes from the line's start) as serde_json
/// reports them; `None` when the error has no position (line 0).
pub fn offset(text: &str, line: usize, column: usize) -> Option<usize> {
    if line == 0 {
        return None;
    }
    let start = if line == 1 {
        0
    } else {
        text.bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    Some((start + column).min(text.len()))
}

enum Frame {
    /// The current key, and whether its value has started.
    Object(Option<String>, bool),
    /// The current element. serde_json consumes a comma only to read the next element, so
    /// an open array is always at an element.
    Array(usize),
}

/// The place of the first `offset` bytes of `text`: the path of the value being read there.
///
/// Right after a value (a closing bracket, a number, a string) the path is still that
/// value's, as serde_json reports errors of a finished value (a missing field) after it; a
/// comma moves on to the next key or element.
pub fn locate(text: &str, offset: usize) -> Location {
    let b = text.as_bytes();
    let end = offset.min(b.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match b[i] {
            b'{' | b'[' => {
                start_value(&mut stack);
                stack.push(if b[i] == b'{' {
                    Frame::Object(None, false)
                } else {
                    Frame::Array(0)
                });
                i += 1;
            }
            b'}' | b']' => {
                stack.pop();
                i += 1;
            }
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Object(key, started)) => {
                        *key = None;
                        *started = false;
                    }
                    Some(Frame::Array(index)) => *index += 1,
                    None => {}
                }
                i += 1;
            }
            b'"' => {
                let close = string_end(b, i);
                match stack.last_mut() {
                    Some(Frame::Object(key @ None, _)) => {
                        *key = Some(unescape(&text[i..close.min(b.len())]));
                    }
                    _ => start_value(&mut stack),
                }
                i = close;
            }
            b' ' | b'\t' | b'\n' | b'\r' | b':' => i += 1,
            _ => {
                // A number, true, false or null.
                start_value(&mut stack);
                while i < end && !matches!(b[i], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                {
                    i += 1;
                }
            }
        }
    }
    let at_key = matches!(stack.last(), Some(Frame::Object(Some(_), false)));
    let segments = stack
        .into_iter()
        .filter_map(|f| match f {
            Frame::Object(key, _) => key.map(Segment::Key),
            Frame::Array(index) => Some(Segment::Index(index)),
        })
        .collect();
    Location { segments, at_key }
}

fn start_value(stack: &mut [Frame]) {
    if let Some(Frame::Object(_, started)) = stack.last_mut() {
        *started = true;
    }
}

/// The index just past the closing quote of the string opening at `open`.
fn string_end(b: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// The text of a JSON string literal (with its quotes).
fn unescape(literal: &str) -> String {
    let inner = literal
        .strip_prefix('"')
        .map(|s| s.strip_suffix('"').unwrap_or(s))
        .unwrap_or(literal);
    if !inner.contains('\\') {
        return inner.to_string();
    }
    serde_json::from_str(literal).unwrap_or_else(|_| inner.to_string())
}

/// `data.people[3].full_name`; keys that are not plain identifiers as `["…"]`.
pub fn render(segments: &[Segment]) -> String {
    let mut out = String::new();
    for seg in segments {
        match seg {
            Segment::Key(key) => out.push_str(&key_segment(key)),
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out.trim_start_matches('.').to_string()
}

/// `.key` for a plain identifier, `["1.1"]` for any other key.
pub fn key_segment(key: &str) -> String {
    let plain = key
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        format!(".{key}")
    } else {
        format!("[{}]", serde_json::to_string(key).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rendered path at the first occurrence of `marker` in `text` (the offset is just
    /// before the marker), and whether it is at a key.
    fn at(text: &str, marker: &str) -> (String, bool) {
        let i = text.find(marker).expect("marker in text");
        let loc = locate(text, i);
        (render(&loc.segments), loc.at_key)
    }

    fn path(text: &str, marker: &str) -> String {
        at(text, marker).0
    }

    #[test]
    fn offsets_of_lines_and_columns() {
        let text = "{\n  \"a\": 1,\n  \"b\": 2\n}";
        assert_eq!(offset(text, 0, 5), None);
        assert_eq!(offset(text, 1, 0), Some(0));
        assert_eq!(offset(text, 1, 1), Some(1));
        assert_eq!(offset(text, 2, 0), Some(2));
        assert_eq!(offset(text, 3, 2), Some(14));
        assert_eq!(&text[14..15], "\"");
        assert_eq!(offset(text, 4, 1), Some(text.len()));
        assert_eq!(offset(text, 9, 9), Some(text.len()));
        // Columns are bytes, as serde_json counts them.
        let text = "{\"я\":\n\"ё\"}";
        assert_eq!(offset(text, 2, 3), Some(text.len() - 2));
    }

    #[test]
    fn objects() {
        let t = r#"{"a": {"b": 1, "c": {"d": true}}, "e": null}"#;
        assert_eq!(at(t, "{"), (String::new(), false));
        assert_eq!(at(t, "\"a\""), (String::new(), false));
        // After a key, before and after its colon: the key's value.
        assert_eq!(at(t, ": {"), ("a".into(), true));
        assert_eq!(at(t, " {\"b\""), ("a".into(), true));
        assert_eq!(at(t, "1,"), ("a.b".into(), true));
        // Right after a value: still that value.
        assert_eq!(at(t, ", \"c\""), ("a.b".into(), false));
        assert_eq!(at(t, " \"c\""), ("a".into(), false));
        assert_eq!(at(t, "true"), ("a.c.d".into(), true));
        assert_eq!(at(t, "}}"), ("a.c.d".into(), false));
        // After the closing brace of a value: the key of that value.
        assert_eq!(path(t, "}, \"e\""), "a.c");
        assert_eq!(path(t, ", \"e\""), "a");
        assert_eq!(path(t, "null"), "e");
        assert_eq!(path(t, "}"), "a.c.d");
        assert_eq!(render(&locate(t, t.len()).segments), "");
        assert_eq!(render(&locate(t, t.len() + 10).segments), "");
    }

    #[test]
    fn arrays() {
        let t = r#"{"people": [{"id": "p1"}, {"id": "p2", "subjects": ["a", "b"]}], "n": [[1, 2], [3]]}"#;
        assert_eq!(path(t, "[{"), "people");
        // Inside an open array: at an element, even before it starts.
        assert_eq!(path(t, "{\"id\": \"p1\""), "people[0]");
        assert_eq!(path(t, "\"p1\""), "people[0].id");
        assert_eq!(path(t, ", {\"id\": \"p2\""), "people[0]");
        assert_eq!(path(t, " {\"id\": \"p2\""), "people[1]");
        assert_eq!(path(t, ", \"b\""), "people[1].subjects[0]");
        assert_eq!(path(t, "\"b\""), "people[1].subjects[1]");
        assert_eq!(path(t, "]}]"), "people[1].subjects[1]");
        assert_eq!(path(t, "}]"), "people[1].subjects");
        assert_eq!(path(t, "], \"n\""), "people[1]");
        assert_eq!(path(t, ", \"n\""), "people");
        assert_eq!(path(t, "2]"), "n[0][1]");
        assert_eq!(path(t, ", [3]"), "n[0]");
        assert_eq!(path(t, "3]"), "n[1][0]");
        assert_eq!(render(&locate(t, t.len() - 2).segments), "n[1]");
        let t = "[1, 22, 333]";
        assert_eq!(render(&locate(t, 0).segments), "");
        assert_eq!(render(&locate(t, 1).segments), "[0]");
        assert_eq!(render(&locate(t, 9).segments), "[2]");
        assert_eq!(render(&locate(t, t.len()).segments), "");
    }

    #[test]
    fn externally_tagged_enums() {
        let t = r#"{"edited": [{"paragraph": {"text": [], "align": "middle"}}, {"table": {"widths": [1, "x"]}}, "page_break"]}"#;
        assert_eq!(at(t, ": {\"text\""), ("edited[0].paragraph".into(), true));
        assert_eq!(path(t, ", \"align\""), "edited[0].paragraph.text");
        assert_eq!(path(t, "}}, {\"table\""), "edited[0].paragraph.align");
        assert_eq!(path(t, "}, {\"table\""), "edited[0].paragraph");
        assert_eq!(path(t, ", {\"table\""), "edited[0]");
        assert_eq!(path(t, "]}}"), "edited[1].table.widths[1]");
        assert_eq!(path(t, "}}, \"page"), "edited[1].table.widths");
        assert_eq!(path(t, ", \"page_break\""), "edited[1]");
        assert_eq!(render(&locate(t, t.len() - 2).segments), "edited[2]");
    }

    #[test]
    fn strings_with_escapes_and_brackets() {
        let t = r#"{"a\"b": "x\"}, [", "c]": {"d\\": "{\\\"", "e": "\u0022]"}, "f": 1}"#;
        assert_eq!(path(t, ", \"c]\""), r#"["a\"b"]"#);
        assert_eq!(path(t, ": {\"d"), r#"["c]"]"#);
        assert_eq!(path(t, ", \"e\""), r#"["c]"]["d\\"]"#);
        assert_eq!(path(t, "}, \"f\""), r#"["c]"].e"#);
        assert_eq!(path(t, "1}"), "f");
        let loc = locate(t, t.find(", \"e\"").unwrap());
        assert_eq!(
            loc.segments,
            vec![Segment::Key("c]".into()), Segment::Key("d\\".into())]
        );
        // An escaped key is decoded: "\u0041" is "A".
        let t = r#"{"\u0041\n": [0, 5]}"#;
        let loc = locate(t, t.find('5').unwrap());
        assert_eq!(
            loc.segments,
            vec![Segment::Key("A\n".into()), Segment::Index(1)]
        );
        assert_eq!(render(&loc.segments), r#"["A\n"][1]"#);
    }

    #[test]
    fn unicode_keys_and_values() {
        let t = r#"{"профиль": {"город": "Санкт-Петербург, [«96»]", "ёж_1": 7}, "documents": {"order_regulation": {"номер": "45-о"}}}"#;
        assert_eq!(path(t, ", \"ёж_1\""), r#"["профиль"]["город"]"#);
        assert_eq!(path(t, "7"), r#"["профиль"]["ёж_1"]"#);
        assert_eq!(
            path(t, "\"45-о\""),
            r#"documents.order_regulation["номер"]"#
        );
        // Offsets come from serde_json in bytes: a multi-byte character is one step.
        let i = t.find("\"45-о\"").unwrap() + "\"45-о\"".len();
        assert_eq!(
            render(&locate(t, i).segments),
            r#"documents.order_regulation["номер"]"#
        );
    }

    #[test]
    fn pretty_text() {
        let t = "{\n  \"data\": {\n    \"people\": [\n      {\n        \"id\": \"p1\"\n      },\n      {\n        \"id\": 5\n      }\n    ]\n  }\n}";
        let o = offset(t, 8, 15).unwrap();
        assert_eq!(&t[o - 1..o], "5");
        assert_eq!(render(&locate(t, o).segments), "data.people[1].id");
        assert_eq!(
            render(&locate(t, t.find("\n      }\n    ]").unwrap()).segments),
            "data.people[1].id"
        );
    }

    #[test]
    fn key_segments() {
        assert_eq!(key_segment("full_name"), ".full_name");
        assert_eq!(key_segment("_x1"), "._x1");
        assert_eq!(key_segment("1.1"), "[\"1.1\"]");
        assert_eq!(key_segment("город"), "[\"город\"]");
        assert_eq!(key_segment(""), "[\"\"]");
        assert_eq!(
            render(&[
                Segment::Key("data".into()),
                Segment::Key("tasks".into()),
                Segment::Key("9.9".into()),
                Segment::Index(0),
            ]),
            "data.tasks[\"9.9\"][0]"
        );
        assert_eq!(render(&[Segment::Key("1.1".into())]), "[\"1.1\"]");
    }
}
