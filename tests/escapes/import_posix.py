# expect: import posix
# posix is the C module behind os.
import posix
print('ESCAPED', posix.getcwd())
