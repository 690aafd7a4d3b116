# replace (with count), case methods, swapcase, casefold, title, capitalize.
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2), s.replace("fish", "cat", 0), s.replace("fish", "cat", -1))
print(s.replace("zzz", "y"), "aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "aaaa".replace("aa", "b"), "hello".replace("l", ""))
t = "hELLo wORLD, it's a 3rd-party thing"
print(t.upper(), "|", t.lower())
print(t.title())
print(t.capitalize())
print(t.swapcase())
print("ß".upper(), "ß".lower(), "ß".casefold(), "Straße".casefold() == "strasse")
print("ǅ".lower(), "ǅ".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("ΣΑΣ".lower(), "Éé".swapcase(), "they're bill's".title())
print("hello world".title(), "HELLO".capitalize(), "1abc".capitalize(), "".capitalize())
print("  mixed Case  ".upper().strip().lower())
print("abc123".upper(), "ÀÉÎ".lower(), "ABC".lower().upper())
