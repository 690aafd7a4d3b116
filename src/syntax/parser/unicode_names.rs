//! Character names for `\N{...}` escapes. The full Unicode name list is large, so Sandpit
//! knows the systematic families (Latin letters, digits, Greek letters, CJK ideographs)
//! plus a table of commonly used symbols; other names are a clear SyntaxError.

/// Common named characters outside the systematic families (upper-case names).
const COMMON: &[(&str, char)] = &[
    ("NULL", '\0'),
    ("CHARACTER TABULATION", '\t'),
    ("LINE FEED", '\n'),
    ("CARRIAGE RETURN", '\r'),
    ("ESCAPE", '\u{1b}'),
    ("SPACE", ' '),
    ("EXCLAMATION MARK", '!'),
    ("QUOTATION MARK", '"'),
    ("NUMBER SIGN", '#'),
    ("DOLLAR SIGN", '$'),
    ("PERCENT SIGN", '%'),
    ("AMPERSAND", '&'),
    ("APOSTROPHE", '\''),
    ("LEFT PARENTHESIS", '('),
    ("RIGHT PARENTHESIS", ')'),
    ("ASTERISK", '*'),
    ("PLUS SIGN", '+'),
    ("COMMA", ','),
    ("HYPHEN-MINUS", '-'),
    ("FULL STOP", '.'),
    ("SOLIDUS", '/'),
    ("COLON", ':'),
    ("SEMICOLON", ';'),
    ("LESS-THAN SIGN", '<'),
    ("EQUALS SIGN", '='),
    ("GREATER-THAN SIGN", '>'),
    ("QUESTION MARK", '?'),
    ("COMMERCIAL AT", '@'),
    ("LEFT SQUARE BRACKET", '['),
    ("REVERSE SOLIDUS", '\\'),
    ("RIGHT SQUARE BRACKET", ']'),
    ("CIRCUMFLEX ACCENT", '^'),
    ("LOW LINE", '_'),
    ("GRAVE ACCENT", '`'),
    ("LEFT CURLY BRACKET", '{'),
    ("VERTICAL LINE", '|'),
    ("RIGHT CURLY BRACKET", '}'),
    ("TILDE", '~'),
    ("NO-BREAK SPACE", '\u{a0}'),
    ("INVERTED EXCLAMATION MARK", '¡'),
    ("CENT SIGN", '¢'),
    ("POUND SIGN", '£'),
    ("YEN SIGN", '¥'),
    ("SECTION SIGN", '§'),
    ("COPYRIGHT SIGN", '©'),
    ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '«'),
    ("NOT SIGN", '¬'),
    ("SOFT HYPHEN", '\u{ad}'),
    ("REGISTERED SIGN", '®'),
    ("DEGREE SIGN", '°'),
    ("PLUS-MINUS SIGN", '±'),
    ("SUPERSCRIPT TWO", '²'),
    ("SUPERSCRIPT THREE", '³'),
    ("MICRO SIGN", 'µ'),
    ("PILCROW SIGN", '¶'),
    ("MIDDLE DOT", '·'),
    ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", '»'),
    ("VULGAR FRACTION ONE QUARTER", '¼'),
    ("VULGAR FRACTION ONE HALF", '½'),
    ("VULGAR FRACTION THREE QUARTERS", '¾'),
    ("INVERTED QUESTION MARK", '¿'),
    ("MULTIPLICATION SIGN", '×'),
    ("DIVISION SIGN", '÷'),
    ("LATIN SMALL LETTER SHARP S", 'ß'),
    ("LATIN SMALL LETTER E WITH ACUTE", 'é'),
    ("LATIN SMALL LETTER E WITH GRAVE", 'è'),
    ("LATIN SMALL LETTER A WITH GRAVE", 'à'),
    ("LATIN SMALL LETTER U WITH DIAERESIS", 'ü'),
    ("LATIN SMALL LETTER O WITH DIAERESIS", 'ö'),
    ("LATIN SMALL LETTER A WITH DIAERESIS", 'ä'),
    ("LATIN SMALL LETTER N WITH TILDE", 'ñ'),
    ("LATIN SMALL LETTER C WITH CEDILLA", 'ç'),
    ("LATIN CAPITAL LETTER E WITH ACUTE", 'É'),
    ("ZERO WIDTH SPACE", '\u{200b}'),
    ("ZERO WIDTH JOINER", '\u{200d}'),
    ("EN DASH", '–'),
    ("EM DASH", '—'),
    ("LEFT SINGLE QUOTATION MARK", '‘'),
    ("RIGHT SINGLE QUOTATION MARK", '’'),
    ("LEFT DOUBLE QUOTATION MARK", '“'),
    ("RIGHT DOUBLE QUOTATION MARK", '”'),
    ("DAGGER", '†'),
    ("BULLET", '•'),
    ("HORIZONTAL ELLIPSIS", '…'),
    ("PER MILLE SIGN", '‰'),
    ("EURO SIGN", '€'),
    ("TRADE MARK SIGN", '™'),
    ("LEFTWARDS ARROW", '←'),
    ("UPWARDS ARROW", '↑'),
    ("RIGHTWARDS ARROW", '→'),
    ("DOWNWARDS ARROW", '↓'),
    ("FOR ALL", '∀'),
    ("PARTIAL DIFFERENTIAL", '∂'),
    ("THERE EXISTS", '∃'),
    ("EMPTY SET", '∅'),
    ("NABLA", '∇'),
    ("ELEMENT OF", '∈'),
    ("N-ARY PRODUCT", '∏'),
    ("N-ARY SUMMATION", '∑'),
    ("MINUS SIGN", '−'),
    ("SQUARE ROOT", '√'),
    ("INFINITY", '∞'),
    ("INTEGRAL", '∫'),
    ("ALMOST EQUAL TO", '≈'),
    ("NOT EQUAL TO", '≠'),
    ("LESS-THAN OR EQUAL TO", '≤'),
    ("GREATER-THAN OR EQUAL TO", '≥'),
    ("BOX DRAWINGS LIGHT HORIZONTAL", '─'),
    ("BOX DRAWINGS LIGHT VERTICAL", '│'),
    ("FULL BLOCK", '█'),
    ("LIGHT SHADE", '░'),
    ("BLACK SQUARE", '■'),
    ("WHITE SQUARE", '□'),
    ("BLACK CIRCLE", '●'),
    ("WHITE CIRCLE", '○'),
    ("BLACK STAR", '★'),
    ("WHITE STAR", '☆'),
    ("SNOWMAN", '☃'),
    ("BLACK HEART SUIT", '♥'),
    ("CHECK MARK", '✓'),
    ("HEAVY CHECK MARK", '✔'),
    ("BALLOT X", '✗'),
    ("SPARKLES", '✨'),
    ("REPLACEMENT CHARACTER", '\u{fffd}'),
    ("GRINNING FACE", '😀'),
    ("SMILING FACE WITH SMILING EYES", '😊'),
    ("THUMBS UP SIGN", '👍'),
    ("PILE OF POO", '💩'),
    ("SNAKE", '🐍'),
    ("ROCKET", '🚀'),
    ("FIRE", '🔥'),
];

/// Greek letter names in alphabet order (capital letters start at U+0391, small at U+03B1;
/// U+03A2 has no capital, the small one is final sigma).
const GREEK: [&str; 25] = [
    "ALPHA",
    "BETA",
    "GAMMA",
    "DELTA",
    "EPSILON",
    "ZETA",
    "ETA",
    "THETA",
    "IOTA",
    "KAPPA",
    "LAMDA",
    "MU",
    "NU",
    "XI",
    "OMICRON",
    "PI",
    "RHO",
    "FINAL SIGMA",
    "SIGMA",
    "TAU",
    "UPSILON",
    "PHI",
    "CHI",
    "PSI",
    "OMEGA",
];

const DIGITS: [&str; 10] = [
    "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
];

/// The character called `name` (case-insensitive), if Sandpit knows it.
pub(crate) fn lookup(name: &str) -> Option<char> {
    let name = name.to_ascii_uppercase();
    if let Some(&(_, c)) = COMMON.iter().find(|(known, _)| *known == name) {
        return Some(c);
    }
    if let Some(letter) = name.strip_prefix("LATIN CAPITAL LETTER ") {
        return single_ascii_letter(letter);
    }
    if let Some(letter) = name.strip_prefix("LATIN SMALL LETTER ") {
        return single_ascii_letter(letter).map(|c| c.to_ascii_lowercase());
    }
    if let Some(digit) = name.strip_prefix("DIGIT ") {
        let index = DIGITS.iter().position(|d| *d == digit)?;
        return char::from_digit(u32::try_from(index).ok()?, 10);
    }
    if let Some(letter) = name.strip_prefix("GREEK CAPITAL LETTER ") {
        return greek(letter, 0x391).filter(|c| *c != '\u{3a2}');
    }
    if let Some(letter) = name.strip_prefix("GREEK SMALL LETTER ") {
        return greek(letter, 0x3b1);
    }
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
        return matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{20000}'..='\u{2a6df}').then_some(c);
    }
    None
}

fn single_ascii_letter(letter: &str) -> Option<char> {
    let mut chars = letter.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_uppercase() => Some(c),
        _ => None,
    }
}

fn greek(letter: &str, first: u32) -> Option<char> {
    let index = GREEK.iter().position(|g| *g == letter)?;
    char::from_u32(first.checked_add(u32::try_from(index).ok()?)?)
}

#[cfg(test)]
mod tests {
    use super::lookup;

    #[test]
    fn names() {
        assert_eq!(lookup("bullet"), Some('•'));
        assert_eq!(lookup("LATIN SMALL LETTER Q"), Some('q'));
        assert_eq!(lookup("DIGIT SEVEN"), Some('7'));
        assert_eq!(lookup("GREEK SMALL LETTER LAMDA"), Some('λ'));
        assert_eq!(lookup("GREEK CAPITAL LETTER OMEGA"), Some('Ω'));
        assert_eq!(lookup("GREEK SMALL LETTER FINAL SIGMA"), Some('ς'));
        assert_eq!(lookup("CJK UNIFIED IDEOGRAPH-4E2D"), Some('中'));
        assert_eq!(lookup("NO SUCH NAME"), None);
    }
}
