s = "a_bind"
while True:
    s = f"{s}{s}"
