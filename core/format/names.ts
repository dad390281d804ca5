import type { Entity } from '../model';
import type { Locale } from './locale';

/** The name to show for an entity: 深圳 in Chinese, Shenzhen in English. */
export function entityName(e: Pick<Entity, 'shortZh' | 'nameEn'>, locale: Locale): string {
  return locale === 'zh-CN' ? e.shortZh : e.nameEn;
}

/** Both names, primary first: "深圳 Shenzhen" / "Shenzhen 深圳". */
export function bilingualName(e: Pick<Entity, 'shortZh' | 'nameEn'>, locale: Locale): string {
  return locale === 'zh-CN' ? `${e.shortZh} ${e.nameEn}` : `${e.nameEn} ${e.shortZh}`;
}
