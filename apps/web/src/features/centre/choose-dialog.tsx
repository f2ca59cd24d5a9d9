import type { RefObject } from 'react';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { useLocalize } from '../catalog/format';
import type { Place } from '../home/areas';
import { useChooseCentre, useMyCentre } from './api';
import { Dialog } from '../../ui/dialog';
import { formatDate } from '../../ui/date-format';

/**
 * The first calendar date ("2027-03-01") in a server message. The server words its refusals in
 * English; the page only takes the date from them and says the rest in the user's language.
 */
function dateInMessage(message: string | undefined): string | null {
  const found = message?.match(/\b(\d{4}-\d{2}-\d{2})\b/);
  // Noon UTC is the same calendar day in Finland, summer or winter.
  return found ? `${found[1]}T12:00:00Z` : null;
}

/** Why the server refused the choice, in the user's language. */
function useRefusalText(error: unknown, place: Place | null): string | null {
  const { t, language, text } = useLocalize();
  // Refetched after a refusal: its exact moment gives the same day as the rest of the page, where
  // the date in the server's message is a UTC day.
  const nextChangeFrom = useMyCentre(true).data?.nextChangeFrom;
  if (!error) return null;
  if (isApiError(error, 409)) {
    // The once-a-year refusal names the date; the other 409 is choosing the current centre again.
    const named = dateInMessage(error.detail);
    const possibleFrom = named && (nextChangeFrom ?? named);
    return possibleFrom
      ? t('centre.choice.errors.tooSoon', { date: formatDate(possibleFrom, language) })
      : t('centre.choice.errors.sameCentre', { name: text(place?.name) });
  }
  if (isApiError(error, 400)) return t('centre.choice.errors.invalid');
  if (isApiError(error, 401)) return t('centre.choice.errors.loggedOut');
  return t('centre.choice.errors.failed');
}

interface Props {
  /** The centre the resident is about to choose; null keeps the dialog closed. */
  place: Place | null;
  onClose: () => void;
  onChosen: (place: Place) => void;
  /** The confirmation shown after saving, which takes focus from the (now hidden) choose button. */
  savedRef: RefObject<HTMLElement | null>;
  saved: boolean;
}

/** Choosing is limited to once a year, so the resident confirms it first. */
export function ChooseDialog({ place, onClose, onChosen, savedRef, saved }: Props) {
  const { t, text } = useLocalize();
  const choose = useChooseCentre();
  const refusal = useRefusalText(choose.error, place);
  // Asking again cannot change a 409: the year rule or the same centre still holds.
  const refused = isApiError(choose.error, 409);

  const close = () => {
    choose.reset();
    onClose();
  };
  const confirm = () => {
    if (!place) return;
    choose.mutate(place.id, {
      onSuccess: () => {
        choose.reset();
        onChosen(place);
      },
    });
  };

  return (
    <Dialog
      id="centre-choose-dialog"
      visible={place !== null}
      title={t('centre.choice.confirm.title')}
      confirmText={t('centre.choice.confirm.confirm')}
      cancelText={refused ? t('centre.choice.confirm.close') : t('centre.choice.confirm.cancel')}
      canConfirm={!refused}
      busyText={t('centre.choice.confirm.saving')}
      busy={choose.isPending}
      onConfirm={confirm}
      onCancel={close}
      focusOnCloseRef={saved ? savedRef : undefined}
    >
      <Paragraph mb="s">{t('centre.choice.confirm.text', { name: text(place?.name) })}</Paragraph>
      <Paragraph mb="s">{t('centre.choice.confirm.yearRule')}</Paragraph>
      {refusal && (
        <InlineAlert status="error" role="alert" labelText={t('centre.choice.errors.heading')} data-testid="centre-choice-error">
          {refusal}
        </InlineAlert>
      )}
    </Dialog>
  );
}
