import type { FormEvent, ReactNode, RefObject } from 'react';
import styled from 'styled-components';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle } from 'suomifi-ui-components';
import { useSmallScreen } from './page-heading';
import { tokens } from './theme';

interface Props {
  id: string;
  title: string;
  visible: boolean;
  children: ReactNode;
  confirmText: string;
  cancelText: string;
  /** While the server answers, the confirm button says so and neither button can be pressed twice. */
  busyText: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** False once confirming can no longer help (the server refused for good): only the close button stays. */
  canConfirm?: boolean;
  /** Where focus goes on close when the opener is gone (a saved change); otherwise back to the opener. */
  focusOnCloseRef?: RefObject<HTMLElement | null> | undefined;
}

/**
 * A Suomi.fi modal around a small form: Enter in a field confirms, Esc and the cancel button
 * close it, and focus starts on the title so the question is read first.
 */
export function Dialog({ id, title, visible, children, confirmText, cancelText, busyText, busy, onConfirm, onCancel, canConfirm = true, focusOnCloseRef }: Props) {
  const smallScreen = useSmallScreen();
  const titleId = `${id}-title`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy && canConfirm) onConfirm();
  };
  return (
    <Modal
      appElementId="root"
      visible={visible}
      variant={smallScreen ? 'smallScreen' : 'default'}
      ariaLabelledBy={titleId}
      focusOnCloseRef={focusOnCloseRef}
      onEscKeyDown={busy ? undefined : onCancel}
    >
      <form id={id} noValidate onSubmit={submit}>
        <ModalContent>
          <ModalTitle id={titleId}>{title}</ModalTitle>
          {children}
        </ModalContent>
        <ModalFooter>
          <Buttons>
            {canConfirm && (
              <Button type="submit" loading={busy || undefined} ariaLoadingText={busyText}>
                {confirmText}
              </Button>
            )}
            <Button type="button" variant="secondary" disabled={busy} onClick={onCancel}>
              {cancelText}
            </Button>
          </Buttons>
        </ModalFooter>
      </form>
    </Modal>
  );
}

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
`;
