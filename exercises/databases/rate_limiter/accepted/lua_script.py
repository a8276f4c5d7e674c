SCRIPT = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
end
return n
"""


def allow(r, user, limit, window, now):
    start = (now // window) * window
    n = r.eval(SCRIPT, 1, "rate:{}:{}".format(user, start), window)
    return int(n) <= limit
