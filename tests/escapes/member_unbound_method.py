# expect: member random.random
# deny: random.random
# The class's own function, called with an instance by hand.
import random
print('ESCAPED', random.Random.random(random.Random(1)))
