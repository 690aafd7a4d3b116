# expect: member random.random
# deny: random.random
# The module's private instance, whose bound method random.random is.
import random
print('ESCAPED', random._inst.random())
