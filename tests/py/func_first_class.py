# Functions are objects: identity, equality, storing in lists, passing methods.
def hello():
    return "hello"

alias = hello
print(alias is hello, alias == hello, alias(), alias.__name__)
funcs = [hello, str.upper, len, lambda: "lam"]
print([callable(f) for f in funcs], type(hello).__name__)
words = ["b", "a"]
sorter = words.sort
sorter()
print(words)
append = words.append
append("c")
append("d")
print(words)
upper = "shout".upper
print(upper(), "-".join("ab"), callable(upper))
method_table = {"len": len, "sum": sum, "max": max}
print({name: f([3, 1, 2]) for name, f in method_table.items()})

class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="hi"):
        return f"{greeting} {self.name}"

g = Greeter("ann")
bound = g.greet
print(bound(), bound("hey"), Greeter.greet(g, "yo"))
print(list(map(Greeter.greet, [Greeter("a"), Greeter("b")])))
