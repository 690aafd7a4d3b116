# expect: member random.random
# deny: random.random
# A from-import under another name.
from random import random as draw
print('ESCAPED', draw())
