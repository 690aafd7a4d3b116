import json
s = 'ab'
for i in range(40):
    s = json.dumps([s, s])
