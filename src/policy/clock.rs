//! The wall clock behind `timeout_ms` and `RunStats::wall_ms`. `std::time::Instant`
//! panics on wasm32, so there the clock reads zero until the wasm bindings supply the
//! browser's.

/// A point in time to measure elapsed milliseconds from.
#[derive(Debug, Clone, Copy)]
pub struct Instant {
    #[cfg(not(target_arch = "wasm32"))]
    start: std::time::Instant,
}

impl Instant {
    /// Now.
    pub fn now() -> Instant {
        Instant {
            #[cfg(not(target_arch = "wasm32"))]
            start: std::time::Instant::now(),
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
            0
        }
    }
}

/// Milliseconds since the Unix epoch from the real clock (0 on wasm32 until the wasm
/// bindings supply the browser's clock).
pub fn unix_ms() -> f64 {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    }
    #[cfg(target_arch = "wasm32")]
    {
        0.0
    }
}
