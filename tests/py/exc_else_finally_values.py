# What try/except/else/finally return in functions, across many paths.
def run(mode):
    trace = []
    try:
        trace.append("try")
        if mode == "value":
            raise ValueError
        if mode == "type":
            raise TypeError
        if mode == "return":
            return trace + ["returned from try"]
    except ValueError:
        trace.append("except ValueError")
        return trace
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    trace.append("end")
    return trace

for mode in ["ok", "value", "return"]:
    print(mode, run(mode))
try:
    run("type")
except TypeError:
    print("type propagated")

def else_raises():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise ValueError("raised in else is not caught by its own try")

try:
    else_raises()
except ValueError as e:
    print(e)

def loop_with_try():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        except Exception:
            out.append("never")
        else:
            out.append(f"else{i}")
        finally:
            out.append(f"fin{i}")
    return out

print(loop_with_try())
