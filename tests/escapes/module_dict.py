# expect: dunder __dict__
# A module's __dict__ holds its loader, whose methods' globals hold os (as _os).
# While Sandpit has no math module the access still goes through the attribute check.
try:
    import math
except ImportError:
    math = None
loader = math.__dict__['__loader__']
os = loader.__init__.__globals__['_os']
print('ESCAPED', os.getcwd())
