import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { TitledSection } from '../../ui/titled-section';
import { useBookForClient, type Slot } from './api';
import { SlotFinder } from './slot-finder';
import { useBookingTexts } from './texts';

/** Book an appointment for the client (on the client page): a write in the staff member's own register. */
export function BookForClient({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const texts = useBookingTexts();
  const book = useBookForClient(clientId);
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  return (
    <TitledSection id="book-for-client" title={t('booking.forClient.title')}>
      <div role="status">{done && <InlineAlert status="neutral" mb="s">{done}</InlineAlert>}</div>
      <SlotFinder
        idPrefix="client-slots"
        forStaff
        actionLabel={(s) => t('booking.chooseSlot', { when: texts.when(s.startsAt), who: s.professional.name, channel: texts.channel(s.channel) })}
        onChoose={(s) => {
          setChosen(s);
          setDone(null);
          setTimeout(() => confirmRef.current?.focus(), 0);
        }}
      />
      <div ref={confirmRef} tabIndex={-1} aria-live="polite">
        {chosen && (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              book.mutate(
                { slot: chosen, note: note.trim() || null },
                {
                  onSuccess: (a) => {
                    setChosen(null);
                    setNote('');
                    setDone(t('booking.booked', { what: texts.name(a.appointmentType.name), when: texts.when(a.startsAt) }));
                  },
                },
              );
            }}
          >
            <Paragraph mt="m" mb="s">
              {t('booking.confirmText', { what: texts.name(chosen.appointmentType.name), when: texts.when(chosen.startsAt), who: chosen.professional.name, where: chosen.location ? texts.name(chosen.location.name) : texts.channel(chosen.channel) })}
            </Paragraph>
            <TextInput labelText={t('booking.forClient.note')} optionalText={t('booking.optional')} value={note} onChange={(v) => setNote(String(v ?? ''))} fullWidth />
            {book.error ? (
              <InlineAlert status="error" role="alert" mt="s">
                {isApiError(book.error, 403) ? t('booking.forClient.forbidden') : isApiError(book.error, 409) ? t('booking.errors.conflict') : t('booking.errors.unexpected')}
              </InlineAlert>
            ) : null}
            <Button type="submit" mt="s" disabled={book.isPending}>
              {t('booking.confirm')}
            </Button>
          </form>
        )}
      </div>
    </TitledSection>
  );
}
