import { estimateTextWidth, type NodeMetrics } from './geometry';

/** Sizes of what is drawn, in viewBox units (the drawing is 1000 units wide). */
export interface DrawingMetrics extends NodeMetrics {
  fontSize: number;
  relationFontSize: number;
  /** Names longer than this are cut with "…" (the full name is in the tooltip and the accessible name). */
  labelChars: number;
  /** Risk and contact markers are drawn (not in the child's view). */
  markers: boolean;
  centreFontSize: number;
  sectorFontSize: number;
  ringFontSize: number;
}

export type DrawingVariant = 'full' | 'child';

/** Relations are drawn under the names only while there is room for them. */
export const RELATION_TEXT_MAX_PERSONS = 40;
/** Up to this many persons, nodes and names are drawn large. */
export const SPACIOUS_PERSONS = 25;
/** From this many persons names are drawn shorter and smaller (zooming in spreads them out). */
export const CROWDED_PERSONS = 60;

/**
 * The sizes for a variant and a set of labels. `longestLabel` is the longest name (in characters)
 * that will be drawn; labels shorter than the limit let persons sit closer together.
 */
export function drawingMetrics(
  variant: DrawingVariant,
  longestLabel: number,
  withRelation: boolean,
  personCount = 0,
): DrawingMetrics {
  if (variant === 'child') {
    const fontSize = 22;
    const labelChars = 14;
    return {
      nodeRadius: 24,
      fontSize,
      relationFontSize: 16,
      labelChars,
      labelWidth: estimateTextWidth(Math.min(labelChars, longestLabel), fontSize),
      labelHeight: fontSize * 1.3,
      markers: false,
      centreFontSize: 26,
      sectorFontSize: 24,
      ringFontSize: 16,
    };
  }
  // Fewer persons, more room: bigger nodes and names.
  const tier = personCount >= CROWDED_PERSONS ? 2 : personCount > SPACIOUS_PERSONS ? 1 : 0;
  const fontSize = [15, 13, 11][tier] as number;
  const relationFontSize = [12.5, 11, 10][tier] as number;
  const labelChars = [18, 16, 13][tier] as number;
  return {
    nodeRadius: [15, 13, 11][tier] as number,
    fontSize,
    relationFontSize,
    labelChars,
    labelWidth: estimateTextWidth(Math.min(labelChars, longestLabel), fontSize),
    labelHeight: fontSize * 1.25 + (withRelation ? relationFontSize * 1.2 : 0),
    markers: true,
    centreFontSize: 22,
    sectorFontSize: 21,
    ringFontSize: 14,
  };
}
