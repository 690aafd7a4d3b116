s = dict(enumerate('a'*300000))
