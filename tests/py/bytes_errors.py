# Error messages when bytes and str are mixed or misused.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("concat str", lambda: b"a" + "b")
attempt("str concat bytes", lambda: "a" + b"b")
attempt("join str", lambda: b"".join(["a"]))
attempt("split str", lambda: b"a b".split(" "))
attempt("in str", lambda: "a" in b"abc")
attempt("in int bad", lambda: 300 in b"abc")
attempt("compare str", lambda: b"a" < "a")
attempt("eq str", lambda: b"a" == "a")
attempt("decode bad", lambda: b"\xff".decode())
attempt("fromhex odd", lambda: bytes.fromhex("a"))
attempt("bytes neg", lambda: bytes(-1))
attempt("bytes float", lambda: bytes(2.5))
attempt("bytes str", lambda: bytes("x"))
attempt("bytes list big", lambda: bytes([1, 1000]))
attempt("mul float", lambda: b"a" * 1.5)
attempt("replace str", lambda: b"abc".replace("a", "b"))
attempt("format", lambda: b"%d" % "x")
attempt("attr", lambda: b"x".encode())
attempt("bytearray idx", lambda: bytearray(2)[5])
attempt("ok", lambda: b"abc"[1:])
