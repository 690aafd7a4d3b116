# CPython 3.11's builtin exception classes: the OSError family (IOError and
# EnvironmentError are OSError itself), the warnings, StopAsyncIteration; and a set used
# as a key of a set is looked up as the equal frozenset.
for c in [IOError, EnvironmentError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, InterruptedError, IsADirectoryError, NotADirectoryError, ProcessLookupError, StopAsyncIteration, UnicodeTranslateError, PendingDeprecationWarning, SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]:
    print(c.__name__, [b.__name__ for b in (BaseException, Exception, OSError, ConnectionError, ValueError, UnicodeError, Warning) if issubclass(c, b)])
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise ConnectionResetError("peer")
except OSError as e:
    print(type(e).__name__, e)
print({1, 2} in {frozenset({1, 2})}, {3} in {frozenset({1})}, {1} not in set())
try:
    {1} in {1: 2}
except TypeError as e:
    print(e)
