# str()/repr() of ints, and int() of str round trips.
for n in [0, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 128]:
    print(str(n), repr(n), len(str(n)))
    assert int(str(n)) == n
print(str(-0), repr(+5))
print(str(1_000), 1_000 == 1000)
print([1, -2, 3], (4,), {5: -6})
print(str(12345)[::-1], int(str(12345)[::-1]))
digits = [int(c) for c in str(2 ** 50)]
print(digits, sum(digits))
print("%d" % 42, "%5d|" % -42, "%-5d|" % 42, "%05d" % 42, "%+d" % 42)
print(str(2 ** 64)[:5], str(2 ** 64)[-5:])
print(int("0" * 10 + "5"), str(int("0005")))
print("{:,}".format(10 ** 12), f"{-1234567:_}")
print(ascii(123), format(123), format(-5, ""))
print(int.__name__, type(0).__name__)
