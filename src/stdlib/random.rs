//! `random`: CPython 3.11's generator, value for value. The Mersenne Twister (MT19937),
//! its seeding (`init_by_array`, SHA-512 for str/bytes seeds) and the bit-level
//! primitives (`random()`, `getrandbits`, `_randbelow`) are Rust; the distributions and
//! the `Random` class are embedded Python that mirrors CPython's algorithms, so a seeded
//! program draws exactly the numbers CPython draws.
//!
//! A generator's state lives in a Python list of 625 ints (624 words + the index, the
//! layout `getstate()` exposes); an empty list is a generator not seeded yet, which
//! seeds itself from `vm.entropy_seed` on first use (so importing `random` reads no
//! entropy, and the determinism policy decides what an unseeded draw gives).

// The twister's arithmetic indexes its fixed 624-word array with loop counters kept
// below N (a state restored from Python has its index checked in `Mt::from_values`).
#![allow(clippy::indexing_slicing)]

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use crate::builtins::constructors::float_to_int;
use crate::value::{List, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::ModuleBuilder;

const N: usize = 624;
const M: usize = 397;

/// The Mersenne Twister state, loaded from and stored back into the Python list.
struct Mt {
    words: [u32; N],
    index: usize,
}

/// A position in the state (below N = 624, or in the seed key, whose index CPython also
/// adds modulo 2^32) as the 32-bit word the algorithm mixes in.
fn word_index(i: usize) -> u32 {
    u32::try_from(i as u64 & 0xffff_ffff).unwrap_or(0)
}

impl Mt {
    fn init_genrand(seed: u32) -> Mt {
        let mut words = [0u32; N];
        words[0] = seed;
        for i in 1..N {
            let prev = words[i - 1];
            words[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(word_index(i));
        }
        Mt { words, index: N }
    }

    /// CPython's `init_by_array`: how every seed becomes a state.
    fn init_by_array(key: &[u32]) -> Mt {
        let mut mt = Mt::init_genrand(19_650_218);
        let w = &mut mt.words;
        let len = key.len().max(1);
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..N.max(len) {
            let prev = w[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            w[i] = (w[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(word_index(j));
            i += 1;
            j += 1;
            if i >= N {
                w[0] = w[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = w[i - 1];
            w[i] = (w[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(word_index(i));
            i += 1;
            if i >= N {
                w[0] = w[N - 1];
                i = 1;
            }
        }
        w[0] = 0x8000_0000;
        mt
    }

    fn to_values(&self) -> Vec<Value> {
        let mut v: Vec<Value> = self.words.iter().map(|&w| Value::Int(w.into())).collect();
        v.push(Value::from_len(self.index));
        v
    }

    fn from_values(items: &[Value]) -> Option<Mt> {
        if items.len() != N + 1 {
            return None;
        }
        let mut words = [0u32; N];
        for (w, v) in words.iter_mut().zip(items) {
            *w = match v {
                Value::Int(i) => u32::try_from(*i).ok()?,
                _ => return None,
            };
        }
        let index = match items.get(N) {
            Some(Value::Int(i)) => usize::try_from(*i).ok().filter(|&i| i <= N)?,
            _ => return None,
        };
        Some(Mt { words, index })
    }
}

/// A seeded generator's live state: the 625 ints of its Python list, drawn from in place
/// (one word per output, a full twist every 624), so a draw costs O(1) and no copy.
struct Words<'a>(&'a mut [Value]);

impl Words<'_> {
    fn word(&self, i: usize) -> u32 {
        match self.0.get(i) {
            Some(Value::Int(v)) => u32::try_from(*v).unwrap_or(0),
            _ => 0,
        }
    }

    fn set(&mut self, i: usize, v: u32) {
        if let Some(slot) = self.0.get_mut(i) {
            *slot = Value::Int(v.into());
        }
    }

    fn twist(&mut self) {
        for k in 0..N {
            let y = (self.word(k) & 0x8000_0000) | (self.word((k + 1) % N) & 0x7fff_ffff);
            let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
            let v = self.word((k + M) % N) ^ (y >> 1) ^ mag;
            self.set(k, v);
        }
    }

    fn next_u32(&mut self) -> u32 {
        let mut index = match self.0.get(N) {
            Some(Value::Int(i)) => usize::try_from(*i).unwrap_or(N),
            _ => N,
        };
        if index >= N {
            self.twist();
            index = 0;
        }
        let mut y = self.word(index);
        if let Some(slot) = self.0.get_mut(N) {
            *slot = Value::from_len(index + 1);
        }
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: 53 random bits from two outputs, as CPython combines them.
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for k > 0: 32-bit words, least significant first, the last one
    /// cut to the bits left.
    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let mut left = k;
        let mut digits = Vec::with_capacity(usize::try_from(k.div_ceil(32)).unwrap_or(0));
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }
}

/// The 32-bit words of |n|, least significant first (`[0]` for zero), as CPython keys
/// `init_by_array` with an int seed.
fn seed_key(n: &BigInt) -> Vec<u32> {
    let (_, digits) = n.abs().to_u32_digits();
    if digits.is_empty() {
        vec![0]
    } else {
        digits
    }
}

fn state_list(v: Option<&Value>) -> PyResult<Rc<List>> {
    match v {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(PyErr::type_error("random: internal state must be a list")),
    }
}

/// Runs `f` on the generator whose state is the list `args[0]`, seeding it from the
/// policy's entropy first if it was never seeded.
fn with_mt<T>(vm: &mut Vm, args: &Args, f: impl FnOnce(&mut Words) -> T) -> PyResult<T> {
    let list = state_list(args.get(0))?;
    if list.is_empty() {
        let mt = entropy_mt(vm)?;
        store(&list, &mt);
    }
    let mut items = list.borrow_mut();
    if items.len() != N + 1 {
        return Err(PyErr::value_error("random: corrupted generator state"));
    }
    Ok(f(&mut Words(&mut items)))
}

fn entropy_mt(vm: &mut Vm) -> PyResult<Mt> {
    let seed = vm.entropy_seed("random.seed")?;
    let [a, b, c, d, e, f, g, h] = seed.to_le_bytes();
    let low = u32::from_le_bytes([a, b, c, d]);
    let high = u32::from_le_bytes([e, f, g, h]);
    Ok(Mt::init_by_array(&[low, high]))
}

fn store(list: &List, mt: &Mt) {
    let mut items = list.borrow_mut();
    if items.len() == N + 1 {
        for (slot, &w) in items.iter_mut().zip(mt.words.iter()) {
            *slot = Value::Int(w.into());
        }
        if let Some(slot) = items.get_mut(N) {
            *slot = Value::from_len(mt.index);
        }
    } else {
        *items = mt.to_values();
    }
}

/// `_seed(state, a)`: seeds from None (entropy), an int (its absolute value), a
/// str/bytes/bytearray (the bytes followed by their SHA-512 digest, as one big-endian
/// int) or anything else hashable (its hash).
fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("_seed", 2, 2)?;
    let list = state_list(args.get(0))?;
    let a = args.get(1).cloned().unwrap_or(Value::None);
    let bytes_seed = |data: &[u8]| {
        let mut all = data.to_vec();
        all.extend_from_slice(&sha512(data));
        BigInt::from_bytes_be(Sign::Plus, &all)
    };
    let mt = match &a {
        Value::None => entropy_mt(vm)?,
        Value::Str(s) => Mt::init_by_array(&seed_key(&bytes_seed(s.as_str().as_bytes()))),
        Value::Bytes(b) => Mt::init_by_array(&seed_key(&bytes_seed(&b.bytes))),
        Value::ByteArray(_) => {
            let raw = a.bytes_like().unwrap_or_default();
            Mt::init_by_array(&seed_key(&bytes_seed(&raw)))
        }
        other => {
            let n = match crate::vm::num::to_bigint(other) {
                Some(n) if !matches!(other, Value::Float(_)) => n,
                // CPython reads the hash as an unsigned size_t.
                _ => BigInt::from(vm.table_hash(other)?),
            };
            vm.charge_fuel(n.bits() / 32)?;
            Mt::init_by_array(&seed_key(&n))
        }
    };
    store(&list, &mt);
    Ok(Value::None)
}

/// `_random(state)`: a float in [0, 1) with 53 random bits.
fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(with_mt(vm, &args, |w| w.random())?))
}

fn bit_count(vm: &mut Vm, v: Option<&Value>) -> PyResult<u64> {
    let k = vm.to_index(v.unwrap_or(&Value::None))?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let k = k.unsigned_abs();
    vm.check_alloc(4, usize::try_from(k / 32).unwrap_or(usize::MAX))?;
    vm.charge_fuel(k / 32)?;
    Ok(k)
}

/// `_getrandbits(state, k)`: a non-negative int with k random bits.
fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("getrandbits", 2, 2)?;
    let k = bit_count(vm, args.get(1))?;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_bigint(with_mt(vm, &args, |mt| {
        mt.getrandbits(k)
    })?))
}

/// `_randbelow(state, n)`: an int in [0, n) by rejection sampling on
/// `getrandbits(n.bit_length())`, CPython's exact draw sequence. 0 for n <= 0.
fn randbelow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("_randbelow", 2, 2)?;
    let n = match args.get(1).and_then(crate::vm::num::to_bigint) {
        Some(n) => n,
        None => return Err(PyErr::type_error("_randbelow needs an int")),
    };
    if n <= BigInt::zero() {
        return Ok(Value::Int(0));
    }
    let k = n.bits();
    vm.check_alloc(4, usize::try_from(k / 32).unwrap_or(usize::MAX))?;
    let mut tries = 0u64;
    let r = with_mt(vm, &args, |mt| loop {
        tries += 1;
        let r = mt.getrandbits(k);
        if r < n {
            break r;
        }
    })?;
    vm.charge_fuel(tries.saturating_mul(k / 32 + 1))?;
    Ok(Value::from_bigint(r))
}

/// `_randbytes(state, n)`: n random bytes (`getrandbits(n * 8)` little-endian).
fn randbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("randbytes", 2, 2)?;
    let n = vm.to_index(args.get(1).unwrap_or(&Value::None))?;
    if n < 0 {
        // CPython draws getrandbits(n * 8), so the error is getrandbits'.
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let bits = bit_count(vm, Some(&Value::Int(n.saturating_mul(8))))?;
    if bits == 0 {
        return Ok(Value::bytes(Vec::new()));
    }
    let r = with_mt(vm, &args, |mt| mt.getrandbits(bits))?;
    let mut out = r.to_bytes_le().1;
    out.resize(usize::try_from(n).map_err(|_| PyErr::ssize_overflow())?, 0);
    Ok(Value::bytes(out))
}

/// `_getstate(state)`: the 625-int tuple of `getstate()[1]`.
fn getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::tuple(with_mt(vm, &args, |w| w.0.to_vec())?))
}

/// `_setstate(state, words)`: loads a tuple from `getstate()[1]`.
fn setstate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("setstate", 2, 2)?;
    let list = state_list(args.get(0))?;
    let items = match args.get(1) {
        Some(Value::Tuple(t)) => t.items.clone(),
        _ => return Err(PyErr::type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mt = Mt::from_values(&items).ok_or_else(|| PyErr::value_error("invalid state"))?;
    store(&list, &mt);
    Ok(Value::None)
}

/// Float helpers the distributions need (the `math` module is another file; these are
/// the same libm functions CPython calls).
fn float_fn(vm: &mut Vm, args: &Args, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = vm.to_f64(args.get(0).unwrap_or(&Value::None))?;
    let y = f(x);
    if y.is_nan() && !x.is_nan() {
        return Err(PyErr::value_error("math domain error"));
    }
    Ok(Value::Float(y))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(args.get(0).unwrap_or(&Value::None))?;
    if x <= 0.0 {
        return Err(PyErr::value_error("math domain error"));
    }
    Ok(Value::Float(x.ln()))
}
fn exp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_fn(vm, &args, f64::exp)
}
fn sqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_fn(vm, &args, f64::sqrt)
}
fn cos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_fn(vm, &args, f64::cos)
}
fn sin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_fn(vm, &args, f64::sin)
}
fn acos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_fn(vm, &args, f64::acos)
}
fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(args.get(0).unwrap_or(&Value::None))?;
    Ok(Value::Bool(x.is_finite()))
}
fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(args.get(0).unwrap_or(&Value::None))?;
    float_to_int(x.floor())
}
fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(args.get(0).unwrap_or(&Value::None))?;
    float_to_int(x.ceil())
}

const SHA512_K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

/// SHA-512 (FIPS 180-4) of `data`: the digest CPython appends to str/bytes seeds.
fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (i, chunk) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            w[i] = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(SHA512_K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (chunk, x) in out.chunks_exact_mut(8).zip(h) {
        chunk.copy_from_slice(&x.to_be_bytes());
    }
    out
}

/// The `Random` class and the distributions, in Python: each follows CPython 3.11's
/// algorithm step for step (the same draws in the same order), on the Rust primitives.
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/random.py"));

/// Builds the `random` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.function("_seed", seed);
    m.function("_random", random);
    m.function("_getrandbits", getrandbits);
    m.function("_randbelow", randbelow);
    m.function("_randbytes", randbytes);
    m.function("_getstate", getstate);
    m.function("_setstate", setstate);
    m.function("_log", log);
    m.function("_exp", exp);
    m.function("_sqrt", sqrt);
    m.function("_cos", cos);
    m.function("_sin", sin);
    m.function("_acos", acos);
    m.function("_isfinite", isfinite);
    m.function("_floor", floor);
    m.function("_ceil", ceil);
    m.run_python(vm, PYTHON)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha512_matches_known_digest() {
        let d = sha512(b"abc");
        assert_eq!(d[0], 0xdd);
        assert_eq!(d[63], 0x9f);
    }

    #[test]
    fn first_output_for_seed_zero() {
        let mut values = Mt::init_by_array(&[0]).to_values();
        // CPython: random.seed(0); random.getrandbits(32) == 3626764237
        assert_eq!(Words(&mut values).next_u32(), 3_626_764_237);
    }

    #[test]
    fn unseeded_use_follows_the_determinism_policy() {
        use crate::policy::DeterminismMode;
        use crate::stdlib::time::run_with_mode;
        let program = "import random\nprint(random.random(), random.Random().random())\n\
                       random.seed()\nprint(random.randint(1, 10**9))\n";
        let a = run_with_mode(DeterminismMode::Virtual, program);
        let b = run_with_mode(DeterminismMode::Virtual, program);
        assert!(a.error.is_none(), "{:?}", a.error);
        assert_eq!(a.stdout, b.stdout);
        let program = "import random\nr = random.SystemRandom(5)\nr.seed(1)\n\
                       print(r.random(), r.randrange(10**20), r.choice('abc'))\n\
                       try:\n    r.getstate()\nexcept NotImplementedError as e:\n    print(e)\n";
        let a = run_with_mode(DeterminismMode::Virtual, program);
        let b = run_with_mode(DeterminismMode::Virtual, program);
        assert!(a.error.is_none(), "{:?}", a.error);
        assert_eq!(a.stdout, b.stdout);
        assert!(a
            .stdout
            .ends_with("System entropy source does not have state.\n"));
        let out = run_with_mode(DeterminismMode::Forbid, "import random\nrandom.seed(5)\n");
        assert!(out.error.is_none() && out.violations.is_empty());
        for call in [
            "random.random()",
            "random.Random()",
            "random.seed()",
            "random.getstate()",
            "random.SystemRandom().random()",
        ] {
            let out = run_with_mode(DeterminismMode::Forbid, &format!("import random\n{call}\n"));
            assert!(out.error.is_some(), "{call}");
            assert_eq!(out.violations.len(), 1, "{call}");
        }
    }
}
