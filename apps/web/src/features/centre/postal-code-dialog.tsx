import { useState } from 'react';
import styled from 'styled-components';
import { Dropdown, DropdownItem, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { Loading } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { useLocalize } from '../catalog/format';
import { useSavePostalCode, type PostalCode } from './api';
import { useWelfareCentres } from './centres';
import { Dialog } from '../../ui/dialog';
import { fieldErrorsOf } from '../../ui/field-errors';

interface Props {
  code: PostalCode;
  onClose: () => void;
  onSaved: (code: PostalCode) => void;
}

/**
 * Changes which welfare centre answers for a postal code. A split code keeps its parts: only the
 * centre of each part changes, and the boundaries go back to the server as they were read.
 */
export function PostalCodeDialog({ code, onClose, onSaved }: Props) {
  const { t, text } = useLocalize();
  const { centres } = useWelfareCentres();
  const [centreIds, setCentreIds] = useState(() => code.assignments.map((a) => a.centreLocationId));
  const save = useSavePostalCode();
  const split = code.assignments.length > 1;
  const fields = fieldErrorsOf(save.error);

  const fieldError = (i: number) => {
    if (`assignments.${i}.centreLocationId` in fields) return t('centre.admin.errors.notACentre');
    if (`assignments.${i}.part` in fields) return t('centre.admin.errors.partMissing');
    return undefined;
  };
  // Fields this form has no input for (the boundary, coordinates, the code itself) are said above it.
  const elsewhere = Object.keys(fields).some((field) => !/^assignments\.\d+\.(centreLocationId|part)$/.test(field));
  const formError = isApiError(save.error, 400)
    ? elsewhere
      ? t('centre.admin.errors.invalidCode')
      : t('centre.admin.errors.checkFields')
    : isApiError(save.error, 403)
      ? t('centre.admin.errors.forbidden')
      : save.error
        ? t('centre.admin.errors.saveFailed')
        : null;

  const place = [`${code.code} ${code.postOffice}`, code.district].filter(Boolean).join(', ');
  return (
    <Dialog
      id="centre-postal-code-dialog"
      visible
      title={t('centre.admin.edit.title', { code: code.code })}
      confirmText={t('centre.admin.edit.save')}
      cancelText={t('centre.admin.edit.cancel')}
      busyText={t('centre.admin.edit.saving')}
      busy={save.isPending}
      onConfirm={() => save.mutate({ code, centreIds }, { onSuccess: onSaved })}
      onCancel={onClose}
    >
      <Paragraph mb="s">{place}</Paragraph>
      <Paragraph mb="m">{split ? t('centre.admin.edit.splitText') : t('centre.admin.edit.text')}</Paragraph>
      {formError && (
        <InlineAlert status="error" role="alert" mb="m" data-testid="centre-postal-code-error">
          {formError}
        </InlineAlert>
      )}
      {/* Suomi.fi's dropdown cannot start without items. */}
      {centres.length === 0 ? (
        <Loading />
      ) : (
        <Fields>
          {code.assignments.map((assignment, i) => (
            <Dropdown
              key={i}
              id={`centre-postal-code-centre-${i}`}
              labelText={split ? t('centre.admin.edit.partLabel', { number: i + 1 }) : t('centre.admin.edit.centreLabel')}
              hintText={t('centre.admin.edit.currently', { name: text(assignment.centreName) })}
              value={centreIds[i] ?? null}
              onChange={(value) => setCentreIds((ids) => ids.map((id, j) => (j === i ? value : id)))}
              status={fieldError(i) ? 'error' : 'default'}
              statusText={fieldError(i)}
              fullWidth
            >
              {centres.map((centre) => (
                <DropdownItem key={centre.id} value={centre.id}>
                  {text(centre.name)}
                </DropdownItem>
              ))}
            </Dropdown>
          ))}
        </Fields>
      )}
    </Dialog>
  );
}

const Fields = styled.div`
  display: grid;
  gap: ${tokens.spacing.m};
`;
