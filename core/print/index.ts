/** What a printed page is: its paper and margins, and the sources it rests on. */
export * from './page-setup';
export * from './sources-used';
