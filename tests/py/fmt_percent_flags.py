# %-formatting: every flag combination on ints, floats and strings.
for v in [0, 5, -5, 1234]:
    print("|%d|%5d|%-5d|%05d|%+d|%+5d|% d|%- 5d|%#x|%#5o|%-#8x|%08.3d|" % ((v,) * 12))
for v in [0.0, 2.5, -2.5, 1234.5678]:
    print("|%f|%.1f|%8.2f|%-8.2f|%08.2f|%+.2f|% .2f|%#.0f|%.0f|%e|%.2E|%g|%#g|" % ((v,) * 13))
for v in ["", "x", "hello"]:
    print("|%s|%5s|%-5s|%.2s|%5.2s|%-5.2s|%r|" % ((v,) * 7))
print("%i %u" % (-7, 7), "%.3s" % 12345, "%5.3s|" % "abcdef")
