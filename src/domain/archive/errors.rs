//! serde_json's errors in Russian, with the JSON path of the first wrong value.

use super::*;

/// Typed decoding of valid JSON text; the error names the path of the first wrong value
/// (under the key `prefix`, if any).
pub(super) fn from_text<T: DeserializeOwned>(
    text: &str,
    prefix: Option<&str>,
) -> Result<T, ArchiveError> {
    serde_json::from_str(text).map_err(|e| placed_error(text, prefix, &e))
}

/// Where serde_json stopped, as a path, and the Russian message.
///
/// serde_json puts the position of an error in the data (a wrong type, a missing or unknown
/// field, an unknown variant) just after what it has read: after the wrong value, after the
/// closing brace of an object without a required field, after an unknown key, before an
/// object or array of the wrong type. [`json_path::locate`] names the value there.
pub(super) fn placed_error(
    text: &str,
    prefix: Option<&str>,
    e: &serde_json::Error,
) -> ArchiveError {
    let path = |mut loc: json_path::Location| {
        if let Some(key) = prefix {
            loc.segments.insert(0, Segment::Key(key.to_string()));
        }
        json_path::render(&loc.segments)
    };
    let at = json_path::offset(text, e.line(), e.column()).unwrap_or(0);
    let msg = e.to_string();
    if e.classify() == Category::Data {
        let mut loc = json_path::locate(text, at);
        // `{"variant": …}` with an unknown variant stops after the key: the place is the enum.
        if loc.at_key && msg.starts_with("unknown variant") {
            loc.segments.pop();
        }
        return type_error(path(loc), e);
    }
    // The text is valid JSON: what is left is an enum of the wrong shape, reported as
    // "expected value" at a byte serde_json peeked at (the first byte of a value that is neither
    // a string nor an object, the `}` of `{}`) or before the comma after the first key of an
    // object with more keys.
    let b = text.as_bytes();
    let peeked = at.saturating_sub(1);
    if !msg.starts_with("expected value") {
        return type_error(path(json_path::locate(text, peeked)), e);
    }
    let before = b[..peeked]
        .iter()
        .rev()
        .find(|c| !c.is_ascii_whitespace())
        .copied();
    let single_key = || serde::de::Error::invalid_value(Unexpected::Map, &"map with a single key");
    let (loc, e): (_, serde_json::Error) = match b.get(peeked) {
        Some(b'[' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n')
            if matches!(before, None | Some(b':' | b'[' | b',')) =>
        {
            let mut de = serde_json::Deserializer::from_str(&text[peeked..]);
            let found = match Value::deserialize(&mut de).unwrap_or_default() {
                Value::Bool(v) => Unexpected::Bool(v),
                Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                    (Some(v), _) => Unexpected::Unsigned(v),
                    (_, Some(v)) => Unexpected::Signed(v),
                    _ => Unexpected::Float(n.as_f64().unwrap_or_default()),
                },
                Value::Array(_) => Unexpected::Seq,
                _ => Unexpected::Unit,
            };
            let e = serde::de::Error::invalid_type(found, &"string or map");
            (json_path::locate(text, peeked), e)
        }
        Some(b'}') if before == Some(b'{') => (json_path::locate(text, peeked), single_key()),
        _ => {
            let mut loc = json_path::locate(text, at);
            if b.get(at) == Some(&b',') {
                // The path ends at the first key, the variant: the place is the enum.
                loc.segments.pop();
            }
            (loc, single_key())
        }
    };
    type_error(path(loc), &e)
}

/// Turns serde's English message into a Russian one, completing the path where serde
/// names the field in the message (missing and unknown fields).
pub(super) fn type_error(path: String, e: &serde_json::Error) -> ArchiveError {
    let msg = e.to_string();
    let msg = match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    let join = |field: &str| {
        let seg = key_segment(field);
        if path.is_empty() {
            seg.trim_start_matches('.').to_string()
        } else {
            format!("{path}{seg}")
        }
    };
    if let Some(field) = between(&msg, "missing field `", "`") {
        return ArchiveError::at(join(field), format!("Нет обязательного поля «{field}»."));
    }
    if let Some(field) = between(&msg, "unknown field `", "`") {
        // The path ends at the unknown key.
        return ArchiveError::at(
            path,
            format!(
                "Лишнее поле «{field}»: такого поля нет в архиве этой версии. \
                 Возможно, файл создан другой программой или изменён вручную."
            ),
        );
    }
    if let Some(field) = between(&msg, "duplicate field `", "`") {
        // Only a text can repeat a key; the path ends at the second one.
        return ArchiveError::at(path, format!("Поле «{field}» повторяется."));
    }
    if let Some(variant) = between(&msg, "unknown variant `", "`") {
        let listed = msg
            .split("expected ")
            .nth(1)
            .unwrap_or("")
            .replace("one of ", "");
        let allowed = listed
            .split(", ")
            .map(|v| v.trim_matches('`'))
            .filter(|v| !v.is_empty())
            .map(|v| match variant_label(v) {
                Some(label) => format!("«{v}» ({label})"),
                None => format!("«{v}»"),
            })
            .collect::<Vec<_>>()
            .join(", ");
        return ArchiveError::at(
            path,
            format!("Недопустимое значение «{variant}». Допустимые значения: {allowed}."),
        );
    }
    if let Some(rest) = msg
        .strip_prefix("invalid type: ")
        .or_else(|| msg.strip_prefix("invalid value: "))
    {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return ArchiveError::at(
            path,
            format!(
                "Неверный тип значения: ожидается {}, а в файле {}.",
                expected_ru(expected),
                found_ru(found)
            ),
        );
    }
    ArchiveError::at(path, format!("Неверное значение ({msg})."))
}

/// The Russian label of a known enum value, for error messages.
pub(super) fn variant_label(v: &str) -> Option<&'static str> {
    TaskStatus::from_key(v)
        .map(TaskStatus::label)
        .or_else(|| DocStatus::from_key(v).map(DocStatus::label))
}

pub(super) fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = s.find(start)? + start.len();
    let len = s[from..].find(end)?;
    Some(&s[from..from + len])
}

pub(super) fn expected_ru(expected: &str) -> String {
    let e = expected.trim();
    if e.starts_with("struct ") || e == "a map" {
        return "объект".into();
    }
    match e {
        "a string" => "строка".into(),
        "u8" | "u16" | "u32" | "u64" | "usize" => "целое неотрицательное число".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "целое число".into(),
        "f32" | "f64" => "число".into(),
        "a boolean" => "true или false".into(),
        "a sequence" => "массив".into(),
        other => other.to_string(),
    }
}

pub(super) fn found_ru(found: &str) -> String {
    let f = found.trim();
    let tick = |s: &str| s.trim_matches('`').to_string();
    if let Some(v) = f.strip_prefix("integer ") {
        return format!("целое число {}", tick(v));
    }
    if let Some(v) = f.strip_prefix("floating point ") {
        return format!("дробное число {}", tick(v));
    }
    if let Some(v) = f.strip_prefix("string ") {
        return format!("строка {v}");
    }
    if let Some(v) = f.strip_prefix("boolean ") {
        return format!("логическое значение {}", tick(v));
    }
    match f {
        "null" => "пустое значение null".into(),
        "sequence" => "массив".into(),
        "map" => "объект".into(),
        other => other.to_string(),
    }
}

/// The Russian message for a typed-decoding error of serde_json, without the place: for files
/// other than the archive (the public section's `info.json`).
pub fn json_error_message(e: &serde_json::Error) -> String {
    type_error(String::new(), e).message
}
