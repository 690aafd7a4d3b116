# expect: builtin input
# input() reads the host process's stdin.
line = input()
print('ESCAPED', line)
