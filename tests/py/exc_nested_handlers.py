# Handlers that raise, handlers within handlers, and which exception the caller finally sees.
def parse_all(items):
    results = []
    for item in items:
        try:
            try:
                results.append(int(item))
            except ValueError:
                results.append(float(item))
        except ValueError:
            results.append(None)
        except TypeError as e:
            results.append(f"type error: {e}")
    return results

print(parse_all(["1", "2.5", "x", None, "-7"]))

def handler_fails():
    try:
        raise KeyError("first problem")
    except KeyError:
        try:
            raise ValueError("second problem while handling")
        except ValueError as inner:
            return f"handled inner: {inner}"

print(handler_fails())

def outer():
    try:
        inner()
    except ZeroDivisionError as e:
        return f"outer handled {type(e).__name__}: {e}"

def inner():
    try:
        return 1 / 0
    except KeyError:
        return "wrong handler"

print(outer())
try:
    try:
        raise ValueError("v")
    except ValueError:
        raise
    finally:
        print("finally before propagation")
except ValueError as e:
    print("propagated", e)
