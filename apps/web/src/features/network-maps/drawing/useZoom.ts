import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { VIEW_HALF } from './geometry';

const SCALE_STEP = 1.5;

/**
 * How much persons shrink (in map units) at a zoom: zoomed in, they grow more slowly than the map, so
 * crowded persons move apart while their names stay readable. Zoomed out, they shrink with the map.
 */
export function nodeScale(k: number): number {
  return k <= 1 ? 1 : Math.pow(k, -0.75);
}

export interface ZoomControls {
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
}

/**
 * Pan and zoom with d3-zoom on the svg (wheel, pinch, dragging the background, double-click). The
 * transform is written straight onto the layer's `transform` attribute, so panning never re-renders
 * React. Gestures that start on a person are left to the drawing's own drag.
 */
export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  layerRef: RefObject<SVGGElement | null>,
): ZoomControls {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    const layer = layerRef.current;
    if (!svg || !layer) return;
    const margin = VIEW_HALF;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 8])
      .translateExtent([
        [-VIEW_HALF - margin, -VIEW_HALF - margin],
        [VIEW_HALF + margin, VIEW_HALF + margin],
      ])
      .filter((event: Event) => {
        // The wheel zooms anywhere; presses on a person belong to the drawing's drag and select.
        if (event.type === 'wheel') return true;
        const target = event.target as Element | null;
        if (target?.closest?.('[data-person-id], [data-label-for]')) return false;
        const mouse = event as MouseEvent;
        return !mouse.ctrlKey && !mouse.button;
      })
      .on('zoom', (event: { transform: { k: number; toString(): string } }) => {
        layer.setAttribute('transform', event.transform.toString());
        layer.style.setProperty('--nm-node-scale', String(nodeScale(event.transform.k)));
      });
    behaviour.current = z;
    const selection = select(svg);
    selection.call(z);
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svgRef, layerRef]);

  const apply = useCallback(
    (action: (z: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => {
      const svg = svgRef.current;
      if (svg && behaviour.current) action(behaviour.current, svg);
    },
    [svgRef],
  );

  return {
    zoomIn: useCallback(() => apply((z, svg) => z.scaleBy(select(svg), SCALE_STEP)), [apply]),
    zoomOut: useCallback(() => apply((z, svg) => z.scaleBy(select(svg), 1 / SCALE_STEP)), [apply]),
    reset: useCallback(() => apply((z, svg) => z.transform(select(svg), zoomIdentity)), [apply]),
  };
}
