# expect: builtin open
# open reads the host's files.
with open('/etc/passwd') as f:
    print('ESCAPED', f.readline()[:4])
