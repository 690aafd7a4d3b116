# expect: import shutil
# shutil copies and deletes trees and finds executables.
import shutil
print('ESCAPED', shutil.which('sh'))
