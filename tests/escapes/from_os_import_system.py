# expect: import os
# A from-import of one name still imports the module.
from os import system
system('echo ESCAPED')
