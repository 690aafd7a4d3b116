# partition/rpartition, expandtabs, encode, str multiplication, concatenation, comparisons.
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a->b->c".partition("->"), "a->b->c".rpartition("->"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("12\t\n1234\t1".expandtabs(3)))
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100))
print("abc" + "def", "a" + "" + "b")
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "" < "a", "Z" < "a", "abc" == "abc", "abc" != "abd")
print("10" < "9", "abc" <= "abc", "b" > "abc", max("hello"), min("hello"), sorted("banana"))
print(sorted(["b", "A", "a", "B", "_", "1"]))
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" - "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
s = "x"
s += "y"
s *= 3
print(s, len(s))
print(str(), str(123), str([1, "a"]), str(None), str(b"x"))
