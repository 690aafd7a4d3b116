# expect: limit max_output_bytes
# Printing forever.
while True:
    print('x' * 1000)
