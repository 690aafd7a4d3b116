# CPython messages for name, attribute, call and subscript errors.
def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

attempt("undefined name", lambda: undefined_variable)

def uses_local_before_assignment():
    print(x)
    x = 1

attempt("unbound local", uses_local_before_assignment)
attempt("int attribute", lambda: (5).foo)
attempt("str attribute", lambda: "s".nope)
attempt("none attribute", lambda: None.value)
attempt("list attribute", lambda: [].push)
attempt("module-like attr", lambda: print.missing)

class Thing:
    pass

attempt("instance attribute", lambda: Thing().missing)
attempt("class attribute", lambda: Thing.missing)
none_value = None
attempt("none call", lambda: none_value())
number = 5
attempt("int call", lambda: number())
attempt("int subscript", lambda: number[0])
attempt("none subscript", lambda: none_value["k"])
attempt("int iter", lambda: [x for x in number])
attempt("none iter", lambda: list(none_value))
attempt("thing iter", lambda: list(Thing()))
attempt("thing call", lambda: Thing()())
attempt("thing subscript", lambda: Thing()[0])
attempt("set subscript", lambda: {1}.copy()[0])
def assign_into_str():
    s = "abc"
    s[0] = "x"

attempt("item assign str", assign_into_str)

attempt("func subscript", lambda: len[0])
