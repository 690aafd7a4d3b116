//! `hash()`: CPython's numeric hash (so `hash(1) == hash(1.0) == hash(True)` and small
//! ints hash to themselves), its tuple hash, fixed string hashes, and `__hash__`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

use crate::value::Value;

use super::error::{PyErr, PyResult};
use super::{Args, Vm};

const HASH_BITS: u32 = 61;
const MODULUS: u64 = (1 << HASH_BITS) - 1;

/// The same 64 bits read as signed (hash arithmetic is done on unsigned words; CPython's
/// `Py_hash_t` is signed). `u64::cast_signed` once the MSRV reaches 1.87.
pub fn as_signed(bits: u64) -> i64 {
    i64::from_ne_bytes(bits.to_ne_bytes())
}

/// The same 64 bits read as unsigned (see [`as_signed`]).
pub fn as_unsigned(h: i64) -> u64 {
    u64::from_ne_bytes(h.to_ne_bytes())
}

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of an int that fits in i64.
pub fn hash_int(i: i64) -> i64 {
    // Below 2^61: the same value as an i64.
    let m = as_signed(i.unsigned_abs() % MODULUS);
    fix(if i < 0 { -m } else { m })
}

/// The hash of a big int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = b
        .abs()
        .mod_floor(&BigInt::from(MODULUS))
        .to_i64()
        .unwrap_or(0);
    fix(if b.is_negative() { -m } else { m })
}

/// The hash of a float (equal to the int hash for integral values).
pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        // `m` is in [0, 2^28) here: its integer part fits.
        let y = m.trunc().to_u64().unwrap_or(0);
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    // The exponent's residue modulo 61, in 0..61.
    let e = u32::try_from(i64::from(e).rem_euclid(i64::from(HASH_BITS))).unwrap_or(0);
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS - e));
    // Below the modulus 2^61 - 1: the same value as an i64.
    let h = as_signed(x);
    fix(if v < 0.0 { -h } else { h })
}

/// Splits `v` into a mantissa in [0.5, 1) and a power of two (C's `frexp`).
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = i32::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's tuple hash (xxHash-style combination of the item hashes).
pub fn combine_tuple(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &h in hashes {
        acc = acc.wrapping_add(as_unsigned(h).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    as_signed(acc)
}

/// The hash of an object hashed by identity: its address without the alignment bits.
pub fn identity_hash<T>(rc: &std::rc::Rc<T>) -> i64 {
    let p = std::rc::Rc::as_ptr(rc).cast::<u8>() as usize;
    // A shifted address is below 2^60: it fits.
    fix(i64::try_from(p >> 4).unwrap_or(i64::MAX))
}

impl Vm {
    /// `hash(v)` as the bits a hash table keys on.
    pub fn table_hash(&mut self, v: &Value) -> PyResult<u64> {
        self.hash(v).map(as_unsigned)
    }

    /// `hash(v)`; `TypeError: unhashable type` for mutable containers.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x5f3759df,
            Value::Bool(b) => i64::from(*b),
            Value::Int(i) => hash_int(*i),
            Value::BigInt(b) => hash_bigint(&b.value),
            Value::Float(f) => hash_float(*f),
            Value::Str(s) => as_signed(s.hash()),
            Value::Bytes(b) => as_signed(crate::value::str::hash_bytes(&b.bytes)),
            Value::Tuple(t) => {
                self.enter_native()?;
                let mut hs = Vec::with_capacity(t.items.len());
                for item in &t.items {
                    match self.hash(item) {
                        Ok(h) => hs.push(h),
                        Err(e) => {
                            self.leave_native();
                            return Err(e);
                        }
                    }
                }
                self.leave_native();
                combine_tuple(&hs)
            }
            Value::FrozenSet(s) => {
                let mut acc: u64 = 1927868237;
                for e in s.borrow().iter() {
                    let h = e.hash;
                    acc ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
                }
                fix(as_signed(acc))
            }
            Value::Range(r) => {
                let h = |v: i128| match i64::try_from(v) {
                    Ok(small) => hash_int(small),
                    Err(_) => hash_bigint(&BigInt::from(v)),
                };
                combine_tuple(&[h(r.len()), h(r.start), h(r.step)])
            }
            Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Slice(_)
            | Value::DictView(_)
            | Value::ByteArray(_) => {
                return Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    v.kind_name()
                )))
            }
            Value::Instance(inst) => match inst.class.lookup("__hash__") {
                Some(Value::None) => {
                    return Err(PyErr::type_error(format!(
                        "unhashable type: '{}'",
                        inst.class.type_name()
                    )))
                }
                Some(f @ Value::Function(_)) => {
                    let r = self.call(&f, Args::new(vec![v.clone()]))?;
                    match r {
                        Value::Int(i) => fix(i),
                        Value::Bool(b) => i64::from(b),
                        Value::BigInt(b) => hash_bigint(&b.value),
                        _ => {
                            return Err(PyErr::type_error(
                                "__hash__ method should return an integer",
                            ))
                        }
                    }
                }
                _ => match inst.builtin_value() {
                    Some(inner) => self.hash(&inner)?,
                    None => identity_hash(inst),
                },
            },
            Value::Class(c) => identity_hash(c),
            Value::Function(f) => identity_hash(f),
            Value::Native(f) => identity_hash(f),
            Value::Host(f) => identity_hash(f),
            // Equal bound methods (see `dictops::simple_eq`) hash alike.
            Value::BoundMethod(m) => {
                fix(crate::builtins::functions::identity(&m.receiver) ^ self.hash(&m.func)?)
            }
            Value::Iter(i) => identity_hash(i),
            Value::Generator(g) => identity_hash(g),
            Value::Module(m) => identity_hash(m),
            Value::Descriptor(d) => identity_hash(d),
            Value::Ellipsis => 0x1234567,
            Value::NotImplemented => 0x7654321,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    // Expected values printed by CPython 3.11.
    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(-2.25), -576460752303423490);
        assert_eq!(hash_float(1e300), 1224995262755759164);
        assert_eq!(hash_float(0.1), 230584300921369408);
        assert_eq!(hash_float(3.0), hash_int(3));
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_bigint(&(BigInt::from(1) << 61usize)), 1);
        assert_eq!(hash_bigint(&(-(BigInt::from(1) << 61usize) - 5)), -6);
        assert_eq!(hash_bigint(&(BigInt::from(1) << 100usize)), 549755813888);
    }

    #[test]
    fn tuple_hash_matches_cpython() {
        assert_eq!(combine_tuple(&[1, 2, 3]), 529344067295497451);
        assert_eq!(combine_tuple(&[]), 5740354900026072187);
        let inner = combine_tuple(&[2, 3]);
        assert_eq!(combine_tuple(&[1, inner]), 7267574591690527098);
    }

    #[test]
    fn frexp_splits_like_c() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(0.75), (0.75, 0));
        assert_eq!(frexp(f64::MIN_POSITIVE / 4.0), (0.5, -1023));
    }
}
