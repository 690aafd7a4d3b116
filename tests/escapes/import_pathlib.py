# expect: import pathlib
# pathlib lists and reads files.
import pathlib
print('ESCAPED', pathlib.Path('/etc/passwd').read_text()[:4])
