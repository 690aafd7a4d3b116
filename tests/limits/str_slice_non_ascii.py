# expect: limit max_instructions
# Short slices of a long non-ASCII text: each decoded the whole text into a vector of
# characters (uncounted, four bytes a character), so a loop of them ran past the
# timeout on a sliver of its fuel.
s = "€" * 3_000_000
i = 0
while True:
    t = s[i : i + 3]
    i = (i + 7919) % 2_999_000
