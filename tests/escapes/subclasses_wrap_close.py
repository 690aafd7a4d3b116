# expect: dunder __subclasses__
# os._wrap_close is loaded at startup; its __init__'s globals are the os module's.
for cls in object.__subclasses__():
    if cls.__name__ == '_wrap_close':
        system = cls.__init__.__globals__['system']
        print('ESCAPED', system)
