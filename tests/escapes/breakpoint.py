# expect: builtin breakpoint
# breakpoint() starts pdb, which runs whatever commands it reads.
breakpoint()
