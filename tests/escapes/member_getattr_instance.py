# expect: member random.random
# deny: random.random
# getattr on an instance with a computed name: no module path is ever read.
import random
rng = random.Random(7)
print('ESCAPED', getattr(rng, 'ran' + 'dom')())
