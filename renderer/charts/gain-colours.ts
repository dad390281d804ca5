/**
 * Gain and loss colours for charts (canvas cannot read CSS variables): the same values as
 * base.css's --red/--green, by theme, assigned by the convention in effect (Settings).
 */
import type { Theme } from '../stores/settings';

const RED = { light: '#b03a2e', dark: '#f08a7c' } as const;
const GREEN = { light: '#1f6f50', dark: '#6fd0a6' } as const;

export function gainColours(
  theme: Theme,
  convention: 'red-up' | 'green-up',
): { up: string; down: string } {
  return convention === 'red-up'
    ? { up: RED[theme], down: GREEN[theme] }
    : { up: GREEN[theme], down: RED[theme] };
}
