/// <reference types="astro/client" />

/** Astro's content collections, for the bodies only Astro renders (src/integrations/okrbook.ts). */
declare module 'okrbook:astro-bodies' {
  export { getEntry, render } from 'astro:content';
}

interface ImportMetaEnv {
  /** True under `astro dev` only (src/integrations/okrbook.ts): pages then read the content afresh on every request. */
  readonly OKRBOOK_DEV_SERVER: boolean;
}
