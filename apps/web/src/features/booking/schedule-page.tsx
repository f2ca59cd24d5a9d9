import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterDomLink } from 'react-router-dom';
import styled from 'styled-components';
import { Button, InlineAlert, Paragraph, RouterLink, SearchInput } from 'suomifi-ui-components';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import { usePageTitle } from '../../ui/use-page-title';
import { useSession } from '../auth/session';
import { useTeamCandidates } from '../plans/api';
import { useAvailabilities, useBookingPlaces, useTypeDetails } from './schedule-api';
import { ScheduleForm } from './schedule-form';
import { ScheduleList } from './schedule-list';
import { TypesSection } from './types-section';

const COORDINATORS = ['service_coordinator', 'admin'];

/** Työajat: a professional's weekly availability; a coordinator edits anyone's and the appointment types. */
export function SchedulePage() {
  const { t } = useTranslation();
  usePageTitle(t('booking.schedule.title'));
  const session = useSession();
  const role = session.data?.user?.role;
  const coordinator = role !== undefined && COORDINATORS.includes(role);
  return (
    <>
      <PageHeading>{t('booking.schedule.title')}</PageHeading>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to="/day-list">
          {t('booking.schedule.back')}
        </RouterLink>
      </Paragraph>
      {session.isPending ? (
        <Loading />
      ) : role === 'professional' || coordinator ? (
        <Schedule coordinator={coordinator} />
      ) : (
        <InlineAlert status="neutral">{t('booking.schedule.notForRole')}</InlineAlert>
      )}
    </>
  );
}

function Schedule({ coordinator }: { coordinator: boolean }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const types = useTypeDetails();
  const places = useBookingPlaces();
  // A coordinator who has chosen nobody sees everyone's windows, and adds none.
  const windows = useAvailabilities(chosen?.id, true);
  const canAdd = !coordinator || chosen !== null;

  return (
    <>
      {coordinator && <StaffPicker chosen={chosen} onChoose={setChosen} />}
      <TitledSection id="schedule-windows-heading" title={coordinator && chosen ? t('booking.schedule.windowsOf', { name: chosen.name }) : coordinator ? t('booking.schedule.windowsAll') : t('booking.schedule.windows')}>
        <Paragraph mb="m">{t('booking.schedule.intro')}</Paragraph>
        {windows.isPending || types.isPending || places.isPending ? (
          <Loading />
        ) : windows.isError || types.isError ? (
          <LoadError message={t('booking.schedule.errors.load')} onRetry={() => void Promise.all([windows.refetch(), types.refetch()])} />
        ) : (
          <ScheduleList windows={windows.data} types={types.data} places={places.places} showProfessional={coordinator && chosen === null} />
        )}
      </TitledSection>
      <TitledSection id="schedule-add-heading" title={coordinator && chosen ? t('booking.schedule.addTitleFor', { name: chosen.name }) : t('booking.schedule.addTitle')}>
        {!canAdd ? (
          <Paragraph>{t('booking.schedule.chooseFirst')}</Paragraph>
        ) : types.data ? (
          <>
            {places.isError && (
              <InlineAlert status="warning" mb="m">
                {t('booking.schedule.errors.places')}
              </InlineAlert>
            )}
            <ScheduleForm key={chosen?.id ?? 'own'} professionalId={chosen?.id} types={types.data} places={places.places} />
          </>
        ) : null}
      </TitledSection>
      {coordinator && types.data && <TypesSection types={types.data} />}
    </>
  );
}

/** Whose schedule a coordinator edits: professionals found by name. */
function StaffPicker({ chosen, onChoose }: { chosen: { id: string; name: string } | null; onChoose: (p: { id: string; name: string } | null) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const candidates = useTeamCandidates(query);
  const professionals = (candidates.data ?? []).filter((c) => c.role === 'professional');
  return (
    <TitledSection id="schedule-staff-heading" title={t('booking.schedule.staffTitle')}>
      {chosen ? (
        <Chosen>
          <Paragraph>{t('booking.schedule.editing', { name: chosen.name })}</Paragraph>
          <Button variant="secondary" onClick={() => onChoose(null)}>
            {t('booking.schedule.changeStaff')}
          </Button>
        </Chosen>
      ) : (
        <>
          <SearchInput
            labelText={t('booking.schedule.staffSearch')}
            clearButtonLabel={t('booking.schedule.clear')}
            searchButtonLabel={t('booking.schedule.staffSearch')}
            value={query}
            onChange={(v) => setQuery(String(v ?? ''))}
          />
          <div aria-live="polite">
            {query.trim().length >= 2 && candidates.isSuccess && professionals.length === 0 && <Paragraph mt="s">{t('booking.schedule.noStaff')}</Paragraph>}
            {candidates.isError && (
              <InlineAlert status="error" role="alert" mt="s">
                {t('booking.schedule.errors.staff')}
              </InlineAlert>
            )}
            <Picks>
              {professionals.map((c) => (
                <li key={c.id}>
                  <Button variant="secondary" onClick={() => onChoose({ id: c.id, name: c.name })}>
                    {t('booking.schedule.pick', { name: c.name, unit: c.unit ?? '' })}
                  </Button>
                </li>
              ))}
            </Picks>
          </div>
        </>
      )}
    </TitledSection>
  );
}

const Chosen = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.m};
`;

const Picks = styled.ul`
  list-style: none;
  padding: 0;
  margin: ${tokens.spacing.s} 0 0;
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xs};
`;
