# throw() and close() of a generator suspended in `yield from` reach the inner
# generator first, as CPython delegates them.
def inner():
    try:
        yield 1
    except ValueError:
        yield "inner caught"
    return "inner result"


def outer():
    result = yield from inner()
    print("yield from gave", result)
    yield "after"


it = outer()
print(next(it))
print(it.throw(ValueError))
print(next(it))


def closing_inner():
    try:
        yield 1
    finally:
        print("inner cleanup")


def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer cleanup")


it = closing_outer()
next(it)
it.close()
print("closed")


def returns_on_throw():
    try:
        yield 1
    except KeyError:
        return "handled"


def waits():
    r = yield from returns_on_throw()
    yield r


it = waits()
next(it)
print(it.throw(KeyError))


def not_caught():
    yield 1


def passes():
    try:
        yield from not_caught()
    except TypeError as e:
        yield f"outer caught {e!r}"


it = passes()
next(it)
print(it.throw(TypeError("boom")))
