# Function attributes that are observable without introspection: __name__ and __doc__.
def documented(x):
    """Return x doubled."""
    return x * 2

def undocumented():
    return None

print(documented.__name__, documented.__doc__, undocumented.__doc__)

def multi_line():
    """First line.

    More detail here.
    """

print(repr(multi_line.__doc__))
lam = lambda: 0
print(lam.__name__, lam.__doc__)

class K:
    """Class doc."""

    def method(self):
        """Method doc."""

print(K.__doc__, K.method.__doc__, K.method.__name__, K.__name__)
documented.custom = "attached attribute"
print(documented.custom, documented(21))

def not_a_docstring():
    x = 1
    """this string is not the docstring"""
    return x

print(not_a_docstring.__doc__)
