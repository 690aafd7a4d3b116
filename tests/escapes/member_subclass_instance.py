# expect: member random.random
# deny: random.random
# A stdlib subclass inherits the denied method.
import random
print('ESCAPED', random.SystemRandom().random())
