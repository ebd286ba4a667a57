#!/usr/bin/env python3
"""Times the WBS operations of the REST API on one large project of a running Linchpin server.

Creates a project, loads it with --tasks tasks through the bulk endpoint (summaries of 999 tasks
each), then repeats each operation --repeat times and prints the median and the worst time in
milliseconds. Python standard library only; the server must be running (see BENCHMARKS.md).

    python3 bench/server/wbs_at_scale.py --base http://localhost:18431 --password admin-pass --tasks 100000
"""
import argparse
import statistics
import time

from duration_edit import Client  # the same signed-in API client


def timed(label, repeat, operation):
    times = [operation(i) for i in range(repeat)]
    print(f"{label:<55} median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", required=True)
    parser.add_argument("--tasks", type=int, default=100000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    api = Client(args.base, args.user, args.password)
    code = "B" + str(int(time.time()))
    project, _ = api.call("POST", "/api/v1/projects", {"code": code, "name": f"{args.tasks} tasks",
                                                       "timeZone": "UTC", "currency": "EUR"})
    tasks = f"/api/v1/projects/{project['id']}/tasks"

    bulk_times = []
    loaded = 0
    while loaded < args.tasks:
        batch = [{"name": f"Phase {loaded // 1000 + 1}"}]
        batch += [{"name": f"Task {loaded + i}", "parentIndex": 0, "durationMinutes": 480, "tags": ["load"]}
                  for i in range(1, min(1000, args.tasks - loaded))]
        _, elapsed = api.call("POST", tasks + "/bulk", {"tasks": batch})
        bulk_times.append(elapsed)
        loaded += len(batch)
    print(f"{args.tasks} tasks in {len(bulk_times)} bulk requests of up to 1,000")
    print(f"{'bulk create of 1,000 tasks (all requests)':<55} median {statistics.median(bulk_times):8.1f} ms"
          f"   max {max(bulk_times):8.1f} ms")
    print(f"{'bulk create, last request (project nearly full)':<55} {bulk_times[-1]:8.1f} ms")

    first_phase = api.call("GET", tasks + "?size=1")[0]["items"][0]["id"]
    timed("list first page (100 tasks, WBS order)", args.repeat, lambda i: api.call("GET", tasks + "?size=100")[1])
    timed("list a page in the middle", args.repeat,
          lambda i: api.call("GET", tasks + f"?size=100&page={args.tasks // 200}")[1])
    timed("search text (no match, full scan)", args.repeat, lambda i: api.call("GET", tasks + "?q=nothing-like-it")[1])
    timed("filter by tag, sorted by name", args.repeat, lambda i: api.call("GET", tasks + "?tag=load&sort=name")[1])
    timed("create a task at the end of the WBS", args.repeat,
          lambda i: api.call("POST", tasks, {"name": f"Late {i}"})[1])
    timed("create a task at the top (renumbers every row)", args.repeat,
          lambda i: api.call("POST", tasks, {"name": f"Early {i}", "position": 1})[1])
    target = api.call("GET", tasks + "?size=1&page=5000")[0]["items"][0]
    versions = {"v": target["version"]}

    def patch(i):
        body, elapsed = api.call("PATCH", f"{tasks}/{target['id']}", {"priority": 100 + i, "version": versions["v"]})
        versions["v"] = body["version"]
        return elapsed

    timed("change a task's field (PATCH)", args.repeat, patch)
    last_phase = api.call("GET", tasks + "?kind=SUMMARY&sort=wbs,desc&size=1")[0]["items"][0]["id"]
    timed("move a task to the top of the first or the last phase", args.repeat,
          lambda i: api.call("POST", f"{tasks}/{target['id']}/move",
                             {"parentId": first_phase if i % 2 else last_phase, "position": 1})[1])


if __name__ == "__main__":
    main()
