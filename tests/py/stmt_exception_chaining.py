# Implicit exception chaining (__context__) through handlers and finally blocks.
def step1():
    raise KeyError("missing config")

def step2():
    try:
        step1()
    except KeyError:
        raise ValueError("could not load")

def step3():
    try:
        step2()
    except ValueError:
        raise RuntimeError("startup failed")

try:
    step3()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    try:
        1 / 0
    finally:
        print("finally while exception in flight")
except ZeroDivisionError as e:
    print("context of original:", e.__context__)
try:
    try:
        raise TypeError("first")
    except TypeError as first:
        try:
            raise ValueError("second")
        except ValueError as second:
            print(second.__context__ is first)
            raise
except ValueError as e:
    print("outer", e, "context:", e.__context__)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print("re-raising same object keeps context None:", e.__context__)
