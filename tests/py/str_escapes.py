# String literals: every escape sequence, raw strings, triple quotes, concatenation.
s = "tab\there\nnewline \\ backslash \' single \" double"
print(s)
print(repr(s))
print(len("\n"), len("\t"), len("\\"), len("\x41"), len("\u00e9"), len("\U0001F600"))
print("\x41\x42\x43", "\101\102\103", "\u0041", "\U00000042", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print(repr("\a\b\f\v\r\0"))
print(repr("\x00\x1f\x7f\x80\xff"))
print(ord("\0"), ord("\7"), ord("\77"), ord("\777"))
print("a" "b" 'c' """d""" '''e''')
print(r"raw \n stays", r"C:\path\to\file", len(r"\n"), r"\\", r"quote \" inside")
print(R"upper raw \t")
t = """line one
line two\
 continued
    indented"""
print(t)
print(repr(t))
u = '''single 'quotes' and "double" inside'''
print(u)
print("it's", 'say "hi"', "both ' and \"")
print("\\n is not a newline here")
print("unicode: \u03b1\u03b2\u03b3 \u4e2d\u6587 \U0001F600")
print(repr("\u03b1"), repr("\U0001F600"), ascii("\u03b1"), ascii("\U0001F600"), ascii("é"))
print("multi" + \
      "line")
print(len("""
"""))
print("\
continued")
