# Indexing a string by position and a dict by a str or int key, the cases the fast lane
# finishes itself, against keys of other kinds that compare equal, and the misses.
d = {1.0: 'float one', True: 'replaced', 'k': 'str', 2: 'two', (1, 2): 'tuple', None: 'none'}
print(d[1], d[True], d['k'], d[2.0], d[(1, 2)], d[None])
s = 'héllo'
print(s[0], s[1], s[-1], s[4], s[-5])
for key in ['missing', 3, -1]:
    try:
        print(d[key])
    except KeyError as e:
        print('KeyError', e)
for i in [5, -6, 10**20]:
    try:
        print(s[i])
    except IndexError as e:
        print('IndexError', e)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return other == self.v


d2 = {Key('a'): 1, 'b': 2}
print(d2['a'], d2['b'])
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()), counts['the'])
big = {i: i * i for i in range(1000)}
print(sum(big[i] for i in range(0, 1000, 7)), big[-0])
