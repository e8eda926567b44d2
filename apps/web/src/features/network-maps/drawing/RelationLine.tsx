import type { RelationQuality } from '@inddrag/contracts';
import { memo } from 'react';
import { offsetSegment, zigzagPath, type Point } from './geometry';

/** Line sizes for the line from the child (`child`) and for lines between persons (`tie`). */
const SIZES = {
  child: { amplitude: 4.5, wavelength: 12, parallel: 2.6 },
  tie: { amplitude: 3, wavelength: 9, parallel: 1.8 },
} as const;

export type LineKind = keyof typeof SIZES;

/**
 * A relation drawn by its quality, so the line's shape carries the meaning and colour only repeats
 * it: SUPPORTIVE solid, TENUOUS dashed, STRESSFUL zig-zag, MIXED a solid and a zig-zag line side by side.
 */
export const RelationLine = memo(function RelationLine({
  from,
  to,
  quality,
  kind,
  className,
}: {
  from: Point;
  to: Point;
  quality: RelationQuality;
  kind: LineKind;
  className?: string | undefined;
}) {
  const size = SIZES[kind];
  const base = `nm-line nm-line--${kind}${className ? ` ${className}` : ''}`;
  switch (quality) {
    case 'SUPPORTIVE':
      return <line className={`${base} nm-line--supportive`} x1={from.x} y1={from.y} x2={to.x} y2={to.y} />;
    case 'TENUOUS':
      return <line className={`${base} nm-line--tenuous`} x1={from.x} y1={from.y} x2={to.x} y2={to.y} />;
    case 'STRESSFUL':
      return (
        <path className={`${base} nm-line--stressful`} d={zigzagPath(from, to, size.amplitude, size.wavelength)} />
      );
    case 'MIXED': {
      const [a1, b1] = offsetSegment(from, to, size.parallel);
      // The zig-zag's teeth stay clear of the straight line.
      const [a2, b2] = offsetSegment(from, to, -(size.amplitude + size.parallel / 2));
      return (
        <g className={`${base} nm-line--mixed`}>
          <line className="nm-line-part nm-line--supportive" x1={a1.x} y1={a1.y} x2={b1.x} y2={b1.y} />
          <path className="nm-line-part nm-line--stressful" d={zigzagPath(a2, b2, size.amplitude, size.wavelength)} />
        </g>
      );
    }
  }
});
