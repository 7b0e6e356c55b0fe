/** The dashboard page's entry: the token check, the live stream, and the app. */
import { render } from 'preact';
import { pageToken } from './api.js';
import { App } from './app.js';
import { LiveContext, openLive } from './live.js';
import './app.css';

const root = document.getElementById('app');
if (!root) throw new Error('the page has no <div id="app">: serve it with dashboard/index-html.ts');
// the shell's "Loading…" line goes; Preact owns the element from here
root.textContent = '';
if (pageToken() === undefined) {
  render(
    <main class="no-token" data-testid="no-token">
      <h1>billing-sim dashboard</h1>
      <p>
        This page needs the sandbox's admin token. Open the URL that <code>npm start</code> (or <code>billing-sim up</code>) prints on its{' '}
        <code>dashboard:</code> line; it ends in <code>?token=…</code>.
      </p>
    </main>,
    root,
  );
} else {
  render(
    <LiveContext.Provider value={openLive()}>
      <App />
    </LiveContext.Provider>,
    root,
  );
}
