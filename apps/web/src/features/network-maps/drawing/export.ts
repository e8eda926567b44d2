/*
 * Export of the drawing as a standalone SVG file or a PNG image. The page styles the drawing with
 * drawing.css (the app's CSP allows no inline <style>), so the export copies each element's computed
 * style onto the copy as presentation attributes: the file looks the same without the stylesheet.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The properties that decide how the drawing looks. All but opacity inherit, so each is written where
 * its value differs from the parent's (everything on the root); opacity where it is not 1.
 */
const INHERITED_PROPERTIES: readonly string[] = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'paint-order',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
];

/** What a computed style looks like to the copier; window.getComputedStyle in the browser. */
export type StyleOf = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/** The viewBox of a downloaded file: the drawing's `data-export-viewbox` (map + legend) or its own. */
export function exportViewBox(svg: Element): { x: number; y: number; width: number; height: number } {
  const raw = svg.getAttribute('data-export-viewbox') ?? svg.getAttribute('viewBox') ?? '0 0 1000 1000';
  const [x = 0, y = 0, width = 1000, height = 1000] = raw
    .trim()
    .split(/[\s,]+/)
    .map(Number)
    .map((n) => (Number.isFinite(n) ? n : 0));
  return { x, y, width, height };
}

/**
 * The drawing as a standalone SVG document: the computed styles inlined as presentation attributes,
 * the zoom and pan undone, the export-only legend shown, things hidden on screen left out, a white
 * background, and its size in pixels.
 */
export function svgMarkup(svg: SVGSVGElement, styleOf: StyleOf = (el) => getComputedStyle(el)): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // Styles as at no zoom: lines and persons are sized from the zoom (--nm-node-scale) on screen.
  const layers = Array.from(svg.querySelectorAll<SVGElement>('[data-zoom-layer]'));
  const scales = layers.map((layer) => layer.style.getPropertyValue('--nm-node-scale'));
  for (const layer of layers) layer.style.setProperty('--nm-node-scale', '1');
  try {
    inlineStyles(svg, copy, styleOf, null);
  } finally {
    layers.forEach((layer, i) => layer.style.setProperty('--nm-node-scale', scales[i] ?? ''));
  }

  for (const layer of copy.querySelectorAll('[data-zoom-layer]')) layer.removeAttribute('transform');
  for (const el of copy.querySelectorAll('[style]')) el.removeAttribute('style');
  for (const el of copy.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  for (const el of copy.querySelectorAll('[role="button"]')) el.removeAttribute('role');
  for (const el of copy.querySelectorAll('[aria-pressed]')) el.removeAttribute('aria-pressed');
  copy.removeAttribute('aria-describedby');
  copy.removeAttribute('class');
  copy.setAttribute('role', 'img');

  const box = exportViewBox(svg);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  copy.removeAttribute('data-export-viewbox');
  copy.removeAttribute('style');

  const doc = copy.ownerDocument;
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('x', String(box.x));
  background.setAttribute('y', String(box.y));
  background.setAttribute('width', String(box.width));
  background.setAttribute('height', String(box.height));
  background.setAttribute('fill', '#ffffff');
  const title = copy.querySelector(':scope > title');
  copy.insertBefore(background, title ? title.nextSibling : copy.firstChild);

  const markup = new XMLSerializer().serializeToString(copy);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}

/**
 * Copies computed styles from the live tree onto its clone, element by element (both trees have the
 * same shape). Elements not displayed are removed, except the export-only parts, which are shown.
 */
function inlineStyles(
  source: Element,
  target: Element,
  styleOf: StyleOf,
  parent: ReadonlyMap<string, string> | null,
): void {
  const style = styleOf(source);
  const values = new Map<string, string>();
  for (const property of INHERITED_PROPERTIES) {
    const value = style.getPropertyValue(property).trim();
    values.set(property, value);
    if (value !== '' && (parent === null || parent.get(property) !== value)) target.setAttribute(property, value);
  }
  const opacity = style.getPropertyValue('opacity').trim();
  if (opacity !== '' && opacity !== '1') target.setAttribute('opacity', opacity);
  if (source.hasAttribute('data-export-only')) target.setAttribute('display', 'inline');
  target.removeAttribute('class');

  const targetChildren = Array.from(target.children);
  Array.from(source.children).forEach((child, i) => {
    const copy = targetChildren[i];
    if (!copy || child.localName === 'title' || child.localName === 'desc') return;
    const display = styleOf(child).getPropertyValue('display').trim();
    if (display === 'none' && !child.hasAttribute('data-export-only')) {
      copy.remove();
      return;
    }
    inlineStyles(child, copy, styleOf, values);
  });
}

/** Starts a download of a blob under a file name. */
function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the drawing as an SVG file. */
export function downloadSvg(svg: SVGSVGElement, filename: string): void {
  download(new Blob([svgMarkup(svg)], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** The drawing as a PNG, `scale` pixels per drawing unit: an <img> of the SVG drawn onto a canvas. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const box = exportViewBox(svg);
  const url = URL.createObjectURL(new Blob([svgMarkup(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The SVG image could not be loaded'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(box.width * scale);
    canvas.height = Math.round(box.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads the drawing as a PNG image. Rejects when the browser cannot make it. */
export async function downloadPng(svg: SVGSVGElement, filename: string, scale = 2): Promise<void> {
  download(await svgToPng(svg, scale), filename);
}

/** A file name from words: lower case, no spaces or characters file systems dislike. */
export function fileSafeName(text: string): string {
  return (
    text
      .replace(/æ/gi, 'ae')
      .replace(/ø/gi, 'oe')
      .replace(/å/gi, 'aa')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-zA-Z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'netvaerkskort'
  );
}
