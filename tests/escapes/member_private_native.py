# expect: member random.random
# deny: random.random
# Sandpit's private Rust primitive (CPython has no such helper) draws what random() does.
import random
print('ESCAPED', random._random(random._inst._mt))
