# timedelta arithmetic over pseudo-random values (fixed LCG): construction from mixed
# float units, multiplication and division by floats and ints (round-half-even to the
# microsecond), floor division, modulo, divmod, total_seconds, str and repr.
from datetime import timedelta

state = 3


def draw(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n


def frac():
    return (draw(2**20) - 2**19) / (draw(1000) + 1)


for _ in range(60):
    td = timedelta(days=draw(2000) - 1000, hours=frac(), minutes=frac(), seconds=frac(),
                   milliseconds=frac(), microseconds=frac(), weeks=draw(3) - 1)
    other = timedelta(seconds=draw(10**6) - 5 * 10**5, microseconds=draw(10**6)) or timedelta(1)
    f = frac()
    n = draw(20) - 10 or 3
    row = [repr(td), str(td), td.total_seconds(), repr(td * f), repr(f * td), repr(td / (f or 1.5)),
           repr(td / n), repr(td // n), td / other, td // other, repr(td % other), divmod(td, other),
           repr(-td), repr(abs(td)), td < other, td == td * 1, repr(td * 0.5 + td / 2)]
    print(' '.join(map(str, row)))
