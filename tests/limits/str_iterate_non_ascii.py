# expect: limit max_instructions
# Walking a long non-ASCII text character by character costs the same fuel per step as
# an ASCII one and time to match: a for loop found each character by decoding from the
# start, so the fuel ran out only after minutes (the timeout stopped it instead).
s = "é" * 4_000_000
while True:
    for c in s:
        pass
