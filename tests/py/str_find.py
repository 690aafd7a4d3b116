# find/rfind/index/rindex/count, startswith/endswith, `in`.
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("the", 5, 10), s.find("dog"), s.find(""))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("dog"), s.rfind(""))
print(s.index("cat"), s.rindex("at"), s.index("at", 10), s.index("t", -5))
print(s.count("the"), s.count("at"), s.count("at", 10), s.count("at", 10, 20), s.count(""), "".count(""))
print("aaaa".count("aa"), "aaaa".find("aa", 2), "aaaa".rfind("aa"))
for args in [("dog",), ("the", 30), ("cat", 0, 5)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.rindex("zzz")
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith("the"), s.startswith("cat"), s.startswith("cat", 4), s.startswith(("dog", "the")))
print(s.endswith("hat"), s.endswith(("mat", "hat")), s.endswith("mat", 0, 26), s.endswith(""))
print(s.startswith(""), "".startswith(""), "abc".startswith("abcd"))
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
print("cat" in s, "dog" in s, "" in s, "" in "", "The" in s, "t c" in s)
print("cat" not in s)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
print("é" in "café", "ü".find("x"), "naïve café".find("café"), "naïve café".index("ï"))
