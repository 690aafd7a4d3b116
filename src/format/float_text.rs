//! A double laid out as text the way CPython's `PyOS_double_to_string` does it — the one
//! routine behind `repr(float)`, `format(float, 'e'/'f'/'g'/…)` and `'%e' % x`. The layout is
//! measured before it is written, so callers can refuse an oversized result
//! (`'%.999999999f' % 1.0`) without allocating it.

use super::float_digits::{self, DecimalDigits};
use super::padding::push_fill;

/// Which presentation CPython was asked for (its `format_code`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FloatStyle {
    /// `e`: one digit, point, `precision` digits, exponent.
    Exponent,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, exponent when the value is very large or small.
    General,
    /// `repr`: shortest round-trip digits, exponent below 1e-4 and from 1e16 on.
    Repr,
}

/// The flags of `PyOS_double_to_string` that CPython's callers use.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct FloatTextOptions {
    /// `E`/`F`/`G`: `E` exponent marker, `INF`, `NAN`.
    pub uppercase: bool,
    /// `#`: keep the point and, for `g`, trailing zeros.
    pub alternate: bool,
    /// Always show a fractional part or exponent (`repr` and the no-type format spec).
    pub add_dot_0: bool,
    /// `z`: a value that rounds to zero loses its minus sign.
    pub no_negative_zero: bool,
}

/// A laid-out float: knows its length before it is written.
#[derive(Debug, Clone)]
pub(crate) struct FloatText {
    negative: bool,
    body: Body,
}

#[derive(Debug, Clone)]
enum Body {
    /// `inf` or `nan` in the requested case.
    NonFinite(&'static str),
    Finite(Layout),
}

/// CPython's view of the output as a slice `[start, end)` of the digits padded with zeros
/// on both sides, with a point after position `point` and an optional exponent.
#[derive(Debug, Clone)]
struct Layout {
    digits: String,
    point: i64,
    start: i64,
    end: i64,
    keep_trailing_point: bool,
    exponent: Option<(char, i64)>,
}

impl FloatText {
    /// Lays out `x` in `style` with `precision` (ignored by `Repr`; `General` treats 0 as 1).
    pub fn new(
        x: f64,
        style: FloatStyle,
        precision: usize,
        options: FloatTextOptions,
    ) -> FloatText {
        if x.is_nan() {
            let text = if options.uppercase { "NAN" } else { "nan" };
            return FloatText {
                negative: false,
                body: Body::NonFinite(text),
            };
        }
        if x.is_infinite() {
            let text = if options.uppercase { "INF" } else { "inf" };
            return FloatText {
                negative: x < 0.0,
                body: Body::NonFinite(text),
            };
        }
        let precision_i64 = i64::try_from(precision).unwrap_or(i64::MAX);
        let decimal = match style {
            FloatStyle::Exponent => float_digits::significant(x, precision.saturating_add(1)),
            FloatStyle::Fixed => float_digits::fixed(x, precision),
            FloatStyle::General => float_digits::significant(x, precision.max(1)),
            FloatStyle::Repr => float_digits::shortest(x),
        };
        let negative = x.is_sign_negative() && !(options.no_negative_zero && decimal.is_zero());
        let layout = Layout::new(decimal, style, precision_i64, options);
        FloatText {
            negative,
            body: Body::Finite(layout),
        }
    }

    /// Whether the text starts with a minus sign.
    pub fn is_negative(&self) -> bool {
        self.negative
    }

    /// Length in bytes (all ASCII) of [`FloatText::render`]'s result.
    pub fn len(&self) -> usize {
        self.unsigned_len()
            .saturating_add(usize::from(self.negative))
    }

    fn unsigned_len(&self) -> usize {
        match &self.body {
            Body::NonFinite(text) => text.len(),
            Body::Finite(layout) => layout.len(),
        }
    }

    /// The whole text: `-` when negative, then the digits.
    pub fn render(&self) -> String {
        let sign = if self.negative { "-" } else { "" };
        sign.to_string() + &self.render_unsigned()
    }

    /// The text without its sign, for callers that place the sign themselves.
    pub fn render_unsigned(&self) -> String {
        let mut out = String::with_capacity(self.unsigned_len());
        match &self.body {
            Body::NonFinite(text) => out.push_str(text),
            Body::Finite(layout) => layout.write(&mut out),
        }
        out
    }
}

impl Layout {
    /// The placement rules of CPython's `format_float_short`.
    fn new(
        decimal: DecimalDigits,
        style: FloatStyle,
        precision: i64,
        options: FloatTextOptions,
    ) -> Layout {
        let DecimalDigits { digits, mut point } = decimal;
        let digits_len = i64::try_from(digits.len()).unwrap_or(i64::MAX);
        let (use_exponent, requested_end) = match style {
            FloatStyle::Exponent => (true, precision.saturating_add(1)),
            FloatStyle::Fixed => (false, point.saturating_add(precision)),
            FloatStyle::General => {
                let significant = precision.max(1);
                let limit = if options.add_dot_0 {
                    significant - 1
                } else {
                    significant
                };
                let end = if options.alternate {
                    significant
                } else {
                    digits_len
                };
                (point <= -4 || point > limit, end)
            }
            FloatStyle::Repr => (point <= -4 || point > 16, digits_len),
        };
        let mut exponent = None;
        if use_exponent {
            exponent = Some((if options.uppercase { 'E' } else { 'e' }, point - 1));
            point = 1;
        }
        let start = if point <= 0 { point - 1 } else { 0 };
        let minimum_end = if exponent.is_none() && options.add_dot_0 {
            point + 1
        } else {
            point
        };
        let end = requested_end.max(digits_len).max(minimum_end);
        Layout {
            digits,
            point,
            start,
            end,
            keep_trailing_point: options.alternate,
            exponent,
        }
    }

    fn has_point(&self) -> bool {
        self.end > self.point || self.keep_trailing_point
    }

    fn len(&self) -> usize {
        let positions = usize::try_from(self.end - self.start).unwrap_or(usize::MAX);
        let exponent = self
            .exponent
            .map_or(0, |(_, value)| 2 + exponent_digits(value).len());
        positions
            .saturating_add(usize::from(self.has_point()))
            .saturating_add(exponent)
    }

    fn write(&self, out: &mut String) {
        let point = usize::try_from(self.point).unwrap_or(0);
        let leading_zeros = usize::try_from(-self.start).unwrap_or(0);
        let after_point_zeros = usize::try_from(-self.point).unwrap_or(0);
        let digits_len = i64::try_from(self.digits.len()).unwrap_or(i64::MAX);
        if self.point <= 0 {
            push_fill(out, '0', leading_zeros - after_point_zeros);
            out.push('.');
            push_fill(out, '0', after_point_zeros);
            out.push_str(&self.digits);
        } else if self.point <= digits_len {
            let (whole, fraction) = self.digits.split_at(point.min(self.digits.len()));
            out.push_str(whole);
            out.push('.');
            out.push_str(fraction);
        } else {
            out.push_str(&self.digits);
            push_fill(out, '0', point - self.digits.len());
            out.push('.');
        }
        let written_end = digits_len.max(self.point);
        push_fill(
            out,
            '0',
            usize::try_from(self.end - written_end).unwrap_or(0),
        );
        if !self.has_point() {
            out.pop();
        }
        if let Some((marker, value)) = self.exponent {
            out.push(marker);
            out.push(if value < 0 { '-' } else { '+' });
            out.push_str(&exponent_digits(value));
        }
    }
}

/// An exponent's magnitude with at least two digits, as C's `%+.02d` prints it.
fn exponent_digits(value: i64) -> String {
    format!("{:02}", value.unsigned_abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(x: f64, style: FloatStyle, precision: usize, options: FloatTextOptions) -> String {
        let laid_out = FloatText::new(x, style, precision, options);
        let rendered = laid_out.render();
        assert_eq!(rendered.len(), laid_out.len(), "length of {rendered}");
        rendered
    }

    #[test]
    fn layouts_match_cpython() {
        use FloatStyle::*;
        let plain = FloatTextOptions::default();
        let alt = FloatTextOptions {
            alternate: true,
            ..plain
        };
        let dot0 = FloatTextOptions {
            add_dot_0: true,
            ..plain
        };
        let upper = FloatTextOptions {
            uppercase: true,
            ..plain
        };
        let cases: Vec<(f64, FloatStyle, usize, FloatTextOptions, &str)> = vec![
            // '%.*f' % (p, x)
            (0.5, Fixed, 0, plain, "0"),
            (2.5, Fixed, 0, alt, "2."),
            (0.001, Fixed, 2, plain, "0.00"),
            (123.456, Fixed, 1, plain, "123.5"),
            (1e22, Fixed, 2, plain, "10000000000000000000000.00"),
            (-0.0, Fixed, 3, plain, "-0.000"),
            // '%.*e' % (p, x)
            (12345.678, Exponent, 6, plain, "1.234568e+04"),
            (0.0, Exponent, 0, plain, "0e+00"),
            (0.0, Exponent, 0, alt, "0.e+00"),
            (1e-300, Exponent, 2, upper, "1.00E-300"),
            // '%.*g' % (p, x)
            (0.00001234, General, 6, plain, "1.234e-05"),
            (1.0, General, 6, alt, "1.00000"),
            (123456789.0, General, 6, plain, "1.23457e+08"),
            (100000.0, General, 6, plain, "100000"),
            (1000000.0, General, 6, plain, "1e+06"),
            (0.0001, General, 0, plain, "0.0001"),
            (f64::NAN, General, 6, upper, "NAN"),
            (f64::NEG_INFINITY, Fixed, 6, plain, "-inf"),
            // format(x, '.3') and repr(x)
            (1234.5, General, 3, dot0, "1.23e+03"),
            (12.0, General, 3, dot0, "12.0"),
            (
                1e16,
                Repr,
                0,
                FloatTextOptions {
                    add_dot_0: true,
                    alternate: true,
                    ..plain
                },
                "1.e+16",
            ),
        ];
        for (x, style, precision, options, expected) in cases {
            assert_eq!(
                text(x, style, precision, options),
                expected,
                "{x} {style:?} {precision}"
            );
        }
    }

    #[test]
    fn negative_zero_dropped_only_when_rounded_to_zero() {
        let z = FloatTextOptions {
            no_negative_zero: true,
            ..FloatTextOptions::default()
        };
        assert_eq!(text(-0.01, FloatStyle::Fixed, 1, z), "0.0");
        assert_eq!(text(-0.06, FloatStyle::Fixed, 1, z), "-0.1");
    }

    #[test]
    fn huge_precision_is_measured_not_materialised() {
        let laid_out = FloatText::new(
            1.0,
            FloatStyle::Fixed,
            999_999_999,
            FloatTextOptions::default(),
        );
        assert_eq!(laid_out.len(), 1_000_000_001);
    }
}
