# expect: dunder __closure__
# Cells let code read and rewrite another function's captured variables.
def make():
    secret = 'hidden'
    return lambda: secret


cell = make().__closure__[0]
cell.cell_contents = 'changed'
print('ESCAPED', cell.cell_contents)
