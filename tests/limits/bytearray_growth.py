# expect: limit max_memory
# Bytearrays grown in place and kept: extend, += and append count toward the limit.
keep = []
while True:
    b = bytearray()
    b.extend(b"x" * 1_000_000)
    b += b
    b.append(1)
    keep.append(b)
