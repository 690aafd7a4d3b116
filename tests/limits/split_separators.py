# expect: limit max_memory
# Splitting a text made of separators: refused before the ranges of millions of pieces
# are built, not after (the CLI test bounds the real peak).
s = "a" * 8_000_000
parts = s.split("a")
