import { NETWORK_RINGS, NETWORK_SECTORS, type NetworkRing, type NetworkSector } from '@inddrag/contracts';

/*
 * The geometry of the network map drawing, in the SVG's own units (the viewBox), with the child at
 * (0, 0). Pure functions: no DOM, no React, so they are unit-tested and memoised by the component.
 *
 * Angles are in degrees, clockwise from twelve o'clock (screen y points down). The four sectors are
 * 90° each, in the order of NETWORK_SECTORS, clockwise from the top-left quadrant: FAMILY top left,
 * FRIENDS_LEISURE top right, SCHOOL_WORK bottom right, PROFESSIONAL bottom left. A person's
 * `position` (0–1) runs clockwise along their sector, inside a small margin from the sector lines
 * so that nobody sits on a border.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Placement {
  sector: NetworkSector;
  ring: NetworkRing;
  position: number;
}

/** Half the width and height of the drawing's viewBox: it spans -VIEW_HALF … VIEW_HALF both ways. */
export const VIEW_HALF = 500;
export const VIEW_BOX = `${-VIEW_HALF} ${-VIEW_HALF} ${2 * VIEW_HALF} ${2 * VIEW_HALF}`;
/** The child's circle in the middle. */
export const CENTRE_RADIUS = 62;
/** Inner and outer radius of each ring. The inner ring is a little wider: it has the least room. */
export const RING_BOUNDS: Readonly<Record<NetworkRing, { inner: number; outer: number }>> = {
  INNER: { inner: CENTRE_RADIUS, outer: 215 },
  MIDDLE: { inner: 215, outer: 340 },
  OUTER: { inner: 340, outer: 460 },
};
export const OUTER_RADIUS = RING_BOUNDS.OUTER.outer;
export const SECTOR_SPAN = 90;
/** Degrees kept free at each end of a sector, so persons never sit on the sector lines. */
export const SECTOR_MARGIN = 6;
const USABLE_SPAN = SECTOR_SPAN - 2 * SECTOR_MARGIN;
/** Angle where the first sector (top left) starts: nine o'clock. */
const FIRST_SECTOR_START = 270;

const DEG = Math.PI / 180;

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** 0 … 360, for any angle. */
export function normaliseAngle(angle: number): number {
  const a = angle % 360;
  return a < 0 ? a + 360 : a;
}

/** Where a sector starts and ends (end = start + 90; may exceed 360). */
export function sectorAngles(sector: NetworkSector): { start: number; end: number; middle: number } {
  const start = normaliseAngle(FIRST_SECTOR_START + SECTOR_SPAN * NETWORK_SECTORS.indexOf(sector));
  return { start, end: start + SECTOR_SPAN, middle: start + SECTOR_SPAN / 2 };
}

/** The point at an angle (degrees clockwise from twelve o'clock) and a distance from the centre. */
export function polarToPoint(angle: number, radius: number): Point {
  return { x: radius * Math.sin(angle * DEG), y: -radius * Math.cos(angle * DEG) };
}

/** Angle (degrees clockwise from twelve o'clock, 0 … 360) and distance of a point from the centre. */
export function pointToPolar(x: number, y: number): { angle: number; radius: number } {
  return { angle: normaliseAngle(Math.atan2(x, -y) / DEG), radius: Math.hypot(x, y) };
}

export function ringMiddleRadius(ring: NetworkRing): number {
  const { inner, outer } = RING_BOUNDS[ring];
  return (inner + outer) / 2;
}

/** The angle of a position (0–1) in a sector, inside the sector's margins. */
export function positionToAngle(sector: NetworkSector, position: number): number {
  return sectorAngles(sector).start + SECTOR_MARGIN + clamp(position, 0, 1) * USABLE_SPAN;
}

/** Where a person with this placement is drawn when nobody else is near: the middle of the ring. */
export function placementToPoint(sector: NetworkSector, ring: NetworkRing, position: number): Point {
  return polarToPoint(positionToAngle(sector, position), ringMiddleRadius(ring));
}

/**
 * Which sector, ring and position a point (a drop) falls in. Inside the child's circle counts as
 * INNER; beyond the outer ring clamps to OUTER; on the margins by the sector lines clamps to 0 or 1.
 */
export function pointToPlacement(x: number, y: number): Placement {
  const { angle, radius } = pointToPolar(x, y);
  const fromFirst = normaliseAngle(angle - FIRST_SECTOR_START);
  const index = Math.min(NETWORK_SECTORS.length - 1, Math.floor(fromFirst / SECTOR_SPAN));
  const sector = NETWORK_SECTORS[index] as NetworkSector;
  const within = fromFirst - index * SECTOR_SPAN;
  const position = clamp((within - SECTOR_MARGIN) / USABLE_SPAN, 0, 1);
  const ring = NETWORK_RINGS.find((r) => radius < RING_BOUNDS[r].outer) ?? 'OUTER';
  return { sector, ring, position };
}

/** n positions spread evenly along a sector (0–1), for persons that share a slot. */
export function spreadPositions(n: number): number[] {
  return Array.from({ length: Math.max(0, Math.floor(n)) }, (_, i) => (i + 0.5) / n);
}

// --- Layout: persons to points, readable with many persons ------------------------------------------

export interface LayoutPerson {
  id: string;
  sector: NetworkSector;
  placement: { ring: NetworkRing; position: number };
}

/** The size of what is drawn for one person: the node, and the label under it. */
export interface NodeMetrics {
  /** Radius of the node (circle or rounded square). */
  nodeRadius: number;
  /** Width of the widest label that is drawn (labels are truncated to this). */
  labelWidth: number;
  /** Height of the label lines under the node. */
  labelHeight: number;
}

/** The box a person takes (node + label), centred on the node's centre horizontally. */
function boxOf(m: NodeMetrics): { halfWidth: number; halfHeight: number; offsetY: number } {
  const gap = 4;
  const width = Math.max(2 * m.nodeRadius, m.labelWidth) + gap;
  const height = 2 * m.nodeRadius + m.labelHeight + gap;
  // The box spans from the top of the node to the bottom of the label.
  return { halfWidth: width / 2, halfHeight: height / 2, offsetY: (height - 2 * m.nodeRadius) / 2 - gap / 2 };
}

/** Distance along a direction (unit vector) until two equal boxes no longer overlap. */
function clearance(halfWidth: number, halfHeight: number, dx: number, dy: number): number {
  const ax = Math.abs(dx);
  const ay = Math.abs(dy);
  const alongX = ax > 1e-9 ? (2 * halfWidth) / ax : Infinity;
  const alongY = ay > 1e-9 ? (2 * halfHeight) / ay : Infinity;
  return Math.min(alongX, alongY);
}

/**
 * Spreads wished positions (sorted, 0–1) so that neighbours are at least `gap` apart, moving each
 * cluster of crowded persons as little as possible (centred on their wishes) and staying in 0–1.
 * When they cannot fit, they share the whole range evenly.
 */
export function separatePositions(wished: readonly number[], gap: number): number[] {
  const n = wished.length;
  if (n === 0) return [];
  if (gap * (n - 1) > 1) return n === 1 ? [0.5] : wished.map((_, i) => i / (n - 1));
  // Clusters of consecutive persons placed `gap` apart, each starting at `start`.
  const clusters: { first: number; count: number; sum: number; start: number }[] = [];
  const place = (c: { count: number; sum: number }) =>
    clamp(c.sum / c.count - (gap * (c.count - 1)) / 2, 0, 1 - gap * (c.count - 1));
  wished.forEach((w, i) => {
    const cluster = { first: i, count: 1, sum: w, start: 0 };
    cluster.start = place(cluster);
    clusters.push(cluster);
    // Merge with the previous cluster while they overlap.
    for (;;) {
      const last = clusters[clusters.length - 1];
      const previous = clusters[clusters.length - 2];
      if (!last || !previous || previous.start + gap * previous.count <= last.start + 1e-12) break;
      // Centred on the mean wish of all its members (see `place`).
      previous.sum += last.sum;
      previous.count += last.count;
      previous.start = place(previous);
      clusters.pop();
    }
  });
  const result = new Array<number>(n);
  for (const c of clusters) for (let k = 0; k < c.count; k++) result[c.first + k] = c.start + k * gap;
  return result;
}

/**
 * Where each person is drawn. Persons keep their sector and ring; within a sector and ring they are
 * spread along the arc (in up to three rows when crowded) near their wished position, and a final
 * pass nudges apart any nodes and labels that still overlap, without leaving their band. The same
 * input always gives the same picture.
 */
export function layoutPersons(persons: readonly LayoutPerson[], metrics: NodeMetrics): Map<string, Point> {
  const box = boxOf(metrics);
  const groups = new Map<string, LayoutPerson[]>();
  for (const p of persons) {
    const key = `${p.sector}|${p.placement.ring}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }

  interface Placed {
    id: string;
    x: number;
    y: number;
    sector: NetworkSector;
    minRadius: number;
    maxRadius: number;
  }
  const placed: Placed[] = [];

  for (const group of groups.values()) {
    const first = group[0] as LayoutPerson;
    const { sector } = first;
    const { ring } = first.placement;
    const { inner, outer } = RING_BOUNDS[ring];
    const sorted = [...group].sort(
      (a, b) => a.placement.position - b.placement.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    // Spacing along the arc: boxes side by side need more room where the arc runs across them.
    const { start } = sectorAngles(sector);
    const samples = [0, 0.5, 1].map((t) => {
      const a = (start + SECTOR_MARGIN + t * USABLE_SPAN) * DEG;
      return clearance(box.halfWidth, box.halfHeight, Math.cos(a), Math.sin(a));
    });
    const spacing = samples.reduce((s, v) => s + v, 0) / samples.length;
    const margin = Math.min(metrics.nodeRadius + 4, (outer - inner) / 2);
    const maxRows = Math.max(1, Math.min(3, Math.floor((outer - inner) / (2 * box.halfHeight))));
    let rows = 1;
    while (rows < maxRows) {
      const innermost = inner + (outer - inner) / (2 * rows);
      const gap = spacing / (innermost * USABLE_SPAN * DEG);
      if (gap * (Math.ceil(sorted.length / rows) - 1) <= 1) break;
      rows++;
    }
    for (let row = 0; row < rows; row++) {
      const members = sorted.filter((_, i) => i % rows === row);
      const radius =
        rows === 1 ? ringMiddleRadius(ring) : inner + margin + ((outer - inner - 2 * margin) * (row + 0.5)) / rows;
      // Persons in other rows sit between these, so a row may be twice as dense as a single row.
      const gap = spacing / (radius * USABLE_SPAN * DEG) / (rows > 1 ? 1.6 : 1);
      const positions = separatePositions(
        members.map((m) => clamp(m.placement.position, 0, 1)),
        gap,
      );
      members.forEach((m, i) => {
        const point = polarToPoint(positionToAngle(sector, positions[i] ?? 0.5), radius);
        placed.push({ id: m.id, ...point, sector, minRadius: inner + margin, maxRadius: outer - margin });
      });
    }
  }

  nudgeApart(placed, box, metrics.nodeRadius);
  return new Map(placed.map((p) => [p.id, { x: round1(p.x), y: round1(p.y) }]));
}

type Nudged = { x: number; y: number; sector: NetworkSector; minRadius: number; maxRadius: number };

/**
 * Two passes. First overlapping boxes (node and label) are pushed apart along their shallower
 * overlap: labels stay readable where there is room. Then nodes closer than their size are pushed
 * apart along the line between them, so no node ever hides another even in a crowded band. After
 * each round everyone is put back inside their band and sector.
 */
function nudgeApart(items: Nudged[], box: { halfWidth: number; halfHeight: number }, nodeRadius: number): void {
  const width = 2 * box.halfWidth;
  const height = 2 * box.halfHeight;
  const order = [...items];
  for (let iteration = 0; iteration < 30; iteration++) {
    let moved = false;
    order.sort((a, b) => a.x - b.x);
    for (let i = 0; i < order.length; i++) {
      const a = order[i]!;
      for (let j = i + 1; j < order.length; j++) {
        const b = order[j]!;
        const dx = b.x - a.x;
        if (dx >= width) break;
        const dy = b.y - a.y;
        const overlapX = width - Math.abs(dx);
        const overlapY = height - Math.abs(dy);
        if (overlapX <= 0.5 || overlapY <= 0.5) continue;
        moved = true;
        if (overlapX < overlapY) {
          const push = (overlapX / 2) * (dx >= 0 ? 1 : -1) * 0.5;
          a.x -= push;
          b.x += push;
        } else {
          const push = (overlapY / 2) * (dy >= 0 ? 1 : -1) * 0.5;
          a.y -= push;
          b.y += push;
        }
      }
    }
    for (const item of items) constrain(item);
    if (!moved) break;
  }

  const distance = 2 * nodeRadius + 4;
  for (let iteration = 0; iteration < 60; iteration++) {
    let moved = false;
    order.sort((a, b) => a.x - b.x);
    for (let i = 0; i < order.length; i++) {
      const a = order[i]!;
      for (let j = i + 1; j < order.length; j++) {
        const b = order[j]!;
        let dx = b.x - a.x;
        if (dx >= distance) break;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= distance - 0.1) continue;
        if (d < 1e-6) {
          // Same spot: part them along the circle, the same way every time.
          const { angle } = pointToPolar(a.x, a.y);
          dx = Math.cos(angle * DEG);
          dy = Math.sin(angle * DEG);
          d = 1;
        }
        moved = true;
        const push = (distance - d) / 2 / d;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
      }
    }
    for (const item of items) constrain(item);
    if (!moved) break;
  }
}

function constrain(item: Nudged): void {
  const { angle, radius } = pointToPolar(item.x, item.y);
  const { start } = sectorAngles(item.sector);
  const within = normaliseAngle(angle - start);
  // Angles just before the sector's start wrap around to ~360: they belong to the start.
  const lo = SECTOR_MARGIN / 2;
  const hi = SECTOR_SPAN - SECTOR_MARGIN / 2;
  const fixedWithin = within > 180 + SECTOR_SPAN / 2 ? lo : clamp(within, lo, hi);
  const fixedRadius = clamp(radius, item.minRadius, item.maxRadius);
  if (fixedWithin !== within || fixedRadius !== radius) {
    const point = polarToPoint(start + fixedWithin, fixedRadius);
    item.x = point.x;
    item.y = point.y;
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

// --- Lines ---------------------------------------------------------------------------------------

/** The segment from a to b moved sideways by `offset` (positive: to the right walking from a to b). */
export function offsetSegment(a: Point, b: Point, offset: number): [Point, Point] {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const nx = (-(b.y - a.y) / length) * offset;
  const ny = ((b.x - a.x) / length) * offset;
  return [
    { x: a.x + nx, y: a.y + ny },
    { x: b.x + nx, y: b.y + ny },
  ];
}

/** The point on the segment a→b at distance `distance` from a (or b itself if the segment is shorter). */
export function pointTowards(a: Point, b: Point, distance: number): Point {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length <= distance || length === 0) return { ...b };
  return { x: a.x + ((b.x - a.x) * distance) / length, y: a.y + ((b.y - a.y) * distance) / length };
}

/** A zig-zag path from a to b: the line style of a stressful relation. */
export function zigzagPath(a: Point, b: Point, amplitude: number, wavelength: number): string {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const half = wavelength / 2;
  const teeth = Math.max(2, Math.round(length / half));
  if (length < wavelength) return `M${fmt(a.x)} ${fmt(a.y)}L${fmt(b.x)} ${fmt(b.y)}`;
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  let d = `M${fmt(a.x)} ${fmt(a.y)}`;
  for (let i = 1; i < teeth; i++) {
    const t = (i / teeth) * length;
    const side = i % 2 === 1 ? amplitude : -amplitude;
    d += `L${fmt(a.x + ux * t - uy * side)} ${fmt(a.y + uy * t + ux * side)}`;
  }
  return `${d}L${fmt(b.x)} ${fmt(b.y)}`;
}

/** The band of one ring in one sector, as an SVG path (for drop targets and backgrounds). */
export function bandPath(sector: NetworkSector, innerRadius: number, outerRadius: number): string {
  const { start, end } = sectorAngles(sector);
  const p1 = polarToPoint(start, outerRadius);
  const p2 = polarToPoint(end, outerRadius);
  const p3 = polarToPoint(end, innerRadius);
  const p4 = polarToPoint(start, innerRadius);
  return (
    `M${fmt(p1.x)} ${fmt(p1.y)}A${outerRadius} ${outerRadius} 0 0 1 ${fmt(p2.x)} ${fmt(p2.y)}` +
    `L${fmt(p3.x)} ${fmt(p3.y)}A${innerRadius} ${innerRadius} 0 0 0 ${fmt(p4.x)} ${fmt(p4.y)}Z`
  );
}

function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}

// --- Labels --------------------------------------------------------------------------------------

/** A label cut to at most `max` characters, ending in "…" when cut. */
export function truncateLabel(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  return `${chars
    .slice(0, Math.max(1, max - 1))
    .join('')
    .trimEnd()}…`;
}

/** Rough width of a label in the drawing's units (no layout needed: the drawing never measures text). */
export function estimateTextWidth(characters: number, fontSize: number): number {
  return characters * fontSize * 0.56;
}
