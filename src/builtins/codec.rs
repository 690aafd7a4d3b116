//! The text codecs the sandbox knows (`utf-8`, `ascii`, `latin-1`) with the `strict`,
//! `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace` error handlers and
//! CPython's exact error messages. Shared by `str(b, encoding)`, `bytes(s, encoding)` and
//! the `encode`/`decode` methods.

use crate::vm::{ExcKind, PyErr, PyResult, Vm};

/// A supported encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// Looks an encoding name up the way Python normalises it (case, `-`/`_`/space);
    /// unknown names are `LookupError: unknown encoding: x`.
    pub fn lookup(name: &str) -> PyResult<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| {
                if c == '-' || c == ' ' {
                    '_'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
            "ascii" | "us_ascii" | "646" => Ok(Codec::Ascii),
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "iso_ir_100" => Ok(Codec::Latin1),
            _ => Err(PyErr::new(
                ExcKind::LookupError,
                format!("unknown encoding: {name}"),
            )),
        }
    }

    /// The name CPython's messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => u32::MAX,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// An error handler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    /// Encoding only; decoding treats it as `strict`.
    XmlCharRefReplace,
}

fn handler(errors: &str) -> PyResult<Handler> {
    match errors {
        "strict" => Ok(Handler::Strict),
        "ignore" => Ok(Handler::Ignore),
        "replace" => Ok(Handler::Replace),
        "backslashreplace" => Ok(Handler::BackslashReplace),
        "xmlcharrefreplace" => Ok(Handler::XmlCharRefReplace),
        other => Err(PyErr::new(
            ExcKind::LookupError,
            format!("unknown error handler name '{other}'"),
        )),
    }
}

/// Encodes `text` with the named encoding and error handler, refusing a result past the
/// memory limit before the caller makes a value of it.
pub fn encode(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let out = encode_text(text, encoding, errors)?;
    vm.check_alloc(1, out.len())?;
    Ok(out)
}

/// Decodes `bytes` with the named encoding and error handler, refusing a result past the
/// memory limit before the caller makes a value of it.
pub fn decode(vm: &mut Vm, bytes: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let out = decode_bytes(bytes, encoding, errors)?;
    vm.check_alloc(1, out.len())?;
    Ok(out)
}

fn encode_text(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding)?;
    if codec == Codec::Utf8 {
        return Ok(text.as_bytes().to_vec());
    }
    let h = handler(errors)?;
    let chars: Vec<char> = text.chars().collect();
    let unencodable = |c: &char| u32::from(*c) >= codec.limit();
    let mut out = Vec::with_capacity(text.len());
    for (pos, &c) in chars.iter().enumerate() {
        // The codecs with a limit (ascii, latin-1) encode below 256: one byte.
        if let Some(byte) = u8::try_from(c).ok().filter(|_| !unencodable(&c)) {
            out.push(byte);
            continue;
        }
        match h {
            Handler::Strict => {
                // CPython reports the whole run of unencodable characters.
                let run = chars
                    .iter()
                    .skip(pos)
                    .take_while(|c| unencodable(c))
                    .count();
                let what = if run == 1 {
                    format!("character '{}' in position {pos}", escape_char(c))
                } else {
                    format!("characters in position {pos}-{}", pos + run - 1)
                };
                return Err(PyErr::new(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({})",
                        codec.name(),
                        codec.limit()
                    ),
                ));
            }
            Handler::Ignore => {}
            Handler::Replace => out.push(b'?'),
            Handler::BackslashReplace => out.extend_from_slice(escape_char(c).as_bytes()),
            Handler::XmlCharRefReplace => {
                out.extend_from_slice(format!("&#{};", u32::from(c)).as_bytes())
            }
        }
    }
    Ok(out)
}

/// `\xe9`, `\u20ac` or `\U0001f600`: how CPython names an unencodable character.
fn escape_char(c: char) -> String {
    let code = u32::from(c);
    if code < 0x100 {
        format!("\\x{code:02x}")
    } else if code < 0x10000 {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    }
}

fn decode_bytes(bytes: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding)?;
    let h = handler(errors)?;
    match codec {
        Codec::Latin1 => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(bytes.len());
            for (pos, &b) in bytes.iter().enumerate() {
                if b < 0x80 {
                    out.push(char::from(b));
                    continue;
                }
                if is_strict(h) {
                    return Err(decode_error(
                        codec,
                        b,
                        pos,
                        pos + 1,
                        "ordinal not in range(128)",
                    ));
                }
                replace_undecodable(h, &[b], &mut out);
            }
            Ok(out)
        }
        Codec::Utf8 => decode_utf8(bytes, h),
    }
}

fn decode_utf8(bytes: &[u8], h: Handler) -> PyResult<String> {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                let (valid, bad) = rest.split_at(good);
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let bad_len = e.error_len().unwrap_or(bad.len());
                let start = offset + good;
                if is_strict(h) {
                    let first = bad.first().copied().unwrap_or(0);
                    let reason = match e.error_len() {
                        None => "unexpected end of data",
                        Some(_) if is_utf8_start(first) => "invalid continuation byte",
                        Some(_) => "invalid start byte",
                    };
                    return Err(decode_error(
                        Codec::Utf8,
                        first,
                        start,
                        start + bad_len,
                        reason,
                    ));
                }
                replace_undecodable(h, bad.get(..bad_len).unwrap_or_default(), &mut out);
                rest = bad.get(bad_len..).unwrap_or_default();
                offset = start + bad_len;
            }
        }
    }
}

/// Whether decoding errors raise under handler `h`.
fn is_strict(h: Handler) -> bool {
    matches!(h, Handler::Strict | Handler::XmlCharRefReplace)
}

/// What a non-raising handler puts in place of one undecodable byte sequence.
fn replace_undecodable(h: Handler, bad: &[u8], out: &mut String) {
    match h {
        Handler::Replace => out.push('\u{fffd}'),
        Handler::BackslashReplace => {
            for &b in bad {
                out.push_str(&escape_char(char::from(b)));
            }
        }
        _ => {}
    }
}

/// Whether `b` can begin a multi-byte UTF-8 sequence.
fn is_utf8_start(b: u8) -> bool {
    (0xC2..=0xF4).contains(&b)
}

fn decode_error(codec: Codec, first: u8, start: usize, end: usize, reason: &str) -> PyErr {
    let what = if end - start <= 1 {
        format!("byte 0x{first:02x} in position {start}")
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    PyErr::new(
        ExcKind::UnicodeDecodeError,
        format!("'{}' codec can't decode {what}: {reason}", codec.name()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(r: PyResult<impl std::fmt::Debug>) -> String {
        format!("{:?}", r.err())
    }

    #[test]
    fn utf8_errors_match_cpython() {
        assert!(err(decode_bytes(b"\xff", "utf-8", "strict"))
            .contains("can't decode byte 0xff in position 0: invalid start byte"));
        assert!(err(decode_bytes(b"a\xe4\x00", "utf-8", "strict"))
            .contains("can't decode byte 0xe4 in position 1: invalid continuation byte"));
        assert!(err(decode_bytes(b"\xe4\xb8", "UTF8", "strict"))
            .contains("can't decode bytes in position 0-1: unexpected end of data"));
        assert_eq!(
            decode_bytes(b"a\xffb", "utf-8", "replace").ok().as_deref(),
            Some("a\u{fffd}b")
        );
        assert_eq!(
            decode_bytes(b"a\xffb", "utf-8", "ignore").ok().as_deref(),
            Some("ab")
        );
    }

    #[test]
    fn replacing_handlers() {
        assert_eq!(
            encode_text("é😀", "ascii", "backslashreplace").ok(),
            Some(b"\\xe9\\U0001f600".to_vec())
        );
        assert_eq!(
            encode_text("é", "ascii", "xmlcharrefreplace").ok(),
            Some(b"&#233;".to_vec())
        );
        assert!(err(encode_text("aé日x", "ascii", "strict")).contains("characters in position 1-2"));
        assert_eq!(
            decode_bytes(b"a\x80\xffb", "ascii", "backslashreplace")
                .ok()
                .as_deref(),
            Some("a\\x80\\xffb")
        );
        assert_eq!(
            decode_bytes(b"\xe2\x82x", "utf-8", "replace")
                .ok()
                .as_deref(),
            Some("\u{fffd}x")
        );
    }

    #[test]
    fn narrow_codecs() {
        assert_eq!(encode_text("é", "latin-1", "strict").ok(), Some(vec![0xe9]));
        assert!(err(encode_text("aé", "ascii", "strict"))
            .contains("'ascii' codec can't encode character '\\\\xe9' in position 1: ordinal not in range(128)"));
        assert!(err(encode_text("€", "latin1", "strict"))
            .contains("'latin-1' codec can't encode character '\\\\u20ac'"));
        assert_eq!(
            decode_bytes(&[0xe9], "latin-1", "strict").ok().as_deref(),
            Some("é")
        );
        assert!(err(decode_bytes(&[0xe9], "ascii", "strict"))
            .contains("'ascii' codec can't decode byte 0xe9 in position 0"));
        assert!(err(Codec::lookup("x")).contains("unknown encoding: x"));
    }
}
