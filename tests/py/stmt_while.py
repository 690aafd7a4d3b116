# while loops: counters, else clauses, break/continue, nested loops.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while-else runs when the loop ends normally")
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("breaking at", k)
        break
else:
    print("not printed")
print("after break, k =", k)
while False:
    print("never")
else:
    print("else on a loop that never ran")
i = 0
while True:
    i += 1
    if i > 3:
        break
print("infinite loop stopped at", i)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner, end=" | ")
        inner += 1
    outer += 1
print()
num = 1234
digits = []
while num:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits[::-1])
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
