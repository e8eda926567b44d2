import type { CaseDetail, CaseParent } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ModalDialog } from '../../../ui/ModalDialog';
import { StatusMessage } from '../../../ui/StatusMessage';
import { ConflictAlert } from './ConflictAlert';
import { isConflict } from './conflict';
import { ParentDialog } from './ParentDialog';
import { useRemoveParent } from './useCaseRegister';

type Editing = { mode: 'add' } | { mode: 'edit'; parent: CaseParent } | null;

/** "Forældre og forældremyndighed": who the parents are, who holds custody, and how to reach them. */
export function ParentsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation(['caseRegister', 'common']);
  const headingId = useId();
  const captionId = useId();
  const canManage = detail.can.manageParents;
  const remove = useRemoveParent(detail.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [toRemove, setToRemove] = useState<CaseParent | null>(null);
  const [status, setStatus] = useState('');

  const confirmRemove = (parent: CaseParent) => {
    setToRemove(null);
    setStatus('');
    remove.mutate(
      { parentId: parent.id, version: parent.version },
      { onSuccess: () => setStatus(t('caseRegister:parents.removed', { name: parent.name })) },
    );
  };

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="parents-section">
      <h2 id={headingId}>{t('caseRegister:parents.heading')}</h2>
      <StatusMessage busy={remove.isPending}>{remove.isPending ? t('caseRegister:parents.removing') : status}</StatusMessage>
      {remove.isError &&
        (isConflict(remove.error) ? (
          <ConflictAlert
            caseId={detail.id}
            onReloaded={() => remove.reset()}
            heading={t('caseRegister:parents.removeError')}
            message={t('caseRegister:parents.conflict')}
          />
        ) : (
          <ErrorBanner error={remove.error} heading={t('caseRegister:parents.removeError')} />
        ))}
      {detail.parents.length === 0 ? (
        <p>{t('caseRegister:parents.empty')}</p>
      ) : (
        <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table table--compact">
            <caption id={captionId} className="sr-only">
              {t('caseRegister:parents.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('caseRegister:parents.columns.name')}</th>
                <th scope="col">{t('caseRegister:parents.columns.relation')}</th>
                <th scope="col">{t('caseRegister:parents.columns.custody')}</th>
                <th scope="col">{t('caseRegister:parents.columns.cpr')}</th>
                <th scope="col">{t('caseRegister:parents.columns.contact')}</th>
                {canManage && <th scope="col">{t('caseRegister:parents.columns.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {detail.parents.map((parent) => (
                <tr key={parent.id}>
                  <th scope="row">{parent.name}</th>
                  <td>{t(`caseRegister:parents.relation.${parent.relation}`)}</td>
                  <td>{parent.hasCustody ? t('caseRegister:parents.custodyYes') : t('caseRegister:parents.custodyNo')}</td>
                  <td className="text-nowrap">{parent.cprMasked ?? <em>{t('caseRegister:parents.noCpr')}</em>}</td>
                  <td>
                    <ul className="nobullet-list parent-contact">
                      {parent.address && <li>{parent.address}</li>}
                      {parent.phone && <li>{parent.phone}</li>}
                      {parent.email && <li>{parent.email}</li>}
                    </ul>
                  </td>
                  {canManage && (
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button button-tertiary"
                          aria-label={t('caseRegister:parents.editLabel', { name: parent.name })}
                          onClick={() => {
                            setStatus('');
                            setEditing({ mode: 'edit', parent });
                          }}
                        >
                          {t('caseRegister:parents.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button-tertiary"
                          aria-label={t('caseRegister:parents.removeLabel', { name: parent.name })}
                          onClick={() => setToRemove(parent)}
                        >
                          {t('caseRegister:parents.remove')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && (
        <>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setStatus('');
              setEditing({ mode: 'add' });
            }}
          >
            {t('caseRegister:parents.add')}
          </button>
          {editing && (
            <ParentDialog
              caseId={detail.id}
              parent={editing.mode === 'edit' ? editing.parent : null}
              onClose={() => setEditing(null)}
              onSaved={(name) => {
                setStatus(
                  editing.mode === 'edit'
                    ? t('caseRegister:parents.updated', { name })
                    : t('caseRegister:parents.added', { name }),
                );
                setEditing(null);
              }}
            />
          )}
          <ModalDialog
            isOpen={toRemove !== null}
            onOpenChange={(isOpen) => {
              if (!isOpen) setToRemove(null);
            }}
            title={t('caseRegister:parents.removeTitle')}
            role="alertdialog"
          >
            {toRemove && (
              <>
                <p>{t('caseRegister:parents.removeConfirm', { name: toRemove.name })}</p>
                <div className="modal-actions">
                  <button type="button" className="button button-primary" onClick={() => confirmRemove(toRemove)}>
                    {t('caseRegister:parents.remove')}
                  </button>
                  <button type="button" className="button button-secondary" onClick={() => setToRemove(null)} autoFocus>
                    {t('common:actions.cancel')}
                  </button>
                </div>
              </>
            )}
          </ModalDialog>
        </>
      )}
    </section>
  );
}
