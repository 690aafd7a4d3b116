# An exception with several args shows their tuple in the final line.
class ParseError(Exception):
    pass

tokens = ["1", "+", "2", "*", "?"]
for pos, tok in enumerate(tokens):
    if tok not in "+-*/" and not tok.isdigit():
        raise ParseError("unexpected token", tok, pos)
    print("token", tok)
