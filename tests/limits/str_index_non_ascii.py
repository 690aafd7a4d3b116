# expect: limit max_instructions
# Indexing a long non-ASCII text at spread-out positions: each s[i] decoded the text
# from its start, so a loop of them ran for minutes on little fuel.
s = "€a" * 2_000_000
n = len(s)
i = 0
while True:
    c = s[i % n]
    i += 999_983
