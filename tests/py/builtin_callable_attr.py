# callable, getattr/setattr/hasattr/delattr with defaults, object().
class Config:
    debug = False

    def reload(self):
        return "reloaded"

cfg = Config()
print(callable(cfg), callable(Config), callable(cfg.reload), callable(len), callable(None), callable("s"))
print(getattr(cfg, "debug"), getattr(cfg, "missing", "fallback"), getattr(cfg, "reload")())
setattr(cfg, "debug", True)
setattr(cfg, "new_field", [1])
print(cfg.debug, Config.debug, cfg.new_field, hasattr(cfg, "new_field"), hasattr(Config, "new_field"))
delattr(cfg, "new_field")
print(hasattr(cfg, "new_field"))
for name in ["debug", "reload", "nothing"]:
    print(name, hasattr(cfg, name))
try:
    getattr(cfg, "nothing")
except AttributeError as e:
    print(type(e).__name__, e)
o = object()
print(type(o).__name__, o == o, o != object(), bool(o), isinstance(o, object), isinstance(5, object))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "real", 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(5, "real"), getattr("x", "upper")(), hasattr([], "append"), hasattr((), "append"))
sentinel = object()
print(getattr(cfg, "absent", sentinel) is sentinel)
try:
    getattr()
except TypeError as e:
    print(type(e).__name__, e)
