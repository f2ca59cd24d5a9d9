import { suomifiDesignTokens } from 'suomifi-ui-components';

export const tokens = suomifiDesignTokens;

/** Widest the content grows; wider screens get white space on both sides. */
export const contentMaxWidth = '1140px';

export const mediaUp = {
  medium: `@media (min-width: ${tokens.breakpoints.m})`,
  large: `@media (min-width: ${tokens.breakpoints.l})`,
};
