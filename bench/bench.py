"""Measures Sandpit against its peers in one run and prints Markdown tables (also written
to bench/results.md). Started by scripts/bench.sh, which installs the peers and builds
Sandpit first; run it directly only when they are in place.

Every figure is the median of several runs, taken in this one run, so the ratios compare
like with like on a machine whatever else it is doing; a program's runs go round by round,
every peer once per round, so a slow spell of the machine falls on all the peers. Environment:

    BENCH_RUNS=3            runs of each program per peer
    BENCH_STARTUP_RUNS=20   runs of each startup figure
    BENCH_PEERS=a,b         only these peers (ids: sandpit, sandpit-wasm, cpython,
                            monty, micropython, pyodide)
    BENCH_PROGRAMS=a,b      only these programs (file names in bench/programs without .py)
    BENCH_OUT=FILE          where to write the tables (default bench/results.md; "-" for none)

Exits 1 when a peer printed a different checksum from CPython's (a peer that cannot run
a program is not a failure: its cell says n/a and the reason is listed).
"""

import datetime
import gzip
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PROGRAMS = BENCH / "programs"
TARGET = Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
SANDPIT = TARGET / "release" / "sandpit"
EMBED = TARGET / "release" / "examples" / "bench_embed"
VENV_PY = BENCH / ".venv" / "bin" / "python"
MONTY = BENCH / ".venv" / "bin" / "monty"
NODE = "node"
# The real interpreter behind `python3` (a version manager's shim would add its own
# start-up time to CPython's).
PYTHON3 = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True).stdout.strip()
TIME = "/usr/bin/time"
TINY = "total = sum([i * i for i in range(100)])\n"

RUNS = int(os.environ.get("BENCH_RUNS", "3"))
STARTUP_RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", "20"))
PROGRAM_TIMEOUT_S = 300

# id, name in the tables, how it runs, how run time and memory are measured
PEERS = [
    ("sandpit", "Sandpit native CLI", "process",
     "`target/release/sandpit run --policy permissive`: wall time and peak RSS "
     "(`/usr/bin/time -f %M`) of the process"),
    ("sandpit-wasm", "Sandpit wasm (Node)", "node",
     "www/pkg in Node, a fresh Node process per run: run time inside Node around "
     "`Sandbox.run`; peak RSS of the Node process (`process.resourceUsage().maxRSS`, "
     "includes Node)"),
    ("cpython", "CPython 3.11", "process",
     "`python3 -S` (the interpreter itself, not a version manager's shim; `-S` skips "
     "`site`, whose `.pth` files can add tens of ms to every start on a developer "
     "machine, and which no program needs): wall time and peak RSS of the process"),
    ("monty", "Monty", "process",
     "PyPI `pydantic-monty`: programs by its `monty` CLI, wall time and peak RSS of the "
     "process; startup figures from the Python API (worker pool) in one process"),
    ("micropython", "MicroPython wasm (Node)", "node",
     "npm `@micropython/micropython-webassembly-pyscript` in Node, a fresh Node process "
     "per run: time around `runPython` (GC heap set to 256 MB; the default 1 MB is too "
     "small for the programs); peak RSS of the Node process"),
    ("pyodide", "Pyodide (Node)", "node",
     "npm `pyodide` in Node: the runs of a program share one Node process and runtime "
     "(loading takes seconds), each with fresh globals; time around `runPython`; peak "
     "RSS of the Node process"),
]
PEER_NAME = {p[0]: p[1] for p in PEERS}


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def median(xs):
    return statistics.median(xs) if xs else None


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def checksum_line(stdout):
    for line in (stdout or "").splitlines():
        if line.startswith("checksum"):
            return line.strip()
    return None


def last_line(text):
    lines = [ln.strip() for ln in (text or "").strip().splitlines() if ln.strip()]
    return lines[-1][:160] if lines else "no output"


def timed_process(cmd, stdin=None):
    """Runs cmd under /usr/bin/time: (wall ms, peak RSS KB, rc, stdout, stderr)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t0 = time.perf_counter()
        p = subprocess.run([TIME, "-o", tf.name, "-f", "%M", *cmd], capture_output=True,
                           text=True, timeout=PROGRAM_TIMEOUT_S, input=stdin)
        wall = (time.perf_counter() - t0) * 1000
        rss = None
        for line in tf.read().splitlines():
            if line.strip().isdigit():
                rss = int(line.strip())
    return wall, rss, p.returncode, p.stdout, p.stderr


def node_json(args):
    p = subprocess.run([NODE, str(BENCH / "node-peer.mjs"), *args], capture_output=True,
                       text=True, timeout=PROGRAM_TIMEOUT_S * RUNS, cwd=ROOT)
    if p.returncode != 0:
        raise RuntimeError(last_line(p.stderr))
    return json.loads(p.stdout.strip().splitlines()[-1])


NODE_PEER = {"sandpit-wasm": "sandpit", "micropython": "micropython", "pyodide": "pyodide"}


def process_cmd(peer, path):
    if peer == "sandpit":
        return [str(SANDPIT), "run", "--policy", "permissive", str(path)]
    if peer == "cpython":
        return [PYTHON3, "-S", str(path)]
    if peer == "monty":
        return [str(MONTY), str(path)]
    raise KeyError(peer)


# ---------------------------------------------------------------- startup

def startup(peer):
    """{cold, create_run, warm: ms or None, note}"""
    kind = next(p[2] for p in PEERS if p[0] == peer)
    if kind == "node":
        r = node_json([NODE_PEER[peer], "startup", str(STARTUP_RUNS)])
        return {"cold": r["cold_ms"], "load": r["load_ms"], "create_run": r["create_run_ms"],
                "warm": r["warm_ms"]}
    with tempfile.TemporaryDirectory() as d:
        one = Path(d) / "one.py"
        one.write_text("1+1\n")
        cold = median([timed_process(process_cmd(peer, one))[0]
                       for _ in range(STARTUP_RUNS)])
    out = {"cold": cold, "load": None, "create_run": None, "warm": None}
    if peer == "sandpit":
        p = subprocess.run([str(EMBED), str(STARTUP_RUNS)], capture_output=True, text=True,
                           check=True)
        r = json.loads(p.stdout)
        out.update(create_run=r["create_run_ms"], warm=r["warm_ms"])
    elif peer == "cpython":
        code = (
            "import time,statistics\n"
            f"src={TINY!r}\n"
            "exec(compile(src,'<s>','exec'),{})\n"
            "ts=[]\n"
            f"for _ in range({STARTUP_RUNS * 5}):\n"
            "    t0=time.perf_counter(); exec(compile(src,'<s>','exec'),{}); "
            "ts.append((time.perf_counter()-t0)*1000)\n"
            "print(statistics.median(ts))\n")
        p = subprocess.run([PYTHON3, "-c", code], capture_output=True, text=True, check=True)
        out["warm"] = float(p.stdout)
    elif peer == "monty":
        p = subprocess.run([str(VENV_PY), str(BENCH / "monty_peer.py"), str(STARTUP_RUNS)],
                           capture_output=True, text=True)
        if p.returncode == 0:
            r = json.loads(p.stdout.strip().splitlines()[-1])
            out.update(api_cold=r["cold_ms"], create_run=r["create_run_ms"], warm=r["warm_ms"])
        else:
            log(f"monty startup: {last_line(p.stderr)}")
    return out


# ---------------------------------------------------------------- programs

def run_program(peer, path, runs):
    """`runs` runs of one program: {times: [ms], rss: KB, stdout, error}"""
    kind = next(p[2] for p in PEERS if p[0] == peer)
    if kind == "node":
        # A fresh Node process per run, but for Pyodide (seconds to load): its runs share
        # one runtime, each with fresh globals.
        batches = [runs] if peer == "pyodide" else [1] * runs
        times, rss, stdout = [], [], None
        for n in batches:
            try:
                r = node_json([NODE_PEER[peer], "program", str(path), str(n)])
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                return {"times": [], "rss": None, "stdout": None, "error": str(e)}
            if r.get("error"):
                return {"times": [], "rss": None, "stdout": r.get("stdout"),
                        "error": r["error"]}
            times += r["times_ms"]
            rss.append(r["peak_rss_kb"])
            stdout = stdout if stdout is not None else r.get("stdout")
        return {"times": times, "rss": max(rss), "stdout": stdout, "error": None}
    times, rss, stdout = [], [], None
    for _ in range(runs):
        try:
            wall, kb, rc, out, err = timed_process(process_cmd(peer, path))
        except subprocess.TimeoutExpired:
            return {"times": [], "rss": None, "stdout": None,
                    "error": f"timed out after {PROGRAM_TIMEOUT_S} s"}
        if rc != 0:
            return {"times": [], "rss": None, "stdout": out, "error": last_line(err)}
        times.append(wall)
        rss.append(kb)
        stdout = stdout if stdout is not None else out
    return {"times": times, "rss": max(rss), "stdout": stdout, "error": None}


# ---------------------------------------------------------------- sizes

def sizes():
    files = {
        "sandpit-wasm": ROOT / "www" / "pkg" / "sandpit_bg.wasm",
        "micropython": BENCH / "node_modules" / "@micropython" /
        "micropython-webassembly-pyscript" / "micropython.wasm",
        "pyodide": BENCH / "node_modules" / "pyodide" / "pyodide.asm.wasm",
    }
    out = {}
    for peer, f in files.items():
        if f.exists():
            data = f.read_bytes()
            out[peer] = (len(data), len(gzip.compress(data, 9)))
    return out


# ---------------------------------------------------------------- tables

def fmt_ms(x):
    if x is None:
        return "n/a"
    if x < 1:
        return f"{x:.3f} ms"
    if x < 100:
        return f"{x:.1f} ms"
    return f"{x:,.0f} ms"


def fmt_kb(n):
    return "n/a" if n is None else f"{n / 1024:,.1f} KB" if n < 1024 * 1024 else f"{n / 1048576:,.2f} MB"


def fmt_ratio(x):
    return "n/a" if x is None else f"{x:.2f}×"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def main():
    peers = [p[0] for p in PEERS]
    if os.environ.get("BENCH_PEERS"):
        want = os.environ["BENCH_PEERS"].split(",")
        peers = [p for p in peers if p in want]
    if "cpython" not in peers:
        peers.insert(0, "cpython")  # the reference for checksums and ratios
    programs = sorted(PROGRAMS.glob("*.py"))
    if os.environ.get("BENCH_PROGRAMS"):
        want = os.environ["BENCH_PROGRAMS"].split(",")
        programs = [p for p in programs if p.stem in want]
    order = ["fib", "nbody", "spectral_norm", "richards", "strings", "dicts", "classes",
             "listcomp"]
    programs.sort(key=lambda p: (order.index(p.stem) if p.stem in order else 99, p.stem))

    node_base = subprocess.run([NODE, "-e", "console.log(process.resourceUsage().maxRSS)"],
                               capture_output=True, text=True).stdout.strip()

    load_before = os.getloadavg()[0]
    start = {}
    for peer in peers:
        log(f"startup: {PEER_NAME[peer]}")
        try:
            start[peer] = startup(peer)
        except Exception as e:  # noqa: BLE001 - a peer that fails is reported, not fatal
            log(f"startup of {peer} failed: {e}")
            start[peer] = {"cold": None, "create_run": None, "warm": None, "load": None,
                           "error": str(e)}

    results = {}
    for prog in programs:
        log(f"{prog.stem}: {', '.join(PEER_NAME[p] for p in peers)}")
        for peer in peers:
            results[prog.stem, peer] = {"times": [], "rss": None, "stdout": None,
                                        "error": None}
        # Round by round, each peer once per round (Pyodide all at once, in the first: it
        # takes seconds to load): a slow or fast spell of the machine then falls on every
        # peer alike, not on whichever ran its runs back to back at that moment.
        for round_no in range(RUNS):
            for peer in peers:
                acc = results[prog.stem, peer]
                runs = (RUNS if round_no == 0 else 0) if peer == "pyodide" else 1
                if runs == 0 or acc["error"]:
                    continue
                r = run_program(peer, prog, runs)
                if r["error"]:
                    # As a failed run reports it: no times, the failing run's output.
                    results[prog.stem, peer] = r
                    continue
                acc["times"] += r["times"]
                acc["rss"] = max(acc["rss"] or 0, r["rss"] or 0)
                if acc["stdout"] is None:
                    acc["stdout"] = r["stdout"]

    # Checksums: CPython's is the reference.
    problems, mismatches = [], []
    for prog in programs:
        ref = checksum_line(results[prog.stem, "cpython"]["stdout"])
        for peer in peers:
            r = results[prog.stem, peer]
            r["ok"] = False
            if r["error"]:
                problems.append((peer, prog.stem, r["error"]))
                continue
            got = checksum_line(r["stdout"])
            if ref is None or got != ref:
                mismatches.append((peer, prog.stem, got, ref))
                r["error"] = f"checksum {got!r} differs from CPython's {ref!r}"
                continue
            r["ok"] = True
            r["median"] = median(r["times"])

    def ratio(prog, peer, base="cpython"):
        a, b = results[prog, peer], results[prog, base]
        if a.get("ok") and b.get("ok"):
            return a["median"] / b["median"]
        return None

    def geo(peer, base="cpython"):
        rs = [ratio(p.stem, peer, base) for p in programs]
        rs = [r for r in rs if r is not None]
        return geomean(rs), len(rs)

    size = sizes()
    out = []
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    git = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                         text=True, cwd=ROOT).stdout.strip()
    if git and subprocess.run(["git", "status", "--porcelain", "--", "src", "Cargo.toml"],
                              capture_output=True, text=True, cwd=ROOT).stdout.strip():
        git += " with uncommitted changes"
    out.append("# Sandpit benchmarks\n")
    out.append(
        f"Measured by `scripts/bench.sh` on {now}"
        + (f", Sandpit at {git}" if git else "")
        + f": {platform.machine()}, {os.cpu_count()} "
        f"cores, Python {platform.python_version()}, Node "
        f"{subprocess.run([NODE, '--version'], capture_output=True, text=True).stdout.strip()}."
        f" Programs: median of {RUNS} runs; startup figures: median of {STARTUP_RUNS} "
        f"(warm: {STARTUP_RUNS * 5}). All peers measured in this one run; the 1-minute "
        f"load average was {load_before:.1f} at the start and {os.getloadavg()[0]:.1f} at "
        f"the end, on {os.cpu_count()} cores.\n")

    # The one table: every peer, every figure.
    header = ["Peer", "cold start to first result", "new interpreter + `1+1`",
              "warm tiny snippet", "wasm raw", "wasm gzip", "programs run (checksum ok)",
              "time ×CPython (geomean)", "peak memory (max over programs)"]
    rows = []
    for peer in peers:
        s = start[peer]
        cold = fmt_ms(s["cold"])
        if s.get("load") is not None:
            cold += f" (load {fmt_ms(s['load'])})"
        if s.get("api_cold") is not None:
            cold += f"; API {fmt_ms(s['api_cold'])}"
        raw, gz = size.get(peer, (None, None))
        ran = sum(1 for p in programs if results[p.stem, peer].get("ok"))
        g, n = geo(peer)
        peak = [results[p.stem, peer]["rss"] for p in programs
                if results[p.stem, peer].get("ok")]
        rows.append([PEER_NAME[peer], cold, fmt_ms(s["create_run"]), fmt_ms(s["warm"]),
                     "—" if raw is None else fmt_kb(raw), "—" if gz is None else fmt_kb(gz),
                     f"{ran}/{len(programs)}",
                     fmt_ratio(g) + ("" if n in (0, len(programs)) else f" (over {n})"),
                     fmt_kb(max(peak) * 1024) if peak else "n/a"])
    out.append("## Summary\n")
    out.append(table(header, rows) + "\n")
    out.append(
        "- *cold start*: a native peer (Sandpit CLI, CPython, Monty CLI) is timed as a whole "
        "process running a file holding `1+1`; a Node-hosted peer from nothing loaded in "
        "an already running Node (its own start excluded) — read, compile and instantiate "
        "the wasm (*load*), then a new interpreter runs `1+1`. Monty's *API* figure is "
        "importing `pydantic_monty`, starting a worker pool and running `1+1` in it.\n"
        "- *new interpreter + `1+1`*: the engine already loaded in the process — Sandpit "
        "native as a library (`examples/bench_embed.rs`), Sandpit wasm `new Sandbox` + "
        "`run`, MicroPython a new module instance (its only way to a fresh interpreter), "
        "Pyodide a fresh globals dict, Monty a session checked out of a live pool; "
        "CPython has one interpreter per process.\n"
        "- *warm tiny snippet*: `" + TINY.strip() + "` again in an existing interpreter "
        "(CPython: `exec(compile(...))` in-process).\n"
        "- Pyodide also needs its `python_stdlib.zip` "
        f"({fmt_kb((BENCH / 'node_modules/pyodide/python_stdlib.zip').stat().st_size) if (BENCH / 'node_modules/pyodide/python_stdlib.zip').exists() else 'n/a'})"
        " at load; MicroPython and Sandpit need nothing beside the wasm and its JS glue.\n"
        f"- A Node process alone peaks at {int(node_base) / 1024:.1f} MB RSS here: the "
        "Node-hosted peers' memory includes it.\n")

    # Targets.
    out.append("## Targets\n")
    targets = []
    sw = start.get("sandpit-wasm", {})
    if "sandpit-wasm" in peers:
        v = sw.get("create_run")
        targets.append(["Sandpit wasm: new interpreter + `1+1` < 1 ms", fmt_ms(v),
                        "n/a" if v is None else ("met" if v < 1 else "not met")])
        gz = size.get("sandpit-wasm", (None, None))[1]
        targets.append(["Sandpit wasm gzipped < 400 KB", fmt_kb(gz),
                        "n/a" if gz is None else ("met" if gz < 400 * 1024 else "not met")])
    for mine, other, label in [("sandpit", "monty", "Sandpit native faster than Monty"),
                               ("sandpit-wasm", "micropython",
                                "Sandpit wasm faster than MicroPython wasm"),
                               ("sandpit", "micropython",
                                "Sandpit native faster than MicroPython wasm")]:
        if mine in peers and other in peers:
            g, n = geo(mine, other)
            targets.append([f"{label} (geomean of time ratio, {n} common programs)",
                            fmt_ratio(g), "n/a" if g is None else ("met" if g < 1 else "not met")])
    for mine in ["sandpit", "sandpit-wasm"]:
        if mine in peers:
            g, n = geo(mine)
            targets.append([f"{PEER_NAME[mine]} within 2× of CPython (geomean, {n} programs)",
                            fmt_ratio(g), "n/a" if g is None else ("met" if g <= 2 else "not met")])
    out.append(table(["Target", "Measured", "Status"], targets) + "\n")

    # Per program: time and ratio.
    out.append(f"## Run time per program (median of {RUNS})\n")
    header = ["Program"]
    for peer in peers:
        header.append(PEER_NAME[peer])
        if peer != "cpython":
            header.append("×CPython")
    rows = []
    for prog in programs:
        row = [f"`{prog.name}`"]
        for peer in peers:
            r = results[prog.stem, peer]
            row.append(fmt_ms(r["median"]) if r.get("ok") else "n/a")
            if peer != "cpython":
                row.append(fmt_ratio(ratio(prog.stem, peer)))
        rows.append(row)
    geo_row = ["geometric mean"]
    for peer in peers:
        geo_row.append("")
        if peer != "cpython":
            g, n = geo(peer)
            geo_row.append(fmt_ratio(g) + ("" if n in (0, len(programs)) else f" ({n})"))
    rows.append(geo_row)
    out.append(table(header, rows) + "\n")

    out.append("## Peak memory per program\n")
    rows = []
    for prog in programs:
        row = [f"`{prog.name}`"]
        for peer in peers:
            r = results[prog.stem, peer]
            row.append(fmt_kb(r["rss"] * 1024) if r.get("ok") and r["rss"] else "n/a")
        rows.append(row)
    out.append(table(["Program"] + [PEER_NAME[p] for p in peers], rows) + "\n")

    out.append("## Checksums\n")
    rows = []
    for prog in programs:
        ref = checksum_line(results[prog.stem, "cpython"]["stdout"])
        agree = [PEER_NAME[p] for p in peers if results[prog.stem, p].get("ok")]
        rows.append([f"`{prog.name}`", f"`{ref}`", ", ".join(agree)])
    out.append(table(["Program", "CPython printed", "Peers that printed the same"], rows) + "\n")

    if problems or mismatches:
        out.append("## Could not run (n/a)\n")
        for peer, prog, why in problems:
            out.append(f"- {PEER_NAME[peer]}, `{prog}.py`: {why}")
        for peer, prog, got, ref in mismatches:
            out.append(f"- **{PEER_NAME[peer]}, `{prog}.py`: wrong checksum** `{got}` "
                       f"(CPython: `{ref}`)")
        out.append("")

    out.append("## How each peer was measured\n")
    for pid, name, _, how in PEERS:
        if pid in peers:
            out.append(f"- **{name}**: {how}.")
    out.append("")

    text = "\n".join(out)
    print(text)
    dest = os.environ.get("BENCH_OUT", str(BENCH / "results.md"))
    if dest != "-":
        Path(dest).write_text(text)
        log(f"wrote {dest}")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
