from collections import deque

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], d.maxlen)
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft('ab')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, list(reversed(d)))
print(d.count(7), d.index(7), 3 in d, 99 in d)
d.remove('a')
d.insert(1, 'X')
print(d)
del d[0]
d[0] = 'Y'
print(d, d[2])
d.clear()
print(d, bool(d))
try:
    d.pop()
except IndexError as e:
    print('IndexError', e)
try:
    d.popleft()
except IndexError as e:
    print('IndexError', e)
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(5)
print(m)
m.extendleft([1, 2])
print(m)
try:
    m.insert(0, 1)
except IndexError as e:
    print('IndexError', e)
print(deque(maxlen=0), deque('abc', 2))
z = deque([], maxlen=0)
z.append(1)
print(z)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]), deque([1, 2]) < deque([1, 3]))
try:
    deque([1])[5]
except IndexError as e:
    print('IndexError', e)
try:
    deque([1]).remove(3)
except ValueError as e:
    print('ValueError', e)
try:
    deque([1]).index(3)
except ValueError as e:
    print('ValueError', e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print('ValueError', e)
q = deque()
for i in range(20000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
    if len(q) % 3 == 0 and q:
        q.appendleft(q.pop())
print(total)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
d = deque([1, 2])
d += [3, 4]
d.extend(d)
print(d, list(d), tuple(deque('xy')))
d = deque()
d.appendleft(1)
d.appendleft(2)
print(d.pop(), d.pop(), len(d))
d = deque(range(6))
print([d[i] for i in range(-6, 6)])
print(d.copy(), d.index(4, 2), d.index(1, 0, 3))
try:
    hash(deque())
except TypeError as e:
    print('TypeError', e)
d = deque([1, 2, 3], maxlen=4)
d.extendleft('abcdef')
print(d)
d = deque([1, 2, 3], maxlen=4)
d.extend('abcdef')
print(d)
d = deque([1, 2, 3], maxlen=4)
d.extend(d)
print(d)
d = deque([1, 2, 3], maxlen=5)
d.extendleft(d)
print(d)
print(deque(range(100000), maxlen=2), deque(iter(range(1000)), maxlen=0))
d = deque('ab', maxlen=3)
d.extendleft(iter(range(500)))
print(d)
d = deque()
d.append(d)
d.append(1)
print(repr(d), str(deque([d])))
b = deque([1, 2, 3], maxlen=5)
b *= 10**9
print(b, deque('ab') * 0, deque() * 5, 3 * deque([0]))
b = deque([1, 2])
b *= 3
print(b)
try:
    deque([1]) * 1.5
except TypeError as e:
    print('TypeError', e)
