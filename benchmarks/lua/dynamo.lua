-- dynamo.lua — wrk script of the end-to-end load benchmark (benchmarks/load.sh).
-- Why Lua in wrk: wrk's C event loop costs the 2-core machine far less per request than a JVM
-- client, and request() lets every request carry a fresh random key (and a fresh ~1 KB item for
-- puts). Statuses are checked by wrk itself: every non-2xx/3xx answer is counted in
-- summary.errors.status and reported as an error in the RESULT line.
--
-- Environment: WORKLOAD = put | get | query | update | mix | bare; PARTITIONS, SORT_KEYS, COUNTERS
-- (the preloaded data, as DataLoader wrote it); DELAY_MS (> 0: each connection pauses that many
-- milliseconds on average between requests, to hold a lower rate).

local workload = os.getenv("WORKLOAD") or "get"
local partitions = tonumber(os.getenv("PARTITIONS") or "1000")
local sort_keys = tonumber(os.getenv("SORT_KEYS") or "100")
local counters = tonumber(os.getenv("COUNTERS") or "10000")
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")

-- DynamoDB Local keys its data by this credential; neither server checks the signature.
local AUTH = "AWS4-HMAC-SHA256 Credential=bench/20250101/us-east-1/dynamodb/aws4_request, "
  .. "SignedHeaders=host;x-amz-date;x-amz-target, Signature=" .. string.rep("0", 64)

local function headers(operation)
  return {
    ["Content-Type"] = "application/x-amz-json-1.0",
    ["X-Amz-Target"] = "DynamoDB_20120810." .. operation,
    ["Authorization"] = AUTH,
  }
end

local GET, PUT, QUERY, UPDATE = headers("GetItem"), headers("PutItem"), headers("Query"), headers("UpdateItem")
local ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
local payloads = {}

local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_id", thread_count)
end

function init(args)
  math.randomseed(os.time() * 1000 + (thread_id or 0) * 7919)
  -- A pool of random 560-character payloads, so puts do not all store the same bytes.
  for i = 1, 64 do
    local chars = {}
    for j = 1, 560 do
      local k = math.random(#ALPHABET)
      chars[j] = ALPHABET:sub(k, k)
    end
    payloads[i] = table.concat(chars)
  end
end

local function get_request()
  local body = string.format('{"TableName":"bench_items","Key":{"pk":{"S":"p%06d"},"sk":{"N":"%d"}}}',
    math.random(0, partitions - 1), math.random(0, sort_keys - 1))
  return wrk.format("POST", "/", GET, body)
end

-- The same ~1 KB shape as dev.cairn.benchmarks.SampleItems.itemJson.
local function put_request()
  local p, s = math.random(0, partitions - 1), math.random(0, sort_keys - 1)
  local body = string.format('{"TableName":"bench_items","Item":{"pk":{"S":"p%06d"},"sk":{"N":"%d"},'
    .. '"name":{"S":"user-%d-%d"},"email":{"S":"user%d.%d@example.com"},"age":{"N":"%d"},'
    .. '"score":{"N":"%d.%d"},"active":{"BOOL":%s},"deleted":{"NULL":true},'
    .. '"tags":{"SS":["alpha","beta","gamma"]},"lucky":{"NS":["7","13","42.5"]},'
    .. '"address":{"M":{"street":{"S":"%d Main Street"},"city":{"S":"Springfield"},"zip":{"S":"%d"}}},'
    .. '"history":{"L":[{"N":"1"},{"S":"created"},{"BOOL":false},{"N":"%d"}]},'
    .. '"payload":{"S":"%s"}}}',
    p, s, p, s, p, s, math.random(18, 87), math.random(0, 99999), math.random(0, 999),
    math.random() < 0.5 and "true" or "false", math.random(0, 998), math.random(10000, 99998),
    math.random(0, 999), payloads[math.random(#payloads)])
  return wrk.format("POST", "/", PUT, body)
end

local function query_request()
  local from = math.random(0, sort_keys - 25)
  local body = string.format('{"TableName":"bench_items","KeyConditionExpression":"pk = :p AND sk BETWEEN :a AND :b",'
    .. '"ExpressionAttributeValues":{":p":{"S":"p%06d"},":a":{"N":"%d"},":b":{"N":"%d"}}}',
    math.random(0, partitions - 1), from, from + 24)
  return wrk.format("POST", "/", QUERY, body)
end

local function update_request()
  local body = string.format('{"TableName":"bench_counters","Key":{"pk":{"S":"c%05d"}},'
    .. '"UpdateExpression":"ADD #n :one","ExpressionAttributeNames":{"#n":"n"},'
    .. '"ExpressionAttributeValues":{":one":{"N":"1"}}}', math.random(0, counters - 1))
  return wrk.format("POST", "/", UPDATE, body)
end

local generators = {
  get = get_request,
  bare = get_request,
  put = put_request,
  query = query_request,
  update = update_request,
  mix = function()
    if math.random() < 0.5 then return get_request() end
    return put_request()
  end,
}
request = generators[workload] or error("unknown WORKLOAD " .. workload)

if delay_ms > 0 then
  -- wrk takes whole milliseconds: dither between floor and ceil to hold the mean.
  local whole = math.floor(delay_ms)
  local fraction = delay_ms - whole
  function delay()
    if math.random() < fraction then return whole + 1 end
    return whole
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d "
    .. "status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout))
end
