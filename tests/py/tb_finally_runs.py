# finally blocks run (and print) before the uncaught exception ends the program.
def step(n):
    try:
        print("step", n)
        if n == 2:
            raise RuntimeError(f"step {n} failed")
        step(n + 1)
    finally:
        print("cleanup", n)

step(0)
