# for loops with else, break, continue; searching with for/else.
for i in range(3):
    print("i", i)
else:
    print("loop finished")
for x in [1, 3, 5, 6, 7]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even number")
for x in [1, 3, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even number")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for ch in "a1b2c3":
    if ch.isdigit():
        continue
    print(ch, end="")
print()
for _ in []:
    print("never")
else:
    print("else after empty loop")
for i, j in [(1, 2), (3, 4)]:
    print(i + j)
for i in range(3):
    pass
print("loop variable after loop:", i)
total = 0
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            break
        total += v
    else:
        continue
    print("inner broke at row", row)
print(total)
data = [1, 2, 3]
for item in data:
    if item == 2:
        data.append(99)
    if len(data) > 5:
        break
print(data)
