export interface Licence {
  name: string;
  url: string;
}

/** The licences the data files are published under, as the Data and sources page names them. */
export const LICENCES = {
  publicDomain: { name: 'Public domain (U.S. federal government work)', url: 'https://www.bls.gov/opub/copyright-information.htm' },

  site: { name: "The site's own editorial data", url: '' },
} as const satisfies Record<string, Licence>;
