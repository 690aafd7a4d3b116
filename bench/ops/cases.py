"""Per-operation cases for scripts/bench-ops.sh: name -> (setup, statement).

Each case becomes a function that runs its setup once and its statement in a loop; the
script subtracts the cost of an empty loop, so a row is the instructions one statement
costs. Setup lines are separated by '; ' or newlines.
"""

CASES = {
    "empty": ("", "pass"),
    "int_add": ("", "x = i + 1"),
    "int_mod": ("", "x = i % 7"),
    "compare_int": ("", "x = i < 5"),
    "is_none": ("o = 1", "x = o is None"),
    "float_mul": ("y = 1.5; z = 2.5", "x = y * z"),
    "float_pow_half": ("y = 2.0", "x = y ** 0.5"),
    "global_read": ("", "x = G"),
    "list_index": ("a = [1.0, 2.0, 3.0]", "x = a[1]"),
    "list_store_index": ("a = [1.0, 2.0, 3.0]; y = 2.0", "a[1] = y"),
    "list_aug_index": ("a = [1.0, 2.0, 3.0]; y = 2.0", "a[1] += y"),
    "tuple_unpack": ("t = (1, 2)", "a, b = t"),
    "attr_get": ("class C: pass\no = C(); o.a = 1", "x = o.a"),
    "attr_set": ("class C: pass\no = C()", "o.a = i"),
    "func_call": ("def f(x): return x", "f(i)"),
    "method_call": ("class C:\n  def m(self): return 1\no = C()", "o.m()"),
    "instance_new": ("class C:\n  def __init__(self, v): self.v = v", "x = C(i)"),
    "len": ("a = [1, 2]", "x = len(a)"),
    "list_append": ("a = []", "a.append(i)"),
    "dict_get": ("d = {'a': 1, 'k5': 2}; k = 'k5'", "x = d.get(k, 0)"),
    "dict_getitem": ("d = {'k5': 1}; k = 'k5'", "x = d[k]"),
    "dict_setitem": ("d = {}; k = 'k5'", "d[k] = i"),
    "in_dict": ("d = {'k5': 1}; k = 'k5'", "x = k in d"),
    "set_add": ("s = set()", "s.add(i & 63)"),
    "str_index": ("s = 'abcdef'", "x = s[2]"),
    "str_slice": ("s = 'abcdef'", "x = s[1:3]"),
    "str_concat": ("s = 'abc'; t = 'de'", "x = s + t"),
    "str_upper": ("s = 'abcdef'", "x = s.upper()"),
    "str_split": ("s = 'ab,cd,ef'", "x = s.split(',')"),
    "str_join": ("a = ['ab', 'cd', 'ef']", "x = ','.join(a)"),
    "percent_d": ("", "x = 'k%d' % i"),
    "fstring": ("s = 'abc'", "x = f'{s}={i}'"),
    "int_of_str": ("s = '123'", "x = int(s)"),
    "range_loop": ("", "for j in range(3): pass"),
    "enumerate_loop": ("a = [1, 2, 3]", "for j, v in enumerate(a): pass"),
    "listcomp": ("a = [1, 2, 3]", "x = [v for v in a]"),
}

LOOPS = 20000


def program(setup, statement):
    """The source of one case: setup, then the statement in a loop, inside a function."""
    lines = ["G = 1", "def main():"]
    for line in setup.replace("; ", "\n").splitlines():
        lines.append("    " + line)
    lines.append(f"    for i in range({LOOPS}):")
    lines.append("        " + statement)
    lines.append("main()")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import pathlib
    import sys

    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, (setup, statement) in CASES.items():
        (out / f"{name}.py").write_text(program(setup, statement))
