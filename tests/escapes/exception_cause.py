# expect: error AttributeError
# The explicit cause of `raise ... from ...` carries its traceback and frames.
# __cause__ is allowed, but its traceback has no frames in Sandpit.
try:
    try:
        {}['missing']
    except KeyError as inner:
        raise RuntimeError('outer') from inner
except RuntimeError as e:
    frame = e.__cause__.__traceback__.tb_frame
    print('ESCAPED', frame.f_builtins['open'])
