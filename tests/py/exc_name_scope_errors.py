# NameError and UnboundLocalError in their various forms.
def read_then_assign():
    total = total + 1
    return total

def conditional_assign(flag):
    if flag:
        value = "set"
    return value

def deleted_then_used():
    item = 1
    del item
    return item

def augmented_global_without_declaration():
    counter += 1

counter = 0

def loop_var_never_bound():
    for i in []:
        pass
    return i

for f, args in [(read_then_assign, ()), (conditional_assign, (True,)), (conditional_assign, (False,)),
                (deleted_then_used, ()), (augmented_global_without_declaration, ()), (loop_var_never_bound, ())]:
    try:
        print(f.__name__, "->", f(*args))
    except NameError as e:
        print(f.__name__, "->", type(e).__name__, e)
try:
    print(not_defined_anywhere)
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
try:
    print(Print)
except NameError as e:
    print(type(e).__name__, e)
