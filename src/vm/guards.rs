//! The policy's checks at the runtime's choke points: attribute names (dunders), member
//! paths of stdlib modules and classes (where they are read, and where the stdlib
//! functions they name are called), and builtins the sandbox does not provide. Each
//! refusal raises a Python exception and records a violation.

use crate::compile::bytecode::Code;
use crate::policy::{Violation, BANNED_BUILTINS};
use crate::stdlib::members;
use crate::value::{NativeFunction, Value};

use super::error::{ExcKind, PyErr, PyResult};
use super::Vm;

impl Vm {
    /// Refuses attribute names the policy blocks (`obj.__subclasses__`, `getattr(x,
    /// '__globals__')`, `'{0.__class__}'.format(x)`): the one check every user-visible
    /// attribute access goes through.
    pub fn guard_attribute(&mut self, name: &str) -> PyResult<()> {
        let trusted = self.frames.last().is_some_and(|f| f.code.flags.trusted);
        if trusted || self.policy.allows_attribute(name) {
            return Ok(());
        }
        Err(self.refuse_attribute(name))
    }

    /// Refuses a blocked attribute name that arrives as data rather than as code:
    /// `getattr`/`setattr`/`hasattr`/`delattr`, `object.__setattr__`, `str.format` fields.
    /// Trusted stdlib code is exempt only for names its own code spells out; a name it got
    /// from its caller (a dataclass field, a format string, a helper's argument) is checked
    /// as if the caller had written the access, so the stdlib never reads or writes a
    /// blocked dunder on user code's behalf (no confused deputy).
    pub fn guard_attribute_name(&mut self, name: &str) -> PyResult<()> {
        let spelled = self
            .frames
            .last()
            .is_some_and(|f| f.code.flags.trusted && spells(&f.code.consts, name));
        if spelled || self.policy.allows_attribute(name) {
            return Ok(());
        }
        Err(self.refuse_attribute(name))
    }

    /// Records the `dunder` violation for `name` and returns the AttributeError that
    /// reports it.
    fn refuse_attribute(&mut self, name: &str) -> PyErr {
        let v = Violation::dunder(name, self.current_span());
        let message = v.message.clone();
        self.record(v);
        PyErr::attribute_error(message)
    }

    /// Refuses a member the policy denies; `owner` is the module or class the attribute
    /// was read from (members of user code are never denied).
    pub fn guard_member(&mut self, owner: &Value, name: &str) -> PyResult<()> {
        if self.policy.denied_members.is_empty() {
            return Ok(());
        }
        let path = match owner {
            Value::Module(m) => format!("{}.{name}", m.name),
            Value::Class(c) if &*c.module != "__main__" && !c.builtin => {
                format!("{}.{}.{name}", c.module, c.qualname)
            }
            _ => return Ok(()),
        };
        if !self.policy.denies_member(&path) {
            return Ok(());
        }
        Err(self.refuse_member(&path))
    }

    /// Refuses a call of a stdlib function written in Python whose member path a denied
    /// member rule covers. This is the check at the capability itself: an alias, an
    /// instance (`random.Random().random()`), a subclass, a `partial`, a callback or
    /// another stdlib function (`random.uniform` draws from `random()`) all end up
    /// calling the same code, whose path Python cannot change.
    pub fn guard_function_call(&mut self, code: &Code) -> PyResult<()> {
        if self.policy.denied_members.is_empty() {
            return Ok(());
        }
        let Some(module) = code.flags.stdlib_module else {
            return Ok(());
        };
        let rule = members::covering_rule(&self.policy.denied_members, module, &code.qualname);
        self.refuse_call(rule.cloned())
    }

    /// The same check for a module-level stdlib function written in Rust. Its private
    /// helpers (`datetime._now`, `random._random`, `time._gmtime`: Sandpit's own, absent
    /// from CPython) do the public members' work, so while the policy denies anything in
    /// the module they serve only the module's own code.
    pub fn guard_native_call(&mut self, native: &NativeFunction) -> PyResult<()> {
        if self.policy.denied_members.is_empty() {
            return Ok(());
        }
        let Some(module) = native.module else {
            return Ok(());
        };
        let rules = &self.policy.denied_members;
        let mut rule = members::covering_rule(rules, module, native.name);
        if rule.is_none() && native.name.starts_with('_') {
            let caller = self.frames.last().and_then(|f| f.code.flags.stdlib_module);
            if caller != Some(module) {
                rule = members::rule_in_module(rules, module);
            }
        }
        self.refuse_call(rule.cloned())
    }

    /// Refuses a call that `rule` denies, unless it is part of building a module.
    fn refuse_call(&mut self, rule: Option<String>) -> PyResult<()> {
        match rule {
            Some(rule) if !self.building_module() => Err(self.refuse_member(&rule)),
            _ => Ok(()),
        }
    }

    /// Refuses a read of one of the clocks when a denied member rule names `what` (the
    /// member reading it), or names any member of `clock` (all the members that read
    /// that clock) exactly: a rule against `datetime.datetime.now` is a rule against
    /// reading the wall clock, so `today()`, `utcnow()` and `time.time()` are no way
    /// around it. A rule naming a whole class or module covers only its own members.
    pub fn guard_clock(&mut self, what: &str, clock: &[&str]) -> PyResult<()> {
        if self.policy.denied_members.is_empty() {
            return Ok(());
        }
        let (module, name) = what.split_once('.').unwrap_or((what, ""));
        let rules = &self.policy.denied_members;
        let rule = members::covering_rule(rules, module, name)
            .or_else(|| rules.iter().find(|rule| clock.contains(&rule.as_str())));
        match rule.cloned() {
            Some(rule) => Err(self.refuse_member(&rule)),
            None => Ok(()),
        }
    }

    /// Whether the innermost user-free stretch of the stack is a stdlib module being
    /// built (`_inst = Random(0)`, `datetime.min = datetime(1, 1, 1)`): Sandpit setting
    /// itself up at import, not the program using a member. A frame of user code above
    /// the module body (a callback) ends the stretch, so no call it makes is exempt.
    fn building_module(&self) -> bool {
        self.frames
            .iter()
            .rev()
            .take_while(|f| f.code.flags.trusted)
            .any(|f| f.code.flags.stdlib_module.is_some() && &*f.code.name == "<module>")
    }

    /// Records the `member` violation of `rule` and returns the PermissionError that
    /// reports it.
    fn refuse_member(&mut self, rule: &str) -> PyErr {
        let v = Violation::member(rule, self.current_span());
        let message = v.message.clone();
        self.record(v);
        PyErr::new(ExcKind::PermissionError, message)
    }

    /// The `NameError` for a name found nowhere; for a builtin the sandbox withholds it
    /// also records a `builtin` violation and says why.
    pub fn missing_name(&mut self, name: &str) -> PyErr {
        if BANNED_BUILTINS.contains(&name) {
            let v = Violation::builtin(name, self.current_span());
            let message = format!("name '{name}' is not defined ({})", v.message);
            self.record(v);
            return PyErr::new(ExcKind::NameError, message);
        }
        if self.is_denied_host(name) {
            return self.denied_host_error(name);
        }
        let suggestion = self.suggest_name(name);
        self.error_suggesting(
            ExcKind::NameError,
            format!("name '{name}' is not defined"),
            suggestion,
        )
    }
}

/// Whether `name` is one of the string constants in `consts` (directly or inside a tuple
/// constant): the names a trusted code object wrote itself.
fn spells(consts: &[Value], name: &str) -> bool {
    consts.iter().any(|c| match c {
        Value::Str(s) => s.as_str() == name,
        Value::Tuple(t) => spells(&t.items, name),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use crate::policy::ViolationKind;
    use crate::Sandbox;

    /// The dunder rules `src` broke, in order.
    fn blocked(src: &str) -> Vec<String> {
        Sandbox::new()
            .run(src)
            .violations
            .into_iter()
            .filter(|v| v.kind == ViolationKind::Dunder)
            .map(|v| v.rule)
            .collect()
    }

    #[test]
    fn object_setattr_and_delattr_check_the_name() {
        let src = "class A: pass\na = A()\n\
                   try:\n    object.__setattr__(a, '__dict__', {})\nexcept AttributeError:\n    pass\n\
                   try:\n    object.__delattr__(a, '__weakref__')\nexcept AttributeError:\n    pass\n";
        assert_eq!(blocked(src), ["__dict__", "__weakref__"]);
    }

    #[test]
    fn stdlib_code_checks_names_it_was_given() {
        // A private helper that reads whatever names its caller passes.
        let src = "import dataclasses\nclass F:\n    name = '__mro__'\n\
                   try:\n    dataclasses._values(int, [F()])\nexcept AttributeError:\n    pass\n";
        assert_eq!(blocked(src), ["__mro__"]);
        // A native helper that reads a class's own namespace.
        let src = "import dataclasses\n@dataclasses.dataclass\nclass D:\n    x: int = 0\n\
                   try:\n    dataclasses._own_attr(D, '__dataclass_fields__', None)\n\
                   except AttributeError:\n    pass\n";
        assert_eq!(blocked(src), ["__dataclass_fields__"]);
    }

    #[test]
    fn stdlib_code_keeps_the_names_it_spells() {
        // dataclasses reads __dataclass_fields__ by its own literal name: no violation.
        let src = "import dataclasses\n@dataclasses.dataclass\nclass D:\n    x: int = 0\n\
                   print(dataclasses.fields(D)[0].name, dataclasses.asdict(D(3)))\n";
        let out = Sandbox::new().run(src);
        assert!(out.error.is_none(), "{:?}", out.error);
        assert_eq!(out.stdout, "x {'x': 3}\n");
        assert!(out.violations.is_empty(), "{:?}", out.violations);
    }
}
