//! The matching engine behind `re`: regex-automata's PikeVM (the linear-time NFA
//! simulation that also reports groups) over the parser of the `regex` crate family.
//! It is configured as the `regex` crate configures its own engine for a `&str`
//! pattern (leftmost-first, UTF-8, no empty match inside a code point), so matches and
//! syntax errors are the same; the crate's other engines only make searches faster,
//! and leaving them out keeps the wasm build smaller.

use std::cell::RefCell;

use regex_automata::nfa::thompson::pikevm::{Cache, PikeVM};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::util::syntax;
use regex_automata::{Input, PatternID};

/// A compiled pattern and the scratch space its searches reuse.
pub(super) struct Program {
    vm: PikeVM,
    cache: RefCell<Cache>,
}

/// How a pattern's syntax is read: the flags `re` hands the engine rather than
/// spelling them in the translated pattern.
pub(super) struct Options {
    pub case_insensitive: bool,
    pub multi_line: bool,
    pub dot_matches_new_line: bool,
    /// The most heap the compiled program may use.
    pub size_limit: usize,
}

/// Why a pattern did not compile.
pub(super) enum BuildError {
    /// The pattern's syntax, with the parser's full report (pattern, caret, message).
    Syntax(String),
    /// The program would pass the size limit.
    TooBig,
    /// Anything else the compiler refused, with its message.
    Other(String),
}

impl Program {
    /// Compiles `pattern` read with `options`.
    pub(super) fn new(pattern: &str, options: &Options) -> Result<Program, BuildError> {
        let config = syntax::Config::new()
            .case_insensitive(options.case_insensitive)
            .multi_line(options.multi_line)
            .dot_matches_new_line(options.dot_matches_new_line)
            .utf8(true);
        let hir =
            syntax::parse_with(pattern, &config).map_err(|e| BuildError::Syntax(e.to_string()))?;
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .utf8(true)
                    .nfa_size_limit(Some(options.size_limit))
                    .shrink(false)
                    .which_captures(WhichCaptures::All),
            )
            .build_from_hir(&hir)
            .map_err(|e| match e.size_limit() {
                Some(_) => BuildError::TooBig,
                // The words the `regex` crate reports for such failures.
                None => BuildError::Other("error building NFA".to_string()),
            })?;
        let vm = PikeVM::new_from_nfa(nfa)
            .map_err(|_| BuildError::Other("error building NFA".to_string()))?;
        let cache = RefCell::new(vm.create_cache());
        Ok(Program { vm, cache })
    }

    /// The groups of the leftmost-first match in `hay[at..]` (what comes before `at`
    /// still counts for `^`, `\b` and look-behind assertions), or None.
    pub(super) fn captures_at(&self, hay: &str, at: usize) -> Option<Captures> {
        let input = Input::new(hay).span(at..hay.len());
        let mut caps = self.vm.create_captures();
        match self.cache.try_borrow_mut() {
            Ok(mut cache) => self.vm.search(&mut cache, &input, &mut caps),
            // Searches never nest; should one ever, it gets scratch space of its own.
            Err(_) => self
                .vm
                .search(&mut self.vm.create_cache(), &input, &mut caps),
        }
        caps.is_match().then_some(caps)
    }

    /// How many groups a match reports, the whole match (group 0) included.
    pub(super) fn group_len(&self) -> usize {
        self.vm.get_nfa().group_info().group_len(PatternID::ZERO)
    }

    /// The named groups and their numbers.
    pub(super) fn names(&self) -> Vec<(String, usize)> {
        self.vm
            .get_nfa()
            .group_info()
            .pattern_names(PatternID::ZERO)
            .enumerate()
            .filter_map(|(i, n)| n.map(|n| (n.to_string(), i)))
            .collect()
    }
}
