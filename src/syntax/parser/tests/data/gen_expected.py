"""Regenerates the expected outputs of the parser's cross-check tests with CPython 3.11.

Run from this folder: python3 gen_expected.py
- ast_cases.txt: sources separated by lines '====';  writes ast_expected.txt, one dump per case,
  in the compact format produced by `dump` (mirrored by tests/dump.rs).
  ast_positions.txt holds the same dumps with `@line:col-line:col` after every node that has a
  position (1-based columns counted in characters, end exclusive, as in our spans).
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


def position(node, lines):
    if not hasattr(node, 'lineno') or not isinstance(node, (ast.stmt, ast.expr, ast.arg, ast.keyword, ast.alias, ast.excepthandler, ast.pattern)):
        return ''
    def column(line, byte_offset):
        text = lines[line - 1] if line - 1 < len(lines) else b''
        return len(text[:byte_offset].decode('utf-8', 'ignore')) + 1
    return '@%d:%d-%d:%d' % (node.lineno, column(node.lineno, node.col_offset),
                             node.end_lineno, column(node.end_lineno, node.end_col_offset))


def dump(node, lines=None):
    where = position(node, lines) if lines is not None else ''
    if isinstance(node, ast.Constant):
        return 'Constant(' + constant(node.value) + ')' + where
    if isinstance(node, ast.AST):
        fields = []
        for name in node._fields:
            value = getattr(node, name, None)
            if name in SKIPPED_FIELDS or value is None:
                continue
            fields.append(name + '=' + dump(value, lines))
        return type(node).__name__ + '(' + ', '.join(fields) + ')' + where
    if isinstance(node, list):
        return '[' + ', '.join('None' if item is None else dump(item, lines) for item in node) + ']'
    if isinstance(node, str):
        return "'" + node + "'"
    if isinstance(node, int):
        return str(node)
    raise TypeError(node)


def cases(path):
    with open(path, encoding='utf-8') as file:
        return file.read().rstrip('\n').split(SEPARATOR)


with open('ast_expected.txt', 'w', encoding='utf-8') as out, \
        open('ast_positions.txt', 'w', encoding='utf-8') as positions:
    for source in cases('ast_cases.txt'):
        tree = ast.parse(source)
        out.write(dump(tree) + '\n')
        positions.write(dump(tree, source.encode().replace(b'\r\n', b'\n').replace(b'\r', b'\n').split(b'\n')) + '\n')

with open('error_expected.txt', 'w', encoding='utf-8') as out:
    for source in cases('error_cases.txt'):
        try:
            compile(source, 'case.py', 'exec')
            raise SystemExit('compiles: ' + repr(source))
        except SyntaxError as error:
            out.write(f'{type(error).__name__}|{error.msg}|{error.lineno}|{error.offset}\n')
