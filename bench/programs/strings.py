# Building and taking apart strings: join, split, replace, find, slicing, case,
# %-formatting, str.format and f-strings. Words come from a fixed linear
# congruential generator, so every run builds the same text.
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def words(count, seed):
    out = []
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        n = 2 + seed % 7
        k = seed >> 8
        w = ""
        for _ in range(n):
            w += LETTERS[k % 26]
            k //= 26
            if k == 0:
                k = seed
        out.append(w)
    return out


def records(ws):
    lines = []
    for i in range(0, len(ws) - 3, 3):
        name = ws[i].upper() + "_" + ws[i + 1]
        lines.append("%s,%d,%s;%s" % (name, i, ws[i + 2], ws[i + 3]))
        lines.append("{}|{}|{}".format(ws[i + 1], len(name), i % 97))
        lines.append(f"{ws[i + 2]}={i * 3}:{name.lower()}")
    return "\n".join(lines)


def digest(text):
    total = 0
    for line in text.split("\n"):
        if "," in line:
            name, num, rest = line.split(",")
            left, right = rest.split(";")
            total += int(num) + len(left) * 3 + len(right) + name.find("_")
        elif "|" in line:
            a, b, c = line.split("|")
            total += int(b) * int(c) + len(a.strip())
        else:
            key, _, value = line.partition("=")
            n, _, tail = value.partition(":")
            total += int(n) % 1000 + len(tail) + (7 if tail.startswith(key[:1]) else 0)
    return total


def rewrite(text):
    t = text.replace("a", "4").replace("e", "3").replace("oo", "0")
    t = t.replace("_", " ").replace("|", "-")
    return t.count("4") * 5 + t.count("3") * 3 + t.count("0") + t.count(" ") + len(t)


ws = words(120000, 2024)
text = records(ws)
pieces = text.split()
joined = "".join([p[-5:] + p[:2] for p in pieces[:5000]])
print("checksum", len(text), digest(text), rewrite(text), len(joined), ord(joined[len(joined) // 2]))
