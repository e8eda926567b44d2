import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../ui/StatusMessage';
import { downloadPng, downloadSvg, fileSafeName } from './export';
import './drawing.css';

interface DrawingExportButtonsProps {
  /** The drawing's svg (NetworkMapDrawing's `svgRef`). */
  svgRef: RefObject<SVGSVGElement | null>;
  /** The file name without extension, e.g. "netvaerkskort-emma-version-3" (made safe for file systems). */
  fileBaseName: string;
}

/** "Hent som SVG" and "Hent som PNG": the drawing as a file, looking as it does on the page. */
export function DrawingExportButtons({ svgRef, fileBaseName }: DrawingExportButtonsProps) {
  const { t } = useTranslation('networkMaps');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const name = fileSafeName(fileBaseName);

  function saveSvg() {
    const svg = svgRef.current;
    if (!svg) return;
    setFailed(false);
    downloadSvg(svg, `${name}.svg`);
  }

  async function savePng() {
    const svg = svgRef.current;
    if (!svg || busy) return;
    setBusy(true);
    setFailed(false);
    try {
      await downloadPng(svg, `${name}.png`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="nm-export nm-no-print">
      <div className="nm-export-buttons" role="group" aria-label={t('drawing.export.group')}>
        <button type="button" className="button button-secondary" onClick={saveSvg}>
          {t('drawing.export.svg')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void savePng()} aria-disabled={busy}>
          {t('drawing.export.png')}
        </button>
      </div>
      <StatusMessage busy={busy}>{busy ? t('drawing.export.working') : ''}</StatusMessage>
      {failed && (
        <p className="nm-export-error" role="alert">
          {t('drawing.export.pngError')}
        </p>
      )}
    </div>
  );
}
