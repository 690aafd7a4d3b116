# expect: error AttributeError
# sys may be importable under the teaching policy, but Sandpit's sys has no frames.
try:
    import sys
except ImportError:
    sys = None
frame = sys._getframe(0)
print('ESCAPED', frame.f_builtins['__import__']('os').getcwd())
