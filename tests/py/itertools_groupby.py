import itertools

print([k for k, g in itertools.groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in itertools.groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
for key, group in itertools.groupby(data, key=lambda p: p[0]):
    print(key, [v for _, v in group])
print([(k, len(list(g))) for k, g in itertools.groupby(sorted('mississippi'))])
groups = list(itertools.groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
it = itertools.groupby('aaabbbccc')
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g2), list(g1))
print(list(itertools.groupby([])))
for k, g in itertools.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2):
    print(k, list(g))
