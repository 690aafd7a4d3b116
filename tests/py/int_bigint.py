# Arbitrary-precision integers: no overflow, exact results.
print(2 ** 64)
print(2 ** 100)
print(2 ** 200)
print(-(2 ** 127))
print(2 ** 63 - 1, -(2 ** 63))
print(2 ** 64 - 1 + 1 == 2 ** 64)

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(20))
print(fact(30))
print(fact(50))
print(len(str(fact(100))))
big = 123456789012345678901234567890
print(big * big)
print(big // 987654321)
print(big % 987654321)
print(-big // 987654321)
print(-big % 987654321)
print(big - big, big + (-big))
print(big > 2 ** 96, big < 2 ** 97)
print(10 ** 30 // 10 ** 15)
print((10 ** 30 + 7) % 10 ** 15)
print(3 ** 100)
print(-3 ** 41)
print((-3) ** 41)
print(7 ** 77 % 1000)
print(sum(range(10 ** 6, 10 ** 6 + 10)) * 10 ** 20)
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[100])
print(fib[150])
print(abs(-(10 ** 40)))
print(2 ** 1000 // 2 ** 999)
print(int("9" * 50) + 1)
print(-int("1" + "0" * 40))
print(divmod(10 ** 25, 7))
print(divmod(-(10 ** 25), 7))
print(2 ** 70 == 2.0 ** 70, 2 ** 70 + 1 == 2.0 ** 70)
