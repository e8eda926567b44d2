import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/**
 * Source Sans 3 (SIL Open Font License; the licence travels in the package as LICENSE_FONT),
 * shipped as TTF files inside an npm package so nothing is fetched at run time. It covers Latin
 * with its extensions, Greek and Cyrillic: æ ø å, é, – and “ ”, and the names of families whose
 * language is Polish, Turkish or Vietnamese. The PDF embeds only the glyphs it uses.
 */
const PACKAGE = '@expo-google-fonts/source-sans-3';
const FILES = {
  regular: '400Regular/SourceSans3_400Regular.ttf',
  bold: '700Bold/SourceSans3_700Bold.ttf',
} as const;

export type FontWeight = keyof typeof FILES;

const require = createRequire(import.meta.url);
const cache = new Map<FontWeight, Font>();

/**
 * The parsed font, shared by every document this process renders: pdfkit would otherwise parse
 * the font's tables again for each PDF, which was most of a PDF's render time. (Each document
 * still makes its own subset of the glyphs it uses.)
 */
export function parsedFont(weight: FontWeight): Font {
  let font = cache.get(weight);
  if (!font) {
    const parsed = create(readFileSync(require.resolve(`${PACKAGE}/${FILES[weight]}`)));
    if (!('layout' in parsed)) throw new Error(`${FILES[weight]} is a font collection, not a font`);
    font = parsed;
    cache.set(weight, font);
  }
  return font;
}
