//! Syntax errors: what the lexer and parser report, worded exactly as CPython 3.11 words them
//! so that tracebacks in the sandbox read like the real thing.

use super::span::Span;

/// A syntax error at a place in the source; becomes Python's `SyntaxError` (or a subclass).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub span: Span,
}

impl SyntaxError {
    /// Creates an error of `kind` pointing at `span`.
    pub fn new(kind: SyntaxErrorKind, span: Span) -> SyntaxError {
        SyntaxError { kind, span }
    }

    /// The Python exception class this error raises: `SyntaxError`, `IndentationError` or `TabError`.
    pub fn python_type(&self) -> &'static str {
        self.kind.python_type()
    }

    /// The exception message, as CPython 3.11 prints it.
    pub fn message(&self) -> String {
        self.kind.to_string()
    }
}

/// Every kind of syntax error; `Display` gives CPython 3.11's message text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyntaxErrorKind {
    // --- generic ---
    #[error("invalid syntax")]
    InvalidSyntax,
    #[error("invalid syntax. Perhaps you forgot a comma?")]
    MissingComma,
    /// A required token is missing, e.g. `expected ':'`.
    #[error("expected '{0}'")]
    Expected(&'static str),
    #[error("expected 'else' after 'if' expression")]
    ExpectedElse,
    #[error("expected 'except' or 'finally' block")]
    ExpectedExceptOrFinally,
    #[error("unexpected EOF while parsing")]
    UnexpectedEof,
    #[error("too many nested parentheses")]
    TooManyNestedParens,
    /// An operator chain or `elif` ladder would build an AST too deep to process safely.
    #[error("expression is too deeply nested")]
    TooDeeplyNested,
    /// A Python feature Sandpit deliberately leaves out (`async`, `await`, `except*`).
    #[error("'{0}' is not supported")]
    Unsupported(&'static str),
    #[error("Missing parentheses in call to '{0}'. Did you mean {0}(...)?")]
    MissingParensInCall(&'static str),

    // --- match statements ---
    #[error("positional patterns follow keyword patterns")]
    PositionalPatternAfterKeyword,
    #[error("cannot use '_' as a target")]
    UnderscoreTarget,
    #[error("invalid pattern target")]
    InvalidPatternTarget,
    #[error("patterns may only match literals and attribute lookups")]
    PatternNotLiteral,

    // --- indentation (IndentationError / TabError) ---
    #[error("unexpected indent")]
    UnexpectedIndent,
    #[error("unexpected unindent")]
    UnexpectedUnindent,
    /// `what` is e.g. `'if' statement` or `function definition`.
    #[error("expected an indented block after {what} on line {line}")]
    ExpectedIndentedBlock { what: &'static str, line: u32 },
    #[error("unindent does not match any outer indentation level")]
    UnindentMismatch,
    #[error("too many levels of indentation")]
    TooManyIndentationLevels,
    #[error("inconsistent use of tabs and spaces in indentation")]
    InconsistentTabs,

    // --- tokens ---
    #[error("unterminated string literal (detected at line {0})")]
    UnterminatedString(u32),
    #[error("unterminated triple-quoted string literal (detected at line {0})")]
    UnterminatedTripleQuotedString(u32),
    #[error("'{0}' was never closed")]
    NeverClosed(char),
    #[error("unmatched '{0}'")]
    Unmatched(char),
    #[error("closing parenthesis '{close}' does not match opening parenthesis '{open}'")]
    MismatchedParen { close: char, open: char },
    #[error(
        "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {line}"
    )]
    MismatchedParenOnLine { close: char, open: char, line: u32 },
    #[error("unexpected character after line continuation character")]
    CharAfterContinuation,
    #[error("invalid character '{0}' (U+{code:04X})", code = u32::from(*.0))]
    InvalidCharacter(char),
    #[error("invalid non-printable character U+{code:04X}", code = u32::from(*.0))]
    NonPrintableCharacter(char),
    /// `kind` is `decimal`, `hexadecimal`, `octal` or `binary`.
    #[error("invalid {0} literal")]
    InvalidNumber(&'static str),
    /// `kind` is `octal` or `binary`.
    #[error("invalid digit '{digit}' in {kind} literal")]
    InvalidDigit { digit: char, kind: &'static str },
    #[error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")]
    LeadingZeros,

    // --- string literals ---
    #[error("cannot mix bytes and nonbytes literals")]
    MixedBytes,
    #[error("bytes can only contain ASCII literal characters")]
    NonAsciiBytes,
    /// A malformed escape in a str literal; `detail` is e.g. `truncated \xXX escape`.
    #[error("(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {detail}")]
    BadStrEscape {
        from: usize,
        to: usize,
        detail: &'static str,
    },
    #[error("(value error) invalid \\x escape at position {0}")]
    BadBytesEscape(usize),
    /// Sandpit strings are UTF-8, so a `\ud800`-style escape cannot be represented.
    #[error("(unicode error) lone surrogate escapes are not supported")]
    LoneSurrogate,

    // --- f-strings ---
    /// An error inside an f-string replacement field gets CPython's `f-string: ` prefix.
    #[error("f-string: {0}")]
    InFString(Box<SyntaxErrorKind>),
    #[error("f-string: expecting '}}'")]
    FStringExpectingBrace,
    #[error("f-string: single '}}' is not allowed")]
    FStringSingleBrace,
    #[error("f-string: empty expression not allowed")]
    FStringEmptyExpression,
    #[error("f-string expression part cannot include a backslash")]
    FStringBackslash,
    #[error("f-string expression part cannot include '#'")]
    FStringComment,
    #[error("f-string: invalid conversion character: expected 's', 'r', or 'a'")]
    FStringBadConversion,
    #[error("f-string: cannot use starred expression here")]
    FStringStarred,
    #[error("f-string: expressions nested too deeply")]
    FStringTooDeep,
    #[error("f-string: unterminated string")]
    FStringUnterminatedString,
    #[error("f-string: unmatched '{0}'")]
    FStringUnmatched(char),
    #[error("f-string: closing parenthesis '{close}' does not match opening parenthesis '{open}'")]
    FStringMismatchedParen { close: char, open: char },

    // --- targets ---
    #[error("cannot assign to {0}")]
    CannotAssign(&'static str),
    #[error("cannot assign to {0} here. Maybe you meant '==' instead of '='?")]
    CannotAssignHere(&'static str),
    #[error("cannot delete {0}")]
    CannotDelete(&'static str),
    #[error("'{0}' is an illegal expression for augmented assignment")]
    IllegalAugAssignTarget(&'static str),
    #[error("cannot use assignment expressions with {0}")]
    CannotNamedAssign(&'static str),
    #[error("assignment to yield expression not possible")]
    AssignToYield,
    #[error("only single target (not {0}) can be annotated")]
    OnlySingleTargetAnnotated(&'static str),
    #[error("illegal target for annotation")]
    IllegalAnnotationTarget,
    #[error("starred assignment target must be in a list or tuple")]
    StarredTargetAlone,
    #[error("multiple starred expressions in assignment")]
    MultipleStarredTargets,
    #[error("can't use starred expression here")]
    StarredHere,
    #[error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?")]
    AssignInCondition,
    #[error("expression cannot contain assignment, perhaps you meant \"==\"?")]
    AssignInKeyword,

    // --- calls, parameters, displays ---
    #[error("positional argument follows keyword argument")]
    PositionalAfterKeyword,
    #[error("positional argument follows keyword argument unpacking")]
    PositionalAfterKwUnpack,
    #[error("iterable argument unpacking follows keyword argument unpacking")]
    IterableAfterKwUnpack,
    #[error("Generator expression must be parenthesized")]
    UnparenthesizedGenerator,
    #[error("non-default argument follows default argument")]
    NonDefaultAfterDefault,
    #[error("named arguments must follow bare *")]
    BareStarWithoutNames,
    #[error("at least one argument must precede /")]
    SlashFirst,
    #[error("/ may appear only once")]
    DuplicateSlash,
    #[error("/ must be ahead of *")]
    SlashAfterStar,
    #[error("* argument may appear only once")]
    DuplicateStar,
    #[error("var-positional argument cannot have default value")]
    VarargDefault,
    #[error("var-keyword argument cannot have default value")]
    KwargDefault,
    #[error("arguments cannot follow var-keyword argument")]
    ParamAfterKwarg,
    #[error("':' expected after dictionary key")]
    DictMissingColon,
    #[error("iterable unpacking cannot be used in comprehension")]
    StarInComprehension,
    #[error("dict unpacking cannot be used in dict comprehension")]
    DoubleStarInComprehension,
    #[error("multiple exception types must be parenthesized")]
    UnparenthesizedExceptTypes,
    #[error("trailing comma not allowed without surrounding parentheses")]
    TrailingCommaInImport,
}

impl SyntaxErrorKind {
    /// Whether the message already says it is about an f-string (CPython adds the
    /// `f-string: ` prefix to other errors found inside replacement fields).
    pub fn is_about_fstrings(&self) -> bool {
        use SyntaxErrorKind::*;
        matches!(
            self,
            InFString(_)
                | FStringExpectingBrace
                | FStringSingleBrace
                | FStringEmptyExpression
                | FStringBackslash
                | FStringComment
                | FStringBadConversion
                | FStringStarred
                | FStringTooDeep
                | FStringUnterminatedString
                | FStringUnmatched(_)
                | FStringMismatchedParen { .. }
        )
    }

    /// The Python exception class for this kind of error.
    pub fn python_type(&self) -> &'static str {
        match self {
            SyntaxErrorKind::InconsistentTabs => "TabError",
            SyntaxErrorKind::UnexpectedIndent
            | SyntaxErrorKind::UnexpectedUnindent
            | SyntaxErrorKind::ExpectedIndentedBlock { .. }
            | SyntaxErrorKind::UnindentMismatch
            | SyntaxErrorKind::TooManyIndentationLevels => "IndentationError",
            _ => "SyntaxError",
        }
    }
}
