-- wrk script: creates one draft item per request (one write transaction each); needs TOKEN (demo-editor)
local n = 0
request = function()
  n = n + 1
  local body = '{"organisation":"jrjgfwzx","channel":"notices","title":"压测草稿' .. n .. '-' .. math.random(1, 1000000000) .. '","body":"<p>各科室：根据通知安排如下。</p>","genre":"通知","theme":"综合政务","disclosureMethod":"主动公开","scope":"面向社会","timeLimit":"及时","validity":"有效"}'
  return wrk.format("POST", "/api/v1/manage/items", {["Content-Type"]="application/json", ["Authorization"]="Bearer " .. os.getenv("TOKEN")}, body)
end
done = function(summary, latency, requests)
  io.write(string.format("non2xx=%d\n", summary.errors.status))
end
