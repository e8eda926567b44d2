import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Reads a rendered PDF back for tests (pdfjs-dist is a dev dependency: never import this from
 * production code). Features' tests can use it to check what their letters and minutes say.
 */
export interface ReadPdf {
  pages: string[];
  /** All pages' text, one line per text line. */
  text: string;
  info: Record<string, unknown>;
  xmpTitle: string | null;
  marked: boolean;
  /** The structure tree's roles in reading order, e.g. ['Document', 'H1', 'P', …]. */
  roles: string[];
  /** Per page, the text marked as an artifact (page numbers, repeated table heads). */
  artifacts: string[];
  /** Per page, text that is neither structure content nor an artifact: a tagged PDF has none. */
  unmarked: string[];
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    const artifacts: string[] = [];
    const unmarked: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const split = splitByMarking((await page.getTextContent({ includeMarkedContent: true })).items);
      pages.push(split.all);
      artifacts.push(split.artifacts);
      unmarked.push(split.unmarked);
    }
    // pdf.js hands each page the whole tree under the elements it touches: the first page's is
    // the document's.
    const tree = (await (await pdf.getPage(1)).getStructTree()) as StructNode | null;
    const metadata = await pdf.getMetadata();
    const markInfo = (await pdf.getMarkInfo()) as { Marked?: boolean } | null;
    return {
      pages,
      text: pages.join('\n'),
      info: metadata.info as Record<string, unknown>,
      xmpTitle: metadata.metadata?.get('dc:title') ?? null,
      marked: markInfo?.Marked === true,
      roles: tree ? flatten(tree) : [],
      artifacts,
      unmarked,
    };
  } finally {
    await pdf.destroy();
  }
}

interface ContentItem {
  type?: string;
  tag?: string;
  str?: string;
  hasEOL?: boolean;
}

function splitByMarking(items: ContentItem[]) {
  const open: string[] = [];
  let all = '';
  let artifacts = '';
  let unmarked = '';
  for (const item of items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      open.push(item.tag ?? '');
    } else if (item.type === 'endMarkedContent') {
      open.pop();
    } else if (item.str !== undefined) {
      const text = item.str + (item.hasEOL ? '\n' : '');
      all += text;
      if (open.includes('Artifact')) artifacts += text;
      else if (open.length === 0) unmarked += text;
    }
  }
  return { all, artifacts, unmarked: unmarked.trim() };
}

function flatten(node: StructNode): string[] {
  const own = node.role && node.role !== 'Root' ? [node.role] : [];
  return [...own, ...(node.children ?? []).flatMap(flatten)];
}
