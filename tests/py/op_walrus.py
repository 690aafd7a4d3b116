# The walrus operator := in while, if, comprehensions and expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
stack = [1, 2, 3]
while (top := stack.pop()) != 1:
    print("popped", top)
print("last", top, stack)
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
print([last := v for v in "abc"], last)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
chunks = iter(["a", "b", "", "c"])
while chunk := next(chunks):
    print("chunk", chunk)
print((z := 10) + z, z)
print(f"{(w := 5) * 2} {w}")

def first_long(words):
    if any((hit := w) and len(w) > 4 for w in words):
        return hit
    return None

print(first_long(["hi", "there", "friend"]), first_long(["a"]))
matches = {k: v for k in "ab" if (v := k.upper()) != "Z"}
print(matches, v)
