import {
  NETWORK_RINGS,
  NETWORK_SECTORS,
  type MapPlacement,
  type MapTie,
  type NetworkRing,
  type NetworkSector,
  RelationQuality,
} from '@inddrag/contracts';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import { DrawingLegend, ExportLegend, HIGHLIGHT_KINDS } from './DrawingLegend';
import {
  bandPath,
  CENTRE_RADIUS,
  layoutPersons,
  OUTER_RADIUS,
  pointToPlacement,
  pointTowards,
  polarToPoint,
  RING_BOUNDS,
  sectorAngles,
  truncateLabel,
  VIEW_BOX,
  VIEW_HALF,
  type Point,
} from './geometry';
import { drawingMetrics, RELATION_TEXT_MAX_PERSONS, type DrawingMetrics, type DrawingVariant } from './metrics';
import { PersonNode, type NodeTexts } from './PersonNode';
import { RelationLine } from './RelationLine';
import { useZoom } from './useZoom';
import './drawing.css';

export interface DrawingPerson {
  id: string;
  name: string;
  relation: string;
  sector: NetworkSector;
  isProfessional: boolean;
  /** ring, position (0–1 along the sector, clockwise), quality, qualityView */
  placement: MapPlacement;
  /** A risk marker (icon, and words in the title and accessible name), not colour alone. */
  doNotContact?: boolean;
  /** May not be contacted (no consent etc.): a small marker. */
  contactBlocked?: boolean;
}

export type Highlight = 'added' | 'removed' | 'moved' | 'changed';

export interface NetworkMapDrawingProps {
  /** Accessible name of the svg, and the figure's caption. */
  title: string;
  /** Drawn in the centre. */
  childName: string;
  persons: DrawingPerson[];
  ties: MapTie[];
  selectedId?: string | null;
  onSelect?: (id: string | null) => void;
  /** Absent = read-only. Called on drop with where the person landed; the page updates its draft. */
  onMove?: (id: string, to: { sector: NetworkSector; ring: NetworkRing; position: number }) => void;
  /** Per person id, for version comparison: outline and a word, not colour alone. */
  highlights?: Record<string, Highlight>;
  /** 'child' = "Mit netværk": large and simple; names only, big targets, no relation text, no risk markers. */
  variant?: DrawingVariant;
  /** For export (svgMarkup, downloadSvg, downloadPng). */
  svgRef?: Ref<SVGSVGElement>;
  className?: string;
}

/** Screen pixels a pointer must travel before a press on a person becomes a drag. */
const DRAG_THRESHOLD = 4;
/** The viewBox of a downloaded file: the map and, to its right, the legend. */
const EXPORT_LEGEND_X = VIEW_HALF + 30;
const EXPORT_VIEW_BOX = `${-VIEW_HALF} ${-VIEW_HALF} ${2 * VIEW_HALF + 500} ${2 * VIEW_HALF}`;
const ORIGIN: Point = { x: 0, y: 0 };

interface Gesture {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  /** From the pointer to the node's centre, in map units: the node does not jump to the pointer. */
  offset: Point;
  dragging: boolean;
  element: Element;
}

interface DragState {
  id: string;
  x: number;
  y: number;
}

const sectorIndex = (s: NetworkSector) => NETWORK_SECTORS.indexOf(s);
const ringIndex = (r: NetworkRing) => NETWORK_RINGS.indexOf(r);

/**
 * The network map drawing: the child in the centre, three rings, four sectors, each person a node
 * with a line to the child styled by the relation's quality. Pan and zoom (d3-zoom), drag to move a
 * person (when `onMove` is given), click or Enter/Space to select. Plain React SVG; the layout is
 * worked out once per change of the persons, and a drag re-renders only the dragged copy.
 */
export function NetworkMapDrawing({
  title,
  childName,
  persons,
  ties,
  selectedId = null,
  onSelect,
  onMove,
  highlights,
  variant = 'full',
  svgRef,
  className,
}: NetworkMapDrawingProps) {
  const { t } = useTranslation('networkMaps');
  const svgElement = useRef<SVGSVGElement | null>(null);
  const layerRef = useRef<SVGGElement | null>(null);
  useImperativeHandle(svgRef, () => svgElement.current as SVGSVGElement, []);
  const zoomControls = useZoom(svgElement, layerRef);
  const hintId = useId();
  const interactive = Boolean(onSelect || onMove);

  // --- Words and geometry, memoised on the data --------------------------------------------------
  const sectorName = useCallback(
    (s: NetworkSector) => (variant === 'child' ? t(`drawing.childSector.${s}`) : t(`maps.sector.${s}`)),
    [t, variant],
  );
  const ringName = useCallback(
    (r: NetworkRing) => (variant === 'child' ? t(`drawing.childRing.${r}`) : t(`maps.ring.${r}`)),
    [t, variant],
  );
  const qualityName = useCallback(
    (q: RelationQuality) => (variant === 'child' ? t(`drawing.childQuality.${q}`) : t(`maps.quality.${q}`)),
    [t, variant],
  );

  const ordered = useMemo(
    () =>
      [...persons].sort(
        (a, b) =>
          sectorIndex(a.sector) - sectorIndex(b.sector) ||
          ringIndex(a.placement.ring) - ringIndex(b.placement.ring) ||
          a.placement.position - b.placement.position ||
          a.name.localeCompare(b.name, 'da'),
      ),
    [persons],
  );

  const longestLabel = useMemo(() => persons.reduce((max, p) => Math.max(max, p.name.trim().length), 0), [persons]);
  const withRelation = variant === 'full' && persons.length <= RELATION_TEXT_MAX_PERSONS;
  const metrics = useMemo(
    () => drawingMetrics(variant, longestLabel, withRelation, persons.length),
    [variant, longestLabel, withRelation, persons.length],
  );
  const layout = useMemo(() => layoutPersons(persons, metrics), [persons, metrics]);

  const texts = useMemo(() => {
    // Each word looked up once, not once per person: 150 persons stay well inside a frame.
    const sectors = new Map(NETWORK_SECTORS.map((s) => [s, sectorName(s)]));
    const rings = new Map(NETWORK_RINGS.map((r) => [r, ringName(r)]));
    const qualities = new Map(RelationQuality.options.map((q) => [q, qualityName(q)]));
    const badges = new Map(HIGHLIGHT_KINDS.map((h) => [h, t(`drawing.highlight.${h}`)]));
    const professional = t('drawing.professional');
    const doNotContact = t('drawing.doNotContact');
    const contactBlocked = t('drawing.contactBlocked');
    const slot = (name: string) => `⟦${name}⟧`;
    const template = t('drawing.node', {
      name: slot('name'),
      relation: slot('relation'),
      sector: slot('sector'),
      ring: slot('ring'),
      quality: slot('quality'),
    });
    const result = new Map<string, NodeTexts>();
    for (const p of persons) {
      const highlight = highlights?.[p.id];
      const badge = highlight ? (badges.get(highlight) ?? null) : null;
      const marks: string[] = [];
      if (metrics.markers && p.doNotContact) marks.push(doNotContact);
      else if (metrics.markers && p.contactBlocked) marks.push(contactBlocked);
      const values: Record<string, string> = {
        name: p.name,
        relation: p.relation,
        sector: sectors.get(p.sector) ?? p.sector,
        ring: rings.get(p.placement.ring) ?? p.placement.ring,
        quality: qualities.get(p.placement.quality) ?? p.placement.quality,
      };
      const aria = [
        template.replace(/⟦(\w+)⟧/g, (_, key: string) => values[key] ?? ''),
        p.isProfessional ? professional : null,
        ...marks,
        badge,
      ]
        .filter(Boolean)
        .join(', ');
      result.set(p.id, {
        aria,
        title: [`${p.name} (${p.relation})`, ...marks, badge].filter(Boolean).join('\n'),
        label: truncateLabel(p.name, metrics.labelChars),
        relation: withRelation ? truncateLabel(p.relation, metrics.labelChars + 2) : null,
        badge,
      });
    }
    return result;
  }, [persons, highlights, metrics, withRelation, t, sectorName, ringName, qualityName]);

  const highlightKinds = useMemo(() => {
    const present = new Set(Object.values(highlights ?? {}));
    return HIGHLIGHT_KINDS.filter((h) => present.has(h));
  }, [highlights]);

  const backdropTexts = useMemo(
    () => ({
      sectors: NETWORK_SECTORS.map((s) => ({ sector: s, name: sectorName(s) })),
      rings: NETWORK_RINGS.map((r) => ({ ring: r, name: ringName(r) })),
    }),
    [sectorName, ringName],
  );

  // --- Drag and select -------------------------------------------------------------------------
  const [drag, setDrag] = useState<DragState | null>(null);
  const gesture = useRef<Gesture | null>(null);
  const frame = useRef<number | null>(null);
  const pendingPointer = useRef<{ x: number; y: number } | null>(null);

  const toMapPoint = useCallback((clientX: number, clientY: number): Point => {
    const matrix = layerRef.current?.getScreenCTM();
    if (!matrix) return { x: 0, y: 0 };
    const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    return { x: p.x, y: p.y };
  }, []);

  const cancelFrame = () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  };

  const endGesture = useCallback(() => {
    const g = gesture.current;
    gesture.current = null;
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    if (g && g.element.hasPointerCapture?.(g.pointerId)) g.element.releasePointerCapture(g.pointerId);
    setDrag(null);
  }, []);

  useEffect(() => () => cancelFrame(), []);

  function handlePointerDown(event: PointerEvent<SVGSVGElement>) {
    if (!interactive || !event.isPrimary || event.button !== 0) return;
    const node = (event.target as Element).closest('[data-person-id], [data-label-for]');
    const id = node?.getAttribute('data-person-id') ?? node?.getAttribute('data-label-for');
    const at = id ? layout.get(id) : undefined;
    if (!node || !id || !at) return;
    const pointer = toMapPoint(event.clientX, event.clientY);
    gesture.current = {
      id,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      offset: { x: at.x - pointer.x, y: at.y - pointer.y },
      dragging: false,
      element: node,
    };
    try {
      node.setPointerCapture(event.pointerId);
    } catch {
      // The pointer is already gone: the gesture ends with pointercancel.
    }
  }

  function handlePointerMove(event: PointerEvent<SVGSVGElement>) {
    const g = gesture.current;
    if (!g || g.pointerId !== event.pointerId || !onMove) return;
    if (!g.dragging) {
      if (Math.hypot(event.clientX - g.startX, event.clientY - g.startY) < DRAG_THRESHOLD) return;
      g.dragging = true;
    }
    pendingPointer.current = { x: event.clientX, y: event.clientY };
    // One render per frame however fast the pointer reports.
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      const current = gesture.current;
      const pointer = pendingPointer.current;
      if (!current || !pointer) return;
      const p = toMapPoint(pointer.x, pointer.y);
      setDrag({ id: current.id, x: p.x + current.offset.x, y: p.y + current.offset.y });
    });
  }

  function handlePointerUp(event: PointerEvent<SVGSVGElement>) {
    const g = gesture.current;
    if (!g || g.pointerId !== event.pointerId) return;
    endGesture();
    if (g.dragging && onMove) {
      const p = toMapPoint(event.clientX, event.clientY);
      onMove(g.id, pointToPlacement(p.x + g.offset.x, p.y + g.offset.y));
    } else {
      onSelect?.(g.id);
    }
  }

  function handlePointerCancel(event: PointerEvent<SVGSVGElement>) {
    if (gesture.current?.pointerId === event.pointerId) endGesture();
  }

  function handleClick(event: MouseEvent<SVGSVGElement>) {
    // Presses on persons are handled on pointerup; a click on the map itself clears the selection.
    if ((event.target as Element).closest('[data-person-id], [data-label-for], [data-dragging]')) return;
    if (interactive && selectedId !== null) onSelect?.(null);
  }

  function handleKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    if (event.key === 'Escape' && gesture.current) {
      endGesture();
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const id = (event.target as Element).closest('[data-person-id]')?.getAttribute('data-person-id');
    if (!id || !interactive) return;
    event.preventDefault();
    onSelect?.(id);
  }

  const personsById = useMemo(() => new Map(persons.map((p) => [p.id, p])), [persons]);
  const dragged = drag ? personsById.get(drag.id) : undefined;
  const liftedId = dragged ? dragged.id : null;

  return (
    <figure
      className={`nm-drawing nm-drawing--${variant}${className ? ` ${className}` : ''}`}
      data-testid="network-map-drawing"
    >
      <div className="nm-toolbar nm-no-print">
        <div className="nm-zoom" role="group" aria-label={t('drawing.zoom.group')}>
          <button type="button" className="button button-secondary" onClick={zoomControls.zoomIn}>
            {t('drawing.zoom.in')}
          </button>
          <button type="button" className="button button-secondary" onClick={zoomControls.zoomOut}>
            {t('drawing.zoom.out')}
          </button>
          <button type="button" className="button button-secondary" onClick={zoomControls.reset}>
            {t('drawing.zoom.reset')}
          </button>
        </div>
        <p className="nm-hint" id={hintId}>
          {onMove
            ? `${variant === 'child' ? t('drawing.dragHintChild') : t('drawing.dragHint')} ${t('drawing.hint')}`
            : t('drawing.hint')}
        </p>
      </div>
      <div className="nm-body">
        <svg
          ref={svgElement}
          className="nm-svg"
          viewBox={VIEW_BOX}
          data-export-viewbox={EXPORT_VIEW_BOX}
          // With focusable persons inside, the map is a group of buttons; a plain picture is an image.
          role={interactive ? 'group' : 'img'}
          aria-label={title}
          aria-describedby={interactive ? hintId : undefined}
          onPointerDown={handlePointerDown}
          onPointerMove={handlePointerMove}
          onPointerUp={handlePointerUp}
          onPointerCancel={handlePointerCancel}
          onLostPointerCapture={handlePointerCancel}
          onClick={handleClick}
          onKeyDown={handleKeyDown}
        >
          <title>{title}</title>
          <g ref={layerRef} className="nm-layer" data-zoom-layer="">
            <Backdrop metrics={metrics} texts={backdropTexts} />
            {drag && <DropTarget point={drag} sectorName={sectorName} ringName={ringName} metrics={metrics} />}
            <PersonsLayer
              persons={ordered}
              layout={layout}
              ties={ties}
              texts={texts}
              metrics={metrics}
              selectedId={selectedId}
              highlights={highlights}
              liftedId={liftedId}
              interactive={interactive}
              childName={childName}
            />
            {drag && dragged && (
              <DraggedPerson
                person={dragged}
                point={drag}
                layout={layout}
                ties={ties}
                texts={texts}
                metrics={metrics}
                selected={dragged.id === selectedId}
                highlight={highlights?.[dragged.id]}
              />
            )}
          </g>
          <ExportLegend variant={variant} highlights={highlightKinds} x={EXPORT_LEGEND_X} y={-VIEW_HALF + 60} />
        </svg>
        <DrawingLegend variant={variant} highlights={highlightKinds} />
      </div>
      <figcaption className="nm-caption">{title}</figcaption>
    </figure>
  );
}

// --- Parts -------------------------------------------------------------------------------------

/** Sectors, rings and their names: depends only on the variant and the language. */
const Backdrop = memo(function Backdrop({
  metrics,
  texts,
}: {
  metrics: DrawingMetrics;
  texts: { sectors: { sector: NetworkSector; name: string }[]; rings: { ring: NetworkRing; name: string }[] };
}) {
  const corner = VIEW_HALF - 12;
  const idPrefix = `nm${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <g className="nm-backdrop" aria-hidden="true">
      {texts.sectors.map(({ sector }) => (
        <path
          key={sector}
          className={`nm-sector nm-sector--${sector}`}
          d={bandPath(sector, CENTRE_RADIUS, OUTER_RADIUS)}
        />
      ))}
      {NETWORK_RINGS.map((ring) => (
        <circle key={ring} className="nm-ring" r={RING_BOUNDS[ring].outer} />
      ))}
      {NETWORK_SECTORS.map((sector) => {
        const { start } = sectorAngles(sector);
        const from = polarToPoint(start, CENTRE_RADIUS);
        const to = polarToPoint(start, OUTER_RADIUS);
        return <line key={sector} className="nm-sector-line" x1={from.x} y1={from.y} x2={to.x} y2={to.y} />;
      })}
      {texts.rings.map(({ ring, name }) => {
        // Along the inside of the ring's outer edge, at twelve o'clock, where the sector line leaves room.
        const radius = RING_BOUNDS[ring].outer - 5 - metrics.ringFontSize;
        const from = polarToPoint(-40, radius);
        const to = polarToPoint(40, radius);
        const pathId = `${idPrefix}-ring-${ring}`;
        return (
          <g key={ring}>
            <path
              id={pathId}
              className="nm-ring-label-path"
              d={`M${from.x} ${from.y}A${radius} ${radius} 0 0 1 ${to.x} ${to.y}`}
            />
            <text className="nm-ring-label" fontSize={metrics.ringFontSize}>
              <textPath href={`#${pathId}`} startOffset="50%">
                {name}
              </textPath>
            </text>
          </g>
        );
      })}
      {texts.sectors.map(({ sector, name }) => {
        const { middle } = sectorAngles(sector);
        const p = polarToPoint(middle, 1);
        const right = p.x > 0;
        const bottom = p.y > 0;
        return (
          <text
            key={sector}
            className="nm-sector-label"
            x={right ? corner : -corner}
            y={bottom ? corner : -corner + metrics.sectorFontSize}
            textAnchor={right ? 'end' : 'start'}
            fontSize={metrics.sectorFontSize}
          >
            {name}
          </text>
        );
      })}
    </g>
  );
});

/** Where a drop would land: the band under the dragged person, and its sector and ring in words. */
function DropTarget({
  point,
  sectorName,
  ringName,
  metrics,
}: {
  point: Point;
  sectorName: (s: NetworkSector) => string;
  ringName: (r: NetworkRing) => string;
  metrics: DrawingMetrics;
}) {
  const target = pointToPlacement(point.x, point.y);
  const { inner, outer } = RING_BOUNDS[target.ring];
  return (
    <g className="nm-drop-target" aria-hidden="true">
      <path d={bandPath(target.sector, inner, outer)} />
      <text
        className="nm-drop-label"
        x={point.x}
        y={point.y - metrics.nodeRadius - metrics.fontSize - 6}
        fontSize={metrics.fontSize}
      >
        {`${sectorName(target.sector)} · ${ringName(target.ring)}`}
      </text>
    </g>
  );
}

/** From the edge of the child's circle to the person's centre (the node covers the end). */
function childLineEnds(p: Point): [Point, Point] {
  return [pointTowards(ORIGIN, p, CENTRE_RADIUS), p];
}

interface PersonsLayerProps {
  persons: DrawingPerson[];
  layout: Map<string, Point>;
  ties: MapTie[];
  texts: Map<string, NodeTexts>;
  metrics: DrawingMetrics;
  selectedId: string | null;
  highlights: Record<string, Highlight> | undefined;
  liftedId: string | null;
  interactive: boolean;
  childName: string;
}

/** Everything but the dragged copy. Memoised: it renders again when the data change, not while dragging. */
const PersonsLayer = memo(function PersonsLayer({
  persons,
  layout,
  ties,
  texts,
  metrics,
  selectedId,
  highlights,
  liftedId,
  interactive,
  childName,
}: PersonsLayerProps) {
  return (
    <>
      <g className="nm-lines" aria-hidden="true">
        {persons.map((p) => {
          const at = layout.get(p.id);
          if (!at) return null;
          const [from, to] = childLineEnds(at);
          const removed = highlights?.[p.id] === 'removed';
          return (
            <RelationLine
              key={p.id}
              from={from}
              to={to}
              quality={p.placement.quality}
              kind="child"
              className={p.id === liftedId ? 'nm-line--lifted' : removed ? 'nm-line--removed' : undefined}
            />
          );
        })}
      </g>
      <g className="nm-ties" aria-hidden="true">
        {ties.map((tie) => {
          const a = layout.get(tie.fromId);
          const b = layout.get(tie.toId);
          if (!a || !b) return null;
          const lifted = tie.fromId === liftedId || tie.toId === liftedId;
          return (
            <RelationLine
              key={tie.id}
              from={a}
              to={b}
              quality={tie.quality}
              kind="tie"
              className={lifted ? 'nm-line--lifted' : undefined}
            />
          );
        })}
      </g>
      <g className="nm-centre">
        <title>{childName}</title>
        <circle r={CENTRE_RADIUS} />
        <text y={metrics.centreFontSize * 0.35} fontSize={metrics.centreFontSize}>
          {truncateLabel(childName, 10)}
        </text>
      </g>
      <g className="nm-nodes" fontSize={metrics.fontSize}>
        {persons.map((p) => {
          const at = layout.get(p.id);
          const nodeTexts = texts.get(p.id);
          if (!at || !nodeTexts) return null;
          return (
            <PersonNode
              key={p.id}
              person={p}
              point={at}
              metrics={metrics}
              texts={nodeTexts}
              selected={p.id === selectedId}
              highlight={highlights?.[p.id]}
              interactive={interactive}
              state={p.id === liftedId ? 'lifted' : 'normal'}
            />
          );
        })}
      </g>
    </>
  );
});

/** The copy of the dragged person under the pointer, with its line to the child and its ties. */
function DraggedPerson({
  person,
  point,
  layout,
  ties,
  texts,
  metrics,
  selected,
  highlight,
}: {
  person: DrawingPerson;
  point: Point;
  layout: Map<string, Point>;
  ties: MapTie[];
  texts: Map<string, NodeTexts>;
  metrics: DrawingMetrics;
  selected: boolean;
  highlight: Highlight | undefined;
}) {
  const nodeTexts = texts.get(person.id);
  if (!nodeTexts) return null;
  const [from, to] = childLineEnds(point);
  const at = { x: point.x, y: point.y };
  return (
    <g className="nm-dragged" aria-hidden="true" fontSize={metrics.fontSize}>
      <RelationLine from={from} to={to} quality={person.placement.quality} kind="child" />
      {ties.map((tie) => {
        const otherId = tie.fromId === person.id ? tie.toId : tie.toId === person.id ? tie.fromId : null;
        const other = otherId ? layout.get(otherId) : undefined;
        if (!other) return null;
        return <RelationLine key={tie.id} from={at} to={other} quality={tie.quality} kind="tie" />;
      })}
      <PersonNode
        person={person}
        point={at}
        metrics={metrics}
        texts={nodeTexts}
        selected={selected}
        highlight={highlight}
        interactive={false}
        state="dragging"
      />
    </g>
  );
}
