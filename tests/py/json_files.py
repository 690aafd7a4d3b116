import json


class Writer:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


class Reader:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


w = Writer()
json.dump({"b": [1, 2], "a": "x"}, w, sort_keys=True, indent=2)
text = "".join(w.chunks)
print(text)
print(json.load(Reader(text)))
print(json.load(Reader('[1.25, 3]'), parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.load(Reader('{"x": {"y": 1}}'), object_hook=lambda d: list(d)))
print(json.load(Reader(b'{"k": true}')))
w2 = Writer()
json.dump([1, {"a": None}], w2, separators=(",", ":"))
print("".join(w2.chunks))
for bad in [lambda: json.dump([1], object()), lambda: json.load(object()), lambda: json.load(Reader("[1,"))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
# strict=False lets control characters inside strings through.
print(repr(json.loads('"a\tb\nc"', strict=False)))
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(json.loads('{"a": 1}', object_pairs_hook=lambda pairs: dict(reversed(pairs)), object_hook=list))
print(json.loads("  3  "), json.loads('"x"'), json.loads("null"), json.loads("-1.5E+2"), json.loads("1e-2"))
print(json.loads(bytearray(b'[true]')), json.loads('[1, [2, [3, {}]]]'))
d = json.JSONDecoder()
print(d.decode('{"a": [1, 2]}'), d.raw_decode('[1] trailing'), d.raw_decode('"x"'))
for text, idx in [(' [1]', 0), ('[1] 2', 10), ('[1] 2', 3), ('[1] 2', -1), ('[1] 2', 4)]:
    try:
        print(d.raw_decode(text, idx))
    except ValueError as e:
        print(type(e).__name__, e)
e = json.JSONDecodeError("Boom", "ab\ncd", 4)
print(e, e.msg, e.doc, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
enc = json.JSONEncoder(indent=1, sort_keys=True)
print(enc.encode({"b": 1, "a": [True]}), "".join(json.JSONEncoder().iterencode([1, "a"])))
print(enc.item_separator, enc.key_separator, json.JSONEncoder().item_separator)
