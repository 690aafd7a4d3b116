# expect: limit max_memory
# Exceptions holding many arguments, kept alive: the vector behind each one's args
# counts toward the limit, whether given to the constructor or assigned later.
keep = []
while True:
    keep.append(Exception(*range(200_000)))
    e = ValueError()
    e.args = range(200_000)
    keep.append(e)
