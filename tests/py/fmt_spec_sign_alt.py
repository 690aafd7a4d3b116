# Format spec: sign (+ - space), alternate form (#), zero padding, and types.
for v in [0, 7, -7, 255]:
    print(f"{v:+} {v:-} {v: } | {v:#x} {v:#o} {v:#b} {v:#X} | {v:05} {v:+05} {v:#06x} {v:#010b}")
for v in [0.0, -0.0, 2.5, -2.5]:
    print(f"{v:+} {v:-} {v: } | {v:+.1f} {v: .2e} {v:#.0f} {v:.0f} {v:#g} {v:g} | {v:08.2f}")
print(f"{1.0:#.3g} {1.0:.3g} {100.0:#.3g} {0.5:#.0e}")
print(f"{65:c} {0x263A:c} {ord('z'):c}")
print(f"{10:n} {1.5:n} {1e20:n}")
print(f"{5:.2f} {5:e} {5:%} {5:g}")
