# expect: member random.random
# deny: random.random
# uniform() is random() scaled: the stdlib must not draw the denied member for the program.
import random
print('ESCAPED', random.uniform(0, 1))
