import dayjs from 'dayjs';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const count = new Intl.NumberFormat('en-US');

/** `2024-03-05` → `Mar 5, 2024`. Dates without a time are read as local calendar days. */
export function formatDate(isoDate: string): string {
  return dayjs(isoDate).format('MMM D, YYYY');
}

/** `2024-03-05T15:04:05Z` → `Mar 5, 2024, 10:04 AM` in the browser's time zone. */
export function formatDateTime(isoDateTime: string): string {
  return dayjs(isoDateTime).format('MMM D, YYYY, h:mm A');
}

export function formatUsdFromCents(cents: number): string {
  return usd.format(cents / 100);
}

/** `1` → `1 organization`, `1520` → `1,520 organizations`. */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${count.format(n)} ${n === 1 ? singular : plural}`;
}

/**
 * A link target for a website typed by a person: adds `https://` when the scheme is missing and
 * refuses anything but http(s), so a stored `javascript:` URL never becomes a link.
 */
export function websiteHref(website: string): string | undefined {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(website) ? website : `https://${website}`;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the digits and a leading `+`, which is what a `tel:` link needs. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/(?!^\+)[^\d]/g, '')}`;
}
