import { t, type UiKey } from './vi'

/** English UI strings of the pages Decree 43 Art 13 asks for in English (introduction, contacts, agencies). */
export const en: Partial<Record<UiKey, string>> = {
  // The page's chrome (skip link, header, menu, search box, footer) on /en pages.
  skipToContent: 'Skip to main content',
  mainMenu: 'Main menu',
  openMenu: 'Menu',
  language: 'Language',
  portal: 'Web portal',
  search: 'Search',
  searchPlaceholder: 'Number, keyword…',
  searchLabel: 'Search documents and information (in Vietnamese)',
  responsible: 'Responsible for the content',
  address: 'Address',
  phone: 'Telephone',
  email: 'Email',
  licence: 'Licence',
  home: 'Home',
  about: 'Introduction',
  contact: 'Contact us',
  agencies: 'Agency directory',
  english: 'English',
  breadcrumb: 'You are here',
  updatedOn: 'Updated on',
  print: 'Print this page',
  printHint: 'Print view: use your browser’s Print command (Ctrl+P) to print or save as PDF.',
  backToPage: 'Back to the normal page',
  printedFrom: 'Source',
  printedOn: 'Printed on',
  ratingHeading: 'Rate this page',
  ratingLegend: 'Are you satisfied with the information on this page?',
  ratingSubmit: 'Send rating',
  ratingPrivacy: 'Ratings are anonymous; no personal data is stored. One rating per page per browser per day (a random code kept in a cookie recognises a second rating).',
  ratingThanks: 'Thank you for your rating.',
  ratingDuplicate: 'You have already rated this page today. One rating per page per browser per day.',
  ratingLimited: 'Too many ratings of this page have come from the same network address within an hour. Please try again later.',
  ratingChoose: 'Satisfaction: please choose one option before sending.',
}

/** Returns the UI string in the page's language: English when there is one, else Vietnamese. */
export function tl(lang: 'vi' | 'en', key: UiKey): string {
  return (lang === 'en' && en[key]) || t(key)
}
