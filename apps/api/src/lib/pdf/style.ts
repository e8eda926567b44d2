/** The printed documents' typography, in points (1 cm ≈ 28.35 pt). */
export const PAGE = {
  size: 'A4',
  margin: { top: 57, right: 57, bottom: 74, left: 57 },
  /** Baseline area of the footer, inside the bottom margin. */
  footerY: 842 - 50,
} as const;

export const TEXT = {
  body: 11.5,
  small: 9.5,
  title: 20,
  heading: 14,
  lineGap: 2.5,
  color: '#1a1a1a',
  muted: '#4d4d4d',
  rule: '#8c8c8c',
  tableHead: '#ececec',
} as const;

export const SPACE = {
  afterParagraph: 8,
  beforeHeading: 12,
  afterHeading: 5,
  listIndent: 16,
  cellPadding: 5,
} as const;
