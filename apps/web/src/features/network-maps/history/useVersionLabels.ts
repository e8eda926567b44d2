import type { MapVersionMeta } from '@inddrag/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';

type Meta = Pick<MapVersionMeta, 'number' | 'occasion' | 'occasionNote' | 'createdAt'>;

/** How a version is named on the history page: "Version 2 (BFU, 24.11.2026)", "Andet: Skolestart". */
export function useVersionLabels() {
  const { t } = useTranslation('networkMaps');
  const format = useFormatters();
  return useMemo(
    () => ({
      /** The occasion with its note, for the list of versions. */
      occasion: (meta: Meta) => {
        const occasion = t(`maps.occasion.${meta.occasion}`);
        return meta.occasionNote
          ? t('history.versions.occasionWithNote', { occasion, note: meta.occasionNote })
          : occasion;
      },
      /** The version's short name: in the selects and as a drawing's caption. */
      title: (meta: Meta) =>
        t('history.compare.figure', {
          number: meta.number,
          occasion: t(`maps.occasion.${meta.occasion}`),
          date: format.date(meta.createdAt),
        }),
    }),
    [t, format],
  );
}
