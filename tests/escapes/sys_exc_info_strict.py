# expect: import sys
# policy: strict
# sys.exc_info() returns the traceback without touching __traceback__.
import sys
try:
    1 / 0
except ZeroDivisionError:
    frame = sys.exc_info()[2].tb_frame
    print('ESCAPED', frame.f_builtins['open'])
