b = b"a"
while True:
    b = b + b
