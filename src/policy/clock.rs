//! The wall clock behind `timeout_ms`, `RunStats::wall_ms` and the real (non-virtual)
//! `time` module. `std::time` panics on wasm32, so there the clock is JavaScript's
//! `Date.now()` (through js-sys).

/// A point in time to measure elapsed milliseconds from.
#[derive(Debug, Clone, Copy)]
pub struct Instant {
    #[cfg(not(target_arch = "wasm32"))]
    start: std::time::Instant,
    #[cfg(target_arch = "wasm32")]
    start_ms: f64,
}

impl Instant {
    /// Now.
    pub fn now() -> Instant {
        Instant {
            #[cfg(not(target_arch = "wasm32"))]
            start: std::time::Instant::now(),
            #[cfg(target_arch = "wasm32")]
            start_ms: js_sys::Date::now(),
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
            // `max` turns NaN into 0; only an infinite difference is out of range.
            num_traits::ToPrimitive::to_u64(&(js_sys::Date::now() - self.start_ms).max(0.0))
                .unwrap_or(u64::MAX)
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
        js_sys::Date::now()
    }
}
