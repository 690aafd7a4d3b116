# `s += t` grows a string in place when nothing else holds it; every other holder must
# still see the old value, and the result must be an ordinary string.
def build(n):
    s = ''
    for i in range(n):
        s += 'ab'[i % 2]
    return s


def aliased():
    s = 'x'
    t = s
    s += 'y'
    held = [s]
    s += 'z'
    return s, t, held


def self_append():
    s = 'ab'
    for _ in range(4):
        s += s
    return s


def non_ascii():
    s = 'é'
    for c in 'ñü€𝄞a':
        s += c
    return s, len(s), s[3], s[-1], s[1:4], hash(s) == hash('éñü€𝄞a')


def hashed_then_grown():
    s = 'key'
    d = {s: 1}
    s += '2'
    d[s] = 2
    return sorted(d.items()), 'key' in d, s in d


def in_closure():
    s = 'a'

    def grow():
        nonlocal s
        s += 'b'

    grow()
    grow()
    return s


s = build(10)
print(s, len(s), s == 'ababababab')
print(aliased())
print(self_append(), len(self_append()))
print(non_ascii())
print(hashed_then_grown())
print(in_closure())
g = 'm'
g += 'n'
print(g)
text = 'hello'
print([c for c in text], text[1] is text[1], text[0] == 'h', chr(104) == text[0])
print(''.join(reversed(text)), text[-1], 'é'[0], chr(233))


def index_then_grow():
    s = 'é' * 40 + 'z'
    first = s[35], s[40]
    s += 'x' * 40
    return first, s[40], s[41], s[-1], len(s), s[38:43]


print(index_then_grow())
