//! `time`: the clocks, `sleep`, and broken-down UTC time (`gmtime`, `localtime`,
//! `mktime`, `asctime`, `ctime`, `strftime`, `strptime`) as CPython 3.11 has them on a
//! machine whose local zone is UTC. Every clock read goes through the VM's determinism
//! services (`vm.now_ms`, `vm.monotonic_ms`), and `sleep` never blocks (`vm.sleep`).
//!
//! The calendar arithmetic and `strftime` are shared with `datetime` (pub(crate)).

use num_traits::ToPrimitive;

use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::ModuleBuilder;

const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1..=12).
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a day count since 1970-01-01.
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A broken-down time, the fields `strftime` formats.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tm {
    /// The full year (`%Y`).
    pub year: i64,
    /// 1..=12
    pub mon: i64,
    /// Day of the month, 1..=31.
    pub mday: i64,
    /// 0..=23
    pub hour: i64,
    /// 0..=59
    pub min: i64,
    /// 0..=61 (leap seconds pass through).
    pub sec: i64,
    /// 0 = Monday
    pub wday: i64,
    /// 1..=366
    pub yday: i64,
    /// Replaces `%f` when set (datetime); time.strftime leaves `%f` alone.
    pub micro: Option<i64>,
    /// What `%z` prints.
    pub utcoffset: String,
    /// What `%Z` prints.
    pub zone: String,
}

impl Tm {
    /// The UTC broken-down time of `secs` seconds since the epoch.
    pub(crate) fn from_unix(secs: i64) -> Tm {
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let (year, mon, mday) = civil_from_days(days);
        Tm {
            year,
            mon,
            mday,
            hour: rem / 3600,
            min: rem / 60 % 60,
            sec: rem % 60,
            wday: (days + 3).rem_euclid(7),
            yday: days - days_from_civil(year, 1, 1) + 1,
            micro: None,
            utcoffset: "+0000".into(),
            zone: "UTC".into(),
        }
    }
}

fn name_of(names: &[&'static str], i: i64) -> &'static str {
    usize::try_from(i)
        .ok()
        .and_then(|i| names.get(i))
        .copied()
        .unwrap_or("?")
}

/// Week number of the year with weeks starting on Sunday (`%U`) or Monday (`%W`), as
/// `%W`/`%U` count it.
fn week_number(tm: &Tm, sunday_first: bool) -> i64 {
    let wday = if sunday_first {
        (tm.wday + 1) % 7
    } else {
        tm.wday
    };
    (tm.yday - 1 + 7 - wday) / 7
}

/// ISO 8601 (year, week, weekday 1..=7) of a date.
pub(crate) fn iso_calendar(year: i64, mon: i64, mday: i64) -> (i64, i64, i64) {
    let days = days_from_civil(year, mon, mday);
    let wday = (days + 3).rem_euclid(7);
    // The Thursday of this week decides the ISO year.
    let thursday = days - wday + 3;
    let (iso_year, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(iso_year, 1, 1)) / 7 + 1;
    (iso_year, week, wday + 1)
}

/// `strftime` for the codes glibc has (in the C locale), with its flags and widths
/// (`%-d`, `%_H`, `%^a`, `%10Y`); an unknown code is copied as is, like glibc does.
pub(crate) fn strftime(fmt: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let mut rest = fmt;
    while let Some(at) = rest.find('%') {
        out.push_str(rest.get(..at).unwrap_or_default());
        let spec = rest.get(at + 1..).unwrap_or_default();
        let flags_end = spec
            .find(|c: char| !matches!(c, '_' | '-' | '0' | '^' | '#'))
            .unwrap_or(spec.len());
        let (flags, after) = spec.split_at(flags_end);
        let width_end = after
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after.len());
        let (width, after) = after.split_at(width_end);
        // The E and O modifiers choose a locale's alternatives: the C locale has none.
        let after = after
            .strip_prefix(['E', 'O'])
            .filter(|_| flags.is_empty() && width.is_empty())
            .unwrap_or(after);
        let mut chars = after.chars();
        let Some(code) = chars.next() else {
            out.push('%');
            out.push_str(spec);
            rest = "";
            break;
        };
        rest = chars.as_str();
        let plain = flags.is_empty() && width.is_empty();
        // CPython fills in `%f` itself, and only when written plainly.
        let piece = if code == 'f' && !plain {
            format!("%{code}")
        } else {
            conversion(code, tm)
        };
        if plain {
            out.push_str(&piece);
        } else if piece.len() > 1 && piece.starts_with('%') {
            // An unknown code stays as written, padded to its width.
            let written = format!("%{flags}{width}{code}");
            let wanted = width.parse::<usize>().unwrap_or(0);
            out.push_str(&" ".repeat(wanted.saturating_sub(written.len())));
            out.push_str(&written);
        } else {
            out.push_str(&with_flags(&piece, code, flags, width));
        }
    }
    out.push_str(rest);
    out
}

/// A conversion's text reshaped by glibc's flags and field width: `-` drops a number's
/// padding (a width pads with spaces), `_` pads it with spaces and `0` with zeros, `^`
/// upper-cases, `#` swaps the case of names (down for `%p` and `%Z`); a width pads to
/// that many characters.
fn with_flags(piece: &str, code: char, flags: &str, width: &str) -> String {
    let numeric = "CdegGHIjklmMsSuUVwWyY".contains(code);
    let digits = if numeric {
        let trimmed = piece.trim_start_matches([' ', '0']);
        if trimmed.is_empty() {
            "0"
        } else {
            trimmed
        }
    } else {
        piece
    };
    let natural = piece.chars().count();
    let mut text = if flags.contains('^') {
        digits.to_uppercase()
    } else if flags.contains('#') {
        match code {
            'p' | 'Z' => digits.to_lowercase(),
            _ => digits.to_uppercase(),
        }
    } else {
        digits.to_string()
    };
    let pad = match flags.chars().rev().find(|f| matches!(f, '_' | '-' | '0')) {
        Some('-') if width.is_empty() => return text,
        Some('-' | '_') => ' ',
        Some(_) => '0',
        None if numeric && !piece.starts_with(' ') => '0',
        None => ' ',
    };
    let wanted = width
        .parse::<usize>()
        .unwrap_or(if numeric { natural } else { 0 });
    let short = wanted.saturating_sub(text.chars().count());
    text.insert_str(0, &pad.to_string().repeat(short));
    text
}

/// The text of one conversion `%code` for `tm`; `%code` itself for an unknown code.
fn conversion(code: char, tm: &Tm) -> String {
    let month_name = name_of(&MONTH_NAMES, tm.mon - 1);
    let day_name = name_of(&DAY_NAMES, tm.wday);
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    match code {
        'a' => day_name.get(..3).unwrap_or(day_name).to_string(),
        'A' => day_name.to_string(),
        'b' | 'h' => month_name.get(..3).unwrap_or(month_name).to_string(),
        'B' => month_name.to_string(),
        'c' => strftime("%a %b %e %H:%M:%S %Y", tm),
        // glibc does not pad the century (year 999 is century 9).
        'C' => format!("{}", tm.year.div_euclid(100)),
        'd' => format!("{:02}", tm.mday),
        'D' | 'x' => strftime("%m/%d/%y", tm),
        'e' => format!("{:2}", tm.mday),
        'f' => match tm.micro {
            Some(us) => format!("{us:06}"),
            None => "%f".into(),
        },
        'F' => strftime("%Y-%m-%d", tm),
        'G' => iso_calendar(tm.year, tm.mon, tm.mday).0.to_string(),
        'g' => format!("{:02}", iso_calendar(tm.year, tm.mon, tm.mday).0 % 100),
        'H' => format!("{:02}", tm.hour),
        'I' => format!("{hour12:02}"),
        'j' => format!("{:03}", tm.yday),
        'k' => format!("{:2}", tm.hour),
        'l' => format!("{hour12:2}"),
        'm' => format!("{:02}", tm.mon),
        'M' => format!("{:02}", tm.min),
        'n' => "\n".into(),
        'p' => (if tm.hour < 12 { "AM" } else { "PM" }).into(),
        'r' => strftime("%I:%M:%S %p", tm),
        'R' => strftime("%H:%M", tm),
        'S' => format!("{:02}", tm.sec),
        's' => (days_from_civil(tm.year, tm.mon, tm.mday) * 86_400
            + tm.hour * 3600
            + tm.min * 60
            + tm.sec)
            .to_string(),
        't' => "\t".into(),
        'T' | 'X' => strftime("%H:%M:%S", tm),
        'u' => (tm.wday + 1).to_string(),
        'U' => format!("{:02}", week_number(tm, true)),
        'V' => format!("{:02}", iso_calendar(tm.year, tm.mon, tm.mday).1),
        'w' => ((tm.wday + 1) % 7).to_string(),
        'W' => format!("{:02}", week_number(tm, false)),
        'y' => format!("{:02}", tm.year.rem_euclid(100)),
        'Y' => tm.year.to_string(),
        'z' => tm.utcoffset.clone(),
        'Z' => tm.zone.clone(),
        '%' => "%".into(),
        other => format!("%{other}"),
    }
}

fn arg_f64(vm: &mut Vm, v: Option<&Value>) -> PyResult<f64> {
    match v {
        Some(Value::Float(f)) => Ok(*f),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => vm.to_f64(v),
        Some(other) => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
        None => Ok(0.0),
    }
}

/// Which clock a `time` function reads.
#[derive(Clone, Copy)]
enum Clock {
    /// Wall-clock time since the epoch (`vm.now_ms`).
    Wall,
    /// Elapsed time (`vm.monotonic_ms`): monotonic, perf_counter, process/thread time.
    Elapsed,
}

/// Reads `clock` through the determinism policy as float seconds or int nanoseconds;
/// `name` is the function (`time.perf_counter_ns`), for arity errors and violations.
fn read_clock(vm: &mut Vm, args: &Args, name: &str, clock: Clock, ns: bool) -> PyResult<Value> {
    args.check(name, 0, 0)?;
    let ms = match clock {
        Clock::Wall => vm.now_ms(name)?,
        Clock::Elapsed => vm.monotonic_ms(name)?,
    };
    if ns {
        crate::builtins::constructors::float_to_int(ms * 1_000_000.0)
    } else {
        Ok(Value::Float(ms / 1000.0))
    }
}

fn time_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_clock(vm, &args, "time.time", Clock::Wall, false)
}
fn time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_clock(vm, &args, "time.time_ns", Clock::Wall, true)
}
fn monotonic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_clock(vm, &args, "time.monotonic", Clock::Elapsed, false)
}
fn monotonic_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_clock(vm, &args, "time.monotonic_ns", Clock::Elapsed, true)
}
fn perf_counter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_clock(vm, &args, "time.perf_counter", Clock::Elapsed, false)
}
fn perf_counter_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_clock(vm, &args, "time.perf_counter_ns", Clock::Elapsed, true)
}
fn process_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_clock(vm, &args, "time.process_time", Clock::Elapsed, false)
}
fn process_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_clock(vm, &args, "time.process_time_ns", Clock::Elapsed, true)
}
fn thread_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_clock(vm, &args, "time.thread_time", Clock::Elapsed, false)
}
fn thread_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_clock(vm, &args, "time.thread_time_ns", Clock::Elapsed, true)
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("time.sleep", 1, 1)?;
    let secs = arg_f64(vm, args.get(0))?;
    if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    vm.sleep(secs)?;
    Ok(Value::None)
}

/// Seconds since the epoch from an optional argument (None: now), floored like CPython.
fn secs_arg(vm: &mut Vm, v: Option<&Value>, what: &str) -> PyResult<i64> {
    let secs = match v {
        None | Some(Value::None) => vm.now_ms(what)? / 1000.0,
        Some(Value::Int(i)) => return Ok(*i),
        some => arg_f64(vm, some)?,
    };
    if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    let floored = secs.floor();
    if floored.abs() > 1e17 {
        return Err(PyErr::overflow(
            "timestamp out of range for platform time_t",
        ));
    }
    // Within ±1e17 (and not NaN, checked above): an exact i64.
    Ok(floored.to_i64().unwrap_or(0))
}

fn tm_tuple(tm: &Tm) -> Vec<Value> {
    [
        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, 0,
    ]
    .iter()
    .map(|&x| Value::Int(x))
    .collect()
}

/// `_gmtime(secs)`: the 9 fields of UTC broken-down time (the Python shell wraps them
/// in a struct_time).
fn gmtime_fields(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = secs_arg(vm, args.get(0), "time.gmtime")?;
    let tm = Tm::from_unix(secs);
    if !(1..=9999).contains(&tm.year) && tm.year.abs() > 1_000_000_000 {
        return Err(PyErr::overflow(
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(Value::tuple(tm_tuple(&tm)))
}

/// Reads a 9-field time tuple into a `Tm` (wday/yday taken from the tuple, as C does).
fn tm_from_value(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Tm> {
    // CPython takes a tuple (struct_time is one) and nothing else, not even a list.
    let tuple = match v {
        Value::Tuple(_) => Some(v.clone()),
        Value::Instance(inst) => inst
            .builtin_value()
            .filter(|b| matches!(b, Value::Tuple(_))),
        _ => None,
    };
    let Some(tuple) = tuple else {
        return Err(PyErr::type_error("Tuple or struct_time argument required"));
    };
    let items = vm.collect(&tuple)?;
    if items.len() != 9 {
        return Err(PyErr::type_error(format!(
            "{func}(): illegal time tuple argument"
        )));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        *slot = vm.to_index(item)?;
    }
    let [year, mon, mday, hour, min, sec, wday, yday, _] = f;
    if func == "strftime" || func == "asctime" {
        let check = |ok: bool, what: &str| {
            if ok {
                Ok(())
            } else {
                Err(PyErr::value_error(format!("{what} out of range")))
            }
        };
        check((0..=12).contains(&mon), "month")?;
        check((0..=31).contains(&mday), "day of month")?;
        check((0..=23).contains(&hour), "hour")?;
        check((0..=59).contains(&min), "minute")?;
        check((0..=61).contains(&sec), "seconds")?;
        check((0..=366).contains(&yday), "day of year")?;
    }
    let zone = match vm.getattr_opt(v, "tm_zone")? {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "UTC".into(),
    };
    Ok(Tm {
        year,
        mon: mon.max(1),
        mday: mday.max(1),
        hour,
        min,
        sec,
        wday: wday.rem_euclid(7),
        yday: yday.max(1),
        micro: None,
        utcoffset: "+0000".into(),
        zone,
    })
}

/// `_tm_now_or(t)`: `t` or, when None, the current UTC time's fields.
fn tm_or_now(vm: &mut Vm, v: Option<&Value>, func: &str) -> PyResult<Tm> {
    match v {
        None | Some(Value::None) => {
            let secs = secs_arg(vm, None, &format!("time.{func}"))?;
            Ok(Tm::from_unix(secs))
        }
        Some(t) => tm_from_value(vm, t, func),
    }
}

/// `strftime`'s first argument, the format (shared with datetime's `strftime`).
pub(super) fn strftime_format(vm: &Vm, args: &Args) -> PyResult<String> {
    match args.get(0) {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(PyErr::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(other)
        ))),
        None => Ok(String::new()),
    }
}

fn strftime_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("strftime", 1, 2)?;
    let fmt = strftime_format(vm, &args)?;
    let tm = tm_or_now(vm, args.get(1), "strftime")?;
    vm.check_alloc(1, fmt.len().saturating_mul(16))?;
    Ok(Value::str(strftime(&fmt, &tm)))
}

fn asctime_text(tm: &Tm) -> String {
    strftime("%a %b %e %H:%M:%S %Y", tm)
}

fn asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("asctime", 0, 1)?;
    let tm = tm_or_now(vm, args.get(0), "asctime")?;
    Ok(Value::str(asctime_text(&tm)))
}

fn ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("ctime", 0, 1)?;
    let secs = secs_arg(vm, args.get(0), "time.ctime")?;
    Ok(Value::str(asctime_text(&Tm::from_unix(secs))))
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("mktime", 1, 1)?;
    let tm = tm_from_value(vm, args.get(0).unwrap_or(&Value::None), "mktime")?;
    // mktime normalises out-of-range months like C does.
    let months = tm.year * 12 + (tm.mon - 1);
    let days = days_from_civil(months.div_euclid(12), months.rem_euclid(12) + 1, 1) + tm.mday - 1;
    let secs = days * 86_400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
    Ok(Value::Float(secs as f64))
}

/// The `strptime` parser, in Python, shared with `datetime.strptime` (which runs it in
/// its own namespace): it fills a dict of the fields the format names.
pub(crate) const STRPTIME_PY: &str =
    include_str!(concat!(env!("OUT_DIR"), "/stdlib/time_strptime.py"));

/// `struct_time` and `strptime`, in Python: a tuple subclass with named fields reads
/// most clearly as the class it is.
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/time.py"));

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    vm.to_index(args.get(i).unwrap_or(&Value::None))
}

/// `_yday(y, m, d)`: day of the year (1-based).
fn yday(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, m, d) = (
        int_arg(vm, &args, 0)?,
        int_arg(vm, &args, 1)?,
        int_arg(vm, &args, 2)?,
    );
    Ok(Value::Int(
        days_from_civil(y, m, d) - days_from_civil(y, 1, 1) + 1,
    ))
}

/// `_weekday(y, m, d)`: 0 = Monday.
fn weekday(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, m, d) = (
        int_arg(vm, &args, 0)?,
        int_arg(vm, &args, 1)?,
        int_arg(vm, &args, 2)?,
    );
    Ok(Value::Int((days_from_civil(y, m, d) + 3).rem_euclid(7)))
}

/// `_from_yday(y, yday)`: (month, day).
fn from_yday(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, n) = (int_arg(vm, &args, 0)?, int_arg(vm, &args, 1)?);
    let (_, m, d) = civil_from_days(days_from_civil(y, 1, 1) + n - 1);
    Ok(Value::tuple(vec![Value::Int(m), Value::Int(d)]))
}

/// Builds the `time` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.function("time", time_time);
    m.function("time_ns", time_ns);
    m.function("monotonic", monotonic);
    m.function("monotonic_ns", monotonic_ns);
    m.function("perf_counter", perf_counter);
    m.function("perf_counter_ns", perf_counter_ns);
    m.function("process_time", process_time);
    m.function("process_time_ns", process_time_ns);
    m.function("thread_time", thread_time);
    m.function("thread_time_ns", thread_time_ns);
    m.function("sleep", sleep);
    m.function("_gmtime", gmtime_fields);
    m.function("strftime", strftime_fn);
    m.function("asctime", asctime);
    m.function("ctime", ctime);
    m.function("mktime", mktime);
    m.function("_yday", yday);
    m.function("_weekday", weekday);
    m.function("_from_yday", from_yday);
    m.value("timezone", Value::Int(0));
    m.value("altzone", Value::Int(0));
    m.value("daylight", Value::Int(0));
    m.value(
        "tzname",
        Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]),
    );
    m.run_python(vm, STRPTIME_PY)?;
    m.run_python(vm, PYTHON)
}

/// Runs `source` under the teaching policy with the given determinism mode (tests of
/// the clock and entropy users: time, datetime, random).
#[cfg(test)]
pub(crate) fn run_with_mode(
    mode: crate::policy::DeterminismMode,
    source: &str,
) -> crate::RunOutput {
    let mut policy = crate::policy::Preset::Teaching.policy();
    policy.determinism.mode = mode;
    policy.determinism.seed = 1234;
    policy.determinism.start_time_ms = 1_700_000_000_500;
    crate::Sandbox::with_policy(policy).run(source)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::DeterminismMode;

    #[test]
    fn civil_round_trip() {
        for days in [-800_000, -1, 0, 1, 59, 10_956, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(iso_calendar(2021, 1, 1), (2020, 53, 5));
    }

    #[test]
    fn virtual_clock_is_fixed_and_sleep_advances_it() {
        let out = run_with_mode(
            DeterminismMode::Virtual,
            "import time\nprint(time.time(), time.monotonic())\ntime.sleep(2.5)\n\
             print(time.time(), time.monotonic(), time.time_ns())\nprint(time.gmtime())\n\
             print(time.strftime('%Y-%m-%d %H:%M:%S'), time.ctime())\n",
        );
        assert!(out.error.is_none(), "{:?}", out.error);
        assert_eq!(
            out.stdout,
            "1700000000.5 0.0\n1700000003.0 2.5 1700000003000000000\n\
             time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, \
             tm_sec=23, tm_wday=1, tm_yday=318, tm_isdst=0)\n\
             2023-11-14 22:13:23 Tue Nov 14 22:13:23 2023\n"
        );
    }

    #[test]
    fn forbidden_clock_is_a_violation() {
        for call in [
            "time.time()",
            "time.monotonic()",
            "time.gmtime()",
            "time.perf_counter()",
        ] {
            let out = run_with_mode(DeterminismMode::Forbid, &format!("import time\n{call}\n"));
            assert!(out.error.is_some(), "{call}");
            assert_eq!(out.violations.len(), 1, "{call}");
        }
        let out = run_with_mode(DeterminismMode::Forbid, "import time\ntime.sleep(1)\n");
        assert!(out.error.is_none());
    }
}
