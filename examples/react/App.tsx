// React 19 sets properties and adds `on<event>` listeners on custom elements itself: no
// wrapper component, no ref juggling. `leadership-3d/react` registers the elements and adds
// them to JSX with typed attributes, properties and events.
import { useState } from 'react';
import 'leadership-3d/react';
import type { DimensionId, Instrument, L3dCompleteEvent, Result } from 'leadership-3d/react';
import quickCheck from '../shared/quick-check.es.json';

// A short Spanish instrument, passed as a property (the widget validates it before use).
const instrument = quickCheck as Instrument;
const dimensions: DimensionId[] = ['technical', 'relational', 'business'];

export function App() {
  const [result, setResult] = useState<Result | null>(null);

  const onComplete = (event: L3dCompleteEvent) => setResult(event.detail.result);

  return (
    <main>
      <h1>Liderazgo 3D</h1>
      <leadership-3d
        lang="es"
        page-size={3}
        instrument={instrument}
        onl3d-complete={onComplete}
        onl3d-error={(event) => console.warn(event.detail.code, event.detail.message)}
      />
      {result && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">Resumen para tu equipo</h2>
          <ul id="summary">
            {dimensions.map((id) => (
              <li key={id}>
                {instrument.dimensions.find((d) => d.id === id)?.label}:{' '}
                {result.dimensions[id].score ?? '—'}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
