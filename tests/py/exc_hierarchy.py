# The exception hierarchy: catching by base classes, issubclass relationships.
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (ValueError, Exception), (UnicodeDecodeError, ValueError),
    (UnicodeError, ValueError), (FileNotFoundError, OSError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (UnboundLocalError, NameError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException), (SystemExit, Exception),
    (GeneratorExit, BaseException), (Exception, BaseException), (TypeError, ValueError),
    (AssertionError, Exception), (AttributeError, Exception), (ModuleNotFoundError, ImportError),
    (IndentationError, SyntaxError), (TabError, IndentationError), (bool, int),
]
for sub, base in pairs:
    print(f"{sub.__name__:20} {base.__name__:15} {issubclass(sub, base)}")

def catch(exc, handler_type):
    try:
        raise exc
    except handler_type as e:
        return f"{handler_type.__name__} caught {type(e).__name__}"
    except BaseException as e:
        return f"{handler_type.__name__} missed {type(e).__name__}"

print(catch(KeyError("k"), LookupError))
print(catch(IndexError(0), LookupError))
print(catch(ZeroDivisionError(), ArithmeticError))
print(catch(ValueError(), ArithmeticError))
print(catch(KeyboardInterrupt(), Exception))
print(catch(SystemExit(), Exception))
print(catch(RecursionError(), RuntimeError))
print(catch(UnicodeEncodeError("ascii", "é", 0, 1, "x"), ValueError))
