# expect: dunder __dict__
# deny: random.random
# The module's namespace as a dict would hold the function under no path at all.
import random
print('ESCAPED', random.__dict__['random']())
