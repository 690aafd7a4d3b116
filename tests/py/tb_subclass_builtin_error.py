# A subclass of a builtin exception raised from a nested helper.
class EmptyCartError(LookupError):
    pass

def checkout(cart):
    if not cart:
        raise EmptyCartError("cart is empty")
    return sum(cart.values())

print(checkout({"book": 12, "pen": 2}))
print(checkout({}))
