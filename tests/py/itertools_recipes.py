from collections import deque, Counter, defaultdict, namedtuple, OrderedDict
from itertools import *
import functools

def bfs(graph, start):
    seen = {start}
    q = deque([start])
    order = []
    while q:
        node = q.popleft()
        order.append(node)
        for nb in graph[node]:
            if nb not in seen:
                seen.add(nb)
                q.append(nb)
    return order
g = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]:
    g[a].append(b)
    g[b].append(a)
print(bfs(g, 1))

def powerset(it):
    s = list(it)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(powerset('abc')))

def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return zip_longest(*args, fillvalue=fill)
print(list(grouper('ABCDEFG', 3, 'x')))

def sliding(it, n):
    it = iter(it)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)
print(list(sliding('ABCDEFG', 4)))

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(functools.partial(next, iter(it)) for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))
print(list(roundrobin('ABC', 'D', 'EF')))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable):
        seen.add(element)
        yield element
print(list(unique_everseen('AAAABBBCCDAABBB')))
print(list(map(next, map(lambda kg: kg[1], groupby('AAAABBBCCDAABBB')))))

text = "the quick brown fox jumps over the lazy dog the fox"
wc = Counter(text.split())
print(wc.most_common(3))
for word, n in sorted(wc.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
    print(f'{word:>6}: {n}')
Student = namedtuple('Student', 'name grade age')
students = [Student('ann', 90, 20), Student('bob', 85, 22), Student('cid', 90, 19)]
print(sorted(students, key=lambda s: (-s.grade, s.age)))
by_grade = defaultdict(list)
for s in students:
    by_grade[s.grade].append(s.name)
print(dict(by_grade))
@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache_info().currsize)
print(list(accumulate(range(1, 6), lambda a, b: a * b)))
print(functools.reduce(lambda a, b: a | b, [{1}, {2}, {3}]))
print([''.join(p) for p in permutations('abc', 2)])
print(list(starmap(lambda a, b: a ** b, zip(range(4), repeat(2)))))
print(dict(Counter('banana')), Counter('banana').most_common()[-1])
od = OrderedDict.fromkeys('abcde')
od.move_to_end('a')
print(''.join(od), ''.join(od.keys()))
d = deque(range(5))
d.rotate(2)
print(d, d.maxlen, len(d))
print(list(islice(count(1), 0, 10, 3)), list(takewhile(lambda x: x < 20, (x * x for x in count()))))
s = 0
for a, b in pairwise(range(5)):
    s += a * b
print(s)
print(list(compress(range(10), cycle([1, 0, 0]))))
print(list(product('xy', repeat=2)), sum(1 for _ in combinations_with_replacement(range(4), 2)))
print(list(zip(*tee('abc', 2))))
