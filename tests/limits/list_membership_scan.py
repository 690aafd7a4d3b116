# expect: limit max_instructions
# `in` on a long list compares item after item inside one instruction: the scan is
# charged to the fuel, so a loop of them runs out of fuel, not on until the timeout.
big = list(range(1_000_000))
while True:
    found = -1 in big
