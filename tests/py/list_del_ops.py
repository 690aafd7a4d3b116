# del on list items and slices, and mutation during iteration patterns.
a = list("abcdefg")
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
nums = list(range(10))
evens = [n for n in nums if n % 2 == 0]
print(evens)
i = 0
while i < len(nums):
    if nums[i] % 3 == 0:
        del nums[i]
    else:
        i += 1
print(nums)
copy = list(range(6))
for x in copy[:]:
    if x % 2:
        copy.remove(x)
print(copy)
stack = []
for ch in "([]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        opener = stack.pop()
        print(opener + ch, end=" ")
print(len(stack))
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
x = [1, 2, 3]
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
