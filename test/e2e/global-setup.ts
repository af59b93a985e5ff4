import type { TestProject } from 'vitest/node';
import { serveSite } from './helpers/site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site, served once for every browser test file. */
    siteOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  const site = await serveSite();
  project.provide('siteOrigin', site.origin);
  return () => site.stop();
}
