# A sweep of pseudo-random operations (fixed LCG) on bounded and unbounded deques; each
# step prints the result or the error, so every method's edge cases meet CPython's.
from collections import deque

state = 7


def draw(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n


ops = ['append', 'appendleft', 'pop', 'popleft', 'extend', 'extendleft', 'rotate', 'insert',
       'remove', 'index', 'count', 'getitem', 'setitem', 'delitem', 'reverse', 'clear', 'copy',
       'contains', 'iadd', 'imul']
for maxlen in [None, 0, 1, 3, 7]:
    d = deque(range(draw(6)), maxlen)
    out = []
    for step in range(70):
        op = ops[draw(len(ops))]
        k = draw(12) - 6
        try:
            if op == 'append':
                r = d.append(k)
            elif op == 'appendleft':
                r = d.appendleft(k)
            elif op == 'pop':
                r = d.pop()
            elif op == 'popleft':
                r = d.popleft()
            elif op == 'extend':
                r = d.extend(range(k, k + draw(4)))
            elif op == 'extendleft':
                r = d.extendleft(range(k, k + draw(4)))
            elif op == 'rotate':
                r = d.rotate(k)
            elif op == 'insert':
                r = d.insert(k, 'i')
            elif op == 'remove':
                r = d.remove(k)
            elif op == 'index':
                r = d.index(k, draw(5) - 2, draw(8) - 1)
            elif op == 'count':
                r = d.count(k)
            elif op == 'getitem':
                r = d[k]
            elif op == 'setitem':
                d[k] = 's'
                r = None
            elif op == 'delitem':
                del d[k]
                r = None
            elif op == 'reverse':
                r = d.reverse()
            elif op == 'clear':
                r = d.clear() if draw(4) == 0 else 'skipped'
            elif op == 'copy':
                r = d.copy() == d
            elif op == 'contains':
                r = k in d
            elif op == 'iadd':
                d += [k] * draw(3)
                r = None
            else:
                d *= draw(3)
                r = None
            out.append('%s(%d)=%r' % (op, k, r))
        except Exception as e:
            out.append('%s(%d)!%s:%s' % (op, k, type(e).__name__, e))
        out.append(repr(list(d)))
    print(maxlen, ' '.join(out))
