import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { TitledSection } from '../../ui/titled-section';
import type { TypeDetails } from './schedule-api';
import { useBookingTexts } from './texts';
import { TypeForm } from './type-form';
import { DataTable } from '../../ui/data-table';

/** A coordinator's list of appointment types, each editable, and a way to add one. */
export function TypesSection({ types }: { types: TypeDetails[] }) {
  const { t } = useTranslation();
  const texts = useBookingTexts();
  // null: no form open; 'new': adding; otherwise the type being changed.
  const [editing, setEditing] = useState<TypeDetails | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const open = (what: TypeDetails | 'new') => {
    setSaved(null);
    setEditing(what);
  };
  const done = (result: TypeDetails | null) => {
    setEditing(null);
    if (result) setSaved(t('booking.schedule.typeSaved', { name: texts.name(result.name) }));
    // The add button returns with the next render; focus goes back to it then.
    setTimeout(() => addRef.current?.focus(), 0);
  };

  return (
    <TitledSection id="schedule-types-heading" title={t('booking.schedule.typesTitle')}>
      <Paragraph mb="m">{t('booking.schedule.typesIntro')}</Paragraph>
      <div role="status">{saved && <InlineAlert status="neutral">{saved}</InlineAlert>}</div>
      {types.length === 0 ? (
        <Paragraph mb="m">{t('booking.schedule.noTypesYet')}</Paragraph>
      ) : (
        <DataTable>
          <caption>{t('booking.schedule.typesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('booking.schedule.typeFields.name')}</th>
              <th scope="col">{t('booking.schedule.typeFields.code')}</th>
              <th scope="col">{t('booking.schedule.typeFields.durationMinutes')}</th>
              <th scope="col">{t('booking.schedule.typeFields.channels')}</th>
              <th scope="col">{t('booking.schedule.typeFields.services')}</th>
              <th scope="col">{t('booking.schedule.typeFields.selfBooking')}</th>
              <th scope="col">{t('booking.schedule.typeFields.cancellationHours')}</th>
              <th scope="col">{t('booking.schedule.typeFields.state')}</th>
              <th scope="col">{t('booking.schedule.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {types.map((ty) => (
              <tr key={ty.id} data-testid="type-row">
                <td>{texts.name(ty.name)}</td>
                <td>{ty.code}</td>
                <td>{t('booking.schedule.durationWithBuffer', { duration: ty.durationMinutes, buffer: ty.bufferMinutes })}</td>
                <td>{ty.channels.map(texts.channel).join(', ')}</td>
                <td>{ty.services.length > 0 ? ty.services.map((s) => texts.name(s.name)).join(', ') : '–'}</td>
                <td>{t(`booking.schedule.selfBooking.${ty.selfBooking}`)}</td>
                <td>{t('booking.schedule.hours', { count: ty.cancellationHours })}</td>
                <td>{ty.active ? t('booking.schedule.active') : t('booking.schedule.inactive')}</td>
                <td>
                  <Button variant="secondary" onClick={() => open(ty)} aria-label={t('booking.schedule.editLabel', { name: texts.name(ty.name) })}>
                    {t('booking.schedule.edit')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {editing === null ? (
        <Button ref={addRef} variant="secondary" onClick={() => open('new')}>
          {t('booking.schedule.typeAdd')}
        </Button>
      ) : (
        <>
          <Heading variant="h3" id="schedule-type-form-heading" mb="s">
            {editing === 'new' ? t('booking.schedule.typeAdd') : t('booking.schedule.typeEditTitle', { name: texts.name(editing.name) })}
          </Heading>
          <TypeForm key={editing === 'new' ? 'new' : editing.id} editing={editing === 'new' ? null : editing} onDone={done} />
        </>
      )}
    </TitledSection>
  );
}
