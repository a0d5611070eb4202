#!/usr/bin/env python3
"""Bounded burst test: 16 concurrent large requests of each kind against one Cairn server.

Starts the server (the ./cairn JVM flags: -Xmx128m, MALLOC_ARENA_MAX=2), loads large items, sends
bursts, counts answers by HTTP status and __type, dropped connections and OutOfMemoryError lines in
the server log, samples the server's VmRSS/VmHWM, and writes benchmarks/results/burst-<date>.md.
Not part of the build or CI. See benchmarks/README.md ("Burst test").
"""
import argparse
import collections
import datetime
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = "burst"
LARGE = 390_000  # bytes of the large attribute: an item just under DynamoDB's 400 KB
STORED = 100  # large items loaded in one partition, for BatchGetItem, Query and Scan


def options():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--lib", default=os.environ.get("CAIRN_LIB", os.path.join(ROOT, "distribution/target/lib")),
                   help="folder of the server's jars (CAIRN_LIB; default distribution/target/lib)")
    p.add_argument("--native", default=os.environ.get("CAIRN_NATIVE"),
                   help="folder of RocksDB's native library (CAIRN_NATIVE; default: lib's sibling 'native')")
    p.add_argument("--label", default=None, help="what the server is, for the report (default: the lib folder)")
    p.add_argument("--port", type=int, default=int(os.environ.get("BURST_PORT", "19250")))
    p.add_argument("--rounds", type=int, default=3, help="bursts of each kind (default 3)")
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--timeout", type=float, default=60, help="seconds a request may take before it counts as dropped")
    p.add_argument("--max-seconds", type=float, default=600, help="no burst starts after this (default 600)")
    p.add_argument("--heap", default="128m")
    p.add_argument("--out", default=None, help="report path (default benchmarks/results/burst-<date>.md)")
    return p.parse_args()


class Server:
    """The server process, its log, and its memory as /proc shows it."""

    def __init__(self, args):
        self.data = tempfile.mkdtemp(prefix="cairn-burst-")
        self.log_path = os.path.join(self.data, "server.log")
        native = args.native or os.path.join(os.path.dirname(os.path.abspath(args.lib)), "native")
        self.command = ["java", "-XX:+UseParallelGC", "-Xms64m", "-Xmx" + args.heap,
                        "-Djava.library.path=" + native, "-cp", os.path.join(args.lib, "*"),
                        "dev.cairn.distribution.CairnMain", "serve", "--host", "127.0.0.1",
                        "--port", str(args.port), "--data-dir", os.path.join(self.data, "db")]
        env = dict(os.environ, MALLOC_ARENA_MAX=os.environ.get("MALLOC_ARENA_MAX", "2"))
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(self.command, stdout=self.log, stderr=subprocess.STDOUT, env=env)

    def status(self):
        values = {}
        try:
            with open("/proc/%d/status" % self.process.pid) as f:
                for line in f:
                    if line.startswith(("VmRSS:", "VmHWM:")):
                        key, value = line.split(":", 1)
                        values[key] = int(value.split()[0]) // 1024
        except OSError:
            pass
        return values

    def log_lines(self, text):
        self.log.flush()
        with open(self.log_path, "rb") as f:
            return sum(1 for line in f if text.encode() in line)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def cleanup(self, keep_log_to):
        if keep_log_to:
            shutil.copy(self.log_path, keep_log_to)
        shutil.rmtree(self.data, ignore_errors=True)


class Sampler(threading.Thread):
    """Samples VmRSS every 200 ms; peak() is the largest since the last reset()."""

    def __init__(self, server):
        super().__init__(daemon=True)
        self.server, self.peak_rss, self.running = server, 0, True

    def run(self):
        while self.running:
            self.peak_rss = max(self.peak_rss, self.server.status().get("VmRSS", 0))
            time.sleep(0.2)


def call(port, operation, body, timeout):
    """(status, __type or '', seconds); status None when the connection dropped with no answer."""
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {"X-Amz-Target": "DynamoDB_20120810." + operation, "Content-Type": "application/x-amz-json-1.0",
               "Authorization": "AWS4-HMAC-SHA256 Credential=x/20260101/us-east-1/dynamodb/aws4_request, "
                                "SignedHeaders=host, Signature=x"}
    try:
        try:
            connection.request("POST", "/", body, headers)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may answer (413, 400) before reading the whole body: read that answer
        response = connection.getresponse()
        payload = response.read()
        kind = ""
        if response.status == 200 and (b'"UnprocessedItems":{"' in payload or b'"UnprocessedKeys":{"' in payload):
            kind = "(with unprocessed)"  # a batch answered in part, as DynamoDB answers under pressure
        if response.status != 200:
            try:
                kind = json.loads(payload).get("__type", "").split("#")[-1]
            except ValueError:
                kind = "(not JSON)"
        return response.status, kind, time.monotonic() - started
    except (OSError, http.client.HTTPException) as e:
        return None, type(e).__name__, time.monotonic() - started
    finally:
        connection.close()


def item(pk, sk):
    return {"pk": {"S": pk}, "sk": {"S": sk}, "v": {"S": "x" * LARGE}}


def bodies():
    """Each kind's request body (one shared bytes object for the whole burst) and its expected answer."""
    keys = [{"pk": {"S": "big"}, "sk": {"S": "%03d" % i}} for i in range(STORED)]
    many = {"pk": {"S": "many"}, "sk": {"S": "0"}}
    many.update(("a%d" % i, {"N": "1"}) for i in range(400_000))
    return [
        ("PutItem 390 KB", "PutItem", lambda w: {"TableName": TABLE, "Item": item("put", "w%d" % w)}, "200"),
        ("PutItem 15.9 MB body", "PutItem", lambda w: {"TableName": TABLE, "Item": {
            "pk": {"S": "huge"}, "sk": {"S": "w%d" % w}, "v": {"S": "x" * 15_900_000}}}, "400"),
        ("BatchWriteItem 25 x 390 KB", "BatchWriteItem", lambda w: {"RequestItems": {TABLE: [
            {"PutRequest": {"Item": item("bw%d" % w, "%02d" % i)}} for i in range(25)]}}, "200"),
        ("BatchGetItem 100 x 390 KB", "BatchGetItem", lambda w: {"RequestItems": {TABLE: {"Keys": keys}}},
         "200 (UnprocessedKeys)"),
        ("Query over 390 KB items", "Query", lambda w: {"TableName": TABLE, "KeyConditionExpression": "pk = :p",
                                                         "ExpressionAttributeValues": {":p": {"S": "big"}}}, "200"),
        ("Scan over 390 KB items", "Scan", lambda w: {"TableName": TABLE}, "200"),
        ("TransactWriteItems 10 x 390 KB", "TransactWriteItems", lambda w: {"TransactItems": [
            {"Put": {"TableName": TABLE, "Item": item("tw%d" % w, "%02d" % i)}} for i in range(10)]}, "200"),
        ("TransactGetItems 10 x 390 KB", "TransactGetItems", lambda w: {"TransactItems": [
            {"Get": {"TableName": TABLE, "Key": keys[i]}} for i in range(10)]}, "200"),
        ("PutItem of 400,000 attributes", "PutItem", lambda w: {"TableName": TABLE, "Item": many}, "400"),
    ]


def burst(args, operation, make_body):
    # each worker's body is built before the burst, so the 16 requests start together
    payloads = [json.dumps(make_body(w)).encode() for w in range(args.concurrency)]
    results = [None] * args.concurrency
    start = threading.Barrier(args.concurrency)

    def worker(w):
        start.wait()
        results[w] = call(args.port, operation, payloads[w], args.timeout)

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(args.concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, len(payloads[0])


def setup(args, server):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if call(args.port, "ListTables", b"{}", 5)[0] == 200:
            break
        if server.process.poll() is not None:
            sys.exit("burst: the server exited; its log: " + server.log_path)
        time.sleep(0.2)
    else:
        sys.exit("burst: the server did not answer within 30 s")
    create = {"TableName": TABLE, "BillingMode": "PAY_PER_REQUEST",
              "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"},
                                       {"AttributeName": "sk", "AttributeType": "S"}],
              "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}]}
    print("burst: CreateTable", call(args.port, "CreateTable", json.dumps(create).encode(), 30)[:2], flush=True)
    time.sleep(1)
    failed = 0
    for i in range(STORED):  # one at a time: loading is not what is measured
        body = json.dumps({"TableName": TABLE, "Item": item("big", "%03d" % i)}).encode()
        failed += call(args.port, "PutItem", body, 60)[0] != 200
    return failed


def report(lines, path):
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    print("burst: report written to", path)


def main():
    args = options()
    # SIGTERM or SIGHUP: unwind through the finally blocks, so that the server is stopped too
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("burst: terminated"))
    signal.signal(signal.SIGHUP, lambda *_: sys.exit("burst: terminated"))
    stamp = datetime.datetime.utcnow().strftime("%Y-%m-%d-%H%M")
    out = args.out or os.path.join(ROOT, "benchmarks", "results", "burst-%s.md" % stamp)
    load_before = os.getloadavg()[0]
    server = Server(args)
    sampler = Sampler(server)
    try:
        load_failures = setup(args, server)
        idle = server.status()
        sampler.start()
        kinds = bodies()
        tally = collections.OrderedDict((name, collections.Counter()) for name, *_ in kinds)
        latency = collections.defaultdict(list)
        sizes = {}
        began = time.monotonic()
        skipped = 0
        for round_number in range(args.rounds):
            for name, operation, make_body, _ in kinds:
                if time.monotonic() - began > args.max_seconds:
                    skipped += 1
                    continue
                results, sizes[name] = burst(args, operation, make_body)
                for status, kind, seconds in results:
                    tally[name]["dropped (%s)" % kind if status is None else ("%d %s" % (status, kind)).strip()] += 1
                    latency[name].append(seconds)
                print("burst: round %d %-32s %s" % (round_number + 1, name, dict(tally[name])), flush=True)
        peak = sampler.peak_rss
        hwm = server.status().get("VmHWM", 0)
        time.sleep(10)
        settled10 = server.status().get("VmRSS", 0)
        time.sleep(10)
        settled20 = server.status().get("VmRSS", 0)
        alive = server.process.poll() is None
        sampler.running = False
        oom = server.log_lines("OutOfMemoryError")
        errors = server.log_lines("[ERROR]")
    finally:
        server.stop()
    log_copy = out[:-3] + ".log"
    server.cleanup(log_copy)

    total = collections.Counter()
    for counts in tally.values():
        total.update(counts)
    answered5xx = sum(n for k, n in total.items() if k[:1] == "5")
    dropped = sum(n for k, n in total.items() if k.startswith("dropped"))
    lines = ["# Burst test, %s UTC" % datetime.datetime.strptime(stamp, "%Y-%m-%d-%H%M").strftime("%Y-%m-%d %H:%M"), "",
             "Server: `%s`" % (args.label or args.lib), "",
             "Command: `MALLOC_ARENA_MAX=%s %s`" % (os.environ.get("MALLOC_ARENA_MAX", "2"), " ".join(server.command)),
             "",
             "%d rounds x %d kinds x %d concurrent requests (timeout %g s); load average %.2f before the server "
             "started; %d of %d loading PutItems failed; %d bursts skipped by the %g s bound; server %s at the end."
             % (args.rounds, len(kinds), args.concurrency, args.timeout, load_before, load_failures, STORED,
                skipped, args.max_seconds, "alive" if alive else "DEAD"), "",
             "| Request | body | expected | answers | max s |", "|---|---:|---|---|---:|"]
    for name, _, _, expected in kinds:
        answers = ", ".join("%s: %d" % (k, n) for k, n in sorted(tally[name].items()))
        size = sizes.get(name, 0)
        shown = "%.1f MB" % (size / 1e6) if size >= 1e6 else "%d bytes" % size
        lines.append("| %s | %s | %s | %s | %.1f |" % (name, shown, expected, answers, max(latency[name] or [0])))
    lines += ["", "| Total | count |", "|---|---:|", "| requests | %d |" % sum(total.values()),
              "| 5xx answers | %d |" % answered5xx, "| dropped connections (no answer) | %d |" % dropped]
    lines += ["| %s | %d |" % (k, n) for k, n in sorted(total.items())]
    lines += ["", "| Server | value |", "|---|---:|",
              "| OutOfMemoryError lines in the log | %d |" % oom, "| [ERROR] lines in the log | %d |" % errors,
              "| VmRSS idle (after loading %d items) | %d MiB |" % (STORED, idle.get("VmRSS", 0)),
              "| VmRSS peak during the bursts (200 ms samples) | %d MiB |" % peak,
              "| VmHWM after the bursts | %d MiB |" % hwm,
              "| VmRSS 10 s after | %d MiB |" % settled10, "| VmRSS 20 s after | %d MiB |" % settled20, "",
              "Server log: `%s` (beside the report; not committed, `*.log` is ignored)." % os.path.basename(log_copy)]
    report(lines, out)


if __name__ == "__main__":
    main()
