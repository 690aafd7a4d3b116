//! `str.format` / `str.format_map` templates: literal text and `{field!conv:spec}`
//! replacement fields, split the way CPython's `MarkupIterator` and `field_name_split` do.
//! Parsing is lazy ([`template_pieces`]) so the VM can raise errors in CPython's order:
//! a field is formatted before a malformed brace later in the template is noticed.

use super::error::FormatError;
use super::spec::accumulate_decimal;
use super::unicode_digits::decimal_value;

/// One piece of a template, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplatePiece {
    /// Text to copy, with `{{` and `}}` already unescaped.
    Literal(String),
    /// A replacement field to look up, convert and format.
    Field(FieldSpec),
}

/// A replacement field `{first.attr[key]!conversion:spec}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    /// What the field names before any `.` or `[`; resolve it with [`AutoNumbering`].
    pub first: FieldFirst,
    /// Attribute and item lookups to apply in order.
    pub accessors: Vec<FieldAccessor>,
    /// A malformed accessor after `accessors`; CPython notices it only after the lookups
    /// before it succeeded, so the caller raises it after applying `accessors`.
    pub accessor_error: Option<FormatError>,
    /// The character after `!`, unchecked: CPython rejects anything but `r`, `s`, `a` with
    /// [`FormatError::UnknownConversion`] only after the lookups.
    pub conversion: Option<char>,
    /// The raw format spec after `:`. When it contains `{`, the caller formats it as a template
    /// itself (one nesting level only: deeper is [`FormatError::MaxRecursion`]).
    pub spec: String,
}

/// The head of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst {
    /// `{}`: the next positional argument.
    Auto,
    /// `{0}`: a positional argument.
    Index(usize),
    /// `{name}`: a keyword argument (any text that is not all digits).
    Name(String),
}

/// One lookup after the head of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldAccessor {
    /// `.name`
    Attr(String),
    /// `[0]`: an all-digits key is an int index.
    Index(usize),
    /// `[key]`: any other key is a string.
    Key(String),
}

/// Parses the whole template up front: the first error wins.
pub fn parse_template(s: &str) -> Result<Vec<TemplatePiece>, FormatError> {
    template_pieces(s).collect()
}

/// The template's pieces one at a time; after an error the iterator ends.
pub fn template_pieces(s: &str) -> TemplatePieces<'_> {
    TemplatePieces {
        rest: s,
        failed: false,
    }
}

/// Lazy parser returned by [`template_pieces`].
#[derive(Debug, Clone)]
pub struct TemplatePieces<'a> {
    rest: &'a str,
    failed: bool,
}

impl Iterator for TemplatePieces<'_> {
    type Item = Result<TemplatePiece, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let piece = self.next_piece();
        self.failed = matches!(piece, Some(Err(_)));
        piece
    }
}

impl<'a> TemplatePieces<'a> {
    fn next_piece(&mut self) -> Option<Result<TemplatePiece, FormatError>> {
        let mut literal = String::new();
        loop {
            let Some(brace_at) = self.rest.find(['{', '}']) else {
                literal.push_str(self.rest);
                self.rest = "";
                return (!literal.is_empty()).then_some(Ok(TemplatePiece::Literal(literal)));
            };
            let (text, from_brace) = self.rest.split_at(brace_at);
            literal.push_str(text);
            let mut chars = from_brace.chars();
            let brace = chars.next()?;
            let after_brace = chars.as_str();
            if after_brace.starts_with(brace) {
                literal.push(brace);
                self.rest = after_brace.get(1..).unwrap_or_default();
                continue;
            }
            if brace == '}' {
                return Some(Err(FormatError::SingleCloseBrace));
            }
            if after_brace.is_empty() {
                return Some(Err(FormatError::SingleOpenBrace));
            }
            if !literal.is_empty() {
                // The field comes next time.
                self.rest = from_brace;
                return Some(Ok(TemplatePiece::Literal(literal)));
            }
            return Some(self.take_field(after_brace).map(TemplatePiece::Field));
        }
    }

    /// Parses the field starting just after its `{` and moves past its `}`.
    fn take_field(&mut self, text: &'a str) -> Result<FieldSpec, FormatError> {
        let (name_end, terminator) = field_name_end(text)?;
        let name = text.get(..name_end).unwrap_or_default();
        let mut after = text.get(name_end + 1..).unwrap_or_default();
        let mut conversion = None;
        let mut spec = String::new();
        let mut needs_spec = terminator == ':';
        if terminator == '!' {
            let mut rest = after.chars();
            conversion = Some(rest.next().ok_or(FormatError::MissingConversion)?);
            after = rest.as_str();
            match rest.next() {
                Some('}') => after = rest.as_str(),
                Some(':') => {
                    after = rest.as_str();
                    needs_spec = true;
                }
                Some(_) => return Err(FormatError::ExpectedColonAfterConversion),
                None => needs_spec = true,
            }
        }
        if needs_spec {
            let spec_end = matching_close_brace(after).ok_or(FormatError::UnmatchedBraceInSpec)?;
            spec = after.get(..spec_end).unwrap_or_default().to_string();
            after = after.get(spec_end + 1..).unwrap_or_default();
        }
        let (first, accessors, accessor_error) = split_field_name(name)?;
        self.rest = after;
        Ok(FieldSpec {
            first,
            accessors,
            accessor_error,
            conversion,
            spec,
        })
    }
}

/// Where the field name ends (byte offset) and on which of `}`, `:`, `!`. Brackets may hold
/// those characters as part of a key.
fn field_name_end(text: &str) -> Result<(usize, char), FormatError> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'{' => return Err(FormatError::OpenBraceInFieldName),
            b'}' | b':' | b'!' => return Ok((at, char::from(byte))),
            // Jump to the closing bracket, which the next round reads as plain text.
            b'[' => {
                at = text
                    .get(at..)
                    .and_then(|t| t.find(']'))
                    .map_or(bytes.len(), |close| at + close)
            }
            _ => at += 1,
        }
    }
    Err(FormatError::ExpectedCloseBrace)
}

/// The byte offset of the `}` closing a spec that may hold nested `{…}` fields.
fn matching_close_brace(spec: &str) -> Option<usize> {
    let mut depth = 1usize;
    for (at, byte) in spec.bytes().enumerate() {
        match byte {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits a field name into its head and accessors (CPython's `field_name_split` and
/// `FieldNameIterator`). A bad head fails the field; a bad accessor is kept for later.
fn split_field_name(
    name: &str,
) -> Result<(FieldFirst, Vec<FieldAccessor>, Option<FormatError>), FormatError> {
    let head_end = name.find(['.', '[']).unwrap_or(name.len());
    let (head, mut rest) = name.split_at(head_end);
    let first = if head.is_empty() {
        FieldFirst::Auto
    } else {
        match decimal_index(head)? {
            Some(index) => FieldFirst::Index(index),
            None => FieldFirst::Name(head.to_string()),
        }
    };
    let mut accessors = Vec::new();
    while !rest.is_empty() {
        match next_accessor(rest) {
            Ok((accessor, after)) => {
                accessors.push(accessor);
                rest = after;
            }
            Err(error) => return Ok((first, accessors, Some(error))),
        }
    }
    Ok((first, accessors, None))
}

/// Reads one `.attr` or `[key]` from the front of `text`.
fn next_accessor(text: &str) -> Result<(FieldAccessor, &str), FormatError> {
    if let Some(after_dot) = text.strip_prefix('.') {
        let end = after_dot.find(['.', '[']).unwrap_or(after_dot.len());
        let (attr, rest) = after_dot.split_at(end);
        if attr.is_empty() {
            return Err(FormatError::EmptyAttribute);
        }
        return Ok((FieldAccessor::Attr(attr.to_string()), rest));
    }
    if let Some(after_bracket) = text.strip_prefix('[') {
        let (key, rest) = after_bracket
            .split_once(']')
            .ok_or(FormatError::MissingCloseBracket)?;
        let accessor = match decimal_index(key)? {
            Some(index) => FieldAccessor::Index(index),
            None if key.is_empty() => return Err(FormatError::EmptyAttribute),
            None => FieldAccessor::Key(key.to_string()),
        };
        return Ok((accessor, rest));
    }
    Err(FormatError::BadAfterBracket)
}

/// An all-digits text (any script) as an index, refused past `Py_ssize_t`; `None` for an
/// empty text or one with any other character.
fn decimal_index(text: &str) -> Result<Option<usize>, FormatError> {
    let Some(digits) = text
        .chars()
        .map(decimal_value)
        .collect::<Option<Vec<u32>>>()
    else {
        return Ok(None);
    };
    if digits.is_empty() {
        return Ok(None);
    }
    digits
        .into_iter()
        .try_fold(0usize, accumulate_decimal)
        .map(Some)
}

/// The state `str.format` keeps across a template and its nested specs: `{}` fields count up
/// on their own, and a template may not mix them with `{0}` fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AutoNumbering {
    mode: Option<NumberingMode>,
    next_index: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumberingMode {
    Automatic,
    Manual,
}

impl AutoNumbering {
    /// The positional argument index `first` refers to, `None` for a named field, or the
    /// "cannot switch" error when automatic and manual numbering are mixed.
    pub fn resolve(&mut self, first: &FieldFirst) -> Result<Option<usize>, FormatError> {
        let (mode, index) = match first {
            FieldFirst::Name(_) => return Ok(None),
            FieldFirst::Auto => (NumberingMode::Automatic, self.next_index),
            FieldFirst::Index(index) => (NumberingMode::Manual, *index),
        };
        match (self.mode.get_or_insert(mode), mode) {
            (NumberingMode::Manual, NumberingMode::Automatic) => {
                Err(FormatError::ManualToAutoNumbering)
            }
            (NumberingMode::Automatic, NumberingMode::Manual) => {
                Err(FormatError::AutoToManualNumbering)
            }
            _ => {
                if mode == NumberingMode::Automatic {
                    self.next_index += 1;
                }
                Ok(Some(index))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces in a compact form that `_string.formatter_parser` and
    /// `_string.formatter_field_name_split` can produce too.
    fn canonical(template: &str) -> String {
        let mut out = Vec::new();
        for piece in template_pieces(template) {
            out.push(match piece {
                Ok(TemplatePiece::Literal(text)) => format!("L:{text}"),
                Ok(TemplatePiece::Field(field)) => {
                    let mut text = match &field.first {
                        FieldFirst::Auto => "F:auto".to_string(),
                        FieldFirst::Index(index) => format!("F:#{index}"),
                        FieldFirst::Name(name) => format!("F:name:{name}"),
                    };
                    for accessor in &field.accessors {
                        text += &match accessor {
                            FieldAccessor::Attr(name) => format!(".{name}"),
                            FieldAccessor::Index(index) => format!("[#{index}]"),
                            FieldAccessor::Key(key) => format!("[{key}]"),
                        };
                    }
                    if let Some(error) = &field.accessor_error {
                        text += &format!(" ERR:{error}");
                    }
                    if let Some(conversion) = field.conversion {
                        text += &format!("!{conversion}");
                    }
                    format!("{text}:{}", field.spec)
                }
                Err(error) => format!("E:{error}"),
            });
        }
        out.join("|")
    }

    #[test]
    fn pieces_match_cpython_parser() {
        // (template, CPython 3.11's formatter_parser/formatter_field_name_split in canonical form)
        let cases: &[(&str, &str)] = &[
            ("", ""),
            ("plain", "L:plain"),
            ("a{{b}}c", "L:a{b}c"),
            ("{}", "F:auto:"),
            ("{0}", "F:#0:"),
            ("{name}", "F:name:name:"),
            ("x{0}y{1}z", "L:x|F:#0:|L:y|F:#1:|L:z"),
            ("{0.real}", "F:#0.real:"),
            ("{0[1]}", "F:#0[#1]:"),
            ("{0[key]}", "F:#0[key]:"),
            ("{0[-1]}", "F:#0[-1]:"),
            ("{0[ 1]}", "F:#0[ 1]:"),
            ("{a.b[c].d}", "F:name:a.b[c].d:"),
            ("{0!r}", "F:#0!r:"),
            ("{0!s:>10}", "F:#0!s:>10"),
            ("{!a}", "F:auto!a:"),
            ("{0:{1}}", "F:#0:{1}"),
            ("{:{}.{}f}", "F:auto:{}.{}f"),
            ("{0:}}", "F:#0:|E:Single '}' encountered in format string"),
            ("{0:{{}}}", "F:#0:{{}}"),
            ("{[}]}", "F:auto[}]:"),
            ("{0[}]}", "F:#0[}]:"),
            ("{0[:!]}", "F:#0[:!]:"),
            ("{:%Y-%m-%d}", "F:auto:%Y-%m-%d"),
            ("{0!r:^{w}}", "F:#0!r:^{w}"),
            ("{x!}}", "F:name:x!}:"),
            ("é{0}ü", "L:é|F:#0:|L:ü"),
            ("{٣}", "F:#3:"),
            ("{0[٣]}", "F:#0[#3]:"),
            ("{", "E:Single '{' encountered in format string"),
            ("}", "E:Single '}' encountered in format string"),
            ("a}b", "E:Single '}' encountered in format string"),
            ("{0", "E:expected '}' before end of string"),
            (
                "{0!",
                "E:end of string while looking for conversion specifier",
            ),
            ("{0!r", "E:unmatched '{' in format spec"),
            ("{0!rx}", "E:expected ':' after conversion specifier"),
            ("{!}", "E:unmatched '{' in format spec"),
            ("{!}}", "F:auto!}:"),
            ("{0!}x", "E:expected ':' after conversion specifier"),
            ("{[}", "E:expected '}' before end of string"),
            ("{a{}", "E:unexpected '{' in field name"),
            ("{0:{", "E:unmatched '{' in format spec"),
            ("{0:{}", "E:unmatched '{' in format spec"),
            (
                "ok{0}then}",
                "L:ok|F:#0:|E:Single '}' encountered in format string",
            ),
            (
                "ok{0}then{",
                "L:ok|F:#0:|E:Single '{' encountered in format string",
            ),
            ("{0.}", "F:#0 ERR:Empty attribute in format string:"),
            ("{0.a.}", "F:#0.a ERR:Empty attribute in format string:"),
            (
                "{0[0]x}",
                "F:#0[#0] ERR:Only '.' or '[' may follow ']' in format field specifier:",
            ),
            ("{0[]}", "F:#0 ERR:Empty attribute in format string:"),
            ("{0..a}", "F:#0 ERR:Empty attribute in format string:"),
            (
                "{9999999999999999999999999}",
                "E:Too many decimal digits in format string",
            ),
            (
                "{0[9999999999999999999999999]}",
                "F:#0 ERR:Too many decimal digits in format string:",
            ),
            (
                "{0.a[9999999999999999999999999]}",
                "F:#0.a ERR:Too many decimal digits in format string:",
            ),
            ("{:}", "F:auto:"),
            ("{{}}", "L:{}"),
            ("}}{{", "L:}{"),
            ("{0}}}", "F:#0:|L:}"),
            ("{{{0}}}", "L:{|F:#0:|L:}"),
            ("{0!x}", "F:#0!x:"),
            ("{0!xy}", "E:expected ':' after conversion specifier"),
            ("{0:abc}", "F:#0:abc"),
            ("{!r:}", "F:auto!r:"),
            (
                "{a[b]c}",
                "F:name:a[b] ERR:Only '.' or '[' may follow ']' in format field specifier:",
            ),
            ("{:{:{}}}", "F:auto:{:{}}"),
        ];
        for (template, expected) in cases {
            assert_eq!(canonical(template), *expected, "{template:?}");
        }
    }

    #[test]
    fn parse_template_stops_at_first_error() {
        assert_eq!(parse_template("a{0}b}"), Err(FormatError::SingleCloseBrace));
        let pieces = parse_template("a{{{0:>{1}}}}").unwrap();
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces[0], TemplatePiece::Literal("a{".to_string()));
    }

    #[test]
    fn numbering_cannot_switch_modes() {
        let mut numbering = AutoNumbering::default();
        assert_eq!(numbering.resolve(&FieldFirst::Name("x".into())), Ok(None));
        assert_eq!(numbering.resolve(&FieldFirst::Auto), Ok(Some(0)));
        assert_eq!(numbering.resolve(&FieldFirst::Auto), Ok(Some(1)));
        assert_eq!(
            numbering.resolve(&FieldFirst::Index(0)),
            Err(FormatError::AutoToManualNumbering)
        );
        let mut numbering = AutoNumbering::default();
        assert_eq!(numbering.resolve(&FieldFirst::Index(3)), Ok(Some(3)));
        assert_eq!(
            numbering.resolve(&FieldFirst::Auto),
            Err(FormatError::ManualToAutoNumbering)
        );
    }
}
