//! Formal parameter lists, shared by `def` (annotations allowed) and `lambda`.

use super::{PResult, Parser};
use crate::syntax::ast::{Arg, Arguments, Span};
use crate::syntax::error::SyntaxErrorKind;
use crate::syntax::token::TokenKind;

/// Where the parameter list has got to, for CPython's ordering rules.
#[derive(Default)]
struct ParamState {
    seen_slash: bool,
    /// After `*` or `*args`: further names are keyword-only.
    seen_star: bool,
    bare_star: Option<Span>,
    seen_default: bool,
}

impl Parser<'_> {
    /// Parses parameters up to (not including) `end`: `)` for `def`, `:` for `lambda`.
    pub(super) fn parameters(&mut self, end: TokenKind, annotations: bool) -> PResult<Arguments> {
        let mut args = Arguments::default();
        let mut state = ParamState::default();
        while !self.at(end) {
            let token = self.token();
            match token.kind {
                TokenKind::Slash => {
                    self.bump();
                    let kind = if state.seen_slash {
                        Some(SyntaxErrorKind::DuplicateSlash)
                    } else if state.seen_star {
                        Some(SyntaxErrorKind::SlashAfterStar)
                    } else if args.args.is_empty() {
                        Some(SyntaxErrorKind::SlashFirst)
                    } else {
                        None
                    };
                    if let Some(kind) = kind {
                        return Err(Self::error_at(kind, token.span));
                    }
                    state.seen_slash = true;
                    args.posonlyargs = std::mem::take(&mut args.args);
                }
                TokenKind::Star => {
                    self.bump();
                    if state.seen_star {
                        return Err(Self::error_at(SyntaxErrorKind::DuplicateStar, token.span));
                    }
                    state.seen_star = true;
                    if matches!(self.peek(), TokenKind::Comma) || self.at(end) {
                        state.bare_star = Some(token.span);
                    } else {
                        args.vararg = Some(self.parameter(annotations)?);
                        self.reject_default(SyntaxErrorKind::VarargDefault)?;
                    }
                }
                TokenKind::DoubleStar => {
                    self.bump();
                    args.kwarg = Some(self.parameter(annotations)?);
                    self.reject_default(SyntaxErrorKind::KwargDefault)?;
                    self.eat(TokenKind::Comma);
                    if !self.at(end) {
                        return Err(Self::error_at(
                            SyntaxErrorKind::ParamAfterKwarg,
                            self.token().span,
                        ));
                    }
                    break;
                }
                _ => self.plain_parameter(&mut args, &mut state, annotations)?,
            }
            if !self.at(end) {
                self.expect(TokenKind::Comma)?;
            }
        }
        if let Some(star) = state.bare_star {
            if args.kwonlyargs.is_empty() {
                return Err(Self::error_at(SyntaxErrorKind::BareStarWithoutNames, star));
            }
        }
        Ok(args)
    }

    /// `name[: annotation][= default]`, positional or keyword-only depending on `state`.
    fn plain_parameter(
        &mut self,
        args: &mut Arguments,
        state: &mut ParamState,
        annotations: bool,
    ) -> PResult<()> {
        let arg = self.parameter(annotations)?;
        let default = if self.eat(TokenKind::Equal) {
            Some(self.expression()?)
        } else {
            None
        };
        if state.seen_star {
            args.kwonlyargs.push(arg);
            args.kw_defaults.push(default);
            return Ok(());
        }
        match default {
            Some(default) => {
                state.seen_default = true;
                args.defaults.push(default);
            }
            None if state.seen_default => {
                return Err(Self::error_at(
                    SyntaxErrorKind::NonDefaultAfterDefault,
                    arg.span,
                ));
            }
            None => {}
        }
        args.args.push(arg);
        Ok(())
    }

    /// A parameter name with its optional annotation (only in `def`).
    fn parameter(&mut self, annotations: bool) -> PResult<Arg> {
        let token = self.expect(TokenKind::Name)?;
        let name = self.mangle(self.text(token).to_owned());
        let annotation = if annotations && self.eat(TokenKind::Colon) {
            Some(if self.at(TokenKind::Star) {
                self.starred()?
            } else {
                self.expression()?
            })
        } else {
            None
        };
        Ok(Arg {
            name,
            annotation,
            span: self.span_from(token.span),
        })
    }

    fn reject_default(&mut self, kind: SyntaxErrorKind) -> PResult<()> {
        if self.at(TokenKind::Equal) {
            return Err(Self::error_at(kind, self.token().span));
        }
        Ok(())
    }
}
