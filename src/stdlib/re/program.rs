//! The translated pattern (the `regex` crate's syntax as `translate.rs` writes it)
//! compiled to the instructions of a Thompson NFA, which `engine.rs` runs. The parser
//! reads only what the translator emits: it checked the user's pattern already, so a
//! construct it does not know here is a bug, reported as a syntax error rather than a
//! panic.

use std::rc::Rc;

use crate::builtins::text_unit::Unit;

/// One instruction of the program.
#[derive(Clone)]
pub(super) enum Inst {
    /// A character, compared as is (or, with `fold`, ignoring case).
    Char {
        c: char,
        fold: bool,
    },
    /// A character class.
    Class(Rc<Class>),
    /// `.`: any character, or any but `\n` unless `dot_all`.
    Any {
        dot_all: bool,
    },
    /// A zero-width assertion.
    Look(Look),
    /// Two ways on: the first preferred (leftmost-first priority).
    Split(usize, usize),
    Jmp(usize),
    /// Records the position in capture slot `n` (group `n / 2`, start or end).
    Save(usize),
    Match,
}

/// The zero-width assertions.
#[derive(Clone, Copy)]
pub(super) enum Look {
    /// `\A` (and `^` without MULTILINE).
    Start,
    /// `\z` (and `$` without MULTILINE: `re.rs` adds Python's final-newline case).
    End,
    /// `^` with MULTILINE: at the start or after `\n`.
    LineStart,
    /// `$` with MULTILINE: at the end or before `\n`.
    LineEnd,
    /// `\b` and `\B`, with Python's Unicode or ASCII idea of a word character.
    Boundary { ascii: bool, negated: bool },
}

/// A character class: the union of its items, or its complement.
pub(super) struct Class {
    items: Vec<Item>,
    negated: bool,
    fold: bool,
}

/// What a class is made of.
enum Item {
    Range(char, char),
    /// `\d`, `\w` or `\s` (Python's: `str.isdecimal`, `isalnum` or `_`, `isspace`), or
    /// the ASCII ones (`[:digit:]`...).
    Category {
        kind: Category,
        ascii: bool,
        negated: bool,
    },
    /// A class inside a class (`[^\s]` for `\S` within `[...]`).
    Nested(Class),
}

#[derive(Clone, Copy)]
enum Category {
    Digit,
    Word,
    Space,
}

impl Category {
    fn holds(self, c: char, ascii: bool) -> bool {
        match (self, ascii) {
            (Category::Digit, true) => c.is_ascii_digit(),
            (Category::Digit, false) => Unit::is_decimal(c),
            (Category::Word, _) => is_word(c, ascii),
            (Category::Space, true) => matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'),
            (Category::Space, false) => Unit::is_space(c),
        }
    }
}

/// A word character for `\w` and `\b`: `str.isalnum()` or `_` (ASCII ones only under
/// the ASCII flag).
pub(super) fn is_word(c: char, ascii: bool) -> bool {
    if ascii || c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        Unit::is_alnum(c)
    }
}

/// The simple case mappings `re` compares with under IGNORECASE.
pub(super) fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

fn upper(c: char) -> char {
    let mut up = c.to_uppercase();
    match (up.next(), up.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// Whether `c` equals `want` (ignoring case with `fold`, as `re` does: the same
/// lowercase or the same uppercase).
pub(super) fn char_matches(c: char, want: char, fold: bool) -> bool {
    c == want || (fold && (lower(c) == lower(want) || upper(c) == upper(want)))
}

impl Class {
    pub(super) fn matches(&self, c: char) -> bool {
        let hit =
            self.contains(c) || (self.fold && (self.contains(lower(c)) || self.contains(upper(c))));
        hit != self.negated
    }

    fn contains(&self, c: char) -> bool {
        self.items.iter().any(|item| match item {
            Item::Range(lo, hi) => (*lo..=*hi).contains(&c),
            Item::Category {
                kind,
                ascii,
                negated,
            } => kind.holds(c, *ascii) != *negated,
            Item::Nested(class) => class.matches(c),
        })
    }
}

/// The flags in force at a point of the pattern.
#[derive(Clone, Copy)]
pub(super) struct Flags {
    pub fold: bool,
    pub multi_line: bool,
    pub dot_all: bool,
    /// `(?-u:...)`, which the translator writes around ASCII `\b` and `\B`.
    pub ascii: bool,
}

/// A parsed pattern.
enum Node {
    Empty,
    Inst(Inst),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Group(Option<usize>, Box<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    },
}

/// Why a pattern did not compile.
pub(super) enum BuildError {
    /// What the parser did not understand (the translator should not write it).
    Syntax(String),
    /// The program would pass the size limit.
    TooBig,
}

/// The compiled program: instructions (entered at 0), the number of capture slots
/// (two per group, the whole match included) and the named groups.
pub(super) struct Compiled {
    pub insts: Vec<Inst>,
    pub slots: usize,
    pub names: Vec<(String, usize)>,
}

/// Compiles `pattern` with the global `flags`; the program may take about `size_limit`
/// bytes of instructions and per-instruction capture slots.
pub(super) fn compile(
    pattern: &str,
    flags: Flags,
    size_limit: usize,
) -> Result<Compiled, BuildError> {
    let mut p = Parser {
        chars: pattern.chars().collect(),
        i: 0,
        groups: 0,
        names: Vec::new(),
    };
    let node = p.alternation(flags)?;
    if p.i < p.chars.len() {
        return Err(p.error("unexpected ')'"));
    }
    let slots = 2 * (p.groups + 1);
    let per_inst = std::mem::size_of::<Inst>() + slots * std::mem::size_of::<Option<usize>>();
    let mut c = Emitter {
        insts: Vec::new(),
        max: size_limit / per_inst.max(1),
    };
    c.push(Inst::Save(0))?;
    c.emit(&node)?;
    c.push(Inst::Save(1))?;
    c.push(Inst::Match)?;
    Ok(Compiled {
        insts: c.insts,
        slots,
        names: p.names,
    })
}

struct Parser {
    chars: Vec<char>,
    i: usize,
    groups: usize,
    names: Vec<(String, usize)>,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        if hit {
            self.i += 1;
        }
        hit
    }

    /// The text up to `end`, which is consumed; `what` is the error when it never comes.
    fn until(&mut self, end: char, what: &str) -> Result<String, BuildError> {
        let mut text = String::new();
        loop {
            match self.next() {
                Some(c) if c == end => return Ok(text),
                Some(c) => text.push(c),
                None => return Err(self.error(what)),
            }
        }
    }

    fn error(&self, what: &str) -> BuildError {
        BuildError::Syntax(format!("{what} at {} in the translated pattern", self.i))
    }

    fn alternation(&mut self, flags: Flags) -> Result<Node, BuildError> {
        let mut alts = vec![self.concat(flags)?];
        while self.eat('|') {
            alts.push(self.concat(flags)?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    fn concat(&mut self, flags: Flags) -> Result<Node, BuildError> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom(flags)?;
            items.push(self.repeat(atom)?);
        }
        Ok(Node::Concat(items))
    }

    /// The quantifier after `node`, if any.
    fn repeat(&mut self, node: Node) -> Result<Node, BuildError> {
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => {
                self.i += 1;
                let min = self.number()?;
                let max = if self.eat(',') {
                    match self.peek() {
                        Some('}') => None,
                        _ => Some(self.number()?),
                    }
                } else {
                    Some(min)
                };
                if self.peek() != Some('}') {
                    return Err(self.error("bad repeat"));
                }
                (min, max)
            }
            _ => return Ok(node),
        };
        self.i += 1;
        let greedy = !self.eat('?');
        Ok(Node::Repeat {
            node: Box::new(node),
            min,
            max,
            greedy,
        })
    }

    fn number(&mut self) -> Result<u32, BuildError> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        let text: String = self
            .chars
            .get(start..self.i)
            .unwrap_or_default()
            .iter()
            .collect();
        // The translator allows counts up to CPython's limit, which u32 holds.
        text.parse().map_err(|_| self.error("bad repeat count"))
    }

    fn atom(&mut self, flags: Flags) -> Result<Node, BuildError> {
        let Some(c) = self.next() else {
            return Err(self.error("unexpected end"));
        };
        Ok(match c {
            '(' => return self.group(flags),
            '[' => Node::Inst(Inst::Class(Rc::new(self.class(flags)?))),
            '.' => Node::Inst(Inst::Any {
                dot_all: flags.dot_all,
            }),
            '^' => Node::Inst(Inst::Look(if flags.multi_line {
                Look::LineStart
            } else {
                Look::Start
            })),
            '$' => Node::Inst(Inst::Look(if flags.multi_line {
                Look::LineEnd
            } else {
                Look::End
            })),
            '\\' => self.escape(flags)?,
            c => Node::Inst(Inst::Char {
                c,
                fold: flags.fold,
            }),
        })
    }

    /// An escape outside a class, after the backslash.
    fn escape(&mut self, flags: Flags) -> Result<Node, BuildError> {
        let Some(e) = self.next() else {
            return Err(self.error("bad escape"));
        };
        let look = |l| Ok(Node::Inst(Inst::Look(l)));
        let category = |kind, negated| {
            Ok(Node::Inst(Inst::Class(Rc::new(Class {
                items: vec![Item::Category {
                    kind,
                    ascii: false,
                    negated,
                }],
                negated: false,
                fold: false,
            }))))
        };
        match e {
            'A' => look(Look::Start),
            'z' => look(Look::End),
            'b' | 'B' => look(Look::Boundary {
                ascii: flags.ascii,
                negated: e == 'B',
            }),
            'd' => category(Category::Digit, false),
            'D' => category(Category::Digit, true),
            'w' => category(Category::Word, false),
            'W' => category(Category::Word, true),
            _ => {
                let c = self.escaped_char(e)?;
                Ok(Node::Inst(Inst::Char {
                    c,
                    fold: flags.fold,
                }))
            }
        }
    }

    /// A literal escape after the backslash: `\x{..}` or an escaped punctuation mark.
    fn escaped_char(&mut self, e: char) -> Result<char, BuildError> {
        if e != 'x' {
            return if e.is_ascii_punctuation() {
                Ok(e)
            } else {
                Err(self.error("unknown escape"))
            };
        }
        // `\x{..}` for any code, `\xHH` for two digits.
        let braced = self.eat('{');
        let mut code = 0u32;
        for _ in 0..if braced { 9 } else { 2 } {
            match self.next() {
                Some('}') if braced => break,
                Some(d) => {
                    let digit = d.to_digit(16).ok_or_else(|| self.error("bad hex escape"))?;
                    code = code.saturating_mul(16).saturating_add(digit);
                }
                None => return Err(self.error("bad hex escape")),
            }
        }
        char::from_u32(code).ok_or_else(|| self.error("bad hex escape"))
    }

    /// A group, after its `(`.
    fn group(&mut self, flags: Flags) -> Result<Node, BuildError> {
        let mut inner = flags;
        let mut number = None;
        if self.eat('?') {
            if self.eat('P') {
                if !self.eat('<') {
                    return Err(self.error("bad group"));
                }
                let name = self.until('>', "bad group name")?;
                self.groups += 1;
                self.names.push((name, self.groups));
                number = Some(self.groups);
            } else {
                let mut on = true;
                loop {
                    match self.next() {
                        Some(':') => break,
                        Some('-') => on = false,
                        Some('i') => inner.fold = on,
                        Some('m') => inner.multi_line = on,
                        Some('s') => inner.dot_all = on,
                        Some('u') => inner.ascii = !on,
                        _ => return Err(self.error("bad flags")),
                    }
                }
            }
        } else {
            self.groups += 1;
            number = Some(self.groups);
        }
        let node = self.alternation(inner)?;
        if !self.eat(')') {
            return Err(self.error("unclosed group"));
        }
        Ok(Node::Group(number, Box::new(node)))
    }

    /// A class, after its `[`.
    fn class(&mut self, flags: Flags) -> Result<Class, BuildError> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        loop {
            let Some(c) = self.next() else {
                return Err(self.error("unclosed class"));
            };
            let lo = match c {
                ']' => break,
                '[' if self.eat(':') => {
                    items.push(self.posix()?);
                    continue;
                }
                '[' => {
                    items.push(Item::Nested(self.class(flags)?));
                    continue;
                }
                '\\' => {
                    let Some(e) = self.next() else {
                        return Err(self.error("bad escape"));
                    };
                    let (kind, negated) = match e {
                        'd' => (Category::Digit, false),
                        'D' => (Category::Digit, true),
                        'w' => (Category::Word, false),
                        'W' => (Category::Word, true),
                        's' => (Category::Space, false),
                        _ => {
                            let lo = self.escaped_char(e)?;
                            items.push(self.range_from(lo)?);
                            continue;
                        }
                    };
                    items.push(Item::Category {
                        kind,
                        ascii: false,
                        negated,
                    });
                    continue;
                }
                c => c,
            };
            items.push(self.range_from(lo)?);
        }
        Ok(Class {
            items,
            negated,
            fold: flags.fold,
        })
    }

    /// The item starting with character `lo`: itself, or a range `lo-hi`.
    fn range_from(&mut self, lo: char) -> Result<Item, BuildError> {
        if self.peek() != Some('-') || self.chars.get(self.i + 1) == Some(&']') {
            return Ok(Item::Range(lo, lo));
        }
        self.i += 1;
        let hi = match self.next() {
            Some('\\') => {
                let e = self.next().ok_or_else(|| self.error("bad escape"))?;
                self.escaped_char(e)?
            }
            Some(c) => c,
            None => return Err(self.error("unclosed class")),
        };
        Ok(Item::Range(lo, hi))
    }

    /// `[:name:]` or `[:^name:]`, after its `[:`.
    fn posix(&mut self) -> Result<Item, BuildError> {
        let negated = self.eat('^');
        let name = self.until(':', "bad class name")?;
        if !self.eat(']') {
            return Err(self.error("bad class name"));
        }
        let kind = match name.as_str() {
            "digit" => Category::Digit,
            "word" => Category::Word,
            "space" => Category::Space,
            _ => return Err(self.error("unknown class name")),
        };
        Ok(Item::Category {
            kind,
            ascii: true,
            negated,
        })
    }
}

/// Writes the instructions of a parsed pattern, within a size limit.
struct Emitter {
    insts: Vec<Inst>,
    max: usize,
}

impl Emitter {
    fn push(&mut self, inst: Inst) -> Result<usize, BuildError> {
        if self.insts.len() >= self.max {
            return Err(BuildError::TooBig);
        }
        self.insts.push(inst);
        Ok(self.insts.len() - 1)
    }

    /// Points the jump or split at `at` (its second way for a split) to `to`.
    fn patch(&mut self, at: usize, to: usize) {
        match self.insts.get_mut(at) {
            Some(Inst::Jmp(x)) | Some(Inst::Split(_, x)) => *x = to,
            _ => {}
        }
    }

    fn emit(&mut self, node: &Node) -> Result<(), BuildError> {
        match node {
            Node::Empty => {}
            Node::Inst(inst) => {
                self.push(inst.clone())?;
            }
            Node::Concat(items) => {
                for item in items {
                    self.emit(item)?;
                }
            }
            Node::Alt(alts) => {
                let mut jumps = Vec::new();
                let last = alts.len().saturating_sub(1);
                for (k, alt) in alts.iter().enumerate() {
                    if k == last {
                        self.emit(alt)?;
                        break;
                    }
                    let split = self.push(Inst::Split(0, 0))?;
                    self.set_split(split, split + 1, true);
                    self.emit(alt)?;
                    jumps.push(self.push(Inst::Jmp(0))?);
                    let next = self.insts.len();
                    self.patch(split, next);
                }
                let end = self.insts.len();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            Node::Group(number, inner) => match number {
                Some(n) => {
                    self.push(Inst::Save(2 * n))?;
                    self.emit(inner)?;
                    self.push(Inst::Save(2 * n + 1))?;
                }
                None => self.emit(inner)?,
            },
            Node::Repeat {
                node,
                min,
                max,
                greedy,
            } => self.repeat(node, *min, *max, *greedy)?,
        }
        Ok(())
    }

    /// `split` preferring `first` (greedy) or the way out (lazy); the way out is patched
    /// later.
    fn set_split(&mut self, split: usize, first: usize, greedy: bool) {
        if let Some(inst) = self.insts.get_mut(split) {
            *inst = if greedy {
                Inst::Split(first, 0)
            } else {
                Inst::Split(0, first)
            };
        }
    }

    /// Points the way out of a split made by `set_split` to `to`.
    fn patch_out(&mut self, split: usize, to: usize, greedy: bool) {
        if let Some(Inst::Split(a, b)) = self.insts.get_mut(split) {
            if greedy {
                *b = to;
            } else {
                *a = to;
            }
        }
    }

    fn repeat(
        &mut self,
        node: &Node,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    ) -> Result<(), BuildError> {
        // The copies that must match: all but the last of them when the rest is an
        // unbounded loop, which is `e+` (so `e*` is `(?:e+)?`, and an empty iteration
        // still sets the groups inside, as in CPython).
        let fixed = match max {
            None => min.saturating_sub(1),
            Some(_) => min,
        };
        for _ in 0..fixed {
            self.emit(node)?;
        }
        match max {
            None => {
                let skip = if min == 0 {
                    Some(self.push(Inst::Split(0, 0))?)
                } else {
                    None
                };
                let body = self.insts.len();
                if let Some(s) = skip {
                    self.set_split(s, body, greedy);
                }
                self.emit(node)?;
                let back = self.push(Inst::Split(0, 0))?;
                self.set_split(back, body, greedy);
                let out = self.insts.len();
                self.patch_out(back, out, greedy);
                if let Some(s) = skip {
                    self.patch_out(s, out, greedy);
                }
            }
            Some(max) => {
                let mut splits = Vec::new();
                for _ in min..max {
                    let s = self.push(Inst::Split(0, 0))?;
                    self.set_split(s, s + 1, greedy);
                    splits.push(s);
                    self.emit(node)?;
                }
                let out = self.insts.len();
                for s in splits {
                    self.patch_out(s, out, greedy);
                }
            }
        }
        Ok(())
    }
}
