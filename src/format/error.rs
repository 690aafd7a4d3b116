//! Formatting and parsing errors, worded exactly as CPython 3.11 words them, so that a
//! failing `format()`, `str.format`, `%` or `round()` in the sandbox reads like the real thing.

/// Everything the formatting primitives can refuse; `Display` gives CPython 3.11's message
/// and [`FormatError::exception_type`] the Python exception class to raise.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    // --- format-spec mini-language ---
    /// Characters left over after the type character (`format(1, 'abc')`).
    #[error("Invalid format specifier '{spec}' for object of type '{type_name}'")]
    InvalidFormatSpecifier {
        /// The whole spec as written.
        spec: String,
        /// The Python type of the value being formatted.
        type_name: String,
    },
    /// A decimal conversion of an int with more digits than CPython allows.
    #[error(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        super::INT_MAX_STR_DIGITS
    )]
    IntStrDigits,
    /// A width, precision or field index that does not fit in a `Py_ssize_t`.
    #[error("Too many decimal digits in format string")]
    TooManyDecimalDigits,
    /// A `.` with no digits after it.
    #[error("Format specifier missing precision")]
    MissingPrecision,
    /// Both `,` and `_` given.
    #[error("Cannot specify both ',' and '_'.")]
    BothSeparators,
    /// A thousands separator with a presentation type that does not group.
    #[error("Cannot specify '{separator}' with {}.", quoted_code(*.code))]
    SeparatorWithType {
        /// `,` or `_`.
        separator: char,
        /// The presentation type (the type's default when none was written).
        code: char,
    },
    /// A presentation type the value's type does not know.
    #[error("Unknown format code {} for object of type '{type_name}'", quoted_code(*.code))]
    UnknownFormatCode {
        /// The presentation type as written.
        code: char,
        /// The Python type of the value being formatted.
        type_name: String,
    },
    /// `+` or `-` on a string.
    #[error("Sign not allowed in string format specifier")]
    SignInString,
    /// ` ` (space sign) on a string.
    #[error("Space not allowed in string format specifier")]
    SpaceInString,
    /// `z` given to a type that has no negative zero.
    #[error("Negative zero coercion (z) not allowed in {target} format specifier")]
    NegativeZeroCoercion {
        /// `"string"` or `"integer"`.
        target: &'static str,
    },
    /// `#` on a string.
    #[error("Alternate form (#) not allowed in string format specifier")]
    AlternateInString,
    /// `=` alignment on a string.
    #[error("'=' alignment not allowed in string format specifier")]
    EqualsAlignInString,
    /// A precision with an integer presentation type.
    #[error("Precision not allowed in integer format specifier")]
    PrecisionInInteger,
    /// A sign with the `c` type.
    #[error("Sign not allowed with integer format specifier 'c'")]
    SignWithChar,
    /// `#` with the `c` type.
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
    /// A `}` that neither closes a field nor is doubled.
    #[error("Single '}}' encountered in format string")]
    SingleCloseBrace,
    /// A `{` at the very end of the template.
    #[error("Single '{{' encountered in format string")]
    SingleOpenBrace,
    /// A field name running to the end of the template.
    #[error("expected '}}' before end of string")]
    ExpectedCloseBrace,
    /// A `{` inside a field name.
    #[error("unexpected '{{' in field name")]
    OpenBraceInFieldName,
    /// A `!` at the very end of the template.
    #[error("end of string while looking for conversion specifier")]
    MissingConversion,
    /// Something other than `:` or `}` after `!x`.
    #[error("expected ':' after conversion specifier")]
    ExpectedColonAfterConversion,
    /// A format spec whose braces never balance.
    #[error("unmatched '{{' in format spec")]
    UnmatchedBraceInSpec,
    /// A `!x` conversion other than `!r`, `!s` or `!a`.
    #[error("Unknown conversion specifier {}", bare_code(*.0))]
    UnknownConversion(char),
    /// Text right after a `[key]` that is not `.` or `[`.
    #[error("Only '.' or '[' may follow ']' in format field specifier")]
    BadAfterBracket,
    /// `{0.}` or `{0[]}`.
    #[error("Empty attribute in format string")]
    EmptyAttribute,
    /// A `[` without its `]`.
    #[error("Missing ']' in format string")]
    MissingCloseBracket,
    /// `{}` after `{0}` in the same template.
    #[error("cannot switch from manual field specification to automatic field numbering")]
    ManualToAutoNumbering,
    /// `{0}` after `{}` in the same template.
    #[error("cannot switch from automatic field numbering to manual field specification")]
    AutoToManualNumbering,
    /// Format specs nested deeper than `'{:{}}'`.
    #[error("Max string recursion exceeded")]
    MaxRecursion,
    /// A positional field past the end of the arguments (an `IndexError`).
    #[error("Replacement index {0} out of range for positional args tuple")]
    ReplacementIndexOutOfRange(usize),

    // --- printf-style '%' formatting ---
    /// A conversion character `%` does not know.
    #[error("unsupported format character '{}' ({:#x}) at index {index}", printable_or_question(*.ch), u32::from(*.ch))]
    UnsupportedFormatChar {
        /// The conversion character.
        ch: char,
        /// Its position in characters (code points) from the start of the template.
        index: usize,
    },
    /// The template ends inside a conversion spec.
    #[error("incomplete format")]
    IncompleteFormat,
    /// The template ends inside a `%(key)`.
    #[error("incomplete format key")]
    IncompleteFormatKey,
    /// A written width past `Py_ssize_t`.
    #[error("width too big")]
    WidthTooBig,
    /// A `%d`-family precision so large CPython refuses to zero-pad to it.
    #[error("precision too large")]
    IntPrecisionTooLarge,
    /// `%c` of something that is neither an int nor a one-character str.
    #[error("%c requires int or char")]
    CharRequiresIntOrChar,
    /// A `*` width or precision whose argument is not an int.
    #[error("* wants int")]
    StarWantsInt,
    /// More conversions than arguments.
    #[error("not enough arguments for format string")]
    NotEnoughArguments,
    /// More arguments than conversions.
    #[error("not all arguments converted during string formatting")]
    NotAllConverted,
    /// `%(key)s` with an argument that is not a mapping.
    #[error("format requires a mapping")]
    RequiresMapping,
    /// `'%d' % 'a'`.
    #[error("%{conv} format: {requirement} is required, not {type_name}")]
    PercentWrongType {
        /// The conversion character.
        conv: char,
        /// `"a real number"` (for `d i u`) or `"an integer"` (for `o x X`).
        requirement: &'static str,
        /// The Python type of the argument.
        type_name: String,
    },
    /// `'%f' % 'a'`, naming the argument's Python type.
    #[error("must be real number, not {0}")]
    MustBeRealNumber(String),

    // --- round() ---
    /// `round(x, n)` of a value that rounds past the float range.
    #[error("rounded value too large to represent")]
    RoundedTooLarge,

    // --- sandbox limit ---
    /// The result would exceed the caller's size limit; raised before anything that large
    /// is allocated.
    #[error("formatted result would be too large ({needed} bytes, limit {limit})")]
    TooLarge {
        /// Bytes the result would take (`usize::MAX` when that overflows).
        needed: usize,
        /// The caller's limit.
        limit: usize,
    },
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
