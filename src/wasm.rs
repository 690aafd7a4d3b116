//! The WebAssembly bindings: the only file that knows about wasm-bindgen (the core
//! touches JS once more, for the clock: `policy::clock` reads js-sys's `Date.now()`). It exports a
//! raw `RawSandbox` class that `www/sandpit.js` wraps into the documented JS API
//! (`www/sandpit.d.ts`): the wrapper adds the async loop of `runAsync` and turns a trap
//! (a Rust panic) into an `InternalError` result, which only JS can catch. The wasm build
//! aborts on a panic at once, without formatting a message (`scripts/build-wasm.sh`), so
//! there is no panic hook here: the message would never reach it.
//!
//! Values cross as plain objects built by `wasm_objects.rs` where they are Rust structs
//! (policies, violations, stats) and through [`HostValue`] where they are Python values: ints
//! beyond ±2^53 become JS `BigInt`s, bytes `Uint8Array`s, dicts with only str keys plain
//! objects (other dicts `Map`s), tuples and sets arrays.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::host::{Host, HostCall, HostError, HostReply, HostValue};
use crate::policy::{Policy, Preset};
use crate::wasm_objects::{
    policy_from_js as policy_from_object, policy_to_js, stats_to_js, violations_to_js,
};
use crate::{RunOutput, RunState, Sandbox, Session, SuspendedRun};

/// Largest integer a JS number holds exactly.
const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;

/// How deep a JS value may nest when it crosses into Python (cycles hit it too).
const MAX_NESTING: usize = 100;

/// Panics on purpose, so tests can check that a panic becomes an `InternalError`.
#[wasm_bindgen(js_name = panicForTests)]
pub fn panic_for_tests() {
    panic!("panic requested by a test");
}

/// The presets, by name, as policy objects.
#[wasm_bindgen]
pub fn presets() -> JsValue {
    let out = Object::new();
    for preset in Preset::ALL {
        set(&out, preset.name(), policy_to_js(&preset.policy()));
    }
    out.into()
}

fn set(obj: &Object, key: &str, value: JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(obj, &JsValue::from_str(key), &value);
}

/// The page's side of the boundary: its registered functions, its output callback and
/// the promise of the async call a run is waiting on.
#[derive(Default)]
struct JsHost {
    functions: RefCell<Vec<(String, Function)>>,
    on_output: RefCell<Option<Function>>,
    pending: RefCell<Option<js_sys::Promise>>,
}

impl Host for JsHost {
    fn names(&self) -> Vec<String> {
        self.functions
            .borrow()
            .iter()
            .map(|(n, _)| n.clone())
            .collect()
    }

    fn call(&self, call: HostCall, can_suspend: bool) -> HostReply {
        let func = self
            .functions
            .borrow()
            .iter()
            .find(|(n, _)| *n == call.name)
            .map(|(_, f)| f.clone());
        let Some(func) = func else {
            return HostReply::Raise(HostError {
                exc_type: "RuntimeError".into(),
                message: format!("host function '{}' is not registered", call.name),
            });
        };
        let args: Array = call.args.iter().map(host_to_js).collect();
        if !call.kwargs.is_empty() {
            // JS has no keyword arguments: they arrive as one trailing object.
            let kw = Object::new();
            for (k, v) in &call.kwargs {
                set(&kw, k, host_to_js(v));
            }
            args.push(&kw);
        }
        match func.apply(&JsValue::NULL, &args) {
            Err(e) => HostReply::Raise(js_error(&e)),
            Ok(v) => match v.dyn_into::<js_sys::Promise>() {
                Ok(promise) => {
                    if can_suspend {
                        *self.pending.borrow_mut() = Some(promise);
                    } else {
                        // Nobody will await it: keep a rejection from going unhandled.
                        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
                        let _ = promise.catch(&ignore);
                        ignore.forget();
                    }
                    HostReply::Suspend
                }
                Err(v) => match js_to_host(&v, 0) {
                    Ok(h) => HostReply::Return(h),
                    Err(why) => HostReply::Raise(HostError {
                        exc_type: "TypeError".into(),
                        message: format!("{}() returned {why}", call.name),
                    }),
                },
            },
        }
    }

    fn output(&self, text: &str) {
        let callback = self.on_output.borrow().clone();
        if let Some(f) = callback {
            // An exception in the page's callback must not break the run.
            let _ = f.call1(&JsValue::NULL, &JsValue::from_str(text));
        }
    }
}

/// A JS exception as a host error: an `Error`'s `name` picks the Python class (a JS
/// `TypeError` stays a `TypeError`; unknown names become `RuntimeError`).
fn js_error(e: &JsValue) -> HostError {
    let field = |key: &str| {
        Reflect::get(e, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_string())
    };
    match (field("name"), field("message")) {
        (Some(name), Some(message)) if e.is_object() => HostError {
            exc_type: if name == "RangeError" {
                "ValueError".into()
            } else {
                name
            },
            message,
        },
        _ => HostError {
            exc_type: "RuntimeError".into(),
            message: e
                .as_string()
                .unwrap_or_else(|| String::from(js_sys::JsString::from(e.clone()))),
        },
    }
}

/// A JS value as a host value: null/undefined → None, booleans, numbers (integral ones
/// within ±2^53 as ints), BigInts, strings, Uint8Arrays (bytes), arrays (lists), Maps
/// and plain objects (dicts).
fn js_to_host(v: &JsValue, depth: usize) -> Result<HostValue, String> {
    if depth > MAX_NESTING {
        return Err("a value nested too deeply (or containing itself)".into());
    }
    if v.is_null() || v.is_undefined() {
        return Ok(HostValue::None);
    }
    if let Some(b) = v.as_bool() {
        return Ok(HostValue::Bool(b));
    }
    if let Some(f) = v.as_f64() {
        let integral = f.fract() == 0.0 && f.abs() <= MAX_SAFE_INTEGER as f64;
        return Ok(match num_traits::ToPrimitive::to_i64(&f) {
            Some(i) if integral => HostValue::Int(i),
            _ => HostValue::Float(f),
        });
    }
    if v.is_bigint() {
        let text = js_sys::BigInt::from(v.clone())
            .to_string(10)
            .map(String::from)
            .map_err(|_| "a BigInt that cannot be read".to_string())?;
        return Ok(match text.parse::<i64>() {
            Ok(i) => HostValue::Int(i),
            Err(_) => HostValue::BigInt(text),
        });
    }
    if let Some(s) = v.as_string() {
        return Ok(HostValue::Str(s));
    }
    if let Some(bytes) = v.dyn_ref::<Uint8Array>() {
        return Ok(HostValue::Bytes(bytes.to_vec()));
    }
    if let Some(items) = v.dyn_ref::<Array>() {
        let mut out = Vec::new();
        for item in items.iter() {
            out.push(js_to_host(&item, depth + 1)?);
        }
        return Ok(HostValue::List(out));
    }
    let entries = if let Some(map) = v.dyn_ref::<js_sys::Map>() {
        Array::from(&map.entries().into())
    } else if v.is_object() && !v.is_function() {
        Object::entries(v.unchecked_ref())
    } else {
        return Err(format!(
            "a JS {} that Python cannot use",
            v.js_typeof().as_string().unwrap_or_default()
        ));
    };
    let mut pairs = Vec::new();
    for entry in entries.iter() {
        let pair: Array = entry.unchecked_into();
        pairs.push((
            js_to_host(&pair.get(0), depth + 1)?,
            js_to_host(&pair.get(1), depth + 1)?,
        ));
    }
    Ok(HostValue::Dict(pairs))
}

/// A host value as a fresh JS value (the reverse of [`js_to_host`]).
fn host_to_js(v: &HostValue) -> JsValue {
    match v {
        HostValue::None => JsValue::NULL,
        HostValue::Bool(b) => JsValue::from_bool(*b),
        HostValue::Int(i) if i.abs() <= MAX_SAFE_INTEGER => JsValue::from_f64(*i as f64),
        HostValue::Int(i) => js_sys::BigInt::from(*i).into(),
        HostValue::BigInt(s) => js_sys::BigInt::new(&JsValue::from_str(s))
            .map(JsValue::from)
            .unwrap_or_else(|_| JsValue::from_str(s)),
        HostValue::Float(f) => JsValue::from_f64(*f),
        HostValue::Str(s) => JsValue::from_str(s),
        HostValue::Bytes(b) => Uint8Array::from(b.as_slice()).into(),
        HostValue::List(items) | HostValue::Tuple(items) => {
            items.iter().map(host_to_js).collect::<Array>().into()
        }
        HostValue::Dict(pairs) => {
            let entries: Array = pairs
                .iter()
                .map(|(k, item)| Array::of2(&host_to_js(k), &host_to_js(item)))
                .collect();
            if pairs.iter().all(|(k, _)| matches!(k, HostValue::Str(_))) {
                Object::from_entries(&entries)
                    .map(JsValue::from)
                    .unwrap_or_else(|_| js_sys::Map::new().into())
            } else {
                let map = js_sys::Map::new();
                for (k, item) in pairs {
                    map.set(&host_to_js(k), &host_to_js(item));
                }
                map.into()
            }
        }
    }
}

/// Named inputs from a plain JS object (or null/undefined for none).
fn inputs_from_js(inputs: &JsValue) -> Result<Vec<(String, HostValue)>, JsError> {
    if inputs.is_null() || inputs.is_undefined() {
        return Ok(Vec::new());
    }
    match js_to_host(inputs, 0) {
        Ok(HostValue::Dict(pairs)) => pairs
            .into_iter()
            .map(|(k, v)| match k {
                HostValue::Str(name) => Ok((name, v)),
                _ => Err(JsError::new("input names must be strings")),
            })
            .collect(),
        Ok(_) => Err(JsError::new("inputs must be an object of named values")),
        Err(why) => Err(JsError::new(&format!("inputs: {why}"))),
    }
}

/// A policy from a preset name or a (possibly partial) policy object; nothing means the
/// teaching preset.
fn policy_from_js(policy: &JsValue) -> Result<Policy, JsError> {
    if policy.is_null() || policy.is_undefined() {
        return Ok(Policy::default());
    }
    if let Some(name) = policy.as_string() {
        return Preset::from_name(&name)
            .map(Preset::policy)
            .ok_or_else(|| JsError::new(&format!("unknown preset '{name}'")));
    }
    // A JSON round trip gives the object exactly the meaning the CLI's policy files have
    // (an undefined field is a missing one, not a null one), without linking a JSON
    // parser into the wasm build: the browser's reads it back.
    let plain = js_sys::JSON::stringify(policy)
        .and_then(|text| js_sys::JSON::parse(&String::from(text)))
        .map_err(|_| JsError::new("invalid policy: not JSON-serialisable"))?;
    policy_from_object(&plain).map_err(|e| JsError::new(&format!("invalid policy: {e}")))
}

/// A finished run as the JS result object.
fn output_to_js(out: &RunOutput) -> JsValue {
    let obj = Object::new();
    set(&obj, "stdout", JsValue::from_str(&out.stdout));
    let stderr = out.error.as_ref().map_or("", |e| e.traceback.as_str());
    set(&obj, "stderr", JsValue::from_str(stderr));
    let result = out.result.as_ref().map_or(JsValue::UNDEFINED, host_to_js);
    set(&obj, "result", result);
    let repr = out
        .result_repr
        .as_deref()
        .map_or(JsValue::NULL, JsValue::from_str);
    set(&obj, "result_repr", repr);
    let error = match &out.error {
        None => JsValue::NULL,
        Some(e) => {
            let err = Object::new();
            let (kind, message) = e.summary.split_once(": ").unwrap_or((&e.summary, ""));
            set(&err, "type", JsValue::from_str(kind));
            set(&err, "message", JsValue::from_str(message));
            set(&err, "summary", JsValue::from_str(&e.summary));
            set(&err, "traceback", JsValue::from_str(&e.traceback));
            let line = e
                .line
                .map_or(JsValue::NULL, |l| JsValue::from_f64(l.into()));
            set(&err, "line", line);
            err.into()
        }
    };
    set(&obj, "error", error);
    let status = out
        .exit_status
        .map_or(JsValue::NULL, |s| JsValue::from_f64(s as f64));
    set(&obj, "exit_status", status);
    set(&obj, "violations", violations_to_js(&out.violations));
    set(&obj, "stats", stats_to_js(&out.stats));
    obj.into()
}

/// One step of an async run: `{done: true, output}` or `{done: false, promise, run}`.
fn step_to_js(state: RunState, host: &Rc<JsHost>) -> JsValue {
    let obj = Object::new();
    match state {
        RunState::Done(out) => {
            set(&obj, "done", JsValue::TRUE);
            set(&obj, "output", output_to_js(&out));
        }
        RunState::Suspended(run) => {
            let promise = host.pending.borrow_mut().take();
            set(&obj, "done", JsValue::FALSE);
            set(
                &obj,
                "promise",
                promise.map_or(JsValue::UNDEFINED, JsValue::from),
            );
            let pending = PendingRun {
                run: Some(*run),
                host: host.clone(),
            };
            set(&obj, "run", pending.into());
        }
    }
    obj.into()
}

/// The raw sandbox `www/sandpit.js` wraps: a policy plus the page's host functions.
#[wasm_bindgen]
pub struct RawSandbox {
    policy: Policy,
    host: Rc<JsHost>,
}

#[wasm_bindgen]
impl RawSandbox {
    /// A sandbox enforcing `policy`: a preset name, a policy object, or nothing.
    #[wasm_bindgen(constructor)]
    pub fn new(policy: JsValue) -> Result<RawSandbox, JsError> {
        Ok(RawSandbox {
            policy: policy_from_js(&policy)?,
            host: Rc::new(JsHost::default()),
        })
    }

    /// The policy in force, as an object.
    pub fn policy(&self) -> JsValue {
        policy_to_js(&self.policy)
    }

    /// Registers (or replaces) host function `name`; the policy decides whether runs
    /// may call it.
    pub fn register(&self, name: String, func: Function) {
        let mut functions = self.host.functions.borrow_mut();
        functions.retain(|(n, _)| *n != name);
        functions.push((name, func));
    }

    /// Sets (or with null clears) the callback that receives stdout as it is printed.
    #[wasm_bindgen(js_name = onOutput)]
    pub fn on_output(&self, callback: Option<Function>) {
        *self.host.on_output.borrow_mut() = callback;
    }

    /// Static check: the syntax error and the violations visible without running.
    pub fn check(&self, source: &str) -> JsValue {
        let out = self.sandbox().check(source);
        let obj = Object::new();
        let syntax = match &out.syntax_error {
            None => JsValue::NULL,
            Some(e) => {
                let err = Object::new();
                set(&err, "message", JsValue::from_str(&e.summary));
                if let Some(span) = e.span {
                    let at = Object::new();
                    let number = |n: u32| JsValue::from_f64(n.into());
                    set(&at, "line", number(span.line));
                    set(&at, "col", number(span.col));
                    set(&at, "end_line", number(span.end_line));
                    set(&at, "end_col", number(span.end_col));
                    set(&err, "span", at.into());
                }
                err.into()
            }
        };
        set(&obj, "syntax_error", syntax);
        set(&obj, "violations", violations_to_js(&out.violations));
        obj.into()
    }

    /// Runs `source` to the end; an async host function is an error here.
    pub fn run(&self, source: &str, inputs: JsValue) -> Result<JsValue, JsError> {
        let inputs = inputs_from_js(&inputs)?;
        Ok(output_to_js(&self.sandbox().run_values(source, &inputs)))
    }

    /// Starts a run that async host functions may suspend: returns its first step.
    pub fn start(&self, source: &str, inputs: JsValue) -> Result<JsValue, JsError> {
        let inputs = inputs_from_js(&inputs)?;
        let state = self.sandbox().start(source, &inputs);
        Ok(step_to_js(state, &self.host))
    }

    /// Like `run`, in `session`'s namespace.
    #[wasm_bindgen(js_name = runIn)]
    pub fn run_in(
        &self,
        session: &RawSession,
        source: &str,
        inputs: JsValue,
    ) -> Result<JsValue, JsError> {
        let inputs = inputs_from_js(&inputs)?;
        Ok(output_to_js(&self.sandbox().run_in(
            &session.session,
            source,
            &inputs,
        )))
    }

    /// Like `start`, in `session`'s namespace.
    #[wasm_bindgen(js_name = startIn)]
    pub fn start_in(
        &self,
        session: &RawSession,
        source: &str,
        inputs: JsValue,
    ) -> Result<JsValue, JsError> {
        let inputs = inputs_from_js(&inputs)?;
        let state = self.sandbox().start_in(&session.session, source, &inputs);
        Ok(step_to_js(state, &self.host))
    }

    fn sandbox(&self) -> Sandbox {
        let mut sb = Sandbox::with_policy(self.policy.clone());
        sb.set_host(self.host.clone());
        sb
    }
}

/// A namespace runs share (see `crate::Session`). A suspended run holds its own handle,
/// so freeing this object mid-run is safe: the state goes when the run ends.
#[wasm_bindgen]
pub struct RawSession {
    session: Session,
}

#[wasm_bindgen]
impl RawSession {
    /// An empty session.
    #[wasm_bindgen(constructor)]
    pub fn new() -> RawSession {
        RawSession {
            session: Session::new(),
        }
    }

    /// The names the session's runs have bound (sorted, without dunder names).
    pub fn names(&self) -> Vec<String> {
        self.session.names()
    }

    /// Bytes the session held when its last run ended.
    #[wasm_bindgen(js_name = heldBytes)]
    pub fn held_bytes(&self) -> f64 {
        self.session.held_bytes() as f64
    }
}

impl Default for RawSession {
    fn default() -> Self {
        RawSession::new()
    }
}

/// A run suspended on an async host function.
#[wasm_bindgen]
pub struct PendingRun {
    run: Option<SuspendedRun>,
    host: Rc<JsHost>,
}

#[wasm_bindgen]
impl PendingRun {
    /// Delivers the promise's outcome (`ok` with its value, or its rejection reason) and
    /// runs to the next step.
    pub fn resume(&mut self, ok: bool, value: JsValue) -> Result<JsValue, JsError> {
        let run = self
            .run
            .take()
            .ok_or_else(|| JsError::new("this run has already been resumed"))?;
        let answer = if ok {
            js_to_host(&value, 0).map_err(|why| HostError {
                exc_type: "TypeError".into(),
                message: format!("host function returned {why}"),
            })
        } else {
            Err(js_error(&value))
        };
        let state = run.resume(answer);
        Ok(step_to_js(state, &self.host))
    }
}
