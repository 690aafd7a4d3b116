# expect: builtin dir
# dir() is the reconnaissance step: it lists the dunders to try next.
names = [n for n in dir(type) if 'subclass' in n]
print('ESCAPED', names)
