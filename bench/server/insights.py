#!/usr/bin/env python3
"""Times the schedule reports through the REST API on large, linked projects of a running Linchpin server.

For each size: builds a project as duration_edit.py does (phases of 999 tasks under a summary,
chains of 10 finish-to-start, each chain linked to the next phase) with a milestone at the end,
then times, each --repeat times: saving baseline 0 (save over, with its version), the variance
from it, the DCMA health (with the baseline and a status date), "why this date?" of the milestone
(the longest chain), and the latest change after a duration edit that moves the milestone. Prints
median and p95 per call, and checks what the answers say (14 checks, a chain back to the project
start, a variance row per task). Python standard library only; the server must be running.

    python3 bench/server/insights.py --base http://localhost:18431 --password admin-pass --tasks 10000 100000
"""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from duration_edit import Client, chain_links, load_phases, p95, server_arguments  # noqa: E402


def build(api, size):
    pid, tasks, leaves = load_phases(api, "I", f"{size} linked tasks, reports", size)
    milestone, _ = api.call("POST", tasks, {"name": "Done", "kind": "MILESTONE"})
    links = chain_links(leaves, milestone["id"])
    for i in range(0, len(links), 10000):
        api.call("POST", f"/api/v1/projects/{pid}/links/bulk", {"links": links[i:i + 10000]})
    return pid, leaves, milestone["id"]


def run(api, size, repeat):
    started = time.perf_counter()
    pid, leaves, milestone = build(api, size)
    base = f"/api/v1/projects/{pid}"
    print(f"{size:>7} tasks: built in {time.perf_counter() - started:.1f} s", flush=True)
    saved, _ = api.call("POST", base + "/baselines", {"number": 0, "name": "Agreed"})
    settings, _ = api.call("GET", base + "/schedule-settings")
    api.call("PUT", base + "/schedule-settings", {"rules": "MSPROJECT", "calendarId": settings["calendarId"],
                                                  "statusDate": "2027-02-01", "version": settings["version"]})
    task_count = saved["taskCount"]

    def expect(condition, what):
        if not condition:
            raise SystemExit(f"{size} tasks: {what}")

    version = saved["version"]
    times = []
    for _ in range(repeat):
        body, elapsed = api.call("POST", base + "/baselines", {"number": 0, "name": "Agreed", "version": version})
        version = body["version"]
        expect(body["taskCount"] == task_count, f"the baseline holds {body['taskCount']} tasks, not {task_count}")
        times.append(elapsed)
    report("save over baseline 0", times)

    series = [
        ("variance from baseline 0", base + "/baselines/0/variance",
         lambda b: expect(len(b) == task_count, f"variance has {len(b)} rows, not {task_count}")),
        ("health (DCMA 14 points)", base + "/health",
         lambda b: expect(len(b["checks"]) == 14 and b["checks"][13]["outcome"] != "NOT_APPLICABLE",
                          "health has not 14 checks with BEI measured")),
        ("why this date (end milestone)", f"{base}/tasks/{milestone}/why",
         lambda b: expect(b["steps"][-1]["cause"]["kind"] == "PROJECT_START", "the chain does not reach the start")),
    ]
    for label, path, check in series:
        times = []
        for _ in range(repeat):
            body, elapsed = api.call("GET", path)
            check(body)
            times.append(elapsed)
        why_steps = len(body["steps"]) if label.startswith("why") else None
        report(label + (f" ({why_steps} steps)" if why_steps else ""), times)

    first = leaves[0][0]
    current, _ = api.call("GET", f"{base}/tasks/{first}")
    api.call("PATCH", f"{base}/tasks/{first}", {"durationMinutes": current["durationMinutes"] + 480,
                                                "version": current["version"]})
    times = []
    for _ in range(repeat):
        body, elapsed = api.call("GET", base + "/changes/latest")
        expect([m["milestone"]["id"] for m in body["milestones"]] == [milestone], "the latest change misses the milestone")
        times.append(elapsed)
    report("latest change (with its chain)", times)


def report(label, times):
    print(f"    {label:<40} median {statistics.median(times):8.1f} ms, p95 {p95(times):8.1f} ms", flush=True)


def main():
    parser = server_arguments()
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    api = Client(args.base, args.user, args.password)
    for size in args.tasks:
        run(api, size, args.repeat)


if __name__ == "__main__":
    main()
