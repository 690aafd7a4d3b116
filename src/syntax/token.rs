//! Tokens: what the lexer hands the parser. A token is a kind plus its span; the text of
//! names, numbers and strings is read back from the source through the span, so tokens
//! are small `Copy` values and lexing allocates nothing per token.

use super::span::Span;

/// One token of Python source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

impl Token {
    /// The source text the token covers (empty for synthetic tokens such as `Dedent`).
    pub fn text<'src>(&self, source: &'src str) -> &'src str {
        source
            .get(self.span.start as usize..self.span.end as usize)
            .unwrap_or("")
    }
}

/// The kinds of Python tokens. Operators and keywords each get their own kind so the
/// parser can match on them directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// An identifier that is not a keyword (soft keywords like `match` are names).
    Name,
    /// An integer literal (already checked to be well formed).
    Int,
    /// A float literal such as `1.5`, `1e3` or `.5`.
    Float,
    /// An imaginary literal such as `2j`.
    Imaginary,
    /// A string or bytes literal with any prefix; the span covers prefix and quotes.
    String,
    /// The end of a logical line.
    Newline,
    Indent,
    Dedent,
    EndOfFile,
    /// A character that starts no token (`$`, `?`, a lone `!`): the parser reports it.
    Unknown,

    // Brackets and punctuation.
    LParen,
    RParen,
    LSquare,
    RSquare,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semicolon,
    Dot,
    Ellipsis,
    Arrow,
    ColonEqual,
    At,
    Equal,

    // Operators.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    Pipe,
    Amper,
    Circumflex,
    Tilde,
    LeftShift,
    RightShift,
    Less,
    Greater,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,

    // Augmented assignment.
    PlusEqual,
    MinusEqual,
    StarEqual,
    DoubleStarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    PipeEqual,
    AmperEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl TokenKind {
    /// The keyword spelled `word`, if it is one (hard keywords only).
    pub fn keyword(word: &str) -> Option<TokenKind> {
        use TokenKind::*;
        Some(match word {
            "False" => False,
            "None" => None,
            "True" => True,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }

    /// Whether a token of this kind can begin an expression (used for error hints).
    pub fn starts_expression(self) -> bool {
        use TokenKind::*;
        matches!(
            self,
            Name | Int
                | Float
                | Imaginary
                | String
                | LParen
                | LSquare
                | LBrace
                | Minus
                | Plus
                | Tilde
                | Ellipsis
                | False
                | None
                | True
                | Lambda
                | Not
                | Await
        )
    }
}
