# UnboundLocalError from reading a local before it is assigned.
total = 10

def add_tax(rate):
    print("rate", rate)
    total = total * (1 + rate)
    return total

print(add_tax(0.2))
