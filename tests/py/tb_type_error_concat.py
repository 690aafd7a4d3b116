# A TypeError concatenating str and int while building a message.
count = 3
print("items: " + str(count))
print("items: " + count)
