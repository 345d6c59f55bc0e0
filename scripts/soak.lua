-- wrk script of scripts/soak.sh: POSTs one claim (the file named by SOAK_BODY) to /validate and, at the end, prints
-- one key=value line per number. wrk only counts 4xx/5xx as errors; the soak counts every answer outside 2xx, so
-- each thread keeps its own count and done() adds them up.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = assert(io.open(assert(os.getenv("SOAK_BODY"), "SOAK_BODY is not set"), "rb"))
wrk.body = file:read("*a")
file:close()

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local non2xx_total = 0
  for _, thread in ipairs(threads) do
    non2xx_total = non2xx_total + thread:get("non2xx")
  end

  local errors = summary.errors
  io.write(string.format("requests=%d\n", summary.requests))
  io.write(string.format("duration_s=%.2f\n", summary.duration / 1e6))
  io.write(string.format("requests_per_s=%.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("non2xx=%d\n", non2xx_total))
  io.write(string.format("socket_errors=%d\n", errors.connect + errors.read + errors.write + errors.timeout))
  io.write(string.format("p50_ms=%.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("p99_ms=%.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("max_ms=%.2f\n", latency.max / 1000))
end
