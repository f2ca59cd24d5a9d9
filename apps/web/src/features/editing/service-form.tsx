import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, Heading, InlineAlert, RadioButton, RadioButtonGroup, Textarea, TextInput } from 'suomifi-ui-components';
import { languages } from '../../i18n';
import { useSaveService, type EditableService, type Fee } from './api';
import { statusProps, useSaveErrors, type FieldErrors } from './field-errors';
import { LocalizedFields } from './localized-fields';
import { centsOf, draftOf, patchOf, type ServiceDraft } from './service-draft';

interface Props {
  service: EditableService;
  onSaved: (outcome: 'applied' | 'in_review') => void;
}

const FEE_TYPES: Fee['type'][] = ['free', 'fixed', 'income_based'];

/** The service's texts, lists and fee; sends only what changed, with the version it was made on. */
export function ServiceForm({ service, onSaved }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ServiceDraft>(() => draftOf(service));
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [unchanged, setUnchanged] = useState(false);
  const save = useSaveService(service.id);
  const server = useSaveErrors(save.error);
  const alertRef = useRef<HTMLDivElement>(null);
  const errors = { ...server.fields, ...localErrors };
  const formError = Object.keys(localErrors).length > 0 ? t('editing.errors.checkFields') : server.form;
  const set = <K extends keyof ServiceDraft>(key: K, value: ServiceDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (draft.feeType !== 'free' && Number.isNaN(centsOf(draft.feeEuros))) local['fee.amountCents'] = t('editing.errors.number');
    setLocalErrors(local);
    const patch = patchOf(draft, service);
    setUnchanged(Object.keys(patch).length === 0);
    if (Object.keys(local).length > 0) {
      save.reset();
      // The summary is announced and focused, so a keyboard or screen-reader user learns why nothing happened.
      requestAnimationFrame(() => alertRef.current?.focus());
      return;
    }
    if (Object.keys(patch).length === 0) return;
    save.mutate({ ...patch, version: service.version }, {
      onSuccess: (result) => onSaved(result.outcome),
      onError: () => requestAnimationFrame(() => alertRef.current?.focus()),
    });
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-describedby={service.changesNeedReview ? 'review-notice' : undefined}>
      {formError && (
        <InlineAlert status="error" role="alert" labelText={t('editing.errors.heading')} mb="l" ref={alertRef} tabIndex={-1} data-testid="save-error">
          {formError}
        </InlineAlert>
      )}
      {unchanged && !formError && (
        <InlineAlert status="neutral" role="status" mb="l">
          {t('editing.edit.noChanges')}
        </InlineAlert>
      )}

      <Heading variant="h2" mb="m">{t('editing.edit.textsHeading')}</Heading>
      <LocalizedFields path="name" label={t('editing.fields.name')} value={draft.name} onChange={(v) => set('name', v)} errors={errors} />
      <LocalizedFields path="summary" label={t('editing.fields.summary')} value={draft.summary} onChange={(v) => set('summary', v)} errors={errors} multiline />
      <LocalizedFields path="description" label={t('editing.fields.description')} value={draft.description} onChange={(v) => set('description', v)} errors={errors} multiline />

      <Heading variant="h2" mb="m">{t('editing.edit.detailsHeading')}</Heading>
      <TextInput
        id="keywords"
        labelText={t('editing.fields.keywords')}
        hintText={t('editing.edit.listHint')}
        optionalText={t('editing.optional')}
        value={draft.keywords}
        onChange={(v) => set('keywords', String(v ?? ''))}
        fullWidth
        mb="m"
        {...statusProps(errors, 'keywords')}
      />
      <Textarea
        id="target-groups"
        labelText={t('editing.fields.targetGroups')}
        hintText={t('editing.edit.listHint')}
        optionalText={t('editing.optional')}
        value={draft.targetGroups}
        onChange={(e) => set('targetGroups', e.target.value)}
        fullWidth
        mb="m"
        {...statusProps(errors, 'targetGroups')}
      />
      <CheckboxGroup
        id="languages"
        labelText={t('editing.fields.languages')}
        mb="m"
        groupStatus={statusProps(errors, 'languages').status}
        groupStatusText={statusProps(errors, 'languages').statusText}
      >
        {languages.map((language) => (
          <Checkbox
            key={language}
            id={`language-${language}`}
            checked={draft.languages.includes(language)}
            onClick={({ checkboxState }) =>
              set('languages', checkboxState ? [...draft.languages, language] : draft.languages.filter((l) => l !== language))
            }
          >
            {t(`editing.languageNames.${language}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <LocalizedFields
        path="qualityCriteria"
        label={t('editing.fields.qualityCriteria')}
        value={draft.qualityCriteria}
        onChange={(v) => set('qualityCriteria', v)}
        errors={errors}
        multiline
      />

      <Heading variant="h2" mb="m">{t('editing.edit.feeHeading')}</Heading>
      <RadioButtonGroup
        id="fee-type"
        name="fee-type"
        labelText={t('editing.fields.feeType')}
        value={draft.feeType}
        onChange={(v) => set('feeType', v as Fee['type'])}
        mb="m"
      >
        {FEE_TYPES.map((type) => (
          <RadioButton key={type} value={type} id={`fee-type-${type}`}>
            {t(`editing.feeTypes.${type}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      {draft.feeType !== 'free' && (
        <>
          <TextInput
            id="fee-amount"
            labelText={t('editing.fields.feeAmount')}
            optionalText={draft.feeType === 'fixed' ? undefined : t('editing.optional')}
            inputMode="decimal"
            value={draft.feeEuros}
            onChange={(v) => set('feeEuros', String(v ?? ''))}
            mb="m"
            {...statusProps(errors, 'fee.amountCents')}
          />
          <TextInput
            id="fee-unit"
            labelText={t('editing.fields.feeUnit')}
            hintText={t('editing.edit.feeUnitHint')}
            optionalText={t('editing.optional')}
            value={draft.feeUnit}
            onChange={(v) => set('feeUnit', String(v ?? ''))}
            mb="m"
            {...statusProps(errors, 'fee.unit')}
          />
        </>
      )}
      <LocalizedFields path="fee.rule" label={t('editing.fields.feeRule')} value={draft.feeRule} onChange={(v) => set('feeRule', v)} errors={errors} multiline finnishOptional />

      <Button type="submit" loading={save.isPending || undefined} ariaLoadingText={t('editing.edit.saving')}>
        {service.changesNeedReview ? t('editing.edit.sendToReview') : t('editing.edit.save')}
      </Button>
    </form>
  );
}
