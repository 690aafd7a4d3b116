# A user exception with its own __str__; the final line uses it.
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}"

def fetch(path):
    print("GET", path)
    if path != "/":
        raise HttpError(404, "Not Found")
    return "home page"

print(fetch("/"))
print(fetch("/missing"))
