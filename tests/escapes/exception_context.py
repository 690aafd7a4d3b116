# expect: error AttributeError
# The implicitly chained exception carries its own traceback and frames.
# __context__ is allowed, but its traceback has no frames in Sandpit.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('second')
except ValueError as e:
    frame = e.__context__.__traceback__.tb_frame
    print('ESCAPED', frame.f_globals['__builtins__'])
