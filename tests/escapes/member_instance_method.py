# expect: member random.random
# deny: random.random
# random.random is the method of a hidden Random instance: any instance has it too.
import random
print('ESCAPED', random.Random().random())
