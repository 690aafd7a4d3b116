# expect: import sys
# policy: strict
# sys.modules holds every loaded module, os included.
import sys
print('ESCAPED', sys.modules['os'].getcwd())
