import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Checkbox, CheckboxGroup, DateInput, Expander, ExpanderContent, ExpanderTitleButton, Heading, InlineAlert, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { REGISTERS, type Register } from '@avain/domain';
import { isApiError } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { fieldErrorsOf } from '../../ui/field-errors';
import { Loading } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { useConsentChange, useOrganizations, type Consent, type ConsentPurpose, type Organization } from './api';
import { checkDraft, draftOf, problemsOf, splitOrganizations, type DraftErrors, type DraftField } from './consent-draft';

const PURPOSES: readonly ConsentPurpose[] = ['care', 'service_planning'];

interface Props {
  id: string;
  /** The consent being changed; without one a new consent is given. */
  consent?: Consent;
  forId: string | undefined;
  onSaved: (saved: Consent) => void;
  onCancel: () => void;
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

function OrganizationChoice({ id, selected, onChange, error }: { id: string; selected: string[]; onChange: (ids: string[]) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const organizations = useOrganizations();
  if (organizations.isPending) return <Loading />;
  const { regions, others } = splitOrganizations(organizations.data ?? []);
  const box = (o: Organization, hint?: string) => (
    <Checkbox key={o.id} variant={hint ? 'large' : 'small'} hintText={hint} checked={selected.includes(o.id)} onClick={({ checkboxState }) => onChange(toggle(selected, o.id, checkboxState))}>
      {o.name}
    </Checkbox>
  );
  const chosenOthers = others.filter((o) => selected.includes(o.id)).length;

  return (
    <CheckboxGroup
      id={`${id}-organizations`}
      labelText={t('mydata.consentForm.organizationsLegend')}
      groupHintText={t('mydata.consentForm.organizationsHint')}
      groupStatus={error ? 'error' : 'default'}
      groupStatusText={error}
      mb="m"
    >
      {regions.map((region) => box(region, t('mydata.consentForm.regionHint')))}
      {/* The region is what most need; the producers stay folded away unless one is already chosen. */}
      <Expander mt="s" defaultOpen={chosenOthers > 0}>
        <ExpanderTitleButton asHeading="h4">{t('mydata.consentForm.others', { count: others.length })}</ExpanderTitleButton>
        <ExpanderContent>{others.map((o) => box(o))}</ExpanderContent>
      </Expander>
    </CheckboxGroup>
  );
}

/** Give or change a consent: which registers, for which organisations, for what, and for how long. */
export function ConsentForm({ id, consent, forId, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const save = useConsentChange(forId);
  const [draft, setDraft] = useState(() => draftOf(consent));
  const [errors, setErrors] = useState<DraftErrors>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The form opened in place: start reading from its title.
    headingRef.current?.focus();
  }, []);

  const problem = (field: DraftField) => (errors[field] ? t(`mydata.consentForm.errors.${errors[field]}`) : undefined);
  const status = (field: DraftField) => ({ status: errors[field] ? ('error' as const) : ('default' as const), statusText: problem(field) });
  const update = (change: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      problemRef.current?.focus();
      return;
    }
    setErrors({});
    const change = consent ? { kind: 'change' as const, consent, input: checked.input } : { kind: 'give' as const, input: checked.input };
    save.mutate(change, {
      onSuccess: onSaved,
      onError: (error) => {
        setErrors(problemsOf(fieldErrorsOf(error)));
        problemRef.current?.focus();
      },
    });
  };

  const failure = Object.keys(errors).length > 0 ? t('mydata.consentForm.errors.checkFields') : isApiError(save.error, 409) ? t('mydata.consentForm.errors.conflict') : save.isError ? t('mydata.consentForm.errors.failed') : null;

  return (
    <Form id={id} noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <Heading variant="h3" id={`${id}-title`} ref={headingRef} tabIndex={-1} mb="s">
        {consent ? t('mydata.consentForm.changeTitle') : t('mydata.consentForm.giveTitle')}
      </Heading>
      <div ref={problemRef} tabIndex={-1}>
        {failure && (
          <InlineAlert status="error" role="alert" mb="m" data-testid="consent-form-error">
            {failure}
          </InlineAlert>
        )}
      </div>
      <CheckboxGroup id={`${id}-registers`} labelText={t('mydata.consentForm.registersLegend')} groupHintText={t('mydata.consentForm.registersHint')} groupStatus={errors.registers ? 'error' : 'default'} groupStatusText={problem('registers')} mb="m">
        {REGISTERS.map((register: Register) => (
          <Checkbox key={register} checked={draft.registers.includes(register)} onClick={({ checkboxState }) => update({ registers: toggle(draft.registers, register, checkboxState) })}>
            {t(`mydata.consentForm.register.${register}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <OrganizationChoice id={id} selected={draft.organizationIds} onChange={(organizationIds) => update({ organizationIds })} error={problem('organizationIds')} />
      <RadioButtonGroup name={`${id}-purpose`} labelText={t('mydata.consentForm.purposeLegend')} value={draft.purpose} onChange={(value) => update({ purpose: value as ConsentPurpose })} mb="m">
        {PURPOSES.map((purpose) => (
          <RadioButton key={purpose} value={purpose} hintText={t(`mydata.purposeHints.${purpose}`)}>
            {t(`mydata.purposes.${purpose}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <Dates>
        <DateInput
          id={`${id}-valid-from`}
          labelText={t('mydata.consentForm.validFrom')}
          hintText={t('mydata.consentForm.dateHint')}
          language={language}
          datePickerEnabled
          fullWidth
          value={draft.validFrom}
          onChange={({ value }) => update({ validFrom: value })}
          {...status('validFrom')}
        />
        <DateInput
          id={`${id}-valid-to`}
          labelText={t('mydata.consentForm.validTo')}
          optionalText={t('mydata.consentForm.optional')}
          hintText={t('mydata.consentForm.validToHint')}
          language={language}
          datePickerEnabled
          fullWidth
          value={draft.validTo}
          onChange={({ value }) => update({ validTo: value })}
          {...status('validTo')}
        />
      </Dates>
      <Buttons>
        <Button type="submit" loading={save.isPending || undefined} ariaLoadingText={t('mydata.consentForm.saving')}>
          {consent ? t('mydata.consentForm.saveChange') : t('mydata.consentForm.save')}
        </Button>
        <Button type="button" variant="secondary" disabled={save.isPending} onClick={onCancel}>
          {t('mydata.consentForm.cancel')}
        </Button>
      </Buttons>
    </Form>
  );
}

const Form = styled.form`
  margin: ${tokens.spacing.m} 0;
  padding: ${tokens.spacing.m};
  background: ${tokens.colors.highlightLight4};
  border: 1px solid ${tokens.colors.highlightLight2};
  border-radius: ${tokens.radiuses.basic};
`;

/** One date under the other, each as wide as its hint needs rather than as narrow as its input. */
const Dates = styled.div`
  display: grid;
  gap: ${tokens.spacing.m};
  max-width: 24em;
  margin-bottom: ${tokens.spacing.m};
`;

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
`;
