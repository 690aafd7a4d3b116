s = "a"
while True:
    s = f"{s}{s}"
