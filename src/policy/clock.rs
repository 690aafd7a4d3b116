//! The wall clock behind `timeout_ms`, `RunStats::wall_ms` and the real (non-virtual)
//! `time` module. `std::time` panics on wasm32, so there the clock comes from the host:
//! the wasm bindings install the browser's `performance.now()` and `Date.now()` with
//! [`install_host_clock`]; until they do, it reads zero.

/// A point in time to measure elapsed milliseconds from.
#[derive(Debug, Clone, Copy)]
pub struct Instant {
    #[cfg(not(target_arch = "wasm32"))]
    start: std::time::Instant,
    #[cfg(target_arch = "wasm32")]
    start_ms: f64,
}

/// Clock readings supplied by the host on targets without a system clock.
#[derive(Debug, Clone, Copy)]
pub struct HostClock {
    /// Milliseconds from an arbitrary start, never going backwards.
    pub monotonic_ms: fn() -> f64,
    /// Milliseconds since the Unix epoch.
    pub unix_ms: fn() -> f64,
}

#[cfg(target_arch = "wasm32")]
static HOST_CLOCK: std::sync::OnceLock<HostClock> = std::sync::OnceLock::new();

/// Installs the host's clock (once; later calls are ignored). Native builds read the
/// system clock and ignore it.
pub fn install_host_clock(clock: HostClock) {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = HOST_CLOCK.set(clock);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = clock;
    }
}

#[cfg(target_arch = "wasm32")]
fn host_reading(pick: fn(&HostClock) -> fn() -> f64) -> f64 {
    HOST_CLOCK.get().map_or(0.0, |c| pick(c)())
}

impl Instant {
    /// Now.
    pub fn now() -> Instant {
        Instant {
            #[cfg(not(target_arch = "wasm32"))]
            start: std::time::Instant::now(),
            #[cfg(target_arch = "wasm32")]
            start_ms: host_reading(|c| c.monotonic_ms),
        }
    }

    /// Milliseconds since `self`.
    pub fn elapsed_ms(&self) -> u64 {
        #[cfg(not(target_arch = "wasm32"))]
        {
            u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX)
        }
        #[cfg(target_arch = "wasm32")]
        {
            let ms = host_reading(|c| c.monotonic_ms) - self.start_ms;
            // A float-to-int `as` saturates (NaN gives 0): no wrap.
            ms.max(0.0) as u64
        }
    }
}

/// Milliseconds since the Unix epoch from the real clock.
pub fn unix_ms() -> f64 {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    }
    #[cfg(target_arch = "wasm32")]
    {
        host_reading(|c| c.unix_ms)
    }
}
