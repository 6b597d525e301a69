// JSX types for every Ally element (attributes, properties, onally-* events), then the two widgets used.
import 'ally-widgets/react';
import 'ally-widgets/ally-hotline.js';
import 'ally-widgets/ally-group-finder.js';
import { useState } from 'react';
import type { AllyCallEvent, AllySearchEvent } from 'ally-widgets';

export function App() {
  const [calls, setCalls] = useState<string[]>([]);
  const [results, setResults] = useState<number>();
  return (
    <main>
      <h1>Red de respuesta rápida</h1>
      <ally-hotline
        number="616-555-0142"
        org="Respuesta Rápida GR"
        variant="banner"
        onally-call={(event: AllyCallEvent) => setCalls((list) => [...list, event.detail.number])}
      />
      <p>
        Llamadas desde esta página: <output id="calls">{calls.join(' ')}</output>
      </p>
      <ally-group-finder src="/groups.json" heading-level={2} onally-search={(event: AllySearchEvent) => setResults(event.detail.count)} />
      <p data-results={results} />
      {/* @ts-expect-error 'nonsense' is not a variant of <ally-hotline> */}
      {false && <ally-hotline variant="nonsense" />}
    </main>
  );
}
