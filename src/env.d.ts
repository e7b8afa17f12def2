/// <reference types="astro/client" />

/** Astro's content collections, for the bodies only Astro renders (src/integration/index.ts). */
declare module 'okrbook:astro-bodies' {
  export { getEntry, render } from 'astro:content';
}

/** The site of this build, handed over by the okrbook integration (src/integration/vite-plugins.ts). */
declare module 'virtual:okrbook/site' {
  export const site: import('./site/site-data.ts').Site;
}

/** The files whose bodies Astro renders (MDX, Markdown showing images); null: every file (under `astro dev`). */
declare module 'virtual:okrbook/astro-bodies' {
  export const astroBodies: string[] | null;
}

declare namespace App {
  interface Locals {
    /** The site's data for the page being rendered (src/site/middleware.ts). */
    okrbook: import('./site/site-data.ts').SiteData;
  }
}
