# int() of text: the plain decimal strings read directly, and every other form beside them.
for s in ['5', '-12', '+7', '007', '0', '-0', ' 5', '5 ', '1_000', '', '-', '+', '123456789012345678', '1234567890123456789', '99999999999999999999', '١٢٣', '12a', '0x10', '--5']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
class I(int):
    pass
print(type(I('5')).__name__, I('5') + 1, int('12', 10), int(s='1') if False else int('3'))
