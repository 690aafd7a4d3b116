# A sweep of pseudo-random Counter operations (fixed LCG): update/subtract from
# iterables, mappings and keywords, arithmetic and in-place operators with zero and
# negative counts, comparisons, most_common and elements.
from collections import Counter

state = 11


def draw(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n


def rand_counter():
    return Counter({'abcdef'[draw(6)]: draw(7) - 3 for _ in range(draw(5))})


for _ in range(40):
    a, b = rand_counter(), rand_counter()
    row = [a, b, a + b, a - b, a | b, a & b, +a, -a, a == b, a <= b, a < b, a >= b, a > b,
           a.total(), sorted(a.elements()), a.most_common(draw(4)), sorted(a.most_common())]
    c = a.copy()
    c.update(b)
    row.append(c)
    c.subtract('abc' * draw(3))
    row.append(c)
    c.update(x=draw(3), a=-1)
    row.append(c)
    for op in ('+=', '-=', '|=', '&='):
        d = a.copy()
        if op == '+=':
            d += b
        elif op == '-=':
            d -= b
        elif op == '|=':
            d |= b
        else:
            d &= b
        row.append(d)
    print(' '.join(map(repr, row)))
