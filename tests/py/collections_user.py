from collections import UserDict, UserList


class Lower(UserDict):
    def __setitem__(self, key, value):
        self.data[key.lower()] = value


d = Lower({'A': 1}, B=2)
d['C'] = 3
d.update([('D', 4)])
print(d, len(d), 'a' in d, d['b'], d.get('z', 0), sorted(d.keys()), isinstance(d, dict))
print(d == {'a': 1, 'b': 2, 'c': 3, 'd': 4}, d.pop('a'), d.setdefault('e', 5), d)
c = d.copy()
c['x'] = 0
print(c, d, type(c).__name__)


class Default(UserDict):
    def __missing__(self, key):
        return key * 2


print(Default()['ab'])
try:
    UserDict()['nope']
except KeyError as e:
    print('KeyError', e)
print(UserDict.fromkeys('ab', 0), UserDict(a=1) | {'b': 2})


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, len(s), s[0], s[-1], s[1:], type(s[1:]).__name__, 2 in s)
s.extend(Stack([4]))
s += [5]
print(s, s + [6], [0] + s, s * 2, s == [1, 2, 3, 4, 5], s < [2])
s.sort(reverse=True)
print(s, s.pop(), s.index(4), s.count(1), list(reversed(s)))
del s[0]
s[0] = 'x'
s.insert(0, 'y')
s.remove('x')
print(s, UserList(), UserList('ab'))
