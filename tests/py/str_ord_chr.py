# ord/chr, iteration over characters, Caesar cipher, unicode lengths.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(65), chr(48), repr(chr(0)), chr(233), chr(8364), chr(128512), repr(chr(10)))
print([chr(c) for c in range(ord("a"), ord("f"))])
print(chr(0x10FFFF) == "\U0010FFFF")
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)

def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)

enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
for s in ["abc", "héllo", "日本語", "😀😀", "e\u0301"]:
    print(s, len(s), [ord(c) for c in s], len(s.encode()))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
it = iter("ab")
print(next(it), next(it), next(it, "done"))
