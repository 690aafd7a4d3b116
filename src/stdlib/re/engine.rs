//! The matching engine behind `re`: a Pike VM, the Thompson NFA simulation that also
//! reports groups. It runs every thread of the program in step over the text, in
//! priority order, so a search takes time linear in the text (times the program's
//! size) whatever the pattern, and the leftmost match it reports is the one a
//! backtracking engine (CPython's) would find first. Our own, not the `regex` crate's:
//! the crate's parser and Unicode tables were about a seventh of the wasm download.

use std::cell::RefCell;

use super::program::{self, char_matches, is_word, Flags, Inst, Look};

pub(super) use program::BuildError;

/// How many thread steps a search takes between two reports to its caller's budget.
const CHARGE_EVERY: usize = 4096;

/// A compiled pattern and the scratch space its searches reuse.
pub(super) struct Program {
    insts: Vec<Inst>,
    slots: usize,
    names: Vec<(String, usize)>,
    scratch: RefCell<Option<Scratch>>,
}

/// How a pattern's syntax is read: the flags `re` hands the engine rather than
/// spelling them in the translated pattern.
pub(super) struct Options {
    pub case_insensitive: bool,
    pub multi_line: bool,
    pub dot_matches_new_line: bool,
    /// The most heap the compiled program (and a search's thread lists) may use.
    pub size_limit: usize,
}

/// A match's groups: the start and end byte offset of each, when it took part.
pub(super) struct Captures {
    slots: Vec<Option<usize>>,
}

/// Where a group matched, in bytes.
pub(super) struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub(super) fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

impl Captures {
    /// How many groups there are, the whole match (group 0) included.
    pub(super) fn group_len(&self) -> usize {
        self.slots.len() / 2
    }

    /// Where group `i` matched, or None if it did not take part.
    pub(super) fn get_group(&self, i: usize) -> Option<Span> {
        let start = (*self.slots.get(2 * i)?)?;
        let end = (*self.slots.get(2 * i + 1)?)?;
        Some(Span { start, end })
    }
}

impl Program {
    /// Compiles `pattern` (in the translator's syntax) read with `options`.
    pub(super) fn new(pattern: &str, options: &Options) -> Result<Program, BuildError> {
        let flags = Flags {
            fold: options.case_insensitive,
            multi_line: options.multi_line,
            dot_all: options.dot_matches_new_line,
            ascii: false,
        };
        let compiled = program::compile(pattern, flags, options.size_limit)?;
        Ok(Program {
            insts: compiled.insts,
            slots: compiled.slots,
            names: compiled.names,
            scratch: RefCell::new(None),
        })
    }

    /// The groups of the leftmost-first match in `hay[at..]` (what comes before `at`
    /// still counts for `^` and `\b`), or None. `charge` is told, now and then, how
    /// many thread steps the search took since it was last told: a long text times a
    /// long program is a lot of work, which the caller's budget must be able to stop.
    pub(super) fn captures_at<E>(
        &self,
        hay: &str,
        at: usize,
        charge: &mut impl FnMut(usize) -> Result<(), E>,
    ) -> Result<Option<Captures>, E> {
        match self.scratch.try_borrow_mut() {
            Ok(mut cached) => {
                let scratch = cached.get_or_insert_with(|| Scratch::new(self));
                self.search(scratch, hay, at, charge)
            }
            // Searches never nest; should one ever, it gets scratch space of its own.
            Err(_) => self.search(&mut Scratch::new(self), hay, at, charge),
        }
    }

    /// How many groups a match reports, the whole match (group 0) included.
    pub(super) fn group_len(&self) -> usize {
        self.slots / 2
    }

    /// The named groups and their numbers.
    pub(super) fn names(&self) -> Vec<(String, usize)> {
        self.names.clone()
    }

    fn search<E>(
        &self,
        s: &mut Scratch,
        hay: &str,
        at: usize,
        charge: &mut impl FnMut(usize) -> Result<(), E>,
    ) -> Result<Option<Captures>, E> {
        let mut matched: Option<Vec<Option<usize>>> = None;
        let mut steps = 0;
        s.current.clear();
        s.next.clear();
        let mut pos = at;
        loop {
            if matched.is_none() {
                // A new thread starting here, after (below) every older one.
                s.slots.iter_mut().for_each(|v| *v = None);
                self.add(&mut s.current, &mut s.stack, &mut s.slots, 0, hay, pos);
            }
            if s.current.dense.is_empty() && matched.is_some() {
                break;
            }
            steps += s.current.dense.len();
            if steps >= CHARGE_EVERY {
                charge(steps)?;
                steps = 0;
            }
            let ch = hay.get(pos..).and_then(|rest| rest.chars().next());
            let next_pos = pos + ch.map_or(0, char::len_utf8);
            for k in 0..s.current.dense.len() {
                let Some(&pc) = s.current.dense.get(k) else {
                    break;
                };
                let consumed = match (self.insts.get(pc), ch) {
                    (Some(Inst::Match), _) => {
                        matched = s.current.slots_of(pc, self.slots).map(<[_]>::to_vec);
                        // Threads below this one have lower priority: they are dropped.
                        break;
                    }
                    (Some(Inst::Char { c, fold }), Some(ch)) => char_matches(ch, *c, *fold),
                    (Some(Inst::Class(class)), Some(ch)) => class.matches(ch),
                    (Some(Inst::Any { dot_all }), Some(ch)) => *dot_all || ch != '\n',
                    _ => false,
                };
                if consumed {
                    if let Some(from) = s.current.slots_of(pc, self.slots) {
                        s.slots.copy_from_slice(from);
                    }
                    self.add(
                        &mut s.next,
                        &mut s.stack,
                        &mut s.slots,
                        pc + 1,
                        hay,
                        next_pos,
                    );
                }
            }
            if ch.is_none() {
                break;
            }
            pos = next_pos;
            std::mem::swap(&mut s.current, &mut s.next);
            s.next.clear();
        }
        charge(steps)?;
        Ok(matched.map(|slots| Captures { slots }))
    }

    /// Adds the thread at `pc` (with capture slots `slots`) to `list`, following jumps,
    /// splits, saves and assertions at `pos` to the instructions that consume a
    /// character or match. An explicit stack, not recursion: a program may be long.
    fn add(
        &self,
        list: &mut Threads,
        stack: &mut Vec<Frame>,
        slots: &mut [Option<usize>],
        pc: usize,
        hay: &str,
        pos: usize,
    ) {
        stack.clear();
        stack.push(Frame::Explore(pc));
        while let Some(frame) = stack.pop() {
            let pc = match frame {
                Frame::Explore(pc) => pc,
                Frame::Restore(slot, old) => {
                    if let Some(v) = slots.get_mut(slot) {
                        *v = old;
                    }
                    continue;
                }
            };
            if !list.insert(pc) {
                continue;
            }
            match self.insts.get(pc) {
                Some(Inst::Jmp(to)) => stack.push(Frame::Explore(*to)),
                Some(Inst::Split(first, second)) => {
                    stack.push(Frame::Explore(*second));
                    stack.push(Frame::Explore(*first));
                }
                Some(Inst::Save(slot)) => {
                    if let Some(v) = slots.get_mut(*slot) {
                        stack.push(Frame::Restore(*slot, *v));
                        *v = Some(pos);
                    }
                    stack.push(Frame::Explore(pc + 1));
                }
                Some(Inst::Look(look)) if holds(*look, hay, pos) => {
                    stack.push(Frame::Explore(pc + 1));
                }
                Some(Inst::Look(_)) => {}
                Some(_) => list.set_slots(pc, self.slots, slots),
                None => {}
            }
        }
    }
}

/// Whether a zero-width assertion holds at `pos`.
fn holds(look: Look, hay: &str, pos: usize) -> bool {
    let before = hay.get(..pos).and_then(|s| s.chars().next_back());
    let after = hay.get(pos..).and_then(|s| s.chars().next());
    match look {
        Look::Start => pos == 0,
        Look::End => pos == hay.len(),
        Look::LineStart => before.is_none_or(|c| c == '\n'),
        Look::LineEnd => after.is_none_or(|c| c == '\n'),
        Look::Boundary { ascii, negated } => {
            let word = |c: Option<char>| c.is_some_and(|c| is_word(c, ascii));
            (word(before) != word(after)) != negated
        }
    }
}

/// A step of [`Program::add`]'s walk.
enum Frame {
    Explore(usize),
    /// Puts a capture slot back once the walk below a `Save` is done.
    Restore(usize, Option<usize>),
}

/// The threads at one position: a sparse set of instruction numbers in priority order,
/// with each thread's capture slots.
struct Threads {
    dense: Vec<usize>,
    /// Where each instruction sits in `dense` (meaningful only when it points back).
    sparse: Vec<usize>,
    slots: Vec<Option<usize>>,
}

impl Threads {
    fn new(insts: usize, slots: usize) -> Threads {
        Threads {
            dense: Vec::with_capacity(insts),
            sparse: vec![0; insts],
            slots: vec![None; insts * slots],
        }
    }

    fn clear(&mut self) {
        self.dense.clear();
    }

    /// Adds `pc`; false if it was there already.
    fn insert(&mut self, pc: usize) -> bool {
        let Some(&at) = self.sparse.get(pc) else {
            return false;
        };
        if self.dense.get(at) == Some(&pc) {
            return false;
        }
        if let Some(slot) = self.sparse.get_mut(pc) {
            *slot = self.dense.len();
        }
        self.dense.push(pc);
        true
    }

    fn slots_of(&self, pc: usize, n: usize) -> Option<&[Option<usize>]> {
        self.slots.get(pc * n..pc * n + n)
    }

    fn set_slots(&mut self, pc: usize, n: usize, from: &[Option<usize>]) {
        if let Some(to) = self.slots.get_mut(pc * n..pc * n + n) {
            to.copy_from_slice(from);
        }
    }
}

/// A search's working space, kept with the program between searches.
struct Scratch {
    current: Threads,
    next: Threads,
    stack: Vec<Frame>,
    slots: Vec<Option<usize>>,
}

impl Scratch {
    fn new(p: &Program) -> Scratch {
        Scratch {
            current: Threads::new(p.insts.len(), p.slots),
            next: Threads::new(p.insts.len(), p.slots),
            stack: Vec::new(),
            slots: vec![None; p.slots],
        }
    }
}
