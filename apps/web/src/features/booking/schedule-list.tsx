import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { useDateFormat } from '../../ui/date-format';
import { Dialog } from '../../ui/dialog';
import type { Place } from '../home/areas';
import { useRemoveAvailability, type Availability, type TypeDetails, type Weekday } from './schedule-api';
import { useBookingTexts } from './texts';
import { DataTable } from '../../ui/data-table';

interface Props {
  windows: Availability[];
  types: TypeDetails[];
  places: Place[];
  /** A coordinator looking at everyone's windows sees whose each one is. */
  showProfessional: boolean;
}

/** The weekly windows in weekday and time order, each removable after a question. */
export function ScheduleList({ windows, types, places, showProfessional }: Props) {
  const { t } = useTranslation();
  const texts = useBookingTexts();
  const dates = useDateFormat();
  const remove = useRemoveAvailability();
  const [removing, setRemoving] = useState<Availability | null>(null);
  const [removed, setRemoved] = useState(false);
  const typeName = (id: string) => {
    const found = types.find((ty) => ty.id === id);
    return found ? texts.name(found.name) : t('booking.schedule.unknownType');
  };
  const placeName = (id: string | null) => {
    if (id === null) return t('booking.schedule.noLocation');
    const found = places.find((p) => p.id === id);
    return found ? texts.name(found.name) : t('booking.schedule.unknownLocation');
  };
  const describe = (a: Availability) => `${t(`booking.schedule.weekdays.${a.weekday as Weekday}`)} ${a.starts}–${a.ends}`;
  const sorted = [...windows].sort((a, b) => a.professional.name.localeCompare(b.professional.name) || a.weekday - b.weekday || a.starts.localeCompare(b.starts));

  const confirm = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        setRemoving(null);
        setRemoved(true);
      },
    });
  };

  return (
    <>
      <div role="status">{removed && <InlineAlert status="neutral">{t('booking.schedule.removed')}</InlineAlert>}</div>
      {sorted.length === 0 ? (
        <Paragraph mb="m">{t('booking.schedule.empty')}</Paragraph>
      ) : (
        <DataTable>
          <caption>{t('booking.schedule.caption')}</caption>
          <thead>
            <tr>
              {showProfessional && <th scope="col">{t('booking.schedule.professional')}</th>}
              <th scope="col">{t('booking.schedule.when')}</th>
              <th scope="col">{t('booking.schedule.channel')}</th>
              <th scope="col">{t('booking.schedule.location')}</th>
              <th scope="col">{t('booking.schedule.types')}</th>
              <th scope="col">{t('booking.schedule.valid')}</th>
              <th scope="col">{t('booking.schedule.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((a) => (
              <tr key={a.id} data-testid="schedule-row">
                {showProfessional && <td>{a.professional.name}</td>}
                <td>{describe(a)}</td>
                <td>{texts.channel(a.channel)}</td>
                <td>{placeName(a.locationId)}</td>
                <td>{a.appointmentTypeIds.map(typeName).join(', ')}</td>
                <td>{a.validTo ? t('booking.schedule.validRange', { from: dates.date(a.validFrom), to: dates.date(a.validTo) }) : t('booking.schedule.validOpen', { from: dates.date(a.validFrom) })}</td>
                <td>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      remove.reset();
                      setRemoved(false);
                      setRemoving(a);
                    }}
                    aria-label={t('booking.schedule.removeLabel', { what: describe(a) })}
                  >
                    {t('booking.schedule.remove')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Dialog
        id="schedule-remove"
        title={t('booking.schedule.removeTitle')}
        visible={removing !== null}
        confirmText={t('booking.schedule.removeConfirm')}
        cancelText={t('booking.schedule.keep')}
        busyText={t('booking.schedule.saving')}
        busy={remove.isPending}
        canConfirm={!isApiError(remove.error, 403)}
        onConfirm={confirm}
        onCancel={() => setRemoving(null)}
      >
        {remove.error ? (
          <InlineAlert status="error" role="alert" mb="m">
            {isApiError(remove.error, 403) ? t('booking.schedule.errors.forbidden') : isApiError(remove.error, 404) ? t('booking.schedule.errors.gone') : t('booking.errors.unexpected')}
          </InlineAlert>
        ) : null}
        {removing && (
          <Paragraph>
            {t('booking.schedule.removeText', { what: `${describe(removing)}, ${texts.channel(removing.channel)}, ${placeName(removing.locationId)}` })}
          </Paragraph>
        )}
      </Dialog>
    </>
  );
}
