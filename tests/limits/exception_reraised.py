# expect: limit max_memory
# One exception object raised again and again: each raise adds a line to its
# traceback (as in CPython), which counts toward the limit.
e = ValueError("again")
while True:
    try:
        raise e
    except ValueError:
        pass
