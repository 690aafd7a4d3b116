//! The dispatch loop's fast lane: runs the instructions that touch only the running
//! frame and plain values (locals, constants, cached globals and module variables, int
//! and float arithmetic and comparisons, jumps, `for` over ranges, lists and tuples, list
//! and tuple indexing, and the instance attributes and methods and builtin containers'
//! methods the attribute cache knows) with the frame found once, not once per
//! instruction, and without the error plumbing of the full loop.
//!
//! Every instruction here has its general form in `interp.rs`; the lane stops, leaving
//! the instruction uncounted and the program counter on it, at the first one it cannot
//! finish alone (a call, a slow operand, anything that may raise or record a
//! violation) and whenever the limits are due to be checked, so fuel, time and memory
//! are enforced exactly as in the full loop.

use crate::compile::bytecode::Instr;
use crate::value::{Instance, Value};

use super::attr_cache::{Hit, OnClass};
use super::error::PyResult;
use super::frame::Frame;
use super::Vm;

/// Pops the top of `stack`, which the lane has read and is done with.
#[inline(always)]
fn pop_release(stack: &mut Vec<Value>) {
    if let Some(v) = stack.pop() {
        v.release();
    }
}

/// Puts `v` in place of the top two values of `stack` (the operands it was made from).
#[inline(always)]
fn replace_top_two(stack: &mut Vec<Value>, v: Value) {
    pop_release(stack);
    if let Some(top) = stack.last_mut() {
        std::mem::replace(top, v).release();
    }
}

/// Replaces the top two values of `stack` with what `op` makes of them; false, with the
/// stack untouched, when it makes nothing of them.
#[inline(always)]
fn combine_top_two(
    stack: &mut Vec<Value>,
    op: impl FnOnce(&Value, &Value) -> Option<Value>,
) -> bool {
    let Some(v) = (match stack.as_slice() {
        [.., a, b] => op(a, b),
        _ => None,
    }) else {
        return false;
    };
    replace_top_two(stack, v);
    true
}

/// Whether running code may read or write the attribute `names[index]` without a
/// policy check that could refuse it (trusted stdlib code, or a name the policy allows).
#[inline(always)]
fn attribute_allowed(vm_policy: &crate::policy::Policy, f: &Frame, index: u32) -> bool {
    f.code.flags.trusted
        || f.code
            .names
            .get(index as usize)
            .is_some_and(|n| vm_policy.allows_attribute(n))
}

/// The instance on top of `f`'s stack and what the attribute cache knows about
/// `names[index]` on its class, when the running code may use the name unchecked.
#[inline(always)]
fn cached_on_top<'f>(
    policy: &crate::policy::Policy,
    f: &'f Frame,
    index: u32,
) -> Option<(&'f Instance, Hit)> {
    let Some(Value::Instance(inst)) = f.stack.last() else {
        return None;
    };
    if !attribute_allowed(policy, f, index) {
        return None;
    }
    let hit = f.code.attr_cache.probe(index, &inst.class)?;
    Some((inst, hit))
}

impl Vm {
    /// The lane's `Call`/`CallMethod` `instr` at the top frame's `pc`, whose next
    /// instruction is at `next`, after `ran` uncounted lane instructions, when it does not
    /// call a plain Python function: if it calls a builtin (see `Vm::call_native_on_stack`)
    /// or constructs an instance of the commonest class (see `plain_init`), counts them
    /// and it, moves the program counter past it and makes the call. False, touching
    /// nothing, for another callee. Out of line: the lane's own code stays as small as
    /// it is.
    #[inline(never)]
    fn lane_other_call(&mut self, instr: Instr, next: usize, ran: u64) -> PyResult<bool> {
        let (nargs, method) = match instr {
            Instr::Call(n) => (n as usize, false),
            Instr::CallMethod(n) => (n as usize + 1, true),
            _ => return Ok(false),
        };
        let Some(f) = self.frames.last_mut() else {
            return Ok(false);
        };
        if super::interp::calls_native(&f.stack, nargs) {
            f.pc = next;
            self.instructions += ran + 1;
            self.call_native_on_stack(nargs, method)?;
            return Ok(true);
        }
        let Some((cls, init)) = super::call::plain_init(&f.stack, nargs).filter(|_| !method) else {
            return Ok(false);
        };
        f.pc = next;
        self.instructions += ran + 1;
        self.construct_plain(cls, &init, nargs)?;
        Ok(true)
    }

    /// Runs fast-lane instructions on the top frame until one needs the full loop.
    ///
    /// Memory is checked once, on entry: no lane instruction builds a value that
    /// outlives the next one, except a plain attribute write adding a name an instance
    /// did not have, and a loop of lane instructions alone (no calls, no new objects) can
    /// add only as many as the instances and names it already holds; and a list
    /// comprehension's append, which grows its list by one value per step, as in the
    /// full loop, where too the check follows the growth. Fuel is counted in a local and
    /// stops the lane where the full loop's next check is due, so the appends between
    /// two checks are a few thousand at most.
    ///
    /// Plain calls of Python functions and their returns (not the return from the frame
    /// at `base`, which ends the dispatch loop) stay in the lane, which goes on with the
    /// new running frame; a call's errors are raised as the full loop raises them, with
    /// the instruction counted and the program counter past it.
    ///
    /// On wasm it is a function of its own (scripts/build-wasm.sh keeps wasm-opt from
    /// inlining it too): V8 compiles a small function to optimised code sooner, so a
    /// run leaves baseline code sooner, and it compiles it better (nbody ran 8% faster).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn run_fast_lane(&mut self, base: usize) -> PyResult<()> {
        if crate::value::heap::over_limit() {
            return Ok(());
        }
        let mut room = self
            .next_check
            .saturating_sub(self.instructions)
            .saturating_sub(1);
        let mut ran: u64 = 0;
        'frames: loop {
            let depth = self.frames.len();
            // The frame itself, not its box: the pointer stays in a register.
            let Some(f) = self.frames.last_mut().map(|b| &mut **b) else {
                break;
            };
            while ran < room {
                let Some(&instr) = f.code.instructions.get(f.pc) else {
                    break;
                };
                let next = f.pc + 1;
                let pc = match instr {
                    Instr::LoadFast(i) => match f.locals.get(i as usize) {
                        Some(Some(v)) => {
                            let v = v.clone();
                            f.stack.push(v);
                            next
                        }
                        _ => break,
                    },
                    Instr::StoreFast(i) => {
                        let (Some(slot), Some(v)) = (f.locals.get_mut(i as usize), f.stack.pop())
                        else {
                            break;
                        };
                        if let Some(old) = slot.replace(v) {
                            old.release();
                        }
                        next
                    }
                    Instr::LoadConst(i) => match f.code.consts.get(i as usize) {
                        Some(v) => {
                            let v = v.clone();
                            f.stack.push(v);
                            next
                        }
                        None => break,
                    },
                    Instr::LoadSmallInt(i) => {
                        f.stack.push(Value::Int(i64::from(i)));
                        next
                    }
                    Instr::LoadNone => {
                        f.stack.push(Value::None);
                        next
                    }
                    Instr::LoadGlobal(i) => {
                        match f.code.global_cache.get(i, &f.globals, &self.builtins) {
                            Some(v) => {
                                f.stack.push(v);
                                next
                            }
                            None => break,
                        }
                    }
                    Instr::LoadName(i) if f.names_are_globals() => {
                        match f.code.global_cache.get(i, &f.globals, &self.builtins) {
                            Some(v) => {
                                f.stack.push(v);
                                next
                            }
                            None => break,
                        }
                    }
                    Instr::StoreGlobal(i) | Instr::StoreName(i)
                        if matches!(instr, Instr::StoreGlobal(_)) || f.names_are_globals() =>
                    {
                        let Some(v) = f.stack.pop() else {
                            break;
                        };
                        if let Err(v) = f.code.global_cache.set(i, &f.globals, v) {
                            f.stack.push(v);
                            break;
                        }
                        next
                    }
                    Instr::Pop => {
                        // Dropping a suspended generator closes it: the full loop does that.
                        if matches!(f.stack.last(), Some(Value::Generator(_)) | None) {
                            break;
                        }
                        pop_release(&mut f.stack);
                        next
                    }
                    Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                        if !combine_top_two(&mut f.stack, |a, b| super::num::fast_op(a, b, op))
                            && !combine_top_two(&mut f.stack, |a, b| super::num::int_op(a, b, op))
                        {
                            break;
                        }
                        next
                    }
                    Instr::BinarySubscr => {
                        if !combine_top_two(&mut f.stack, super::subscript::fast_getitem)
                            && !combine_top_two(&mut f.stack, super::subscript::plain_getitem)
                        {
                            break;
                        }
                        next
                    }
                    Instr::StoreSubscr => {
                        // [value, obj, key]: a list written at an int position in range.
                        if f.stack.len() < 3 {
                            break;
                        }
                        let (Some(key), Some(obj), Some(value)) =
                            (f.stack.pop(), f.stack.pop(), f.stack.pop())
                        else {
                            break;
                        };
                        if let Err(value) = super::subscript::fast_setitem(&obj, &key, value) {
                            f.stack.extend([value, obj, key]);
                            break;
                        }
                        key.release();
                        next
                    }
                    Instr::Dup2 => {
                        let [.., a, b] = f.stack.as_slice() else {
                            break;
                        };
                        let (a, b) = (a.clone(), b.clone());
                        f.stack.extend([a, b]);
                        next
                    }
                    Instr::Rot2 | Instr::Rot3 => {
                        let n = if matches!(instr, Instr::Rot2) { 2 } else { 3 };
                        let Some(top) = f
                            .stack
                            .len()
                            .checked_sub(n)
                            .and_then(|at| f.stack.get_mut(at..))
                        else {
                            break;
                        };
                        top.rotate_right(1);
                        next
                    }
                    Instr::UnpackSequence(n) => {
                        // A tuple or list of exactly n items, pushed last first.
                        match f.stack.last() {
                            Some(Value::Tuple(t)) if t.items.len() == n as usize => {
                                let t = t.clone();
                                pop_release(&mut f.stack);
                                f.stack.extend(t.items.iter().rev().cloned());
                            }
                            Some(Value::List(l)) if l.len() == n as usize => {
                                let items = l.to_vec();
                                pop_release(&mut f.stack);
                                f.stack.extend(items.into_iter().rev());
                            }
                            _ => break,
                        }
                        next
                    }
                    Instr::Compare(op) => {
                        let Some(holds) = (match f.stack.as_slice() {
                            [.., a, b] => super::compare::fast_compare(a, b, op),
                            _ => None,
                        }) else {
                            break;
                        };
                        pop_release(&mut f.stack);
                        pop_release(&mut f.stack);
                        // A conditional jump on the result (`if a < b`, loop tests) is taken
                        // here, without making the bool; it counts as an instruction.
                        match f.code.instructions.get(next) {
                            Some(Instr::PopJumpIfFalse(t)) => {
                                ran += 1;
                                if holds {
                                    next + 1
                                } else {
                                    *t as usize
                                }
                            }
                            Some(Instr::PopJumpIfTrue(t)) => {
                                ran += 1;
                                if holds {
                                    *t as usize
                                } else {
                                    next + 1
                                }
                            }
                            _ => {
                                f.stack.push(Value::Bool(holds));
                                next
                            }
                        }
                    }
                    Instr::ListAppend(depth) => {
                        // A list comprehension's append: the list sits `depth` below.
                        let Some(v) = f.stack.pop() else {
                            break;
                        };
                        let list = f.stack.len().checked_sub(depth as usize);
                        match list.and_then(|at| f.stack.get(at)) {
                            Some(Value::List(l)) => l.borrow_mut().push(v),
                            _ => {
                                f.stack.push(v);
                                break;
                            }
                        }
                        next
                    }
                    Instr::LoadDeref(i) => {
                        match f.cells.get(i as usize).and_then(|c| c.borrow().clone()) {
                            Some(v) => {
                                f.stack.push(v);
                                next
                            }
                            None => break,
                        }
                    }
                    Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                        let Some(&Value::Bool(b)) = f.stack.last() else {
                            break;
                        };
                        pop_release(&mut f.stack);
                        if b == matches!(instr, Instr::PopJumpIfTrue(_)) {
                            t as usize
                        } else {
                            next
                        }
                    }
                    Instr::Jump(t) => t as usize,
                    Instr::ForIter(t) => {
                        let Some(Value::Iter(it)) = f.stack.last() else {
                            break;
                        };
                        match super::iter::fast_next(it) {
                            Some(Some(v)) => {
                                f.stack.push(v);
                                next
                            }
                            Some(None) => {
                                f.stack.pop();
                                t as usize
                            }
                            None => break,
                        }
                    }
                    Instr::LoadAttr(i) => {
                        // An instance's own attribute, where its class has nothing by the name.
                        let Some((
                            inst,
                            Hit {
                                found: OnClass::Nothing,
                                slot: Some(slot),
                                ..
                            },
                        )) = cached_on_top(&self.policy, f, i)
                        else {
                            break;
                        };
                        let Some(v) = inst.attrs.borrow().get(slot).cloned() else {
                            break;
                        };
                        if let Some(top) = f.stack.last_mut() {
                            *top = v;
                        }
                        next
                    }
                    Instr::StoreAttr(i) => {
                        // A plain write to an instance of a class without `__setattr__` or a
                        // class attribute of that name.
                        let [.., value, Value::Instance(inst)] = f.stack.as_slice() else {
                            break;
                        };
                        if !attribute_allowed(&self.policy, f, i)
                            || inst.class.builtin
                            || inst.exception().is_some()
                        {
                            break;
                        }
                        let Some(Hit {
                            found: OnClass::Nothing,
                            plain_setattr: true,
                            slot: Some(slot),
                        }) = f.code.attr_cache.probe(i, &inst.class)
                        else {
                            break;
                        };
                        // The old value drops after the attributes are released.
                        let old = inst.attrs.borrow_mut().set(slot, value.clone());
                        drop(old);
                        f.stack.truncate(f.stack.len().saturating_sub(2));
                        next
                    }
                    Instr::LoadMethod(i) => {
                        // Pushes [method, self] as the full loop does: a method an instance's
                        // class holds and the instance does not shadow, or a method of a
                        // builtin container's type (which no program can change).
                        let method = match f.stack.last() {
                            Some(Value::Instance(_)) => {
                                let Some((
                                    inst,
                                    Hit {
                                        found: OnClass::Method(method),
                                        slot,
                                        ..
                                    },
                                )) = cached_on_top(&self.policy, f, i)
                                else {
                                    break;
                                };
                                let shadowed = {
                                    let attrs = inst.attrs.borrow();
                                    match slot {
                                        Some(slot) => attrs.get(slot).is_some(),
                                        None => attrs.overflow().is_some_and(|own| {
                                            !own.is_empty()
                                                && f.code
                                                    .names
                                                    .get(i as usize)
                                                    .is_none_or(|name| own.contains_key(name))
                                        }),
                                    }
                                };
                                match method.upgrade().filter(|_| !shadowed) {
                                    Some(func) => Value::Function(func),
                                    None => break,
                                }
                            }
                            Some(v) => {
                                let Some(class) = self.types.of_container(v) else {
                                    break;
                                };
                                if !attribute_allowed(&self.policy, f, i) {
                                    break;
                                }
                                let Some(Hit {
                                    found: OnClass::Native(native),
                                    ..
                                }) = f.code.attr_cache.probe(i, class)
                                else {
                                    break;
                                };
                                match native.upgrade() {
                                    Some(native) => Value::Native(native),
                                    None => break,
                                }
                            }
                            None => break,
                        };
                        let receiver = f.stack.pop();
                        f.stack.push(method);
                        f.stack.extend(receiver);
                        next
                    }
                    Instr::Call(n) | Instr::CallMethod(n) => {
                        let nargs = n as usize + usize::from(matches!(instr, Instr::CallMethod(_)));
                        let Some(func) = super::interp::plain_callee(&f.stack, nargs) else {
                            if !self.lane_other_call(instr, next, ran)? {
                                break;
                            }
                            // The builtin may have run Python (a `key=` function, say),
                            // which counted its own instructions, and may have built
                            // anything: memory is the full loop's to check.
                            ran = 0;
                            if crate::value::heap::over_limit() {
                                break 'frames;
                            }
                            room = self
                                .next_check
                                .saturating_sub(self.instructions)
                                .saturating_sub(1);
                            continue 'frames;
                        };
                        f.pc = next;
                        self.instructions += ran + 1;
                        room = room.saturating_sub(ran + 1);
                        ran = 0;
                        self.push_plain_call(func, nargs)?;
                        continue 'frames;
                    }
                    Instr::ReturnValue => {
                        // An `__init__` frame's result is its instance: the full loop decides.
                        if depth <= base + 1 || f.init_instance.is_some() {
                            break;
                        }
                        let Some(v) = f.stack.pop() else {
                            break;
                        };
                        ran += 1;
                        if let Some(frame) = self.frames.pop() {
                            self.recycle_frame(frame);
                        }
                        if let Some(caller) = self.frames.last_mut() {
                            caller.stack.push(v);
                        }
                        continue 'frames;
                    }
                    _ => break,
                };
                f.pc = pc;
                ran += 1;
            }
            break;
        }
        self.instructions += ran;
        Ok(())
    }
}
