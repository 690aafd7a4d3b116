# The dunder methods of builtin types, called by name as teaching material does
# ("x + y is x.__add__(y)"): str, bytes, numbers, ranges, iterators, __format__.
try:
    print("'a'.__add__('b')", '=>', repr('a'.__add__('b')))
except Exception as e:
    print("'a'.__add__('b')", 'ERR', type(e).__name__, e)
try:
    print("'a'.__mul__(3)", '=>', repr('a'.__mul__(3)))
except Exception as e:
    print("'a'.__mul__(3)", 'ERR', type(e).__name__, e)
try:
    print("'a'.__rmul__(3)", '=>', repr('a'.__rmul__(3)))
except Exception as e:
    print("'a'.__rmul__(3)", 'ERR', type(e).__name__, e)
try:
    print("'a'.__mod__(())", '=>', repr('a'.__mod__(())))
except Exception as e:
    print("'a'.__mod__(())", 'ERR', type(e).__name__, e)
try:
    print("'%s'.__mod__(1)", '=>', repr('%s'.__mod__(1)))
except Exception as e:
    print("'%s'.__mod__(1)", 'ERR', type(e).__name__, e)
try:
    print("'a'.__lt__('b')", '=>', repr('a'.__lt__('b')))
except Exception as e:
    print("'a'.__lt__('b')", 'ERR', type(e).__name__, e)
try:
    print("'a'.__eq__('a')", '=>', repr('a'.__eq__('a')))
except Exception as e:
    print("'a'.__eq__('a')", 'ERR', type(e).__name__, e)
try:
    print("'a'.__ne__('b')", '=>', repr('a'.__ne__('b')))
except Exception as e:
    print("'a'.__ne__('b')", 'ERR', type(e).__name__, e)
try:
    print("'ab'.__iter__().__next__()", '=>', repr('ab'.__iter__().__next__()))
except Exception as e:
    print("'ab'.__iter__().__next__()", 'ERR', type(e).__name__, e)
try:
    print("'a'.__hash__() == hash('a')", '=>', repr('a'.__hash__() == hash('a')))
except Exception as e:
    print("'a'.__hash__() == hash('a')", 'ERR', type(e).__name__, e)
try:
    print("'a'.__str__()", '=>', repr('a'.__str__()))
except Exception as e:
    print("'a'.__str__()", 'ERR', type(e).__name__, e)
try:
    print("'a'.__repr__()", '=>', repr('a'.__repr__()))
except Exception as e:
    print("'a'.__repr__()", 'ERR', type(e).__name__, e)
try:
    print("'a'.__format__('>3')", '=>', repr('a'.__format__('>3')))
except Exception as e:
    print("'a'.__format__('>3')", 'ERR', type(e).__name__, e)
try:
    print("str.__str__('a')", '=>', repr(str.__str__('a')))
except Exception as e:
    print("str.__str__('a')", 'ERR', type(e).__name__, e)
try:
    print("b'a'.__add__(b'b')", '=>', repr(b'a'.__add__(b'b')))
except Exception as e:
    print("b'a'.__add__(b'b')", 'ERR', type(e).__name__, e)
try:
    print("b'a'.__mul__(2)", '=>', repr(b'a'.__mul__(2)))
except Exception as e:
    print("b'a'.__mul__(2)", 'ERR', type(e).__name__, e)
try:
    print("b'a'.__lt__(b'b')", '=>', repr(b'a'.__lt__(b'b')))
except Exception as e:
    print("b'a'.__lt__(b'b')", 'ERR', type(e).__name__, e)
try:
    print("b'a'.__iter__().__next__()", '=>', repr(b'a'.__iter__().__next__()))
except Exception as e:
    print("b'a'.__iter__().__next__()", 'ERR', type(e).__name__, e)
try:
    print("(1).__format__('03')", '=>', repr((1).__format__('03')))
except Exception as e:
    print("(1).__format__('03')", 'ERR', type(e).__name__, e)
try:
    print("(2.5).__format__('.2f')", '=>', repr((2.5).__format__('.2f')))
except Exception as e:
    print("(2.5).__format__('.2f')", 'ERR', type(e).__name__, e)
try:
    print("[1].__format__('')", '=>', repr([1].__format__('')))
except Exception as e:
    print("[1].__format__('')", 'ERR', type(e).__name__, e)
try:
    print("format(object(), '') == str(object()) or True", '=>', repr(format(object(), '') == str(object()) or True))
except Exception as e:
    print("format(object(), '') == str(object()) or True", 'ERR', type(e).__name__, e)
try:
    print('range(3).__len__()', '=>', repr(range(3).__len__()))
except Exception as e:
    print('range(3).__len__()', 'ERR', type(e).__name__, e)
try:
    print('range(3).__getitem__(1)', '=>', repr(range(3).__getitem__(1)))
except Exception as e:
    print('range(3).__getitem__(1)', 'ERR', type(e).__name__, e)
try:
    print('range(3).__contains__(2)', '=>', repr(range(3).__contains__(2)))
except Exception as e:
    print('range(3).__contains__(2)', 'ERR', type(e).__name__, e)
try:
    print('list(range(3).__iter__())', '=>', repr(list(range(3).__iter__())))
except Exception as e:
    print('list(range(3).__iter__())', 'ERR', type(e).__name__, e)
try:
    print('range(3).__reversed__().__next__()', '=>', repr(range(3).__reversed__().__next__()))
except Exception as e:
    print('range(3).__reversed__().__next__()', 'ERR', type(e).__name__, e)
try:
    print('iter([1]).__next__()', '=>', repr(iter([1]).__next__()))
except Exception as e:
    print('iter([1]).__next__()', 'ERR', type(e).__name__, e)
try:
    print('iter([1]).__iter__() is not None', '=>', repr(iter([1]).__iter__() is not None))
except Exception as e:
    print('iter([1]).__iter__() is not None', 'ERR', type(e).__name__, e)
try:
    print('iter((1,)).__next__()', '=>', repr(iter((1,)).__next__()))
except Exception as e:
    print('iter((1,)).__next__()', 'ERR', type(e).__name__, e)
try:
    print('iter({1:2}).__next__()', '=>', repr(iter({1:2}).__next__()))
except Exception as e:
    print('iter({1:2}).__next__()', 'ERR', type(e).__name__, e)
try:
    print("iter('ab').__next__()", '=>', repr(iter('ab').__next__()))
except Exception as e:
    print("iter('ab').__next__()", 'ERR', type(e).__name__, e)
try:
    print('iter(range(2)).__next__()', '=>', repr(iter(range(2)).__next__()))
except Exception as e:
    print('iter(range(2)).__next__()', 'ERR', type(e).__name__, e)
try:
    print("enumerate('a').__next__()", '=>', repr(enumerate('a').__next__()))
except Exception as e:
    print("enumerate('a').__next__()", 'ERR', type(e).__name__, e)
try:
    print("zip('a','b').__next__()", '=>', repr(zip('a','b').__next__()))
except Exception as e:
    print("zip('a','b').__next__()", 'ERR', type(e).__name__, e)
try:
    print('map(str, [1]).__next__()', '=>', repr(map(str, [1]).__next__()))
except Exception as e:
    print('map(str, [1]).__next__()', 'ERR', type(e).__name__, e)
try:
    print('reversed([1,2]).__next__()', '=>', repr(reversed([1,2]).__next__()))
except Exception as e:
    print('reversed([1,2]).__next__()', 'ERR', type(e).__name__, e)
try:
    print('filter(None,[1]).__next__()', '=>', repr(filter(None,[1]).__next__()))
except Exception as e:
    print('filter(None,[1]).__next__()', 'ERR', type(e).__name__, e)
try:
    print('[1,2].__reversed__().__next__()', '=>', repr([1,2].__reversed__().__next__()))
except Exception as e:
    print('[1,2].__reversed__().__next__()', 'ERR', type(e).__name__, e)
try:
    print('(1).__int__()', '=>', repr((1).__int__()))
except Exception as e:
    print('(1).__int__()', 'ERR', type(e).__name__, e)
try:
    print('(1.5).__int__()', '=>', repr((1.5).__int__()))
except Exception as e:
    print('(1.5).__int__()', 'ERR', type(e).__name__, e)
try:
    print('(1).__float__()', '=>', repr((1).__float__()))
except Exception as e:
    print('(1).__float__()', 'ERR', type(e).__name__, e)
try:
    print('(1.5).__floor__()', '=>', repr((1.5).__floor__()))
except Exception as e:
    print('(1.5).__floor__()', 'ERR', type(e).__name__, e)
try:
    print('(1.5).__trunc__()', '=>', repr((1.5).__trunc__()))
except Exception as e:
    print('(1.5).__trunc__()', 'ERR', type(e).__name__, e)
try:
    print('(7).__index__()', '=>', repr((7).__index__()))
except Exception as e:
    print('(7).__index__()', 'ERR', type(e).__name__, e)
try:
    print('(1).__abs__()', '=>', repr((1).__abs__()))
except Exception as e:
    print('(1).__abs__()', 'ERR', type(e).__name__, e)
try:
    print('(-1.5).__abs__()', '=>', repr((-1.5).__abs__()))
except Exception as e:
    print('(-1.5).__abs__()', 'ERR', type(e).__name__, e)
try:
    print('(3).__sub__(1)', '=>', repr((3).__sub__(1)))
except Exception as e:
    print('(3).__sub__(1)', 'ERR', type(e).__name__, e)
try:
    print('(3).__mul__(2)', '=>', repr((3).__mul__(2)))
except Exception as e:
    print('(3).__mul__(2)', 'ERR', type(e).__name__, e)
try:
    print('(3).__truediv__(2)', '=>', repr((3).__truediv__(2)))
except Exception as e:
    print('(3).__truediv__(2)', 'ERR', type(e).__name__, e)
try:
    print('(3).__floordiv__(2)', '=>', repr((3).__floordiv__(2)))
except Exception as e:
    print('(3).__floordiv__(2)', 'ERR', type(e).__name__, e)
try:
    print('(3).__mod__(2)', '=>', repr((3).__mod__(2)))
except Exception as e:
    print('(3).__mod__(2)', 'ERR', type(e).__name__, e)
try:
    print('(3).__rsub__(1)', '=>', repr((3).__rsub__(1)))
except Exception as e:
    print('(3).__rsub__(1)', 'ERR', type(e).__name__, e)
try:
    print('True.__and__(False)', '=>', repr(True.__and__(False)))
except Exception as e:
    print('True.__and__(False)', 'ERR', type(e).__name__, e)
try:
    print('(5).__invert__()', '=>', repr((5).__invert__()))
except Exception as e:
    print('(5).__invert__()', 'ERR', type(e).__name__, e)
try:
    print('(1).__pos__()', '=>', repr((1).__pos__()))
except Exception as e:
    print('(1).__pos__()', 'ERR', type(e).__name__, e)
try:
    print('(2.0).__pow__(2)', '=>', repr((2.0).__pow__(2)))
except Exception as e:
    print('(2.0).__pow__(2)', 'ERR', type(e).__name__, e)
try:
    print('(1).__ge__(1)', '=>', repr((1).__ge__(1)))
except Exception as e:
    print('(1).__ge__(1)', 'ERR', type(e).__name__, e)
try:
    print('(1).__rtruediv__(2)', '=>', repr((1).__rtruediv__(2)))
except Exception as e:
    print('(1).__rtruediv__(2)', 'ERR', type(e).__name__, e)
try:
    print('(6).__divmod__(4)', '=>', repr((6).__divmod__(4)))
except Exception as e:
    print('(6).__divmod__(4)', 'ERR', type(e).__name__, e)
try:
    print('None.__eq__(None)', '=>', repr(None.__eq__(None)))
except Exception as e:
    print('None.__eq__(None)', 'ERR', type(e).__name__, e)
try:
    print('(1).__ceil__()', '=>', repr((1).__ceil__()))
except Exception as e:
    print('(1).__ceil__()', 'ERR', type(e).__name__, e)
try:
    print('(1.2).__ceil__()', '=>', repr((1.2).__ceil__()))
except Exception as e:
    print('(1.2).__ceil__()', 'ERR', type(e).__name__, e)


class Money(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec)


class Label(str):
    pass


class Plain:
    def __str__(self):
        return "plain"


print(f"{Money(2.5):.2f}", format(Money(3), ""))
print(Label("ab").__add__("c"), Label("x").__mul__(2), Label("%d!") % 5, Label("a") < "b")
print(Plain().__format__(""), format(Plain(), ""))
try:
    Plain().__format__("x")
except TypeError as e:
    print("TypeError", e)
it = iter([1, 2, 3])
print(it.__iter__() is it, it.__next__(), next(it), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
print(list(reversed(range(5)).__iter__()), list([1, 2, 3].__reversed__()))
print(range(10).__getitem__(slice(2, 8, 3)), range(3).__eq__(range(0, 3)), range(3).__lt__(range(4)))
