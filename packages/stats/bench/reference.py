"""Strong reference for bench.ts: numpy on the same shapes (OLS 1M x 14 with intercept, alpha 1M x 10).

Run by bench.ts with Debian's /usr/bin/python3 when numpy is importable. Prints one JSON object:
the BLAS numpy was built with and the medians of REPEATS timings of each operation (CPU time and
wall), in seconds.
"""
import io
import json
import os
import sys
import time
from contextlib import redirect_stdout

import numpy as np

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
PREDICTORS = int(sys.argv[2]) if len(sys.argv) > 2 else 14
ITEMS = int(sys.argv[3]) if len(sys.argv) > 3 else 10
REPEATS = int(sys.argv[4]) if len(sys.argv) > 4 else 3

rng = np.random.default_rng(20240101)
x = np.empty((ROWS, PREDICTORS))
for j in range(PREDICTORS):
    x[:, j] = 3 + rng.standard_normal(ROWS) + (0.3 * x[:, j - 1] if j > 0 else 0)
beta = np.array([(j % 3) - 1 + j / 10 for j in range(PREDICTORS)])
y = 2 + x @ beta + 2 * rng.standard_normal(ROWS)
design = np.column_stack([np.ones(ROWS), x])

latent = rng.standard_normal(ROWS)
items = np.clip(np.round(3 + latent[:, None] + rng.standard_normal((ROWS, ITEMS))), 1, 5)


def median_seconds(run):
    """Medians of REPEATS runs: process CPU time (the machine is shared, and wall time counts other
    processes' turns) and wall time."""
    cpu, wall = [], []
    for _ in range(REPEATS):
        start_cpu, start = time.process_time(), time.perf_counter()
        run()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return sorted(cpu)[len(cpu) // 2], sorted(wall)[len(wall) // 2]


def alpha():
    cov = np.cov(items, rowvar=False)
    k = cov.shape[0]
    return k / (k - 1) * (1 - np.trace(cov) / cov.sum())


def blas_name():
    """The BLAS numpy links, from numpy.show_config() and the library the loader resolves."""
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        np.show_config()
    config = buffer.getvalue()
    for line in config.splitlines():
        if line.strip().startswith("name:"):
            return line.split(":", 1)[1].strip()
    for lib in ("libblas.so.3", "libopenblas.so.0"):
        path = os.path.join("/usr/lib/x86_64-linux-gnu", lib)
        if os.path.exists(path):
            return f"{lib} -> {os.path.realpath(path)}"
    return "unknown"


blas = blas_name()
lstsq = median_seconds(lambda: np.linalg.lstsq(design, y, rcond=None))
qr = median_seconds(lambda: np.linalg.qr(np.column_stack([design, y]), mode="r"))
alpha_times = median_seconds(alpha)

print(
    json.dumps(
        {
            "numpy": np.__version__,
            "blas": blas,
            "lstsqSeconds": lstsq[0],
            "lstsqWallSeconds": lstsq[1],
            "qrSeconds": qr[0],
            "qrWallSeconds": qr[1],
            "alphaSeconds": alpha_times[0],
            "alphaWallSeconds": alpha_times[1],
            "alpha": float(alpha()),
        }
    )
)
