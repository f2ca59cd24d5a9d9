import { createGlobalStyle } from 'styled-components';
import { tokens } from '../ui/theme';

export const GlobalStyle = createGlobalStyle`
  *, *::before, *::after {
    box-sizing: border-box;
  }

  html {
    ${tokens.typography.bodyText};
    color: ${tokens.colors.blackBase};
    background: ${tokens.colors.depthLight3};
  }

  body {
    margin: 0;
    min-height: 100vh;
  }

  #root {
    display: flex;
    flex-direction: column;
    min-height: 100vh;
  }

  /* Programmatic focus targets (main, headings) need no ring; everything interactive keeps one. */
  [tabindex='-1']:focus {
    outline: none;
  }
`;
