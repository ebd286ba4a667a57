#!/usr/bin/env python3
"""Times duration edits through the REST API on large, linked projects of a running Linchpin server.

For each size: creates a project, loads it through the bulk endpoint (phases of 999 tasks under a
summary), links every phase's tasks into chains of 10 finish-to-start and each chain to the first
chain of the next phase (10,000 links per bulk request), then changes the duration of 50 tasks
picked with a fixed seed, one PATCH at a time, and prints the median and p95 response time. Every
answer must carry the task's new computed finish (the reschedule ran inside the request), and a read
right after must show it. Python standard library only; the server must be running.

    python3 bench/server/duration_edit.py --base http://localhost:18431 --password admin-pass --tasks 10000 100000
"""
import argparse
import http.cookiejar
import json
import random
import re
import statistics
import time
import urllib.request

CHAIN = 10


class Client:
    def __init__(self, base, user, password):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        login = self.opener.open(base + "/login").read().decode()
        token = re.search(r'name="_csrf" value="([^"]+)"', login).group(1)
        self.opener.open(urllib.request.Request(base + "/login", data=urllib.parse.urlencode(
            {"username": user, "password": password, "_csrf": token}).encode()))
        home = self.opener.open(base + "/").read().decode()
        self.csrf = re.search(r'name="csrf-token" content="([^"]+)"', home).group(1)

    def call(self, method, path, body=None):
        request = urllib.request.Request(self.base + path, method=method,
                                         data=None if body is None else json.dumps(body).encode())
        request.add_header("Content-Type", "application/json")
        request.add_header("Accept", "application/json")
        request.add_header("X-CSRF-TOKEN", self.csrf)
        started = time.perf_counter()
        with self.opener.open(request, timeout=3600) as response:
            text = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        return (json.loads(text) if text else None), elapsed


def p95(times):
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered) + 0.5)) - 1)]


def load_phases(api, prefix, name, size):
    """A new project of phases of up to 999 one-day tasks, loaded through the bulk API: its id, its
    tasks path and the task ids of each phase."""
    code = prefix + str(int(time.time() * 1000) % 10**9)
    project, _ = api.call("POST", "/api/v1/projects", {"code": code, "name": name, "timeZone": "UTC",
                                                       "currency": "EUR", "plannedStart": "2027-01-04"})
    tasks = f"/api/v1/projects/{project['id']}/tasks"
    leaves = []
    loaded = 0
    while loaded < size:
        batch = [{"name": f"Phase {loaded // 1000 + 1}"}]
        batch += [{"name": f"Task {loaded + i}", "parentIndex": 0, "durationMinutes": 480}
                  for i in range(1, min(1000, size - loaded))]
        body, _ = api.call("POST", tasks + "/bulk", {"tasks": batch})
        leaves.append([t["id"] for t in body["tasks"][1:]])
        loaded += len(batch)
    return project["id"], tasks, leaves


def chain_links(leaves, last=None):
    """Chains of CHAIN tasks inside each phase; the end of every chain starts the next phase (or
    `last` after the final phase)."""
    links = []
    for p, phase in enumerate(leaves):
        for i in range(1, len(phase)):
            if i % CHAIN:
                links.append({"predecessorId": phase[i - 1], "successorId": phase[i]})
        following = leaves[p + 1][0] if p + 1 < len(leaves) else last
        if following is not None:
            for start in range(0, len(phase), CHAIN):
                end = min(start + CHAIN, len(phase)) - 1
                links.append({"predecessorId": phase[end], "successorId": following})
    return links


def run(api, size, edits, seed):
    started = time.perf_counter()
    pid, tasks, leaves = load_phases(api, "D", f"{size} linked tasks", size)
    load_s = time.perf_counter() - started

    links = chain_links(leaves)
    started = time.perf_counter()
    for i in range(0, len(links), 10000):
        api.call("POST", f"/api/v1/projects/{pid}/links/bulk", {"links": links[i:i + 10000]})
    link_s = time.perf_counter() - started

    rng = random.Random(seed)
    picked = [rng.choice(rng.choice(leaves)) for _ in range(edits)]
    times = []
    for n, task in enumerate(picked):
        current, _ = api.call("GET", f"{tasks}/{task}")
        minutes = current["durationMinutes"] + (480 if n % 2 == 0 else -240)
        body, elapsed = api.call("PATCH", f"{tasks}/{task}", {"durationMinutes": minutes,
                                                               "version": current["version"]})
        finish = body["schedule"]["finish"]
        if finish == current["schedule"]["finish"]:
            raise SystemExit(f"task {task}: the answer to a duration edit still shows the old finish {finish}")
        again, _ = api.call("GET", f"{tasks}/{task}")
        if again["schedule"]["finish"] != finish:
            raise SystemExit(f"task {task}: a read after the edit shows {again['schedule']['finish']}, not {finish}")
        times.append(elapsed)
    print(f"{size:>7} tasks, {len(links):>6} links: load {load_s:6.1f} s, link {link_s:6.1f} s; "
          f"{edits} duration edits: median {statistics.median(times):7.1f} ms, p95 {p95(times):7.1f} ms, "
          f"first {times[0]:7.1f} ms", flush=True)


def server_arguments():
    """The arguments every server benchmark takes: where the server is, who signs in, the project sizes."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", required=True)
    parser.add_argument("--tasks", type=int, nargs="+", default=[10000, 100000])
    return parser


def main():
    parser = server_arguments()
    parser.add_argument("--edits", type=int, default=50)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    api = Client(args.base, args.user, args.password)
    for size in args.tasks:
        run(api, size, args.edits, args.seed)


if __name__ == "__main__":
    main()
