import re

print(re.match(r"\d+$", "123\n"), re.search(r"\w+$", "abc\n"), re.search(".*$", "ab\n").span())
print(re.findall("$", "a\n"), re.findall("$", "a\n\n"), re.sub("$", "!", "x\n"), re.sub("$", "!", "x"))
print(re.fullmatch(r"a$", "a\n"), re.search(r"a\Z", "a\n"), re.search(r"a$", "a\nb"), re.findall(r"(?m)\w$", "a\nb\n"))
print(re.split("$", "ab\n"), re.search(r"\s*$", "a \n").span(), re.match(r"^(\w+)$", "word\n").group(1))
print([m.span() for m in re.finditer(r"\w*$", "ab cd\n")])
