//! Policies, violations and run statistics as plain JS objects, and policies read back
//! from them, for the wasm bindings (`wasm.rs`). Written out by hand rather than through
//! serde: the generic serialiser and deserialiser were 14 KB of the gzipped download
//! for these few small structs. The shapes are those of the CLI's JSON (`sandpit policy
//! NAME`): field names as in Rust, enums in lowercase, a `None` limit as `null`.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::policy::{
    Determinism, DeterminismMode, Limits, Policy, RunStats, Violation, ViolationKind,
};

fn set(obj: &Object, key: &str, value: JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(obj, &JsValue::from_str(key), &value);
}

/// A JS number; every count here is far below 2^53, where numbers stop being exact.
fn number(n: u64) -> JsValue {
    JsValue::from_f64(n as f64)
}

fn strings(items: &[String]) -> JsValue {
    items
        .iter()
        .map(|s| JsValue::from_str(s))
        .collect::<Array>()
        .into()
}

/// A policy as an object.
pub(crate) fn policy_to_js(p: &Policy) -> JsValue {
    let limits = Object::new();
    let l = &p.limits;
    set(&limits, "max_memory", number(l.max_memory as u64));
    set(&limits, "max_stack_depth", number(l.max_stack_depth as u64));
    let optional = |v: Option<u64>| v.map_or(JsValue::NULL, number);
    set(&limits, "max_instructions", optional(l.max_instructions));
    set(&limits, "timeout_ms", optional(l.timeout_ms));
    set(
        &limits,
        "max_output_bytes",
        number(l.max_output_bytes as u64),
    );
    let determinism = Object::new();
    let d = &p.determinism;
    set(&determinism, "mode", JsValue::from_str(mode_name(d.mode)));
    set(&determinism, "seed", number(d.seed));
    set(&determinism, "start_time_ms", number(d.start_time_ms));
    let obj = Object::new();
    set(&obj, "limits", limits.into());
    set(&obj, "allowed_modules", strings(&p.allowed_modules));
    set(&obj, "denied_members", strings(&p.denied_members));
    set(&obj, "allowed_dunders", strings(&p.allowed_dunders));
    set(&obj, "determinism", determinism.into());
    set(&obj, "host_functions", strings(&p.host_functions));
    obj.into()
}

const MODES: [(&str, DeterminismMode); 3] = [
    ("off", DeterminismMode::Off),
    ("virtual", DeterminismMode::Virtual),
    ("forbid", DeterminismMode::Forbid),
];

fn mode_name(mode: DeterminismMode) -> &'static str {
    MODES
        .iter()
        .find(|(_, m)| *m == mode)
        .map_or("off", |(name, _)| name)
}

fn kind_name(kind: ViolationKind) -> &'static str {
    match kind {
        ViolationKind::Import => "import",
        ViolationKind::Member => "member",
        ViolationKind::Dunder => "dunder",
        ViolationKind::Builtin => "builtin",
        ViolationKind::Limit => "limit",
        ViolationKind::Determinism => "determinism",
        ViolationKind::Host => "host",
    }
}

/// Violations as an array of objects.
pub(crate) fn violations_to_js(violations: &[Violation]) -> JsValue {
    violations
        .iter()
        .map(|v| {
            let obj = Object::new();
            set(&obj, "kind", JsValue::from_str(kind_name(v.kind)));
            set(&obj, "rule", JsValue::from_str(&v.rule));
            set(&obj, "message", JsValue::from_str(&v.message));
            set(&obj, "line", number(v.line.into()));
            set(&obj, "col", number(v.col.into()));
            set(&obj, "end_line", number(v.end_line.into()));
            set(&obj, "end_col", number(v.end_col.into()));
            JsValue::from(obj)
        })
        .collect::<Array>()
        .into()
}

/// A run's statistics as an object.
pub(crate) fn stats_to_js(s: &RunStats) -> JsValue {
    let obj = Object::new();
    set(&obj, "instructions", number(s.instructions));
    set(
        &obj,
        "peak_memory_bytes",
        number(s.peak_memory_bytes as u64),
    );
    set(&obj, "wall_ms", number(s.wall_ms));
    set(&obj, "output_bytes", number(s.output_bytes as u64));
    obj.into()
}

/// Reads a policy from `value`, plain JSON data (the caller's round trip through
/// `JSON`): a field left out keeps its default, a key the policy does not have is
/// refused, as the CLI's JSON reader refuses it. Errors name the field.
pub(crate) fn policy_from_js(value: &JsValue) -> Result<Policy, String> {
    let mut p = Policy::default();
    for (key, v) in fields(value, "the policy", &POLICY_KEYS)? {
        match key.as_str() {
            "limits" => p.limits = limits_from_js(&v)?,
            "allowed_modules" => p.allowed_modules = strings_from_js(&v, &key)?,
            "denied_members" => p.denied_members = strings_from_js(&v, &key)?,
            "allowed_dunders" => p.allowed_dunders = strings_from_js(&v, &key)?,
            "determinism" => p.determinism = determinism_from_js(&v)?,
            _ => p.host_functions = strings_from_js(&v, &key)?,
        }
    }
    Ok(p)
}

const POLICY_KEYS: [&str; 6] = [
    "limits",
    "allowed_modules",
    "denied_members",
    "allowed_dunders",
    "determinism",
    "host_functions",
];

fn limits_from_js(value: &JsValue) -> Result<Limits, String> {
    let mut l = Limits::default();
    for (key, v) in fields(value, "limits", &LIMIT_KEYS)? {
        let path = format!("limits.{key}");
        match key.as_str() {
            "max_memory" => l.max_memory = size(&v, &path)?,
            "max_stack_depth" => l.max_stack_depth = size(&v, &path)?,
            "max_instructions" => l.max_instructions = optional(&v, &path)?,
            "timeout_ms" => l.timeout_ms = optional(&v, &path)?,
            _ => l.max_output_bytes = size(&v, &path)?,
        }
    }
    Ok(l)
}

const LIMIT_KEYS: [&str; 5] = [
    "max_memory",
    "max_stack_depth",
    "max_instructions",
    "timeout_ms",
    "max_output_bytes",
];

fn determinism_from_js(value: &JsValue) -> Result<Determinism, String> {
    let mut d = Determinism::default();
    for (key, v) in fields(value, "determinism", &["mode", "seed", "start_time_ms"])? {
        let path = format!("determinism.{key}");
        match key.as_str() {
            "mode" => {
                let name = v.as_string().unwrap_or_default();
                d.mode = MODES
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, m)| *m)
                    .ok_or_else(|| format!("{path} must be 'off', 'virtual' or 'forbid'"))?;
            }
            "seed" => d.seed = integer(&v, &path)?,
            _ => d.start_time_ms = integer(&v, &path)?,
        }
    }
    Ok(d)
}

/// The key/value pairs of object `value` (named `what` in errors), each key one of
/// `known`.
fn fields(value: &JsValue, what: &str, known: &[&str]) -> Result<Vec<(String, JsValue)>, String> {
    if !value.is_object() || Array::is_array(value) {
        return Err(format!("{what} must be an object"));
    }
    let entries = Object::entries(value.unchecked_ref::<Object>());
    let mut out = Vec::new();
    for entry in entries.iter() {
        let pair: Array = entry.unchecked_into();
        let key = pair.get(0).as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            let path = if what == "the policy" {
                key
            } else {
                format!("{what}.{key}")
            };
            return Err(format!("unknown field `{path}`"));
        }
        out.push((key, pair.get(1)));
    }
    Ok(out)
}

/// A non-negative integer that JS numbers hold exactly.
fn integer(value: &JsValue, path: &str) -> Result<u64, String> {
    const MAX_SAFE: f64 = 9_007_199_254_740_991.0;
    match value.as_f64() {
        Some(f) if f.fract() == 0.0 && (0.0..=MAX_SAFE).contains(&f) => {
            num_traits::ToPrimitive::to_u64(&f)
                .ok_or_else(|| format!("{path} must be a non-negative integer"))
        }
        _ => Err(format!("{path} must be a non-negative integer")),
    }
}

fn size(value: &JsValue, path: &str) -> Result<usize, String> {
    usize::try_from(integer(value, path)?).map_err(|_| format!("{path} is too large"))
}

/// An integer, or null for no limit.
fn optional(value: &JsValue, path: &str) -> Result<Option<u64>, String> {
    if value.is_null() {
        return Ok(None);
    }
    integer(value, path)
        .map(Some)
        .map_err(|e| format!("{e} or null"))
}

fn strings_from_js(value: &JsValue, path: &str) -> Result<Vec<String>, String> {
    let items = value
        .dyn_ref::<Array>()
        .ok_or_else(|| format!("{path} must be an array of strings"))?;
    items
        .iter()
        .map(|item| {
            item.as_string()
                .ok_or_else(|| format!("{path} must be an array of strings"))
        })
        .collect()
}
