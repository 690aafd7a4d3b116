//! Time and randomness as the policy allows them (Temporal-style determinism). The stdlib
//! modules (`time`, `datetime`, `random`) read the clock and entropy only through these
//! methods, so one policy setting makes a program byte-for-byte reproducible or forbids
//! the nondeterminism outright.

use crate::policy::{DeterminismMode, Violation, ViolationKind};

use super::error::{ExcKind, PyErr, PyResult};
use super::Vm;

/// The members whose whole job is to read the wall clock. They are one capability in
/// different forms (`today()` is `now()` without a zone, `time_ns()` is `time()` in
/// nanoseconds), so a denied member rule naming any of them refuses every wall-clock
/// read, including those of members that read it only when given no time (`ctime()`,
/// `localtime()`); see [`Vm::guard_clock`]. A rule naming one of those conditional
/// readers denies just that member.
const WALL_CLOCK: &[&str] = &[
    "time.time",
    "time.time_ns",
    "datetime.datetime.now",
    "datetime.datetime.today",
    "datetime.datetime.utcnow",
    "datetime.date.today",
];

/// The members that read elapsed time, one capability in the same sense.
const ELAPSED_CLOCK: &[&str] = &[
    "time.monotonic",
    "time.monotonic_ns",
    "time.perf_counter",
    "time.perf_counter_ns",
    "time.process_time",
    "time.process_time_ns",
    "time.thread_time",
    "time.thread_time_ns",
];

impl Vm {
    /// Milliseconds since the Unix epoch as the program sees them: the real clock plus
    /// whatever `sleep` added (Off), the policy's fixed start plus `sleep`s (Virtual), or
    /// a `determinism` violation (Forbid). `what` names the call, like `time.time`.
    pub fn now_ms(&mut self, what: &str) -> PyResult<f64> {
        self.guard_clock(what, WALL_CLOCK)?;
        match self.policy.determinism.mode {
            DeterminismMode::Off => Ok(crate::policy::clock::unix_ms() + self.slept_ms),
            DeterminismMode::Virtual => {
                Ok(self.policy.determinism.start_time_ms as f64 + self.slept_ms)
            }
            DeterminismMode::Forbid => Err(self.nondeterminism(what, "reading the clock")),
        }
    }

    /// Milliseconds on a monotonic clock (`time.monotonic`, `perf_counter`): elapsed run
    /// time plus `sleep`s, or virtual time only.
    pub fn monotonic_ms(&mut self, what: &str) -> PyResult<f64> {
        self.guard_clock(what, ELAPSED_CLOCK)?;
        match self.policy.determinism.mode {
            DeterminismMode::Off => Ok(self.started.elapsed_ms() as f64 + self.slept_ms),
            DeterminismMode::Virtual => Ok(self.slept_ms),
            DeterminismMode::Forbid => Err(self.nondeterminism(what, "reading the clock")),
        }
    }

    /// `time.sleep(seconds)`: never blocks (the page must stay responsive); it advances
    /// the clock the program sees.
    pub fn sleep(&mut self, seconds: f64) -> PyResult<()> {
        if seconds.is_nan() || seconds < 0.0 {
            return Err(PyErr::value_error("sleep length must be non-negative"));
        }
        self.slept_ms += seconds * 1000.0;
        Ok(())
    }

    /// A seed for an unseeded random generator: the policy's seed (Virtual), fresh
    /// entropy from the clock (Off), or a `determinism` violation (Forbid).
    pub fn entropy_seed(&mut self, what: &str) -> PyResult<u64> {
        match self.policy.determinism.mode {
            DeterminismMode::Off => {
                Ok(crate::policy::clock::unix_ms().to_bits() ^ self.instructions)
            }
            DeterminismMode::Virtual => Ok(self.policy.determinism.seed),
            DeterminismMode::Forbid => Err(self.nondeterminism(what, "unseeded randomness")),
        }
    }

    fn nondeterminism(&mut self, what: &str, doing: &str) -> PyErr {
        let message =
            format!("{doing} ({what}) is not allowed by the sandbox's determinism policy");
        let v = Violation::new(
            ViolationKind::Determinism,
            what,
            message.clone(),
            self.current_span(),
        );
        self.record(v);
        PyErr::new(ExcKind::PermissionError, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{Policy, Preset};

    fn vm(mode: DeterminismMode) -> Vm {
        let mut policy: Policy = Preset::Teaching.policy();
        policy.determinism.mode = mode;
        policy.determinism.seed = 42;
        policy.determinism.start_time_ms = 1_000_000;
        Vm::with_policy(policy)
    }

    #[test]
    fn virtual_clock_starts_fixed_and_moves_only_by_sleep() {
        let mut v = vm(DeterminismMode::Virtual);
        assert_eq!(v.now_ms("time.time").ok(), Some(1_000_000.0));
        assert_eq!(v.monotonic_ms("time.monotonic").ok(), Some(0.0));
        assert!(v.sleep(2.5).is_ok());
        assert_eq!(v.now_ms("time.time").ok(), Some(1_002_500.0));
        assert_eq!(v.monotonic_ms("time.monotonic").ok(), Some(2500.0));
        assert_eq!(v.entropy_seed("random.random").ok(), Some(42));
        assert!(v.violations.is_empty());
    }

    #[test]
    fn forbid_mode_reports_determinism_violations() {
        let mut v = vm(DeterminismMode::Forbid);
        assert!(v.now_ms("datetime.datetime.now").is_err());
        assert!(v.entropy_seed("random.random").is_err());
        let rules: Vec<&str> = v.violations.iter().map(|x| x.rule.as_str()).collect();
        assert_eq!(rules, ["datetime.datetime.now", "random.random"]);
        assert!(v
            .violations
            .iter()
            .all(|x| x.kind == ViolationKind::Determinism));
        assert!(v.sleep(1.0).is_ok());
    }

    #[test]
    fn real_clock_is_recent_and_sleep_never_blocks() {
        let mut v = vm(DeterminismMode::Off);
        let now = v.now_ms("time.time").unwrap_or(0.0);
        assert!(now > 1.7e12);
        let t = std::time::Instant::now();
        assert!(v.sleep(3600.0).is_ok());
        assert!(t.elapsed().as_millis() < 100);
        assert!(v.now_ms("time.time").unwrap_or(0.0) >= now + 3_600_000.0);
        assert!(v.sleep(-1.0).is_err());
    }
}
