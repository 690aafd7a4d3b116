# expect: dunder __globals__
# format_map resolves attribute fields from a mapping's values.
def f():
    pass


text = '{f.__globals__}'.format_map({'f': f})
print('ESCAPED', '__builtins__' in text)
