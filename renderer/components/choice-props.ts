/** What a group of choices among a few words takes (SegmentedToggle, RadioChoices). */
export interface ChoiceProps<T extends string> {
  options: readonly T[];
  /** The word shown for each value. */
  text: (value: T) => string;
  /** Each control's test id is this prefix and its value. */
  testidPrefix: string;
}
