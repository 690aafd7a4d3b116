# Nested try blocks, exception variable scope, and except ordering.
def level3():
    raise ValueError("deep")

def level2():
    try:
        level3()
    except KeyError:
        print("level2 never sees ValueError as KeyError")

def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught", e)
        return "handled"

print(level1())
try:
    try:
        try:
            [][0]
        except KeyError:
            print("wrong handler")
        finally:
            print("inner finally")
    except LookupError as e:
        print("middle caught", type(e).__name__)
        raise RuntimeError("escalated")
    finally:
        print("middle finally")
except RuntimeError as e:
    print("outer caught", e)
try:
    raise ValueError("scoped")
except ValueError as err:
    message = str(err)
print(message)
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
err = "rebound before"
try:
    raise TypeError("t")
except TypeError as err:
    pass
try:
    err
except NameError as e:
    print("err deleted after except:", e)
try:
    raise KeyError("x")
except Exception:
    print("Exception caught KeyError")
except KeyError:
    print("never reached")
results = []
for v in ["1", "x", None, "3"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
    except TypeError:
        results.append("none")
print(results)
