import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps([Point(1, 2)], cls=PointEncoder))
print(json.dumps({"p": Point(3, 4)}, cls=PointEncoder, indent=2, sort_keys=True))
print(PointEncoder().encode(Point(5, 6)), json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
print(json.JSONEncoder(separators=(",", ":")).encode([1, {"a": None}]))
try:
    json.dumps({1, 2}, cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
dec = json.JSONDecoder(object_hook=lambda d: tuple(sorted(d)))
print(dec.decode('{"b": 1, "a": {"c": 2}}'))
print(json.loads('[1, 2.5]', cls=json.JSONDecoder, parse_float=str))
try:
    dec.decode('[1, 2')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def read(self):
        return "".join(self.parts)


s = Sink()
json.dump({"k": [True, None]}, s)
print(s.read(), json.load(s))
try:
    json.dumps()
except TypeError as e:
    print("TypeError:", e)
