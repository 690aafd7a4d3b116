import itertools

print(list(itertools.product('ab', range(2))))
print(list(itertools.product([0, 1], repeat=3)))
print(list(itertools.product('ab', 'cd', repeat=2))[:5])
print(list(itertools.product()))
print(list(itertools.product('ab', [])))
print(list(itertools.product('ab', repeat=0)))
print(list(itertools.permutations('ABC')))
print(list(itertools.permutations(range(4), 2)))
print(list(itertools.permutations('AB', 3)))
print(list(itertools.permutations('AB', 0)))
print(len(list(itertools.permutations(range(6)))))
print(list(itertools.combinations('ABCD', 2)))
print(list(itertools.combinations(range(5), 3)))
print(list(itertools.combinations('AB', 3)), list(itertools.combinations('AB', 0)))
print(list(itertools.combinations_with_replacement('ABC', 2)))
print(list(itertools.combinations_with_replacement([], 0)), list(itertools.combinations_with_replacement([], 2)))
print(len(list(itertools.combinations_with_replacement(range(5), 3))))
for f in (itertools.combinations, itertools.permutations, itertools.combinations_with_replacement):
    try:
        list(f('abc', -1))
    except ValueError as e:
        print('ValueError', e)
try:
    itertools.product('ab', repeat=-1)
except ValueError as e:
    print('ValueError', e)
total = 0
for p in itertools.product(range(10), repeat=4):
    total += p[0] * p[3]
print(total)
