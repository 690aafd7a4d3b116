# expect: member random.random
# deny: random.random
# The module under another name.
import random
r = random
print('ESCAPED', r.random())
