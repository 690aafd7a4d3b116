# Containers that hold themselves: each collections repr shows the placeholder CPython
# uses instead of recursing.
from collections import deque, OrderedDict, defaultdict, Counter, ChainMap, namedtuple, UserDict, UserList
d = deque([1])
d.append(d)
print(d)
o = OrderedDict(a=1)
o['self'] = o
print(o)
dd = defaultdict(list)
dd['x'] = dd
print(dd)
cm = ChainMap({})
cm['me'] = cm
print(cm)
u = UserList([1])
u.append(u)
print(u)
ud = UserDict()
ud['k'] = ud
print(ud)
P = namedtuple('P', 'a')
items = [1]
p = P(items)
items.append(p)
print(p)
print(deque([d]) == deque([d]))
