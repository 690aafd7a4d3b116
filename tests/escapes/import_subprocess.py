# expect: import subprocess
# subprocess starts host processes.
import subprocess
print('ESCAPED', subprocess.run(['true']).returncode)
