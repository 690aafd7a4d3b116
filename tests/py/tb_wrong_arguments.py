# A TypeError for a call with the wrong number of arguments.
def area(width, height):
    return width * height

print(area(3, 4))
print(area(width=2, height=5))
shapes = [(1, 2), (3,)]
for s in shapes:
    print(area(*s))
