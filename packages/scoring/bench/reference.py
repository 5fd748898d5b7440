"""Strong reference for bench.ts: numpy doing the work of scoreMatrix on the bench's own data.

Run by bench.ts with Debian's /usr/bin/python3 when numpy is importable:
    reference.py DIR REPEATS
DIR holds plan.json (the items and nodes of the scoring plan, in column and node order) and the
answer matrix as raw arrays: answers.u8 (respondents x items, row-major), roles.u8, organisations.u32.

The rules are DESIGN section 6, written here a second time and vectorised over respondents: an item
is applicable when its role asks it and, with a showIf, when its controller was shown and answered a
listed point; a valid answer x of k points scores (x - 1) / (k - 1) x 100, reverse-coded (k - x) /
(k - 1) x 100; a category is the mean of its valid item scores when at least minValidItemShare of its
applicable items are valid; a dimension is the mean of its categories' scores when at least
minCategoryShare of its applicable categories have one. In the same pass, like scoreMatrix: scores
and status per respondent x node, count, mean and sum of squared deviations per organisation x node x
role, and answer counts per organisation x item x point, from which valid and positive answers per
organisation x item.

Prints one JSON object: the medians of REPEATS timings (process CPU time and wall) and checksums of
the results, which bench.ts compares with its own.
"""
import json
import os
import sys
import time

import numpy as np

DIR = sys.argv[1]
REPEATS = int(sys.argv[2]) if len(sys.argv) > 2 else 3

ANSWER_NOT_ASKED = 255
SCORE_PRESENT, SCORE_MISSING, SCORE_NOT_APPLICABLE = 0, 1, 2
CODE_SLOTS = 16
# Respondents per chunk: the chunk's temporaries (a few bytes per cell) stay in cache-sized pieces.
CHUNK = 8192

with open(os.path.join(DIR, "plan.json"), encoding="utf-8") as f:
    plan = json.load(f)
R = plan["respondents"]
O = plan["organisations"]
ROLES = plan["roleCount"]
items = plan["items"]
nodes = plan["nodes"]
I = len(items)
N = len(nodes)
answers = np.fromfile(os.path.join(DIR, "answers.u8"), dtype=np.uint8).reshape(R, I)
roles = np.fromfile(os.path.join(DIR, "roles.u8"), dtype=np.uint8).astype(np.intp)
organisations = np.fromfile(os.path.join(DIR, "organisations.u32"), dtype=np.uint32).astype(np.intp)

# ---- Tables from the plan (built once, outside the timing, as scoreMatrix's plan is) ----
categories = [n for n, node in enumerate(nodes) if node["kind"] == "category"]
dimensions = [n for n, node in enumerate(nodes) if node["kind"] == "dimension"]
C = len(categories)
# Each chunk is worked on item-major (items x respondents), the items grouped by category, so that
# every step is a vector operation over respondents and a category's sums add contiguous rows.
category_of_item = np.array([categories.index(item["node"]) for item in items])
order = np.argsort(category_of_item, kind="stable")
position = np.empty(I, dtype=np.intp)
position[order] = np.arange(I)
ends = np.cumsum(np.bincount(category_of_item, minlength=C))
spans = list(zip(np.r_[0, ends[:-1]], ends))
# asked_by_role[j, r]: role r is asked item j (row j: the j-th item in `order`).
asked_by_role = np.zeros((I, ROLES), dtype=bool)
# Per item x cell code (flat index item x 256 + code): the item score, valid, positive.
score_table = np.zeros((I, 256))
valid_table = np.zeros((I, 256), dtype=bool)
positive_table = np.zeros((I, CODE_SLOTS), dtype=np.int64)
showif = []
for j, item in enumerate(items):
    k = item["points"]
    asked_by_role[position[j], item["roles"]] = True
    for x in range(1, k + 1):
        score_table[j, x] = ((k - x) if item["reverse"] else (x - 1)) / (k - 1) * 100
        valid_table[j, x] = True
        positive_table[j, x] = (k + 1 - x if item["reverse"] else x) in item["positive"]
    if item["showIf"] is not None:
        shows = np.zeros(256, dtype=bool)
        shows[item["showIf"]["in"]] = True
        # In plan order: an item's controller comes before it.
        showif.append((position[j], position[item["showIf"]["item"]], shows))
score_table = score_table.ravel()
valid_table = valid_table.ravel()
cell_offset = (order * 256)[:, None]
tally_offset = (order * CODE_SLOTS)[:, None]
children = [[categories.index(c) for c in nodes[d]["children"]] for d in dimensions]
min_items = plan["minValidItemShare"]
min_categories = plan["minCategoryShare"]
node_column = np.arange(N)[:, None]


def score_all():
    scores = np.empty((R, N))
    status = np.empty((R, N), dtype=np.uint8)
    groups = O * ROLES * N
    count = np.zeros(groups)
    total = np.zeros(groups)
    squares = np.zeros(groups)
    answer_counts = np.zeros(O * I * CODE_SLOTS, dtype=np.int64)
    for lo in range(0, R, CHUNK):
        hi = min(R, lo + CHUNK)
        n = hi - lo
        codes = answers[lo:hi].T[order]
        role = roles[lo:hi]
        organisation = organisations[lo:hi]
        # Applicable: asked of the role, not recorded as not asked, and shown (controllers first).
        asked = asked_by_role[:, role] & (codes != ANSWER_NOT_ASKED)
        for j, controller, shows in showif:
            asked[j] &= asked[controller] & shows[codes[controller]]
        cells = codes + cell_offset
        valid = np.take(valid_table, cells) & asked
        item_scores = np.take(score_table, cells) * valid
        # Per category: sum of valid item scores, valid items, applicable items.
        sums = np.empty((C, n))
        got = np.empty((C, n), dtype=np.uint8)
        applicable = np.empty((C, n), dtype=np.uint8)
        for c, (first, end) in enumerate(spans):
            np.sum(item_scores[first:end], axis=0, out=sums[c])
            np.sum(valid[first:end], axis=0, dtype=np.uint8, out=got[c])
            np.sum(asked[first:end], axis=0, dtype=np.uint8, out=applicable[c])
        present = (got > 0) & (got >= min_items * applicable)
        node_scores = np.empty((N, n))
        node_status = np.empty((N, n), dtype=np.uint8)
        with np.errstate(invalid="ignore", divide="ignore"):
            node_scores[categories] = np.where(present, sums / got, np.nan)
        node_status[categories] = np.where(
            applicable == 0, SCORE_NOT_APPLICABLE, np.where(present, SCORE_PRESENT, SCORE_MISSING)
        )
        for d, node in enumerate(dimensions):
            c = children[d]
            child_applicable = (applicable[c] > 0).sum(axis=0)
            child_present = present[c]
            n_present = child_present.sum(axis=0)
            ok = (n_present > 0) & (n_present >= min_categories * child_applicable)
            child_sum = np.where(child_present, node_scores[categories][c], 0.0).sum(axis=0)
            with np.errstate(invalid="ignore", divide="ignore"):
                node_scores[node] = np.where(ok, child_sum / n_present, np.nan)
            node_status[node] = np.where(
                child_applicable == 0,
                SCORE_NOT_APPLICABLE,
                np.where(ok, SCORE_PRESENT, SCORE_MISSING),
            )
        scores[lo:hi] = node_scores.T
        status[lo:hi] = node_status.T
        # Organisation x role x node moments of the present scores, shifted by 50 (scores are 0-100).
        has = node_status == SCORE_PRESENT
        at = (node_column + (organisation * ROLES + role) * N)[has]
        shifted = node_scores[has] - 50.0
        count += np.bincount(at, minlength=groups)
        total += np.bincount(at, weights=shifted, minlength=groups)
        squares += np.bincount(at, weights=shifted * shifted, minlength=groups)
        # Applicable answers per organisation x item x point (slot 0: blank or don't know).
        slot = np.where(valid, codes, 0)
        tally = tally_offset + (organisation * (I * CODE_SLOTS)) + slot
        answer_counts += np.bincount(tally[asked], minlength=O * I * CODE_SLOTS)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = 50.0 + total / count
        m2 = np.maximum(0.0, squares - total * total / count)
    per_item = answer_counts.reshape(O, I, CODE_SLOTS)
    item_valid = per_item[:, :, 1:].sum(axis=2)
    item_positive = (per_item * positive_table).sum(axis=2)
    return scores, status, count, mean, m2, item_valid, item_positive


def timed(run):
    cpu, wall = [], []
    value = None
    for _ in range(REPEATS):
        start_cpu, start = time.process_time(), time.perf_counter()
        value = run()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return sorted(cpu)[len(cpu) // 2], sorted(wall)[len(wall) // 2], value


cpu, wall, (scores, status, count, mean, m2, item_valid, item_positive) = timed(score_all)
filled = count > 0
print(
    json.dumps(
        {
            "numpy": np.__version__,
            "cpuSeconds": cpu,
            "wallSeconds": wall,
            "checksums": {
                "present": int((status == SCORE_PRESENT).sum()),
                "missing": int((status == SCORE_MISSING).sum()),
                "notApplicable": int((status == SCORE_NOT_APPLICABLE).sum()),
                "scoreSum": float(np.nansum(scores)),
                "groupMeanSum": float(mean[filled].sum()),
                "groupM2Sum": float(m2[filled].sum()),
                "itemValid": int(item_valid.sum()),
                "itemPositive": int(item_positive.sum()),
            },
        }
    )
)
