import { describe, expect, it } from 'vitest';
import { divergingColours, MAP_COLOURS, mapColours } from './palettes';

describe('mapColours', () => {
  it('gives the diverging up arm the gain colour of the convention, on both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const redUp = mapColours(theme, 'red-up');
      const greenUp = mapColours(theme, 'green-up');
      // Red up, blue down where gains are red; teal up, red down where they are green.
      expect(redUp.above).toEqual(MAP_COLOURS[theme].above);
      expect(redUp.below).toEqual(MAP_COLOURS[theme].below);
      expect(greenUp.below).toEqual(MAP_COLOURS[theme].above);
      expect(greenUp.above).not.toEqual(redUp.above);
      expect(greenUp.above).not.toEqual(redUp.below);
      // Levels are not gains: the sequential ramp does not change.
      expect(greenUp.sequential).toEqual(redUp.sequential);
    }
  });

  it('a class above the centre takes the up arm', () => {
    const light = mapColours('light', 'green-up');
    const [down, up] = divergingColours(1, 1, light);
    const hexGreen = (hex: string) => parseInt(hex.slice(3, 5), 16) > parseInt(hex.slice(1, 3), 16);
    expect(hexGreen(up!)).toBe(true);
    expect(hexGreen(down!)).toBe(false);
  });
});
