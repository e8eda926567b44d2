/**
 * The network map drawing alone, for bench/network-map-browser.ts: no router, no API, no editor
 * around it. 150 made-up persons (the drawing's own fixtures) and 40 lines, in a column as wide as
 * the editor's. The bench mounts and unmounts the drawing through `window.__harness` and drags
 * persons with the mouse; a drop moves the person as the editor's draft would.
 */
import 'dkfds/dist/css/dkfds.css';
import '../../apps/web/src/styles/app.css';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { NetworkMapDrawing, type DrawingPerson } from '../../apps/web/src/features/network-maps/drawing';
import { syntheticPersons, syntheticTies } from '../../apps/web/src/features/network-maps/drawing/fixtures';
import { setupI18n } from '../../apps/web/src/i18n';

setupI18n();
const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 150);
const width = Number(params.get('width') ?? 760);
const initialPersons = syntheticPersons(count, 1);
const ties = syntheticTies(initialPersons, Number(params.get('ties') ?? 40), 1);

interface Harness {
  /** Mounts the drawing synchronously; resolves with the render + commit time and the time to the next frame. */
  mount(): Promise<{ renderMs: number; frameMs: number }>;
  unmount(): void;
}

let setShown: (shown: boolean) => void = () => undefined;

function Bench() {
  const [shown, show] = useState(false);
  const [persons, setPersons] = useState<DrawingPerson[]>(initialPersons);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  setShown = show;
  return (
    <main className="container" style={{ maxWidth: width + 32 }}>
      {shown && (
        <NetworkMapDrawing
          title="Emmas netværk (benchmark)"
          childName="Emma"
          persons={persons}
          ties={ties}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onMove={(id, to) =>
            setPersons((all) =>
              all.map((p) =>
                p.id === id
                  ? { ...p, sector: to.sector, placement: { ...p.placement, ring: to.ring, position: to.position } }
                  : p,
              ),
            )
          }
        />
      )}
    </main>
  );
}

const harness: Harness = {
  mount() {
    const start = performance.now();
    performance.mark('harness-mount');
    flushSync(() => setShown(true));
    const renderMs = performance.now() - start;
    return new Promise((resolve) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark('harness-frame');
          resolve({ renderMs, frameMs: performance.now() - start });
        }, 0),
      ),
    );
  },
  unmount() {
    flushSync(() => setShown(false));
  },
};
(window as unknown as { __harness: Harness }).__harness = harness;

createRoot(document.getElementById('root')!).render(<Bench />);
