# f-strings: expressions, method calls, quotes, braces, multi-line.
name, age, items = "Ada", 36, ["x", "y"]
print(f"{name} is {age}")
print(f"{name.upper()} {age + 1} {age * 2 - 1} {len(items)} {items[0]} {items[-1]!r}")
print(f"{'nested quotes'} {name!r:>8} {{literal}} {{{age}}}")
print(f"{3 > 2} {None} {[1, 2]} {(1,)} {{'a': 1}} {dict(a=1)}")
print(f"{age if age > 30 else 'young'} {'yes' if not items else 'no'}")
print(f"{[n * n for n in range(4)]} {sum(i for i in range(5))}")
print(f"{(lambda v: v * 3)(2)}")
d = {"key": "value"}
print(f"{d['key']} {d.get('missing', 'default')}")
print(f"""triple {name}
second line {age}""")
print(F"capital F {name}", rf"raw \n {name}", fr"{age}\t")
x = 10
print(f"{x}{x}{x}", f"{x:}", f"{''}", f"")
print(f"{x = }")
print(f"{'a' 'b'}", f"{1_000}", f"{0x10}", f"{1e3}")
width = 8
print(f"[{name:{width}}]", f"[{name:>{width}}]", f"[{age:0{width}d}]")
class T:
    pass

obj = T
print(f"{obj.__name__}")
print(f"{'{'}{'}'}")
print(f"{x!s:>4}|{x!r:<4}|{'é'!a}")
parts = [f"{i}:{c}" for i, c in enumerate("abc")]
print(", ".join(parts))
