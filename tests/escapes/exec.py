# expect: builtin exec
# exec runs statements, including imports the static check never saw.
ns = {}
exec("import os\ncwd = os.getcwd()", ns)
print('ESCAPED', ns['cwd'])
