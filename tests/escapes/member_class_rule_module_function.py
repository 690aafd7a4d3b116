# expect: member random.Random
# deny: random.Random
# The module's functions are methods of a hidden Random instance.
import random
print('ESCAPED', random.randint(1, 6))
