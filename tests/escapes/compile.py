# expect: builtin compile
# compile makes code objects, the raw material of bytecode attacks.
code = compile("1 + 1", "<x>", "eval")
print('ESCAPED', code.co_code)
