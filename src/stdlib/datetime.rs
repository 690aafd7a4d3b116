//! `datetime`: `date`, `time`, `datetime`, `timedelta`, `tzinfo` and fixed-offset
//! `timezone`, as CPython 3.11 has them with UTC as the local zone. The classes are
//! embedded Python (their behaviour is mostly argument checking, normalisation and
//! formatting, which reads best as Python); the calendar arithmetic, `strftime` and the
//! clock are Rust helpers shared with `time`. `now()`/`today()`/`utcnow()` read the clock
//! only through `vm.now_ms`, so the determinism policy applies.

use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

use super::time::{civil_from_days, days_from_civil, iso_calendar, strftime, Tm, STRPTIME_PY};
use super::ModuleBuilder;

/// Day 1 (0001-01-01) of the proleptic Gregorian ordinal counted from the Unix epoch.
const ORDINAL_EPOCH: i64 = 719_163;

fn int_at(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    vm.to_index(args.get(i).unwrap_or(&Value::None))
}

fn str_at(vm: &mut Vm, args: &Args, i: usize) -> PyResult<String> {
    match args.get(i) {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => vm.str(other),
        None => Ok(String::new()),
    }
}

/// `_ymd2ord(y, m, d)`: the proleptic Gregorian ordinal (0001-01-01 is 1).
fn ymd2ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, m, d) = (
        int_at(vm, &args, 0)?,
        int_at(vm, &args, 1)?,
        int_at(vm, &args, 2)?,
    );
    Ok(Value::Int(days_from_civil(y, m, d) + ORDINAL_EPOCH))
}

/// `_ord2ymd(n)`: (year, month, day) of an ordinal.
fn ord2ymd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_at(vm, &args, 0)?;
    let (y, m, d) = civil_from_days(n - ORDINAL_EPOCH);
    Ok(Value::tuple(vec![
        Value::Int(y),
        Value::Int(m),
        Value::Int(d),
    ]))
}

/// `_isocal(y, m, d)`: ISO (year, week, weekday).
fn isocal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, m, d) = (
        int_at(vm, &args, 0)?,
        int_at(vm, &args, 1)?,
        int_at(vm, &args, 2)?,
    );
    let (a, b, c) = iso_calendar(y, m, d);
    Ok(Value::tuple(vec![
        Value::Int(a),
        Value::Int(b),
        Value::Int(c),
    ]))
}

/// `_strftime(fmt, y, m, d, H, M, S, us, z, Z)`: the shared `strftime` with datetime's
/// `%f`, `%z` and `%Z`.
fn strftime_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("strftime", 10, 10)?;
    let fmt = super::time::strftime_format(vm, &args)?;
    let mut f = [0i64; 7];
    for (i, slot) in f.iter_mut().enumerate() {
        *slot = int_at(vm, &args, i + 1)?;
    }
    let [year, mon, mday, hour, min, sec, micro] = f;
    let days = days_from_civil(year, mon, mday);
    let tm = Tm {
        year,
        mon,
        mday,
        hour,
        min,
        sec,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        micro: Some(micro),
        utcoffset: str_at(vm, &args, 8)?,
        zone: str_at(vm, &args, 9)?,
    };
    vm.check_alloc(1, fmt.len().saturating_mul(16))?;
    Ok(Value::str(strftime(&fmt, &tm)))
}

/// `_now(what)`: the clock in microseconds since the epoch, through the policy.
fn now(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let what = str_at(vm, &args, 0)?;
    let ms = vm.now_ms(&what)?;
    crate::builtins::constructors::float_to_int((ms * 1000.0).round())
}

/// The classes, in Python (our own code, written from the documented behaviour).
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/datetime.py"));

/// `_time_mod_struct(fields)`: a `time.struct_time` when the time module can be built,
/// so `timetuple()` prints like CPython's.
fn time_struct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fields = args.get(0).cloned().unwrap_or(Value::None);
    let module = super::load(vm, "time")?;
    let cls = match module {
        Some(m) => vm.getattr(&m, "struct_time")?,
        None => return Ok(fields),
    };
    vm.call(&cls, Args::new(vec![fields]))
}

/// Builds the `datetime` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.function("_ymd2ord", ymd2ord);
    m.function("_ord2ymd", ord2ymd);
    m.function("_isocal", isocal);
    m.function("_strftime", strftime_fn);
    m.function("_now", now);
    m.function("_time_mod_struct", time_struct);
    m.run_python(vm, STRPTIME_PY)?;
    m.run_python(vm, PYTHON)?;
    m.c_types(&[
        "timedelta",
        "tzinfo",
        "timezone",
        "IsoCalendarDate",
        "date",
        "time",
        "datetime",
    ]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::policy::DeterminismMode;
    use crate::stdlib::time::run_with_mode;

    #[test]
    fn now_follows_the_determinism_policy() {
        let program = "import datetime\nprint(datetime.datetime.now(), datetime.date.today())\n\
                       print(datetime.datetime.utcnow().isoformat())\n\
                       print(datetime.datetime.now(datetime.timezone.utc))\n";
        let out = run_with_mode(DeterminismMode::Virtual, program);
        assert!(out.error.is_none(), "{:?}", out.error);
        assert_eq!(
            out.stdout,
            "2023-11-14 22:13:20.500000 2023-11-14\n2023-11-14T22:13:20.500000\n\
             2023-11-14 22:13:20.500000+00:00\n"
        );
        for call in [
            "datetime.datetime.now()",
            "datetime.date.today()",
            "datetime.datetime.utcnow()",
        ] {
            let out = run_with_mode(
                DeterminismMode::Forbid,
                &format!("import datetime\n{call}\n"),
            );
            assert!(out.error.is_some(), "{call}");
            assert_eq!(out.violations.len(), 1, "{call}");
        }
    }
}
