# Building strings: loops, comprehensions, join vs +=, reversing words, palindromes.
words = "The Quick brown fox".split()
print([w.lower() for w in words], [len(w) for w in words])
print(" ".join(reversed(words)), " ".join(w[::-1] for w in words))
acc = ""
for i in range(5):
    acc += str(i) * i
print(acc, len(acc))

def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]

for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(s), is_palindrome(s))
vowels = sum(1 for c in "Programming Language" if c in "aeiouAEIOU")
print(vowels)
print("".join(sorted(set("mississippi"))))
table = ""
for row in range(1, 4):
    table += " ".join(str(row * col).rjust(2) for col in range(1, 6)) + "\n"
print(table, end="")
camel = "parseHttpResponseCode"
snake = "".join("_" + c.lower() if c.isupper() else c for c in camel)
print(snake)
print("".join(w.capitalize() for w in snake.split("_")))
rle = []
prev, n = None, 0
for ch in "aaabccddddde":
    if ch == prev:
        n += 1
    else:
        if prev is not None:
            rle.append(f"{prev}{n}")
        prev, n = ch, 1
rle.append(f"{prev}{n}")
print("".join(rle))
