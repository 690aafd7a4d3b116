# Every list method, with return values shown.
a = [3, 1, 4]
print(a.append(1), a)
print(a.extend([5, 9]), a)
a.extend("ab")
a.extend(range(2))
print(a)
print(a.insert(0, "first"), a)
a.insert(100, "end")
a.insert(-1, "before-end")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.remove("a"), a)
print(a.index(1), a.index(1, 3), a.count(1), a.count("zzz"))
b = a.copy()
b.append("only-b")
print(len(a), len(b), b[-1])
c = [5, 2, 8, 1]
print(c.reverse(), c)
print(c.sort(), c)
print(c.clear(), c, len(c))
nums = [1, 2, 3]
nums += [4]
nums *= 2
print(nums)
nums[len(nums):] = [99]
print(nums, nums.index(99))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1, 2].index(3),
            lambda: [1, 2, 3].index(1, 1), lambda: [].index("x")]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
try:
    [].append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].extend(5)
except TypeError as e:
    print(type(e).__name__, e)
