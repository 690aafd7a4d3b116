# expect: member random.random
# deny: random.random
# statistics draws its samples from its own copy of the random module.
import statistics
print('ESCAPED', statistics.NormalDist().samples(2, seed=1))
