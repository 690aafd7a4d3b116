# The matcher against CPython's: group spans (repeated, empty and unset groups), lazy
# and greedy counts, alternation order, Unicode classes and case folding, anchors.
import re
cases = [
    (r'(a*)*', 'b'), (r'(a*)+', 'b'), (r'(a|b)*', 'abab'), (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'(a+?)(a*)', 'aaa'), (r'a{2,3}?', 'aaaa'), (r'(?:a{2}){2,}', 'aaaaaaa'), (r'x*', 'axxb'),
    (r'(\w+)\s(\w+)', 'héllo wörld'), (r'\bfoo\b', 'a foo. foobar'), (r'(?i)straße', 'STRASSE straße STRAßE'),
    (r'(?i)[a-z]+', 'ÀbcDÉ'), (r'(?i)k', '\u212a'), (r'(?m)^\w+$', 'one\ntwo\n'), (r'(?s).+', 'a\nb'),
    (r'.+', 'a\nb'), (r'[^\W\d]+', 'ab12cd_e'), (r'[\s\S]+', ' x\n'), (r'\d+', '١٢٣ 45'),
    (r'(?a)\w+', 'héllo'), (r'(?a)\bé', ' é'), (r'\Bb', 'ab b'), (r'a|ab|abc', 'abc'), (r'(?:(a)|b)+', 'ab'),
    (r'(a)|(b)', 'b'), (r'()+', 'x'), (r'(a?)+?', 'aa'), (r'(?P<x>\d)(?P<y>\d)?', '1'), (r'[]a]+', 'a]]b'),
    (r'[a\-z]+', 'a-z'), (r'\x41\u00e9\n', 'Aé\n'), (r'$', 'ab\n'), (r'a$', 'a\n'), (r'(?m)$', 'a\nb'),
    (r'\Aab\Z', 'ab'), (r'(?i:A)b', 'aB ab'), (r'(?x) a b  # c', 'ab'), (r'[^a]', '\n'), (r'\s+', '\x1c \u3000'),
    (r'(a{0})', 'x'), (r'(?:a|)*b', 'aab'), (r'(a*?)b', 'aab'), (r'((a)|b)*', 'ab'), (r'(?i)[^a]', 'A'),
    (r'(?i)Σ', 'ς σ Σ'), (r'\w', '_'), (r'[\w.]+@', 'x.y@'), (r'(?i)ǅ', 'ǆ Ǆ ǅ'), (r'.', '\U0001F600x'),
]
for p, s in cases:
    r = re.compile(p)
    out = [m.span() + tuple(m.groups()) + tuple(m.span(i) for i in range(1, r.groups + 1)) for m in r.finditer(s)]
    print(repr(p), out, re.sub(p, '<\\g<0>>', s), re.split(p, s))
print(re.findall(r'\w', 'e\u0301_\u203f'))
print(len(re.findall(r'(?:\w{50}){100}', 'a' * 12000)))
