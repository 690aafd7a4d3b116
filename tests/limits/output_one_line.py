# expect: limit max_output_bytes
# One print of a line bigger than the output limit.
print('y' * 10**6)
