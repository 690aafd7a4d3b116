# raise ... from ...: explicit cause, suppressing context with `from None`.
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e

try:
    parse_port("80a")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"missing {k}") from None

try:
    lookup({}, "x")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise RuntimeError("direct") from ValueError("the cause")
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
try:
    raise RuntimeError("from class") from KeyError
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
plain = ValueError("no chain")
print(plain.__cause__, plain.__context__, plain.__suppress_context__)
