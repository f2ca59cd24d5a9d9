import { useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { inputStatus } from '../../ui/field-errors';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import { useLocalize } from '../catalog/format';
import { useQueueActions, useStaffQueue, useWalkInPlaces, type QueueKey, type WalkInPlace } from './api';

function QueuePicker({ onPick }: { onPick: (place: WalkInPlace) => void }) {
  const { t } = useLocalize();
  const [words, setWords] = useState('');
  const places = useWalkInPlaces(words);
  return (
    <>
      <TextInput labelText={t('contact.desk.find')} hintText={t('contact.desk.findHint')} value={words} onChange={(v) => setWords(String(v ?? ''))} />
      {places.data && (
        <RadioButtonGroup labelText={t('contact.desk.results')} name="walk-in-queue" onChange={(value) => onPick(places.data.find((p) => `${p.locationId}/${p.serviceId}` === value)!)} mt="s">
          {places.data.map((p) => (
            <RadioButton key={`${p.locationId}/${p.serviceId}`} value={`${p.locationId}/${p.serviceId}`}>
              {p.label}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      )}
    </>
  );
}

/** One queue at the desk: call the next number to my room, and mark the called ones served or left. */
function Desk({ queue }: { queue: QueueKey }) {
  const { t } = useLocalize();
  const state = useStaffQueue(queue);
  const { callNext, finish } = useQueueActions();
  const [room, setRoom] = useState('');
  const [roomMissing, setRoomMissing] = useState(false);
  if (state.isPending) return <Loading />;
  if (state.isError) return <LoadError message={isApiError(state.error, 403) ? t('contact.desk.forbidden') : t('contact.loadError')} onRetry={() => void state.refetch()} />;
  const called = state.data.tickets.filter((ticket) => ticket.status === 'called');
  const call = () => {
    setRoomMissing(room.trim() === '');
    if (room.trim()) callNext.mutate({ ...queue, calledTo: room.trim() });
  };
  return (
    <>
      <Paragraph mb="s">{t('contact.desk.summary', { waiting: state.data.waiting, minutes: state.data.averageMinutes, number: state.data.nowServing ?? '–' })}</Paragraph>
      <Row>
        <TextInput labelText={t('contact.desk.room')} value={room} onChange={(v) => setRoom(String(v ?? ''))} {...inputStatus(roomMissing ? t('contact.desk.roomMissing') : null)} />
        <Button onClick={call} disabled={callNext.isPending}>
          {t('contact.desk.callNext')}
        </Button>
      </Row>
      {callNext.isError && (
        <InlineAlert status="error" role="alert" mb="s">
          {isApiError(callNext.error, 409) ? t('contact.desk.empty') : t('contact.desk.failed')}
        </InlineAlert>
      )}
      {callNext.isSuccess && <p role="status">{t('contact.desk.calledNow', { number: callNext.data.number, to: callNext.data.calledTo })}</p>}
      <ul aria-label={t('contact.desk.calledList')}>
        {called.map((ticket) => (
          <li key={ticket.id}>
            <strong>{ticket.number}</strong> → {ticket.calledTo} ({ticket.calledBy}){' '}
            <Button variant="secondary" onClick={() => finish.mutate({ id: ticket.id, status: 'served' })}>
              {t('contact.desk.served', { number: ticket.number })}
            </Button>{' '}
            <Button variant="secondaryNoBorder" onClick={() => finish.mutate({ id: ticket.id, status: 'left' })}>
              {t('contact.desk.left', { number: ticket.number })}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The walk-in part of the contact queues page. */
export function WalkInDesk() {
  const { t } = useLocalize();
  const [queue, setQueue] = useState<WalkInPlace | null>(null);
  return (
    <TitledSection id="walk-in-desk" title={t('contact.desk.heading')}>
      <QueuePicker onPick={setQueue} />
      {queue && (
        <Chosen aria-label={queue.label}>
          <strong>{queue.label}</strong>
          <Desk key={`${queue.locationId}/${queue.serviceId}`} queue={queue} />
        </Chosen>
      )}
    </TitledSection>
  );
}

const Row = styled.div`
  display: flex;
  gap: ${tokens.spacing.s};
  align-items: flex-end;
  margin-bottom: ${tokens.spacing.s};
`;

const Chosen = styled.section`
  margin-top: ${tokens.spacing.m};
`;
