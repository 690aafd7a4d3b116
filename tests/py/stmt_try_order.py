# Execution order through try / except / else / finally.
def run(case):
    log = []
    try:
        log.append("try")
        if case == "raise":
            raise ValueError("boom")
        if case == "other":
            raise KeyError("k")
        log.append("try-end")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

print(run("ok"))
print(run("raise"))
try:
    run("other")
except KeyError as e:
    print("propagated", repr(e))

def multi_except(v):
    try:
        return 10 / v if v != "key" else {}["k"]
    except ZeroDivisionError:
        return "zero"
    except (TypeError, KeyError) as e:
        return f"type-or-key: {type(e).__name__}"
    except Exception as e:
        return "generic"

print(multi_except(2), multi_except(0), multi_except("s"), multi_except("key"), multi_except(None))

def finally_only():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")

print(finally_only())
try:
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
except ValueError as e:
    print("outer caught", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally before break", i)
