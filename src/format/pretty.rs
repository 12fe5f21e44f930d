//! Indents compact JSON the way `serde_json::to_string_pretty` does (two spaces, `": "`).
//! Re-indenting text lets the app keep one compact serialiser for storage and files alike,
//! instead of a second, pretty copy of every type's serialising code in the wasm.

/// `compact` must be valid JSON as serde_json writes it (no whitespace outside strings).
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 3 / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                // Empty containers stay on one line: `{}` and `[]`.
                if matches!(chars.peek(), Some('}') | Some(']')) {
                    out.push(chars.next().unwrap_or(' '));
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn matches_serde_json_pretty() {
        let value = json!({
            "a": [1, 2, {"b": []}, {}],
            "text": "ngoặc { } [ ] , : và \"trích\" \\ ắ ự Đ",
            "nested": {"x": null, "y": true, "z": -1.5e3},
            "empty": "",
        });
        let compact = serde_json::to_string(&value).unwrap();
        assert_eq!(indent(&compact), serde_json::to_string_pretty(&value).unwrap());
        assert_eq!(indent("[]"), "[]");
        assert_eq!(indent("{}"), "{}");
    }
}
