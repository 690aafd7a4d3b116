# next() on an exhausted iterator outside any generator raises StopIteration to the top.
it = iter(["first", "second"])
print(next(it))
print(next(it))
print(next(it))
