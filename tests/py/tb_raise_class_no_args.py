# Raising an exception class without arguments prints only its name.
def not_ready():
    print("checking readiness")
    raise NotImplementedError

not_ready()
