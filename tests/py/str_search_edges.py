# Substring search at its edges: empty and absent needles, overlapping and repeated
# patterns, needles longer than 16 bytes, non-ASCII text, str and bytes, with bounds.
cases = ["", "a", "ab", "abcabc", "aaaa", "xyz", "héllo wörld", "abababababababababababababab"]
needles = ["", "a", "b", "ab", "abc", "ba", "zz", "ö", "wö", "ababababababababababab", "aaa"]
for h in cases:
    for n in needles:
        print(repr(h), repr(n), h.find(n), h.rfind(n), h.count(n), h.split(n) if n else None, h.rsplit(n, 1) if n else None, h.replace(n, "-") if n else None, h.partition(n) if n else None, h.rpartition(n) if n else None, n in h, h.index(n) if n in h else -9, h.rindex(n) if n in h else -9)
        b, nb = h.encode(), n.encode()
        print(b.find(nb), b.rfind(nb), b.count(nb), b.find(nb, 1), b.rfind(nb, 0, 3))
