-- wrk's result as one JSON line for bench/stack_bench.py: requests, seconds, median and
-- 95th-percentile latency (ms), socket errors and answers that were not 2xx or 3xx.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read
                 + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "p50_ms": %.3f, "p95_ms": %.3f, ' ..
    '"errors": %d, "non_2xx_3xx": %d}\n',
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    errors, summary.errors.status))
end
