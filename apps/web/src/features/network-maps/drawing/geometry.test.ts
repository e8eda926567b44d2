import { NETWORK_RINGS, NETWORK_SECTORS } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { fileSafeName, exportViewBox } from './export';
import { syntheticPersons } from './fixtures';
import {
  CENTRE_RADIUS,
  layoutPersons,
  OUTER_RADIUS,
  placementToPoint,
  pointToPlacement,
  pointToPolar,
  RING_BOUNDS,
  sectorAngles,
  separatePositions,
  spreadPositions,
  truncateLabel,
  zigzagPath,
  type NodeMetrics,
} from './geometry';
import { drawingMetrics } from './metrics';

describe('sectors', () => {
  it('are four quarters in the contracts order, clockwise from the top-left quadrant', () => {
    expect(NETWORK_SECTORS.map((s) => sectorAngles(s).start)).toEqual([270, 0, 90, 180]);
    const middle = (s: (typeof NETWORK_SECTORS)[number]) => placementToPoint(s, 'MIDDLE', 0.5);
    expect(middle('FAMILY').x).toBeLessThan(0);
    expect(middle('FAMILY').y).toBeLessThan(0);
    expect(middle('FRIENDS_LEISURE').x).toBeGreaterThan(0);
    expect(middle('FRIENDS_LEISURE').y).toBeLessThan(0);
    expect(middle('SCHOOL_WORK').x).toBeGreaterThan(0);
    expect(middle('SCHOOL_WORK').y).toBeGreaterThan(0);
    expect(middle('PROFESSIONAL').x).toBeLessThan(0);
    expect(middle('PROFESSIONAL').y).toBeGreaterThan(0);
  });

  it('run their positions clockwise', () => {
    // FAMILY runs from nine o'clock (position 0) up to twelve o'clock (position 1).
    const start = placementToPoint('FAMILY', 'OUTER', 0);
    const end = placementToPoint('FAMILY', 'OUTER', 1);
    expect(start.x).toBeLessThan(end.x);
    expect(start.y).toBeGreaterThan(end.y);
  });
});

describe('placementToPoint and pointToPlacement', () => {
  it('round-trip every sector, ring and position', () => {
    for (const sector of NETWORK_SECTORS) {
      for (const ring of NETWORK_RINGS) {
        for (const position of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
          const { x, y } = placementToPoint(sector, ring, position);
          const back = pointToPlacement(x, y);
          expect(back.sector).toBe(sector);
          expect(back.ring).toBe(ring);
          expect(back.position).toBeCloseTo(position, 9);
        }
      }
    }
  });

  it('puts the point in the middle of its ring', () => {
    for (const ring of NETWORK_RINGS) {
      const { radius } = pointToPolar(
        placementToPoint('SCHOOL_WORK', ring, 0.3).x,
        placementToPoint('SCHOOL_WORK', ring, 0.3).y,
      );
      expect(radius).toBeCloseTo((RING_BOUNDS[ring].inner + RING_BOUNDS[ring].outer) / 2, 9);
    }
  });

  it('clamps positions outside 0–1', () => {
    expect(pointToPlacement(...xy(placementToPoint('FAMILY', 'INNER', -2))).position).toBe(0);
    expect(pointToPlacement(...xy(placementToPoint('FAMILY', 'INNER', 7))).position).toBe(1);
  });

  it('reads rings at their boundaries', () => {
    const at = (radius: number) => pointToPlacement(radius * Math.SQRT1_2, -radius * Math.SQRT1_2).ring;
    expect(at(0)).toBe('INNER');
    expect(at(CENTRE_RADIUS / 2)).toBe('INNER'); // a drop on the child counts as close
    expect(at(RING_BOUNDS.INNER.outer - 0.01)).toBe('INNER');
    expect(at(RING_BOUNDS.INNER.outer)).toBe('MIDDLE');
    expect(at(RING_BOUNDS.MIDDLE.outer - 0.01)).toBe('MIDDLE');
    expect(at(RING_BOUNDS.MIDDLE.outer)).toBe('OUTER');
    expect(at(OUTER_RADIUS - 0.01)).toBe('OUTER');
    expect(at(OUTER_RADIUS + 300)).toBe('OUTER'); // beyond the outer ring clamps to OUTER
  });

  it('reads sectors at their boundaries, clamping the margins by the sector lines', () => {
    // Straight up (twelve o'clock) is where FAMILY ends and FRIENDS_LEISURE starts.
    expect(pointToPlacement(-0.001, -300)).toMatchObject({ sector: 'FAMILY', position: 1 });
    expect(pointToPlacement(0.001, -300)).toMatchObject({ sector: 'FRIENDS_LEISURE', position: 0 });
    expect(pointToPlacement(300, -0.001)).toMatchObject({ sector: 'FRIENDS_LEISURE', position: 1 });
    expect(pointToPlacement(300, 0.001)).toMatchObject({ sector: 'SCHOOL_WORK', position: 0 });
    expect(pointToPlacement(0.001, 300)).toMatchObject({ sector: 'SCHOOL_WORK', position: 1 });
    expect(pointToPlacement(-0.001, 300)).toMatchObject({ sector: 'PROFESSIONAL', position: 0 });
    expect(pointToPlacement(-300, 0.001)).toMatchObject({ sector: 'PROFESSIONAL', position: 1 });
    expect(pointToPlacement(-300, -0.001)).toMatchObject({ sector: 'FAMILY', position: 0 });
  });

  it('answers for any point, including the corners and far outside', () => {
    for (const [x, y] of [
      [-500, -500],
      [500, -500],
      [500, 500],
      [-500, 500],
      [1e6, -3],
    ] as const) {
      const p = pointToPlacement(x, y);
      expect(p.ring).toBe('OUTER');
      expect(p.position).toBeGreaterThanOrEqual(0);
      expect(p.position).toBeLessThanOrEqual(1);
    }
  });
});

describe('spreadPositions', () => {
  it('spreads n persons evenly inside the sector', () => {
    expect(spreadPositions(0)).toEqual([]);
    expect(spreadPositions(1)).toEqual([0.5]);
    expect(spreadPositions(4)).toEqual([0.125, 0.375, 0.625, 0.875]);
    const many = spreadPositions(50);
    expect(many).toHaveLength(50);
    expect(Math.min(...many)).toBeGreaterThan(0);
    expect(Math.max(...many)).toBeLessThan(1);
  });
});

describe('separatePositions', () => {
  it('leaves persons alone when there is room', () => {
    expect(separatePositions([0.1, 0.5, 0.9], 0.1)).toEqual([0.1, 0.5, 0.9]);
  });

  it('spreads persons who share a slot around it', () => {
    const result = separatePositions([0.5, 0.5, 0.5], 0.1);
    expect(result[0]).toBeCloseTo(0.4);
    expect(result[1]).toBeCloseTo(0.5);
    expect(result[2]).toBeCloseTo(0.6);
  });

  it('keeps the order, the gap and the range', () => {
    const result = separatePositions([0, 0, 0.02, 0.5, 0.52, 1, 1], 0.08);
    for (let i = 1; i < result.length; i++) expect(result[i]! - result[i - 1]!).toBeGreaterThanOrEqual(0.08 - 1e-9);
    expect(result[0]).toBeGreaterThanOrEqual(0);
    expect(result[result.length - 1]).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('shares the whole range when they cannot fit', () => {
    expect(separatePositions([0.5, 0.5, 0.5, 0.5, 0.5], 0.5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe('layoutPersons', () => {
  const metrics: NodeMetrics = drawingMetrics('full', 16, false, 150);

  it('draws a lone person where the placement says', () => {
    const layout = layoutPersons(
      [{ id: 'a', sector: 'SCHOOL_WORK', placement: { ring: 'MIDDLE', position: 0.3 } }],
      metrics,
    );
    const expected = placementToPoint('SCHOOL_WORK', 'MIDDLE', 0.3);
    expect(layout.get('a')?.x).toBeCloseTo(expected.x, 0);
    expect(layout.get('a')?.y).toBeCloseTo(expected.y, 0);
  });

  it('keeps every one of 150 persons in their sector and ring, and is deterministic', () => {
    const persons = syntheticPersons(150, 3);
    const first = layoutPersons(persons, metrics);
    const second = layoutPersons(persons, metrics);
    expect(first).toEqual(second);
    for (const p of persons) {
      const at = first.get(p.id)!;
      const back = pointToPlacement(at.x, at.y);
      expect(back.sector).toBe(p.sector);
      expect(back.ring).toBe(p.placement.ring);
    }
  });

  it('keeps 150 persons readable: few nodes overlap, and fast', () => {
    const persons = syntheticPersons(150, 1);
    const started = performance.now();
    const layout = layoutPersons(persons, metrics);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(50);
    const points = [...layout.values()];
    let overlapping = 0;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        if (Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y) < 2 * metrics.nodeRadius)
          overlapping++;
    expect(overlapping).toBe(0);
  });

  it('spreads persons who share a slot', () => {
    const persons = ['a', 'b', 'c'].map((id) => ({
      id,
      sector: 'FAMILY' as const,
      placement: { ring: 'INNER' as const, position: 0.5 },
    }));
    const layout = layoutPersons(persons, metrics);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => layout.get(id)!);
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(2 * metrics.nodeRadius);
    expect(Math.hypot(b!.x - c!.x, b!.y - c!.y)).toBeGreaterThan(2 * metrics.nodeRadius);
  });
});

describe('lines and labels', () => {
  it('draws a zig-zag that starts and ends on the points', () => {
    const d = zigzagPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 4, 12);
    expect(d.startsWith('M0 0')).toBe(true);
    expect(d.endsWith('L100 0')).toBe(true);
    expect(d).toContain(' 4L');
    expect(d).toContain(' -4L');
  });

  it('truncates long names with an ellipsis', () => {
    expect(truncateLabel('Anne', 10)).toBe('Anne');
    expect(truncateLabel('Østergaard Frederiksen', 10)).toBe('Østergaar…');
    expect(truncateLabel('Anne Marie Jensen', 11)).toBe('Anne Marie…');
  });
});

describe('export helpers', () => {
  it('names files safely', () => {
    expect(fileSafeName('Netværkskort for Åse – barnets perspektiv, version 3')).toBe(
      'netvaerkskort-for-aase-barnets-perspektiv-version-3',
    );
    expect(fileSafeName('!!!')).toBe('netvaerkskort');
  });

  it('exports the map with its legend', () => {
    const svg = {
      getAttribute: (name: string) => (name === 'data-export-viewbox' ? '-500 -500 1500 1000' : null),
    } as unknown as Element;
    expect(exportViewBox(svg)).toEqual({ x: -500, y: -500, width: 1500, height: 1000 });
  });
});

function xy(p: { x: number; y: number }): [number, number] {
  return [p.x, p.y];
}
