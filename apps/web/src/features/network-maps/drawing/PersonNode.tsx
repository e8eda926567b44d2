import { memo } from 'react';
import type { Point } from './geometry';
import type { DrawingMetrics } from './metrics';
import type { DrawingPerson, Highlight } from './NetworkMapDrawing';

/** The words drawn for and read out about one person, worked out once per person by the drawing. */
export interface NodeTexts {
  /** The accessible name: name, relation, sector, ring, quality and any markers. */
  aria: string;
  /** The tooltip (<title>): the full name and relation, and any markers. */
  title: string;
  /** The name as drawn: truncated. */
  label: string;
  /** The relation as drawn under the name, or null when there is no room for it. */
  relation: string | null;
  /** The word on a version comparison's highlight ("Ny", "Flyttet" …). */
  badge: string | null;
}

/** `lifted`: being dragged (a faint ghost stays where it was); `dragging`: the copy under the pointer. */
export type NodeState = 'normal' | 'lifted' | 'dragging';

/** The node's outline: a circle for a private person, a rounded square for a professional. */
export function NodeShape({
  professional,
  radius,
  className,
}: {
  professional: boolean;
  radius: number;
  className: string;
}) {
  if (!professional) return <circle className={className} r={radius} />;
  const half = radius * 0.9;
  return <rect className={className} x={-half} y={-half} width={2 * half} height={2 * half} rx={radius * 0.3} />;
}

/** The risk marker: a warning triangle with "!" (never colour alone). */
export function DoNotContactMarker({ x, y, size }: { x: number; y: number; size: number }) {
  const h = size / 2;
  return (
    <g className="nm-marker nm-marker--do-not-contact" transform={`translate(${x} ${y})`}>
      <path d={`M0 ${-h}L${h * 1.1} ${h * 0.85}L${-h * 1.1} ${h * 0.85}Z`} />
      {/* "!" drawn, not written: it is a sign, and the words are in the accessible name. */}
      <line x1={0} y1={-h * 0.35} x2={0} y2={h * 0.25} />
      <circle cy={h * 0.55} r={size * 0.06} />
    </g>
  );
}

/** "May not be contacted now": a small circle with a bar across (no entry). */
export function ContactBlockedMarker({ x, y, size }: { x: number; y: number; size: number }) {
  const r = size / 2;
  return (
    <g className="nm-marker nm-marker--contact-blocked" transform={`translate(${x} ${y})`}>
      <circle r={r} />
      <line x1={-r * 0.6} y1={0} x2={r * 0.6} y2={0} />
    </g>
  );
}

interface PersonNodeProps {
  person: DrawingPerson;
  point: Point;
  metrics: DrawingMetrics;
  texts: NodeTexts;
  selected: boolean;
  highlight: Highlight | undefined;
  /** Focusable and selectable: role=button, in the tab order. */
  interactive: boolean;
  state: NodeState;
}

/** One person on the map. Memoised: during a drag only the dragged copy renders again. */
export const PersonNode = memo(function PersonNode({
  person,
  point,
  metrics,
  texts,
  selected,
  highlight,
  interactive,
  state,
}: PersonNodeProps) {
  const r = metrics.nodeRadius;
  const professional = person.isProfessional;
  const focusable = interactive && state !== 'dragging';
  const classes = ['nm-node', professional ? 'nm-node--professional' : 'nm-node--private'];
  if (selected) classes.push('nm-node--selected');
  if (highlight) classes.push(`nm-node--${highlight}`);
  if (state !== 'normal') classes.push(`nm-node--${state}`);
  const markerSize = Math.max(11, r * 0.85);
  const showDoNotContact = metrics.markers && person.doNotContact === true;
  const showBlocked = metrics.markers && !showDoNotContact && person.contactBlocked === true;
  // The focusable part holds the shapes only; the words drawn sit beside it, hidden from assistive
  // technology: the accessible name (aria-label) already starts with the full name and says them all.
  // The outer group only places them (role none: its <title> is the tooltip, not a name). Both parts
  // are scaled by drawing.css from the zoom (--nm-node-scale): zooming in spreads crowded persons.
  return (
    <g
      className={classes.join(' ')}
      transform={`translate(${point.x} ${point.y})`}
      role="none"
      data-dragging={state === 'dragging' ? person.id : undefined}
      aria-hidden={state === 'dragging' ? true : undefined}
    >
      <title>{texts.title}</title>
      <g
        className="nm-node-hit"
        data-person-id={state === 'dragging' ? undefined : person.id}
        tabIndex={focusable ? 0 : undefined}
        role={focusable ? 'button' : undefined}
        aria-label={focusable ? texts.aria : undefined}
        aria-pressed={focusable ? selected : undefined}
      >
        {highlight && (
          <NodeShape professional={professional} radius={r + 6} className={`nm-highlight nm-highlight--${highlight}`} />
        )}
        {selected && <NodeShape professional={professional} radius={r + 6} className="nm-selection" />}
        <NodeShape professional={professional} radius={r} className="nm-node-shape" />
        {showDoNotContact && <DoNotContactMarker x={r * 0.85} y={-r * 0.85} size={markerSize} />}
        {showBlocked && <ContactBlockedMarker x={r * 0.85} y={-r * 0.85} size={markerSize * 0.85} />}
      </g>
      <g className="nm-node-texts" data-label-for={state === 'dragging' ? undefined : person.id} aria-hidden="true">
        {/* font-size: inherited from the layer (one attribute, not 150). */}
        <text className="nm-node-label" y={r + metrics.fontSize}>
          {texts.label}
        </text>
        {texts.relation !== null && (
          <text
            className="nm-node-relation"
            y={r + metrics.fontSize + metrics.relationFontSize * 1.15}
            fontSize={metrics.relationFontSize}
          >
            {texts.relation}
          </text>
        )}
        {texts.badge !== null && (
          <text className={`nm-badge nm-badge--${highlight}`} y={-r - 12} fontSize={metrics.relationFontSize + 1}>
            {texts.badge}
          </text>
        )}
      </g>
    </g>
  );
});
