//! The format-spec mini-language (`format(x, spec)`, `f'{x:spec}'`, `str.format`):
//! `[[fill]align][sign]['z']['#']['0'][width][grouping]['.' precision][type]`, parsed the way
//! CPython's `parse_internal_render_format_spec` does, checks and messages included.

use super::error::FormatError;
use super::unicode_digits::decimal_value;

/// Where padding goes when the field is wider than the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^` (extra padding goes right)
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// The sign option; `Unspecified` differs from `Minus` only in what strings and `c` reject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sign {
    /// No sign option: numbers sign only when negative.
    #[default]
    Unspecified,
    /// `-`: sign only negative numbers (the default behaviour, spelled out).
    Minus,
    /// `+`: sign every number.
    Plus,
    /// ` `: a space in front of non-negative numbers.
    Space,
}

/// A parsed format spec. The type-dependent checks (separators, `=` on strings, …) are made
/// by `format_int`/`format_float`/`format_str`, which know the type, in CPython's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The padding character: as given, `'0'` when the `0` flag was used without a fill, else `' '`.
    pub fill: char,
    /// The explicit alignment; `None` means the type's default (`<` for str, `>` for numbers,
    /// or `=` for numbers with the `0` flag).
    pub align: Option<Align>,
    /// Which numbers get a sign character.
    pub sign: Sign,
    /// `z`: coerce negative zero to zero (floats only).
    pub z: bool,
    /// `#`: alternate form (`0x` prefixes, kept points).
    pub alternate: bool,
    /// The `0` flag (only recognised when no fill character was given).
    pub zero_pad: bool,
    /// Minimum field width in characters.
    pub width: Option<usize>,
    /// `,` or `_` thousands separator.
    pub grouping: Option<char>,
    /// Digits after the point (`f`, `e`, `%`), significant digits (`g`, none), or the
    /// maximum characters of a string.
    pub precision: Option<usize>,
    /// The presentation type character, if any.
    pub ty: Option<char>,
}

/// Digit grouping to apply: which separator, every how many digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Grouping {
    pub separator: char,
    pub interval: usize,
}

impl FormatSpec {
    /// Parses `spec` for a value of Python type `type_name` (named by the "Invalid format
    /// specifier" message). Errors: `Too many decimal digits in format string`,
    /// `Format specifier missing precision`, `Cannot specify both ',' and '_'.`, and
    /// `Invalid format specifier '…' for object of type '…'`.
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut cursor = Cursor {
            chars: &chars,
            pos: 0,
        };
        let mut parsed = FormatSpec {
            fill: ' ',
            align: None,
            sign: Sign::Unspecified,
            z: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        };
        let mut fill_given = false;
        if let (Some(fill), Some(align)) =
            (cursor.peek(0), cursor.peek(1).and_then(Align::from_char))
        {
            parsed.fill = fill;
            parsed.align = Some(align);
            fill_given = true;
            cursor.pos += 2;
        } else if let Some(align) = cursor.peek(0).and_then(Align::from_char) {
            parsed.align = Some(align);
            cursor.pos += 1;
        }
        parsed.sign = match cursor.peek(0) {
            Some('+') => Sign::Plus,
            Some('-') => Sign::Minus,
            Some(' ') => Sign::Space,
            _ => Sign::Unspecified,
        };
        if parsed.sign != Sign::Unspecified {
            cursor.pos += 1;
        }
        parsed.z = cursor.eat('z');
        parsed.alternate = cursor.eat('#');
        if !fill_given && cursor.eat('0') {
            parsed.zero_pad = true;
            parsed.fill = '0';
        }
        parsed.width = cursor.integer()?;
        if cursor.eat(',') {
            parsed.grouping = Some(',');
        }
        if cursor.eat('_') {
            if parsed.grouping.is_some() {
                return Err(FormatError::BothSeparators);
            }
            parsed.grouping = Some('_');
        }
        if parsed.grouping == Some('_') && cursor.peek(0) == Some(',') {
            return Err(FormatError::BothSeparators);
        }
        if cursor.eat('.') {
            parsed.precision = Some(cursor.integer()?.ok_or(FormatError::MissingPrecision)?);
        }
        match chars.get(cursor.pos..).unwrap_or_default() {
            [] => {}
            [ty] => parsed.ty = Some(*ty),
            _ => {
                return Err(FormatError::InvalidFormatSpecifier {
                    spec: spec.to_string(),
                    type_name: type_name.to_string(),
                })
            }
        }
        Ok(parsed)
    }

    /// The alignment to use when the type's default is `default`: the explicit one, else `=`
    /// for a `0`-flagged number (`default == Right`), else `default`.
    pub(crate) fn align_or(&self, default: Align) -> Align {
        match self.align {
            Some(align) => align,
            None if self.zero_pad && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }

    /// The grouping the separator option asks for under presentation type `code` (`None` is
    /// the float's no-type), or CPython's refusal of that combination (`'_'` groups `b o x X`
    /// by four; `,` only goes with decimal types).
    pub(crate) fn grouping_for(&self, code: Option<char>) -> Result<Option<Grouping>, FormatError> {
        let Some(separator) = self.grouping else {
            return Ok(None);
        };
        let interval = match code {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => 3,
            Some('b' | 'o' | 'x' | 'X') if separator == '_' => 4,
            Some(code) => return Err(FormatError::SeparatorWithType { separator, code }),
        };
        Ok(Some(Grouping {
            separator,
            interval,
        }))
    }
}

/// Reading position over the spec's characters.
struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self, offset: usize) -> Option<char> {
        self.chars.get(self.pos.checked_add(offset)?).copied()
    }

    fn eat(&mut self, expected: char) -> bool {
        let matched = self.peek(0) == Some(expected);
        if matched {
            self.pos += 1;
        }
        matched
    }

    /// A run of decimal digits (any script) as a `Py_ssize_t`-sized number; `None` when
    /// there are no digits.
    fn integer(&mut self) -> Result<Option<usize>, FormatError> {
        let mut value: Option<usize> = None;
        while let Some(digit) = self.peek(0).and_then(decimal_value) {
            value = Some(accumulate_decimal(value.unwrap_or(0), digit)?);
            self.pos += 1;
        }
        Ok(value)
    }
}

/// `value * 10 + digit`, refused past `Py_ssize_t`'s maximum as CPython does.
pub(crate) fn accumulate_decimal(value: usize, digit: u32) -> Result<usize, FormatError> {
    value
        .checked_mul(10)
        .and_then(|v| v.checked_add(digit as usize))
        .filter(|v| *v <= isize::MAX as usize)
        .ok_or(FormatError::TooManyDecimalDigits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(text: &str) -> FormatSpec {
        match FormatSpec::parse(text, "int") {
            Ok(parsed) => parsed,
            Err(error) => panic!("{text:?}: {error}"),
        }
    }

    #[test]
    fn parses_every_field() {
        let parsed = spec("*^+z#012,.3f");
        assert_eq!(parsed.fill, '*');
        assert_eq!(parsed.align, Some(Align::Center));
        assert_eq!(parsed.sign, Sign::Plus);
        assert!(parsed.z && parsed.alternate);
        // With a fill given, '0' starts the width instead of being the flag.
        assert!(!parsed.zero_pad);
        assert_eq!(parsed.width, Some(12));
        assert_eq!(parsed.grouping, Some(','));
        assert_eq!(parsed.precision, Some(3));
        assert_eq!(parsed.ty, Some('f'));
    }

    #[test]
    fn zero_flag_sets_fill_and_default_alignment() {
        let parsed = spec("08");
        assert_eq!(
            (parsed.fill, parsed.zero_pad, parsed.width),
            ('0', true, Some(8))
        );
        assert_eq!(parsed.align_or(Align::Right), Align::AfterSign);
        assert_eq!(parsed.align_or(Align::Left), Align::Left);
        assert_eq!(spec("<08").align_or(Align::Right), Align::Left);
        assert_eq!(spec("").align_or(Align::Right), Align::Right);
        // A fill that looks like an alignment character.
        assert_eq!(
            (spec("<<").fill, spec("<<").align),
            ('<', Some(Align::Left))
        );
    }

    #[test]
    fn errors_match_cpython() {
        let cases = [
            (
                "abc",
                "Invalid format specifier 'abc' for object of type 'int'",
            ),
            (".", "Format specifier missing precision"),
            (",_", "Cannot specify both ',' and '_'."),
            ("_,", "Cannot specify both ',' and '_'."),
            (
                "99999999999999999999999999999",
                "Too many decimal digits in format string",
            ),
            (
                ".99999999999999999999999999999",
                "Too many decimal digits in format string",
            ),
            (
                "9223372036854775808",
                "Too many decimal digits in format string",
            ),
        ];
        for (text, message) in cases {
            assert_eq!(
                FormatSpec::parse(text, "int").map_err(|e| e.to_string()),
                Err(message.to_string())
            );
        }
        assert_eq!(spec("9223372036854775807").width, Some(9223372036854775807));
    }

    #[test]
    fn grouping_depends_on_type() {
        assert_eq!(
            spec("_").grouping_for(Some('x')),
            Ok(Some(Grouping {
                separator: '_',
                interval: 4
            }))
        );
        assert_eq!(
            spec("_").grouping_for(Some('d')),
            Ok(Some(Grouping {
                separator: '_',
                interval: 3
            }))
        );
        assert_eq!(
            spec(",").grouping_for(None),
            Ok(Some(Grouping {
                separator: ',',
                interval: 3
            }))
        );
        assert_eq!(
            spec(",").grouping_for(Some('s')).map_err(|e| e.to_string()),
            Err("Cannot specify ',' with 's'.".to_string())
        );
        assert_eq!(
            spec(",").grouping_for(Some('x')).map_err(|e| e.to_string()),
            Err("Cannot specify ',' with 'x'.".to_string())
        );
    }
}
