//! `repr(float)` / `str(float)`: the text every printed float goes through.

use super::float_text::{FloatStyle, FloatText, FloatTextOptions};

/// Python's `repr()`/`str()` of a float: shortest round-trip digits, always with a `.0` or
/// an exponent, in exponent form when the decimal exponent is below -4 or at least 16
/// (`0.1`, `1.0`, `-0.0`, `1e+16`, `1e-05`, `123456789012345.0`, `inf`, `nan`).
pub fn float_repr(x: f64) -> String {
    let options = FloatTextOptions {
        add_dot_0: true,
        ..FloatTextOptions::default()
    };
    FloatText::new(x, FloatStyle::Repr, 0, options).render()
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn matches_cpython_repr() {
        // Expected strings are CPython 3.11's repr() of each value.
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (0.0001, "0.0001"),
            (0.00001234, "1.234e-05"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (100.0, "100.0"),
            (-2.5, "-2.5"),
            (1e22, "1e+22"),
            (0.1 + 0.2, "0.30000000000000004"),
            (9007199254740993.0, "9007199254740992.0"),
        ];
        for &(x, expected) in cases {
            assert_eq!(float_repr(x), expected);
        }
    }
}
