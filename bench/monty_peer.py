"""Startup figures of Monty (PyPI `pydantic-monty`) in one Python process, for
scripts/bench.sh; run with bench/.venv's python. Prints one JSON object with the same
fields as node-peer.mjs's startup mode. Monty always runs code in `monty` worker
subprocesses, so "load" is importing the client and starting the pool (which spawns
a worker), and a new interpreter is a session checked out of the live pool.

    bench/.venv/bin/python bench/monty_peer.py RUNS
"""

import json
import statistics
import sys
import time

TINY = "total = sum([i * i for i in range(100)])\n"


def ms(t0):
    return (time.perf_counter() - t0) * 1000


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    t0 = time.perf_counter()
    from pydantic_monty import Monty

    pool = Monty(min_processes=1, max_processes=1)
    pool.__enter__()
    load = ms(t0)
    try:
        t0 = time.perf_counter()
        with pool.checkout() as session:
            assert session.feed_run("1+1") == 2
        first = ms(t0)
        creates = []
        for _ in range(runs):
            t0 = time.perf_counter()
            with pool.checkout() as session:
                session.feed_run("1+1")
            creates.append(ms(t0))
        warm = []
        with pool.checkout() as session:
            session.feed_run(TINY)
            for _ in range(runs * 5):
                t0 = time.perf_counter()
                session.feed_run(TINY)
                warm.append(ms(t0))
    finally:
        pool.__exit__(None, None, None)
    print(
        json.dumps(
            {
                "peer": "monty",
                "load_ms": load,
                "first_ms": first,
                "cold_ms": load + first,
                "create_run_ms": statistics.median(creates),
                "warm_ms": statistics.median(warm),
            }
        )
    )


main()
