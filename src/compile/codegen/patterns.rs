//! The `match` statement (CPython's `compiler_match`). The subject stays on the stack
//! while the cases are tried in order. Each pattern consumes a copy of the value it
//! matches and, where a test fails, jumps to a pop chain that drops what the pattern
//! had pushed so far ([`FailPops`]) and goes on to the next case (or the next `|`
//! alternative). Captures are stored as soon as they match, which PEP 634 allows.

use std::collections::HashSet;

use crate::syntax::ast::{self, Constant, Expr, ExprContext, ExprKind, Pattern, PatternKind};
use crate::value::Value;

use super::super::bytecode::{CmpOp, Instr};
use super::super::CompileError;
use super::{CResult, Compiler};

/// The failure jumps of one pattern (or one `|` alternative), each with the stack depth
/// it leaves behind; [`Compiler::emit_fail_pops`] emits the pops they land in.
#[derive(Default)]
struct FailPops {
    jumps: Vec<(usize, usize)>,
}

/// Whether `pattern` matches every subject (a capture or `_`, maybe in an `|` or `as`).
fn irrefutable(pattern: &Pattern) -> bool {
    match &pattern.kind {
        PatternKind::As { pattern: None, .. } => true,
        PatternKind::As {
            pattern: Some(inner),
            ..
        } => irrefutable(inner),
        PatternKind::Or(alternatives) => alternatives.iter().any(irrefutable),
        _ => false,
    }
}

/// CPython's message for an irrefutable pattern that is not last.
fn unreachable_message(pattern: &Pattern) -> String {
    match &pattern.kind {
        PatternKind::As {
            pattern: None,
            name: Some(name),
        } => format!("name capture '{name}' makes remaining patterns unreachable"),
        PatternKind::As {
            pattern: Some(inner),
            ..
        } => unreachable_message(inner),
        PatternKind::Or(alternatives) => alternatives
            .iter()
            .find(|alt| irrefutable(alt))
            .map_or_else(String::new, unreachable_message),
        _ => "wildcard makes remaining patterns unreachable".to_owned(),
    }
}

/// The names `pattern` binds, in order, and the first one it binds twice.
fn bound_names<'p>(pattern: &'p Pattern) -> (Vec<&'p str>, Option<&'p str>) {
    let mut names = Vec::new();
    let mut repeated = None;
    let mut add = |name: &'p str| {
        if names.contains(&name) {
            repeated = repeated.or(Some(name));
        }
        names.push(name);
    };
    collect_names(pattern, &mut add);
    (names, repeated)
}

/// Calls `add` for each name `pattern` binds; an `|` counts its first alternative only
/// (they all bind the same names, which [`Compiler::or_pattern`] checks).
fn collect_names<'p>(pattern: &'p Pattern, add: &mut impl FnMut(&'p str)) {
    match &pattern.kind {
        PatternKind::Value(_) | PatternKind::Singleton(_) | PatternKind::Star(None) => {}
        PatternKind::Star(Some(name)) => add(name),
        PatternKind::As { pattern, name } => {
            if let Some(inner) = pattern {
                collect_names(inner, add);
            }
            if let Some(name) = name {
                add(name);
            }
        }
        PatternKind::Or(alternatives) => {
            if let Some(first) = alternatives.first() {
                collect_names(first, add);
            }
        }
        PatternKind::Sequence(items) => items.iter().for_each(|p| collect_names(p, add)),
        PatternKind::Mapping { patterns, rest, .. } => {
            patterns.iter().for_each(|p| collect_names(p, add));
            if let Some(rest) = rest {
                add(rest);
            }
        }
        PatternKind::Class {
            patterns,
            kwd_patterns,
            ..
        } => patterns
            .iter()
            .chain(kwd_patterns)
            .for_each(|p| collect_names(p, add)),
    }
}

/// A mapping pattern key as a constant, to find duplicates (`None` for a dotted value):
/// equal numbers (`1`, `True`, `1.0`) give the same key, as they are one dict key.
fn key_constant(key: &Expr) -> Option<String> {
    match &key.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::Bool(b) => format!("n{}", i64::from(*b)),
            Constant::Int(n) => format!("n{n}"),
            Constant::BigInt(digits) => format!("n{digits}"),
            Constant::Float(f) if f.fract() == 0.0 => format!("n{f}"),
            Constant::Float(f) => format!("f{}", f.to_bits()),
            Constant::Complex(f) => format!("j{}", f.to_bits()),
            Constant::Str(s) => format!("s{s}"),
            Constant::Bytes(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
            Constant::None => "None".to_owned(),
            Constant::Ellipsis => "...".to_owned(),
        }),
        ExprKind::UnaryOp { operand, .. } => key_constant(operand).map(|k| format!("-{k}")),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// `match subject:` with its `cases`.
    pub(super) fn match_statement(
        &mut self,
        subject: &'a Expr,
        cases: &'a [ast::MatchCase],
    ) -> CResult {
        self.expr(subject)?;
        let mut done = Vec::new();
        let count = cases.len();
        for (index, case) in cases.iter().enumerate() {
            let last = index + 1 == count;
            if !last && case.guard.is_none() && irrefutable(&case.pattern) {
                return Err(CompileError::at(
                    unreachable_message(&case.pattern),
                    case.pattern.span,
                ));
            }
            if let (_, Some(name)) = bound_names(&case.pattern) {
                return Err(CompileError::at(
                    format!("multiple assignments to name '{name}' in pattern"),
                    case.pattern.span,
                ));
            }
            self.set_line(case.pattern.span);
            let mut fail = FailPops::default();
            if !last {
                self.emit(Instr::Dup);
            }
            self.pattern(&case.pattern, &mut fail, 1)?;
            if let Some(guard) = &case.guard {
                for at in self.jump_if(guard, false)? {
                    fail.jumps.push((0, at));
                }
            }
            if !last {
                self.emit(Instr::Pop);
            }
            self.body(&case.body)?;
            done.push(self.emit(Instr::Jump(0)));
            self.emit_fail_pops(fail, 0);
        }
        self.patch_all(done);
        Ok(())
    }

    /// Emits the pops the failure jumps land in: a jump that left `depth` items above
    /// `floor` lands where that many pops remain before the code after.
    fn emit_fail_pops(&mut self, mut fail: FailPops, floor: usize) {
        fail.jumps.sort_unstable_by_key(|j| std::cmp::Reverse(j.0));
        let deepest = fail.jumps.first().map_or(floor, |j| j.0);
        let mut depth = deepest;
        loop {
            let landing: Vec<usize> = fail
                .jumps
                .iter()
                .filter(|j| j.0 == depth)
                .map(|j| j.1)
                .collect();
            self.patch_all(landing);
            if depth <= floor {
                break;
            }
            self.emit(Instr::Pop);
            depth -= 1;
        }
    }

    /// Pops the bool on top and fails (with `depth` items left) when it is false.
    fn fail_unless(&mut self, fail: &mut FailPops, depth: usize) {
        let at = self.emit(Instr::PopJumpIfFalse(0));
        fail.jumps.push((depth, at));
    }

    /// Fails when the top (`depth + 1` items above the base) is None, the pop chain then
    /// dropping it too; keeps it otherwise.
    fn fail_if_none(&mut self, fail: &mut FailPops, depth: usize) {
        self.emit(Instr::Dup);
        self.emit(Instr::LoadNone);
        self.emit(Instr::IsOp(true));
        self.fail_unless(fail, depth + 1);
    }

    /// Matches the value on top of the stack, `depth` items above the case's base
    /// counting it, against `pattern`: consumes it on success, jumps to `fail` otherwise.
    fn pattern(&mut self, pattern: &'a Pattern, fail: &mut FailPops, depth: usize) -> CResult {
        self.set_line(pattern.span);
        match &pattern.kind {
            PatternKind::As {
                pattern: None,
                name,
            } => match name {
                Some(name) => self.name_op(name, ExprContext::Store),
                None => {
                    self.emit(Instr::Pop);
                }
            },
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => match name {
                Some(name) => {
                    self.emit(Instr::Dup);
                    self.pattern(inner, fail, depth + 1)?;
                    self.name_op(name, ExprContext::Store);
                }
                None => self.pattern(inner, fail, depth)?,
            },
            PatternKind::Value(value) => {
                self.expr(value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                self.fail_unless(fail, depth - 1);
            }
            PatternKind::Singleton(constant) => {
                self.constant(constant, pattern.span)?;
                self.emit(Instr::IsOp(false));
                self.fail_unless(fail, depth - 1);
            }
            PatternKind::Star(_) => {
                return Err(CompileError::at(
                    "can't use starred name here",
                    pattern.span,
                ))
            }
            PatternKind::Sequence(items) => self.sequence_pattern(pattern, items, fail, depth)?,
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_deref(), fail, depth)?,
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.class_pattern(pattern, cls, patterns, kwd_attrs, kwd_patterns, fail, depth)?
            }
            PatternKind::Or(alternatives) => self.or_pattern(pattern, alternatives, fail, depth)?,
        }
        Ok(())
    }

    /// `[p, *rest, q]`: a sequence (not str, bytes or bytearray) of the right length,
    /// unpacked onto the stack and matched item by item.
    fn sequence_pattern(
        &mut self,
        pattern: &Pattern,
        items: &'a [Pattern],
        fail: &mut FailPops,
        depth: usize,
    ) -> CResult {
        let stars: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p.kind, PatternKind::Star(_)))
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            return Err(CompileError::at(
                "multiple starred names in sequence pattern",
                pattern.span,
            ));
        }
        let fixed = items.len() - stars.len();
        let check = self.oparg(fixed).saturating_mul(2) | u32::from(!stars.is_empty());
        self.emit(Instr::MatchSequence(check));
        self.fail_unless(fail, depth);
        match stars.first() {
            None => {
                self.emit(Instr::UnpackSequence(self.oparg(items.len())));
            }
            Some(&star) => {
                let Some(spec) = super::unpack_ex_arg(star, items.len() - star - 1) else {
                    return Err(CompileError::at(
                        "too many sub-patterns in sequence pattern",
                        pattern.span,
                    ));
                };
                self.emit(Instr::UnpackEx(spec));
            }
        }
        let mut left = depth - 1 + items.len();
        for item in items {
            match &item.kind {
                PatternKind::Star(Some(name)) => self.name_op(name, ExprContext::Store),
                PatternKind::Star(None) => {
                    self.emit(Instr::Pop);
                }
                _ => self.pattern(item, fail, left)?,
            }
            left -= 1;
        }
        Ok(())
    }

    /// `{key: p, ..., **rest}`: a mapping holding every key (looked up without
    /// `__missing__`), their values matched in order, the other items in `rest`.
    fn mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        fail: &mut FailPops,
        depth: usize,
    ) -> CResult {
        let mut seen = HashSet::new();
        for key in keys {
            if let Some(constant) = key_constant(key) {
                if !seen.insert(constant) {
                    return Err(CompileError::at(
                        format!("mapping pattern checks duplicate key ({})", key_repr(key)),
                        key.span,
                    ));
                }
            }
        }
        self.emit(Instr::MatchMapping);
        self.fail_unless(fail, depth);
        if keys.is_empty() && rest.is_none() {
            self.emit(Instr::Pop);
            return Ok(());
        }
        for key in keys {
            self.expr(key)?;
        }
        self.emit(Instr::BuildTuple(self.oparg(keys.len())));
        if !keys.is_empty() {
            self.emit(Instr::MatchKeys);
            self.fail_if_none(fail, depth + 1);
            self.emit(Instr::UnpackSequence(self.oparg(keys.len())));
            let mut left = depth + 1 + keys.len();
            for value in patterns {
                self.pattern(value, fail, left)?;
                left -= 1;
            }
        }
        match rest {
            Some(name) => {
                self.emit(Instr::CopyDictWithoutKeys);
                self.name_op(name, ExprContext::Store);
            }
            None => {
                self.emit(Instr::Pop);
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    /// `Cls(p, attr=q)`: an instance of `Cls`, its positional sub-patterns matched against
    /// the attributes `Cls.__match_args__` names (or the subject itself for the builtin
    /// types that match so), then the keyword ones against the attributes they name.
    #[allow(clippy::too_many_arguments)]
    fn class_pattern(
        &mut self,
        pattern: &Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        fail: &mut FailPops,
        depth: usize,
    ) -> CResult {
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if kwd_attrs
                .get(..i)
                .is_some_and(|before| before.contains(attr))
            {
                return Err(CompileError::at(
                    format!("attribute name repeated in class pattern: {attr}"),
                    pattern.span,
                ));
            }
        }
        self.expr(cls)?;
        let names: Vec<Value> = kwd_attrs.iter().map(|a| Value::str(a.as_str())).collect();
        self.load_const(Value::tuple(names));
        self.emit(Instr::MatchClass(self.oparg(patterns.len())));
        self.fail_if_none(fail, depth - 1);
        let count = patterns.len() + kwd_patterns.len();
        self.emit(Instr::UnpackSequence(self.oparg(count)));
        let mut left = depth - 1 + count;
        for item in patterns.iter().chain(kwd_patterns) {
            self.pattern(item, fail, left)?;
            left -= 1;
        }
        Ok(())
    }

    /// `p | q | ...`: each alternative but the last tried on a copy of the subject;
    /// they must all bind the same names.
    fn or_pattern(
        &mut self,
        pattern: &Pattern,
        alternatives: &'a [Pattern],
        fail: &mut FailPops,
        depth: usize,
    ) -> CResult {
        let mut expected: Option<HashSet<&str>> = None;
        for (index, alt) in alternatives.iter().enumerate() {
            if index + 1 < alternatives.len() && irrefutable(alt) {
                return Err(CompileError::at(unreachable_message(alt), alt.span));
            }
            let names: HashSet<&str> = bound_names(alt).0.into_iter().collect();
            match &expected {
                Some(first) if *first != names => {
                    return Err(CompileError::at(
                        "alternative patterns bind different names",
                        pattern.span,
                    ))
                }
                Some(_) => {}
                None => expected = Some(names),
            }
        }
        let Some((last, others)) = alternatives.split_last() else {
            return Ok(());
        };
        let mut matched = Vec::new();
        for alt in others {
            let mut alt_fail = FailPops::default();
            self.emit(Instr::Dup);
            self.pattern(alt, &mut alt_fail, depth + 1)?;
            self.emit(Instr::Pop);
            matched.push(self.emit(Instr::Jump(0)));
            self.emit_fail_pops(alt_fail, depth);
        }
        self.pattern(last, fail, depth)?;
        self.patch_all(matched);
        Ok(())
    }
}

/// A duplicate mapping key as CPython's message shows it (`'a'`, `1`, `None`).
fn key_repr(key: &Expr) -> String {
    match &key.kind {
        ExprKind::Constant(Constant::Str(s)) => format!("'{s}'"),
        ExprKind::Constant(Constant::Int(n)) => n.to_string(),
        ExprKind::Constant(Constant::None) => "None".to_owned(),
        ExprKind::Constant(Constant::Bool(b)) => if *b { "True" } else { "False" }.to_owned(),
        ExprKind::Constant(Constant::Float(f)) => crate::format::float_repr(*f),
        ExprKind::Constant(Constant::BigInt(digits)) => digits.clone(),
        ExprKind::UnaryOp { operand, .. } => format!("-{}", key_repr(operand)),
        _ => "...".to_owned(),
    }
}
