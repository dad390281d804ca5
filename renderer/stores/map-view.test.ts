// @vitest-environment happy-dom
/** The map's choices: an open province and the level shown. */
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { useMapView } from './map-view';

describe('map view store', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('opening a province shows its cities; choosing the province level closes it', async () => {
    const map = useMapView();
    map.level = 'province';
    map.drill('440000');
    await nextTick();
    expect(map.level).toBe('city');
    expect(map.focusProvince).toBe('440000');
    map.level = 'province';
    await nextTick();
    expect(map.focusProvince).toBeNull();
  });

  it('closing a province keeps the city level', async () => {
    const map = useMapView();
    map.drill('440000');
    await nextTick();
    map.drill(null);
    await nextTick();
    expect(map.level).toBe('city');
    expect(map.focusProvince).toBeNull();
  });
});
