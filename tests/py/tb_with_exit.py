# The exception passes through __exit__ (which returns False) and ends the program.
class Session:
    def __enter__(self):
        print("session opened")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("session closed; exception:", exc_type.__name__ if exc_type else None)
        return False

    def query(self, table):
        if table != "users":
            raise LookupError(f"no table named {table!r}")
        return ["ann", "bob"]

with Session() as s:
    print(s.query("users"))
    print(s.query("orders"))
