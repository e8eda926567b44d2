import { useTranslation } from 'react-i18next';
import { labelWordsIn, readability } from './writingHints';

/**
 * Guidance under a text field of a concern statement or goal: a label word to replace with the
 * concrete behaviour (only where `checkLabels`), and how readable the text is (LIX).
 */
export function WritingHints({ text, checkLabels = false, id }: { text: string; checkLabels?: boolean; id: string }) {
  const { t } = useTranslation('concerns');
  const labels = checkLabels ? labelWordsIn(text) : [];
  const lix = readability(text);
  if (labels.length === 0 && !lix) return null;
  return (
    <div className="concern-writing-hints" id={id} aria-live="polite">
      {labels.length > 0 && (
        <p className="concern-label-hint" data-testid="label-word-hint">
          {t('form.labelWords', { words: labels.join('", "') })}
        </p>
      )}
      {lix && (
        <p className={`concern-lix concern-lix-${lix.level} small-text`} data-testid="readability-hint">
          {t('form.readability', {
            score: lix.score,
            level: t(`form.lixLevel.${lix.level}`),
            advice: t(`form.lixAdvice.${lix.level}`),
          })}
        </p>
      )}
    </div>
  );
}
