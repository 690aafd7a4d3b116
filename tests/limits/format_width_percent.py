# expect: limit max_memory
# A 1 GB padded %-format field.
s = '%999999999d' % 1
print(len(s))
