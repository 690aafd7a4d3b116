# Subclasses of the stdlib's classes (namedtuple, dataclass inheritance, date/datetime/
# timedelta, Counter, OrderedDict, defaultdict, deque): which operations keep the subclass.
from collections import namedtuple, OrderedDict, Counter, defaultdict, deque
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, time, timezone
import functools, itertools

class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'P(%s,%s)' % self
p = Point(3, 4)
print(p, repr(p), p.norm, p._replace(x=0), Point._make([1, 2]), type(p._replace(x=0)).__name__)

@dataclass
class Base:
    a: int = 1
    b: list = field(default_factory=list)
@dataclass
class Derived(Base):
    c: str = 'c'
    a: int = 5
print(Derived(), Derived(2, [1], 'z'), [f for f in Derived.__dataclass_fields__] if False else '', Derived.__match_args__)

class MyDate(date):
    def __str__(self):
        return 'MyDate ' + self.isoformat()
md = MyDate(2024, 1, 31)
print(md, md + timedelta(1), type(md + timedelta(1)).__name__, type(md - timedelta(1)).__name__, md - date(2024, 1, 1), md == date(2024, 1, 31))
print(type(MyDate.today()).__name__, type(MyDate.fromordinal(1)).__name__, type(MyDate.fromisoformat('2020-01-01')).__name__)
class MyDT(datetime):
    pass
x = MyDT(2024, 1, 1, 12)
print(type(x + timedelta(1)).__name__, type(x.replace(hour=1)).__name__, type(x.astimezone(timezone.utc)).__name__, type(MyDT.now()).__name__, type(x.date()).__name__)
print(type(MyDT.combine(date(2020, 1, 1), time())).__name__, type(MyDT.fromisoformat('2020-01-01')).__name__, type(MyDT.strptime('2020', '%Y')).__name__)
class MyTD(timedelta):
    pass
t = MyTD(hours=1)
print(type(t + t).__name__, type(t * 2).__name__, type(-t).__name__, repr(t), str(t))
class MyCounter(Counter):
    pass
mc = MyCounter('aab')
print(repr(mc), type(mc + mc).__name__, type(mc.copy()).__name__, repr(MyCounter()))
class MyOD(OrderedDict):
    pass
print(repr(MyOD(a=1)), type(MyOD(a=1) | {'b': 2}).__name__, repr(MyOD()))
class MyDD(defaultdict):
    pass
print(repr(MyDD(int, a=1)), type(MyDD(int).copy()).__name__)
class MyDeque(deque):
    pass
print(repr(MyDeque([1])), repr(MyDeque([1], 3)), type(MyDeque([1]).copy()).__name__, type(MyDeque([1]) + MyDeque([2])).__name__)
print(functools.reduce(lambda acc, p: acc + p.x, [Point(1, 2), Point(3, 4)], 0))
print(list(itertools.starmap(Point, [(1, 2)])), sorted([Point(2, 1), Point(1, 2)]))
