# Exceptions crossing function boundaries with finally blocks running at each level.
def level(n):
    try:
        print(f"enter level {n}")
        if n == 3:
            raise ValueError(f"raised at level {n}")
        level(n + 1)
        print(f"level {n} completed normally (not printed)")
    finally:
        print(f"finally at level {n}")

try:
    level(1)
except ValueError as e:
    print("caught at top:", e)

def cleanup_order():
    events = []
    try:
        try:
            events.append("inner try")
            raise KeyError("k")
        except KeyError:
            events.append("inner except")
            raise
        finally:
            events.append("inner finally")
    except KeyError:
        events.append("outer except")
    finally:
        events.append("outer finally")
    return events

print(cleanup_order())

def exception_replaced_in_handler():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("replacement")

try:
    exception_replaced_in_handler()
except TypeError as e:
    print(type(e).__name__, e)
except ValueError:
    print("the original is not what propagates")
