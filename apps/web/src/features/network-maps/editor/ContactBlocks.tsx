import type { ContactStatus } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';

/** Why a person may not be contacted, in the API's words (`blocks[].message`). */
export function ContactBlocks({ name, contact }: { name: string; contact: ContactStatus }) {
  const { t } = useTranslation('networkMaps');
  if (contact.allowed) return null;
  return (
    <div className="alert alert-warning map-contact-blocks">
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t('consent.contact.blocked', { name })}</p>
        <ul className="alert-text">
          {contact.blocks.map((block) => (
            <li key={block.reason}>{block.message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The same, short, for a table cell. */
export function ContactCell({ contact }: { contact: ContactStatus }) {
  const { t } = useTranslation('networkMaps');
  if (contact.allowed) return <>{t('editor.contactAllowed')}</>;
  return (
    <div className="map-contact-cell">
      <strong>{t('editor.contactBlocked')}</strong>
      <ul className="map-contact-reasons">
        {contact.blocks.map((block) => (
          <li key={block.reason}>{block.message}</li>
        ))}
      </ul>
    </div>
  );
}
