# expect: import importlib
# importlib imports any module by a computed name.
import importlib
print('ESCAPED', importlib.import_module('o' + 's').getcwd())
