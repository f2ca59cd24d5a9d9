import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, DateInput, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { parseTypedDate } from '../../ui/date-format';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { tokens } from '../../ui/theme';
import type { SearchInput } from './api';

type Mode = 'identityCode' | 'name';
type Field = 'identityCode' | 'lastName' | 'birthDate';
type Problems = Partial<Record<Field, string>>;

/** "1986-04-12" as the Finnish date input shows it: "12.4.1986". */
const typedDate = (iso: string | undefined) => (iso ? iso.split('-').reverse().map(Number).join('.') : '');

/** The server names the field; the form says what is wrong in the user's language. */
function useServerProblems(error: unknown): Problems {
  const { t } = useTranslation();
  const fields = fieldErrorsOf(error);
  const problems: Problems = {};
  if (fields.identityCode) problems.identityCode = /checksum/.test(fields.identityCode) ? t('clients.search.errors.checksum') : t('clients.search.errors.identityCode');
  if (fields.lastName) problems.lastName = t('clients.search.errors.lastName');
  if (fields.birthDate) problems.birthDate = t('clients.search.errors.birthDate');
  return problems;
}

interface Props {
  /** What was searched last; the URL keeps it, so a reload or the back button shows it again. */
  searched: SearchInput | null;
  searching: boolean;
  error: unknown;
  onSearch: (input: SearchInput) => void;
}

/** Find a client by identity code, or by last name and birth date (first names narrow it down). */
export function SearchForm({ searched, searching, error, onSearch }: Props) {
  const { t } = useTranslation();
  const byName = searched !== null && 'lastName' in searched ? searched : null;
  const [mode, setMode] = useState<Mode>(byName ? 'name' : 'identityCode');
  const [identityCode, setIdentityCode] = useState(searched && 'identityCode' in searched ? searched.identityCode : '');
  const [lastName, setLastName] = useState(byName?.lastName ?? '');
  const [firstNames, setFirstNames] = useState(byName?.firstNames ?? '');
  const [birthDate, setBirthDate] = useState(typedDate(byName?.birthDate));
  const [own, setOwn] = useState<Problems>({});
  const server = useServerProblems(error);
  const problems = { ...server, ...own };
  const refs = { identityCode: useRef<HTMLInputElement>(null), lastName: useRef<HTMLInputElement>(null), birthDate: useRef<HTMLInputElement>(null) };

  const firstProblem = (['identityCode', 'lastName', 'birthDate'] as const).find((field) => server[field]);
  useEffect(() => {
    // The server's answer comes after the submit: take the user to the field it is about. Only a
    // new answer moves focus, not typing afterwards.
    if (firstProblem) refs[firstProblem].current?.focus();
  }, [error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    const day = parseTypedDate(birthDate);
    if (mode === 'identityCode' && identityCode.trim() === '') found.identityCode = t('clients.search.errors.identityCodeRequired');
    if (mode === 'name' && lastName.trim().length < 2) found.lastName = t('clients.search.errors.lastName');
    if (mode === 'name' && !day) found.birthDate = t('clients.search.errors.birthDate');
    setOwn(found);
    const first = (['identityCode', 'lastName', 'birthDate'] as const).find((field) => found[field]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    onSearch(mode === 'identityCode' ? { identityCode: identityCode.trim().toUpperCase() } : { lastName: lastName.trim(), birthDate: day!, firstNames: firstNames.trim() || undefined });
  };

  const clear = (field: Field) => setOwn(({ [field]: _, ...rest }) => rest);

  return (
    <Form role="search" aria-label={t('clients.search.formLabel')} noValidate onSubmit={submit}>
      <RadioButtonGroup
        labelText={t('clients.search.mode')}
        name="client-search-mode"
        value={mode}
        onChange={(value) => {
          setMode(value as Mode);
          setOwn({});
        }}
      >
        <RadioButton value="identityCode">{t('clients.search.byIdentityCode')}</RadioButton>
        <RadioButton value="name">{t('clients.search.byName')}</RadioButton>
      </RadioButtonGroup>
      {mode === 'identityCode' ? (
        <TextInput
          id="client-search-identity-code"
          ref={refs.identityCode}
          labelText={t('clients.search.identityCode')}
          hintText={t('clients.search.identityCodeHint')}
          autoComplete="off"
          spellCheck={false}
          value={identityCode}
          onChange={(value) => {
            setIdentityCode(String(value ?? ''));
            clear('identityCode');
          }}
          {...inputStatus(problems.identityCode)}
        />
      ) : (
        <>
          <TextInput
            id="client-search-last-name"
            ref={refs.lastName}
            labelText={t('clients.search.lastName')}
            autoComplete="off"
            value={lastName}
            onChange={(value) => {
              setLastName(String(value ?? ''));
              clear('lastName');
            }}
            {...inputStatus(problems.lastName)}
          />
          <TextInput
            id="client-search-first-names"
            labelText={t('clients.search.firstNames')}
            optionalText={t('clients.optional')}
            autoComplete="off"
            value={firstNames}
            onChange={(value) => setFirstNames(String(value ?? ''))}
          />
          <DateInput
            id="client-search-birth-date"
            ref={refs.birthDate}
            labelText={t('clients.search.birthDate')}
            hintText={t('clients.dateHint')}
            value={birthDate}
            onChange={({ value }) => {
              setBirthDate(value);
              clear('birthDate');
            }}
            {...inputStatus(problems.birthDate)}
          />
        </>
      )}
      <div>
        <Button type="submit" loading={searching || undefined} ariaLoadingText={t('clients.search.searching')}>
          {t('clients.search.submit')}
        </Button>
      </div>
    </Form>
  );
}

const Form = styled.form`
  display: grid;
  gap: ${tokens.spacing.m};
  max-width: 480px;
  margin-bottom: ${tokens.spacing.xl};
`;
