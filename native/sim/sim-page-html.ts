// The sim page itself: static HTML that polls /state and posts /press. No framework, no build step.
export const simPageHtml = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Tongban hall bus simulator (demo)</title>
<style>
body{font-family:'Noto Sans CJK SC',sans-serif;background:#111;color:#ddd;margin:16px}
h1{font-size:18px} .units{display:flex;flex-wrap:wrap;gap:12px}
.unit{border:1px solid #444;border-radius:6px;padding:8px;min-width:220px;background:#1b1b1b}
.digits{font:bold 22px monospace;color:#7f7;background:#000;padding:2px 6px;white-space:pre;display:inline-block}
button{margin:2px;padding:6px 10px;font-size:15px} small{color:#999}
</style></head><body>
<h1>Tongban hall bus simulator <small>(demo only: these are simulated devices on the hall's RS-485 buses)</small></h1>
<div id="panels"></div><h2>Keypads / evaluators</h2><div class="units" id="units"></div>
<script>
const post = (body) => fetch('/press', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
let built = false;
function build(state) {
  const units = document.getElementById('units');
  for (const u of state.units) {
    const div = document.createElement('div');
    div.className = 'unit';
    div.innerHTML = '<div><b></b> <small></small></div><div class="digits"></div><div class="keys"></div><small class="stats"></small>';
    div.querySelector('b').textContent = u.label;
    div.querySelector('small').textContent = u.kind + ' #' + u.address;
    if (u.kind !== 'keypad') div.querySelector('.digits').style.display = 'none';
    const keys = div.querySelector('.keys');
    const buttons = u.kind === 'keypad'
      ? state.keys.map((k) => [k.label, { bus: u.bus, address: u.address, key: k.key }])
      : ['非常满意', '满意', '基本满意', '不满意', '非常不满意'].map((label, value) => [label, { bus: u.bus, address: u.address, value }]);
    for (const [label, body] of buttons) {
      const b = document.createElement('button');
      b.textContent = label;
      b.onclick = () => post(body);
      keys.appendChild(b);
    }
    div.id = 'unit-' + u.bus + '-' + u.address;
    units.appendChild(div);
  }
  built = true;
}
async function refresh() {
  try {
    const state = await (await fetch('/state')).json();
    if (!built) build(state);
    document.getElementById('panels').innerHTML = state.panels.map((p) => p.svg).join('');
    for (const u of state.units) {
      const div = document.getElementById('unit-' + u.bus + '-' + u.address);
      div.querySelector('.digits').textContent = u.kind === 'keypad' ? (u.display || '      ') : '';
      div.querySelector('.stats').textContent = 'presses ' + u.presses + ' · retries ' + u.retries + ' · beeps ' + u.beeps;
    }
  } catch {}
  setTimeout(refresh, 400);
}
refresh();
</script></body></html>`;
