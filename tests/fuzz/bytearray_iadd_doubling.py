b = bytearray(b"a")
while True:
    b += b
