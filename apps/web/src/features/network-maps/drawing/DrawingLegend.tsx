import { RelationQuality } from '@inddrag/contracts';
import { memo, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactBlockedMarker, DoNotContactMarker, NodeShape } from './PersonNode';
import { RelationLine } from './RelationLine';
import type { DrawingVariant } from './metrics';
import type { Highlight } from './NetworkMapDrawing';

export const HIGHLIGHT_KINDS: readonly Highlight[] = ['added', 'removed', 'moved', 'changed'];

/** The legend's entries, in the words of the variant; shared by the page's list and the exported file. */
export function useLegendEntries(variant: DrawingVariant, highlights: readonly Highlight[]) {
  const { t } = useTranslation('networkMaps');
  const quality = (q: RelationQuality) =>
    variant === 'child' ? t(`drawing.childQuality.${q}`) : t(`maps.quality.${q}`);
  return {
    heading: variant === 'child' ? t('drawing.legend.childHeading') : t('drawing.legend.heading'),
    lines: RelationQuality.options.map((q) => ({ quality: q, text: quality(q) })),
    tie: t('drawing.legend.tie'),
    private: t('drawing.private'),
    professional: t('drawing.professional'),
    markers:
      variant === 'child'
        ? []
        : [
            { kind: 'doNotContact' as const, text: t('drawing.doNotContact') },
            { kind: 'contactBlocked' as const, text: t('drawing.contactBlocked') },
          ],
    highlights: highlights.map((h) => ({ kind: h, text: t(`drawing.highlight.${h}`) })),
  };
}

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="nm-swatch" viewBox="0 0 44 24" width="44" height="24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** The legend beside the drawing, as an HTML list: line styles, shapes, markers and highlights. */
export const DrawingLegend = memo(function DrawingLegend({
  variant,
  highlights,
}: {
  variant: DrawingVariant;
  highlights: readonly Highlight[];
}) {
  const entries = useLegendEntries(variant, highlights);
  const headingId = useId();
  return (
    <div className="nm-legend">
      <p className="nm-legend-heading" id={headingId}>
        {entries.heading}
      </p>
      <ul className="nm-legend-list nobullet-list" aria-labelledby={headingId}>
        {entries.lines.map(({ quality, text }) => (
          <li key={quality}>
            <Swatch>
              <RelationLine from={{ x: 2, y: 12 }} to={{ x: 42, y: 12 }} quality={quality} kind="child" />
            </Swatch>
            <span>{text}</span>
          </li>
        ))}
        <li>
          <Swatch>
            <RelationLine from={{ x: 2, y: 12 }} to={{ x: 42, y: 12 }} quality="SUPPORTIVE" kind="tie" />
          </Swatch>
          <span>{entries.tie}</span>
        </li>
        <li>
          <Swatch>
            <g transform="translate(22 12)" className="nm-node nm-node--private">
              <NodeShape professional={false} radius={9} className="nm-node-shape" />
            </g>
          </Swatch>
          <span>{entries.private}</span>
        </li>
        <li>
          <Swatch>
            <g transform="translate(22 12)" className="nm-node nm-node--professional">
              <NodeShape professional radius={9} className="nm-node-shape" />
            </g>
          </Swatch>
          <span>{entries.professional}</span>
        </li>
        {entries.markers.map(({ kind, text }) => (
          <li key={kind}>
            <Swatch>
              {kind === 'doNotContact' ? (
                <DoNotContactMarker x={22} y={12} size={16} />
              ) : (
                <ContactBlockedMarker x={22} y={12} size={14} />
              )}
            </Swatch>
            <span>{text}</span>
          </li>
        ))}
        {entries.highlights.map(({ kind, text }) => (
          <li key={kind}>
            <Swatch>
              <g transform="translate(22 12)">
                <NodeShape professional={false} radius={9} className={`nm-highlight nm-highlight--${kind}`} />
              </g>
            </Swatch>
            <span>{text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
});

/**
 * The same legend inside the svg, shown only in a downloaded file (the page shows the HTML list), so
 * the file explains itself. Hidden on screen and in print by drawing.css; svgMarkup shows it.
 */
export const ExportLegend = memo(function ExportLegend({
  variant,
  highlights,
  x,
  y,
}: {
  variant: DrawingVariant;
  highlights: readonly Highlight[];
  x: number;
  y: number;
}) {
  const entries = useLegendEntries(variant, highlights);
  const rowHeight = 34;
  const rows: { key: string; swatch: ReactNode; text: string }[] = [
    ...entries.lines.map(({ quality, text }) => ({
      key: quality,
      swatch: <RelationLine from={{ x: 0, y: 0 }} to={{ x: 56, y: 0 }} quality={quality} kind="child" />,
      text,
    })),
    {
      key: 'tie',
      swatch: <RelationLine from={{ x: 0, y: 0 }} to={{ x: 56, y: 0 }} quality="SUPPORTIVE" kind="tie" />,
      text: entries.tie,
    },
    {
      key: 'private',
      swatch: (
        <g transform="translate(28 0)" className="nm-node nm-node--private">
          <NodeShape professional={false} radius={11} className="nm-node-shape" />
        </g>
      ),
      text: entries.private,
    },
    {
      key: 'professional',
      swatch: (
        <g transform="translate(28 0)" className="nm-node nm-node--professional">
          <NodeShape professional radius={11} className="nm-node-shape" />
        </g>
      ),
      text: entries.professional,
    },
    ...entries.markers.map(({ kind, text }) => ({
      key: kind,
      swatch:
        kind === 'doNotContact' ? (
          <DoNotContactMarker x={28} y={0} size={18} />
        ) : (
          <ContactBlockedMarker x={28} y={0} size={15} />
        ),
      text,
    })),
    ...entries.highlights.map(({ kind, text }) => ({
      key: kind,
      swatch: (
        <g transform="translate(28 0)">
          <NodeShape professional={false} radius={11} className={`nm-highlight nm-highlight--${kind}`} />
        </g>
      ),
      text,
    })),
  ];
  return (
    <g className="nm-export-legend" data-export-only="" transform={`translate(${x} ${y})`} aria-hidden="true">
      <text className="nm-export-legend-heading" y={0}>
        {entries.heading}
      </text>
      {rows.map((row, i) => (
        <g key={row.key} transform={`translate(0 ${40 + i * rowHeight})`}>
          {row.swatch}
          <text className="nm-export-legend-text" x={70} y={5}>
            {row.text}
          </text>
        </g>
      ))}
    </g>
  );
});
