# User-defined exception classes: hierarchies, custom __init__/__str__, catching by base class.
class AppError(Exception):
    """Base for all application errors."""

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"

class NotFound(AppError, LookupError):
    pass

class RetryableError(AppError):
    def __init__(self, message, attempts=3):
        super().__init__(message)
        self.attempts = attempts

for exc in [ValidationError("age", "must be positive"), NotFound("user 7"), RetryableError("timeout"), AppError()]:
    try:
        raise exc
    except ValidationError as e:
        print("validation:", e, "|", e.field, "|", e.args, "|", repr(e))
    except LookupError as e:
        print("lookup-compatible:", type(e).__name__, e, isinstance(e, AppError))
    except AppError as e:
        print("app error:", type(e).__name__, repr(str(e)), getattr(e, "attempts", None))

class WithDefaultMessage(Exception):
    def __init__(self, msg="something went wrong"):
        super().__init__(msg)

print(str(WithDefaultMessage()), WithDefaultMessage("custom").args)

class NoSuperInit(Exception):
    def __init__(self, code):
        self.code = code

e = NoSuperInit(404)
print(e.code, e.args, repr(str(e)))

class Wrapped(Exception):
    pass

try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise Wrapped("outer wraps inner") from inner
except Wrapped as w:
    print(type(w).__name__, w)
print(issubclass(NotFound, Exception), issubclass(ValidationError, LookupError), AppError.__doc__)
errors = []
for value in ["5", "-1", "x"]:
    try:
        n = int(value)
        if n < 0:
            raise ValidationError("value", f"{n} is negative")
        errors.append(("ok", n))
    except (ValueError, AppError) as err:
        errors.append((type(err).__name__, str(err)))
print(errors)
