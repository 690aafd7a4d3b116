# expect: member random.random
# deny: random.random
# A builtin calls the bound method for the program: iter(callable, sentinel).
import random
draws = iter(random.Random(5).random, -1.0)
print('ESCAPED', next(draws))
