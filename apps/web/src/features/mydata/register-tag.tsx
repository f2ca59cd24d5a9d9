import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { REGISTERS, type Register } from '@avain/domain';
import { tokens } from '../../ui/theme';

export const isRegister = (value: string | null): value is Register => (REGISTERS as readonly (string | null)[]).includes(value);

/**
 * Social-care and health-care data are separate registers by law; every entry and consent says
 * which one in words, and the colour only repeats what the words say.
 */
export function RegisterTag({ register }: { register: Register }) {
  const { t } = useTranslation();
  return <Tag data-register={register}>{t(`mydata.registers.${register}`)}</Tag>;
}

const Tag = styled.span`
  display: inline-block;
  padding: 0 ${tokens.spacing.xs};
  border: 1px solid;
  border-radius: ${tokens.radiuses.basic};
  color: ${tokens.colors.blackBase};
  font-size: 14px;
  font-weight: 600;
  line-height: 1.6;

  &[data-register='health'] {
    background: ${tokens.colors.highlightLight3};
    border-color: ${tokens.colors.highlightBase};
  }

  &[data-register='social'] {
    background: ${tokens.colors.accentTertiaryLight1};
    border-color: ${tokens.colors.accentTertiaryDark1};
  }
`;
