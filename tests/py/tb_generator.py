# An exception raised inside a generator while a for loop consumes it.
def readings(raw):
    for text in raw:
        value = float(text)
        if value < 0:
            raise ValueError(f"negative reading: {value}")
        yield value

for r in readings(["1.5", "2.25", "-3", "4"]):
    print("reading", r)
