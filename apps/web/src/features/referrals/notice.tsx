import { useEffect, useRef, useState } from 'react';
import { InlineAlert } from 'suomifi-ui-components';

/**
 * The outcome of a move in words. A card may leave the list after a move, so focus goes to the
 * outcome rather than falling to the page start.
 */
export function useNotice() {
  const [notice, setNotice] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  const view = (
    <div ref={ref} tabIndex={-1} role="status" data-testid="referral-notice">
      {notice && (
        <InlineAlert status="neutral" mb="m">
          {notice}
        </InlineAlert>
      )}
    </div>
  );
  return { show: setNotice, view };
}
