# expect: member random.random
# deny: random.random
# A user subclass that calls Sandpit's private primitive itself, from its own method.
import random
class Mine(random.Random):
    def random(self):
        return random._random(self._mt)
print('ESCAPED', Mine(3).random())
