# Exception objects are ordinary objects: stored, compared, attributes added, raised again later.
errors = []
for text in ["1", "x", "2", "y"]:
    try:
        int(text)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors], [type(e).__name__ for e in errors])
e1 = ValueError("same")
e2 = ValueError("same")
print(e1 == e2, e1 is e2, e1.args == e2.args)
err = RuntimeError("with extra data")
err.code = 500
err.details = {"retry": True}
try:
    raise err
except RuntimeError as caught:
    print(caught.code, caught.details, caught is err)
try:
    raise errors[1]
except ValueError as again:
    print("re-raised stored:", again)
print(isinstance(errors[0], Exception), isinstance(errors[0], ValueError))
exc_type = KeyError
try:
    raise exc_type("dynamic class")
except LookupError as e:
    print(type(e).__name__, e)
table = {ZeroDivisionError: "math", KeyError: "lookup"}
for f in [lambda: 1 / 0, lambda: {}["k"]]:
    try:
        f()
    except tuple(table) as e:
        print(table[type(e)], type(e).__name__)
