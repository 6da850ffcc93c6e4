-- wrk script for benchmarks/ask_peer_bench.py: POST /api/ask with the questions in the file named by
-- the environment variable ASK_BODIES (one JSON body a line), each connection starting at its own
-- place in the list; at the end one line "RESULT {json}" with the figures the benchmark reads.
local bodies = {}
for line in io.lines(os.getenv("ASK_BODIES")) do
    if #line > 0 then bodies[#bodies + 1] = line end
end
local counter = 0
local threads = {}

function setup(thread)
    thread:set("offset", #threads * 7)
    threads[#threads + 1] = thread
end

function init(args)
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    position = offset
end

function request()
    position = position + 1
    return wrk.format(nil, "/api/ask", nil, bodies[position % #bodies + 1])
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        'RESULT {"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, ' ..
        '"max_us": %d, "mean_us": %d, "connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}\n',
        summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
        latency:percentile(99), latency.max, latency.mean, e.connect, e.read, e.write, e.status, e.timeout))
end
