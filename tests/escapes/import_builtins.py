# expect: import builtins
# The builtins module holds eval, exec, open and __import__.
import builtins
print('ESCAPED', builtins.eval('1 + 1'))
