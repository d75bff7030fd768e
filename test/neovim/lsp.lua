-- Drives gracious-ls from a real Neovim (0.7 or later): opens a draft, waits for its diagnostics, fills in the
-- placeholder with an edit (sent as an incremental change), waits for the diagnostics to follow, and writes both
-- sets as JSON for test/neovim/neovim.test.ts to check. Run with:
--   GRACIOUS_NODE=… GRACIOUS_SERVER=…/dist/server.js GRACIOUS_DRAFT=… GRACIOUS_OUT=… \
--   nvim --headless --clean -u NONE -c 'luafile test/neovim/lsp.lua'
local WAIT_MS = 10000

local function env(name)
  local value = os.getenv(name)
  if not value then error(name .. ' is not set') end
  return value
end

local function has_code(diagnostics, code)
  for _, d in ipairs(diagnostics) do
    if d.code == code then return true end
  end
  return false
end

-- vim.diagnostic columns are byte indexes: Neovim converts the server's UTF-16 characters on arrival.
local function snapshot(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      code = d.code, source = d.source, message = d.message,
    })
  end
  table.sort(out, function(a, b) return a.code < b.code end)
  return out
end

local function run()
  local draft = env('GRACIOUS_DRAFT')
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'gracious',
    cmd = { env('GRACIOUS_NODE'), env('GRACIOUS_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(draft, ':h'),
  })
  assert(client_id, 'gracious-ls did not start')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach gracious-ls to the buffer')

  -- vim.wait runs the event loop until the predicate holds: it returns as soon as diagnostics arrive.
  local opened = vim.wait(WAIT_MS, function() return has_code(vim.diagnostic.get(bufnr), 'placeholder-unfilled') end, 20)
  local on_open = snapshot(bufnr)

  local line = vim.api.nvim_buf_get_lines(bufnr, 2, 3, true)[1]
  local from, to = line:find('[Position]', 1, true)
  vim.api.nvim_buf_set_text(bufnr, 2, from - 1, 2, to, { 'Data Analyst' })
  local edited = vim.wait(WAIT_MS, function()
    local now = vim.diagnostic.get(bufnr)
    return #now > 0 and not has_code(now, 'placeholder-unfilled')
  end, 20)

  vim.lsp.stop_client(client_id)
  return { opened = opened, on_open = on_open, edited = edited, after_edit = snapshot(bufnr) }
end

-- Whatever fails, Neovim must quit: a headless Neovim left at an error would wait for input forever.
local ok, failure = pcall(function()
  vim.fn.writefile({ vim.fn.json_encode(run()) }, env('GRACIOUS_OUT'))
end)
if ok then
  vim.cmd('qall!')
else
  io.stderr:write(tostring(failure) .. '\n')
  vim.cmd('cquit')
end
