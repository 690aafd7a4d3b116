# expect: import os
# os runs commands and touches files.
import os
print('ESCAPED', os.getcwd())
