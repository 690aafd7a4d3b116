//! Enforcing the policy's limits inside the runtime: instruction fuel and wall-clock
//! time (checked in the dispatch loop), live memory (checked before big allocations and
//! after every instruction), stack depth and output size. Each breach raises a Python
//! exception and records a `limit` violation. Fuel, time and output breaches stay
//! tripped: every later instruction raises again, so `except` cannot swallow them.

use crate::policy::{Violation, ViolationKind, MAX_VIOLATIONS};
use crate::syntax::span::Span;
use crate::value::{heap, Value};

use super::error::{ExcKind, PyErr, PyResult};
use super::Vm;

/// How many instructions run between wall-clock reads.
const CLOCK_EVERY: u64 = 4096;

/// The marker appended where output was cut off.
pub const TRUNCATION_MARKER: &str = "\n[output truncated: the sandbox output limit was reached]\n";

fn mib(bytes: usize) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

impl Vm {
    /// The source position being executed, for violations raised at run time.
    pub fn current_span(&self) -> Span {
        // Inside Sandpit's own stdlib code, point at the user's line that called it.
        let line = self
            .frames
            .iter()
            .rev()
            .find(|f| !f.code.flags.trusted)
            .map_or(0, |f| f.line());
        Span {
            line,
            col: 1,
            end_line: line,
            end_col: 1,
            ..Span::default()
        }
    }

    /// Records a violation once per kind, rule and line. A program refused in a loop
    /// with ever new names (`getattr(x, f'__{i}__')`) would otherwise grow the list
    /// without end, outside the memory limit: past `MAX_VIOLATIONS` only the limit that
    /// ends the run is still recorded.
    pub fn record(&mut self, v: Violation) {
        if self.violations.len() >= MAX_VIOLATIONS && v.kind != ViolationKind::Limit {
            return;
        }
        let seen = self
            .violations
            .iter()
            .any(|o| o.kind == v.kind && o.rule == v.rule && o.line == v.line);
        if !seen {
            self.violations.push(v);
        }
    }

    /// Breaks the run for good: records `rule`, and makes every later instruction raise
    /// the same error.
    fn trip(&mut self, rule: &str, kind: ExcKind, message: String) -> PyErr {
        let span = self.current_span();
        self.record(Violation::limit(rule, message.clone(), span));
        self.tripped = Some((kind, message.clone()));
        self.next_check = self.instructions;
        PyErr::new(kind, message)
    }

    /// Runs after each instruction once the fuel mark is reached or memory is over the
    /// limit: the single choke point for fuel, time and memory.
    pub(super) fn check_limits(&mut self) -> PyResult<()> {
        if let Some((kind, message)) = &self.tripped {
            return Err(PyErr::new(*kind, message.clone()));
        }
        if heap::over_limit() {
            return Err(self.memory_error());
        }
        if let Some(max) = self.policy.limits.max_instructions {
            if self.instructions > max {
                let msg =
                    format!("the sandbox instruction budget ({max} instructions) was used up");
                return Err(self.trip("max_instructions", ExcKind::TimeoutError, msg));
            }
        }
        if let Some(ms) = self.policy.limits.timeout_ms {
            if self.running_ms() > ms {
                let msg = format!("the sandbox time limit ({ms} ms) was reached");
                return Err(self.trip("timeout_ms", ExcKind::TimeoutError, msg));
            }
        }
        let mut next = self.instructions.saturating_add(CLOCK_EVERY);
        if let Some(max) = self.policy.limits.max_instructions {
            next = next.min(max.saturating_add(1));
        }
        self.next_check = next;
        Ok(())
    }

    /// Spends `n` units of fuel for work a builtin does in one call (sorting, copying,
    /// big-int arithmetic), so no single call escapes the budget.
    pub fn charge_fuel(&mut self, n: u64) -> PyResult<()> {
        self.instructions = self.instructions.saturating_add(n);
        if self.instructions >= self.next_check {
            self.check_limits()?;
        }
        Ok(())
    }

    /// Spends fuel for a native scan that compared `items` values (`in` on a list or
    /// tuple, `count`, `index`, `remove`, sequence comparison): an eighth of an
    /// instruction each, so such a loop's time stays in step with its budget.
    pub fn charge_scan(&mut self, items: usize) -> PyResult<()> {
        self.charge_fuel(u64::try_from(items / 8).unwrap_or(u64::MAX))
    }

    pub(super) fn memory_error(&mut self) -> PyErr {
        let max = self.policy.limits.max_memory;
        let msg = format!("the sandbox memory limit ({}) was exceeded", mib(max));
        let span = self.current_span();
        self.record(Violation::limit("max_memory", msg.clone(), span));
        PyErr::new(ExcKind::MemoryError, msg)
    }

    /// Fails with `MemoryError` before building something of `unit * count` bytes that
    /// would take live memory past the limit (and charges fuel for the copying).
    pub fn check_alloc(&mut self, unit: usize, count: usize) -> PyResult<()> {
        let bytes = unit.saturating_mul(count);
        let room = self
            .policy
            .limits
            .max_memory
            .saturating_sub(heap::used_bytes());
        if bytes > room {
            return Err(self.memory_error());
        }
        self.charge_fuel((bytes / 64) as u64)
    }

    /// A `str` of `text` a builtin built, refused with `MemoryError` when it would take
    /// live memory past the limit: checking before the value is made keeps one call from
    /// passing the limit by a whole copy of its input.
    pub fn new_str(&mut self, text: String) -> PyResult<Value> {
        self.check_alloc(1, text.len())?;
        Ok(Value::str(text))
    }

    /// How many bytes a single new object may still take (format widths and the like).
    pub fn alloc_room(&self) -> usize {
        self.policy
            .limits
            .max_memory
            .saturating_sub(heap::used_bytes())
    }

    /// The largest text one formatting operation may build: what memory the policy has
    /// left, and never more than [`FORMAT_LIMIT`](super::repr::FORMAT_LIMIT).
    pub fn format_limit(&self) -> usize {
        self.alloc_room().min(super::repr::FORMAT_LIMIT)
    }

    /// A formatting error as a Python exception; an oversized result is the memory
    /// limit speaking, so it records that violation.
    pub fn format_error(&mut self, e: crate::format::FormatError) -> PyErr {
        match e.exception_type() {
            "MemoryError" => self.memory_error(),
            kind => PyErr::new(super::repr::exc_kind_named(kind), e.to_string()),
        }
    }

    /// The `RecursionError` for a call past the recursion limit. It is a violation only
    /// when the limit is the policy's `max_stack_depth`: a limit the program lowered
    /// itself (`sys.setrecursionlimit`) is plain Python behaviour.
    pub fn recursion_error(&mut self) -> PyErr {
        let max = self.policy.limits.max_stack_depth;
        if self.max_depth >= max {
            let span = self.current_span();
            self.record(Violation::limit(
                "max_stack_depth",
                format!("the sandbox stack depth limit ({max} frames) was reached"),
                span,
            ));
        }
        PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded")
    }

    /// Milliseconds the run has been running, without the time it spent suspended.
    pub(super) fn running_ms(&self) -> u64 {
        self.started.elapsed_ms().saturating_sub(self.paused_ms)
    }

    /// Stops counting time against `timeout_ms` while the host answers a call.
    pub(super) fn pause_clock(&mut self) {
        self.paused_at = Some(crate::policy::clock::Instant::now());
    }

    /// Counts time again after a suspension.
    pub(super) fn resume_clock(&mut self) {
        if let Some(at) = self.paused_at.take() {
            self.paused_ms = self.paused_ms.saturating_add(at.elapsed_ms());
        }
    }

    /// Appends to the program's stdout, up to `max_output_bytes`: past it the output is
    /// cut (on a character boundary), marked, and the run is stopped.
    pub fn write_stdout(&mut self, text: &str) -> PyResult<()> {
        let max = self.policy.limits.max_output_bytes;
        let room = max.saturating_sub(self.output_bytes);
        if text.len() <= room {
            self.stdout.push_str(text);
            self.output_bytes += text.len();
            if let Some(host) = &self.host {
                host.output(text);
            }
            return Ok(());
        }
        let mut cut = room;
        while cut > 0 && !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let kept = text.get(..cut).unwrap_or("");
        self.stdout.push_str(kept);
        self.output_bytes += cut;
        self.stdout.push_str(TRUNCATION_MARKER);
        if let Some(host) = &self.host {
            host.output(kept);
            host.output(TRUNCATION_MARKER);
        }
        let msg = format!("the sandbox output limit ({max} bytes) was reached");
        Err(self.trip("max_output_bytes", ExcKind::RuntimeError, msg))
    }
}
