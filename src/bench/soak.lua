-- The soak's request mix for wrk, run by soak.py: reads of current documents, revalidations that
-- should get 304, list pages, product -> articles, version URLs, and editorial writes. A write is a
-- chain: create a draft, revise it with If-Match, publish it with If-Match. wrk does not say which
-- request a response answers, so each follow-up is queued from what the response itself names
-- (the draft's id and ETag), and acknowledged writes are recognised by their bodies.
--
-- soak.py passes, in the environment: SOAK_DATA, a Lua file with the paths, ETags and weights;
-- SOAK_RESULT, where done() writes the counts as JSON; each thread appends the writes the server
-- acknowledged to SOAK_RESULT.<thread> as they come, so they are known one by one, not just counted.
--
-- Writes stop after data.writes_for seconds; each thread then stops as soon as its last write is
-- answered, so that no write is left in flight when wrk ends (its answer would never be counted)
-- and the run does not end with seconds of reads alone. wrk's -d is only the upper bound.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } soak_timespec;
int clock_gettime(int clock, soak_timespec *now);
]]
local clock = ffi.new("soak_timespec")

-- Milliseconds on the monotonic clock: wrk's latency figures mix all kinds, so writes are timed here.
local function now_ms()
  ffi.C.clock_gettime(1, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local KINDS = {"read", "conditional", "list", "product", "version", "create", "update", "publish"}
local WRITES = {"create", "update", "publish"}

-- Per thread. Counters are globals with flat names because thread:get() only copies plain values
-- reliably: sent_<kind>, status_<code>, refused_<write>_<code>.
local data, requests, acks, deadline
local queue, head, tail = {}, 1, 0
local sequence = 0
local in_flight = 0
local started = {}
local checked

local function bump(name)
  _G[name] = (_G[name] or 0) + 1
end

-- "status_" .. code, made once per code rather than on every response.
local status_name = setmetatable({}, {__index = function(names, code)
  names[code] = "status_" .. code
  return names[code]
end})

threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("id", #threads)
end

function init(args)
  data = dofile(os.getenv("SOAK_DATA"))
  math.randomseed(os.time() * 100 + id)
  requests = {
    read = {}, conditional = {}, list = {}, product = {}, version = {},
  }
  for i, path in ipairs(data.articles) do
    requests.read[i] = wrk.format("GET", path)
    requests.conditional[i] = wrk.format("GET", path, {["If-None-Match"] = data.etags[i]})
  end
  for i, path in ipairs(data.lists) do requests.list[i] = wrk.format("GET", path) end
  for i, path in ipairs(data.products) do requests.product[i] = wrk.format("GET", path) end
  for i, path in ipairs(data.versions) do requests.version[i] = wrk.format("GET", path) end
  acks = io.open(os.getenv("SOAK_RESULT") .. "." .. id, "w")
  acks:setvbuf("line")
  deadline = os.time() + data.writes_for
  -- wrk calls request() once in its first thread to check the script and never sends what it gets.
  checked = id ~= 1
end

local function editorial(method, path, etag, body)
  in_flight = in_flight + 1
  local headers = {
    ["Authorization"] = "Bearer " .. data.admin,
    ["Content-Type"] = "application/json",
  }
  if etag then headers["If-Match"] = etag end
  return wrk.format(method, path, headers, body)
end

local function draft(slug, title, sku)
  return (data.draft:gsub("{{slug}}", slug):gsub("{{title}}", title):gsub("{{sku}}", sku)
    :gsub("{{topic}}", "soak-writes"))
end

local function follow_up()
  local step = queue[head]
  queue[head] = nil
  head = head + 1
  bump("sent_" .. step.kind)
  started[step.kind .. step.slug] = now_ms()
  if step.kind == "update" then
    return editorial("PUT", "/v1/editorial/articles/" .. step.id, step.etag,
      draft(step.slug, "Soak article " .. step.slug .. " (revised)", step.sku))
  end
  return editorial("POST", "/v1/editorial/articles/" .. step.id .. "/publish", step.etag,
    '{"changeNote":"Published by the soak."}')
end

local function create()
  sequence = sequence + 1
  bump("sent_create")
  local slug = data.prefix .. id .. "-" .. sequence
  started["create" .. slug] = now_ms()
  local sku = data.skus[sequence % #data.skus + 1]
  return editorial("POST", "/v1/editorial/articles", nil, draft(slug, "Soak article " .. slug, sku))
end

-- Past the deadline a chain stops where it is, and the thread once nothing it wrote is unanswered.
local function wind_down()
  queue, head, tail = {}, 1, 0
  if in_flight == 0 then
    stopped_after = stopped_after or os.time() - deadline + data.writes_for
    wrk.thread:stop()
  end
end

function request()
  if not checked then
    checked = true
    return requests.read[1]
  end
  local writing = os.time() < deadline
  if not writing then wind_down() end
  if head <= tail then return follow_up() end
  if writing and math.random() * 100 < data.create_percent then return create() end
  -- The read weights add up to 100.
  local pick = math.random() * 100
  for _, kind in ipairs({"read", "conditional", "list", "product", "version"}) do
    pick = pick - data.weights[kind]
    if pick < 0 or kind == "version" then
      bump("sent_" .. kind)
      local choices = requests[kind]
      return choices[math.random(#choices)]
    end
  end
end

local function queue_up(kind, id, etag, slug, sku)
  tail = tail + 1
  queue[tail] = {kind = kind, id = id, etag = etag, slug = slug, sku = sku}
end

-- Counts the write as answered and returns how long it took, when its request is known.
local function answered(kind, slug)
  in_flight = in_flight - 1
  if os.time() >= deadline then wind_down() end
  local began = slug and started[kind .. slug]
  if not began then return "-" end
  started[kind .. slug] = nil
  return string.format("%.1f", now_ms() - began)
end

function response(status, headers, body)
  bump(status_name[status])
  if status < 300 and body:sub(1, 7) == '{"id":"' then
    -- A draft: the answer to a create (201) or a revision (200).
    local article = body:match('^{"id":"([^"]+)"')
    local slug = body:match('"content":{"slug":"([^"]+)"')
    local sku = body:match('"productLinks":%[{"sku":"([^"]+)"')
    local etag = headers["ETag"] or headers["etag"]
    if slug and slug:sub(1, #data.prefix) == data.prefix then
      local kind = status == 201 and "create" or "update"
      acks:write(kind, " ", answered(kind, slug), " ", slug, "\n")
      queue_up(kind == "create" and "update" or "publish", article, etag, slug, sku)
    end
  elseif status == 201 and body:sub(1, 11) == '{"version":' then
    local slug, version = body:match('"url":"/v1/articles/([^/]+)/versions/(%d+)"')
    if slug then
      acks:write("publish ", answered("publish", slug), " ", slug, " ", version, "\n")
    end
  elseif status >= 400 then
    -- Problem details name the request in "instance"; that says which write was refused.
    local instance = body:match('"instance":"([^"]+)"') or ""
    local kind
    if instance == "/v1/editorial/articles" then
      kind = "create"
    elseif instance:match("^/v1/editorial/articles/[^/]+/publish$") then
      kind = "publish"
    elseif instance:match("^/v1/editorial/articles/[^/]+$") then
      kind = "update"
    end
    if kind then
      -- A refusal names no slug, so its start time stays behind: a table entry, no more.
      answered(kind, nil)
      bump("refused_" .. kind .. "_" .. status)
    end
  end
end

local function json_object(map)
  local parts = {}
  for key, value in pairs(map) do
    parts[#parts + 1] = string.format('"%s":%d', key, value)
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

function done(summary, latency, _)
  local sent, statuses, refused = {}, {}, {}
  local stopped = 0
  for _, thread in ipairs(threads) do
    -- A thread that never stopped by itself ran for all of wrk's -d.
    stopped = math.max(stopped, thread:get("stopped_after") or summary.duration / 1e6)
    for _, kind in ipairs(KINDS) do
      sent[kind] = (sent[kind] or 0) + (thread:get("sent_" .. kind) or 0)
    end
    for code = 100, 599 do
      local n = thread:get("status_" .. code)
      if n then statuses[tostring(code)] = (statuses[tostring(code)] or 0) + n end
      for _, kind in ipairs(WRITES) do
        local r = thread:get("refused_" .. kind .. "_" .. code)
        if r then refused[kind .. " " .. code] = (refused[kind .. " " .. code] or 0) + r end
      end
    end
  end
  local errors = summary.errors
  local out = io.open(os.getenv("SOAK_RESULT"), "w")
  out:write(string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d},' ..
    '"latency_us":{"p50":%d,"p90":%d,"p99":%d,"p999":%d,"max":%d,"mean":%d},' ..
    '"sent":%s,"status":%s,"refused":%s}\n',
    summary.requests, stopped * 1e6, summary.bytes,
    errors.connect, errors.read, errors.write, errors.timeout, errors.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max, latency.mean,
    json_object(sent), json_object(statuses), json_object(refused)))
  out:close()
end
