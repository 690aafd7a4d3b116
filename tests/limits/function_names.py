# expect: limit max_memory
# Functions renamed with long names: each keeps its own copy of the text.
keep = []
while True:
    def f():
        pass

    f.__name__ = "x" * 1_000_000
    f.__qualname__ = "y" * 1_000_000
    keep.append(f)
