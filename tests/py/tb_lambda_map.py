# An error inside a lambda surfaces only when the lazy map is consumed.
texts = ["10", "20", "thirty", "40"]
numbers = map(lambda t: int(t) * 2, texts)
print("map created lazily")
for n in numbers:
    print(n)
