# expect: import ctypes
# ctypes calls C and reads and writes raw memory.
import ctypes
print('ESCAPED', ctypes.CDLL(None))
