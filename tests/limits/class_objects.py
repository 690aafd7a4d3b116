# expect: limit max_memory
# Class objects kept alive: each class, its namespace and its method resolution order
# count toward the limit.
keep = []
while True:
    class C:
        pass

    keep.append(C)
