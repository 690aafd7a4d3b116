# Generators as state machines and coroutines-without-async.
def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"

light = traffic_light()
print([next(light) for _ in range(7)])

def tokenizer(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("NUM", int(text[i:j]))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield ("NAME", text[i:j])
            i = j
        else:
            yield ("OP", ch)
            i += 1

print(list(tokenizer("x1 = 42 + y*(3-z)")))

def grep(pattern):
    print("looking for", pattern)
    matches = []
    while True:
        line = yield matches
        if pattern in line:
            matches.append(line)

searcher = grep("py")
next(searcher)
for line in ["python", "rust", "pypy", "go"]:
    result = searcher.send(line)
print(result)

def round_robin(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

print(list(round_robin(iter("abc"), iter([1, 2]), iter("XYZW"))))
