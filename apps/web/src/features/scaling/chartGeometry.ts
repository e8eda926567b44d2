/** Positions for the scale chart: a date axis by calendar day, a score axis from 0 to 10. */
export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const CHART: ChartBox = { width: 640, height: 260, left: 44, right: 24, top: 16, bottom: 44 };

const dayOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/** x for each date (`YYYY-MM-DD`), by the days between them; a single date sits in the middle. */
export function dateScale(dates: readonly string[], box: ChartBox = CHART): (isoDate: string) => number {
  const days = dates.map(dayOf);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const from = box.left + 12;
  const to = box.width - box.right - 12;
  if (dates.length === 0 || first === last) return () => (from + to) / 2;
  return (isoDate) => from + ((dayOf(isoDate) - first) / (last - first)) * (to - from);
}

/** y for a score 0–10 (10 at the top). */
export function scoreScale(box: ChartBox = CHART): (score: number) => number {
  const plotHeight = box.height - box.top - box.bottom;
  return (score) => box.top + ((10 - score) / 10) * plotHeight;
}

/** The dates to label on the axis: every one that leaves room after the last one labelled. */
export function labelledDates(dates: readonly string[], x: (isoDate: string) => number, minGap = 76): string[] {
  const shown: string[] = [];
  for (const date of dates) {
    const last = shown.at(-1);
    if (last === undefined || x(date) - x(last) >= minGap) shown.push(date);
  }
  return shown;
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';

/** Each line's look: a colour, a dash pattern and a marker shape, so no line is told apart by colour alone. */
export const SERIES_STYLES: readonly { color: string; dash: string | undefined; marker: MarkerShape }[] = [
  { color: '#0059b3', dash: undefined, marker: 'circle' },
  { color: '#a34700', dash: '8 4', marker: 'square' },
  { color: '#2e7d32', dash: '2 4', marker: 'triangle' },
  { color: '#6a1b9a', dash: '12 4 2 4', marker: 'diamond' },
  { color: '#b00020', dash: '4 2', marker: 'cross' },
  { color: '#00695c', dash: '16 6', marker: 'star' },
];

/** An SVG path for a marker of the given shape centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, r = 5): string {
  switch (shape) {
    case 'circle':
      return `M ${x - r} ${y} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
    case 'square':
      return `M ${x - r} ${y - r} h ${2 * r} v ${2 * r} h ${-2 * r} Z`;
    case 'triangle':
      return `M ${x} ${y - r - 1} L ${x + r + 1} ${y + r} L ${x - r - 1} ${y + r} Z`;
    case 'diamond':
      return `M ${x} ${y - r - 1} L ${x + r + 1} ${y} L ${x} ${y + r + 1} L ${x - r - 1} ${y} Z`;
    case 'cross':
      return `M ${x - r} ${y - r} L ${x + r} ${y + r} M ${x + r} ${y - r} L ${x - r} ${y + r}`;
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r + 1 : (r + 1) / 2.2;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        return `${(x + radius * Math.cos(angle)).toFixed(2)} ${(y + radius * Math.sin(angle)).toFixed(2)}`;
      });
      return `M ${points.join(' L ')} Z`;
    }
  }
}
