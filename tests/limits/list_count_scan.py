# expect: limit max_instructions
# list.count and list.index scan the whole list in one call: charged to the fuel.
big = list(range(1_000_000))
while True:
    n = big.count(-1) + big.index(999_999)
