// The demo's language menu: CRSWidgets.setLocale switches every widget; the page mirrors for Arabic.
const select = document.getElementById('language');
select.addEventListener('change', async () => {
  const locale = select.value;
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  await window.CRSWidgets?.setLocale(locale);
});
document.addEventListener('crs-contact-action', (event) => {
  // Where a partner would send an analytics event; the widgets never send anything themselves.
  console.info('crs-contact-action', event.detail);
});
