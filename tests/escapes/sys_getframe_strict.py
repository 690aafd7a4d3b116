# expect: import sys
# policy: strict
# sys._getframe walks the call stack to frames and their globals.
import sys
frame = sys._getframe(0)
print('ESCAPED', frame.f_builtins['__import__']('os').getcwd())
