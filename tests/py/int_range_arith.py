# Integer sequences computed with ranges, sums and products.
print(sum(range(101)), sum(range(0, 101, 2)), sum(range(-10, 11)))
prod = 1
for k in range(1, 26):
    prod *= k
print(prod)
print([n * n for n in range(-3, 4)])
print([n % 3 for n in range(-5, 6)])
print([n // 3 for n in range(-5, 6)])
print([-n // 2 for n in range(6)])
tri = [n * (n + 1) // 2 for n in range(10)]
print(tri)
powers = [2 ** k for k in range(0, 70, 7)]
print(powers)
print([p % 1000 for p in powers])
print(sum(1 / k for k in range(1, 11)))
acc = 0
for i in range(1, 31):
    acc = acc * 31 + i
print(acc, acc.bit_length())
h = 0
for c in "hello world":
    h = (h * 257 + ord(c)) % (2 ** 61 - 1)
print(h)
print(max(range(10), key=lambda n: (n * 7) % 10))
print(min(-3, -30, 3, key=abs))
