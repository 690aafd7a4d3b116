//! Number formatting and parsing primitives (CPython-compatible), independent of the VM.
