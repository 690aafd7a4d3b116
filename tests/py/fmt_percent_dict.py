# %-formatting with a mapping and its error cases.
data = {"name": "Ada", "lang": "Python", "year": 1843, "score": 97.25}
print("%(name)s likes %(lang)s" % data)
print("%(year)d %(year)x %(score).1f %(score)10.3f|" % data)
print("%(name)-8s|%(name)8s|%(name)r" % data)
print("%(a)s %(a)s %(b)s" % {"a": 1, "b": 2})
print("no fields" % {})
print("%%(name)s" % {})
for fmt, args in [("%(missing)s", {}), ("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")),
                  ("%d", ([],)), ("%z", (1,)), ("%(a)s %s", {"a": 1}), ("%", ()),
                  ("%c", ("ab",)), ("%c", (-1,)), ("%x", (1.5,)), ("%s" , ())]:
    try:
        print(repr(fmt % args))
    except (KeyError, TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
