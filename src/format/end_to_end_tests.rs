//! `str.format` and `%` evaluated end to end the way the VM glues the primitives together,
//! checked against CPython 3.11. The evaluators here double as the reference for that glue:
//! auto-numbering, nested specs, conversions, `*` widths and argument errors.

use super::*;

/// A Python value of the kinds these tests format.
#[derive(Debug, Clone)]
enum Arg {
    I(i128),
    F(f64),
    S(&'static str),
}
use Arg::{F, I, S};

const LIMIT: usize = 1 << 20;

fn python_str(value: &Arg) -> String {
    match value {
        I(i) => i.to_string(),
        F(x) => float_repr(*x),
        S(s) => s.to_string(),
    }
}

fn python_repr(value: &Arg) -> String {
    match value {
        S(s) => format!("'{s}'"),
        other => python_str(other),
    }
}

/// `format(value, spec)` for the three types.
fn format_value(value: &Arg, spec: &str) -> Result<String, FormatError> {
    match value {
        I(i) => format_int(
            &BigInt::from(*i),
            &FormatSpec::parse(spec, "int")?,
            "int",
            LIMIT,
        ),
        F(x) => format_float(*x, &FormatSpec::parse(spec, "float")?, "float", LIMIT),
        S(s) => format_str(s, &FormatSpec::parse(spec, "str")?, "str", LIMIT),
    }
}

/// `template.format(*args, **kwargs)`.
fn str_format(template: &str, args: &[Arg], kwargs: &[(&str, Arg)]) -> Result<String, FormatError> {
    expand(template, args, kwargs, &mut AutoNumbering::default(), 2)
}

fn expand(
    template: &str,
    args: &[Arg],
    kwargs: &[(&str, Arg)],
    numbering: &mut AutoNumbering,
    depth: u32,
) -> Result<String, FormatError> {
    if depth == 0 {
        return Err(FormatError::MaxRecursion);
    }
    let mut out = String::new();
    for piece in template_pieces(template) {
        let field = match piece? {
            TemplatePiece::Literal(text) => {
                out += &text;
                continue;
            }
            TemplatePiece::Field(field) => field,
        };
        let value = match (numbering.resolve(&field.first)?, &field.first) {
            (Some(index), _) => args
                .get(index)
                .cloned()
                .ok_or(FormatError::ReplacementIndexOutOfRange(index))?,
            (None, FieldFirst::Name(name)) => kwargs
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, v)| v.clone())
                .unwrap(),
            (None, _) => unreachable!(),
        };
        assert!(
            field.accessors.is_empty(),
            "these tests use no attributes or items"
        );
        if let Some(error) = field.accessor_error {
            return Err(error);
        }
        let converted = match field.conversion {
            None => None,
            Some('s') => Some(python_str(&value)),
            Some('r' | 'a') => Some(python_repr(&value)),
            Some(other) => return Err(FormatError::UnknownConversion(other)),
        };
        let spec = if field.spec.contains('{') {
            expand(&field.spec, args, kwargs, numbering, depth - 1)?
        } else {
            field.spec
        };
        out += &match converted {
            Some(text) => format_str(&text, &FormatSpec::parse(&spec, "str")?, "str", LIMIT)?,
            None => format_value(&value, &spec)?,
        };
    }
    Ok(out)
}

/// One `str.format` case: template, positional args, keyword args, expected result.
type StrFormatCase = (
    &'static str,
    Vec<Arg>,
    Vec<(&'static str, Arg)>,
    &'static str,
);

#[test]
fn str_format_matches_cpython() {
    // (template, args, kwargs, template.format(*args, **kwargs) in CPython 3.11 or '!' + exception)
    let cases: &[StrFormatCase] = &[
            ("{} {}", vec![I(1), S("a")], vec![], "1 a"),
            ("{0}{1}{0}", vec![S("ab"), S("cd")], vec![], "abcdab"),
            ("{:>{}}", vec![I(7), I(5)], vec![], "    7"),
            ("{:{}.{}f}", vec![F(4.56789), I(10), I(2)], vec![], "      4.57"),
            ("{0:{1}}", vec![I(42), S(">6")], vec![], "    42"),
            ("{x:^{w}}", vec![], vec![("x", S("mid")), ("w", I(9))], "   mid   "),
            ("{:{:{}}}", vec![I(1), I(2), I(3)], vec![], "!ValueError: Max string recursion exceeded"),
            ("{}{0}", vec![I(1)], vec![], "!ValueError: cannot switch from automatic field numbering to manual field specification"),
            ("{0}{}", vec![I(1)], vec![], "!ValueError: cannot switch from manual field specification to automatic field numbering"),
            ("{2}", vec![I(1), I(2)], vec![], "!IndexError: Replacement index 2 out of range for positional args tuple"),
            ("{}{}{}", vec![I(1), I(2)], vec![], "!IndexError: Replacement index 2 out of range for positional args tuple"),
            ("{0!r:>6}", vec![S("hi")], vec![], "  'hi'"),
            ("{0!s:*<5}", vec![I(12)], vec![], "12***"),
            ("{0!x}", vec![I(1)], vec![], "!ValueError: Unknown conversion specifier x"),
            ("{:,}", vec![I(1234567)], vec![], "1,234,567"),
            ("{:_b}", vec![I(255)], vec![], "1111_1111"),
            ("{:#x}", vec![I(255)], vec![], "0xff"),
            ("{:08.3f}", vec![F(4.56789)], vec![], "0004.568"),
            ("{:+.2e}", vec![F(12345.678)], vec![], "+1.23e+04"),
            ("{:#o}", vec![I(8)], vec![], "0o10"),
            ("{:c}", vec![I(9731)], vec![], "☃"),
            ("{:%}", vec![F(0.5)], vec![], "50.000000%"),
            ("{:.0f}", vec![F(0.5)], vec![], "0"),
            ("{:g}", vec![F(1.0e-05)], vec![], "1e-05"),
            ("{:.3g}", vec![F(1234.5)], vec![], "1.23e+03"),
            ("{:#g}", vec![F(1.5)], vec![], "1.50000"),
            ("{:=+10d}", vec![I(42)], vec![], "+       42"),
            ("{:0=10}", vec![I(-42)], vec![], "-000000042"),
            ("{:*^11}", vec![S("abc")], vec![], "****abc****"),
            ("{:,.2f}", vec![F(1234567.891)], vec![], "1,234,567.89"),
            ("{:z.1f}", vec![F(-0.01)], vec![], "0.0"),
            ("{:e}", vec![I(100000000000000000000)], vec![], "1.000000e+20"),
            ("{:.3}", vec![F(4.56789)], vec![], "4.57"),
            ("{:.3}", vec![F(1234.5)], vec![], "1.23e+03"),
            ("a{{b}}c{}", vec![I(1)], vec![], "a{b}c1"),
            ("{:{}}", vec![S("x"), S("<{}")], vec![], "!ValueError: Invalid format specifier '<{}' for object of type 'str'"),
            ("{0:{{}}}", vec![I(1)], vec![], "!ValueError: Invalid format specifier '{}' for object of type 'int'"),
            ("{:d}", vec![S("s")], vec![], "!ValueError: Unknown format code 'd' for object of type 'str'"),
            ("{:s}", vec![F(1.5)], vec![], "!ValueError: Unknown format code 's' for object of type 'float'"),
            ("{:>{}}", vec![S("q"), S("x")], vec![], "!ValueError: Unknown format code 'x' for object of type 'str'"),
            ("{:.{}}", vec![S("abcdef"), I(3)], vec![], "abc"),
            ("{0:{a}}", vec![I(5)], vec![("a", S("03"))], "005"),
            ("{!r}", vec![F(2.5)], vec![], "2.5"),
            ("{:{}{}{}}", vec![F(3.5), S("+"), S("0"), I(8)], vec![], "+00003.5"),
            ("{:}", vec![S("plain")], vec![], "plain"),
            ("{:٣}", vec![I(1)], vec![], "  1"),
            ("{١}", vec![S("a"), S("b")], vec![], "b"),
        ];
    for (template, args, kwargs, expected) in cases {
        let got = str_format(template, args, kwargs)
            .unwrap_or_else(|e| format!("!{}: {e}", e.exception_type()));
        assert_eq!(got, *expected, "{template:?}.format{args:?}");
    }
}

/// The right operand of `%`.
#[derive(Debug)]
enum Args {
    Tuple(Vec<Arg>),
    Map(Vec<(&'static str, Arg)>),
}

/// `template % args`.
fn percent_format(template: &str, args: &Args) -> Result<String, FormatError> {
    let positional: &[Arg] = match args {
        Args::Tuple(values) => values,
        Args::Map(_) => &[],
    };
    let mut next = positional.iter();
    let mut out = String::new();
    for piece in percent_pieces(template) {
        let mut spec = match piece? {
            PercentPiece::Literal(text) => {
                out += &text;
                continue;
            }
            PercentPiece::Spec(spec) => spec,
        };
        let mapped = match (&spec.key, args) {
            (Some(key), Args::Map(entries)) => entries
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone()),
            (Some(_), Args::Tuple(_)) => return Err(FormatError::RequiresMapping),
            (None, _) => None,
        };
        let mut star = |spec: &mut PercentSpec, num: Option<PercentNum>, is_width: bool| match num {
            Some(PercentNum::Star) => match next.next() {
                Some(I(n)) if *n < 0 && is_width => {
                    spec.flags.minus = true;
                    Ok(Some(n.unsigned_abs() as usize))
                }
                Some(I(n)) => Ok(Some((*n).max(0) as usize)),
                Some(_) => Err(FormatError::StarWantsInt),
                None => Err(FormatError::NotEnoughArguments),
            },
            Some(PercentNum::Fixed(n)) => Ok(Some(n)),
            None => Ok(None),
        };
        let (width, precision) = (spec.width, spec.precision);
        let width = star(&mut spec, width, true)?;
        let precision = star(&mut spec, precision, false)?;
        let value = match mapped {
            Some(value) => value,
            None => next
                .next()
                .cloned()
                .ok_or(FormatError::NotEnoughArguments)?,
        };
        out += &match (spec.kind()?, &value) {
            (PercentKind::Text, value) => {
                let text = if spec.conv == 's' {
                    python_str(value)
                } else {
                    python_repr(value)
                };
                percent_str(&text, &spec, width, precision, LIMIT)?
            }
            (PercentKind::Char, I(code)) => {
                let ch = char_from_code_point(i64::try_from(*code).unwrap_or(-1))?;
                percent_str(&ch.to_string(), &spec, width, precision, LIMIT)?
            }
            (PercentKind::Char, S(s)) if s.chars().count() == 1 => {
                percent_str(s, &spec, width, precision, LIMIT)?
            }
            (PercentKind::Char, _) => return Err(FormatError::CharRequiresIntOrChar),
            (PercentKind::Int, I(i)) => {
                percent_int(&BigInt::from(*i), &spec, width, precision, LIMIT)?
            }
            (PercentKind::Int, F(x)) if matches!(spec.conv, 'd' | 'i' | 'u') => percent_int(
                &BigInt::from(x.trunc() as i128),
                &spec,
                width,
                precision,
                LIMIT,
            )?,
            (PercentKind::Int, value) => {
                let requirement = if matches!(spec.conv, 'd' | 'i' | 'u') {
                    "a real number"
                } else {
                    "an integer"
                };
                let type_name = if matches!(value, F(_)) {
                    "float"
                } else {
                    "str"
                };
                return Err(FormatError::PercentWrongType {
                    conv: spec.conv,
                    requirement,
                    type_name: type_name.into(),
                });
            }
            (PercentKind::Float, I(i)) => percent_float(*i as f64, &spec, width, precision, LIMIT)?,
            (PercentKind::Float, F(x)) => percent_float(*x, &spec, width, precision, LIMIT)?,
            (PercentKind::Float, S(_)) => return Err(FormatError::MustBeRealNumber("str".into())),
        };
    }
    if next.next().is_some() {
        return Err(FormatError::NotAllConverted);
    }
    Ok(out)
}

#[test]
fn percent_format_matches_cpython() {
    // (template, args, template % args in CPython 3.11 or '!' + exception)
    let cases: &[(&str, Args, &str)] = &[
        ("%5.2f", Args::Tuple(vec![F(4.56789)]), " 4.57"),
        ("%-5d|", Args::Tuple(vec![I(42)]), "42   |"),
        ("%05d", Args::Tuple(vec![I(42)]), "00042"),
        ("%05d", Args::Tuple(vec![I(-42)]), "-0042"),
        ("%+d", Args::Tuple(vec![I(5)]), "+5"),
        ("% d", Args::Tuple(vec![I(5)]), " 5"),
        ("% d", Args::Tuple(vec![I(-5)]), "-5"),
        ("%x", Args::Tuple(vec![I(-255)]), "-ff"),
        ("%#x", Args::Tuple(vec![I(-255)]), "-0xff"),
        ("%#X", Args::Tuple(vec![I(255)]), "0XFF"),
        ("%#o", Args::Tuple(vec![I(8)]), "0o10"),
        ("%o", Args::Tuple(vec![I(-8)]), "-10"),
        ("%e", Args::Tuple(vec![F(12345.678)]), "1.234568e+04"),
        ("%E", Args::Tuple(vec![F(0.0)]), "0.000000E+00"),
        ("%g", Args::Tuple(vec![F(1.234e-05)]), "1.234e-05"),
        ("%g", Args::Tuple(vec![F(123456789.0)]), "1.23457e+08"),
        ("%#g", Args::Tuple(vec![F(1.0)]), "1.00000"),
        ("%G", Args::Tuple(vec![F(1.0e-10)]), "1E-10"),
        ("%.3s", Args::Tuple(vec![S("abcdef")]), "abc"),
        ("%%", Args::Tuple(vec![]), "%"),
        ("%s %%", Args::Tuple(vec![I(1)]), "1 %"),
        ("%(name)s", Args::Map(vec![("name", S("bob"))]), "bob"),
        (
            "%(a)s-%(b)05.1f",
            Args::Map(vec![("a", S("x")), ("b", F(2.25))]),
            "x-002.2",
        ),
        ("%(a(b))s", Args::Map(vec![("a(b)", I(1))]), "1"),
        ("%c", Args::Tuple(vec![I(65)]), "A"),
        ("%c", Args::Tuple(vec![S("z")]), "z"),
        ("%5c|", Args::Tuple(vec![I(66)]), "    B|"),
        ("%-3c|", Args::Tuple(vec![S("q")]), "q  |"),
        (
            "%c",
            Args::Tuple(vec![I(-1)]),
            "!OverflowError: %c arg not in range(0x110000)",
        ),
        (
            "%c",
            Args::Tuple(vec![S("ab")]),
            "!TypeError: %c requires int or char",
        ),
        (
            "%c",
            Args::Tuple(vec![F(2.5)]),
            "!TypeError: %c requires int or char",
        ),
        (
            "%d",
            Args::Tuple(vec![S("a")]),
            "!TypeError: %d format: a real number is required, not str",
        ),
        (
            "%x",
            Args::Tuple(vec![F(1.5)]),
            "!TypeError: %x format: an integer is required, not float",
        ),
        (
            "%f",
            Args::Tuple(vec![S("a")]),
            "!TypeError: must be real number, not str",
        ),
        ("%d", Args::Tuple(vec![F(3.99)]), "3"),
        ("%f", Args::Tuple(vec![I(3)]), "3.000000"),
        ("%*d|", Args::Tuple(vec![I(5), I(3)]), "    3|"),
        ("%-*d|", Args::Tuple(vec![I(5), I(3)]), "3    |"),
        ("%*d|", Args::Tuple(vec![I(-5), I(3)]), "3    |"),
        ("%.*f", Args::Tuple(vec![I(2), F(4.56789)]), "4.57"),
        ("%.*f", Args::Tuple(vec![I(-2), F(4.56789)]), "5"),
        ("%*.*f|", Args::Tuple(vec![I(8), I(3), F(2.5)]), "   2.500|"),
        (
            "%*d",
            Args::Tuple(vec![S("a"), I(1)]),
            "!TypeError: * wants int",
        ),
        (
            "%d %d",
            Args::Tuple(vec![I(1)]),
            "!TypeError: not enough arguments for format string",
        ),
        (
            "%d",
            Args::Tuple(vec![I(1), I(2)]),
            "!TypeError: not all arguments converted during string formatting",
        ),
        (
            "%y",
            Args::Tuple(vec![I(1)]),
            "!ValueError: unsupported format character 'y' (0x79) at index 1",
        ),
        (
            "abc%",
            Args::Tuple(vec![]),
            "!ValueError: incomplete format",
        ),
        (
            "%(a",
            Args::Map(vec![("a", I(1))]),
            "!ValueError: incomplete format key",
        ),
        (
            "%(a)",
            Args::Map(vec![("a", I(1))]),
            "!ValueError: incomplete format",
        ),
        (
            "%5%",
            Args::Tuple(vec![I(1)]),
            "!ValueError: unsupported format character '%' (0x25) at index 2",
        ),
        (
            "%5%",
            Args::Tuple(vec![]),
            "!TypeError: not enough arguments for format string",
        ),
        ("%#6x", Args::Tuple(vec![I(255)]), "  0xff"),
        ("%-#6x|", Args::Tuple(vec![I(255)]), "0xff  |"),
        ("%#06x", Args::Tuple(vec![I(255)]), "0x00ff"),
        ("%+#06x", Args::Tuple(vec![I(-255)]), "-0x0ff"),
        ("%-05d|", Args::Tuple(vec![I(5)]), "5    |"),
        ("%05s", Args::Tuple(vec![S("ab")]), "   ab"),
        ("% 05.1f", Args::Tuple(vec![F(2.5)]), " 02.5"),
        ("%.0c", Args::Tuple(vec![S("a")]), "a"),
        ("%.3r", Args::Tuple(vec![S("abc")]), "'ab"),
        ("%hd %ld %Ld", Args::Tuple(vec![I(1), I(2), I(3)]), "1 2 3"),
        ("%.d", Args::Tuple(vec![I(5)]), "5"),
        ("%.f", Args::Tuple(vec![F(2.5)]), "2"),
        ("%.5d", Args::Tuple(vec![I(-3)]), "-00003"),
        ("%+.5x", Args::Tuple(vec![I(255)]), "+000ff"),
        ("%#.5o", Args::Tuple(vec![I(8)]), "0o00010"),
        ("%i %u", Args::Tuple(vec![I(1), I(2)]), "1 2"),
        ("%05f", Args::Tuple(vec![F(f64::INFINITY)]), "00inf"),
        ("%+f", Args::Tuple(vec![F(f64::NAN)]), "+nan"),
        ("%-8.3e|", Args::Tuple(vec![F(-0.000123)]), "-1.230e-04|"),
        ("%010.2f", Args::Tuple(vec![F(-3.5)]), "-000003.50"),
        ("%s", Args::Tuple(vec![S("été")]), "été"),
        ("%6s|", Args::Tuple(vec![S("été")]), "   été|"),
        ("%r", Args::Tuple(vec![F(2.5)]), "2.5"),
        ("%a", Args::Tuple(vec![I(7)]), "7"),
        (
            "%d",
            Args::Tuple(vec![I(1000000000000000000000000000000)]),
            "1000000000000000000000000000000",
        ),
        (
            "%x",
            Args::Tuple(vec![I(1180591620717411303424)]),
            "400000000000000000",
        ),
        ("%.20f", Args::Tuple(vec![F(0.1)]), "0.10000000000000000555"),
        ("%#.0f", Args::Tuple(vec![F(2.0)]), "2."),
        ("%F", Args::Tuple(vec![F(f64::INFINITY)]), "INF"),
        ("%f", Args::Tuple(vec![F(-f64::NAN)]), "nan"),
        (
            "%(x)s %s",
            Args::Map(vec![("x", I(1))]),
            "!TypeError: not enough arguments for format string",
        ),
        (
            "%é",
            Args::Tuple(vec![I(1)]),
            "!ValueError: unsupported format character '?' (0xe9) at index 1",
        ),
        (
            "%\u{1}",
            Args::Tuple(vec![I(1)]),
            "!ValueError: unsupported format character '?' (0x1) at index 1",
        ),
        (
            "%.99999999999d",
            Args::Tuple(vec![I(1)]),
            "!ValueError: precision too big",
        ),
        (
            "%99999999999999999999d",
            Args::Tuple(vec![I(1)]),
            "!ValueError: width too big",
        ),
        (
            "%.2147483647d",
            Args::Tuple(vec![I(1)]),
            "!OverflowError: precision too large",
        ),
        ("%-+ #0d", Args::Tuple(vec![I(7)]), "+7"),
        ("%5.1s|", Args::Tuple(vec![S("xyz")]), "    x|"),
        ("%(a)d%%", Args::Map(vec![("a", I(3))]), "3%"),
        ("abc", Args::Tuple(vec![]), "abc"),
        ("", Args::Tuple(vec![]), ""),
    ];
    for (template, args, expected) in cases {
        let got = percent_format(template, args)
            .unwrap_or_else(|e| format!("!{}: {e}", e.exception_type()));
        assert_eq!(got, *expected, "{template:?} % {args:?}");
    }
}

#[test]
fn oversized_results_are_refused_not_built() {
    let too_large =
        |result: Result<String, FormatError>| matches!(result, Err(FormatError::TooLarge { .. }));
    // f'{1:>999999999}'
    assert!(too_large(format_value(&I(1), ">999999999")));
    assert!(too_large(format_value(&I(1), "0999999999,")));
    assert!(too_large(format_value(&F(1.0), ".999999999f")));
    assert!(too_large(format_value(&F(1.0), ".2147483647e")));
    assert!(too_large(format_value(&F(1.0), "#.2147483647g")));
    assert!(too_large(format_value(&S("x"), "\u{e9}>999999999")));
    // '%.999999999f' % 1.0 and friends
    assert!(too_large(percent_format(
        "%.999999999f",
        &Args::Tuple(vec![F(1.0)])
    )));
    assert!(too_large(percent_format(
        "%.2147483644d",
        &Args::Tuple(vec![I(1)])
    )));
    assert!(too_large(percent_format(
        "%999999999s",
        &Args::Tuple(vec![S("x")])
    )));
    assert!(too_large(percent_format(
        "%-999999999d",
        &Args::Tuple(vec![I(1)])
    )));
    // A huge 'g' precision without '#' strips to a short result: allowed.
    assert_eq!(format_value(&F(0.5), ".999999999g"), Ok("0.5".to_string()));
    // Exactly at the limit is fine.
    let spec = FormatSpec::parse(">10", "int").unwrap();
    assert_eq!(
        format_int(&BigInt::from(1), &spec, "int", 10).map(|s| s.len()),
        Ok(10)
    );
    assert!(too_large(format_int(&BigInt::from(1), &spec, "int", 9)));
}

#[test]
fn big_ints_format_quickly() {
    let big = BigInt::from(7).pow(20_000u32);
    let started = std::time::Instant::now();
    // 16,902 decimal digits: past CPython's int->str limit, refused before converting.
    let decimal = format_int(
        &big,
        &FormatSpec::parse(",", "int").unwrap(),
        "int",
        usize::MAX,
    );
    assert_eq!(decimal, Err(FormatError::IntStrDigits));
    // format(7**20000, "_x")[:5] and its length in CPython 3.11: hex is not limited.
    let hex = format_int(
        &big,
        &FormatSpec::parse("_x", "int").unwrap(),
        "int",
        usize::MAX,
    )
    .unwrap();
    assert!(hex.starts_with("8_909"));
    assert_eq!(hex.len(), 17_546);
    assert!(started.elapsed().as_secs() < 2);
}
