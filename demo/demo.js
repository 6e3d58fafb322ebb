// The demo's language menu changes the page's language; every widget without a lang of its own follows
// <html lang> live, and the page mirrors for Arabic. (CRSWidgets.setLocale(tag) would also do it.)
const select = document.getElementById('language');
select.addEventListener('change', () => {
  const locale = select.value;
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
});
document.addEventListener('crs-contact-action', (event) => {
  // Where a partner would send an analytics event; the widgets never send anything themselves.
  console.info('crs-contact-action', event.detail);
});
