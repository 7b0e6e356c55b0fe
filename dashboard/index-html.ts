/**
 * The dashboard's page as the server sends it for `GET /`: a shell that loads the bundled
 * `/assets/app.js` and `/assets/app.css` (dashboard/build-client.ts) and nothing from outside.
 * It holds no data, so it needs no token; the page takes the token from its own URL once
 * (dashboard/client/api.ts keeps it for the tab and drops it from the address bar).
 */

/**
 * Only the server's own scripts, styles and API (`data:` images for the empty favicon); no inline
 * script, frame, plugin, font or remote image, so a record's text shown on the page can never
 * load or run anything. A meta tag cannot set frame-ancestors: the server sends
 * `frame-ancestors 'none'` (and `nosniff`) as headers on every answer (dashboard/server.ts).
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The HTML of the dashboard's page. */
export function indexHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>billing-sim dashboard</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<div id="app"><p class="loading">Loading the dashboard…</p></div>
<noscript>The dashboard needs JavaScript.</noscript>
</body>
</html>
`;
}
