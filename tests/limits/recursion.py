# expect: limit max_stack_depth
# Unbounded recursion.
def f():
    f()


f()
