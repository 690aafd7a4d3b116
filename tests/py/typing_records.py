from typing import NamedTuple, TypedDict, List, Optional


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 1.0

    def describe(self) -> str:
        return f"{self.name}@{self.dept}"


e = Employee("ann")
print(e, e.describe(), Employee._fields, Employee._field_defaults, e._asdict())
print(Employee._make(["bob", "ops", 2.5]), e._replace(dept="qa"), e == ("ann", "eng", 1.0), e[1:], len(e))
print(Employee("c", salary=3), Employee(name="d", dept="x"), isinstance(e, tuple), type(e).__name__)
a, b, c = e
print(a, b, c, hash(e) == hash(("ann", "eng", 1.0)), sorted([Employee("z"), Employee("a")]))
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields, Point(x=3, y=4).x)
for bad in [lambda: Employee(), lambda: Employee("a", "b", 1.0, 5), lambda: Employee("a", bogus=1),
            lambda: Employee("a", name="b"), lambda: Point(1), lambda: e._replace(nope=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as err:
    print("TypeError:", err)


class Movie(TypedDict):
    title: str
    year: int


class Extended(Movie, total=False):
    rating: Optional[float]


m = Movie(title="Heat", year=1995)
x = Extended(title="Up", year=2009)
print(m, x, type(m) is dict, m == {"title": "Heat", "year": 1995}, Movie.__name__)
x["rating"] = 8.3
print(x, list(x), Extended(title="t", year=1, rating=None))
Alt = TypedDict("Alt", {"a": int, "b": List[str]})
print(Alt(a=1, b=["x"]), Alt(), type(Alt(a=1)).__name__)
