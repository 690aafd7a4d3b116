# expect: error AttributeError
# A traceback leads to frames, and frames to globals and builtins.
# __traceback__ is allowed, but Sandpit's tracebacks are placeholders with no frames.
try:
    1 / 0
except ZeroDivisionError as e:
    frame = e.__traceback__.tb_frame
    print('ESCAPED', frame.f_builtins['__import__']('os').getcwd())
