from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c))
print(c.most_common(2), c.most_common(), c.most_common(0))
print(sorted(c.elements()))
print(''.join(Counter('aabbbc').elements()))
print(Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8))
print(Counter(), Counter([]))
c = Counter(a=3, b=1)
d = Counter(a=1, b=2)
print(c + d, c - d, c & d, c | d)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
c.update('aab')
print(c)
c.update({'z': 5})
c.subtract(a=10)
print(c, c.total())
c.subtract(['z', 'z'])
print(c)
del c['nothere']
del c['z']
print(c)
c['new'] += 1
print(c)
print(Counter('ab') == Counter('ba'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=2) >= Counter(a=1, b=0))
e = Counter(a=1)
e += Counter(a=2, b=-1)
print(e)
e -= Counter(a=5)
print(e)
print(isinstance(Counter(), dict), dict(Counter('aab')))
print(list(Counter('hello world').items()))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(1))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter('aaa').get('a'), Counter('aaa').get('b'))
print(sum(Counter('mississippi').values()), sorted(Counter('mississippi')))
odd = Counter()
odd['a'] = 'x'
odd['b'] = 2
print(odd)
print(Counter({'a': 1.5, 'b': 3}), Counter(a=0), Counter(b=-2, a=-1))
