# Adding to or removing from a set while a for loop walks it raises RuntimeError, as
# for dicts; a loop that keeps the size walks each item once.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print(e)
s = {1, 2}
for x in s:
    s.discard(x); s.add(x)
print(sorted(s))
s = {1, 2, 3}
n = 0
for x in s:
    n += 1
    s.discard(x); s.add(x)
    if n > 10: break
print(n, sorted(s))
