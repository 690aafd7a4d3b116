# except clauses: tuples, hierarchy order, `as` binding, bare except, and Exception vs BaseException.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic {type(e).__name__}"
    except (TypeError, ValueError):
        return "type or value"
    except Exception as e:
        return f"other exception {type(e).__name__}"
    except BaseException as e:
        return f"base exception {type(e).__name__}"

for exc in [KeyError("k"), IndexError(1), ZeroDivisionError(), OverflowError(), TypeError(), ValueError(),
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), RuntimeError(), AttributeError(),
            KeyboardInterrupt(), SystemExit(3), GeneratorExit()]:
    print(type(exc).__name__, "->", classify(exc))
try:
    raise ValueError("bare")
except:
    print("bare except caught it")
errors = (ValueError, TypeError)
try:
    int("nope")
except errors as e:
    print("tuple in variable:", type(e).__name__)
try:
    try:
        raise SystemExit("bye")
    except Exception:
        print("not caught by Exception")
except SystemExit as e:
    print("SystemExit caught explicitly:", e, e.code)
try:
    raise KeyError("x")
except (KeyError,) as e:
    print("single-element tuple", repr(e))
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
