# Precision and presentation types for floats: f e g % and none.
vals = [0.0, 1.0, 0.5, 123.456, -0.000123456, 1234567.891, 1e-10, 1e16, 2.5e-5, 100.0]
for v in vals:
    print(f"{v:.0f}|{v:.2f}|{v:.3e}|{v:.3g}|{v:g}|{v:.2%}|{v:.4}|{v}")
for p in range(0, 8):
    print(p, f"{2/3:.{p}f}", f"{2/3:.{p}e}", f"{2/3:.{p}g}", f"{12345.6789:.{p}g}")
print(f"{1e5:g} {1e6:g} {1e-4:g} {1e-5:g} {123456.0:g} {1234567.0:g}")
print(f"{1e5:.10g} {0.1:.20f} {0.1:.17g} {0.1:.25g}")
print(f"{1.5:.1} {15.5:.2} {155.5:.3} {0.05:.1}")
print(f"{9.999:.2f} {9.995:.2f} {99.95:.1f} {-9.5:.0f}")
print(f"{123:.2f} {123:.1e} {-5:.3g}")
