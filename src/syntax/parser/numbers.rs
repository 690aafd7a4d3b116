//! Number literal values. The lexer has already checked each literal's form, so decoding
//! here cannot fail: ints that fit in `i64` become `Int`, larger ones `BigInt` digits.

use crate::syntax::ast::Constant;
use crate::syntax::token::TokenKind;
use num_bigint::BigUint;

/// The constant for a number token of `kind` spelled `text`.
pub(super) fn number_constant(kind: TokenKind, text: &str) -> Constant {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    match kind {
        TokenKind::Imaginary => Constant::Complex(parse_float(digits.trim_end_matches(['j', 'J']))),
        TokenKind::Float => Constant::Float(parse_float(&digits)),
        _ => int_constant(&digits),
    }
}

fn parse_float(digits: &str) -> f64 {
    crate::format::parse_f64(digits).unwrap_or(f64::NAN)
}

fn int_constant(digits: &str) -> Constant {
    let lower = digits.get(..2).map(str::to_ascii_lowercase);
    let radix = match lower.as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 10,
    };
    let body = if radix == 10 {
        digits
    } else {
        digits.get(2..).unwrap_or("")
    };
    if let Ok(value) = i64::from_str_radix(body, radix) {
        return Constant::Int(value);
    }
    match BigUint::parse_bytes(body.as_bytes(), radix) {
        Some(value) => Constant::BigInt(value.to_str_radix(10)),
        None => Constant::BigInt(body.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        assert_eq!(
            number_constant(TokenKind::Int, "1_000"),
            Constant::Int(1000)
        );
        assert_eq!(number_constant(TokenKind::Int, "0xFF"), Constant::Int(255));
        assert_eq!(number_constant(TokenKind::Int, "0o17"), Constant::Int(15));
        assert_eq!(number_constant(TokenKind::Int, "0B101"), Constant::Int(5));
        assert_eq!(
            number_constant(TokenKind::Int, "9223372036854775807"),
            Constant::Int(i64::MAX)
        );
        assert_eq!(
            number_constant(TokenKind::Int, "9223372036854775808"),
            Constant::BigInt("9223372036854775808".into())
        );
        assert_eq!(
            number_constant(TokenKind::Int, "0x1_0000_0000_0000_0000"),
            Constant::BigInt("18446744073709551616".into())
        );
        assert_eq!(number_constant(TokenKind::Int, "00"), Constant::Int(0));
    }

    #[test]
    fn floats_and_imaginary() {
        assert_eq!(
            number_constant(TokenKind::Float, "1."),
            Constant::Float(1.0)
        );
        assert_eq!(
            number_constant(TokenKind::Float, ".5"),
            Constant::Float(0.5)
        );
        assert_eq!(
            number_constant(TokenKind::Float, "1_000.5"),
            Constant::Float(1000.5)
        );
        assert_eq!(
            number_constant(TokenKind::Float, "1e10"),
            Constant::Float(1e10)
        );
        assert_eq!(
            number_constant(TokenKind::Float, "1e400"),
            Constant::Float(f64::INFINITY)
        );
        assert_eq!(
            number_constant(TokenKind::Imaginary, "2j"),
            Constant::Complex(2.0)
        );
        assert_eq!(
            number_constant(TokenKind::Imaginary, "1.5J"),
            Constant::Complex(1.5)
        );
    }
}
