import string

f = string.Formatter()
print(f.format("{0} {x} {0!r:>5}", "a", x=3), f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(f.format("{} and {}", 1, 2), f.format("{:>{}}", "x", 4), f.format("{0:{1}.{2}f}", 3.14159, 8, 2))
print(f.format("{p.real} {d[k]} {l[1]} {0[0]}", [9], p=2.5, d={"k": "v"}, l=[7, 8]), f.format("{!a}", "é"), f.format("{!s:3}|", 1))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")), list(f.parse("")), list(f.parse("plain")), list(f.parse("{}")))
print(list(f.parse("{a[}]b}x")), list(f.parse("}}{{")), list(f.parse("{0:{1}}")), list(f.parse("x{!r}")))
print(f.get_field("x.real", (), {"x": 5}), f.get_field("0[1]", ([1, 2],), {}), f.get_value(0, ("a",), {}), f.get_value("k", (), {"k": 1}))
print(f.convert_field("a", "r"), f.convert_field(1, None), f.convert_field("é", "a"), f.format_field(3.14159, ".2f"))
print(f.format("{0}{0}", "ab"), f.format(""), f.format("{{}}"), f.format("{:}", 5), f.format("{0!r}", "q"))

errors = ["{", "}", "a{b", "{0!}", "{0!x}", "{0!rx}", "{:{", "{a{b}", "{}{0}", "{0}{}", "{0[}", "{0.}", "{0[0]x}",
          "{0:{0:{0}}}", "{missing}", "{5}", "{0.nope}", "{}{0}}", "{0}{}{", "{missing}{"]
for text in errors:
    try:
        print(repr(f.format(text, 1, key=2)))
    except Exception as e:
        print(repr(text), type(e).__name__, e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(unused)))


u = Upper()
print(u.format("{greeting}, {0}! {who}", "bob", greeting="hi"), u.format("{x:>4}", x="ab"))
try:
    u.format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError:", e)
