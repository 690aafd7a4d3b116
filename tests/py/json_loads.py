import json

print(json.loads('{"a": [1, 2.5, null, true, false], "b": "x\\ny", "c": {}}'))
print(json.loads(' [1e3, -0, -0.0, 1E-2, 12345678901234567890123, 1.5e400] '))
print(json.loads('"\\u00e9\\ud83d\\ude00\\/\\b\\f\\t\\r"'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads(b'[1, "x"]'))
print(json.loads('"h\u00e9llo \u2603"'))
print(json.loads('[1.5]', parse_float=str), json.loads('[7]', parse_int=float))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('[NaN]', parse_constant=lambda s: s))
print(type(json.loads('1.0')).__name__, type(json.loads('10')).__name__)

bad = ['', ' ', '[', '{', '{"a" 1}', '{"a":1,}', '[1,]', '[1 2]', '1.', '-', '01',
       '"abc', '"a\nb"', '"\\x"', '"\\u12"', '"\\uzzzz"', '"\\ud800\\uzzzz"',
       'nul', 'tru', '{1: 2}', '[1]\n  x', '\n\n  [1,\n  }', '\ufeff[]', '{"a": }',
       '[-]', '[.5]', 'Infinityx', '"é', '{"é": 1 2}']
for s in bad:
    try:
        json.loads(s)
        print("no error", repr(s))
    except json.JSONDecodeError as e:
        print(e, "|", repr(e.msg), e.pos, e.lineno, e.colno)

try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('[1,')
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads('[' * 100000)
except RecursionError:
    print("RecursionError")
print(json.loads(json.dumps({"k": [1, 2, {"z": None}]}, indent=3)))
json.loads('{"a": [}')
