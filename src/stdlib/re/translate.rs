//! Python's regex syntax translated to the `regex` crate's, which is what the engine
//! reads (`program.rs`). The translator is also Python's syntax checker: every pattern
//! CPython 3.11 rejects is rejected here, with CPython's message and position, so the
//! engine's parser sees only patterns it can compile. What only a backtracking engine can run
//! (backreferences, look-around, atomic groups, possessive repeats, conditionals) is
//! refused with a message saying so.

use super::{FLAG_A, FLAG_I, FLAG_L, FLAG_M, FLAG_S, FLAG_U, FLAG_X};
use crate::vm::repr::str_repr;

/// Why a pattern cannot be compiled.
pub enum Error {
    /// `re.error(msg)`, at a position in the pattern when one is known.
    Syntax { msg: String, pos: Option<usize> },
    /// A `ValueError` (flags that contradict each other).
    Value(String),
    /// An `OverflowError` (a repeat count beyond CPython's limit).
    Overflow(String),
}

/// A `re.error` at `pos`.
fn syntax(msg: impl Into<String>, pos: usize) -> Error {
    Error::Syntax {
        msg: msg.into(),
        pos: Some(pos),
    }
}

/// Why the sandbox refuses a construct CPython accepts: the engine matches in linear
/// time and cannot express anything that needs backtracking.
fn unsupported(what: &str, pos: usize) -> Error {
    syntax(
        format!("{what} are not supported by the sandbox's linear-time regex engine"),
        pos,
    )
}

/// The translated pattern and what the caller needs to know about it.
pub struct Translation {
    /// The pattern in the `regex` crate's syntax (global flags left to the builder).
    pub source: String,
    /// The compile flags with the pattern's global inline flags added.
    pub flags: i64,
    /// Whether the pattern has a `$` outside a class (Python's `$` also matches before
    /// a final newline; the caller emulates that).
    pub dollar: bool,
    /// Whether it has `\Z`, which must not match before a final newline.
    pub end_z: bool,
}

/// CPython's largest repeat count plus one (`MAXREPEAT`).
const MAX_REPEAT: u64 = 4_294_967_295;

/// What the last item of the current sequence was: it decides whether a repeat may
/// follow (CPython: "nothing to repeat", "multiple repeat").
#[derive(Clone, Copy, PartialEq)]
enum Last {
    /// Start of a sequence: after `(`, `|` or at the beginning.
    Nothing,
    /// An anchor (`^`, `$`, `\A`, `\Z`, `\b`, `\B`), which cannot be repeated.
    Anchor,
    /// Something repeatable.
    Item,
    /// A repeat, which cannot be repeated again.
    Repeat,
}

/// An open group: where it started and the scoped settings to restore at its `)`.
struct Open {
    pos: usize,
    verbose: bool,
    ascii: bool,
    /// The group's number when it captures (for "cannot refer to an open group").
    number: Option<usize>,
}

/// One end of a class range: a single character, or a category such as `\d`.
enum ClassItem {
    Char(u32),
    Category,
}

/// Translates `pattern` compiled with `flags`.
pub fn translate(pattern: &str, flags: i64) -> Result<Translation, Error> {
    let mut t = Translator {
        chars: pattern.chars().collect(),
        flags,
        verbose: flags & FLAG_X != 0,
        ascii: flags & FLAG_A != 0,
        out: String::new(),
        i: 0,
        dollar: false,
        end_z: false,
        last: Last::Nothing,
        open: Vec::new(),
        groups: 0,
        closed: Vec::new(),
        names: Vec::new(),
        top_first: true,
        refused: None,
        conditions: Vec::new(),
    };
    if let Err(e) = t.run() {
        // CPython's tokenizer reads one token ahead, so a lone backslash at the end is
        // reported as soon as the token before it is consumed, before any error found
        // from that point on.
        let lone = lone_backslash(pattern);
        return Err(match lone {
            Some(at) if t.i >= at => syntax("bad escape (end of pattern)", at),
            _ => e,
        });
    }
    if let Some(&(number, at)) = t.conditions.iter().find(|(n, _)| *n > t.groups) {
        return Err(syntax(format!("invalid group reference {number}"), at));
    }
    let mut flags = t.flags;
    if flags & FLAG_L != 0 {
        return Err(Error::Value(
            "cannot use LOCALE flag with a str pattern".into(),
        ));
    }
    if flags & FLAG_A == 0 {
        flags |= FLAG_U;
    } else if flags & FLAG_U != 0 {
        return Err(Error::Value(
            "ASCII and UNICODE flags are incompatible".into(),
        ));
    }
    if let Some(refused) = t.refused {
        return Err(refused);
    }
    Ok(Translation {
        source: t.out,
        flags,
        dollar: t.dollar,
        end_z: t.end_z,
    })
}

/// The translation state: a cursor over the pattern's code points and the output.
struct Translator {
    chars: Vec<char>,
    flags: i64,
    /// VERBOSE in effect here (`(?x:...)` scopes it).
    verbose: bool,
    /// ASCII in effect here (`(?a:...)` scopes it).
    ascii: bool,
    out: String,
    i: usize,
    dollar: bool,
    end_z: bool,
    last: Last,
    open: Vec<Open>,
    /// Capturing groups opened so far.
    groups: usize,
    /// Which groups (by number - 1) are closed.
    closed: Vec<bool>,
    names: Vec<String>,
    /// Whether we are in the top level's first alternative, where global flags are allowed
    /// until the first item.
    top_first: bool,
    /// The first construct the engine cannot run, reported once the whole pattern has
    /// been checked (CPython's syntax errors anywhere come first).
    refused: Option<Error>,
    /// Group numbers conditionals refer to, with their positions: they may name a group
    /// opened later, so they are checked at the end.
    conditions: Vec<(usize, usize)>,
}

impl Translator {
    fn peek(&self, k: usize) -> Option<char> {
        self.chars.get(self.i + k).copied()
    }

    fn text(&self, from: usize, to: usize) -> String {
        self.chars
            .get(from..to.min(self.chars.len()))
            .unwrap_or_default()
            .iter()
            .collect()
    }

    /// Up to `max` characters from the cursor that satisfy `ok`, consumed.
    fn take_while(&mut self, max: usize, ok: impl Fn(char) -> bool) -> String {
        let mut taken = String::new();
        while taken.chars().count() < max {
            match self.peek(0) {
                Some(c) if ok(c) => {
                    taken.push(c);
                    self.i += 1;
                }
                _ => break,
            }
        }
        taken
    }

    fn push_literal(&mut self, code: u32) {
        match char::from_u32(code) {
            Some(c) if c.is_ascii_alphanumeric() => self.out.push(c),
            _ => self.out.push_str(&format!("\\x{{{code:x}}}")),
        }
    }

    /// Marks that an item was added to the current sequence.
    fn item(&mut self, kind: Last) {
        self.last = kind;
        if self.open.is_empty() {
            self.top_first = false;
        }
    }

    fn run(&mut self) -> Result<(), Error> {
        while let Some(c) = self.peek(0) {
            if self.verbose {
                if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                    self.i += 1;
                    continue;
                }
                if c == '#' {
                    while let Some(c) = self.peek(0) {
                        self.i += 1;
                        if c == '\n' {
                            break;
                        }
                    }
                    continue;
                }
            }
            let c_at = self.i;
            match c {
                '\\' => {
                    let kind = self.escape()?;
                    self.item(kind);
                }
                '[' => {
                    self.class()?;
                    self.item(Last::Item);
                }
                '(' => self.group()?,
                ')' => self.close()?,
                '|' => {
                    self.out.push('|');
                    self.i += 1;
                    self.last = Last::Nothing;
                    if self.open.is_empty() {
                        self.top_first = false;
                    }
                }
                '*' | '+' | '?' => {
                    self.i += 1;
                    self.repeat(c_at, c.to_string())?;
                }
                '{' => match self.braces()? {
                    Some(body) => self.repeat(c_at, body)?,
                    None => {
                        self.out.push_str("\\{");
                        self.i += 1;
                        self.item(Last::Item);
                    }
                },
                '^' => {
                    self.out.push('^');
                    self.i += 1;
                    self.item(Last::Anchor);
                }
                '$' => {
                    self.dollar = true;
                    self.out.push('$');
                    self.i += 1;
                    self.item(Last::Anchor);
                }
                '.' => {
                    self.out.push('.');
                    self.i += 1;
                    self.item(Last::Item);
                }
                c => {
                    self.push_literal(c as u32);
                    self.i += 1;
                    self.item(Last::Item);
                }
            }
        }
        if let Some(open) = self.open.last() {
            return Err(syntax("missing ), unterminated subpattern", open.pos));
        }
        Ok(())
    }

    /// A repeat starting at `at` (`*`, `+`, `?` or a `{m,n}` already read), whose
    /// crate form is `body`; then its lazy `?` or possessive `+` modifier.
    fn repeat(&mut self, at: usize, body: String) -> Result<(), Error> {
        match self.last {
            Last::Nothing | Last::Anchor => return Err(syntax("nothing to repeat", at)),
            Last::Repeat => return Err(syntax("multiple repeat", at)),
            Last::Item => {}
        }
        self.out.push_str(&body);
        match self.peek(0) {
            Some('?') => {
                self.out.push('?');
                self.i += 1;
            }
            Some('+') => {
                self.i += 1;
                self.refuse("possessive repeats (*+, ++, ?+)", at);
            }
            _ => {}
        }
        self.item(Last::Repeat);
        Ok(())
    }

    /// `{` at the cursor: the crate form of a valid `{m}`, `{m,}`, `{,n}` or `{m,n}`
    /// (cursor moved past it), or None when Python reads the brace as a literal.
    fn braces(&mut self) -> Result<Option<String>, Error> {
        let start = self.i;
        let mut k = start + 1;
        let digits = |k: &mut usize| {
            let mut s = String::new();
            while let Some(c) = self.chars.get(*k).filter(|c| c.is_ascii_digit()) {
                s.push(*c);
                *k += 1;
            }
            s
        };
        if self.chars.get(k) == Some(&'}') {
            return Ok(None);
        }
        let lo = digits(&mut k);
        let comma = self.chars.get(k) == Some(&',');
        let hi = if comma {
            k += 1;
            digits(&mut k)
        } else {
            lo.clone()
        };
        if self.chars.get(k) != Some(&'}') {
            return Ok(None);
        }
        // Consumed from here on, as in CPython (whose errors below come after it).
        self.i = k + 1;
        let count = |s: &str| -> Result<Option<u64>, Error> {
            if s.is_empty() {
                return Ok(None);
            }
            match s.parse::<u64>() {
                Ok(n) if n < MAX_REPEAT => Ok(Some(n)),
                _ => Err(Error::Overflow("the repetition number is too large".into())),
            }
        };
        let min = count(&lo)?;
        let max = count(&hi)?;
        if let (Some(min), Some(max)) = (min, max) {
            if max < min {
                return Err(syntax("min repeat greater than max repeat", start + 1));
            }
        }
        let min = min.unwrap_or(0);
        Ok(Some(match (comma, max) {
            (false, _) => format!("{{{min}}}"),
            (true, Some(max)) => format!("{{{min},{max}}}"),
            (true, None) => format!("{{{min},}}"),
        }))
    }

    /// The crate form of a category escape (`\d`, `\W`...), inside a class or not.
    fn category(&mut self, e: char, in_class: bool) {
        if !self.ascii {
            // Python's `\s` is `str.isspace()`, which also holds for the separators
            // \x1c-\x1f that Unicode's White_Space (the crate's `\s`) leaves out.
            let text = match e {
                's' if in_class => "\\s\\x1c-\\x1f".to_string(),
                's' => "[\\s\\x1c-\\x1f]".to_string(),
                'S' => "[^\\s\\x1c-\\x1f]".to_string(),
                _ => format!("\\{e}"),
            };
            self.out.push_str(&text);
            return;
        }
        let name = match e.to_ascii_lowercase() {
            'd' => "digit",
            's' => "space",
            _ => "word",
        };
        let not = if e.is_ascii_uppercase() { "^" } else { "" };
        if in_class {
            self.out.push_str(&format!("[:{not}{name}:]"));
        } else {
            self.out.push_str(&format!("[[:{not}{name}:]]"));
        }
    }

    /// `\x..`, `\u....`, `\U........` and `\N{name}` (the backslash at `at`, the
    /// cursor after the letter): the character's code.
    fn code_escape(&mut self, e: char, at: usize) -> Result<u32, Error> {
        if e == 'N' {
            if self.peek(0) != Some('{') {
                return Err(syntax("missing {", self.i));
            }
            self.i += 1;
            let name = self.until('}', "character name")?;
            return crate::syntax::parser::unicode_names::lookup(&name.to_uppercase())
                .map(|c| c as u32)
                .ok_or_else(|| {
                    syntax(format!("undefined character name {}", str_repr(&name)), at)
                });
        }
        let count = match e {
            'x' => 2,
            'u' => 4,
            _ => 8,
        };
        let hex = self.take_while(count, |c| c.is_ascii_hexdigit());
        let text = format!("\\{e}{hex}");
        if hex.len() != count {
            return Err(syntax(format!("incomplete escape {text}"), at));
        }
        let code = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
        if char::from_u32(code).is_none() {
            return Err(syntax(format!("bad escape {text}"), at));
        }
        Ok(code)
    }

    /// An escape outside a class, the backslash at the cursor.
    fn escape(&mut self) -> Result<Last, Error> {
        let at = self.i;
        let Some(e) = self.peek(1) else {
            return Err(syntax("bad escape (end of pattern)", at));
        };
        self.i += 2;
        match e {
            'A' => self.out.push_str("\\A"),
            'Z' => {
                self.end_z = true;
                self.out.push_str("\\z");
            }
            'b' if self.ascii => self.out.push_str("(?-u:\\b)"),
            'B' if self.ascii => self.out.push_str("(?-u:\\B)"),
            'b' | 'B' => self.out.push_str(&format!("\\{e}")),
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                self.category(e, false);
                return Ok(Last::Item);
            }
            'x' | 'u' | 'U' | 'N' => {
                let code = self.code_escape(e, at)?;
                self.push_literal(code);
                return Ok(Last::Item);
            }
            '0' => {
                let digits = self.take_while(2, |c| ('0'..='7').contains(&c));
                let code = u32::from_str_radix(&format!("0{digits}"), 8).unwrap_or(0);
                self.push_literal(code);
                return Ok(Last::Item);
            }
            '1'..='9' => return self.number_escape(e, at),
            c => {
                if let Some(code) = simple_escape(c) {
                    self.push_literal(code);
                } else if c.is_ascii_alphabetic() {
                    return Err(syntax(format!("bad escape \\{c}"), at));
                } else {
                    self.push_literal(c as u32);
                }
                return Ok(Last::Item);
            }
        }
        Ok(Last::Anchor)
    }

    /// `\1`..`\99` (a group reference) or `\101` (three octal digits: a character).
    fn number_escape(&mut self, first: char, at: usize) -> Result<Last, Error> {
        let mut text = first.to_string();
        if let Some(d) = self.peek(0).filter(char::is_ascii_digit) {
            text.push(d);
            self.i += 1;
            let octal = |c: char| ('0'..='7').contains(&c);
            if text.chars().all(octal) {
                if let Some(d) = self.peek(0).filter(|&c| octal(c)) {
                    text.push(d);
                    self.i += 1;
                    let code = u32::from_str_radix(&text, 8).unwrap_or(u32::MAX);
                    if code > 0o377 {
                        return Err(syntax(
                            format!("octal escape value \\{text} outside of range 0-0o377"),
                            at,
                        ));
                    }
                    self.push_literal(code);
                    return Ok(Last::Item);
                }
            }
        }
        let group: usize = text.parse().unwrap_or(usize::MAX);
        if group > self.groups || group == 0 {
            return Err(syntax(format!("invalid group reference {group}"), at + 1));
        }
        if !self
            .closed
            .get(group.saturating_sub(1))
            .copied()
            .unwrap_or(false)
        {
            return Err(syntax("cannot refer to an open group", at));
        }
        self.refuse("backreferences (\\1, (?P=name))", at);
        Ok(Last::Item)
    }

    /// Notes a construct the engine cannot run (the first one is reported).
    fn refuse(&mut self, what: &str, pos: usize) {
        if self.refused.is_none() {
            self.refused = Some(unsupported(what, pos));
        }
    }

    /// One item of a class at the cursor (not `]`): its crate form is pushed; the
    /// result says what it was and how it was written, for range checks.
    fn class_item(&mut self) -> Result<(ClassItem, String), Error> {
        let at = self.i;
        let Some(c) = self.peek(0) else {
            return Ok((ClassItem::Category, String::new()));
        };
        if c != '\\' {
            self.i += 1;
            self.push_literal(c as u32);
            return Ok((ClassItem::Char(c as u32), c.to_string()));
        }
        let Some(e) = self.peek(1) else {
            return Err(syntax("bad escape (end of pattern)", at));
        };
        self.i += 2;
        let code = match e {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                self.category(e, true);
                return Ok((ClassItem::Category, self.text(at, self.i)));
            }
            'b' => 8,
            'x' | 'u' | 'U' | 'N' => self.code_escape(e, at)?,
            '0'..='7' => {
                let digits = self.take_while(2, |c| ('0'..='7').contains(&c));
                let text = format!("{e}{digits}");
                let code = u32::from_str_radix(&text, 8).unwrap_or(u32::MAX);
                if code > 0o377 {
                    return Err(syntax(
                        format!("octal escape value \\{text} outside of range 0-0o377"),
                        at,
                    ));
                }
                code
            }
            c => match simple_escape(c) {
                Some(code) => code,
                None if c.is_ascii_alphanumeric() => {
                    return Err(syntax(format!("bad escape \\{c}"), at));
                }
                None => c as u32,
            },
        };
        self.push_literal(code);
        Ok((ClassItem::Char(code), self.text(at, self.i)))
    }

    /// A character class, the `[` at the cursor.
    fn class(&mut self) -> Result<(), Error> {
        let start = self.i;
        self.i += 1;
        self.out.push('[');
        if self.peek(0) == Some('^') {
            self.out.push('^');
            self.i += 1;
        }
        let mut empty = true;
        loop {
            let item_at = self.i;
            match self.peek(0) {
                None => return Err(syntax("unterminated character set", start)),
                Some(']') if !empty => {
                    self.out.push(']');
                    self.i += 1;
                    return Ok(());
                }
                _ => {}
            }
            empty = false;
            let (low, low_text) = self.class_item()?;
            if self.peek(0) != Some('-') {
                continue;
            }
            match self.peek(1) {
                None => return Err(syntax("unterminated character set", start)),
                Some(']') => {
                    self.out.push_str("\\-");
                    self.i += 1;
                    continue;
                }
                Some(_) => {}
            }
            self.i += 1;
            self.out.push('-');
            let (high, high_text) = self.class_item()?;
            let bad = || {
                syntax(
                    format!("bad character range {low_text}-{high_text}"),
                    item_at,
                )
            };
            match (low, high) {
                (ClassItem::Char(lo), ClassItem::Char(hi)) if lo <= hi => {}
                _ => return Err(bad()),
            }
        }
    }

    /// `)` at the cursor.
    fn close(&mut self) -> Result<(), Error> {
        let Some(open) = self.open.pop() else {
            return Err(syntax("unbalanced parenthesis", self.i));
        };
        if let Some(slot) = open
            .number
            .and_then(|n| self.closed.get_mut(n.saturating_sub(1)))
        {
            *slot = true;
        }
        self.verbose = open.verbose;
        self.ascii = open.ascii;
        self.out.push(')');
        self.i += 1;
        self.item(Last::Item);
        Ok(())
    }

    /// Opens a group whose crate opener is `opener`, the cursor already past Python's.
    fn open_group(&mut self, pos: usize, opener: &str, capturing: bool) {
        if self.open.is_empty() {
            self.top_first = false;
        }
        let number = capturing.then(|| {
            self.groups += 1;
            self.closed.push(false);
            self.groups
        });
        self.open.push(Open {
            pos,
            verbose: self.verbose,
            ascii: self.ascii,
            number,
        });
        self.out.push_str(opener);
        self.last = Last::Nothing;
    }

    /// The text from the cursor up to `terminator` (a group or character name called
    /// `what`), read token by token as CPython does (so `\}` does not end it), with the
    /// cursor left after the terminator.
    fn until(&mut self, terminator: char, what: &str) -> Result<String, Error> {
        let at = self.i;
        let mut name = String::new();
        loop {
            let Some(c) = self.peek(0) else {
                return Err(if name.is_empty() {
                    syntax(format!("missing {what}"), at)
                } else {
                    syntax(format!("missing {terminator}, unterminated name"), at)
                });
            };
            self.i += 1;
            if c == '\\' {
                let Some(e) = self.peek(0) else {
                    return Err(syntax(
                        "bad escape (end of pattern)",
                        at + name.chars().count(),
                    ));
                };
                self.i += 1;
                name.push(c);
                name.push(e);
                continue;
            }
            if c == terminator {
                if name.is_empty() {
                    return Err(syntax(format!("missing {what}"), at));
                }
                return Ok(name);
            }
            name.push(c);
        }
    }

    /// A group name ending at `terminator`, starting at the cursor: the name, with the
    /// cursor after the terminator.
    fn group_name(&mut self, terminator: char) -> Result<String, Error> {
        let at = self.i;
        let name = self.until(terminator, "group name")?;
        if !is_identifier(&name) {
            return Err(syntax(
                format!("bad character in group name {}", str_repr(&name)),
                at,
            ));
        }
        Ok(name)
    }

    /// The pattern token at the cursor, consumed: one character, or a backslash and the
    /// character after it (what CPython's messages quote).
    fn token(&mut self) -> Option<String> {
        let c = self.peek(0)?;
        self.i += 1;
        let mut token = c.to_string();
        if c == '\\' {
            if let Some(e) = self.peek(0) {
                self.i += 1;
                token.push(e);
            }
        }
        Some(token)
    }

    /// A group, the `(` at the cursor.
    fn group(&mut self) -> Result<(), Error> {
        let start = self.i;
        self.i += 1;
        if self.peek(0) != Some('?') {
            self.open_group(start, "(", true);
            return Ok(());
        }
        self.i += 1;
        let Some(c) = self.peek(0) else {
            return Err(syntax("unexpected end of pattern", self.i));
        };
        self.i += 1;
        let question = start + 1;
        match c {
            'P' => {
                let Some(kind) = self.peek(0) else {
                    return Err(syntax("unexpected end of pattern", self.i));
                };
                self.i += 1;
                match kind {
                    '<' => {
                        let at = self.i;
                        let name = self.group_name('>')?;
                        if let Some(k) = self.names.iter().position(|n| *n == name) {
                            return Err(syntax(
                                format!(
                                    "redefinition of group name {} as group {}; was group {}",
                                    str_repr(&name),
                                    self.groups + 1,
                                    k + 1
                                ),
                                at,
                            ));
                        }
                        // The crate numbers named groups among the others, as Python does;
                        // unnamed groups get a placeholder so indices line up.
                        while self.names.len() < self.groups {
                            self.names.push(String::new());
                        }
                        self.names.push(name.clone());
                        self.open_group(start, &format!("(?P<{name}>"), true);
                        Ok(())
                    }
                    '=' => {
                        let at = self.i;
                        let name = self.group_name(')')?;
                        match self.names.iter().position(|n| *n == name) {
                            None => Err(syntax(
                                format!("unknown group name {}", str_repr(&name)),
                                at,
                            )),
                            Some(k) if !self.closed.get(k).copied().unwrap_or(false) => {
                                Err(syntax("cannot refer to an open group", at))
                            }
                            Some(_) => {
                                self.refuse("backreferences (\\1, (?P=name))", start);
                                self.item(Last::Item);
                                Ok(())
                            }
                        }
                    }
                    _ => {
                        self.i = self.i.saturating_sub(1);
                        let token = self.token().unwrap_or_default();
                        Err(syntax(format!("unknown extension ?P{token}"), question))
                    }
                }
            }
            ':' => {
                self.open_group(start, "(?:", false);
                Ok(())
            }
            '#' => {
                while let Some(c) = self.peek(0) {
                    self.i += 1;
                    if c == ')' {
                        return Ok(());
                    }
                }
                Err(syntax("missing ), unterminated comment", start))
            }
            '=' | '!' => {
                self.refuse("look-ahead assertions (?=...) and (?!...)", start);
                self.open_group(start, "(?:", false);
                Ok(())
            }
            '<' => match self.peek(0) {
                None => Err(syntax("unexpected end of pattern", self.i)),
                Some('=' | '!') => {
                    self.i += 1;
                    self.refuse("look-behind assertions (?<=...) and (?<!...)", start);
                    self.open_group(start, "(?:", false);
                    Ok(())
                }
                Some(_) => {
                    let token = self.token().unwrap_or_default();
                    Err(syntax(format!("unknown extension ?<{token}"), question))
                }
            },
            '>' => {
                self.refuse("atomic groups (?>...)", start);
                self.open_group(start, "(?:", false);
                Ok(())
            }
            '(' => {
                self.condition()?;
                self.refuse("conditional groups (?(id)yes|no)", start);
                self.open_group(start, "(?:", false);
                Ok(())
            }
            c if is_flag(c) || c == '-' => self.flags_group(start, c),
            _ => {
                self.i = self.i.saturating_sub(1);
                let token = self.token().unwrap_or_default();
                Err(syntax(format!("unknown extension ?{token}"), question))
            }
        }
    }

    /// The `id)` of a conditional group `(?(id)yes|no)`, checked as CPython does: a name
    /// must be a group defined before it, a number one defined anywhere (checked at the
    /// end).
    fn condition(&mut self) -> Result<(), Error> {
        let at = self.i;
        let name = self.until(')', "group name")?;
        if is_identifier(&name) {
            if !self.names.contains(&name) {
                return Err(syntax(
                    format!("unknown group name {}", str_repr(&name)),
                    at,
                ));
            }
            return Ok(());
        }
        let number = match name.parse::<usize>() {
            Ok(n) if name.chars().all(|c| c.is_ascii_digit()) => n,
            _ => {
                return Err(syntax(
                    format!("bad character in group name {}", str_repr(&name)),
                    at,
                ))
            }
        };
        if number == 0 {
            return Err(syntax("bad group number", at));
        }
        self.conditions.push((number, at));
        Ok(())
    }

    /// `(?flags)` (global) or `(?flags-flags:...)` (scoped), the first letter `first`
    /// already consumed.
    fn flags_group(&mut self, start: usize, first: char) -> Result<(), Error> {
        let mut add = String::new();
        let mut c = first;
        if first != '-' {
            loop {
                if c == 'L' {
                    return Err(syntax(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        self.i,
                    ));
                }
                add.push(c);
                let other = match c {
                    'a' => Some('u'),
                    'u' => Some('a'),
                    _ => None,
                };
                if other.is_some_and(|o| add.contains(o)) {
                    return Err(syntax(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        self.i,
                    ));
                }
                let Some(next) = self.peek(0) else {
                    return Err(syntax("missing -, : or )", self.i));
                };
                self.i += 1;
                c = next;
                if matches!(c, ')' | '-' | ':') {
                    break;
                }
                if !is_flag(c) {
                    let msg = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(syntax(msg, self.i.saturating_sub(1)));
                }
            }
        }
        if c == ')' {
            if !(self.open.is_empty() && self.top_first) {
                return Err(syntax(
                    "global flags not at the start of the expression",
                    start,
                ));
            }
            for f in add.chars() {
                self.flags |= flag_bit(f);
            }
            self.verbose = self.flags & FLAG_X != 0;
            self.ascii = self.flags & FLAG_A != 0;
            return Ok(());
        }
        let mut remove = String::new();
        if c == '-' {
            let Some(next) = self.peek(0) else {
                return Err(syntax("missing flag", self.i));
            };
            self.i += 1;
            c = next;
            if !is_flag(c) {
                let msg = if c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(syntax(msg, self.i.saturating_sub(1)));
            }
            loop {
                if matches!(c, 'a' | 'u' | 'L') {
                    return Err(syntax(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i,
                    ));
                }
                remove.push(c);
                let Some(next) = self.peek(0) else {
                    return Err(syntax("missing :", self.i));
                };
                self.i += 1;
                c = next;
                if c == ':' {
                    break;
                }
                if !is_flag(c) {
                    let msg = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(syntax(msg, self.i.saturating_sub(1)));
                }
            }
        }
        if add.chars().any(|f| remove.contains(f)) {
            return Err(syntax(
                "bad inline flags: flag turned on and off",
                self.i.saturating_sub(1),
            ));
        }
        let keep = |set: &str| {
            set.chars()
                .filter(|f| matches!(f, 'i' | 'm' | 's'))
                .collect::<String>()
        };
        let (on, off) = (keep(&add), keep(&remove));
        let opener = if off.is_empty() {
            format!("(?{on}:")
        } else {
            format!("(?{on}-{off}:")
        };
        self.open_group(start, &opener, false);
        if add.contains('x') {
            self.verbose = true;
        }
        if remove.contains('x') {
            self.verbose = false;
        }
        if add.contains('a') {
            self.ascii = true;
        }
        if add.contains('u') {
            self.ascii = false;
        }
        Ok(())
    }
}

/// The position (in code points) of a backslash that ends the pattern unpaired.
fn lone_backslash(pattern: &str) -> Option<usize> {
    let trailing = pattern.chars().rev().take_while(|&c| c == '\\').count();
    (trailing % 2 == 1).then(|| pattern.chars().count().saturating_sub(1))
}

/// Python's one-letter escapes that stand for a character (`\n`, `\t`...).
fn simple_escape(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

/// The inline flag letters Python knows.
fn is_flag(c: char) -> bool {
    matches!(c, 'i' | 'L' | 'm' | 's' | 'x' | 'a' | 't' | 'u')
}

fn flag_bit(c: char) -> i64 {
    match c {
        'i' => FLAG_I,
        'L' => FLAG_L,
        'm' => FLAG_M,
        's' => FLAG_S,
        'x' => FLAG_X,
        'a' => FLAG_A,
        'u' => FLAG_U,
        't' => 1,
        _ => 0,
    }
}

/// `str.isidentifier()` for group names.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}
