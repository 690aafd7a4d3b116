# Format spec: fill, alignment, width for strings and numbers.
for v in ["ab", 42, -42, 3.5, True]:
    print(f"[{v:8}] [{v:<8}] [{v:>8}] [{v:^8}] [{v:*^9}] [{v:_<3}]")
for v in [42, -42, 3.5, -3.5]:
    print(f"[{v:=8}] [{v:0=8}] [{v:#=+8}] [{v:08}] [{v:+08}]")
print(f"[{'x':^4}] [{'xy':^5}] [{'x':^2}] [{'':^3}] [{'':*>3}]")
print(f"[{'é':>3}] [{'日本':<4}] [{'😀':^3}]")
print(format("text", "<10") + "|", format("text", ">10") + "|", format("text", "^10") + "|")
print(format(7, "{<5") + "|", format(7, "}>5") + "|", format(7, "0<5") + "|", format(7, " ^5") + "|")
print(format(123, "2"), format(123, "02"), format("abc", "1"), format(-1, "05"))
