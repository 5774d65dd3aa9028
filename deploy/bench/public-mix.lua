-- wrk script: public read traffic through nginx (deploy/bench/cluster-load.sh, cluster-crash.sh).
-- Environment:
--   MIX        "all" (default): catalogue, list, item, feed, report and search requests by the
--              weights below; "search": search only (the crash test's readers); "floor":
--              GET /health/live only (the floor of the load test, same counting)
--   DELAY_MS   pause of each connection between its requests (0: none; the crash test's readers
--              use it to stay a light load)
--   ORGS       organisation slugs, comma-separated (jrszf,jrjgfwzx,jrjyj,jrczj)
--   ITEM_IDS   published item ids, comma-separated (read by the calling script)
--   FEEDS      slug/channel pairs with items, comma-separated (jrjgfwzx/notices)
--   REPORTS    slug/year of published annual reports, comma-separated (jrjgfwzx/2019)
-- Errors: every answer other than 2xx or 304 is counted in `response` (by status); wrk counts
-- socket errors (connect, read, write, timeout) itself. `done` prints one summary.

local function split(s, default)
  local out = {}
  for part in string.gmatch(s or default, "[^,]+") do out[#out + 1] = part end
  if #out == 0 then for part in string.gmatch(default, "[^,]+") do out[#out + 1] = part end end
  return out
end

local function urlencode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local mix = os.getenv("MIX") or "all"
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0") or 0
local orgs = split(os.getenv("ORGS"), "jrszf,jrjgfwzx,jrjyj,jrczj")
local item_ids = split(os.getenv("ITEM_IDS"), "1")
local feeds = split(os.getenv("FEEDS"), "jrjgfwzx/notices")
local reports = split(os.getenv("REPORTS"), "jrjgfwzx/2019")

-- what people look for on a government information disclosure site
local queries = {
  "预算", "决算", "招聘", "政府信息公开", "通知", "年度报告", "公示", "政府采购", "公务用车",
  "机关食堂", "办公用房", "节能", "安全生产", "培训", "会议", "发展规划", "统计数据", "行政事业性收费",
  "三公经费", "教育", "招生", "政策解读", "规范性文件", "领导分工", "机构职能", "人事任免",
  "放假安排", "工作总结", "应急预案", "行政处罚", "公开指南", "句容市机关服务中心",
}

local kinds
if mix == "search" then
  kinds = { { "search", 1 } }
elseif mix == "floor" then
  kinds = { { "floor", 1 } }
else
  kinds = {
    { "catalogue", 10 }, { "list", 20 }, { "item", 20 }, { "feed", 10 }, { "report", 15 },
    { "search", 25 },
  }
end
local total_weight = 0
for _, k in ipairs(kinds) do total_weight = total_weight + k[2] end

local function pick(list) return list[math.random(#list)] end

local function path_of(kind)
  if kind == "floor" then
    return "/health/live"
  elseif kind == "catalogue" then
    return "/api/v1/organisations/" .. pick(orgs) .. "/catalogue"
  elseif kind == "list" then
    local org = pick(orgs)
    local r = math.random(4)
    if r == 1 then return "/api/v1/items?organisation=" .. org .. "&size=20&page=2" end
    if r == 2 then return "/api/v1/items?organisation=jrjgfwzx&channel=notices&size=20" end
    return "/api/v1/items?organisation=" .. org .. "&size=20"
  elseif kind == "item" then
    return "/api/v1/items/" .. pick(item_ids)
  elseif kind == "feed" then
    local slug, code = string.match(pick(feeds), "([^/]+)/(.+)")
    return "/api/v1/organisations/" .. slug .. "/channels/" .. code .. "/feed"
  elseif kind == "report" then
    local report = pick(reports)
    if math.random(3) == 1 then return "/api/v1/reports/" .. report .. "/html" end
    return "/api/v1/reports/" .. report
  else
    local q = "/api/v1/search?q=" .. urlencode(pick(queries))
    if math.random(5) == 1 then q = q .. "&page=2" end
    return q
  end
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

sent, errors, statuses = {}, 0, {}   -- globals: done() reads them from each thread
function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + #tostring({}))
  sent, statuses, errors = {}, {}, 0
end

function request()
  local r = math.random() * total_weight
  local kind = kinds[#kinds][1]
  for _, k in ipairs(kinds) do
    if r < k[2] then kind = k[1]; break end
    r = r - k[2]
  end
  sent[kind] = (sent[kind] or 0) + 1
  return wrk.format("GET", path_of(kind), { ["Accept-Encoding"] = "gzip" })
end

function response(status, headers, body)
  if (status < 200 or status > 299) and status ~= 304 then
    errors = errors + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

if delay_ms > 0 then
  function delay() return delay_ms end
end

function done(summary, latency, requests)
  local errs, by_status, by_kind = 0, {}, {}
  for _, t in ipairs(threads) do
    errs = errs + (t:get("errors") or 0)
    for s, n in pairs(t:get("statuses") or {}) do by_status[s] = (by_status[s] or 0) + n end
    for k, n in pairs(t:get("sent") or {}) do by_kind[k] = (by_kind[k] or 0) + n end
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local kinds_text, status_text = {}, {}
  for k, n in pairs(by_kind) do kinds_text[#kinds_text + 1] = k .. " " .. n end
  table.sort(kinds_text)
  for s, n in pairs(by_status) do status_text[#status_text + 1] = s .. "×" .. n end
  table.sort(status_text)
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.1f " ..
    "errors_status=%d socket_connect=%d socket_read=%d socket_write=%d socket_timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errs, e.connect, e.read, e.write, e.timeout))
  io.write("MIX " .. table.concat(kinds_text, ", ") .. "\n")
  if #status_text > 0 then io.write("STATUSES " .. table.concat(status_text, " ") .. "\n") end
end
