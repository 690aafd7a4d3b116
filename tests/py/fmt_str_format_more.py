# str.format in depth: auto/manual numbering, nested specs, conversions, and data access.
print("{}, {}, {}".format(1, 2, 3), "{0}, {2}, {1}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "-"), "{x}{y}{x}".format(x="[", y="]"))
print("{:>{width}}|".format("r", width=5), "{:{fill}^{w}}".format("c", fill="-", w=7))
print("{0:{1}.{2}f}".format(3.14159, 10, 3), "{:.{}}".format("truncate", 4))
people = [{"name": "Ann", "tags": ["a", "b"]}, {"name": "Ben", "tags": ["c"]}]
for i, p in enumerate(people):
    print("{0}: {1[name]} has {1[tags][0]}".format(i, p))

class Box:
    width = 3
    inner = {"k": "v"}

    def __init__(self):
        self.items = [10, 20]

b = Box()
print("{0.width} {0.items[1]} {0.inner[k]}".format(b))
print("{!r:^10}|{!s:>5}|".format("x", 1.5))
print("{:}".format(42), "{:%}".format(0.1), "{:+.1e}".format(12345))
print("{0:b} {0:o} {0:x} {0:X} {0:c}".format(65))
print("{}".format({"a": 1}), "{}".format((1, 2)), "{}".format(None))
print("}}{{".format(), "{{0}}".format(1), "{{{0}}}".format(1))
args = [1, 2]
kwargs = {"sep": "-"}
print("{0}{sep}{1}".format(*args, **kwargs))
template = "{greet}, {name}!"
for n in ["World", "Py"]:
    print(template.format(greet="Hello", name=n))
print("{0[0]}{0[1]}{0[2]}".format("xyz"), "{[a]}".format({"a": "A"}))
