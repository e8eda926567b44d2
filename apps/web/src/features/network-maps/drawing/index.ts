export {
  NetworkMapDrawing,
  type DrawingPerson,
  type Highlight,
  type NetworkMapDrawingProps,
} from './NetworkMapDrawing';
export { DrawingExportButtons } from './DrawingExportButtons';
export { PrintButton } from './PrintButton';
export { downloadPng, downloadSvg, svgMarkup } from './export';
export { placementToPoint, pointToPlacement, spreadPositions } from './geometry';
