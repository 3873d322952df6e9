/**
 * /api/docs: a small, self-contained interactive reference (no CDN, works offline): every operation
 * of /api/openapi.json with its parameters and body schema, and a form to send it. Its script and style
 * are files of their own (/api/docs.js, /api/docs.css): the site's CSP allows no inline script or style.
 */
export const docsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>GrantFit API</title>
<link rel="stylesheet" href="/api/docs.css">
<script type="module" src="/api/docs.js"></script>
</head>
<body><header><h1>GrantFit API</h1><p>Money is integer euro cents; dates are ISO-8601 with an offset.
Errors always look like <code>{"error":{"code","message","fields":[{"path","message"}]}}</code>.
The raw document is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<label for="token">Bearer token (an ID token)</label><input id="token" autocomplete="off"></header>
<main id="ops"><p role="status">Loading…</p></main>
</body></html>`;

export const docsStyle = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1f23;background:#f6f8f7}
header,main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
details{background:#fff;border:1px solid #d0d7d5;border-radius:6px;margin:.5rem 0;padding:.5rem 1rem}
summary{cursor:pointer;font-weight:600}.m{display:inline-block;min-width:4rem;text-transform:uppercase;color:#0b5d50}
label{display:block;margin-top:.5rem;font-weight:600}input,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.3rem}
textarea{min-height:6rem;font-family:monospace}pre{background:#f0f2f1;padding:.5rem;overflow:auto;max-height:20rem}
button{margin-top:.5rem;font:inherit;padding:.3rem 1rem;background:#0b5d50;color:#fff;border:0;border-radius:4px;cursor:pointer}
`;

export const docsScript = `const doc = await (await fetch('/api/openapi.json')).json();
const main = document.getElementById('ops');
main.textContent = '';
const el = (tag, props = {}, ...kids) => { const e = Object.assign(document.createElement(tag), props); e.append(...kids); return e; };
let n = 0;
for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
  const id = 'op' + n++;
  const inputs = op.parameters.map((p) => { const i = el('input', { id: id + p.name, name: p.name }); i.dataset.in = p.in;
    return [el('label', { htmlFor: i.id, textContent: p.name + ' (' + p.in + (p.required ? ', required' : '') + ')' }), i]; }).flat();
  const body = op.requestBody ? el('textarea', { id: id + 'body', placeholder: JSON.stringify(op.requestBody.content['application/json'].schema.properties ? Object.fromEntries(Object.keys(op.requestBody.content['application/json'].schema.properties).map((k) => [k, '…'])) : {}, null, 1) }) : null;
  const out = el('pre', { ariaLive: 'polite' });
  const send = el('button', { type: 'button', textContent: 'Send' });
  send.onclick = async () => {
    let url = path; const query = new URLSearchParams(); const headers = { 'content-type': 'application/json' };
    for (const i of inputs.filter((x) => x.tagName === 'INPUT')) { if (!i.value) continue;
      if (i.dataset.in === 'path') url = url.replace('{' + i.name + '}', encodeURIComponent(i.value));
      else if (i.dataset.in === 'query') query.set(i.name, i.value); else headers[i.name] = i.value; }
    const token = document.getElementById('token').value.trim(); if (token) headers.authorization = 'Bearer ' + token;
    const res = await fetch(url + (query.size ? '?' + query : ''), { method: method.toUpperCase(), headers, body: body?.value || undefined });
    out.textContent = res.status + ' ' + res.statusText + '\\n' + JSON.stringify(await res.json().catch(() => null), null, 2);
  };
  main.append(el('details', {}, el('summary', {}, el('span', { className: 'm', textContent: method }), path + ' — ' + op.summary),
    el('p', { textContent: op.description }), ...inputs, ...(body ? [el('label', { htmlFor: body.id, textContent: 'JSON body' }), body] : []),
    send, out, el('details', {}, el('summary', { textContent: 'Schemas' }), el('pre', { textContent: JSON.stringify({ parameters: op.parameters, body: op.requestBody, responses: op.responses }, null, 2) }))));
}
`;
