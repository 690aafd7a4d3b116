//! Formatting and parsing errors, worded exactly as CPython 3.11 words them, so that a
//! failing `format()`, `str.format`, `%` or `round()` in the sandbox reads like the real thing.

/// Everything the formatting primitives can refuse; `Display` gives CPython 3.11's message
/// and [`FormatError::exception_type`] the Python exception class to raise.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    // --- format-spec mini-language ---
    /// Characters left over after the type character.
    #[error("Invalid format specifier '{spec}' for object of type '{type_name}'")]
    InvalidFormatSpecifier { spec: String, type_name: String },
    /// A width, precision or field index that does not fit in a `Py_ssize_t`.
    #[error("Too many decimal digits in format string")]
    TooManyDecimalDigits,
    #[error("Format specifier missing precision")]
    MissingPrecision,
    #[error("Cannot specify both ',' and '_'.")]
    BothSeparators,
    /// A thousands separator with a presentation type that does not group.
    #[error("Cannot specify '{separator}' with {}.", quoted_code(*.code))]
    SeparatorWithType { separator: char, code: char },
    #[error("Unknown format code {} for object of type '{type_name}'", quoted_code(*.code))]
    UnknownFormatCode { code: char, type_name: String },
    #[error("Sign not allowed in string format specifier")]
    SignInString,
    #[error("Space not allowed in string format specifier")]
    SpaceInString,
    /// `z` given to a type that has no negative zero; `target` is "string" or "integer".
    #[error("Negative zero coercion (z) not allowed in {target} format specifier")]
    NegativeZeroCoercion { target: &'static str },
    #[error("Alternate form (#) not allowed in string format specifier")]
    AlternateInString,
    #[error("'=' alignment not allowed in string format specifier")]
    EqualsAlignInString,
    #[error("Precision not allowed in integer format specifier")]
    PrecisionInInteger,
    #[error("Sign not allowed with integer format specifier 'c'")]
    SignWithChar,
    #[error("Alternate form (#) not allowed with integer format specifier 'c'")]
    AlternateWithChar,
    /// A float precision above C's `INT_MAX` (also `%`-format precision digits past it).
    #[error("precision too big")]
    PrecisionTooBig,
    /// `'{:c}'` or `'%c'` of an int outside `range(0x110000)`.
    #[error("%c arg not in range(0x110000)")]
    CharOutOfRange,
    /// `'{:c}'` of an int that does not fit in a C long.
    #[error("Python int too large to convert to C long")]
    IntTooLargeForLong,
    /// A float presentation type applied to an int beyond the float range.
    #[error("int too large to convert to float")]
    IntTooLargeForFloat,
    /// A lone surrogate (U+D800..U+DFFF) asked for with `c`: CPython makes a one-character
    /// string of it, but a Rust string cannot hold one.
    #[error("%c arg {0:#x} is a surrogate code point, which the sandbox's str cannot hold")]
    SurrogateChar(u32),

    // --- str.format templates ---
    #[error("Single '}}' encountered in format string")]
    SingleCloseBrace,
    #[error("Single '{{' encountered in format string")]
    SingleOpenBrace,
    #[error("expected '}}' before end of string")]
    ExpectedCloseBrace,
    #[error("unexpected '{{' in field name")]
    OpenBraceInFieldName,
    #[error("end of string while looking for conversion specifier")]
    MissingConversion,
    #[error("expected ':' after conversion specifier")]
    ExpectedColonAfterConversion,
    #[error("unmatched '{{' in format spec")]
    UnmatchedBraceInSpec,
    /// A `!x` conversion other than `!r`, `!s` or `!a`.
    #[error("Unknown conversion specifier {}", bare_code(*.0))]
    UnknownConversion(char),
    #[error("Only '.' or '[' may follow ']' in format field specifier")]
    BadAfterBracket,
    #[error("Empty attribute in format string")]
    EmptyAttribute,
    #[error("Missing ']' in format string")]
    MissingCloseBracket,
    #[error("cannot switch from manual field specification to automatic field numbering")]
    ManualToAutoNumbering,
    #[error("cannot switch from automatic field numbering to manual field specification")]
    AutoToManualNumbering,
    /// Format specs nested deeper than `'{:{}}'`.
    #[error("Max string recursion exceeded")]
    MaxRecursion,
    /// A positional field past the end of the arguments (an `IndexError`).
    #[error("Replacement index {0} out of range for positional args tuple")]
    ReplacementIndexOutOfRange(usize),

    // --- printf-style '%' formatting ---
    /// `index` counts characters (code points) from the start of the template.
    #[error("unsupported format character '{}' ({:#x}) at index {index}", printable_or_question(*.ch), u32::from(*.ch))]
    UnsupportedFormatChar { ch: char, index: usize },
    #[error("incomplete format")]
    IncompleteFormat,
    #[error("incomplete format key")]
    IncompleteFormatKey,
    #[error("width too big")]
    WidthTooBig,
    /// A `%d`-family precision so large CPython refuses to zero-pad to it.
    #[error("precision too large")]
    IntPrecisionTooLarge,
    #[error("%c requires int or char")]
    CharRequiresIntOrChar,
    #[error("* wants int")]
    StarWantsInt,
    #[error("not enough arguments for format string")]
    NotEnoughArguments,
    #[error("not all arguments converted during string formatting")]
    NotAllConverted,
    #[error("format requires a mapping")]
    RequiresMapping,
    /// `'%d' % 'a'`: `requirement` is "a real number" (d i u) or "an integer" (o x X).
    #[error("%{conv} format: {requirement} is required, not {type_name}")]
    PercentWrongType {
        conv: char,
        requirement: &'static str,
        type_name: String,
    },
    /// `'%f' % 'a'`.
    #[error("must be real number, not {0}")]
    MustBeRealNumber(String),

    // --- round() ---
    #[error("rounded value too large to represent")]
    RoundedTooLarge,

    // --- sandbox limit ---
    /// The result would exceed the caller's size limit; raised before anything that large
    /// is allocated.
    #[error("formatted result would be too large ({needed} bytes, limit {limit})")]
    TooLarge { needed: usize, limit: usize },
}

impl FormatError {
    /// The Python exception class to raise for this error, so the VM can map it without
    /// knowing every variant.
    pub fn exception_type(&self) -> &'static str {
        match self {
            FormatError::CharOutOfRange
            | FormatError::IntTooLargeForLong
            | FormatError::IntTooLargeForFloat
            | FormatError::IntPrecisionTooLarge
            | FormatError::RoundedTooLarge => "OverflowError",
            FormatError::CharRequiresIntOrChar
            | FormatError::StarWantsInt
            | FormatError::NotEnoughArguments
            | FormatError::NotAllConverted
            | FormatError::RequiresMapping
            | FormatError::PercentWrongType { .. }
            | FormatError::MustBeRealNumber(_) => "TypeError",
            FormatError::ReplacementIndexOutOfRange(_) => "IndexError",
            FormatError::TooLarge { .. } => "MemoryError",
            _ => "ValueError",
        }
    }
}

/// A code character as CPython quotes it: `'d'` when printable ASCII, `'\x1'` otherwise.
fn quoted_code(code: char) -> String {
    format!("'{}'", bare_code(code))
}

/// A code character as CPython prints it unquoted: itself when in `'!'..='~'`, else `\x` + hex.
fn bare_code(code: char) -> String {
    if ('!'..='~').contains(&code) {
        code.to_string()
    } else {
        format!("\\x{:x}", u32::from(code))
    }
}

/// `%`-format's rendering of a bad conversion character: itself when printable ASCII, else `?`.
fn printable_or_question(ch: char) -> char {
    if (' '..='~').contains(&ch) {
        ch
    } else {
        '?'
    }
}

#[cfg(test)]
mod tests {
    use super::FormatError as E;

    #[test]
    fn messages_match_cpython() {
        let cases: Vec<(E, &str, &str)> = vec![
            (
                E::InvalidFormatSpecifier {
                    spec: "abc".into(),
                    type_name: "int".into(),
                },
                "Invalid format specifier 'abc' for object of type 'int'",
                "ValueError",
            ),
            (
                E::SeparatorWithType {
                    separator: ',',
                    code: '\u{1}',
                },
                "Cannot specify ',' with '\\x1'.",
                "ValueError",
            ),
            (
                E::UnknownFormatCode {
                    code: '\u{1}',
                    type_name: "int".into(),
                },
                "Unknown format code '\\x1' for object of type 'int'",
                "ValueError",
            ),
            (
                E::UnknownConversion('x'),
                "Unknown conversion specifier x",
                "ValueError",
            ),
            (
                E::UnknownConversion('\u{1}'),
                "Unknown conversion specifier \\x1",
                "ValueError",
            ),
            (
                E::UnsupportedFormatChar { ch: 'y', index: 3 },
                "unsupported format character 'y' (0x79) at index 3",
                "ValueError",
            ),
            (
                E::UnsupportedFormatChar {
                    ch: '\u{e9}',
                    index: 1,
                },
                "unsupported format character '?' (0xe9) at index 1",
                "ValueError",
            ),
            (
                E::PercentWrongType {
                    conv: 'd',
                    requirement: "a real number",
                    type_name: "str".into(),
                },
                "%d format: a real number is required, not str",
                "TypeError",
            ),
            (
                E::MustBeRealNumber("str".into()),
                "must be real number, not str",
                "TypeError",
            ),
            (
                E::CharOutOfRange,
                "%c arg not in range(0x110000)",
                "OverflowError",
            ),
            (
                E::CharRequiresIntOrChar,
                "%c requires int or char",
                "TypeError",
            ),
            (
                E::ReplacementIndexOutOfRange(0),
                "Replacement index 0 out of range for positional args tuple",
                "IndexError",
            ),
            (
                E::RoundedTooLarge,
                "rounded value too large to represent",
                "OverflowError",
            ),
            (
                E::SingleCloseBrace,
                "Single '}' encountered in format string",
                "ValueError",
            ),
            (
                E::SingleOpenBrace,
                "Single '{' encountered in format string",
                "ValueError",
            ),
            (
                E::TooLarge {
                    needed: 10,
                    limit: 5,
                }
                .clone(),
                "formatted result would be too large (10 bytes, limit 5)",
                "MemoryError",
            ),
        ];
        for (error, message, exception) in cases {
            assert_eq!(error.to_string(), message);
            assert_eq!(error.exception_type(), exception, "{message}");
        }
    }
}
