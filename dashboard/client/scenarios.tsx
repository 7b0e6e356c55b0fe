/**
 * The scenarios: the list the server knows, a button to run one (one at a time: the server
 * refuses a second, 409), and the run's result step by step, with its notes, the failure's
 * expectation, what was found instead, and its trace.
 */
import { useState } from 'preact/hooks';
import type { ScenarioRunResult } from '../api-types.js';
import { api } from './api.js';
import { useLiveEvent } from './live.js';
import { useAction } from './use-action.js';
import { useLoader } from './use-loader.js';

function Result({ result }: { result: ScenarioRunResult }) {
  return (
    <div class={result.passed ? 'result passed' : 'result failed'} data-testid={`scenario-result-${result.file}`} data-passed={String(result.passed)}>
      <p class="result-line">
        {result.passed ? '✔ passed' : '✘ failed'} in {Math.round(result.durationMs)} ms
      </p>
      {result.notes.length > 0 && (
        <ul class="scenario-notes" data-testid="scenario-notes">
          {result.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      <ol class="scenario-steps">
        {result.steps.map((step) => (
          <li key={step.index} class={`step ${step.state}`} data-testid={`scenario-step-${result.file}-${step.index}`} data-state={step.state}>
            <span class="step-state">{step.state}</span> {step.label}
          </li>
        ))}
      </ol>
      {result.failure && (
        <div class="failure" data-testid="scenario-failure">
          <p>
            <strong>At</strong> {result.failure.at}: <strong>expected</strong> {result.failure.expectation}
          </p>
          {result.failure.found.length > 0 && (
            <>
              <p>
                <strong>Found instead</strong>
              </p>
              <ul>
                {result.failure.found.map((f, i) => (
                  <li key={i}>
                    <code>{f}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          <pre class="json" data-testid="scenario-trace">
            {result.failure.trace}
          </pre>
        </div>
      )}
    </div>
  );
}

export function ScenariosPanel() {
  const list = useLoader(() => api.scenarios(), []);
  const [results, setResults] = useState<Record<string, ScenarioRunResult>>({});
  const [shown, setShown] = useState<string>();
  const [filter, setFilter] = useState('');
  const keep = (result: ScenarioRunResult) => setResults((all) => ({ ...all, [result.file]: result }));
  useLiveEvent((event) => {
    if (event.type === 'scenario') keep(event.result);
  });
  const run = useAction(async (file: string) => {
    setShown(file);
    keep(await api.runScenario(file));
  });
  const needle = filter.trim().toLowerCase();
  const scenarios = (list.data ?? []).filter((s) => !needle || `${s.name} ${s.file} ${s.tags.join(' ')}`.toLowerCase().includes(needle));
  return (
    <section class="scenarios" data-testid="scenarios" aria-label="Scenarios">
      <div class="panel-title">
        <h2>Scenarios</h2>
        <input type="search" class="search" data-testid="scenario-filter" aria-label="Filter the scenarios by name, file or tag" placeholder="Filter…" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
      </div>
      {(list.error ?? run.error) && (
        <p class="error" role="alert" data-testid="scenario-error">
          {list.error ?? run.error}
        </p>
      )}
      <ul class="scenario-list">
        {scenarios.map((s) => {
          const result = results[s.file];
          return (
            <li key={s.file} class="scenario" data-testid={`scenario-${s.file}`}>
              <div class="scenario-line">
                <button type="button" data-testid={`scenario-run-${s.file}`} aria-label={`Run the scenario ${s.name}`} disabled={run.busy} onClick={() => void run.run(s.file)}>
                  {run.busy && shown === s.file ? 'Running…' : 'Run'}
                </button>
                <button type="button" class="link scenario-name" aria-expanded={shown === s.file} aria-label={`Show the last result of ${s.name}`} data-testid={`scenario-show-${s.file}`} onClick={() => setShown(shown === s.file ? undefined : s.file)}>
                  {s.name}
                </button>
                {result && <span class={result.passed ? 'badge ok' : 'badge bad'}>{result.passed ? 'passed' : 'failed'}</span>}
                {s.tags.map((t) => (
                  <span key={t} class="tag">
                    {t}
                  </span>
                ))}
              </div>
              {shown === s.file && result && <Result result={result} />}
            </li>
          );
        })}
        {list.data && scenarios.length === 0 && <li class="empty">No scenario matches.</li>}
      </ul>
    </section>
  );
}
