# KeyError displays the repr of the key; other LookupErrors display plain messages.
keys = ["plain", "with space", "quote'", 'dq"', "", 0, -1.5, None, True, (1, "a"), frozenset(), b"bytes", "multi\nline"]
for k in keys:
    try:
        {}[k]
    except KeyError as e:
        print(f"str={str(e)!s:<20} repr={e!r}")
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e)
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
try:
    raise IndexError("plain message")
except LookupError as e:
    print(e)
try:
    {"a": 1}.pop("b")
except KeyError as e:
    print("pop:", e)
try:
    set().remove("elem")
except KeyError as e:
    print("set.remove:", e)
