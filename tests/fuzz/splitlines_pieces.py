s = ('\n'*1000000).splitlines()
