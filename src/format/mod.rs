//! CPython-exact number and string formatting and parsing primitives, independent of the VM:
//! `repr(float)`, `float()`/`int()` string parsing, `round()`, the format-spec mini-language,
//! `str.format` templates and `%`-formatting. Everything here is pure: it works on Rust
//! values and strings, and the VM glues Python objects to it. Every result is measured
//! against a caller-given byte limit before it is allocated, so a sandboxed program cannot
//! make a formatter allocate gigabytes (`f'{1:>999999999}'`).

mod decimal_float;
mod error;
mod float_digits;
mod float_fmt;
mod float_repr;
mod float_text;
mod int_fmt;
mod number_field;
mod numparse;
mod padding;
mod percent;
mod percent_conv;
mod round;
mod spec;
mod str_fmt;
mod template;
mod unicode_digits;

pub use decimal_float::parse_f64;
pub(crate) use decimal_float::{decimal_exponent, named_float, nearest_scaled, split_sign};
pub use error::FormatError;
pub use float_fmt::format_float;
pub use float_repr::float_repr;
pub use int_fmt::{
    char_from_code_point, decimal_magnitude, format_int, int_to_float, INT_MAX_STR_DIGITS,
};
pub use num_bigint::BigInt;
pub use numparse::{parse_float, parse_int};
pub use percent::{
    parse_percent, percent_pieces, PercentFlags, PercentKind, PercentNum, PercentPiece,
    PercentPieces, PercentSpec,
};
pub use percent_conv::{percent_float, percent_int, percent_str};
pub use round::round_float;
pub use spec::{Align, FormatSpec, Sign};
pub use str_fmt::{format_str, pad};
pub use template::{
    parse_template, template_pieces, AutoNumbering, FieldAccessor, FieldFirst, FieldSpec,
    TemplatePiece, TemplatePieces,
};

#[cfg(test)]
mod end_to_end_tests;
