# An uncaught ValueError raised three calls deep, after some output.
def parse_record(line):
    name, age = line.split(",")
    return name.strip(), validate_age(int(age))

def validate_age(age):
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age

def load(lines):
    out = []
    for line in lines:
        rec = parse_record(line)
        print("loaded", rec)
        out.append(rec)
    return out

load(["ann, 31", "bob, 42", "cy, -1", "dee, 5"])
print("never printed")
