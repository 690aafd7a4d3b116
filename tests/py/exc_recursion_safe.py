# Error handling inside recursion (depth well under the limit): unwinding and partial results.
def search(node, target, path=()):
    if not isinstance(node, dict):
        raise TypeError(f"bad node at {'/'.join(path) or 'root'}: {node!r}")
    if target in node:
        return path + (target,)
    for key, child in node.items():
        if isinstance(child, dict):
            try:
                return search(child, target, path + (key,))
            except LookupError:
                continue
    raise LookupError(f"{target} not under {'/'.join(path) or 'root'}")

tree = {"a": {"b": {"c": 1}, "d": {"e": 2}}, "f": {}}
print(search(tree, "c"), search(tree, "e"), search(tree, "f"))
try:
    search(tree, "zzz")
except LookupError as e:
    print(type(e).__name__, e)
try:
    search(5, "y")
except TypeError as e:
    print(type(e).__name__, e)

def countdown(n):
    if n == 0:
        raise StopIteration("bottom reached")
    try:
        countdown(n - 1)
    finally:
        if n % 25 == 0:
            print("unwinding through", n)

try:
    countdown(100)
except StopIteration as e:
    print("caught", e)
