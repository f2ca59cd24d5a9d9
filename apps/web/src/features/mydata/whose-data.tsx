import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import { useActFor, useWards, type Ward } from './api';

const SELF = 'self';

interface Props {
  /** The minor whose data is shown, or null for the resident's own. */
  acting: Ward | null;
  onSwitch: (ward: Ward | null) => void;
}

/**
 * The guardian's choice of whose data to see. Switching to a child is an explicit, audited step
 * on the server, so it happens on a button press rather than on every radio change.
 */
export function WhoseData({ acting, onSwitch }: Props) {
  const { t } = useTranslation();
  const wards = useWards();
  const actFor = useActFor();
  const [selected, setSelected] = useState(acting?.id ?? SELF);
  const [switched, setSwitched] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // After a switch the view below changed: tell screen-reader users where they are now.
    if (switched) noticeRef.current?.focus();
  }, [switched, acting]);

  const switchTo = (ward: Ward | null) => {
    setSelected(ward?.id ?? SELF);
    setSwitched(true);
    onSwitch(ward);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected === (acting?.id ?? SELF)) return;
    const ward = wards.data?.find((w) => w.id === selected);
    if (!ward) return switchTo(null);
    actFor.mutate(ward.id, { onSuccess: () => switchTo(ward) });
  };

  const wardList = wards.data ?? [];
  return (
    <>
      {wardList.length > 0 && (
        <Chooser onSubmit={submit} noValidate data-testid="whose-data">
          <RadioButtonGroup
            name="whose-data"
            labelText={t('mydata.whose.legend')}
            groupHintText={t('mydata.whose.hint')}
            value={selected}
            onChange={(value) => setSelected(value)}
          >
            <RadioButton value={SELF}>{t('mydata.whose.self')}</RadioButton>
            {wardList.map((ward) => (
              <RadioButton key={ward.id} value={ward.id}>
                {t('mydata.whose.ward', { name: ward.name, age: ward.age })}
              </RadioButton>
            ))}
          </RadioButtonGroup>
          <Button type="submit" variant="secondary" mt="s" loading={actFor.isPending || undefined} ariaLoadingText={t('mydata.whose.switching')}>
            {t('mydata.whose.show')}
          </Button>
          {actFor.isError && (
            <InlineAlert status="error" mt="s" role="alert">
              {t('mydata.whose.failed')}
            </InlineAlert>
          )}
        </Chooser>
      )}
      <div ref={noticeRef} tabIndex={-1} role="status">
        {acting ? (
          <InlineAlert status="warning" labelText={t('mydata.whose.bannerTitle', { name: acting.name })} mb="l" data-testid="acting-for-banner">
            {t('mydata.whose.banner')}
            <div>
              <Button variant="secondary" mt="s" onClick={() => switchTo(null)}>
                {t('mydata.whose.backToOwn')}
              </Button>
            </div>
          </InlineAlert>
        ) : (
          switched && (
            <InlineAlert status="neutral" mb="l">
              {t('mydata.whose.ownShown')}
            </InlineAlert>
          )
        )}
      </div>
    </>
  );
}

const Chooser = styled.form`
  margin-bottom: ${tokens.spacing.l};
  padding: ${tokens.spacing.m};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
`;
