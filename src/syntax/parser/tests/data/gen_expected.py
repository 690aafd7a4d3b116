"""Regenerates the expected outputs of the parser's cross-check tests with CPython 3.11.

Run from this folder: python3 gen_expected.py
- ast_cases.txt: sources separated by lines '====';  writes ast_expected.txt, one dump per case,
  in the compact format produced by `dump` (mirrored by tests/dump.rs).
- error_cases.txt: same layout; writes error_expected.txt: 'Type|message|line|col' per case.
"""
import ast
import struct

SEPARATOR = '\n====\n'
SKIPPED_FIELDS = {'type_comment', 'kind', 'is_async', 'type_ignores'}


def constant(value):
    if value is None or value is Ellipsis or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return 'f:' + struct.pack('>d', value).hex()
    if isinstance(value, complex):
        return 'j:' + struct.pack('>d', value.imag).hex()
    if isinstance(value, str):
        return 's:' + value.encode().hex()
    if isinstance(value, bytes):
        return 'b:' + value.hex()
    raise TypeError(value)


def dump(node):
    if isinstance(node, ast.Constant):
        return 'Constant(' + constant(node.value) + ')'
    if isinstance(node, ast.AST):
        fields = []
        for name in node._fields:
            value = getattr(node, name, None)
            if name in SKIPPED_FIELDS or value is None:
                continue
            fields.append(name + '=' + dump(value))
        return type(node).__name__ + '(' + ', '.join(fields) + ')'
    if isinstance(node, list):
        return '[' + ', '.join('None' if item is None else dump(item) for item in node) + ']'
    if isinstance(node, str):
        return "'" + node + "'"
    if isinstance(node, int):
        return str(node)
    raise TypeError(node)


def cases(path):
    with open(path, encoding='utf-8') as file:
        return file.read().rstrip('\n').split(SEPARATOR)


with open('ast_expected.txt', 'w', encoding='utf-8') as out:
    for source in cases('ast_cases.txt'):
        out.write(dump(ast.parse(source)) + '\n')

with open('error_expected.txt', 'w', encoding='utf-8') as out:
    for source in cases('error_cases.txt'):
        try:
            compile(source, 'case.py', 'exec')
            raise SystemExit('compiles: ' + repr(source))
        except SyntaxError as error:
            out.write(f'{type(error).__name__}|{error.msg}|{error.lineno}|{error.offset}\n')
