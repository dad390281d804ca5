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

/** A source date as people read it: "2026-08" → "2026年8月" / "Aug 2026"; "" stays "". */
export function formatSourceDate(date: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (locale === 'zh-CN') return `${y}年${Number(mo)}月${d ? `${Number(d)}日` : ''}`;
  const month = new Date(Date.UTC(2000, Number(mo) - 1, 1)).toLocaleString('en', {
    month: 'short',
    timeZone: 'UTC',
  });
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
